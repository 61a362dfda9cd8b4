"""Indicators of 行政复议, each one GROUP BY over all units for a period (see fazhi.core.indicators)."""

from fazhi.core.indicators import Period, count_by_unit, declare, declare_area, indicator, rate

from .models import Application, Hearing, OpinionLetter

A = Application
SOURCE = "reconsideration"


@indicator("reconsideration.applications", SOURCE, unit_field="unit")
def applications(period: Period):
    return A.objects.filter(period.contains("received_on"))


@indicator("reconsideration.accepted", SOURCE, unit_field="unit")
def accepted(period: Period):
    return A.objects.filter(period.contains("accepted_on"))


@indicator("reconsideration.concluded", SOURCE, unit_field="unit")
def concluded(period: Period):
    return A.objects.filter(period.contains("decided_on"))


@indicator("reconsideration.pending", SOURCE, unit_field="unit")
def pending(period: Period):
    """Accepted by the end of the period and not yet decided then (审理中)."""
    return A.objects.filter(accepted_on__lte=period.end).exclude(decided_on__lte=period.end)


@indicator("reconsideration.corrected", SOURCE, unit_field="unit")
def corrected(period: Period):
    return A.objects.filter(period.contains("decided_on"), corrective=True)


@indicator("reconsideration.mediated", SOURCE, unit_field="unit")
def mediated(period: Period):
    return A.objects.filter(period.contains("decided_on"), decision__in=A.RESOLVED_BY_AGREEMENT)


def _cases_heard(period: Period):
    """The cases whose hearings are counted: hearings have no list of their own, they show on the case."""
    return A.objects.filter(hearings__held_on__gte=period.start, hearings__held_on__lte=period.end).distinct()


@indicator("reconsideration.hearings", SOURCE, unit_field="unit", records=_cases_heard)
def hearings(period: Period):
    return count_by_unit(Hearing.objects.filter(period.contains("held_on")), "application__unit")


@indicator("reconsideration.concluded_on_time", SOURCE, unit_field="unit")
def concluded_on_time(period: Period):
    return A.objects.filter(period.contains("decided_on"), on_time=True)


@indicator("reconsideration.examined_on_time", SOURCE, unit_field="unit")
def examined_on_time(period: Period):
    """Applications decided on (accepted, rejected) within the 5 working days (第三十条)."""
    return A.objects.filter(period.contains("received_on"), examined_on__isnull=False, deemed_accepted=False)


@indicator("reconsideration.opinion_letters", "reconsideration-letters", unit_field="unit")
def opinion_letters(period: Period):
    """行政复议意见书 issued in the period (第七十六条)."""
    return OpinionLetter.objects.filter(period.contains("issued_on"), kind=OpinionLetter.Kind.OPINION)


@indicator("reconsideration.suggestion_letters", "reconsideration-letters", unit_field="unit")
def suggestion_letters(period: Period):
    return OpinionLetter.objects.filter(period.contains("issued_on"), kind=OpinionLetter.Kind.SUGGESTION)


@indicator("reconsideration.decisions_to_perform", SOURCE, unit_field="unit")
def decisions_to_perform(period: Period):
    """Decisions of the period that order the respondent to re-make the act or perform (第六十四条、第六十六条)."""
    return Application.objects.filter(period.contains("decided_on"), performance_due__isnull=False)


@indicator("reconsideration.decisions_performed", SOURCE, unit_field="unit")
def decisions_performed(period: Period):
    return Application.objects.filter(period.contains("decided_on"), performance_due__isnull=False,
                                      performed_on__isnull=False)


rate("reconsideration.decisions_performed_rate", "reconsideration.decisions_performed",
     "reconsideration.decisions_to_perform")
rate("reconsideration.on_time_rate", "reconsideration.concluded_on_time", "reconsideration.concluded")
rate("reconsideration.correction_rate", "reconsideration.corrected", "reconsideration.concluded")


# -- what this area says about its keys (labels of its own keys, stocks, dashboard places) --
declare_area("reconsideration", "行政复议")
declare("reconsideration.decisions_to_perform", "责令重作或者履行的行政复议决定", "件", "count")
declare("reconsideration.decisions_performed", "被申请人已履行的行政复议决定", "件", "count")
declare("reconsideration.accepted", dashboard=("card",), order=20)
declare("reconsideration.applications", dashboard=("trend", "breakdown"), order=15)
declare("reconsideration.concluded_on_time", "法定期限内审结的行政复议案件", "件", "count")
declare("reconsideration.correction_rate", "行政复议纠错率", "%", "rate")
declare("reconsideration.examined_on_time", "5个工作日内审查决定是否受理的申请", "件", "count")
declare("reconsideration.on_time_rate", dashboard=("card",), order=30)
declare("reconsideration.pending", stock=True)
