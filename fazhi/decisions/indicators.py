"""Indicators of 重大行政决策 (one GROUP BY each over all units; see fazhi.core.indicators)."""

from django.db.models import Count, Q

from fazhi.core.indicators import Period, count_by_unit, indicator, rate

from .models import MajorDecision, Procedure, Step

DECIDED = [MajorDecision.Status.DECIDED, MajorDecision.Status.PUBLISHED, MajorDecision.Status.EVALUATED]


@indicator("decisions.major_count", "decisions")
def major_count(period: Period):
    return count_by_unit(MajorDecision.objects.filter(period.contains("decided_on"), status__in=DECIDED), "unit")


@indicator("decisions.legality_reviews", "decisions")
def legality_reviews(period: Period):
    qs = Procedure.objects.filter(period.contains("completed_on"), kind=Step.LEGALITY).exclude(result="")
    return count_by_unit(qs, "decision__unit")


@indicator("decisions.procedures_complete", "decisions")
def procedures_complete(period: Period):
    """Decisions taken with all five procedures done or lawfully not applicable (one grouped query)."""
    settled = Q(procedures__state__in=[Procedure.State.DONE, Procedure.State.NOT_APPLICABLE])
    complete = (MajorDecision.objects.filter(period.contains("decided_on"), status__in=DECIDED)
                .annotate(settled=Count("procedures", filter=settled)).filter(settled=len(Step.values)).values("pk"))
    return count_by_unit(MajorDecision.objects.filter(pk__in=complete), "unit")


rate("decisions.procedures_complete_rate", "decisions.procedures_complete", "decisions.major_count")
