"""Indicators of 行政应诉 (one GROUP BY each). Head appearances are counted per case per instance
(2020年规定第七条): a case counts once if its head appeared at any sitting in the period."""

from django.db.models import Count

from fazhi.core.indicators import Period, count_by_unit, indicator, rate

from .models import CourtSitting, LitigationCase

SOURCE = "litigation"


@indicator("litigation.cases", SOURCE)
def cases(period: Period):
    return count_by_unit(LitigationCase.objects.filter(period.contains("served_on")), "unit")


def _distinct_cases(qs) -> dict[int, int]:
    rows = qs.order_by().values("case__unit").annotate(n=Count("case", distinct=True)).values_list("case__unit", "n")
    return dict(rows)


@indicator("litigation.cases_heard", SOURCE)
def cases_heard(period: Period):
    return _distinct_cases(CourtSitting.objects.filter(period.contains("held_on")))


@indicator("litigation.head_appearances", SOURCE)
def head_appearances(period: Period):
    return _distinct_cases(CourtSitting.objects.filter(period.contains("held_on"), head_appeared=True))


@indicator("litigation.lost", SOURCE)
def lost(period: Period):
    return count_by_unit(LitigationCase.objects.filter(period.contains("outcome_on"), lost=True), "unit")


@indicator("litigation.concluded", SOURCE)
def concluded(period: Period):
    return count_by_unit(LitigationCase.objects.filter(period.contains("outcome_on")), "unit")


rate("litigation.head_appearance_rate", "litigation.head_appearances", "litigation.cases_heard")
rate("litigation.loss_rate", "litigation.lost", "litigation.concluded")
