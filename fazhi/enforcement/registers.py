"""Register declarations for 行政执法."""

from django import forms
from django.db.models import Q

from fazhi.core.registers import ActionSpec, ChildSpec, DeadlineSpec, Register, TodoSpec, register
from fazhi.core.registers.forms import OnDateForm, date_field
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
    ReviewCampaign,
    Supervisor,
    Training,
)

AREA = "行政执法"
S = Case.Status
OPEN = [S.FILED, S.NOTIFIED, S.REVIEWING]


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


class RevokeForm(forms.Form):
    on = date_field("注销日期")
    reason = forms.CharField(label="注销原因（调离、退休、违法违纪等）", max_length=200)


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
    date_pairs = [("issued_on", "expires_on")]
    deadlines = [DeadlineSpec("expires_on", "", label="执法证件有效期届满", basis=rules.BASIS["certificate"],
                              applies={"status": Certificate.Status.VALID}, soon_days=rules.CERTIFICATE_WARN_DAYS)]
    actions = [ActionSpec("revoke", "注销证件", RevokeForm, actions.revoke_certificate,
                          available=lambda c: c.status != Certificate.Status.REVOKED, style="danger")]


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


class NotifyForm(forms.Form):
    on = date_field("告知日期")
    hearing_right_notified = forms.BooleanField(label="已告知当事人有要求听证的权利", required=False)
    hearing_requested = forms.BooleanField(label="当事人在告知后五日内要求听证", required=False)


class SubmitReviewForm(forms.Form):
    major_reason = forms.ChoiceField(label="需法制审核的情形（第五十八条）",
                                     choices=[c for c in Case.MajorReason.choices if c[0]])


class ReviewForm(forms.Form):
    on = date_field("审核日期")
    reviewer = forms.ModelChoiceField(label="法制审核人员", queryset=Officer.objects.none())
    opinion = forms.ChoiceField(label="审核意见", choices=[c for c in Case.ReviewOpinion.choices if c[0]])
    note = forms.CharField(label="审核意见说明", max_length=300, required=False)

    @classmethod
    def for_record(cls, case):
        class Form(cls):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields["reviewer"].queryset = Officer.objects.filter(agency=case.agency, is_legal_reviewer=True,
                                                                          is_active=True)
        return Form


class ExtendForm(forms.Form):
    on = date_field("批准日期")
    days = forms.IntegerField(label="延长天数", min_value=1, max_value=90)
    approval = forms.CharField(label="批准人及依据", max_length=100)


class DecideForm(forms.Form):
    on = date_field("决定日期")
    decision_type = forms.ChoiceField(label="决定类型", choices=Case.DecisionType.choices)
    fine = forms.DecimalField(label="罚款金额（元）", required=False, min_value=0, max_digits=14, decimal_places=2)
    confiscation = forms.DecimalField(label="没收金额（元）", required=False, min_value=0, max_digits=14,
                                      decimal_places=2)
    number = forms.CharField(label="决定书文号", max_length=60, required=False)


class PublishForm(forms.Form):
    on = date_field("公示日期")
    url = forms.URLField(label="公示网址", required=False, assume_scheme="https")


def _in(*statuses):
    return lambda c: c.status in statuses


@register
class CaseRegister(Register):
    model = Case
    slug = "cases"
    area = AREA
    fields = ["agency", "matter", "number", "procedure", "party_type", "party_name", "party_id_number", "party_uscc",
              "facts", "filed_on", "handlers"]
    detail_sections = [
        ("立案", fields),
        ("调查与审核", ["status", "decision_due", "extended", "extension_note", "notified_on", "hearing_right_notified",
                     "hearing_requested", "hearing_held_on", "is_major", "major_reason", "reviewer", "review_opinion", "reviewed_on"]),
        ("决定与公示", ["decision_type", "fine_amount", "confiscation_amount", "decided_on", "decision_number",
                     "served_on", "publicity_due", "published_on", "publicity_url", "executed_on", "closed_on"]),
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
        DeadlineSpec("publicity_due", "published_on", label="执法决定公示", basis=rules.BASIS["publicity"]),
    ]
    todos = [TodoSpec("已作出决定但尚未送达的普通程序案件", lambda today: Q(status=S.DECIDED, served_on__isnull=True))]
    actions = [
        ActionSpec("notify", "告知", NotifyForm, actions.notify, available=_in(S.FILED)),
        ActionSpec("hearing", "听证", OnDateForm, actions.hold_hearing,
                   available=lambda c: c.status == S.NOTIFIED and c.hearing_requested and not c.hearing_held_on),
        ActionSpec("submit-review", "送法制审核", SubmitReviewForm, actions.submit_review,
                   available=lambda c: c.status in (S.FILED, S.NOTIFIED) and c.procedure == "ordinary"
                   and c.review_opinion != "passed"),
        ActionSpec("review", "法制审核意见", ReviewForm, actions.record_review, available=_in(S.REVIEWING)),
        ActionSpec("extend", "延长办案期限", ExtendForm, actions.extend,
                   available=lambda c: c.status in OPEN and c.procedure == "ordinary" and not c.extended,
                   style="secondary"),
        ActionSpec("decide", "作出决定", DecideForm, actions.decide, available=_in(S.FILED, S.NOTIFIED, S.REVIEWING),
                   style="success"),
        ActionSpec("serve", "送达", OnDateForm, actions.serve, available=lambda c: c.status == S.DECIDED and not c.served_on),
        ActionSpec("publish", "公示", PublishForm, actions.publish,
                   available=lambda c: c.status in (S.DECIDED, S.CLOSED) and not c.published_on),
        ActionSpec("close", "结案", OnDateForm, actions.close, available=_in(S.DECIDED), style="secondary"),
    ]

    def deletable(self, obj) -> bool:
        return obj.status == S.FILED and not obj.notified_on

    def write(self, user, form):
        case = form.save(commit=False)
        handlers = list(form.cleaned_data.get("handlers") or [])
        if case.pk is None:
            return actions.file_case(user, case, handlers)
        return actions.update_case(user, case, handlers)


@register
class InspectionRegister(Register):
    model = Inspection
    slug = "inspections"
    area = AREA
    fields = ["agency", "kind", "held_on", "subject", "problems_found"]
    list_columns = ["held_on", "agency", "kind", "subject", "problems_found"]
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
    date_pairs = [("appointed_on", "term_ends_on")]


class SampleForm(forms.Form):
    seed = forms.IntegerField(label="随机种子（留空则按活动编号，结果可复现）", required=False)


@register
class CampaignRegister(Register):
    model = ReviewCampaign
    slug = "review-campaigns"
    area = AREA
    fields = ["unit", "year", "name", "sampling", "files_per_agency", "reviewers", "started_on", "rectification_days"]
    list_columns = ["name", "year", "unit", "sampling", "files_per_agency", "started_on"]
    ordering = ["-year", "-pk"]
    children = [ChildSpec("reviews", "评查案卷", ("case", "reviewer", "total", "grade", "notice_due", "responded_on"))]
    actions = [ActionSpec("sample", "抽取案卷", SampleForm, actions.sample_files,
                          roles=frozenset({Role.RULE_OF_LAW_OFFICE}))]

    def write(self, user, form):
        campaign = form.save(commit=False)
        if not campaign.rubric:
            campaign.rubric = rules.DEFAULT_RUBRIC
        campaign.save()
        return campaign


class ScoreForm(forms.Form):
    on = date_field("评查日期")
    reviewer = forms.CharField(label="评查人", max_length=50)
    veto = forms.MultipleChoiceField(label="否决项（任一项即为不合格）", required=False,
                                     widget=forms.CheckboxSelectMultiple)
    deductions = forms.MultipleChoiceField(label="扣分项", required=False, widget=forms.CheckboxSelectMultiple)
    findings = forms.CharField(label="其他问题", max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 3}))

    @classmethod
    def for_record(cls, review):
        rubric = review.campaign.rubric or rules.DEFAULT_RUBRIC

        class Form(cls):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields["veto"].choices = [(i["code"], i["text"]) for i in rubric if i["kind"] == "veto"]
                self.fields["deductions"].choices = [
                    (i["code"], f"{i['text']}（{'形式' if i['part'] == 'form' else '实体'}扣{i['points']}分）")
                    for i in rubric if i["kind"] == "deduction"]
        return Form


class RespondForm(forms.Form):
    on = date_field("反馈日期")
    response = forms.CharField(label="整改情况", max_length=1000, widget=forms.Textarea(attrs={"rows": 4}))


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
    actions = [
        ActionSpec("score", "评查打分", ScoreForm, actions.score, roles=frozenset({Role.RULE_OF_LAW_OFFICE})),
        ActionSpec("respond", "整改反馈", RespondForm, actions.respond, roles=frozenset({Role.ENFORCEMENT_STAFF}),
                   available=lambda r: bool(r.notice_due) and not r.responded_on),
    ]
