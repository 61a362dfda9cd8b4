"""Issue 20's oversight and follow-up areas in the browser: a deputy's suggestion answered, a lost lawsuit taken
through the appeal period to performance, a 行政复议意见书 answered within sixty days — each deadline shown with its
legal basis."""

import datetime as dt

import pytest

from fazhi.core.deadlines import add_months

from .conftest import OUTPUT, needs_chromium, open_step

pytestmark = [pytest.mark.browser, needs_chromium]


def _shown(body: str, day: dt.date) -> bool:
    return day.isoformat() in body or f"{day:%Y年%-m月%-d日}" in body


def _submit(page) -> None:
    page.click("button[type=submit]")
    page.wait_for_selector("#timeline")


def test_a_deputys_suggestion_is_met_answered_and_redone_when_the_deputy_is_not_satisfied(
        page, live_server, tree, users, seeded_calendar, sign_in):
    """人大代表建议: assigned to a department, answered within three months of 交办 (代表法第五十一条第二款), the
    deputy met, the answer graded; 不满意 opens a second answer within three months."""
    today = dt.date.today()
    assigned = today - dt.timedelta(days=10)
    base = live_server.url
    sign_in("office")
    page.goto(f"{base}/r/suggestions/new/")
    page.select_option("#id_unit", label="\u3000\u3000县司法局")
    page.select_option("#id_kind", "npc")
    page.fill("#id_session", "示范县第十八届人民代表大会第五次会议")
    page.fill("#id_number", "第12号")
    page.fill("#id_proposer", "李代表")
    page.fill("#id_title", "关于加强农村法律顾问服务的建议")
    page.fill("#id_assigned_on", assigned.isoformat())
    page.click("button:has-text('保存')")
    page.wait_for_selector("#timeline")
    body = page.inner_text("body")
    assert _shown(body, add_months(assigned, 3)) and "代表法》第五十一条第二款" in body
    open_step(page, name="meet")
    page.fill("#id_on", (today - dt.timedelta(days=3)).isoformat())
    _submit(page)
    open_step(page, name="reply")
    page.fill("#id_on", today.isoformat())
    page.select_option("#id_result", "b")
    _submit(page)
    open_step(page, name="feedback")
    page.select_option("#id_satisfaction", "dissatisfied")
    _submit(page)
    assert _shown(page.inner_text("body"), add_months(today, 3))  # the second answer's period
    open_step(page, name="redo")
    page.fill("#id_on", today.isoformat())
    _submit(page)
    timeline = page.inner_text("#timeline")
    assert "不满意" in timeline and "重新" in timeline
    page.screenshot(path=str(OUTPUT / "52-suggestion.png"), full_page=True)


def test_a_lost_lawsuit_runs_its_appeal_period_and_the_judgment_is_performed(page, live_server, tree, users,
                                                                             seeded_calendar, sign_in):
    """行政诉讼 after judgment: a first-instance judgment revoking the act is served; the fifteen-day appeal period
    (行政诉讼法第八十五条) is shown; the department accepts it and performs it (第九十四条)."""
    today = dt.date.today()
    base = live_server.url
    sign_in("enforcer")
    page.goto(f"{base}/r/litigation/new/")
    page.select_option("#id_unit", label="\u3000\u3000县司法局")
    page.fill("#id_court", "示范县人民法院")
    page.fill("#id_case_number", f"（{today.year}）示0101行初27号")
    page.select_option("#id_plaintiff_type", "person")
    page.fill("#id_plaintiff_name", "赵六")
    page.fill("#id_cause", "不服行政处罚决定")
    page.fill("#id_served_on", (today - dt.timedelta(days=60)).isoformat())
    page.click("button:has-text('保存')")
    page.wait_for_selector("#timeline")
    open_step(page, label="登记裁判结果")
    page.fill("#id_on", (today - dt.timedelta(days=5)).isoformat())
    page.select_option("#id_outcome", "revoke")
    served = today - dt.timedelta(days=3)
    page.fill("#id_judgment_served_on", served.isoformat())
    _submit(page)
    body = page.inner_text("body")
    assert _shown(body, served + dt.timedelta(days=15)) and "行政诉讼法》第八十五条" in body
    open_step(page, name="appeal-decision")
    page.fill("#id_on", today.isoformat())
    page.select_option("#id_decision", "accept")
    _submit(page)
    open_step(page, name="perform")
    page.fill("#id_on", today.isoformat())
    page.fill("#id_performance", "已撤销原处罚决定并退还罚款")
    _submit(page)
    assert "已撤销原处罚决定并退还罚款" in page.inner_text("body")
    page.screenshot(path=str(OUTPUT / "53-litigation-performed.png"), full_page=True)


def test_an_opinion_letter_is_answered_with_the_correction_within_sixty_days(page, live_server, tree,
                                                                             seeded_calendar, sign_in):
    """行政复议意见书 (行政复议法第七十六条): the 复议机构 issues it to a department; the sixty days run from receipt;
    the correction is reported."""
    from conftest import make_user
    from fazhi.core.roles import Role

    make_user("fuyi", tree["county"], Role.RECONSIDERATION_OFFICER)
    today = dt.date.today()
    received = today - dt.timedelta(days=20)
    base = live_server.url
    sign_in("fuyi")
    page.goto(f"{base}/r/reconsideration-letters/new/")
    page.select_option("#id_unit", label="示范县")
    page.select_option("#id_kind", "opinion")
    page.fill("#id_number", "示复意〔2025〕2号")
    page.select_option("#id_addressee", label="\u3000\u3000县司法局")
    page.fill("#id_issued_on", (received - dt.timedelta(days=2)).isoformat())
    page.fill("#id_received_on", received.isoformat())
    page.fill("#id_problem", "行政处罚决定书未告知申请行政复议的期限")
    page.click("button:has-text('保存')")
    page.wait_for_selector("#timeline")
    body = page.inner_text("body")
    assert _shown(body, received + dt.timedelta(days=60)) and "第七十六条" in body
    open_step(page, name="report")
    page.fill("#id_on", today.isoformat())
    page.fill("#id_correction", "已修订处罚决定书文书样式，补充告知救济途径和期限")
    _submit(page)
    assert "已修订处罚决定书文书样式" in page.inner_text("body")
    page.screenshot(path=str(OUTPUT / "54-opinion-letter.png"), full_page=True)


def test_a_penalty_case_is_heard_after_seven_working_days_notice_and_a_late_payment_is_charged(
        page, live_server, tree, seeded_calendar, sign_in):
    """行政处罚 completed: a hearing noticed too late is refused with 第六十四条; the fine paid after the fifteen days
    of 第六十七条 carries the 3%-a-day late charge of 第七十二条."""
    from conftest import make_user
    from fazhi.core.roles import Role
    from fazhi.core.validators import id_check_digit
    from fazhi.enforcement.models import Agency, Certificate, Officer

    agency = Agency.objects.create(unit=tree["town_a"], main_field="comprehensive", fields_text="综合执法",
                                   legal_basis="省政府赋权决定")
    for i, name in enumerate(["甲队员", "乙队员", "审核员"]):
        body = f"11010519900101{i:03d}"
        officer = Officer.objects.create(agency=agency, name=name, id_number=body + id_check_digit(body),
                                         is_legal_reviewer=name == "审核员", has_legal_qualification=name == "审核员")
        Certificate.objects.create(officer=officer, number=f"C{i}", field="comprehensive",
                                   issued_on=dt.date(2023, 1, 1), expires_on=dt.date(2030, 12, 31))
    make_user("team", tree["town_a"], Role.ENFORCEMENT_STAFF)
    today = dt.date.today()
    day = lambda n: (today - dt.timedelta(days=n)).isoformat()  # noqa: E731 — n days ago
    base = live_server.url
    sign_in("team")
    page.goto(f"{base}/r/cases/new/")
    page.select_option("#id_agency", label="城关镇")
    page.fill("#id_number", "示城执〔2026〕9号")
    page.select_option("#id_procedure", "ordinary")
    page.select_option("#id_party_type", "person")
    page.fill("#id_party_name", "孙七")
    page.fill("#id_facts", "占道经营")
    page.fill("#id_filed_on", day(60))
    page.select_option("#id_handlers", label=["甲队员（城关镇）", "乙队员（城关镇）"])
    page.click("button:has-text('保存')")
    page.wait_for_selector("#timeline")
    open_step(page, "告知")
    page.fill("#id_on", day(55))
    page.check("#id_hearing_right_notified")
    page.check("#id_hearing_requested")
    _submit(page)
    open_step(page, name="hearing")
    page.fill("#id_noticed_on", day(50))
    page.fill("#id_on", day(49))
    page.click("button[type=submit]")
    page.wait_for_selector(".field-error, .alert-danger")
    assert "第六十四条" in page.inner_text("main form")  # notice the day before: refused, with the article
    page.fill("#id_on", day(38))
    _submit(page)
    open_step(page, "送法制审核")  # a heard case is reviewed before the decision (第五十八条第一款第二项)
    page.select_option("#id_major_reason", "rights_after_hearing")
    page.click("button:has-text('确认送法制审核')")
    open_step(page, "法制审核意见")
    page.fill("#id_on", day(32))
    page.select_option("#id_reviewer", label="审核员（城关镇）")
    page.select_option("#id_opinion", "passed")
    page.click("button:has-text('确认法制审核意见')")
    open_step(page, "作出决定")
    page.fill("#id_on", day(30))
    page.select_option("#id_decision_type", "fine")
    page.fill("#id_fine", "3000")
    page.fill("#id_number", "示城罚决〔2026〕9号")
    page.click("button:has-text('确认作出决定')")
    page.wait_for_selector("#record-deadlines, .alert-danger, .field-error")
    assert page.locator(".alert-danger, .field-error").count() == 0, page.inner_text("main")
    open_step(page, name="serve")
    page.fill("#id_on", day(28))
    _submit(page)
    assert "第六十七条第三款" in page.inner_text("#record-deadlines")
    open_step(page, name="record-payment")
    page.fill("#id_on", today.isoformat())
    _submit(page)
    body = page.inner_text("body")
    assert "第七十二条" in body and "加处罚款" in body
    page.screenshot(path=str(OUTPUT / "55-penalty-late-charge.png"), full_page=True)


def test_a_third_partys_time_moves_the_reply_date_and_an_item_is_published_within_twenty_working_days(
        page, live_server, tree, users, seeded_calendar, sign_in):
    """政府信息公开 completed: a request whose answer needs a third party's view — the 15 working days it may take
    (第三十二条) are not counted in the reply period (第三十三条第三款); a new policy document is published within
    20 working days of being made (第二十六条)."""
    from fazhi.opengov.models import DisclosureRequest, ProactiveItem

    today = dt.date.today()
    day = lambda n: (today - dt.timedelta(days=n)).isoformat()  # noqa: E731 — n days ago
    base = live_server.url
    sign_in("clerk_a")
    page.goto(f"{base}/r/disclosure-requests/new/")
    page.select_option("#id_unit", label="城关镇")
    page.fill("#id_received_on", day(12))
    page.select_option("#id_channel", "online")
    page.select_option("#id_applicant_type", "person")
    page.fill("#id_applicant_name", "周八")
    page.fill("#id_content", "申请公开某企业的环评批复文件")
    page.click("button:has-text('保存')")
    page.wait_for_selector("#record-deadlines")
    request = DisclosureRequest.objects.get(applicant_name="周八")
    first_due = request.reply_due
    open_step(page, name="consult")
    page.fill("#id_on", day(10))
    page.fill("#id_party", "示范县某化工有限公司")
    _submit(page)
    assert "第三十二条" in page.inner_text("body")
    open_step(page, name="consulted")
    page.fill("#id_on", day(3))
    _submit(page)
    request.refresh_from_db()
    assert request.consultation_days > 0 and request.reply_due > first_due  # the third party's days added
    assert _shown(page.inner_text("body"), request.reply_due)

    page.goto(f"{base}/r/proactive-items/new/")
    page.select_option("#id_unit", label="城关镇")
    page.fill("#id_title", "城关镇农村人居环境整治实施方案")
    page.fill("#id_number", "城政发〔2026〕3号")
    page.select_option("#id_category", "policy")
    page.fill("#id_formed_on", day(5))
    page.click("button:has-text('保存')")
    page.wait_for_selector("#timeline")
    item = ProactiveItem.objects.get(number="城政发〔2026〕3号")
    body = page.inner_text("body")
    assert "第二十六条" in body and _shown(body, item.due)
    open_step(page, name="publish")
    page.fill("#id_on", today.isoformat())
    page.fill("#id_url", "https://www.example.gov.cn/xxgk/3")
    _submit(page)
    item.refresh_from_db()
    assert item.published_on == today
    page.screenshot(path=str(OUTPUT / "56-opengov-consulted-and-published.png"), full_page=True)
