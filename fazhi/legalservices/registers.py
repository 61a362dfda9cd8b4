"""Register declarations for 公共法律服务: legal aid, notarisations, consultations, stations."""

from django.db.models import Q

from fazhi.core.registers import DeadlineSpec, ImportStep, Register, TodoSpec, register
from fazhi.core.roles import Role

from . import actions
from .models import Consultation, LegalAidCase, Notarization, Station


@register
class LegalAidRegister(Register):
    model = LegalAidCase
    slug = "legal-aid"
    area = "公共法律服务"
    fields = ["unit", "origin", "received_on", "notifying_body", "category", "matter", "applicant_name",
              "applicant_id_number", "applicant_phone", "summary"]
    detail_fields = fields + ["decide_due", "decided_on", "decision", "refusal_reason", "assign_due", "assigned_on",
                              "lawyer", "law_firm", "closed_on", "closing", "amount_recovered", "objection_on",
                              "objection_due",
                              "objection_decided_on", "objection_result"]
    list_columns = ["received_on", "origin", "category", "matter", "applicant_name", "decision", "lawyer", "closed_on"]
    filters = ["origin", "category", "matter", "decision", "unit"]
    search_fields = ["applicant_name", "lawyer", "summary"]
    ordering = ["-received_on", "-pk"]
    masked = {"applicant_id_number": "id", "applicant_phone": "phone"}
    unmask_roles = frozenset({Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE})  # the clerks who handle the case
    deadlines = [
        DeadlineSpec("decide_due", "decided_on", "legal_aid.decide"),
        DeadlineSpec("assign_due", "assigned_on", "legal_aid.assign", applies={"origin": "application"}),
        DeadlineSpec("assign_due", "assigned_on", "legal_aid.assign_notified", applies={"origin": "notified"}),
        DeadlineSpec("objection_due", "objection_decided_on", "legal_aid.objection"),
    ]
    todos = [TodoSpec("已指派未结案的法律援助案件", lambda today: Q(assigned_on__isnull=False, closed_on=None))]
    import_aliases = {"受援人姓名": "applicant_name", "申请日期": "received_on", "案件类型": "category"}
    import_steps = [
        ImportStep("decide", {"决定日期": "on", "审查决定": "decision", "不予援助理由": "reason"}),
        ImportStep("assign", {"指派日期": "on", "承办律师": "lawyer", "律师事务所": "law_firm"}),
        ImportStep("close", {"结案日期": "on", "结案方式": "closing"}),
    ]

    def write(self, user, form):
        return actions.register_case(form.save(commit=False), acting_user=user)

    def deletable(self, obj) -> bool:
        return obj.origin == "application" and obj.decided_on is None


@register
class NotarizationRegister(Register):
    model = Notarization
    slug = "notarizations"
    area = "公共法律服务"
    fields = ["unit", "accepted_on", "scope", "matter", "applicant_name", "certificate_number", "issued_on"]
    list_columns = ["accepted_on", "scope", "matter", "applicant_name", "certificate_number", "issued_on"]
    filters = ["scope", "matter", "unit"]
    search_fields = ["applicant_name", "certificate_number"]
    ordering = ["-accepted_on", "-pk"]


@register
class ConsultationRegister(Register):
    model = Consultation
    slug = "consultations"
    area = "公共法律服务"
    fields = ["unit", "on", "channel", "topic", "people", "documents_drafted", "answered_by", "note"]
    list_columns = ["on", "unit", "channel", "topic", "people", "answered_by"]
    filters = ["channel", "topic", "unit"]
    search_fields = ["note", "answered_by"]
    ordering = ["-on", "-pk"]


@register
class StationRegister(Register):
    model = Station
    slug = "legal-stations"
    area = "公共法律服务"
    fields = ["unit", "name", "level", "opened_on", "closed_on", "staff"]
    list_columns = ["name", "level", "unit", "opened_on", "closed_on", "staff"]
    filters = ["level", "unit"]
    search_fields = ["name", "unit__name"]
    ordering = ["unit__path", "name"]
