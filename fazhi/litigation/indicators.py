"""Indicators of 行政应诉 (one GROUP BY each). Head appearances are counted per case per instance
(2020年规定第七条): a case counts once if its head appeared at any sitting in the period."""

from django.db.models import Count

from fazhi.core.indicators import Period, declare, declare_area, existing_on, group_by_unit, indicator, rate

from .models import CourtSitting, LitigationCase

SOURCE = "litigation"


@indicator("litigation.cases", SOURCE, unit_field="unit")
def cases(period: Period):
    return LitigationCase.objects.filter(period.contains("served_on"))


def _distinct_cases(qs) -> dict[int, int]:
    return group_by_unit(qs, "case__unit", Count("case", distinct=True))


@indicator("litigation.cases_heard", SOURCE, unit_field="unit",
           records=lambda period: LitigationCase.objects.filter(sittings__held_on__gte=period.start,
                                                                 sittings__held_on__lte=period.end).distinct())
def cases_heard(period: Period):
    return _distinct_cases(CourtSitting.objects.filter(period.contains("held_on")))


@indicator("litigation.head_appearances", SOURCE, unit_field="unit",
           records=lambda period: LitigationCase.objects.filter(
               sittings__held_on__gte=period.start, sittings__held_on__lte=period.end,
               sittings__head_appeared=True).distinct())
def head_appearances(period: Period):
    return _distinct_cases(CourtSitting.objects.filter(period.contains("held_on"), head_appeared=True))


@indicator("litigation.lost", SOURCE, unit_field="unit")
def lost(period: Period):
    return LitigationCase.objects.filter(period.contains("outcome_on"), lost=True)


@indicator("litigation.concluded", SOURCE, unit_field="unit")
def concluded(period: Period):
    return LitigationCase.objects.filter(period.contains("outcome_on"))


@indicator("litigation.dismissed", SOURCE, unit_field="unit")
def dismissed(period: Period):
    """驳回起诉或诉讼请求: the cases the agency won outright."""
    return LitigationCase.objects.filter(period.contains("outcome_on"), outcome__in=LitigationCase.DISMISSED)


@indicator("litigation.pending", SOURCE, unit_field="unit")
def pending(period: Period):
    """尚在审理: received by the period's end and not decided by then (a stock)."""
    return LitigationCase.objects.filter(existing_on("served_on", "outcome_on", period.end))


@indicator("litigation.judgments_to_perform", SOURCE, unit_field="unit")
def judgments_to_perform(period: Period):
    """Judgments against the agency decided in the period and not appealed: to be performed (第九十四条)."""
    return LitigationCase.objects.filter(period.contains("outcome_on"), lost=True, appealed=False)


@indicator("litigation.judgments_performed", SOURCE, unit_field="unit")
def judgments_performed(period: Period):
    return LitigationCase.objects.filter(period.contains("outcome_on"), lost=True, appealed=False,
                                         performed_on__isnull=False)


rate("litigation.judgments_performed_rate", "litigation.judgments_performed", "litigation.judgments_to_perform")
rate("litigation.head_appearance_rate", "litigation.head_appearances", "litigation.cases_heard")
rate("litigation.loss_rate", "litigation.lost", "litigation.concluded")


# -- what this area says about its keys (labels of its own keys, stocks, dashboard places) --
declare_area("litigation", "行政应诉")
declare("litigation.cases", dashboard=("card", "trend"), order=40)
declare("litigation.cases_heard", "开庭审理的行政诉讼案件", "件", "count")
declare("litigation.concluded", "审结的行政诉讼案件", "件", "count")
declare("litigation.pending", stock=True)
declare("litigation.judgments_to_perform", "败诉且应当履行的生效裁判", "件", "count")
declare("litigation.judgments_performed", "已履行的生效裁判", "件", "count")
declare("litigation.head_appearance_rate", dashboard=("card",), order=50)
declare("litigation.loss_rate", "行政诉讼败诉率", "%", "rate")
