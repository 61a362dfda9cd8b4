"""Indicators of 行政规范性文件 (one GROUP BY each over all units; see fazhi.core.indicators).

Documents count at the issuing body (制定机关), reviews at the same body, cleanup results at the unit that ran
the campaign."""

from django.db.models import F

from fazhi.core.indicators import Period, count_by_unit, indicator, rate

from .models import CleanupItem, NormativeDocument

ISSUER = "issuer__unit"


@indicator("normative.issued", "normative")
def issued(period: Period):
    return count_by_unit(NormativeDocument.objects.filter(period.contains("published_on")), ISSUER)


@indicator("normative.issued_reviewed", "normative")
def issued_reviewed(period: Period):
    qs = NormativeDocument.objects.filter(period.contains("published_on"), reviewed_on__isnull=False,
                                          reviewed_on__lte=F("deliberated_on"))
    return count_by_unit(qs, ISSUER)


@indicator("normative.legality_reviews", "normative")
def legality_reviews(period: Period):
    return count_by_unit(NormativeDocument.objects.filter(period.contains("reviewed_on")), ISSUER)


@indicator("normative.filed", "normative")
def filed(period: Period):
    return count_by_unit(NormativeDocument.objects.filter(period.contains("published_on"), filed_on__isnull=False),
                         ISSUER)


@indicator("normative.filed_on_time", "normative")
def filed_on_time(period: Period):
    qs = NormativeDocument.objects.filter(period.contains("published_on"), filed_on__lte=F("filing_due"))
    return count_by_unit(qs, ISSUER)


def _cleanup(result: str):
    def compute(period: Period):
        qs = CleanupItem.objects.filter(period.contains("campaign__published_on"), result=result)
        return count_by_unit(qs, "campaign__unit")
    return compute


for _result in CleanupItem.Result.values:
    indicator(f"normative.cleanup.{_result}", "normative-cleanup-items")(_cleanup(_result))

rate("normative.review_rate", "normative.issued_reviewed", "normative.issued")
rate("normative.filing_rate", "normative.filed", "normative.issued")
rate("normative.filing_on_time_rate", "normative.filed_on_time", "normative.filed")
