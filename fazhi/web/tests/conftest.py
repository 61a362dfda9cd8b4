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
