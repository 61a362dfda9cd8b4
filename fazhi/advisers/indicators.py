"""Indicators of 法律顾问 (one GROUP BY each over all units; see fazhi.core.indicators)."""

from fazhi.core.indicators import Period, declare, declare_area, indicator

from .models import LegalAdviser, Opinion, Service


@indicator("advisers.count", "advisers", unit_field="unit")
def count(period: Period):
    """Advisers engaged at any time in the period (a stock: contracts overlapping the period)."""
    return LegalAdviser.objects.filter(contract_start__lte=period.end, contract_end__gte=period.start)


@indicator("advisers.opinions", "adviser-opinions", unit_field="adviser__unit")
def opinions(period: Period):
    return Opinion.objects.filter(period.contains("on"))


@indicator("advisers.contracts_reviewed", "adviser-opinions", unit_field="adviser__unit")
def contracts_reviewed(period: Period):
    return Opinion.objects.filter(period.contains("on"), kind=Opinion.Kind.CONTRACT)


@indicator("advisers.meetings", "adviser-services", unit_field="adviser__unit")
def meetings(period: Period):
    return Service.objects.filter(period.contains("on"), kind=Service.Kind.MEETING)


@indicator("advisers.cases_represented", "adviser-services", unit_field="adviser__unit")
def cases_represented(period: Period):
    kinds = [Service.Kind.LITIGATION, Service.Kind.RECONSIDERATION]
    return Service.objects.filter(period.contains("on"), kind__in=kinds)


# -- what this area says about its keys (labels of its own keys, stocks, dashboard places) --
declare_area("advisers", "法律顾问")
declare("advisers.count", stock=True)
declare("advisers.opinions", dashboard=("card", "breakdown"), order=90)
