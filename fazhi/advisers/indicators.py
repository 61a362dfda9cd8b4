"""Indicators of 法律顾问 (one GROUP BY each over all units; see fazhi.core.indicators)."""

from fazhi.core.indicators import Period, count_by_unit, indicator

from .models import LegalAdviser, Opinion, Service


@indicator("advisers.count", "advisers")
def count(period: Period):
    """Advisers engaged at any time in the period (a stock: contracts overlapping the period)."""
    qs = LegalAdviser.objects.filter(contract_start__lte=period.end, contract_end__gte=period.start)
    return count_by_unit(qs, "unit")


@indicator("advisers.opinions", "adviser-opinions")
def opinions(period: Period):
    return count_by_unit(Opinion.objects.filter(period.contains("on")), "adviser__unit")


@indicator("advisers.contracts_reviewed", "adviser-opinions")
def contracts_reviewed(period: Period):
    return count_by_unit(Opinion.objects.filter(period.contains("on"), kind=Opinion.Kind.CONTRACT), "adviser__unit")


@indicator("advisers.meetings", "adviser-services")
def meetings(period: Period):
    return count_by_unit(Service.objects.filter(period.contains("on"), kind=Service.Kind.MEETING), "adviser__unit")


@indicator("advisers.cases_represented", "adviser-services")
def cases_represented(period: Period):
    kinds = [Service.Kind.LITIGATION, Service.Kind.RECONSIDERATION]
    return count_by_unit(Service.objects.filter(period.contains("on"), kind__in=kinds), "adviser__unit")
