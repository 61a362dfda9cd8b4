"""Register declarations for 学法述法与第一责任人."""

from fazhi.core.registers import Register, register

from . import actions, rules
from .models import CommitteeMeeting, DutyList, LawReport, LegalExam, Oath, StudySession

AREA = "学法述法"


@register
class StudySessionRegister(Register):
    model = StudySession
    slug = "study-sessions"
    area = AREA
    fields = ["unit", "held_on", "kind", "topic", "laws", "lecturer", "attendance", "leaders_attending"]
    list_columns = ["held_on", "unit", "kind", "topic", "lecturer", "attendance"]
    filters = ["kind", "unit"]
    search_fields = ["topic", "laws", "lecturer"]
    ordering = ["-held_on", "-pk"]
    import_aliases = {"日期": "held_on", "学法日期": "held_on", "主题": "topic", "授课人": "lecturer",
                      "参学人数": "attendance", "学法形式": "kind"}


@register
class LegalExamRegister(Register):
    model = LegalExam
    slug = "legal-exams"
    area = AREA
    fields = ["unit", "held_on", "candidate", "position", "score"]
    detail_fields = fields + ["passed"]
    list_columns = ["held_on", "candidate", "position", "unit", "score", "passed"]
    filters = ["passed", "unit"]
    search_fields = ["candidate", "position"]
    ordering = ["-held_on", "-pk"]

    def write(self, user, form):
        return actions.record_exam(form.save(commit=False), acting_user=user)

    def warnings(self, obj) -> list[str]:
        if not obj.passed:
            return [f"考试成绩未达到合格分数线，应当补考合格后再任职（{rules.EXAM_BASIS}）。"]
        return []


@register
class OathRegister(Register):
    model = Oath
    slug = "oaths"
    area = AREA
    fields = ["unit", "held_on", "occasion", "sworn", "administered_by"]
    list_columns = ["held_on", "unit", "occasion", "sworn"]
    filters = ["unit"]
    search_fields = ["occasion"]
    ordering = ["-held_on", "-pk"]


@register
class LawReportRegister(Register):
    model = LawReport
    slug = "law-reports"
    area = AREA
    fields = ["unit", "year", "reporter", "position", "form", "reported_on", "rating"]
    list_columns = ["year", "unit", "reporter", "position", "form", "reported_on", "rating"]
    filters = ["form", "rating", "unit"]
    search_fields = ["reporter", "unit__name"]
    ordering = ["-year", "unit__path"]
    import_aliases = {"单位": "unit", "述法人姓名": "reporter", "评议等次": "rating"}

    def write(self, user, form):
        return actions.record_law_report(form.save(commit=False), acting_user=user)


@register
class CommitteeMeetingRegister(Register):
    model = CommitteeMeeting
    slug = "rol-meetings"
    area = AREA
    fields = ["unit", "held_on", "kind", "title", "chaired_by", "topics"]
    list_columns = ["held_on", "unit", "kind", "title", "chaired_by"]
    filters = ["kind", "unit"]
    search_fields = ["title", "topics"]
    ordering = ["-held_on", "-pk"]


@register
class DutyListRegister(Register):
    model = DutyList
    slug = "duty-lists"
    area = AREA
    fields = ["unit", "year", "person", "position", "duties", "issued_on"]
    list_columns = ["year", "unit", "person", "position", "issued_on"]
    filters = ["unit"]
    search_fields = ["person", "unit__name", "duties"]
    ordering = ["-year", "unit__path"]
