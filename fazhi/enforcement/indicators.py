"""Indicators of 行政执法 (one GROUP BY each over all units; see fazhi.core.indicators)."""

from django.db.models import Count, DecimalField, Q, Sum, Value
from django.db.models.functions import Coalesce

from fazhi.core.indicators import Period, declare, declare_area, group_by_unit, indicator, rate, sum_by_unit

from . import rules
from .models import Case, Certificate, FileReview, Inspection, Matter, ReviewCampaign, Supervisor, Training

UNIT = "agency__unit"
ZERO = Value(0, output_field=DecimalField())


@indicator("enforcement.cases", "cases", unit_field=UNIT)
def cases(period: Period):
    return Case.objects.filter(period.contains("filed_on"))


@indicator("enforcement.cases_simple", "cases", unit_field=UNIT)
def cases_simple(period: Period):
    return Case.objects.filter(period.contains("filed_on"), procedure="simple")


@indicator("enforcement.cases_ordinary", "cases", unit_field=UNIT)
def cases_ordinary(period: Period):
    return Case.objects.filter(period.contains("filed_on"), procedure="ordinary")


@indicator("enforcement.cases_major", "cases", unit_field=UNIT)
def cases_major(period: Period):
    return Case.objects.filter(period.contains("decided_on"), is_major=True)


@indicator("enforcement.major_reviewed", "cases", unit_field=UNIT)
def major_reviewed(period: Period):
    return Case.objects.filter(period.contains("decided_on"), is_major=True, review_opinion="passed")


@indicator("enforcement.decisions_publicised", "cases", unit_field=UNIT)
def decisions(period: Period):
    return Case.objects.filter(period.contains("decided_on"))


@indicator("enforcement.published_on_time", "cases", unit_field=UNIT)
def published_on_time(period: Period):
    from django.db.models import F

    return Case.objects.filter(period.contains("decided_on"), published_on__lte=F("publicity_due"))


@indicator("enforcement.case_file_review_rounds", "review-campaigns", unit_field="unit")
def review_rounds(period: Period):
    return ReviewCampaign.objects.filter(period.contains("started_on"))


@indicator("enforcement.case_files_reviewed", "file-reviews", unit_field="campaign__unit")
def files_reviewed(period: Period):
    return FileReview.objects.filter(period.contains("scored_on"))


def valid_certificates(period: Period):
    """Certificates valid at the end of the period."""
    end = period.end
    return Certificate.objects.filter(issued_on__lte=end, expires_on__gte=end).filter(
        Q(status="valid") | Q(revoked_on__gt=end))


@indicator("enforcement.officers_certified", "certificates", unit_field="officer__agency__unit",
           records=valid_certificates)
def officers_certified(period: Period):
    """Officers holding a certificate valid at the end of the period (a stock; an officer counts once)."""
    return group_by_unit(valid_certificates(period), "officer__agency__unit", Count("officer", distinct=True))


@indicator("enforcement.officers_new_certified", "certificates", unit_field="officer__agency__unit")
def officers_new(period: Period):
    return Certificate.objects.filter(period.contains("issued_on"))


@indicator("enforcement.certificates_revoked", "certificates", unit_field="officer__agency__unit")
def revoked(period: Period):
    return Certificate.objects.filter(period.contains("revoked_on"))


@indicator("enforcement.training_sessions", "enforcement-training", unit_field=UNIT)
def training_sessions(period: Period):
    return Training.objects.filter(period.contains("held_on"), kind="training")


@indicator("enforcement.training_attendance", "enforcement-training", unit_field=UNIT,
           records=lambda period: Training.objects.filter(period.contains("held_on"), kind="training"))
def training_attendance(period: Period):
    return sum_by_unit(Training.objects.filter(period.contains("held_on"), kind="training"), UNIT, "attendance")


@indicator("enforcement.inspections", "inspections", unit_field=UNIT)
def inspections(period: Period):
    return Inspection.objects.filter(period.contains("held_on"))


@indicator("enforcement.fines_amount", "cases", unit_field=UNIT,
           records=lambda period: Case.objects.filter(period.contains("decided_on"), fine_amount__gt=0))
def fines_amount(period: Period):
    return group_by_unit(Case.objects.filter(period.contains("decided_on")), UNIT,
                         Coalesce(Sum("fine_amount"), ZERO) + Coalesce(Sum("confiscation_amount"), ZERO))


def _inspections(period: Period):
    return Inspection.objects.filter(period.contains("held_on"))


@indicator("enforcement.problems_rectified", "inspections", unit_field=UNIT, records=_inspections)
def problems_rectified(period: Period):
    """检查发现问题（隐患）整改: problems found at the period's inspections and already put right."""
    return sum_by_unit(_inspections(period), UNIT, "problems_rectified")


@indicator("enforcement.qualification_exams", "enforcement-training", unit_field=UNIT)
def qualification_exams(period: Period):
    """组织行政执法资格考试: exam sessions held in the period."""
    return Training.objects.filter(period.contains("held_on"), kind=Training.Kind.EXAM)


@indicator("credit.penalty_published", "cases", unit_field=UNIT)
def penalty_published(period: Period):
    """行政处罚信息“双公示”: penalty decisions published in the period (the 7 working days of 118号 are tracked on
    each case's publicity deadline)."""
    return Case.objects.filter(period.contains("published_on"), decision_type__in=rules.PENALTY_DECISIONS)


@indicator("credit.licensing_published", "cases", unit_field=UNIT)
def licensing_published(period: Period):
    """行政许可信息“双公示”: licensing decisions published in the period."""
    return Case.objects.filter(period.contains("published_on"), decision_type=Case.DecisionType.LICENSING)


@indicator("enforcement.supervisors", "enforcement-supervisors", unit_field="unit")
def supervisors(period: Period):
    return Supervisor.objects.filter(appointed_on__lte=period.end, term_ends_on__gte=period.end)


@indicator("enforcement.delegated_matters", "matters", unit_field=UNIT)
def delegated(period: Period):
    return Matter.objects.filter(delegated_to_township=True)


rate("enforcement.publicity_on_time_rate", "enforcement.published_on_time", "enforcement.decisions_publicised")
rate("enforcement.major_review_rate", "enforcement.major_reviewed", "enforcement.cases_major")


# -- what this area says about its keys (labels of its own keys, stocks, dashboard places) --
declare_area("enforcement", "行政执法")
declare_area("credit", "“双公示”")
declare("enforcement.cases", dashboard=("card", "trend", "breakdown"), order=10)
declare("enforcement.decisions_publicised", "应公示的行政执法决定", "件", "count")
declare("enforcement.delegated_matters", stock=True)
declare("enforcement.fines_amount", dashboard=("card",), order=100)
declare("enforcement.inspections", dashboard=("breakdown",), order=12)
declare("enforcement.major_review_rate", "重大执法决定法制审核率", "%", "rate")
declare("enforcement.major_reviewed", "经法制审核的重大执法决定", "件", "count")
declare("enforcement.officers_certified", stock=True)
declare("enforcement.publicity_on_time_rate", "行政执法决定按期公示率", "%", "rate")
declare("enforcement.published_on_time", "按期公示的行政执法决定", "件", "count")
declare("enforcement.supervisors", stock=True)
