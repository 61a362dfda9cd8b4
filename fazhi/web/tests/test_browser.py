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
