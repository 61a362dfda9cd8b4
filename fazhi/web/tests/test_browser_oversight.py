"""Issue 20's oversight and follow-up areas in the browser: a deputy's suggestion answered, a lost lawsuit taken
through the appeal period to performance, a 行政复议意见书 answered within sixty days, a heard penalty case, a
disclosure that waited for a third party — each deadline shown with its legal basis."""

import datetime as dt

import pytest

from fazhi.core.deadlines import add_months

from .conftest import OUTPUT, fill, needs_chromium, open_step, record, step

pytestmark = [pytest.mark.browser, needs_chromium]
TODAY = dt.date.today()
DEPT = "\u3000\u3000县司法局"  # the option's label, indented under its county


def ago(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


def shown(page, day: dt.date) -> bool:
    body = page.inner_text("body")
    return day.isoformat() in body or f"{day:%Y年%-m月%-d日}" in body


def test_a_deputys_suggestion_is_met_answered_and_redone_when_the_deputy_is_not_satisfied(
        page, live_server, tree, users, seeded_calendar, sign_in):
    """人大代表建议: assigned to a department, answered within three months of 交办 (代表法第五十一条第二款), the
    deputy met, the answer graded; 不满意 opens a second answer within three months."""
    assigned = TODAY - dt.timedelta(days=10)
    sign_in("office")
    record(page, f"{live_server.url}/r/suggestions/new/", {
        "label:#id_unit": DEPT, "select:#id_kind": "npc", "#id_session": "示范县第十八届人民代表大会第五次会议",
        "#id_number": "第12号", "#id_proposer": "李代表", "#id_title": "关于加强农村法律顾问服务的建议",
        "#id_assigned_on": assigned.isoformat()})
    assert shown(page, add_months(assigned, 3)) and "代表法》第五十一条第二款" in page.inner_text("body")
    step(page, "meet", {"#id_on": ago(3)})
    step(page, "reply", {"#id_on": TODAY.isoformat(), "select:#id_result": "b"})
    step(page, "feedback", {"select:#id_satisfaction": "dissatisfied"})
    assert shown(page, add_months(TODAY, 3))  # the second answer's period
    step(page, "redo", {"#id_on": TODAY.isoformat()})
    timeline = page.inner_text("#timeline")
    assert "不满意" in timeline and "重新" in timeline
    page.screenshot(path=str(OUTPUT / "52-suggestion.png"), full_page=True)


def test_a_lost_lawsuit_runs_its_appeal_period_and_the_judgment_is_performed(page, live_server, tree, users,
                                                                             seeded_calendar, sign_in):
    """行政诉讼 after judgment: a first-instance judgment revoking the act is served; the fifteen-day appeal period
    (行政诉讼法第八十五条) is shown; the department accepts it and performs it (第九十四条)."""
    sign_in("enforcer")
    record(page, f"{live_server.url}/r/litigation/new/", {
        "label:#id_unit": DEPT, "#id_court": "示范县人民法院", "#id_case_number": f"（{TODAY.year}）示0101行初27号",
        "select:#id_plaintiff_type": "person", "#id_plaintiff_name": "赵六", "#id_cause": "不服行政处罚决定",
        "#id_served_on": ago(60)})
    served = TODAY - dt.timedelta(days=3)
    open_step(page, label="登记裁判结果")
    fill(page, {"#id_on": ago(5), "select:#id_outcome": "revoke", "#id_judgment_served_on": served.isoformat()})
    page.click("button[type=submit]")
    page.wait_for_selector("#timeline")
    assert shown(page, served + dt.timedelta(days=15)) and "行政诉讼法》第八十五条" in page.inner_text("body")
    step(page, "appeal-decision", {"#id_on": TODAY.isoformat(), "select:#id_decision": "accept"})
    step(page, "perform", {"#id_on": TODAY.isoformat(), "#id_performance": "已撤销原处罚决定并退还罚款"})
    assert "已撤销原处罚决定并退还罚款" in page.inner_text("body")
    page.screenshot(path=str(OUTPUT / "53-litigation-performed.png"), full_page=True)


def test_an_opinion_letter_is_answered_with_the_correction_within_sixty_days(page, live_server, tree,
                                                                             seeded_calendar, sign_in):
    """行政复议意见书 (行政复议法第七十六条): the 复议机构 issues it to a department; the sixty days run from receipt;
    the correction is reported."""
    from conftest import make_user
    from fazhi.core.roles import Role

    make_user("fuyi", tree["county"], Role.RECONSIDERATION_OFFICER)
    received = TODAY - dt.timedelta(days=20)
    sign_in("fuyi")
    record(page, f"{live_server.url}/r/reconsideration-letters/new/", {
        "label:#id_unit": "示范县", "select:#id_kind": "opinion", "#id_number": "示复意〔2025〕2号",
        "label:#id_addressee": DEPT, "#id_issued_on": ago(22), "#id_received_on": received.isoformat(),
        "#id_problem": "行政处罚决定书未告知申请行政复议的期限"})
    assert shown(page, received + dt.timedelta(days=60)) and "第七十六条" in page.inner_text("body")
    step(page, "report", {"#id_on": TODAY.isoformat(), "#id_correction": "已修订处罚决定书文书样式，补充告知救济途径和期限"})
    assert "已修订处罚决定书文书样式" in page.inner_text("body")
    page.screenshot(path=str(OUTPUT / "54-opinion-letter.png"), full_page=True)


def test_a_penalty_case_is_heard_after_seven_working_days_notice_and_a_late_payment_is_charged(
        page, live_server, tree, seeded_calendar, sign_in, township_team):
    """行政处罚 completed: a hearing noticed too late is refused with 第六十四条; the fine paid after the fifteen days
    of 第六十七条 carries the 3%-a-day late charge of 第七十二条."""
    sign_in("team")
    record(page, f"{live_server.url}/r/cases/new/", {
        "label:#id_agency": "城关镇", "#id_number": "示城执〔2026〕9号", "select:#id_procedure": "ordinary",
        "select:#id_party_type": "person", "#id_party_name": "孙七", "#id_facts": "占道经营", "#id_filed_on": ago(60),
        "label:#id_handlers": ["甲队员（城关镇）", "乙队员（城关镇）"]})
    step(page, "notify", {"#id_on": ago(55), "check:#id_hearing_right_notified": "", "check:#id_hearing_requested": ""})
    open_step(page, name="hearing")
    fill(page, {"#id_noticed_on": ago(50), "#id_on": ago(49)})
    page.click("button[type=submit]")
    page.wait_for_selector(".field-error, .alert-danger")
    assert "第六十四条" in page.inner_text("main form")  # noticed the day before: refused, with the article
    fill(page, {"#id_on": ago(38)})
    page.click("button[type=submit]")
    page.wait_for_selector("#timeline")
    # a heard case is reviewed before the decision (第五十八条第一款第二项)
    step(page, "submit-review", {"select:#id_major_reason": "rights_after_hearing"})
    step(page, "review", {"#id_on": ago(32), "label:#id_reviewer": "审核员（城关镇）", "select:#id_opinion": "passed"})
    step(page, "decide", {"#id_on": ago(30), "select:#id_decision_type": "fine", "#id_fine": "3000",
                          "#id_number": "示城罚决〔2026〕9号"})
    step(page, "serve", {"#id_on": ago(28)})
    assert "第六十七条第三款" in page.inner_text("#record-deadlines")
    step(page, "record-payment", {"#id_on": TODAY.isoformat()})
    body = page.inner_text("body")
    assert "第七十二条" in body and "加处罚款" in body
    page.screenshot(path=str(OUTPUT / "55-penalty-late-charge.png"), full_page=True)


def test_a_third_partys_time_moves_the_reply_date_and_an_item_is_published_within_twenty_working_days(
        page, live_server, tree, users, seeded_calendar, sign_in):
    """政府信息公开 completed: a request whose answer needs a third party's view — the 15 working days it may take
    (第三十二条) are not counted in the reply period (第三十三条第三款); a new policy document is published within
    20 working days of being made (第二十六条)."""
    from fazhi.opengov.models import DisclosureRequest, ProactiveItem

    sign_in("clerk_a")
    page.goto(f"{live_server.url}/r/disclosure-requests/new/")
    fill(page, {"label:#id_unit": "城关镇", "#id_received_on": ago(12), "select:#id_channel": "online",
                "select:#id_applicant_type": "person", "#id_applicant_name": "周八",
                "#id_content": "申请公开某企业的环评批复文件"})
    page.click("button:has-text('保存')")
    page.wait_for_selector("#record-deadlines")
    request = DisclosureRequest.objects.get(applicant_name="周八")
    first_due = request.reply_due
    step(page, "consult", {"#id_on": ago(10), "#id_party": "示范县某化工有限公司"})
    assert "第三十二条" in page.inner_text("body")
    step(page, "consulted", {"#id_on": ago(3)})
    request.refresh_from_db()
    assert request.consultation_days > 0 and request.reply_due > first_due  # the third party's days added
    assert shown(page, request.reply_due)

    record(page, f"{live_server.url}/r/proactive-items/new/", {
        "label:#id_unit": "城关镇", "#id_title": "城关镇农村人居环境整治实施方案", "#id_number": "城政发〔2026〕3号",
        "select:#id_category": "policy", "#id_formed_on": ago(5)})
    item = ProactiveItem.objects.get(number="城政发〔2026〕3号")
    assert "第二十六条" in page.inner_text("body") and shown(page, item.due)
    step(page, "publish", {"#id_on": TODAY.isoformat(), "#id_url": "https://www.example.gov.cn/xxgk/3"})
    item.refresh_from_db()
    assert item.published_on == TODAY
    page.screenshot(path=str(OUTPUT / "56-opengov-consulted-and-published.png"), full_page=True)
