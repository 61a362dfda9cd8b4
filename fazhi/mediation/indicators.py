"""Indicators of 人民调解 (one GROUP BY each over all units)."""

from decimal import Decimal

from django.db.models import F, Sum, Value
from django.db.models.functions import Coalesce

from fazhi.core.indicators import Period, declare, declare_area, existing_on, group_by_unit, indicator, rate

from .models import Committee, Dispute, Mediator, Screening

UNIT = "committee__unit"


@indicator("mediation.committees", "mediation-committees", unit_field="unit")
def committees(period: Period):
    return Committee.objects.filter(existing_on("established_on", "dissolved_on", period.end))


@indicator("mediation.mediators", "mediators", unit_field=UNIT)
def mediators(period: Period):
    return Mediator.objects.filter(existing_on("appointed_on", "left_on", period.end))


@indicator("mediation.disputes", "disputes", unit_field=UNIT)
def disputes(period: Period):
    """Disputes mediated to a conclusion in the period (调解矛盾纠纷)."""
    return Dispute.objects.filter(period.contains("concluded_on"))


@indicator("mediation.successful", "disputes", unit_field=UNIT)
def successful(period: Period):
    return Dispute.objects.filter(period.contains("concluded_on"), result=Dispute.Result.AGREEMENT)


@indicator("mediation.concluded_within_month", "disputes", unit_field=UNIT)
def within_month(period: Period):
    return Dispute.objects.filter(period.contains("concluded_on"), concluded_on__lte=F("conclude_due"))


@indicator("mediation.pre_litigation", "disputes", unit_field=UNIT)
def pre_litigation(period: Period):
    """Pre-litigation mediation referred by the courts, received in the period."""
    return Dispute.objects.filter(period.contains("received_on"), source=Dispute.Source.COURT)


@indicator("mediation.judicial_confirmations", "disputes", unit_field=UNIT)
def judicial_confirmations(period: Period):
    return Dispute.objects.filter(period.contains("confirmation_applied_on"))


@indicator("mediation.agreement_amount", "disputes", unit_field=UNIT,
           records=lambda period: Dispute.objects.filter(period.contains("concluded_on"), agreement_amount__gt=0))
def agreement_amount(period: Period):
    """调解协议涉及金额: the amounts of the agreements reached in the period."""
    return group_by_unit(Dispute.objects.filter(period.contains("concluded_on"), result=Dispute.Result.AGREEMENT),
                         UNIT, Coalesce(Sum("agreement_amount"), Value(Decimal("0"))))


@indicator("mediation.screenings", "dispute-screenings", unit_field="unit")
def screenings(period: Period):
    """矛盾纠纷排查: rounds held in the period."""
    return Screening.objects.filter(period.contains("held_on"))


rate("mediation.success_rate", "mediation.successful", "mediation.disputes")
rate("mediation.within_month_rate", "mediation.concluded_within_month", "mediation.disputes")


# -- what this area says about its keys (labels of its own keys, stocks, dashboard places) --
declare_area("mediation", "人民调解")
declare("mediation.committees", stock=True)
declare("mediation.concluded_within_month", "一个月内调结的矛盾纠纷", "件", "count")
declare("mediation.disputes", dashboard=("card", "trend", "breakdown"), order=110)
declare("mediation.judicial_confirmations", "申请司法确认的调解协议", "件", "count")
declare("mediation.mediators", stock=True)
declare("mediation.success_rate", dashboard=("card",), order=120)
declare("mediation.successful", "调解成功的矛盾纠纷", "件", "count")
declare("mediation.within_month_rate", "人民调解一个月内调结率", "%", "rate")
