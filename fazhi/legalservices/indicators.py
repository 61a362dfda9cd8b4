"""Indicators of 公共法律服务 (one GROUP BY each over all units)."""

from django.db.models import F

from fazhi.core.indicators import Period, existing_on, indicator, rate, sum_by_unit

from .models import Consultation, LegalAidCase, Notarization, Station

AID = "legal-aid"


@indicator("legal_aid.cases", AID, unit_field="unit")
def cases(period: Period):
    """Cases taken on (aid granted, or notified) among those received in the period."""
    return LegalAidCase.objects.filter(period.contains("received_on"), decision=LegalAidCase.Decision.GRANT)


@indicator("legal_aid.concluded", AID, unit_field="unit")
def concluded(period: Period):
    return LegalAidCase.objects.filter(period.contains("closed_on"))


@indicator("legal_aid.applications_decided", AID, unit_field="unit")
def decided(period: Period):
    return LegalAidCase.objects.filter(period.contains("decided_on"), origin=LegalAidCase.Origin.APPLICATION)


@indicator("legal_aid.decided_on_time", AID, unit_field="unit")
def decided_on_time(period: Period):
    return LegalAidCase.objects.filter(period.contains("decided_on"), origin=LegalAidCase.Origin.APPLICATION,
                                       decided_on__lte=F("decide_due"))


@indicator("legal_aid.criminal_defence", AID, unit_field="unit")
def criminal_defence(period: Period):
    """Criminal cases in which a defence lawyer was assigned (刑事案件律师辩护全覆盖)."""
    return LegalAidCase.objects.filter(period.contains("assigned_on"), category=LegalAidCase.Category.CRIMINAL,
                                       matter=LegalAidCase.Matter.DEFENCE)


rate("legal_aid.decision_on_time_rate", "legal_aid.decided_on_time", "legal_aid.applications_decided")


@indicator("notary.cases", "notarizations", unit_field="unit")
def notarizations(period: Period):
    return Notarization.objects.filter(period.contains("issued_on"))


@indicator("notary.foreign", "notarizations", unit_field="unit")
def foreign(period: Period):
    return Notarization.objects.filter(period.contains("issued_on"), scope=Notarization.Scope.FOREIGN)


def _consultations(period: Period):
    return Consultation.objects.filter(period.contains("on"))


@indicator("legal_services.consultations", "consultations", unit_field="unit", records=_consultations)
def consultations(period: Period):
    """People served (人次): the sum over consultation rows."""
    return sum_by_unit(_consultations(period), "unit", "people")


@indicator("legal_services.stations", "legal-stations", unit_field="unit")
def stations(period: Period):
    return Station.objects.filter(existing_on("opened_on", "closed_on", period.end))
