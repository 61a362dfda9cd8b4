"""Indicators of 行政复议, each one GROUP BY over all units for a period (see fazhi.core.indicators)."""

from fazhi.core.indicators import Period, count_by_unit, indicator, rate

from .models import Application, Hearing

A = Application
SOURCE = "reconsideration"


@indicator("reconsideration.applications", SOURCE)
def applications(period: Period):
    return count_by_unit(A.objects.filter(period.contains("received_on")), "unit")


@indicator("reconsideration.accepted", SOURCE)
def accepted(period: Period):
    return count_by_unit(A.objects.filter(period.contains("accepted_on")), "unit")


@indicator("reconsideration.concluded", SOURCE)
def concluded(period: Period):
    return count_by_unit(A.objects.filter(period.contains("decided_on")), "unit")


@indicator("reconsideration.pending", SOURCE)
def pending(period: Period):
    """Accepted by the end of the period and not yet decided then (审理中)."""
    qs = A.objects.filter(accepted_on__lte=period.end).exclude(decided_on__lte=period.end)
    return count_by_unit(qs, "unit")


@indicator("reconsideration.corrected", SOURCE)
def corrected(period: Period):
    return count_by_unit(A.objects.filter(period.contains("decided_on"), corrective=True), "unit")


@indicator("reconsideration.mediated", SOURCE)
def mediated(period: Period):
    qs = A.objects.filter(period.contains("decided_on"), decision__in=A.RESOLVED_BY_AGREEMENT)
    return count_by_unit(qs, "unit")


@indicator("reconsideration.hearings", SOURCE)
def hearings(period: Period):
    return count_by_unit(Hearing.objects.filter(period.contains("held_on")), "application__unit")


@indicator("reconsideration.concluded_on_time", SOURCE)
def concluded_on_time(period: Period):
    return count_by_unit(A.objects.filter(period.contains("decided_on"), on_time=True), "unit")


@indicator("reconsideration.examined_on_time", SOURCE)
def examined_on_time(period: Period):
    """Applications decided on (accepted, rejected) within the 5 working days (第三十条)."""
    qs = A.objects.filter(period.contains("received_on"), examined_on__isnull=False, deemed_accepted=False)
    return count_by_unit(qs, "unit")


rate("reconsideration.on_time_rate", "reconsideration.concluded_on_time", "reconsideration.concluded")
rate("reconsideration.correction_rate", "reconsideration.corrected", "reconsideration.concluded")
