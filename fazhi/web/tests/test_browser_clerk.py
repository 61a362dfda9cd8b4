"""What a clerk meets, in Chromium at 1366 px: no script the CSP blocks, Chinese error pages inside the shell, an
error summary that links to each field, lists without horizontal scrolling, and changing one's password."""

import pytest

from .conftest import needs_chromium

pytestmark = [pytest.mark.browser, needs_chromium]


def _csp_errors(page) -> list[str]:
    errors = []
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return errors


def test_pages_with_scripts_run_under_the_csp(page, live_server, users, sign_in, seeded_calendar):
    errors = _csp_errors(page)
    sign_in("office")
    for path in ["/dashboard/", "/assessment/ranking/", "/intake/", "/intake/compare/"]:
        response = page.goto(live_server.url + path)
        assert "script-src 'self' 'nonce-" in response.headers["content-security-policy"]
    page.goto(live_server.url + "/dashboard/")
    page.wait_for_selector("canvas")  # ECharts drew the trend under the policy
    assert errors == []


def test_a_missing_record_is_a_chinese_page_inside_the_shell(page, live_server, users, sign_in, seeded_calendar):
    sign_in("clerk_a")
    response = page.goto(live_server.url + "/r/advisers/999999/")
    assert response.status == 404
    assert "没有找到该页面或记录" in page.inner_text("main") and page.is_visible("text=工作台")


def test_the_error_summary_links_to_each_field(page, live_server, users, sign_in, seeded_calendar):
    sign_in("clerk_a")
    page.goto(live_server.url + "/r/advisers/new/")
    with page.expect_navigation():  # the form posts and the page comes back with the errors
        page.click("main button[type=submit]")
    summary = page.locator("#error-summary")
    summary.wait_for(state="visible")
    assert summary.locator("a").count() >= 3
    first = summary.locator("a").first
    target = first.get_attribute("href")
    first.click()
    assert page.evaluate("document.activeElement.id") == target.lstrip("#") or page.url.endswith(target)


def test_lists_fit_1366_pixels(page, live_server, users, sign_in, seeded_calendar):
    sign_in("office")
    for slug in ["reconsideration", "normative", "disputes", "legal-aid", "cases", "practices"]:
        page.goto(f"{live_server.url}/r/{slug}/")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"/r/{slug}/ scrolls sideways by {overflow}px"


def test_a_clerk_changes_her_password(page, live_server, users, sign_in, seeded_calendar):
    sign_in("clerk_a")
    page.click("#user-menu")
    with page.expect_navigation():
        page.click("a.dropdown-item:has-text('修改密码')")
    page.wait_for_selector("#id_old_password")
    page.fill("#id_old_password", "Fz-test-pass-2025")
    page.fill("#id_new_password1", "Fz-new-pass-2026")
    page.fill("#id_new_password2", "Fz-new-pass-2026")
    page.click("main button")
    page.wait_for_selector("text=密码已修改")
