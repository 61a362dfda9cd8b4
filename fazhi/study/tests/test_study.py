"""学法述法: 述法 once per unit and year at the year's end, its coverage of townships and departments, exam pass mark,
session counts, duty lists, pages."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from conftest import assert_constant_queries
from fazhi.core.indicators import Period, value
from fazhi.core.steps import system_user
from fazhi.study import actions
from fazhi.study.models import CommitteeMeeting, DutyList, LawReport, LegalExam, StudySession

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


def report(unit, **kw):
    data = dict(unit=unit, year=2025, reporter="张书记", position="党委书记", form="meeting",
                reported_on=D("2026-01-15"))
    data.update(kw)
    return actions.record_law_report(LawReport(**data), acting_user=system_user())


def test_law_report_at_year_end_once_per_unit(tree):
    with pytest.raises(ValidationError, match="11月以后"):
        report(tree["town_a"], reported_on=D("2025-06-01"))
    with pytest.raises(ValidationError, match="年底或"):
        report(tree["town_a"], year=2023, reported_on=D("2025-01-15"))
    report(tree["town_a"])
    with pytest.raises(ValidationError, match="已有述法记录"):
        report(tree["town_a"], reporter="李镇长")


def test_coverage_counts_townships_and_departments(tree):
    report(tree["town_a"])
    report(tree["dept"], reported_on=D("2025-12-28"))
    year = Period.year(2025)
    # due: 城关镇, 东风镇, 县司法局 (villages and the county itself are not counted)
    assert value("study.units_due_law_report", tree["county"], year) == 3
    assert value("study.law_reports_units", tree["county"], year) == 2
    assert value("study.law_report_coverage", tree["county"], year) == Decimal("66.7")


def test_exam_pass_mark_is_a_setting(tree, settings):
    exam = actions.record_exam(LegalExam(unit=tree["dept"], held_on=D("2025-07-01"), candidate="王某",
                                               position="副局长", score=Decimal("59.5")), acting_user=system_user())
    assert not exam.passed
    settings.FAZHI = {**settings.FAZHI, "LEGAL_EXAM_PASS_MARK": 50}
    exam2 = actions.record_exam(LegalExam(unit=tree["dept"], held_on=D("2025-07-01"), candidate="李某",
                                                position="副局长", score=Decimal("59.5")), acting_user=system_user())
    assert exam2.passed


def test_sessions_meetings_and_duty_lists(tree):
    for kind in ("centre_group", "pre_meeting", "lecture"):
        StudySession.objects.create(unit=tree["county"], held_on=D("2025-03-01"), kind=kind, topic="学习民法典",
                                    attendance=20)
    CommitteeMeeting.objects.create(unit=tree["county"], held_on=D("2025-03-01"), kind="plenary", title="第五次会议",
                                    chaired_by="书记", topics="年度要点")
    year = Period.year(2025)
    assert value("study.group_sessions", tree["county"], year) == 2
    assert value("study.trainings", tree["county"], year) == 1
    assert value("leadership.rule_of_law_meetings", tree["county"], year) == 1
    with pytest.raises(ValidationError, match="领导干部人数"):
        StudySession(unit=tree["county"], held_on=D("2025-03-01"), kind="lecture", topic="x", attendance=3,
                     leaders_attending=5).full_clean()
    with pytest.raises(ValidationError, match="至少3项"):
        DutyList(unit=tree["town_a"], year=2025, person="张", position="书记", duties="一项\n两项",
                 issued_on=D("2025-02-01")).full_clean()


def test_pages(tree, users, login):
    r = report(tree["town_a"])
    clerk = login(users["clerk_a"])
    assert "张书记" in clerk.get(f"/r/law-reports/{r.pk}/").content.decode()
    assert login(users["clerk_b"]).get(f"/r/law-reports/{r.pk}/").status_code == 404
    bad = clerk.post("/r/law-reports/new/", {"unit": tree["town_a"].pk, "year": 2025, "reporter": "李",
                                            "position": "镇长", "form": "meeting", "reported_on": "2026-01-10"})
    assert bad.status_code == 200 and "已有述法记录" in bad.content.decode()
    exam = actions.record_exam(LegalExam(unit=tree["town_a"], held_on=D("2025-07-01"), candidate="王某",
                                               position="副镇长", score=Decimal("40")), acting_user=system_user())
    assert "补考合格" in clerk.get(f"/r/legal-exams/{exam.pk}/").content.decode()


def test_list_query_count_is_constant(tree, users, login):
    def add():
        for i in range(12):
            StudySession.objects.create(unit=tree["town_a"], held_on=D("2025-03-01"), kind="lecture",
                                        topic=f"讲座{i}", attendance=20)
    add()
    assert_constant_queries(login(users["supervisor"]), "/r/study-sessions/", add)
