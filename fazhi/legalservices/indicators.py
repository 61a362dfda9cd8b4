"""Indicators of 公共法律服务 (one GROUP BY each over all units)."""

from django.db.models import F

from fazhi.core.indicators import Period, declare, declare_area, existing_on, indicator, rate, sum_by_unit

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


@indicator("legal_services.documents_drafted", "consultations", unit_field="unit", records=_consultations)
def documents_drafted(period: Period):
    """代写法律文书 for the people served in the period."""
    return sum_by_unit(_consultations(period), "unit", "documents_drafted")


def _closed_with_recovery(period: Period):
    return LegalAidCase.objects.filter(period.contains("closed_on"), amount_recovered__gt=0)


@indicator("legal_services.amount_recovered", "legal-aid", unit_field="unit", records=_closed_with_recovery)
def amount_recovered(period: Period):
    """为群众挽回经济损失: what the legal-aid cases closed in the period recovered for the aided."""
    return sum_by_unit(_closed_with_recovery(period), "unit", "amount_recovered")


@indicator("legal_services.stations", "legal-stations", unit_field="unit")
def stations(period: Period):
    return Station.objects.filter(existing_on("opened_on", "closed_on", period.end))


# -- what this area says about its keys (labels of its own keys, stocks, dashboard places) --
declare_area("legal_aid", "法律援助")
declare_area("notary", "公证")
declare_area("legal_services", "公共法律服务")
declare("legal_aid.applications_decided", "作出审查决定的法律援助申请", "件", "count")
declare("legal_aid.cases", dashboard=("card",), order=130)
declare("legal_aid.criminal_defence", "指派律师辩护的刑事案件", "件", "count")
declare("legal_aid.decided_on_time", "7日内作出审查决定的法律援助申请", "件", "count")
declare("legal_aid.decision_on_time_rate", "法律援助审查及时率", "%", "rate")
declare("legal_services.consultations", dashboard=("breakdown",), order=135)
declare("legal_services.stations", stock=True)
declare("notary.foreign", "办理涉外公证", "件", "count")
