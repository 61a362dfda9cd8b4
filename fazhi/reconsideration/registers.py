"""Register declaration for 行政复议: the case list, its deadlines and every procedural step."""

import datetime as dt

from django.db.models import Q

from fazhi.core.registers import ChildSpec, DeadlineSpec, Register, TodoSpec, register
from fazhi.core.roles import Role

from . import actions, rules
from .models import Application, IncidentalReview, OpinionLetter

S = Application.Status


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
        ("履行", ["performance_due", "ordered_on", "performed_on", "performance_note"]),
    ]
    natural_key = ("unit", "case_number")
    list_columns = ["case_number", "applicant_name", "respondent_display", "act_type", "received_on", "status",
                    "decision"]
    extra_labels = {"respondent_display": "被申请人"}
    filters = ["status", "procedure", "decision", "act_type", "corrective", "unit"]
    search_fields = ["case_number", "applicant_name", "respondent_name", "respondent_unit__name", "act_description"]
    ordering = ["-received_on", "-pk"]
    select_related = ["respondent_unit"]
    masked = {"applicant_id_number": "id", "applicant_phone": "phone"}
    unmask_roles = frozenset({Role.RECONSIDERATION_OFFICER})
    deadlines = [
        DeadlineSpec("examination_due", "examined_on", rule_key="reconsideration.examine",
                     recompute=lambda a: rules.due("reconsideration.examine", a.corrected_on or a.received_on)),
        DeadlineSpec("correction_due", "corrected_on", rule_key="reconsideration.correction",
                     applies={"status": S.CORRECTING}, start_field="correction_notice_on"),
        DeadlineSpec("copy_due", "copy_sent_on", label="发送申请书副本", basis=rules.BASIS["copy"]),
        DeadlineSpec("reply_due", "replied_on", label="被申请人书面答复", basis=rules.BASIS["copy"]),
        DeadlineSpec("decision_due", "decided_on", label="作出行政复议决定",
                     basis="《中华人民共和国行政复议法》第六十二条", applies={"status__in": [S.ACCEPTED, S.CONCLUDED]},
                     recompute=rules.decision_due),
        DeadlineSpec("performance_due", "performed_on", label="被申请人重作或者履行", basis=rules.BASIS["performance"]),
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
    children = [
        ChildSpec("hearings", "听证记录", ("held_on", "place", "presiding", "officers", "respondent_head_attended",
                                        "respondent_attendee")),
        ChildSpec("suspensions", "中止与恢复", ("ground", "suspended_on", "resumed_on")),
        ChildSpec("incidental_reviews", "附带审查", ("document", "raised_on", "competent", "outcome", "transferred_on")),
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
            return actions.receive(app, acting_user=user)
        return actions.update_registration(user, app)


@register
class OpinionLetterRegister(Register):
    model = OpinionLetter
    slug = "reconsideration-letters"
    area = "行政复议"
    fields = ["unit", "application", "kind", "number", "addressee", "issued_on", "received_on", "stated_due", "problem"]
    detail_fields = fields + ["report_due", "reported_on", "correction"]
    list_columns = ["issued_on", "kind", "number", "addressee", "report_due", "reported_on"]
    filters = ["kind"]
    search_fields = ["number", "problem"]
    ordering = ["-issued_on", "-id"]
    select_related = ["unit", "addressee"]
    natural_key = ("unit", "number")
    deadlines = [
        DeadlineSpec("report_due", "reported_on", rule_key="reconsideration.opinion_letter", applies={"kind": "opinion"},
                     start_field="received_on"),
        DeadlineSpec("report_due", "reported_on", label="反馈行政复议建议书", basis=rules.BASIS["suggestion_letter"],
                     applies={"kind": "suggestion"}),
    ]

    def write(self, user, form):
        return actions.issue_letter(form.save(commit=False), acting_user=user)

    def deletable(self, obj) -> bool:
        return obj.reported_on is None


@register
class IncidentalReviewRegister(Register):
    model = IncidentalReview
    slug = "incidental-reviews"
    area = "行政复议"
    fields = ["application", "origin", "document", "drafter", "raised_on", "competent"]
    detail_sections = [
        ("提起", fields),
        ("本机关处理（第五十八条、第五十九条）", ["handle_due", "suspended_on", "notice_due", "noticed_on",
                                    "drafter_reply_due", "drafter_replied_on", "concluded_on", "outcome"]),
        ("转送（第六十条）", ["transfer_due", "transferred_on", "transferred_to", "transfer_reply_due",
                       "transfer_replied_on", "opinion"]),
    ]
    list_columns = ["raised_on", "application", "document", "competent", "handle_due", "outcome", "transferred_on"]
    filters = ["origin", "competent", "outcome"]
    search_fields = ["document", "drafter"]
    ordering = ["-raised_on", "-id"]
    select_related = ["application__unit"]
    deadlines = [
        DeadlineSpec("handle_due", "concluded_on", rule_key="reconsideration.incidental_handle", start_field="raised_on"),
        DeadlineSpec("transfer_due", "transferred_on", rule_key="reconsideration.incidental_transfer",
                     start_field="raised_on"),
        DeadlineSpec("notice_due", "noticed_on", rule_key="reconsideration.incidental_notice",
                     start_field="suspended_on"),
        DeadlineSpec("drafter_reply_due", "drafter_replied_on", rule_key="reconsideration.incidental_drafter_reply"),
        DeadlineSpec("transfer_reply_due", "transfer_replied_on", rule_key="reconsideration.incidental_transfer_reply"),
    ]

    def write(self, user, form):
        return actions.raise_incidental(form.save(commit=False), acting_user=user)

    def deletable(self, obj) -> bool:
        return not (obj.concluded_on or obj.transferred_on or obj.noticed_on)
