"""Indicators of 信访 (one GROUP BY each over all units; see fazhi.core.indicators)."""

from django.db.models import F

from fazhi.core.indicators import Period, declare, declare_area, indicator, rate

from .models import Petition

SOURCE = "petitions"


@indicator("petitions.cases", SOURCE, unit_field="unit")
def cases(period: Period):
    """信访事项 accepted in the period (受理信访事项)."""
    return Petition.objects.filter(period.contains("accepted_on"))


@indicator("petitions.concluded", SOURCE, unit_field="unit")
def concluded(period: Period):
    """Concluded in the period with a 60-day period to meet (第三十一条第六项)."""
    return Petition.objects.filter(period.contains("concluded_on"), conclude_due__isnull=False)


@indicator("petitions.concluded_on_time", SOURCE, unit_field="unit")
def concluded_on_time(period: Period):
    return Petition.objects.filter(period.contains("concluded_on"), concluded_on__lte=F("conclude_due"))


@indicator("petitions.referred_to_mediation", SOURCE, unit_field="unit")
def referred(period: Period):
    """访调对接: matters received in the period that went to 人民调解."""
    return Petition.objects.filter(period.contains("received_on"), dispute__isnull=False)


@indicator("petitions.reviews", SOURCE, unit_field="unit")
def reviews(period: Period):
    """复查 requested in the period: the petitioner did not accept the opinion."""
    return Petition.objects.filter(period.contains("review_requested_on"))


rate("petitions.on_time_rate", "petitions.concluded_on_time", "petitions.concluded")

declare_area("petitions", "信访工作")
declare("petitions.cases", dashboard=("card", "trend"), order=130)
declare("petitions.concluded", "办结的信访事项（适用60日期限）", "件", "count")
declare("petitions.concluded_on_time", "按期办结的信访事项", "件", "count")
declare("petitions.referred_to_mediation", "导入人民调解的信访事项", "件", "count")
declare("petitions.reviews", "信访人请求复查", "件", "count")
declare("petitions.on_time_rate", dashboard=("card",), order=131)
