"""Browser fixtures: Debian's Chromium driven by Playwright, a live server, the seeded calendar.

Screenshots go to $FAZHI_TEST_OUTPUT (default: test-output/browser).
"""

import os
import shutil
from pathlib import Path

import pytest

from fazhi.core import calendar as workcal
from fazhi.core.models import CalendarDay
from fazhi.core.tests.calendar_seed import seed_calendar_as_migrated

CHROMIUM = os.environ.get("FAZHI_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--no-first-run", "--disable-sync", "--disable-quic"]
OUTPUT = Path(os.environ.get("FAZHI_TEST_OUTPUT", "test-output")) / "browser"

needs_chromium = pytest.mark.skipif(not shutil.which(CHROMIUM), reason=f"{CHROMIUM} not installed (apt-get install chromium)")


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
        seed_calendar_as_migrated()
    workcal.invalidate()


@pytest.fixture
def sign_in(page, live_server):
    """Log in as `username` (test password) in the browser, landing on the workbench."""

    def _sign_in(username: str) -> None:
        page.context.clear_cookies()
        page.goto(f"{live_server.url}/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", "Fz-test-pass-2025")
        page.click("button[type=submit]")
        page.wait_for_selector("#my-deadlines")

    return _sign_in


def open_step(page, label: str | None = None, name: str | None = None) -> None:
    """Click a step's link on a detail page; with many steps the rest sit in the 更多办理 menu, opened first."""
    link = page.locator(f"a[href$='act/{name}/']" if name else f"a:has-text('{label}')").first
    if not link.is_visible() and page.locator("#more-steps button").count():
        page.click("#more-steps button")
    link.click()


def fill(page, fields: dict) -> None:
    """Fill a form: {selector: value}; "select:#id" chooses an option's value, "label:#id" an option's label,
    "check:#id" ticks a box."""
    for selector, value in fields.items():
        kind, _, target = selector.partition(":") if selector.split(":")[0] in ("select", "label", "check") \
            else ("", "", selector)
        if kind == "select":
            page.select_option(target, value)
        elif kind == "label":
            page.select_option(target, label=value)
        elif kind == "check":
            page.check(target)
        else:
            page.fill(selector, value)


def record(page, url: str, fields: dict) -> None:
    """A new record from a register's form, saved, landing on its detail page."""
    page.goto(url)
    fill(page, fields)
    page.click("button:has-text('保存')")
    page.wait_for_selector("#timeline")


def step(page, name: str, fields: dict) -> None:
    """A legal step from the detail page (by its action name), filled and confirmed."""
    open_step(page, name=name)
    fill(page, fields)
    page.click("button[type=submit]")
    page.wait_for_selector("#timeline")


@pytest.fixture
def township_team(tree):
    """城关镇's enforcement agency: two certified officers, a certified legal reviewer, and the user "team"."""
    import datetime as dt

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
    return agency
