"""Register declaration for 法律顾问."""

from django.db.models import Q

from fazhi.core.registers import ChildSpec, DeadlineSpec, Register, TodoSpec, register
from fazhi.core.roles import Role

from . import rules
from .models import LegalAdviser, Opinion, Service


@register
class LegalAdviserRegister(Register):
    model = LegalAdviser
    slug = "advisers"
    area = "法律顾问"
    fields = ["name", "level", "unit", "law_firm", "is_public_lawyer", "contract_start", "contract_end", "phone",
              "is_active", "note"]
    list_columns = ["name", "level", "unit", "law_firm", "contract_end", "phone", "is_active"]
    filters = ["level", "unit", "is_active"]
    search_fields = ["name", "law_firm", "unit__name"]
    ordering = ["unit__path", "name"]
    masked = {"phone": "phone"}
    unmask_roles = frozenset({Role.RULE_OF_LAW_OFFICE, Role.UNIT_CLERK, Role.DRAFTING_UNIT, Role.ADMIN})
    deadlines = [
        DeadlineSpec("contract_end", "", label=rules.CONTRACT_REMINDER_LABEL, basis=rules.ADVISER_POLICY,
                     applies={"is_active": True}),
    ]
    children = [
        ChildSpec("opinions", "出具的法律意见", ("on", "kind", "subject", "counterparty", "amount")),
        ChildSpec("services", "列席会议与代理案件", ("on", "kind", "subject")),
    ]
    todos = [
        TodoSpec("聘期已满仍标记为在聘的法律顾问（请续聘或解聘）",
                 lambda today: Q(is_active=True, contract_end__lt=today)),
    ]


@register
class OpinionRegister(Register):
    model = Opinion
    slug = "adviser-opinions"
    area = "法律顾问"
    fields = ["adviser", "on", "kind", "subject", "decision", "document", "counterparty", "counterparty_uscc", "amount",
              "content"]
    list_columns = ["on", "adviser", "kind", "subject", "counterparty", "amount"]
    filters = ["kind", "adviser"]
    search_fields = ["subject", "counterparty", "adviser__name"]
    ordering = ["-on", "-pk"]
    select_related = ["adviser__unit"]


@register
class ServiceRegister(Register):
    model = Service
    slug = "adviser-services"
    area = "法律顾问"
    fields = ["adviser", "kind", "on", "subject", "litigation_case", "note"]
    list_columns = ["on", "adviser", "kind", "subject"]
    filters = ["kind", "adviser"]
    search_fields = ["subject", "adviser__name"]
    ordering = ["-on", "-pk"]
    select_related = ["adviser__unit"]
