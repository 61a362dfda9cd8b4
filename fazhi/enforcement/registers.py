"""Register declarations for 行政执法."""

from django.db.models import Q

from fazhi.core.registers import ChildSpec, DeadlineSpec, Register, TodoSpec, register
from fazhi.core.roles import Role

from . import actions, rules
from .models import (
    Agency,
    Case,
    Certificate,
    FileReview,
    Inspection,
    Matter,
    Officer,
    Preservation,
    ReviewCampaign,
    Supervisor,
    Training,
)

AREA = "行政执法"
S = Case.Status


@register
class AgencyRegister(Register):
    model = Agency
    slug = "agencies"
    area = AREA
    fields = ["unit", "status", "main_field", "fields_text", "legal_basis", "entrusting_body", "published"]
    list_columns = ["unit", "status", "main_field", "fields_text", "published"]
    filters = ["status", "main_field", "published"]
    search_fields = ["unit__name", "fields_text", "legal_basis"]
    ordering = ["unit__path"]
    children = [ChildSpec("matters", "执法事项", ("name", "kind", "delegated_to_township", "needs_legal_review"))]


@register
class OfficerRegister(Register):
    model = Officer
    slug = "officers"
    area = AREA
    fields = ["agency", "name", "id_number", "post", "is_legal_reviewer", "has_legal_qualification", "is_active"]
    list_columns = ["name", "agency", "post", "is_legal_reviewer", "is_active"]
    filters = ["agency", "is_legal_reviewer", "is_active"]
    search_fields = ["name", "agency__unit__name", "post"]
    ordering = ["agency__unit__path", "name"]
    masked = {"id_number": "id"}
    unmask_roles = frozenset({Role.ENFORCEMENT_STAFF, Role.RULE_OF_LAW_OFFICE})
    select_related = ["agency__unit"]
    children = [ChildSpec("certificates", "执法证件", ("number", "field", "issued_on", "expires_on", "status"))]


@register
class CertificateRegister(Register):
    model = Certificate
    slug = "certificates"
    area = AREA
    fields = ["officer", "number", "field", "issued_on", "expires_on"]
    detail_fields = fields + ["status", "revoked_on", "revoke_reason"]
    list_columns = ["number", "officer", "field", "issued_on", "expires_on", "status"]
    filters = ["status", "field"]
    search_fields = ["number", "officer__name"]
    ordering = ["expires_on"]
    select_related = ["officer__agency__unit"]
    deadlines = [DeadlineSpec("expires_on", "", label="执法证件有效期届满", basis=rules.BASIS["certificate"],
                              applies={"status": Certificate.Status.VALID}, soon_days=rules.CERTIFICATE_WARN_DAYS)]


@register
class TrainingRegister(Register):
    model = Training
    slug = "enforcement-training"
    area = AREA
    fields = ["agency", "kind", "held_on", "topic", "hours", "attendance", "passed"]
    list_columns = ["held_on", "agency", "kind", "topic", "hours", "attendance"]
    filters = ["kind", "agency"]
    search_fields = ["topic"]
    ordering = ["-held_on"]
    select_related = ["agency__unit"]


@register
class MatterRegister(Register):
    model = Matter
    slug = "matters"
    area = AREA
    fields = ["agency", "code", "name", "kind", "legal_basis", "delegated_to_township", "needs_legal_review"]
    list_columns = ["name", "agency", "kind", "delegated_to_township", "needs_legal_review"]
    filters = ["kind", "delegated_to_township", "needs_legal_review", "agency"]
    search_fields = ["name", "code", "legal_basis"]
    ordering = ["agency__unit__path", "name"]
    select_related = ["agency__unit"]


@register
class CaseRegister(Register):
    model = Case
    slug = "cases"
    area = AREA
    fields = ["agency", "matter", "number", "procedure", "party_type", "party_name", "party_id_number", "party_uscc",
              "facts", "offence_on", "health_or_finance", "filed_on", "handlers"]
    detail_sections = [
        ("立案", fields),
        ("调查与审核", ["status", "decision_due", "extended", "extension_note", "notified_on", "hearing_right_notified",
                     "hearing_requested", "hearing_noticed_on", "hearing_held_on", "is_major", "major_reason", "reviewer", "review_opinion", "reviewed_on"]),
        ("决定与公示", ["decision_type", "fine_amount", "confiscation_amount", "decided_on", "decision_number",
                     "service_due", "served_on", "payment_due", "paid_on", "late_charge", "publicity_due", "published_on",
                     "publicity_url", "executed_on", "closed_on"]),
        ("变更、撤销与撤回公开", ["changed_on", "change_kind", "change_reason", "withdrawal_due", "withdrawn_on",
                           "withdrawal_statement"]),
    ]
    list_columns = ["number", "party_name", "agency", "procedure", "filed_on", "status", "is_major"]
    filters = ["status", "procedure", "is_major", "decision_type", "agency"]
    search_fields = ["number", "party_name", "facts"]
    ordering = ["-filed_on", "-pk"]
    select_related = ["agency__unit"]
    masked = {"party_id_number": "id"}
    unmask_roles = frozenset({Role.ENFORCEMENT_STAFF})
    attachment_stages = rules.RECORD_STAGES
    deadlines = [
        DeadlineSpec("decision_due", "decided_on", rule_key="penalty.decision"),
        DeadlineSpec("publicity_due", "published_on", label="执法决定公示", basis=rules.BASIS["publicity"],
                     recompute=lambda c: rules.publicity_due(c.decision_type, c.decided_on) if c.decided_on else None),
        DeadlineSpec("service_due", "served_on", rule_key="penalty.service", start_field="decided_on"),
        DeadlineSpec("payment_due", "paid_on", rule_key="penalty.payment", start_field="served_on"),
        DeadlineSpec("withdrawal_due", "withdrawn_on", rule_key="penalty.withdrawal", start_field="changed_on"),
    ]
    children = [ChildSpec("preservations", "先行登记保存", ("saved_on", "items", "decision_due", "decided_on", "outcome"))]
    todos = [TodoSpec("已作出决定但尚未送达的普通程序案件", lambda today: Q(status=S.DECIDED, served_on__isnull=True))]

    def deletable(self, obj) -> bool:
        return obj.status == S.FILED and not obj.notified_on

    def write(self, user, form):
        case = form.save(commit=False)
        handlers = list(form.cleaned_data.get("handlers") or [])
        if case.pk is None:
            return actions.file_case(case, handlers, acting_user=user)
        return actions.update_case(user, case, handlers)

    def write_many(self, user, rows):
        return actions.file_case.perform_many([(case, list(m2m.get("handlers") or [])) for case, m2m in rows],
                                              acting_user=user)


@register
class PreservationRegister(Register):
    model = Preservation
    slug = "evidence-preservation"
    area = AREA
    fields = ["case", "saved_on", "approved_by", "items", "place"]
    detail_fields = fields + ["decision_due", "decided_on", "outcome"]
    list_columns = ["saved_on", "case", "items", "decision_due", "decided_on", "outcome"]
    filters = ["outcome"]
    search_fields = ["items", "case__number"]
    ordering = ["-saved_on", "-id"]
    select_related = ["case__agency__unit"]
    deadlines = [DeadlineSpec("decision_due", "decided_on", rule_key="penalty.preservation", start_field="saved_on")]

    def write(self, user, form):
        return actions.preserve(form.save(commit=False), acting_user=user)

    def deletable(self, obj) -> bool:
        return obj.decided_on is None


@register
class InspectionRegister(Register):
    model = Inspection
    slug = "inspections"
    area = AREA
    fields = ["agency", "kind", "held_on", "subject", "problems_found", "problems_rectified"]
    list_columns = ["held_on", "agency", "kind", "subject", "problems_found", "problems_rectified"]
    filters = ["kind", "agency"]
    search_fields = ["subject"]
    ordering = ["-held_on"]
    select_related = ["agency__unit"]


@register
class SupervisorRegister(Register):
    model = Supervisor
    slug = "enforcement-supervisors"
    area = AREA
    fields = ["unit", "name", "affiliation", "appointed_on", "term_ends_on"]
    list_columns = ["name", "affiliation", "unit", "appointed_on", "term_ends_on"]
    search_fields = ["name", "affiliation"]


@register
class CampaignRegister(Register):
    model = ReviewCampaign
    slug = "review-campaigns"
    area = AREA
    fields = ["unit", "year", "name", "sampling", "files_per_agency", "reviewers", "started_on", "rectification_days"]
    list_columns = ["name", "year", "unit", "sampling", "files_per_agency", "started_on"]
    ordering = ["-year", "-pk"]
    children = [ChildSpec("reviews", "评查案卷", ("case", "reviewer", "total", "grade", "notice_due", "responded_on"))]

    def write(self, user, form):
        campaign = form.save(commit=False)
        if not campaign.rubric:
            campaign.rubric = rules.DEFAULT_RUBRIC
        campaign.save()
        return campaign


@register
class FileReviewRegister(Register):
    model = FileReview
    slug = "file-reviews"
    area = AREA
    fields = ["campaign", "case", "reviewer"]
    detail_fields = fields + ["scored_on", "form_score", "substance_score", "total", "grade", "findings", "notice_due",
                              "response", "responded_on"]
    list_columns = ["case", "campaign", "reviewer", "total", "grade", "notice_due", "responded_on"]
    filters = ["grade", "campaign"]
    ordering = ["-campaign__year", "pk"]
    select_related = ["case", "campaign"]
    import_enabled = False
    deadlines = [DeadlineSpec("notice_due", "responded_on", label="案卷评查整改反馈", basis=rules.BASIS["review_campaign"])]
    todos = [TodoSpec("案卷评查整改通知（请按期整改并反馈）",
                      lambda today: Q(notice_due__isnull=False, responded_on__isnull=True),
                      roles=frozenset({Role.ENFORCEMENT_STAFF}))]
