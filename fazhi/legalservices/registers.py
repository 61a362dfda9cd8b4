"""Register declarations for 公共法律服务: legal aid, notarisations, consultations, stations."""

from django import forms
from django.db.models import Q

from fazhi.core.registers import ActionSpec, DeadlineSpec, ImportStep, Register, TodoSpec, register
from fazhi.core.registers.forms import OnDateForm, date_field
from fazhi.core.roles import Role

from . import actions
from .models import Consultation, LegalAidCase, Notarization, Station


class DecideForm(forms.Form):
    on = date_field("决定日期")
    decision = forms.ChoiceField(label="审查决定", choices=LegalAidCase.Decision.choices)
    reason = forms.CharField(label="不予法律援助的理由", max_length=300, required=False)


class AssignForm(forms.Form):
    on = date_field("指派日期")
    lawyer = forms.CharField(label="承办律师（法律援助人员）", max_length=50)
    law_firm = forms.CharField(label="所在律师事务所（机构）", max_length=100, required=False)


class ObjectionResultForm(forms.Form):
    on = date_field("异议审查决定日期")
    result = forms.ChoiceField(label="审查结果", choices=[("uphold", "维持不予法律援助决定"),
                                                     ("correct", "责令法律援助机构改正（给予法律援助）")])


class CloseForm(forms.Form):
    on = date_field("结案日期")
    closing = forms.ChoiceField(label="结案方式", choices=LegalAidCase.Closing.choices)


@register
class LegalAidRegister(Register):
    model = LegalAidCase
    slug = "legal-aid"
    area = "公共法律服务"
    fields = ["unit", "origin", "received_on", "notifying_body", "category", "matter", "applicant_name",
              "applicant_id_number", "applicant_phone", "summary"]
    detail_fields = fields + ["decide_due", "decided_on", "decision", "refusal_reason", "assign_due", "assigned_on",
                              "lawyer", "law_firm", "closed_on", "closing", "objection_on", "objection_due",
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
    actions = [
        ActionSpec("decide", "审查决定", DecideForm, actions.decide, available=lambda c: not c.decided_on),
        ActionSpec("assign", "指派", AssignForm, actions.assign,
                   available=lambda c: c.decision == "grant" and not c.assigned_on),
        ActionSpec("objection", "登记异议", OnDateForm, actions.receive_objection, style="secondary",
                   available=lambda c: c.decision == "refuse" and not c.objection_on),
        ActionSpec("objection_result", "异议审查决定", ObjectionResultForm, actions.decide_objection,
                   available=lambda c: bool(c.objection_on) and not c.objection_decided_on),
        ActionSpec("close", "结案", CloseForm, actions.close, available=lambda c: bool(c.assigned_on) and not c.closed_on),
    ]
    todos = [TodoSpec("已指派未结案的法律援助案件", lambda today: Q(assigned_on__isnull=False, closed_on=None))]
    import_aliases = {"受援人姓名": "applicant_name", "申请日期": "received_on", "案件类型": "category"}
    import_steps = [
        ImportStep("decide", {"决定日期": "on", "审查决定": "decision", "不予援助理由": "reason"}),
        ImportStep("assign", {"指派日期": "on", "承办律师": "lawyer", "律师事务所": "law_firm"}),
        ImportStep("close", {"结案日期": "on", "结案方式": "closing"}),
    ]

    def write(self, user, form):
        return actions.register_case(user, form.save(commit=False))

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
    date_pairs = [("accepted_on", "issued_on")]


@register
class ConsultationRegister(Register):
    model = Consultation
    slug = "consultations"
    area = "公共法律服务"
    fields = ["unit", "on", "channel", "topic", "people", "answered_by", "note"]
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
    date_pairs = [("opened_on", "closed_on")]
