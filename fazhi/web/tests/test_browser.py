"""A person's path through the shell in Debian's Chromium, driven by Playwright.

Screenshots go to $FAZHI_TEST_OUTPUT (default: test-output/browser).
"""

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from fazhi.core import calendar as workcal
from fazhi.core.models import CalendarDay

CHROMIUM = os.environ.get("FAZHI_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--no-first-run", "--disable-sync", "--disable-quic"]
OUTPUT = Path(os.environ.get("FAZHI_TEST_OUTPUT", "test-output")) / "browser"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason=f"{CHROMIUM} not installed (apt-get install chromium)"),
]


@pytest.fixture
def page(live_server):
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs an event loop in this thread
    from playwright.sync_api import sync_playwright

    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")
        pg = context.new_page()
        pg.set_default_timeout(15000)
        yield pg
        browser.close()


@pytest.fixture
def seeded_calendar(transactional_db):
    if not CalendarDay.objects.exists():  # a previous live-server test may have flushed it
        workcal.seed_from_package()
    workcal.invalidate()


def test_clerk_walks_through_workbench_calculator_and_adviser_register(
    page, live_server, tree, users, adviser_factory, seeded_calendar
):
    adviser_factory(name="聘期将满顾问", contract_end=dt.date.today() + dt.timedelta(days=2))
    base = live_server.url

    page.goto(f"{base}/login/")
    page.fill("#id_username", "clerk_a")
    page.fill("#id_password", "Fz-test-pass-2025")
    page.click("button[type=submit]")
    page.wait_for_selector("#my-deadlines")
    assert "聘期将满顾问" in page.inner_text("#my-deadlines")
    assert "中办发〔2016〕30号" in page.inner_text("#my-deadlines")
    page.screenshot(path=str(OUTPUT / "01-workbench.png"), full_page=True)

    page.click("text=期限计算器")
    page.select_option("#id_rule", "reconsideration.decision")
    page.fill("#id_start", "2025-08-02")
    page.click("button:has-text('计算')")
    page.wait_for_selector("#deadline-result")
    assert page.inner_text("#due-date") == "2025年10月9日"
    assert "第六十二条" in page.inner_text("#deadline-result")
    page.screenshot(path=str(OUTPUT / "02-deadline-calculator.png"), full_page=True)

    page.goto(f"{base}/r/advisers/")
    page.wait_for_selector(".register-table")
    page.click("text=新建")
    page.fill("#id_name", "张律师")
    page.select_option("#id_level", "village")
    page.select_option("#id_unit", label="\u3000\u3000\u3000城关东村")
    page.fill("#id_law_firm", "示范县正义律师事务所")
    page.fill("#id_contract_start", "2025-01-01")
    page.fill("#id_contract_end", "2027-12-31")
    page.fill("#id_phone", "1381234")
    page.click("button:has-text('保存')")
    page.wait_for_selector(".field-error")
    assert "电话号码格式不正确" in page.inner_text("main form")
    page.screenshot(path=str(OUTPUT / "03-adviser-validation-error.png"), full_page=True)

    page.fill("#id_phone", "13812345678")
    page.click("button:has-text('保存')")
    page.wait_for_selector("#timeline")
    assert "已保存" in page.inner_text("body")
    assert "张律师" in page.inner_text("h1")
    page.screenshot(path=str(OUTPUT / "04-adviser-saved.png"), full_page=True)

    page.goto(f"{base}/r/advisers/")
    assert "张律师" in page.inner_text(".register-table")
    page.screenshot(path=str(OUTPUT / "05-adviser-register.png"), full_page=True)


def test_reconsideration_officer_takes_a_case_to_decision(page, live_server, tree, seeded_calendar):
    from conftest import make_user
    from fazhi.core.roles import Role

    make_user("fuyi", tree["county"], Role.RECONSIDERATION_OFFICER)
    today = dt.date.today()
    received = today - dt.timedelta(days=64)
    base = live_server.url
    page.goto(f"{base}/login/")
    page.fill("#id_username", "fuyi")
    page.fill("#id_password", "Fz-test-pass-2025")
    page.click("button[type=submit]")
    page.wait_for_selector("#my-deadlines")

    page.goto(f"{base}/r/reconsideration/new/")
    page.select_option("#id_unit", label="示范县")
    page.select_option("#id_applicant_type", "person")
    page.fill("#id_applicant_name", "王某某")
    page.fill("#id_applicant_id_number", "11010519491231002X")
    page.fill("#id_respondent_name", "示范县某局")
    page.select_option("#id_act_type", "penalty")
    page.fill("#id_act_description", "罚款5000元的行政处罚决定")
    page.fill("#id_received_on", received.isoformat())
    page.select_option("#id_channel", "post")
    page.click("button:has-text('保存')")
    page.wait_for_selector("#timeline")
    assert "行政复议申请审查" in page.inner_text("#record-deadlines")
    page.screenshot(path=str(OUTPUT / "10-reconsideration-registered.png"), full_page=True)

    page.click("a:has-text('受理')")
    page.fill("#id_on", (received + dt.timedelta(days=1)).isoformat())
    page.select_option("#id_procedure", "ordinary")
    page.click("button:has-text('确认受理')")
    page.wait_for_selector("#record-deadlines")
    assert "作出行政复议决定" in page.inner_text("#record-deadlines")

    page.goto(f"{base}/")
    deadlines = page.inner_text("#my-deadlines")
    assert "作出行政复议决定" in deadlines and "第六十二条" in deadlines
    page.screenshot(path=str(OUTPUT / "11-workbench-decision-due.png"), full_page=True)

    page.click("#my-deadlines a:has-text('王某某')")
    page.click("a:has-text('记录听证')")
    page.fill("#id_held_on", (received + dt.timedelta(days=30)).isoformat())
    page.fill("#id_place", "县行政复议听证室")
    page.fill("#id_presiding", "李主持")
    page.fill("#id_officers", "赵听证")
    page.fill("#id_clerk", "钱记录")
    page.check("#id_respondent_head_attended")
    page.click("button:has-text('确认记录听证')")
    page.wait_for_selector(".field-error")
    assert "两名以上" in page.inner_text("main form")
    page.fill("#id_officers", "赵听证、孙听证")
    page.click("button:has-text('确认记录听证')")
    page.wait_for_selector(".child-table")
    assert "县行政复议听证室" in page.inner_text("body")

    page.click("a:has-text('审结')")
    page.fill("#id_on", today.isoformat())
    page.select_option("#id_decision", "revoke")
    page.fill("#id_number", "示政复决〔2026〕1号")
    page.click("button:has-text('确认审结')")
    page.wait_for_selector("#timeline")
    assert "审结" in page.inner_text("#timeline")
    page.screenshot(path=str(OUTPUT / "12-reconsideration-decided.png"), full_page=True)

    page.goto(f"{base}/")
    assert "作出行政复议决定" not in page.inner_text("#my-deadlines")
    page.screenshot(path=str(OUTPUT / "13-workbench-cleared.png"), full_page=True)
