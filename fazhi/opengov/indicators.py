"""Indicators of 政务公开 (one GROUP BY each)."""

from django.db.models import F

from fazhi.core.indicators import Period, declare, declare_area, indicator, rate, sum_by_unit

from .models import DisclosureRequest, ProactiveDisclosure

SOURCE = "disclosure-requests"


@indicator("opengov.applications", SOURCE, unit_field="unit")
def applications(period: Period):
    return DisclosureRequest.objects.filter(period.contains("received_on"))


@indicator("opengov.replied", SOURCE, unit_field="unit")
def replied(period: Period):
    """Requests answered in the period (a request deemed abandoned is not an answer)."""
    return DisclosureRequest.objects.filter(period.contains("replied_on")).exclude(outcome="abandoned")


@indicator("opengov.replied_on_time", SOURCE, unit_field="unit")
def replied_on_time(period: Period):
    return replied(period).filter(replied_on__lte=F("reply_due"))


rate("opengov.reply_on_time_rate", "opengov.replied_on_time", "opengov.replied")


def _published(period: Period):
    # a month's row counts in the period that contains its first day
    return ProactiveDisclosure.objects.filter(period.contains("month"))


@indicator("opengov.published", "proactive-disclosures", unit_field="unit", records=_published)
def published(period: Period):
    return sum_by_unit(_published(period), "unit", "count")


# -- what this area says about its keys (labels of its own keys, stocks, dashboard places) --
declare_area("opengov", "政务公开")
declare("opengov.replied", "答复的政府信息公开申请", "件", "count")
declare("opengov.replied_on_time", "按期答复的政府信息公开申请", "件", "count")
declare("opengov.reply_on_time_rate", "依申请公开按期答复率", "%", "rate")
