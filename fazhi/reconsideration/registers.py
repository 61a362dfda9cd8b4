"""Register declaration for 行政复议: the case list, its deadlines and every procedural step."""

import datetime as dt

from django import forms
from django.db.models import Q

from fazhi.core.registers import ActionSpec, ChildSpec, DeadlineSpec, Register, TodoSpec, register
from fazhi.core.registers.forms import OnDateForm, date_field
from fazhi.core.roles import Role

from . import actions, rules
from .models import Application, Suspension

S = Application.Status
OPEN = [S.ACCEPTED, S.SUSPENDED]


class CorrectionNoticeForm(forms.Form):
    notice_on = date_field("补正通知送达日期")
    items = forms.CharField(label="需要补正的事项（一次性载明）", max_length=300)


class AcceptForm(forms.Form):
    on = date_field("受理日期")
    procedure = forms.ChoiceField(label="审理程序", choices=Application.Procedure.choices)
    simplified_ground = forms.ChoiceField(label="适用简易程序情形", required=False,
                                          choices=[("", "—（普通程序不填）")] + Application.SimplifiedGround.choices)
    case_number = forms.CharField(label="案号", max_length=50, required=False)


class RejectForm(forms.Form):
    on = date_field("不予受理决定日期")
    reason = forms.CharField(label="不予受理理由", max_length=300)
    competent_body = forms.CharField(label="告知有管辖权的复议机关（不属本机关管辖时）", max_length=100, required=False)


class ReplyForm(forms.Form):
    copy_received_on = date_field("被申请人收到副本日期")
    replied_on = date_field("被申请人提出书面答复日期（未答复留空）", required=False)


class HearingForm(forms.Form):
    held_on = date_field("听证日期")
    place = forms.CharField(label="地点", max_length=100)
    presiding = forms.CharField(label="主持人", max_length=50)
    officers = forms.CharField(label="听证员（两名以上，用顿号分隔）", max_length=100)
    clerk = forms.CharField(label="记录员", max_length=50)
    respondent_head_attended = forms.BooleanField(label="被申请人负责人参加", required=False)
    respondent_attendee = forms.CharField(label="被申请人参加人员（负责人未参加时填写受委托人员及理由）", max_length=100,
                                          required=False)
    note = forms.CharField(label="备注", max_length=300, required=False)


class SuspendForm(forms.Form):
    on = date_field("中止日期")
    ground = forms.ChoiceField(label="中止事由（第三十九条）", choices=Suspension.Ground.choices)


class ExtendForm(forms.Form):
    on = date_field("批准延期日期")
    approver = forms.CharField(label="批准人（行政复议机构负责人）", max_length=50)
    reason = forms.CharField(label="延期理由（情况复杂的具体情形）", max_length=300)


class SwitchForm(forms.Form):
    on = date_field("批准日期")
    approver = forms.CharField(label="批准人（行政复议机构负责人）", max_length=50)


class DecideForm(forms.Form):
    on = date_field("决定日期")
    decision = forms.ChoiceField(label="决定类型", choices=Application.Decision.choices)
    number = forms.CharField(label="决定书（调解书）文号", max_length=50, required=False)


def _status_in(*statuses):
    return lambda app: app.status in statuses


@register
class ApplicationRegister(Register):
    model = Application
    slug = "reconsideration"
    area = "行政复议"
    fields = ["unit", "case_number", "applicant_type", "applicant_name", "applicant_id_number", "applicant_uscc",
              "applicant_phone", "agent", "third_parties", "respondent_unit", "respondent_name", "act_type",
              "act_description", "act_date", "act_amount", "act_on_the_spot", "known_on", "received_on", "channel",
              "requests"]
    detail_sections = [
        ("申请", fields),
        ("审查与受理", ["status", "apply_due", "late_application", "examination_due", "correction_notice_on",
                     "correction_items", "correction_due", "corrected_on", "examined_on", "accepted_on",
                     "deemed_accepted", "rejection_reason", "competent_body"]),
        ("审理", ["procedure", "simplified_ground", "copy_due", "copy_sent_on", "copy_received_on", "reply_due",
                "replied_on", "decision_due", "extended", "extension_approver", "extension_reason", "paused_days"]),
        ("决定", ["decision", "decided_on", "decision_number", "corrective", "on_time"]),
    ]
    list_columns = ["case_number", "applicant_name", "respondent_display", "act_type", "received_on", "status",
                    "decision"]
    extra_labels = {"respondent_display": "被申请人"}
    filters = ["status", "procedure", "decision", "act_type", "corrective", "unit"]
    search_fields = ["case_number", "applicant_name", "respondent_name", "respondent_unit__name", "act_description"]
    ordering = ["-received_on", "-pk"]
    select_related = ["respondent_unit"]
    masked = {"applicant_id_number": "id", "applicant_phone": "phone"}
    unmask_roles = frozenset({Role.RECONSIDERATION_OFFICER})
    date_pairs = [("act_date", "known_on"), ("known_on", "received_on")]
    deadlines = [
        DeadlineSpec("examination_due", "examined_on", rule_key="reconsideration.examine"),
        DeadlineSpec("correction_due", "corrected_on", rule_key="reconsideration.correction",
                     applies={"status": S.CORRECTING}),
        DeadlineSpec("copy_due", "copy_sent_on", label="发送申请书副本", basis=rules.BASIS["copy"]),
        DeadlineSpec("reply_due", "replied_on", label="被申请人书面答复", basis=rules.BASIS["copy"]),
        DeadlineSpec("decision_due", "decided_on", label="作出行政复议决定",
                     basis="《中华人民共和国行政复议法》第六十二条", applies={"status__in": [S.ACCEPTED, S.CONCLUDED]}),
    ]
    todos = [
        TodoSpec("疑似超过六十日申请期限、待审查的申请（第二十条）",
                 lambda today: Q(status=S.RECEIVED, late_application=True)),
        TodoSpec("中止满六十日且原因未消除，应考虑终止（第四十一条第五项）",
                 lambda today: Q(status=S.SUSPENDED, suspensions__resumed_on__isnull=True,
                                 suspensions__ground__in=rules.TERMINABLE_SUSPENSION_GROUNDS,
                                 suspensions__suspended_on__lte=today - dt.timedelta(
                                     days=rules.TERMINATION_AFTER_SUSPENSION_DAYS))),
    ]
    actions = [
        ActionSpec("correction", "通知补正", CorrectionNoticeForm, actions.request_correction,
                   available=_status_in(S.RECEIVED)),
        ActionSpec("corrected", "收到补正材料", OnDateForm, actions.receive_correction,
                   available=_status_in(S.CORRECTING)),
        ActionSpec("abandon", "视为放弃", OnDateForm, actions.abandon, available=_status_in(S.CORRECTING),
                   style="secondary"),
        ActionSpec("accept", "受理", AcceptForm, actions.accept, available=_status_in(S.RECEIVED)),
        ActionSpec("reject", "不予受理", RejectForm, actions.reject, available=_status_in(S.RECEIVED),
                   style="danger"),
        ActionSpec("copy", "发送副本", OnDateForm, actions.send_copy,
                   available=lambda a: a.status in OPEN and not a.copy_sent_on),
        ActionSpec("reply", "登记答复", ReplyForm, actions.record_reply,
                   available=lambda a: a.status in OPEN and not a.replied_on),
        ActionSpec("hearing", "记录听证", HearingForm, actions.hold_hearing, available=_status_in(S.ACCEPTED)),
        ActionSpec("suspend", "中止", SuspendForm, actions.suspend, available=_status_in(S.ACCEPTED),
                   style="secondary"),
        ActionSpec("resume", "恢复审理", OnDateForm, actions.resume, available=_status_in(S.SUSPENDED)),
        ActionSpec("extend", "延长审理期限", ExtendForm, actions.extend,
                   available=lambda a: a.status in OPEN and a.procedure == "ordinary" and not a.extended,
                   style="secondary"),
        ActionSpec("switch", "转普通程序", SwitchForm, actions.switch_to_ordinary,
                   available=lambda a: a.status in OPEN and a.procedure == "simplified", style="secondary"),
        ActionSpec("decide", "审结", DecideForm, actions.decide, available=_status_in(S.ACCEPTED), style="success"),
    ]
    children = [
        ChildSpec("hearings", "听证记录", ("held_on", "place", "presiding", "officers", "respondent_head_attended",
                                        "respondent_attendee")),
        ChildSpec("suspensions", "中止与恢复", ("ground", "suspended_on", "resumed_on")),
        ChildSpec("lawsuits", "复议后行政诉讼", ("case_number", "court", "served_on", "outcome")),
    ]

    def warnings(self, obj) -> list[str]:
        notes = []
        if obj.late_application and obj.status in (S.RECEIVED, S.CORRECTING):
            notes.append(f"收到申请日期（{obj.received_on}）已超过申请期限（{obj.apply_due}）：请核查是否因不可抗力等正当理由"
                         f"耽误，或未被告知申请期限（《中华人民共和国行政复议法》第二十条）。")
        if obj.status == S.SUSPENDED:
            notes.append("案件处于中止状态，审理期限暂停计算；中止原因消除后应当及时恢复审理（第三十九条第二款）。")
        return notes

    def deletable(self, obj) -> bool:
        return obj.status == S.RECEIVED and obj.examined_on is None and obj.correction_notice_on is None

    def write(self, user, form):
        app = form.save(commit=False)
        if app.pk is None:
            return actions.receive(user, app)
        return actions.update_registration(user, app)
