"""Indicators of 法治督察与整改 (one GROUP BY each over all units)."""

from django.db.models import F

from fazhi.core.indicators import Period, declare, declare_area, indicator, rate

from .models import Finding, Inspection, Rectification


@indicator("supervision.inspections", "supervision-inspections", unit_field="unit")
def inspections(period: Period):
    return Inspection.objects.filter(period.contains("started_on"))


@indicator("supervision.findings", "findings", unit_field="unit")
def findings(period: Period):
    return Finding.objects.filter(period.contains("found_on"))


@indicator("supervision.items_due", "rectifications", unit_field="responsible_unit")
def items_due(period: Period):
    return Rectification.objects.filter(period.contains("due_on"))


@indicator("supervision.rectified", "rectifications", unit_field="responsible_unit")
def rectified(period: Period):
    """督察问题整改销号: items the office closed out in the period."""
    return Rectification.objects.filter(period.contains("closed_on"))


@indicator("supervision.closed_on_time", "rectifications", unit_field="responsible_unit")
def closed_on_time(period: Period):
    return Rectification.objects.filter(period.contains("due_on"), closed_on__isnull=False,
                                        submitted_on__lte=F("due_on"))


rate("supervision.on_time_rate", "supervision.closed_on_time", "supervision.items_due")


# -- what this area says about its keys (labels of its own keys, stocks, dashboard places) --
declare_area("supervision", "法治督察")
declare("supervision.closed_on_time", "按期整改销号的事项", "项", "count")
declare("supervision.findings", "督察发现问题", "个", "count")
declare("supervision.items_due", "到期的整改事项", "项", "count")
declare("supervision.on_time_rate", "督察整改按期销号率", "%", "rate", dashboard=("card",), order=160)
