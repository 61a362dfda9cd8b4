"""Indicators of 学法述法与第一责任人 (one GROUP BY each over all units)."""

from fazhi.core.indicators import Period, declare, declare_area, indicator, rate, sum_by_unit
from fazhi.core.models import OrgUnit

from .models import CommitteeMeeting, LawReport, LegalExam, Oath, StudySession


@indicator("leadership.rule_of_law_meetings", "rol-meetings", unit_field="unit")
def meetings(period: Period):
    return CommitteeMeeting.objects.filter(period.contains("held_on"))


@indicator("study.group_sessions", "study-sessions", unit_field="unit")
def group_sessions(period: Period):
    return StudySession.objects.filter(period.contains("held_on"), kind__in=StudySession.GROUP_KINDS)


@indicator("study.trainings", "study-sessions", unit_field="unit")
def trainings(period: Period):
    kinds = [StudySession.Kind.LECTURE, StudySession.Kind.TRAINING]
    return StudySession.objects.filter(period.contains("held_on"), kind__in=kinds)


@indicator("study.law_reports_units", "law-reports", unit_field="unit")
def law_reports(period: Period):
    """Units whose head reported (述法) for a year within the period (one report per unit and year)."""
    return LawReport.objects.filter(year__gte=period.start.year, year__lte=period.end.year)


@indicator("study.units_due_law_report", "orgunits", unit_field="pk")
def units_due(period: Period):
    """Townships and departments, whose heads are to report (述法) each year."""
    return OrgUnit.objects.filter(is_active=True, kind__in=[OrgUnit.Kind.TOWNSHIP, OrgUnit.Kind.DEPARTMENT])


rate("study.law_report_coverage", "study.law_reports_units", "study.units_due_law_report")


@indicator("study.pre_appointment_exams", "legal-exams", unit_field="unit")
def exams(period: Period):
    return LegalExam.objects.filter(period.contains("held_on"))


def _oaths(period: Period):
    return Oath.objects.filter(period.contains("held_on"))


@indicator("study.oath_takers", "oaths", unit_field="unit", records=_oaths)
def oath_takers(period: Period):
    return sum_by_unit(_oaths(period), "unit", "sworn")


# -- what this area says about its keys (labels of its own keys, stocks, dashboard places) --
declare_area("leadership", "党政主要负责人履职")
declare_area("study", "学法述法")
declare("study.law_report_coverage", "年终述法覆盖率", "%", "rate", dashboard=("card",), order=150)
declare("study.oath_takers", "宪法宣誓", "人次", "count")
declare("study.pre_appointment_exams", "任前法律知识考试", "人次", "count")
declare("study.units_due_law_report", "应述法的乡镇和部门", "个", "count", stock=True)
