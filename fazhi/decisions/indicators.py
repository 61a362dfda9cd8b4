"""Indicators of 重大行政决策 (one GROUP BY each over all units; see fazhi.core.indicators)."""

from django.db.models import Count, Q

from fazhi.core.indicators import Period, declare, declare_area, indicator, rate

from .models import MajorDecision, Procedure, Step

DECIDED = [MajorDecision.Status.DECIDED, MajorDecision.Status.PUBLISHED, MajorDecision.Status.EVALUATED]


@indicator("decisions.major_count", "decisions", unit_field="unit")
def major_count(period: Period):
    return MajorDecision.objects.filter(period.contains("decided_on"), status__in=DECIDED)


@indicator("decisions.legality_reviews", "decisions", unit_field="unit")
def legality_reviews(period: Period):
    """Decisions whose legality review ended in the period (one review row per decision, so no duplicates)."""
    return MajorDecision.objects.filter(procedures__kind=Step.LEGALITY, procedures__completed_on__gte=period.start,
                                        procedures__completed_on__lte=period.end, procedures__result__gt="")


@indicator("decisions.procedures_complete", "decisions", unit_field="unit")
def procedures_complete(period: Period):
    """Decisions taken with all five procedures done or lawfully not applicable (one grouped query)."""
    settled = Q(procedures__state__in=[Procedure.State.DONE, Procedure.State.NOT_APPLICABLE])
    complete = (MajorDecision.objects.filter(period.contains("decided_on"), status__in=DECIDED)
                .annotate(settled=Count("procedures", filter=settled)).filter(settled=len(Step.values)).values("pk"))
    return MajorDecision.objects.filter(pk__in=complete)


rate("decisions.procedures_complete_rate", "decisions.procedures_complete", "decisions.major_count")


# -- what this area says about its keys (labels of its own keys, stocks, dashboard places) --
declare_area("decisions", "重大行政决策")
declare("decisions.major_count", dashboard=("card",), order=60)
declare("decisions.procedures_complete", "法定程序完备的重大行政决策", "项", "count")
declare("decisions.procedures_complete_rate", "重大行政决策法定程序完备率", "%", "rate")
