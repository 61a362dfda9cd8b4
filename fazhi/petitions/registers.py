"""Register of 信访事项."""

from django.db.models import Q

from fazhi.core.registers import DeadlineSpec, ImportStep, Register, TodoSpec, register
from fazhi.core.roles import Role

from . import actions, rules
from .models import Petition


@register
class PetitionRegister(Register):
    model = Petition
    slug = "petitions"
    area = "信访事项"
    fields = ["unit", "received_on", "channel", "origin", "category", "route", "petitioner", "petitioner_id_number",
              "petitioner_phone", "address_known", "subject", "request"]
    detail_sections = [
        ("登记", fields),
        ("告知与受理", ["notice_due", "notified_on", "objection_due", "objected_on", "accepted_on"]),
        ("办理", ["conclude_due", "extended", "extension_reason", "dispute", "concluded_on", "opinion",
                "reply_served_on"]),
        ("复查与复核", ["review_requested_on", "review_due", "reviewed_on", "review_result", "recheck_requested_on",
                   "recheck_hearing_days", "recheck_due", "rechecked_on", "recheck_result"]),
    ]
    list_columns = ["received_on", "petitioner", "subject", "channel", "category", "unit", "concluded_on", "opinion"]
    filters = ["category", "channel", "origin", "opinion", "unit"]
    search_fields = ["petitioner", "subject", "request"]
    ordering = ["-received_on", "-id"]
    select_related = ["unit"]
    masked = {"petitioner_id_number": "id", "petitioner_phone": "phone"}
    unmask_roles = frozenset({Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE})
    deadlines = [
        DeadlineSpec("notice_due", "notified_on", "petitions.notice", applies={"objected_on": None},
                     start_field="received_on"),
        DeadlineSpec("conclude_due", "concluded_on", "petitions.conclude", applies={"objected_on": None},
                     recompute=lambda p: rules.due("petitions.conclude", p.accepted_on, extended=p.extended)),
        DeadlineSpec("review_due", "reviewed_on", "petitions.review", start_field="review_requested_on"),
        DeadlineSpec("recheck_due", "rechecked_on", "petitions.recheck", start_field="recheck_requested_on"),
    ]
    todos = [TodoSpec("尚未办结的信访事项", lambda today: Q(concluded_on=None, objected_on=None))]
    # the columns of the 信访事项登记台账 units keep in Excel
    import_aliases = {"来信来访日期": "received_on", "登记日期": "received_on", "收到日期": "received_on",
                      "信访人": "petitioner", "姓名": "petitioner", "身份证号": "petitioner_id_number",
                      "联系电话": "petitioner_phone", "信访形式": "channel", "来访方式": "channel",
                      "信访类别": "category", "问题类别": "category", "反映问题": "subject", "信访事项": "subject",
                      "主要诉求": "request", "办理单位": "unit", "责任单位": "unit"}
    import_steps = [ImportStep("notify", {"告知日期": "on"}), ImportStep("accept", {"受理日期": "on"}),
                    ImportStep("conclude", {"办结日期": "on", "处理意见": "opinion", "答复送达日期": "reply_served_on"})]

    def write(self, user, form):
        return actions.register_petition(form.save(commit=False), acting_user=user)

    def deletable(self, obj) -> bool:
        return obj.accepted_on is None and obj.notified_on is None
