"""Oversight: 人大代表建议 answered within three months of 交办 (six when complex, 代表法第五十一条第二款), 政协提案 by
the local period, 诉前检察建议 within two months (fifteen days when urgent), the steps' gates, indicators, pages."""

import datetime as dt
import io

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from openpyxl import Workbook

from fazhi.core.indicators import Period, value
from fazhi.core.steps import system_user
from fazhi.oversight import actions, rules
from fazhi.oversight.models import Recommendation, Suggestion

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


def suggestion(unit, **kw):
    data = dict(unit=unit, kind="npc", session="县第十八届人民代表大会第四次会议", number="12", proposer="张代表",
                title="关于加快老旧小区改造的建议", assigned_on=D("2025-03-20"))
    data.update(kw)
    return actions.assign(Suggestion(**data), acting_user=system_user())


def recommendation(unit, **kw):
    data = dict(unit=unit, kind="public_interest", issuer="示范县人民检察院", number="示检行公建〔2025〕1号",
                received_on=D("2025-04-10"), subject="督促查处非法占用耕地")
    data.update(kw)
    return actions.receive(Recommendation(**data), acting_user=system_user())


# -- the periods, from the wording ----------------------------------------------------------------------------
def test_npc_suggestion_three_months_from_assignment_six_when_complex():
    # 代表法第五十一条第二款 "自交办之日起三个月内答复 … 涉及面广、处理难度大的 … 六个月内答复": 交办 20 March 2025
    assert rules.due("oversight.npc_reply", D("2025-03-20")) == D("2025-06-20")
    assert rules.due("oversight.npc_reply", D("2025-03-20"), extended=True) == D("2025-09-20")
    # a month without the day: 交办 30 November → 28 February (no 30 February)
    assert rules.due("oversight.npc_reply", D("2025-11-30")) == D("2026-02-28")


def test_cppcc_period_is_the_local_rule():
    assert rules.due("oversight.cppcc_reply", D("2025-03-20")) == D("2025-06-20")  # the default: three months
    with override_settings(FAZHI={"CPPCC_REPLY_PERIOD": {"count": 5, "unit": "months"}}):
        # e.g. 四川: proposals of the plenary session within five months
        assert rules.due("oversight.cppcc_reply", D("2025-03-20")) == D("2025-08-20")


def test_public_interest_recommendation_two_months_or_fifteen_days():
    # 公益诉讼解释第二十一条 "收到检察建议书之日起两个月内 … 紧急情形的 … 十五日内书面回复"
    assert rules.due("oversight.public_interest_reply", D("2025-04-10")) == D("2025-06-10")
    assert rules.due("oversight.public_interest_urgent", D("2025-04-10")) == D("2025-04-25")


# -- steps --------------------------------------------------------------------------------------------------------
def test_a_suggestion_met_answered_and_answered_again_when_not_satisfied(tree):
    s = suggestion(tree["dept"])
    assert s.reply_due == D("2025-06-20")
    with pytest.raises(ValidationError, match="书面答复后"):
        actions.feedback(s, satisfaction="satisfied", acting_user=system_user())
    actions.meet(s, on=D("2025-04-15"), acting_user=system_user())
    actions.reply(s, on=D("2025-05-30"), result="b", acting_user=system_user())
    actions.feedback(s, satisfaction="dissatisfied", acting_user=system_user())
    assert s.redo_due == D("2025-08-30")
    actions.redo(s, on=D("2025-08-01"), acting_user=system_user())
    complex_ = suggestion(tree["dept"], number="13", complex=True)
    assert complex_.reply_due == D("2025-09-20")


def test_a_recommendation_needs_its_stated_date_unless_public_interest(tree):
    r = recommendation(tree["dept"])
    assert r.reply_due == D("2025-06-10")
    urgent = recommendation(tree["dept"], number="示检行公建〔2025〕2号", urgent=True)
    assert urgent.reply_due == D("2025-04-25")
    with pytest.raises(ValidationError, match="载明的回复期限"):
        recommendation(tree["dept"], kind="judicial", issuer="示范县人民法院", number="司建1号")
    with pytest.raises(ValidationError, match="只适用于行政公益诉讼"):
        recommendation(tree["dept"], kind="judicial", issuer="示范县人民法院", number="司建1号", urgent=True,
                       stated_due=D("2025-06-01"))
    with pytest.raises(ValidationError, match="整改纠正的情况"):
        actions.respond(r, on=D("2025-05-20"), corrected=" ", acting_user=system_user())
    actions.respond(r, on=D("2025-05-20"), adopted=True, corrected="已立案查处并拆除违法建筑", acting_user=system_user())
    assert r.replied_on == D("2025-05-20") and r.adopted


def test_indicators(tree):
    a = suggestion(tree["dept"])
    actions.meet(a, on=D("2025-04-15"), acting_user=system_user())
    actions.reply(a, on=D("2025-05-30"), result="a", acting_user=system_user())
    actions.feedback(a, satisfaction="satisfied", acting_user=system_user())
    b = suggestion(tree["dept"], kind="cppcc", session="政协第十一届第四次会议", number="3")
    actions.reply(b, on=D("2025-07-01"), result="b", acting_user=system_user())  # late, not met
    actions.feedback(b, satisfaction="dissatisfied", acting_user=system_user())
    r = recommendation(tree["dept"])
    actions.respond(r, on=D("2025-06-30"), corrected="已整改", acting_user=system_user())  # late
    county, year = tree["county"], Period.year(2025)
    assert value("oversight.npc_suggestions", county, year) == 1
    assert value("oversight.cppcc_proposals", county, year) == 1
    assert str(value("oversight.reply_in_person_rate", county, year)) == "50.0"
    assert str(value("oversight.resolved_rate", county, year)) == "50.0"
    assert str(value("oversight.satisfaction_rate", county, year)) == "50.0"
    assert value("oversight.procuratorial_suggestions", county, year) == 1
    assert str(value("oversight.procuratorial_replied_on_time_rate", county, year)) == "0.0"


def test_detail_shows_the_article_and_other_units_cannot_see_it(tree, users, login):
    s = suggestion(tree["dept"])
    page = login(users["office"]).get(f"/r/suggestions/{s.pk}/").content.decode()
    assert "第五十一条第二款" in page and ("2025-06-20" in page or "2025年6月20日" in page)
    assert login(users["clerk_a"]).get(f"/r/suggestions/{s.pk}/").status_code == 404


def test_ledger_import_with_the_offices_column_names(tree, users, login):
    wb = Workbook()
    ws = wb.active
    ws.append(["承办单位", "类别", "会议", "建议号", "领衔代表", "案由", "交办时间", "面商日期", "答复日期", "办理结果"])
    ws.append(["县司法局", "人大代表建议", "县第十八届人民代表大会第四次会议", "7", "李代表", "关于加强普法的建议",
               "2025-03-20", "2025-04-10", "2025-05-20", "A 已经解决或基本解决"])
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "建议提案办理台账.xlsx"
    login(users["office"]).post("/r/suggestions/import/", {"file": buf}, follow=True)
    s = Suggestion.objects.get()
    assert (s.reply_due, s.met_on, s.replied_on, s.result) == (D("2025-06-20"), D("2025-04-10"), D("2025-05-20"), "a")
