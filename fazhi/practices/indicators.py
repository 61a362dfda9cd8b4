"""Indicators of 工作举措与制度建设 (one GROUP BY each over all units; see fazhi.core.indicators)."""

from fazhi.core.indicators import Period, declare, declare_area, indicator

from .models import Practice


@indicator("institutions.rules_made", "practices", unit_field="unit")
def rules_made(period: Period):
    """Rule-of-law documents made or revised in the period."""
    return Practice.objects.filter(period.contains("on"), kind=Practice.Kind.DOCUMENT)


@indicator("institutions.mechanisms", "practices", unit_field="unit")
def mechanisms(period: Period):
    return Practice.objects.filter(period.contains("on"), kind=Practice.Kind.MECHANISM)


@indicator("institutions.honours", "practices", unit_field="unit")
def honours(period: Period):
    return Practice.objects.filter(period.contains("on"), kind=Practice.Kind.HONOUR)


declare_area("institutions", "制度建设与工作举措")
declare("institutions.mechanisms", "建立的工作机制与做法", "项", "count")
declare("institutions.honours", "获得的荣誉表彰", "项", "count")
