"""Registers of oversight: suggestions and proposals, 检察建议 and 司法建议."""

from django.db.models import Q

from fazhi.core.registers import DeadlineSpec, ImportStep, Register, TodoSpec, register

from . import actions, rules
from .models import Recommendation, Suggestion

AREA = "接受监督"


@register
class SuggestionRegister(Register):
    model = Suggestion
    slug = "suggestions"
    area = AREA
    fields = ["unit", "kind", "session", "number", "proposer", "title", "lead", "assigned_on", "complex"]
    detail_fields = fields + ["reply_due", "met_on", "replied_on", "result", "satisfaction", "redo_due", "redone_on"]
    list_columns = ["assigned_on", "kind", "number", "title", "proposer", "unit", "replied_on", "satisfaction"]
    filters = ["kind", "result", "satisfaction", "unit"]
    search_fields = ["number", "title", "proposer"]
    ordering = ["-assigned_on", "-id"]
    select_related = ["unit"]
    natural_key = ("kind", "session", "number", "unit")
    deadlines = [
        DeadlineSpec("reply_due", "replied_on", "oversight.npc_reply", applies={"kind": "npc"},
                     recompute=lambda s: rules.due(s.rule_key, s.assigned_on, extended=s.complex)),
        DeadlineSpec("reply_due", "replied_on", "oversight.cppcc_reply", applies={"kind": "cppcc"},
                     recompute=lambda s: rules.due(s.rule_key, s.assigned_on, extended=s.complex)),
        DeadlineSpec("redo_due", "redone_on", label="不满意的建议提案重新办理答复", basis=rules.REDO_BASIS),
    ]
    todos = [TodoSpec("尚未答复的建议提案", lambda today: Q(replied_on=None))]
    import_aliases = {"建议号": "number", "提案号": "number", "编号": "number", "领衔代表": "proposer",
                      "提案人": "proposer", "案由": "title", "标题": "title", "承办单位": "unit", "交办时间": "assigned_on"}
    import_steps = [ImportStep("meet", {"面商日期": "on"}),
                    ImportStep("reply", {"答复日期": "on", "办理结果": "result"})]

    def write(self, user, form):
        return actions.assign(form.save(commit=False), acting_user=user)

    def deletable(self, obj) -> bool:
        return obj.replied_on is None


@register
class RecommendationRegister(Register):
    model = Recommendation
    slug = "recommendations"
    area = AREA
    fields = ["unit", "kind", "issuer", "number", "received_on", "subject", "urgent", "stated_due"]
    detail_fields = fields + ["reply_due", "replied_on", "adopted", "corrected"]
    list_columns = ["received_on", "kind", "issuer", "number", "subject", "unit", "reply_due", "replied_on"]
    filters = ["kind", "adopted", "unit"]
    search_fields = ["issuer", "number", "subject"]
    ordering = ["-received_on", "-id"]
    select_related = ["unit"]
    natural_key = ("issuer", "number")
    deadlines = [
        DeadlineSpec("reply_due", "replied_on", "oversight.public_interest_reply",
                     applies={"kind": "public_interest", "urgent": False}, start_field="received_on"),
        DeadlineSpec("reply_due", "replied_on", "oversight.public_interest_urgent",
                     applies={"kind": "public_interest", "urgent": True}, start_field="received_on"),
        DeadlineSpec("reply_due", "replied_on", label="书面回复检察建议", basis=rules.PROCURATORIAL_BASIS,
                     applies={"kind": "procuratorial"}),
        DeadlineSpec("reply_due", "replied_on", label="书面回复司法建议", basis=rules.JUDICIAL_BASIS,
                     applies={"kind": "judicial"}),
    ]
    todos = [TodoSpec("尚未回复的检察建议、司法建议", lambda today: Q(replied_on=None))]
    import_aliases = {"建议书编号": "number", "文号": "number", "发出机关": "issuer", "收文日期": "received_on",
                      "建议内容": "subject"}
    import_steps = [ImportStep("respond", {"回复日期": "on", "整改情况": "corrected", "是否采纳": "adopted"})]

    def write(self, user, form):
        return actions.receive(form.save(commit=False), acting_user=user)

    def deletable(self, obj) -> bool:
        return obj.replied_on is None
