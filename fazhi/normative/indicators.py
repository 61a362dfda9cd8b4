"""Indicators of 行政规范性文件 (one GROUP BY each over all units; see fazhi.core.indicators).

Documents count at the issuing body (制定机关), reviews at the same body, cleanup results at the unit that ran
the campaign."""

from django.db.models import F

from fazhi.core.indicators import Period, declare, declare_area, indicator, rate

from .models import CleanupCampaign, CleanupItem, LegalityReview, NormativeDocument

ISSUER = "issuer__unit"


@indicator("normative.issued", "normative", unit_field=ISSUER)
def issued(period: Period):
    return NormativeDocument.objects.filter(period.contains("published_on"))


@indicator("normative.issued_reviewed", "normative", unit_field=ISSUER)
def issued_reviewed(period: Period):
    return NormativeDocument.objects.filter(period.contains("published_on"), reviewed_on__isnull=False,
                                          reviewed_on__lte=F("deliberated_on"))


@indicator("normative.legality_reviews", "normative", unit_field=ISSUER)
def legality_reviews(period: Period):
    return NormativeDocument.objects.filter(period.contains("reviewed_on"))


@indicator("normative.filed", "normative", unit_field=ISSUER)
def filed(period: Period):
    return NormativeDocument.objects.filter(period.contains("published_on"), filed_on__isnull=False)


@indicator("normative.filed_on_time", "normative", unit_field=ISSUER)
def filed_on_time(period: Period):
    return NormativeDocument.objects.filter(period.contains("published_on"), filed_on__lte=F("filing_due"))


def _cleanup(result: str):
    def records(period: Period):
        return CleanupItem.objects.filter(period.contains("campaign__published_on"), result=result)
    return records


for _result in CleanupItem.Result.values:
    indicator(f"normative.cleanup.{_result}", "normative-cleanup-items", unit_field="campaign__unit")(_cleanup(_result))

rate("normative.review_rate", "normative.issued_reviewed", "normative.issued")
rate("normative.filing_rate", "normative.filed", "normative.issued")
rate("normative.filing_on_time_rate", "normative.filed_on_time", "normative.filed")


# -- what this area says about its keys (labels of its own keys, stocks, dashboard places) --
declare_area("normative", "行政规范性文件")
declare("normative.filed_on_time", "按期报备的规范性文件", "件", "count")
declare("normative.filing_on_time_rate", "规范性文件报备及时率", "%", "rate")
declare("normative.filing_rate", dashboard=("card",), order=80)
declare("normative.issued", dashboard=("card", "trend"), order=70)
declare("normative.issued_reviewed", "经合法性审核后审议的规范性文件", "件", "count")


@indicator("normative.cleanup.rounds", "normative-cleanups", unit_field="unit")
def cleanup_rounds(period: Period):
    """规范性文件集中清理: cleanup campaigns whose results were published in the period."""
    return CleanupCampaign.objects.filter(period.contains("published_on"))


@indicator("legality.other_documents_reviewed", "legality-reviews", unit_field="unit")
def other_documents_reviewed(period: Period):
    """合法性审查的政府其他文件、合同: review opinions given in the period."""
    return LegalityReview.objects.filter(period.contains("reviewed_on"))


declare_area("legality", "合法性审查")
