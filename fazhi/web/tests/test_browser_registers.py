"""The registers of issue 9 in Debian's Chromium: one person's main path through each area (人民调解, 法律援助, 普法,
述法, 政务公开, 督察整改). Dates are relative to today so the paths stay valid."""

import datetime as dt

import pytest

from .conftest import OUTPUT, fill, needs_chromium, open_step

pytestmark = [pytest.mark.browser, needs_chromium]
TODAY = dt.date.today()


def days_ago(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


def act(page, label: str, fields: dict, confirm: str | None = None, name: str | None = None) -> None:
    """Open a step from the detail page (by its label, or its action name where labels overlap), fill it, confirm."""
    open_step(page, label, name)
    fill(page, fields)
    page.click(f"button:has-text('确认{confirm or label}')")


def test_township_clerk_mediates_a_dispute_to_judicial_confirmation(page, live_server, tree, users, seeded_calendar,
                                                                   sign_in):
    from fazhi.mediation.models import Committee

    Committee.objects.create(unit=tree["village"], name="城关东村人民调解委员会", kind="village",
                             established_on=dt.date(2020, 1, 1))
    base = live_server.url
    sign_in("clerk_a")
    page.goto(f"{base}/r/disputes/new/")
    page.select_option("#id_committee", label="城关东村人民调解委员会")
    page.fill("#id_received_on", days_ago(10))
    page.select_option("#id_source", "court")
    page.select_option("#id_dispute_type", "land")
    page.fill("#id_applicant_name", "张三")
    page.fill("#id_other_party", "李四")
    page.fill("#id_summary", "承包地边界争议")
    page.click("button:has-text('保存')")
    page.wait_for_selector(".field-error")
    assert "委派法院" in page.inner_text("main form")
    page.fill("#id_court", "示范县人民法院")
    page.click("button:has-text('保存')")
    page.wait_for_selector("#record-deadlines")
    assert "一般调结期限" in page.inner_text("#record-deadlines") and "司法部令第75号" in page.inner_text("#record-deadlines")

    page.goto(f"{base}/")
    assert "尚未调结的矛盾纠纷" in page.inner_text("#my-todos")
    page.click("#my-todos a:has-text('张三')")
    act(page, "调结", {"#id_on": days_ago(2), "select:#id_result": "agreement", "select:#id_agreement_form": "written",
                     "#id_agreement_effective_on": days_ago(1), "check:#id_confirmation_intended": ""})
    page.wait_for_selector(".field-error")
    assert "不能晚于调结日期" in page.inner_text("main form")
    page.fill("#id_agreement_effective_on", days_ago(2))
    page.click("button:has-text('确认调结')")
    page.wait_for_selector("#record-deadlines")
    deadlines = page.inner_text("#record-deadlines")
    assert "申请司法确认调解协议" in deadlines and "人民调解法》第三十三条" in deadlines
    act(page, "申请司法确认", {"#id_on": days_ago(1), "#id_court": "示范县人民法院"})
    page.wait_for_selector("#timeline")
    assert "申请司法确认" in page.inner_text("#timeline")
    page.screenshot(path=str(OUTPUT / "20-mediation-confirmation.png"), full_page=True)


def test_legal_aid_application_is_decided_with_reasons_and_assigned(page, live_server, tree, users, seeded_calendar,
                                                                    sign_in):
    base = live_server.url
    sign_in("office")
    page.goto(f"{base}/r/legal-aid/new/")
    page.select_option("#id_unit", label="\u3000县司法局")
    page.select_option("#id_origin", "application")
    page.fill("#id_received_on", days_ago(5))
    page.select_option("#id_category", "civil")
    page.select_option("#id_matter", "wages")
    page.fill("#id_applicant_name", "王五")
    page.click("button:has-text('保存')")
    page.wait_for_selector("#record-deadlines")
    assert "法律援助申请审查决定" in page.inner_text("#record-deadlines")
    page.goto(f"{base}/")
    deadlines = page.inner_text("#my-deadlines")
    assert "法律援助申请审查决定" in deadlines and "第四十三条" in deadlines
    page.click("#my-deadlines a:has-text('王五')")
    act(page, "审查决定", {"#id_on": days_ago(1), "select:#id_decision": "refuse"})
    page.wait_for_selector(".field-error")
    assert "说明理由" in page.inner_text("main form")
    page.select_option("#id_decision", "grant")
    page.click("button:has-text('确认审查决定')")
    page.wait_for_selector("#record-deadlines")
    assert "指派法律援助人员" in page.inner_text("#record-deadlines")
    act(page, "指派", {"#id_on": TODAY.isoformat(), "#id_lawyer": "赵律师", "#id_law_firm": "示范县正义律师事务所"})
    page.wait_for_selector("#timeline")
    page.goto(f"{base}/")
    assert "王五" not in page.inner_text("#my-deadlines")
    page.screenshot(path=str(OUTPUT / "21-legal-aid-assigned.png"), full_page=True)


def test_department_publishes_its_publicity_list_and_counts_activities(page, live_server, tree, users, seeded_calendar,
                                                                      sign_in):
    base = live_server.url
    sign_in("office")
    page.goto(f"{base}/r/publicity-lists/new/")
    page.select_option("#id_unit", label="\u3000县司法局")
    page.fill("#id_year", str(TODAY.year))
    page.fill("#id_laws", "中华人民共和国宪法\n中华人民共和国民法典")
    page.fill("#id_audiences", "社会公众")
    page.fill("#id_planned_events", "2")
    page.click("button:has-text('保存')")
    page.wait_for_selector("#record-deadlines")
    assert "谁执法谁普法" in page.inner_text("#record-deadlines")
    act(page, "公布清单", {"#id_on": days_ago(0)})
    page.wait_for_selector("#timeline")
    page.goto(f"{base}/r/publicity-activities/new/")
    page.select_option("#id_unit", label="\u3000县司法局")
    page.fill("#id_held_on", days_ago(3))
    page.fill("#id_theme", "宪法宣传周")
    page.fill("#id_place", "县文化广场")
    page.select_option("#id_channel", "on_site")
    page.select_option("#id_audience_kind", "public")
    page.fill("#id_audience", "-3")
    page.click("button:has-text('保存')")
    page.wait_for_selector(".field-error")
    page.fill("#id_audience", "300")
    page.fill("#id_materials", "800")
    page.click("button:has-text('保存')")
    page.wait_for_selector("#timeline")
    page.goto(f"{base}/indicators/?unit={tree['county'].pk}&period={TODAY.year}")
    body = page.inner_text("body")
    assert "普法宣传活动" in body and "普法受众" in body
    page.screenshot(path=str(OUTPUT / "22-publicity-indicators.png"), full_page=True)


def test_unit_head_law_report_and_coverage(page, live_server, tree, users, seeded_calendar, sign_in):
    base = live_server.url
    sign_in("clerk_a")
    page.goto(f"{base}/r/law-reports/new/")
    page.select_option("#id_unit", label="城关镇")
    page.fill("#id_year", str(TODAY.year - 1))
    page.fill("#id_reporter", "张书记")
    page.fill("#id_position", "镇党委书记")
    page.select_option("#id_form", "meeting")
    page.fill("#id_reported_on", dt.date(TODAY.year - 1, 6, 1).isoformat())
    page.click("button:has-text('保存')")
    page.wait_for_selector(".field-error")
    assert "11月以后" in page.inner_text("main form")
    page.fill("#id_reported_on", dt.date(TODAY.year, 1, 10).isoformat())
    page.click("button:has-text('保存')")
    page.wait_for_selector("#timeline")
    assert "述法" in page.inner_text("#timeline")
    sign_in("office")
    page.goto(f"{base}/indicators/?unit={tree['county'].pk}&period={TODAY.year - 1}")
    assert "年终述法覆盖率" in page.inner_text("body")
    page.screenshot(path=str(OUTPUT / "23-law-report-coverage.png"), full_page=True)


def test_disclosure_request_sent_back_for_correction_then_answered(page, live_server, tree, users, seeded_calendar,
                                                                  sign_in):
    base = live_server.url
    sign_in("clerk_a")
    page.goto(f"{base}/r/disclosure-requests/new/")
    page.select_option("#id_unit", label="城关镇")
    page.fill("#id_received_on", days_ago(6))
    page.select_option("#id_channel", "online")
    page.select_option("#id_applicant_type", "person")
    page.fill("#id_applicant_name", "钱七")
    page.fill("#id_content", "申请公开某文件")
    page.click("button:has-text('保存')")
    page.wait_for_selector("#record-deadlines")
    assert "政府信息公开申请答复" in page.inner_text("#record-deadlines")
    act(page, "告知补正", {"#id_on": days_ago(4), "#id_items": "请明确文件名称或文号", "#id_due": days_ago(1)})
    page.wait_for_selector("#record-deadlines")
    deadlines = page.inner_text("#record-deadlines")
    assert "申请人补正期限" in deadlines and "第三十条" in deadlines and "政府信息公开申请答复" not in deadlines
    act(page, "收到补正", {"#id_on": days_ago(2)})
    page.wait_for_selector("#record-deadlines")
    assert "政府信息公开申请答复" in page.inner_text("#record-deadlines")
    act(page, "答复", {"#id_on": TODAY.isoformat(), "select:#id_outcome": "disclosed"}, name="reply")
    page.wait_for_selector("#timeline")
    assert "收到补正" in page.inner_text("#timeline")
    page.screenshot(path=str(OUTPUT / "24-disclosure-corrected.png"), full_page=True)


def test_overdue_rectification_is_escalated_reported_and_closed_out(page, live_server, tree, users, seeded_calendar,
                                                                   sign_in, tmp_path):
    from fazhi.supervision.models import Finding, Inspection, Rectification

    insp = Inspection.objects.create(unit=tree["county"], title="综合督察", kind="comprehensive",
                                     started_on=TODAY - dt.timedelta(days=90))
    finding = Finding.objects.create(inspection=insp, unit=tree["town_a"], area="normative",
                                     description="规范性文件未经合法性审核", found_on=TODAY - dt.timedelta(days=80))
    Rectification.objects.create(finding=finding, responsible_unit=tree["town_a"], measure="逐件补审",
                                 due_on=TODAY - dt.timedelta(days=10))
    sign_in("office")
    assert "逾期未完成整改的事项（请督办）" in page.inner_text("#my-todos")
    page.click("#my-todos a:has-text('逐件补审')")
    act(page, "督办", {"#id_on": TODAY.isoformat(), "#id_note": "请一周内完成"})
    page.wait_for_selector(".alert")
    assert "已督办1次" in page.inner_text("main")

    sign_in("clerk_a")
    assert "本单位未完成的整改事项" in page.inner_text("#my-todos")
    page.click("#my-todos a:has-text('逐件补审')")
    evidence = tmp_path / "整改佐证.pdf"
    evidence.write_bytes(b"%PDF-1.4\n%evidence\n%%EOF\n")
    open_step(page, "报告整改进展")
    page.fill("#id_on", TODAY.isoformat())
    page.fill("#id_progress", "100")
    page.fill("#id_text", "已全部补审")
    page.set_input_files("#id_evidence", str(evidence))
    page.click("button:has-text('确认报告整改进展')")
    page.wait_for_selector("#timeline")
    act(page, "申请销号", {"#id_on": TODAY.isoformat()}, name="submit")
    page.wait_for_selector("#timeline")
    assert page.locator("a[href$='act/close_out/']").count() == 0  # only the office closes out

    sign_in("office")
    assert "待审核销号的整改事项" in page.inner_text("#my-todos")
    page.click("#my-todos a:has-text('逐件补审')")
    act(page, "销号", {"#id_on": TODAY.isoformat(), "#id_opinion": "整改到位"}, name="close_out")
    page.wait_for_selector("#timeline")
    assert "已销号" in page.inner_text("main")
    page.screenshot(path=str(OUTPUT / "25-rectification-closed.png"), full_page=True)
    assert Rectification.objects.get().status == "closed"
