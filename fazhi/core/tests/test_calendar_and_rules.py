"""Deadline rules, each with a worked example taken from the statute's wording (DESIGN §4).

Calendar facts used (国务院办公厅 notices, as in chinesecalendar 1.11.0):
- 2024 National Day: 10月1日至7日放假; 9月29日（星期日）、10月12日（星期六）上班.
- 2025 National Day and Mid-Autumn: 10月1日至8日放假; 9月28日（星期日）、10月11日（星期六）上班.
"""

import datetime as dt

import pytest

from fazhi.core import deadlines, rules
from fazhi.core.models import CalendarDay

D = dt.date.fromisoformat
REQUIRED_KEYS = [
    "reconsideration.apply", "reconsideration.examine", "reconsideration.send_copy", "reconsideration.reply",
    "reconsideration.decision", "reconsideration.decision_simplified", "penalty.decision",
    "enforcement.publicity_penalty", "enforcement.publicity_other", "decision.comment_period",
    "decision.legality_review", "normative.legality_review", "normative.filing", "opengov.reply",
    "litigation.defence", "legal_aid.decide", "legal_aid.assign", "legal_aid.assign_notified", "legal_aid.objection",
    "mediation.conclude", "mediation.judicial_confirmation", "opengov.correction_notice",
]


def due(key, start, **kw):
    return deadlines.compute(rules.get(key), D(start), **kw)


def test_every_required_rule_exists_and_cites_an_article():
    for key in REQUIRED_KEYS:
        rule = rules.get(key)
        assert rule.basis and ("第" in rule.basis or "号" in rule.basis), key
        assert rule.quote, key


@pytest.mark.django_db
class TestWorkedExamples:
    def test_examine_counts_adjusted_working_sunday_and_skips_national_day(self):
        # 行政复议法第30条、第88条: "收到行政复议申请后，应当在五日内进行审查", 五日 = 工作日.
        # Received Friday 2024-09-27: 9-29 (调休 Sunday) is day 1, 9-30 day 2, 10-1..7 holiday, 10-8, 9, 10.
        r = due("reconsideration.examine", "2024-09-27")
        assert r.due == D("2024-10-10")
        assert (D("2024-09-29"), "国庆节调休上班") in r.adjusted_workdays
        assert any(d == D("2024-10-01") for d, _ in r.holidays_skipped)

    def test_decision_period_ending_in_national_day_moves_to_first_working_day(self):
        # 第62条: "自受理申请之日起六十日内作出行政复议决定". Accepted 2025-08-02: day 60 is 2025-10-01,
        # inside the 10月1日至8日 holiday, so under 民事诉讼法第85条 the period ends on 2025-10-09.
        r = due("reconsideration.decision", "2025-08-02")
        assert r.rolled_from == D("2025-10-01")
        assert r.due == D("2025-10-09")

    def test_decision_extension_of_thirty_days(self):
        # 第62条: "延长期限最多不得超过三十日": 60 + 30 days from 2025-03-03 → 2025-06-01 (Sunday) → 06-03?
        r = due("reconsideration.decision", "2025-03-03", extended=True)
        assert D("2025-03-03") + dt.timedelta(days=90) == D("2025-06-01")
        assert r.rolled_from == D("2025-06-01") and r.due == D("2025-06-03")  # 6-2 is 端午 holiday (Monday)

    def test_simplified_decision_thirty_days(self):
        # 第62条第2款: "自受理申请之日起三十日内". 2025-04-01 + 30 = 2025-05-01 (劳动节, 5月1日至5日放假).
        r = due("reconsideration.decision_simplified", "2025-04-01")
        assert r.due == D("2025-05-06")

    def test_send_copy_and_reply_are_working_days(self):
        # 第48条: 受理之日起七日内发送; 收到副本之日起十日内答复 (第88条: 工作日).
        assert due("reconsideration.send_copy", "2025-09-26").due == D("2025-10-13")  # 9-28 Sun and 10-11 Sat count
        assert due("reconsideration.reply", "2025-01-02").due == D("2025-01-16")

    def test_application_period_sixty_days(self):
        # 第20条: "自知道或者应当知道该行政行为之日起六十日内". Knew 2025-01-06 → 2025-03-07 (Friday).
        assert due("reconsideration.apply", "2025-01-06").due == D("2025-03-07")

    def test_penalty_ninety_days_not_moved(self):
        # 行政处罚法第60条: "自行政处罚案件立案之日起九十日内". 2025-07-03 + 90 = 2025-10-01, not moved.
        r = due("penalty.decision", "2025-07-03")
        assert r.due == D("2025-10-01") and r.rolled_from is None

    def test_publicity_seven_and_twenty_working_days(self):
        # 118号: 许可、处罚决定 "作出之日起7个工作日内"; 其他 "20个工作日内".
        # 2025-04-30 decision; 5-1..5-5 劳动节: 5-6, 7, 8, 9, 12, 13, 14.
        assert due("enforcement.publicity_penalty", "2025-04-30").due == D("2025-05-14")
        # 2025-01-20; 春节 1-28..2-4 off, 1-26 (Sun) and 2-8 (Sat) worked: 1-21..24, 1-26, 1-27 (6),
        # 2-5..2-8 (10), 2-10..14 (15), 2-17..21 (20).
        assert due("enforcement.publicity_other", "2025-01-20").due == D("2025-02-21")

    def test_comment_period_is_a_minimum(self):
        # 重大行政决策程序暂行条例第15条: "公开征求意见的期限一般不少于30日".
        r = due("decision.comment_period", "2025-05-06")
        assert r.kind == deadlines.Kind.MINIMUM and r.due == D("2025-06-05")

    def test_legality_review_minimum_seven_working_days(self):
        # 同条例第26条第2款: "一般不少于7个工作日".
        # 10-1..10-8 off; 10-9, 10-10, 10-11 (Sat, worked), 10-13..16.
        assert due("decision.legality_review", "2025-09-30").due == D("2025-10-16")

    def test_normative_review_fifteen_working_days(self):
        # 115号: "最长不超过15个工作日".
        assert due("normative.legality_review", "2025-06-03").due == D("2025-06-24")

    def test_normative_filing_configurable(self, settings):
        settings.FAZHI = {**settings.FAZHI, "NORMATIVE_FILING": {"count": 15, "unit": "days"}}
        assert due("normative.filing", "2025-03-03").due == D("2025-03-18")

    def test_opengov_reply_with_extension(self):
        # 政府信息公开条例第33条: 20个工作日, 延长不超过20个工作日.
        assert due("opengov.reply", "2025-03-03").due == D("2025-03-31")
        # +20 from 3-31: 4-4..4-6 清明 off, 4-27 (Sun) worked → 4-28.
        assert due("opengov.reply", "2025-03-03", extended=True).due == D("2025-04-28")

    def test_litigation_defence_fifteen_days_moved_off_weekend(self):
        # 行政诉讼法第67条: "收到起诉状副本之日起十五日内". 2025-03-07 + 15 = 2025-03-22 (Saturday) → 03-24.
        r = due("litigation.defence", "2025-03-07")
        assert r.due == D("2025-03-24") and r.rolled_from == D("2025-03-22")

    def test_legal_aid_seven_days(self):
        # 法律援助法第43条: "自收到法律援助申请之日起七日内进行审查".
        assert due("legal_aid.decide", "2025-06-25").due == D("2025-07-02")

    def test_suspension_moves_the_due_date(self):
        base = due("reconsideration.decision", "2025-03-03")
        paused = deadlines.compute(rules.get("reconsideration.decision"), D("2025-03-03"), paused_days=10)
        assert base.due == D("2025-05-06")  # 5-2 is in 劳动节 holiday (5-1..5-5)
        assert paused.due == D("2025-05-12")  # 5-12 Monday

    def test_a_year_without_a_notice_counts_with_the_statutory_holidays_marked_provisional(self):
        # 2027 has no State Council notice yet: 元旦 (1 January, a Friday) is a day off by the 办法 itself
        r = due("opengov.reply", "2026-12-20")
        assert r.due == D("2027-01-18") and r.provisional
        assert "暂定" in r.warnings[0] and "全国年节及纪念日放假办法" in r.warnings[0]

    def test_beyond_the_seeded_years_falls_back_to_weekends_with_a_warning(self):
        r = due("opengov.reply", "2039-12-20")
        assert r.warnings and "尚未录入" in r.warnings[0] and not r.provisional

    def test_admin_entered_holiday_changes_the_count(self):
        # 春节 2027 by the 办法: 除夕 5 February to 初三 8 February, the Saturday and Sunday among them made up on
        # 9 and 10 February (第二条、第六条) — so five working days from Friday 29 January end on 11 February
        assert due("reconsideration.examine", "2027-01-29").due == D("2027-02-11")
        CalendarDay.objects.create(date=D("2027-02-01"), is_workday=False, name="测试假日", source="测试")  # the save invalidates the cache
        assert due("reconsideration.examine", "2027-01-29").due == D("2027-02-12")


def test_add_months_clamps_to_month_end():
    assert deadlines.add_months(D("2025-01-31"), 1) == D("2025-02-28")
    assert deadlines.add_months(D("2024-08-31"), 6) == D("2025-02-28")


@pytest.mark.django_db
def test_status_values():
    today = D("2025-06-10")
    assert deadlines.status(D("2025-06-09"), None, today) == "overdue"
    assert deadlines.status(D("2025-06-12"), None, today) == "due_soon"
    assert deadlines.status(D("2025-08-12"), None, today) == "ok"
    assert deadlines.status(D("2025-06-12"), D("2025-06-11"), today) == "met"
    assert deadlines.status(D("2025-06-12"), D("2025-06-13"), today) == "met_late"
