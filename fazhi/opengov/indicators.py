"""Indicators of 政务公开 (one GROUP BY each)."""

from django.db.models import F

from fazhi.core.indicators import Period, declare, declare_area, indicator, rate, sum_by_unit

from .models import DisclosureRequest, ProactiveDisclosure, ProactiveItem

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


@indicator("opengov.proactive_items", "proactive-items", unit_field="unit")
def proactive_items(period: Period):
    """Tracked items published in the period (the 20-working-day rule applies: no other period set)."""
    return ProactiveItem.objects.filter(period.contains("published_on"), due__isnull=False)


@indicator("opengov.proactive_on_time", "proactive-items", unit_field="unit")
def proactive_on_time(period: Period):
    return proactive_items(period).filter(published_on__lte=F("due"))


rate("opengov.proactive_on_time_rate", "opengov.proactive_on_time", "opengov.proactive_items")


# -- what this area says about its keys (labels of its own keys, stocks, dashboard places) --
declare_area("opengov", "政务公开")
declare("opengov.replied", "答复的政府信息公开申请", "件", "count")
declare("opengov.replied_on_time", "按期答复的政府信息公开申请", "件", "count")
declare("opengov.reply_on_time_rate", "依申请公开按期答复率", "%", "rate")
declare("opengov.proactive_items", "纳入期限管理并已公开的主动公开事项", "条", "count")
declare("opengov.proactive_on_time", "20个工作日内主动公开的事项", "条", "count")
declare("opengov.proactive_on_time_rate", "主动公开及时率", "%", "rate")
