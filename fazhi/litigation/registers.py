"""Register declaration for 行政应诉."""

from django import forms
from django.db.models import Q

from fazhi.core.registers import ActionSpec, ChildSpec, DeadlineSpec, Register, TodoSpec, register
from fazhi.core.registers.forms import OnDateForm, date_field
from fazhi.core.roles import Role

from . import actions, rules
from .models import CourtSitting, LitigationCase


class ScheduleForm(forms.Form):
    hearing_on = date_field("开庭日期")
    notice_received_on = date_field("收到出庭通知书日期（法院通知负责人出庭时）", required=False)
    must_appear = forms.ChoiceField(label="负责人应当出庭情形", choices=LitigationCase.MustAppear.choices, required=False)


class SittingForm(forms.Form):
    held_on = date_field("开庭日期")
    head_appeared = forms.BooleanField(label="负责人出庭", required=False)
    head_name = forms.CharField(label="出庭负责人", max_length=50, required=False)
    head_post = forms.CharField(label="职务", max_length=50, required=False)
    head_role = forms.ChoiceField(label="负责人类别", choices=[("", "—")] + CourtSitting.HeadRole.choices, required=False)
    staff = forms.CharField(label="出庭工作人员（本机关具体行使职权的人员）", max_length=100, required=False)
    lawyer = forms.CharField(label="委托律师", max_length=100, required=False)
    absence_reason = forms.ChoiceField(label="负责人未出庭理由", choices=CourtSitting.AbsenceReason.choices, required=False)


class ReminderForm(forms.Form):
    on = date_field("发送日期")
    to = forms.CharField(label="送达负责人（姓名、职务）", max_length=50)


class ConcludeForm(forms.Form):
    on = date_field("裁判日期")
    outcome = forms.ChoiceField(label="裁判结果", choices=LitigationCase.Outcome.choices)
    appealed = forms.BooleanField(label="已上诉", required=False)


@register
class LitigationRegister(Register):
    model = LitigationCase
    slug = "litigation"
    area = "行政应诉"
    fields = ["unit", "court", "case_number", "instance", "plaintiff_type", "plaintiff_name", "plaintiff_id_number",
              "plaintiff_uscc", "cause", "reconsideration", "enforcement_reference", "served_on", "must_appear"]
    detail_sections = [
        ("案件", fields),
        ("应诉", ["defence_due", "defence_filed_on", "notice_received_on", "reminder_sent_on", "reminder_to",
                "hearing_scheduled_on", "heard_on", "head_appeared"]),
        ("裁判", ["outcome", "outcome_on", "lost", "appealed"]),
    ]
    list_columns = ["case_number", "plaintiff_name", "unit", "instance", "served_on", "head_appeared", "outcome"]
    filters = ["instance", "head_appeared", "lost", "outcome", "unit"]
    search_fields = ["case_number", "plaintiff_name", "court", "cause"]
    ordering = ["-served_on", "-pk"]
    masked = {"plaintiff_id_number": "id"}
    unmask_roles = frozenset({Role.RECONSIDERATION_OFFICER, Role.ENFORCEMENT_STAFF, Role.UNIT_CLERK})
    deadlines = [
        DeadlineSpec("defence_due", "defence_filed_on", rule_key="litigation.defence"),
        DeadlineSpec("hearing_scheduled_on", "heard_on", label="开庭（负责人应当出庭）", basis=rules.BASIS["appearance"],
                     applies={"must_appear__in": [c for c in LitigationCase.MustAppear.values if c]}),
    ]
    todos = [
        TodoSpec("已开庭但负责人未出庭的案件（请核对未出庭理由及证明材料）",
                 lambda today: Q(heard_on__isnull=False, head_appeared=False)),
    ]
    actions = [
        ActionSpec("defence", "提交答辩", OnDateForm, actions.file_defence, available=lambda c: not c.defence_filed_on),
        ActionSpec("schedule", "开庭通知", ScheduleForm, actions.schedule_hearing, available=lambda c: not c.outcome),
        ActionSpec("reminder", "出庭应诉提示函", ReminderForm, actions.send_reminder,
                   roles=frozenset({Role.RULE_OF_LAW_OFFICE, Role.RECONSIDERATION_OFFICER}),
                   available=lambda c: not c.outcome and not c.heard_on),
        ActionSpec("sitting", "记录开庭", SittingForm, actions.record_sitting, available=lambda c: not c.outcome),
        ActionSpec("conclude", "登记裁判结果", ConcludeForm, actions.conclude, available=lambda c: not c.outcome,
                   style="success"),
    ]
    children = [ChildSpec("sittings", "开庭与出庭情况", ("held_on", "head_appeared", "head_name", "head_post", "head_role",
                                                       "staff", "lawyer", "absence_reason"))]

    def deletable(self, obj) -> bool:
        return obj.defence_filed_on is None and not obj.sittings.exists()

    def write(self, user, form):
        case = form.save(commit=False)
        if case.pk is None:
            return actions.register_case(user, case)
        return actions.update_case(user, case)
