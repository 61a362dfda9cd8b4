"""Writes with legal meaning in 学法述法: the result of a pre-appointment exam, and a year-end 述法."""

from django.core.exceptions import ValidationError

from fazhi.core import audit
from fazhi.core.gates import check_date

from . import rules
from .models import LawReport, LegalExam


def record_exam(user, exam: LegalExam) -> LegalExam:
    check_date(exam.held_on, "held_on", "考试日期")
    exam.full_clean()
    exam.passed = rules.exam_passed(exam.score)
    exam.save()
    audit.record_event(exam, "exam", "任前法律知识考试", {"score": exam.score, "passed": exam.passed}, rules.EXAM_BASIS)
    return exam


def record_law_report(user, report: LawReport) -> LawReport:
    """述法: one per unit and year, given at the year's end."""
    check_date(report.reported_on, "reported_on", "述法日期")
    if report.reported_on.year == report.year and report.reported_on.month < 11:
        raise ValidationError({"reported_on": f"年终述法应在{report.year}年11月以后进行（{rules.DUTY_BASIS}）。"})
    report.full_clean()
    new = report.pk is None
    report.save()
    if new:
        audit.record_event(report, "law_report", "述法", {"year": report.year, "reporter": report.reporter,
                                                        "form": report.form}, rules.DUTY_BASIS)
    return report
