"""Indicators of 政务公开 (one GROUP BY each)."""

from fazhi.core.indicators import Period, indicator

from .models import DisclosureRequest

SOURCE = "disclosure-requests"


@indicator("opengov.applications", SOURCE, unit_field="unit")
def applications(period: Period):
    return DisclosureRequest.objects.filter(period.contains("received_on"))
