"""Register declarations for 人民调解: committees, mediators, disputes."""

from django.db.models import Q

from fazhi.core.registers import DeadlineSpec, ImportStep, Register, TodoSpec, register
from fazhi.core.roles import Role

from . import actions
from .models import Committee, Dispute, Mediator, Screening


@register
class CommitteeRegister(Register):
    model = Committee
    slug = "mediation-committees"
    area = "矛盾纠纷化解"
    fields = ["unit", "name", "kind", "sector", "established_on", "dissolved_on", "phone"]
    list_columns = ["name", "kind", "unit", "sector", "established_on", "dissolved_on"]
    filters = ["kind", "unit"]
    search_fields = ["name", "unit__name", "sector"]
    ordering = ["unit__path", "name"]

    def deletable(self, obj) -> bool:
        return not obj.disputes.exists()


@register
class MediatorRegister(Register):
    model = Mediator
    slug = "mediators"
    area = "矛盾纠纷化解"
    fields = ["committee", "name", "id_number", "phone", "full_time", "appointed_on", "left_on"]
    list_columns = ["name", "committee", "full_time", "phone", "appointed_on", "left_on"]
    filters = ["full_time", "committee"]
    search_fields = ["name", "committee__name"]
    ordering = ["committee__unit__path", "name"]
    select_related = ["committee__unit"]
    masked = {"id_number": "id", "phone": "phone"}


@register
class DisputeRegister(Register):
    model = Dispute
    slug = "disputes"
    area = "矛盾纠纷化解"
    fields = ["committee", "mediator", "received_on", "source", "court", "dispute_type", "applicant_name",
              "applicant_id_number", "applicant_phone", "other_party", "summary", "amount"]
    detail_fields = fields + ["conclude_due", "concluded_on", "result", "agreement_form", "agreement_amount",
                              "agreement_effective_on", "confirmation_intended", "confirmation_due",
                              "confirmation_applied_on", "confirmation_court", "confirmation_result"]
    list_columns = ["received_on", "committee", "dispute_type", "source", "applicant_name", "other_party",
                    "concluded_on", "result"]
    filters = ["dispute_type", "source", "result", "committee"]
    search_fields = ["applicant_name", "other_party", "summary", "committee__name"]
    ordering = ["-received_on", "-pk"]
    select_related = ["committee__unit", "mediator"]
    masked = {"applicant_id_number": "id", "applicant_phone": "phone"}
    unmask_roles = frozenset({Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE})  # the clerks who handle the case
    deadlines = [
        DeadlineSpec("conclude_due", "concluded_on", "mediation.conclude"),
        DeadlineSpec("confirmation_due", "confirmation_applied_on", "mediation.judicial_confirmation",
                     applies={"confirmation_intended": True}, start_field="agreement_effective_on"),
    ]
    todos = [TodoSpec("尚未调结的矛盾纠纷", lambda today: Q(concluded_on=None))]
    # the columns of the 人民调解案件登记台账 townships keep in Excel
    import_aliases = {"登记日期": "received_on", "当事人": "applicant_name", "申请人": "applicant_name",
                      "被申请人": "other_party", "纠纷类别": "dispute_type", "调解员": "mediator",
                      "调解委员会": "committee", "简要案情": "summary"}
    import_steps = [ImportStep("conclude", {"调结日期": "on", "调解结果": "result", "协议形式": "agreement_form",
                                            "协议金额（元）": "agreement_amount", "协议生效日期": "agreement_effective_on"})]

    def write(self, user, form):
        return actions.register_dispute(form.save(commit=False), acting_user=user)

    def deletable(self, obj) -> bool:
        return obj.concluded_on is None


@register
class ScreeningRegister(Register):
    model = Screening
    slug = "dispute-screenings"
    area = "矛盾纠纷化解"
    fields = ["unit", "held_on", "scope", "disputes_found", "settled_on_spot"]
    list_columns = ["held_on", "unit", "scope", "disputes_found", "settled_on_spot"]
    search_fields = ["scope"]
    ordering = ["-held_on", "-id"]
    select_related = ["unit"]
    import_aliases = {"排查时间": "held_on", "排查内容": "scope", "排查出纠纷": "disputes_found"}
