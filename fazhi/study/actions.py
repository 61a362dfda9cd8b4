"""Writes with legal meaning in 学法述法: the result of a pre-appointment exam, and a year-end 述法."""

from django.core.exceptions import ValidationError

from fazhi.core import steps
from fazhi.core.gates import check_date

from . import rules
from .events import Event
from .models import LawReport, LegalExam


@steps.step(Event.EXAM, on=LegalExam, basis=rules.EXAM_BASIS)
def record_exam(exam: LegalExam, *, acting_user) -> LegalExam:
    check_date(exam.held_on, "held_on", "考试日期")
    exam.full_clean()
    exam.passed = rules.exam_passed(exam.score)
    exam.save()
    steps.record({"score": exam.score, "passed": exam.passed})
    return exam


@steps.step(Event.LAW_REPORT, on=LawReport, basis=rules.DUTY_BASIS)
def record_law_report(report: LawReport, *, acting_user) -> LawReport:
    """述法: one per unit and year, given at the year's end."""
    check_date(report.reported_on, "reported_on", "述法日期")
    if report.reported_on.year == report.year and report.reported_on.month < 11:
        raise ValidationError({"reported_on": f"年终述法应在{report.year}年11月以后进行（{rules.DUTY_BASIS}）。"})
    report.full_clean()
    new = report.pk is None
    report.save()
    if new:
        steps.record({"year": report.year, "reporter": report.reporter,
                                                        "form": report.form})
    else:
        steps.no_event()  # a correction of the registration: the change log has it
    return report
