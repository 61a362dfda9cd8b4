"""Register declaration for 行政应诉."""

from django.db.models import Q

from fazhi.core.registers import ChildSpec, DeadlineSpec, Register, TodoSpec, register
from fazhi.core.roles import Role

from . import actions, rules
from .models import LitigationCase


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
        ("裁判", ["outcome", "outcome_on", "lost", "judgment_served_on", "appeal_due", "appeal_decision",
                "appeal_decided_on", "appealed", "performed_on", "performance"]),
    ]
    list_columns = ["case_number", "plaintiff_name", "unit", "instance", "served_on", "head_appeared", "outcome"]
    filters = ["instance", "head_appeared", "lost", "outcome", "unit"]
    search_fields = ["case_number", "plaintiff_name", "court", "cause"]
    ordering = ["-served_on", "-pk"]
    masked = {"plaintiff_id_number": "id"}
    unmask_roles = frozenset({Role.RECONSIDERATION_OFFICER, Role.ENFORCEMENT_STAFF, Role.UNIT_CLERK})
    deadlines = [
        DeadlineSpec("defence_due", "defence_filed_on", rule_key="litigation.defence", start_field="served_on"),
        DeadlineSpec("appeal_due", "appeal_decided_on", label="决定是否上诉", basis=rules.BASIS["appeal"],
                     recompute=lambda c: rules.appeal_due(c.outcome, c.instance, c.judgment_served_on)),
        DeadlineSpec("hearing_scheduled_on", "heard_on", label="开庭（负责人应当出庭）", basis=rules.BASIS["appearance"],
                     applies={"must_appear__in": [c for c in LitigationCase.MustAppear.values if c]}),
    ]
    todos = [
        TodoSpec("已开庭但负责人未出庭的案件（请核对未出庭理由及证明材料）",
                 lambda today: Q(heard_on__isnull=False, head_appeared=False)),
        TodoSpec("败诉且已生效、尚未登记履行的裁判（行政诉讼法第九十四条）",
                 lambda today: Q(lost=True, appealed=False, performed_on__isnull=True)),
    ]
    children = [ChildSpec("sittings", "开庭与出庭情况", ("held_on", "head_appeared", "head_name", "head_post", "head_role",
                                                       "staff", "lawyer", "absence_reason"))]

    def deletable(self, obj) -> bool:
        return obj.defence_filed_on is None and not obj.sittings.exists()

    def write(self, user, form):
        case = form.save(commit=False)
        if case.pk is None:
            return actions.register_case(case, acting_user=user)
        return actions.update_case(user, case)
