"""Indicators of 行政执法 (one GROUP BY each over all units; see fazhi.core.indicators)."""

from django.db.models import Count, Q, Sum

from fazhi.core.indicators import Period, count_by_unit, indicator, rate

from .models import Case, Certificate, FileReview, Inspection, Matter, ReviewCampaign, Supervisor, Training

UNIT = "agency__unit"


@indicator("enforcement.cases", "cases")
def cases(period: Period):
    return count_by_unit(Case.objects.filter(period.contains("filed_on")), UNIT)


@indicator("enforcement.cases_simple", "cases")
def cases_simple(period: Period):
    return count_by_unit(Case.objects.filter(period.contains("filed_on"), procedure="simple"), UNIT)


@indicator("enforcement.cases_ordinary", "cases")
def cases_ordinary(period: Period):
    return count_by_unit(Case.objects.filter(period.contains("filed_on"), procedure="ordinary"), UNIT)


@indicator("enforcement.cases_major", "cases")
def cases_major(period: Period):
    return count_by_unit(Case.objects.filter(period.contains("decided_on"), is_major=True), UNIT)


@indicator("enforcement.major_reviewed", "cases")
def major_reviewed(period: Period):
    qs = Case.objects.filter(period.contains("decided_on"), is_major=True, review_opinion="passed")
    return count_by_unit(qs, UNIT)


@indicator("enforcement.decisions_publicised", "cases")
def decisions(period: Period):
    return count_by_unit(Case.objects.filter(period.contains("decided_on")), UNIT)


@indicator("enforcement.published_on_time", "cases")
def published_on_time(period: Period):
    from django.db.models import F

    qs = Case.objects.filter(period.contains("decided_on"), published_on__lte=F("publicity_due"))
    return count_by_unit(qs, UNIT)


@indicator("enforcement.case_file_review_rounds", "review-campaigns")
def review_rounds(period: Period):
    return count_by_unit(ReviewCampaign.objects.filter(period.contains("started_on")), "unit")


@indicator("enforcement.case_files_reviewed", "file-reviews")
def files_reviewed(period: Period):
    return count_by_unit(FileReview.objects.filter(period.contains("scored_on")), "campaign__unit")


@indicator("enforcement.officers_certified", "certificates")
def officers_certified(period: Period):
    """Officers holding a certificate valid at the end of the period (a stock)."""
    end = period.end
    qs = Certificate.objects.filter(issued_on__lte=end, expires_on__gte=end).filter(
        Q(status="valid") | Q(revoked_on__gt=end))
    rows = qs.order_by().values("officer__agency__unit").annotate(n=Count("officer", distinct=True))
    return {r["officer__agency__unit"]: r["n"] for r in rows}


@indicator("enforcement.officers_new_certified", "certificates")
def officers_new(period: Period):
    return count_by_unit(Certificate.objects.filter(period.contains("issued_on")), "officer__agency__unit")


@indicator("enforcement.certificates_revoked", "certificates")
def revoked(period: Period):
    return count_by_unit(Certificate.objects.filter(period.contains("revoked_on")), "officer__agency__unit")


@indicator("enforcement.training_sessions", "enforcement-training")
def training_sessions(period: Period):
    return count_by_unit(Training.objects.filter(period.contains("held_on"), kind="training"), UNIT)


@indicator("enforcement.training_attendance", "enforcement-training")
def training_attendance(period: Period):
    rows = (Training.objects.filter(period.contains("held_on"), kind="training").order_by()
            .values(UNIT).annotate(n=Sum("attendance")))
    return {r[UNIT]: r["n"] or 0 for r in rows}


@indicator("enforcement.inspections", "inspections")
def inspections(period: Period):
    return count_by_unit(Inspection.objects.filter(period.contains("held_on")), UNIT)


@indicator("enforcement.fines_amount", "cases")
def fines_amount(period: Period):
    rows = (Case.objects.filter(period.contains("decided_on")).order_by().values(UNIT)
            .annotate(f=Sum("fine_amount"), c=Sum("confiscation_amount")))
    return {r[UNIT]: (r["f"] or 0) + (r["c"] or 0) for r in rows}


@indicator("enforcement.supervisors", "enforcement-supervisors")
def supervisors(period: Period):
    qs = Supervisor.objects.filter(appointed_on__lte=period.end, term_ends_on__gte=period.end)
    return count_by_unit(qs, "unit")


@indicator("enforcement.delegated_matters", "matters")
def delegated(period: Period):
    return count_by_unit(Matter.objects.filter(delegated_to_township=True), UNIT)


rate("enforcement.publicity_on_time_rate", "enforcement.published_on_time", "enforcement.decisions_publicised")
rate("enforcement.major_review_rate", "enforcement.major_reviewed", "enforcement.cases_major")
