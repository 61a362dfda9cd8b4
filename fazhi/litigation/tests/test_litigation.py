"""行政应诉: defence period, head-of-agency appearance rules, outcomes and indicators."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from fazhi.core.indicators import Period, value
from fazhi.core.roles import Role
from fazhi.core.steps import system_user
from fazhi.litigation import actions, rules
from fazhi.litigation.models import LitigationCase

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


def new_case(tree, **kw):
    data = dict(unit=tree["dept"], court="示范县人民法院", case_number=f"（2025）示0101行初{kw.pop('n', 1)}号",
                plaintiff_type="person", plaintiff_name="张三", cause="不服行政处罚决定", served_on=D("2025-03-07"))
    data.update(kw)
    return actions.register_case(LitigationCase(**data), acting_user=system_user())


def test_defence_due_fifteen_days_moved_off_weekend(tree):
    # 行政诉讼法第六十七条: "收到起诉状副本之日起十五日内". 03-07 + 15 = 03-22 (Saturday) → 03-24.
    assert new_case(tree).defence_due == D("2025-03-24")
    assert rules.due("litigation.defence", D("2025-09-20")) == D("2025-10-09")  # 10-05 falls in the National Day holiday


def test_head_appearance_rules(tree):
    case = new_case(tree)
    with pytest.raises(ValidationError, match="第二条"):
        actions.record_sitting(case, held_on=D("2025-04-20"), head_appeared=True, head_name="李局长", acting_user=system_user())
    with pytest.raises(ValidationError, match="不能仅委托律师"):
        actions.record_sitting(case, held_on=D("2025-04-20"), lawyer="某律所", absence_reason="duty", acting_user=system_user())
    with pytest.raises(ValidationError, match="第八条"):
        actions.record_sitting(case, held_on=D("2025-04-20"), staff="法制股王五", acting_user=system_user())
    actions.record_sitting(case, held_on=D("2025-04-20"), staff="法制股王五", absence_reason="duty", acting_user=system_user())
    assert not case.head_appeared
    actions.record_sitting(case, held_on=D("2025-05-20"), head_appeared=True, head_name="李局长",
                           head_role="deputy_in_charge", staff="王五", acting_user=system_user())
    assert case.head_appeared  # one appearance in the instance suffices (第七条)


def test_notice_less_than_three_days_is_flagged(tree):
    assert rules.notice_late(D("2025-04-18"), D("2025-04-20"))
    assert not rules.notice_late(D("2025-04-17"), D("2025-04-20"))


def test_outcome_and_lost(tree):
    case = new_case(tree)
    actions.conclude(case, on=D("2025-06-01"), outcome="revoke", acting_user=system_user())
    assert case.lost
    with pytest.raises(ValidationError, match="新的审级"):
        actions.conclude(case, on=D("2025-06-02"), outcome="dismiss_claim", acting_user=system_user())
    assert not rules.is_lost("dismiss_claim") and not rules.is_lost("withdrawn")


def test_indicators_count_per_case_per_instance(tree):
    a = new_case(tree, n=1)
    actions.record_sitting(a, held_on=D("2025-04-20"), head_appeared=True, head_name="甲", head_role="principal", acting_user=system_user())
    actions.record_sitting(a, held_on=D("2025-05-20"), head_appeared=True, head_name="甲", head_role="principal", acting_user=system_user())
    b = new_case(tree, n=2)
    actions.record_sitting(b, held_on=D("2025-04-21"), staff="乙", absence_reason="duty", acting_user=system_user())
    actions.conclude(b, on=D("2025-07-01"), outcome="declare_unlawful", acting_user=system_user())
    new_case(tree, n=3, served_on=D("2024-12-30"))
    county, year = tree["county"], Period.year(2025)
    assert value("litigation.cases", county, year) == 2
    assert value("litigation.head_appearances", county, year) == 1
    assert str(value("litigation.head_appearance_rate", county, year)) == "50.0"
    assert value("litigation.lost", county, year) == 1


def test_pages_and_workbench(tree, users, login):
    today = dt.date.today()
    enforcer = users["enforcer"]  # enforcement staff of 县司法局 (tree["dept"])
    client = login(enforcer)
    r = client.post("/r/litigation/new/", {"unit": tree["dept"].pk, "court": "示范县人民法院", "case_number": "（2026）示0101行初1号",
                                           "instance": "first", "plaintiff_type": "person", "plaintiff_name": "张三",
                                           "cause": "不服处罚", "served_on": (today - dt.timedelta(days=13)).isoformat()})
    assert r.status_code == 302, r.content.decode()[:3000]
    case = LitigationCase.objects.get()
    page = client.get("/").content.decode()
    assert "被告提交答辩状和证据" in page and "第六十七条" in page
    client.post(f"/r/litigation/{case.pk}/act/defence/", {"on": today.isoformat()})
    assert "被告提交答辩状和证据" not in client.get("/").content.decode()
    client.post(f"/r/litigation/{case.pk}/act/schedule/", {"hearing_on": (today + dt.timedelta(days=2)).isoformat(),
                                                           "must_appear": "court_notice"})
    assert "负责人应当出庭" in client.get("/").content.decode()
    assert login(users["clerk_a"]).get(f"/r/litigation/{case.pk}/").status_code == 404


def test_role_gate(tree, users, login):
    from conftest import make_user

    officer = make_user("recon", tree["county"], Role.RECONSIDERATION_OFFICER)
    case = new_case(tree)
    assert login(officer).get(f"/r/litigation/{case.pk}/").status_code == 200
    assert login(users["supervisor"]).get(f"/r/litigation/{case.pk}/edit/").status_code == 404


def test_rule_of_law_office_sends_appearance_reminder(tree, users, login):
    case = new_case(tree)
    client = login(users["office"])
    assert "出庭应诉提示函" in client.get(f"/r/litigation/{case.pk}/").content.decode()
    assert client.post(f"/r/litigation/{case.pk}/act/reminder/", {"on": "2025-03-10", "to": "李局长"}).status_code == 302
    case.refresh_from_db()
    assert case.reminder_sent_on == D("2025-03-10") and case.reminder_to == "李局长"
    # the enforcement staff of the agency may record sittings but not send the office's letter
    assert login(users["enforcer"]).get(f"/r/litigation/{case.pk}/act/reminder/").status_code == 404


# -- after the judgment: 第八十五条 appeal periods, the decision to appeal, performance (第九十四条) -----------------
def test_appeal_fifteen_days_for_a_judgment_ten_for_a_ruling():

    # 第八十五条 "判决书送达之日起十五日内 … 裁定书送达之日起十日内": a ruling served 3 March 2025 → 13 March;
    # a judgment served 16 September 2025 → 1 October, in the National Day holiday → Thursday 9 October
    # (第一百零一条 → 民事诉讼法 on periods)
    assert rules.appeal_due("dismiss_suit", "first", D("2025-03-03")) == D("2025-03-13")
    assert rules.appeal_due("revoke", "first", D("2025-09-16")) == D("2025-10-09")
    assert rules.appeal_due("mediation", "first", D("2025-03-03")) is None  # a 调解书 is not appealed
    assert rules.appeal_due("revoke", "second", D("2025-03-03")) is None  # the second instance is final


def test_appeal_in_time_or_performance_of_the_effective_judgment(tree):
    case = new_case(tree)
    actions.conclude(case, on=D("2025-06-10"), outcome="revoke", judgment_served_on=D("2025-06-12"),
                     acting_user=system_user())
    assert case.appeal_due == D("2025-06-27") and case.lost
    with pytest.raises(ValidationError, match="已超过上诉期限.*第八十五条"):
        actions.decide_appeal(case, on=D("2025-06-30"), decision="appeal", acting_user=system_user())
    actions.decide_appeal(case, on=D("2025-06-20"), decision="accept", acting_user=system_user())
    with pytest.raises(ValidationError, match="履行情况"):
        actions.perform(case, on=D("2025-07-10"), performance=" ", acting_user=system_user())
    actions.perform(case, on=D("2025-07-10"), performance="撤销原处罚决定并退还罚款", acting_user=system_user())
    won = new_case(tree, case_number="（2025）示0101行初9号")
    actions.conclude(won, on=D("2025-06-10"), outcome="dismiss_claim", judgment_served_on=D("2025-06-12"),
                     acting_user=system_user())
    with pytest.raises(ValidationError, match="败诉且未上诉"):
        actions.perform(won, on=D("2025-07-10"), performance="无", acting_user=system_user())
    year = Period.year(2025)
    assert value("litigation.dismissed", tree["county"], year) == 1
    assert str(value("litigation.judgments_performed_rate", tree["county"], year)) == "100.0"
    open_case = new_case(tree, case_number="（2025）示0101行初10号")
    assert open_case.pk and value("litigation.pending", tree["county"], year) == 1
