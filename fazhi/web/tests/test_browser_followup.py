"""The follow-up procedures of issue 20 in Debian's Chromium: an enforcement team keeps evidence under 第五十六条 from
the case's page and decides on it; the rule-of-law office imports the provincial service platform's export and the
figures wait for its approval."""

import datetime as dt
import io

import pytest

from .conftest import OUTPUT, needs_chromium, open_step

pytestmark = [pytest.mark.browser, needs_chromium]
TODAY = dt.date.today()


def _case(tree):
    from fazhi.core.steps import system_user
    from fazhi.enforcement import actions
    from fazhi.enforcement.models import Agency, Case, Certificate, Officer
    from fazhi.enforcement.tests.test_enforcement import make_id

    agency = Agency.objects.create(unit=tree["dept"], main_field="market", fields_text="市场监管", legal_basis="三定方案")
    officers = []
    for i, name in enumerate(["甲", "乙"]):
        officer = Officer.objects.create(agency=agency, name=name, id_number=make_id(i))
        Certificate.objects.create(officer=officer, number=f"B{i}", field="market",
                                   issued_on=TODAY - dt.timedelta(days=400), expires_on=TODAY + dt.timedelta(days=400))
        officers.append(officer)
    case = Case(agency=agency, number="示执〔浏览器〕1号", procedure="ordinary", party_type="person", party_name="王五",
                facts="销售过期食品", filed_on=TODAY - dt.timedelta(days=10))
    return actions.file_case(case, officers, acting_user=system_user())


def test_evidence_kept_from_the_case_page_is_decided_within_seven_working_days(page, live_server, tree, users,
                                                                              seeded_calendar, sign_in):
    case = _case(tree)
    sign_in("enforcer")
    page.goto(f"{live_server.url}/r/cases/{case.pk}/")
    page.click("a.child-add:has-text('新增先行登记保存')")
    assert page.input_value("#id_case") == str(case.pk)  # the case it was opened from
    page.fill("#id_saved_on", (TODAY - dt.timedelta(days=3)).isoformat())
    page.fill("#id_approved_by", "局长 赵六")
    page.fill("#id_items", "过期食品5箱")
    page.click("button:has-text('保存')")
    page.wait_for_selector("#record-deadlines")
    deadlines = page.inner_text("#record-deadlines")
    assert "先行登记保存后作出处理决定" in deadlines and "第五十六条" in deadlines
    open_step(page, "作出处理决定")
    page.fill("#id_on", TODAY.isoformat())
    page.select_option("#id_outcome", "seized")
    page.click("button:has-text('确认作出处理决定')")
    page.wait_for_selector("#timeline")
    assert "先行登记保存处理决定" in page.inner_text("#timeline")
    page.screenshot(path=str(OUTPUT / "40-evidence-preservation.png"), full_page=True)


def test_the_office_imports_the_service_platform_export(page, live_server, tree, users, seeded_calendar, sign_in,
                                                        tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["政务服务事项统计表"])
    ws.append(["序号", "单位名称", "政务服务事项总数", "全程网办事项数", "即办率（%）"])
    ws.append([1, "示范县", 1302, 1187, 48.6])
    path = tmp_path / "平台统计.xlsx"
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(buf.getvalue())
    sign_in("office")
    page.goto(f"{live_server.url}/r/reported-values/")
    page.click("a:has-text('导入政务服务平台统计')")
    assert "全程网办事项数 ÷ 政务服务事项总数" in page.inner_text("#platform-columns")
    page.select_option("#year", str(TODAY.year - 1))
    page.set_input_files("#file", str(path))
    page.click("button:has-text('导入')")
    page.wait_for_selector("text=已导入", timeout=20000)
    page.goto(f"{live_server.url}/r/reported-values/?status=submitted")
    table = page.inner_text("#register-table")
    assert "政务服务事项" in table and "全程网办率" in table and "政务服务平台导入" in table
    page.screenshot(path=str(OUTPUT / "41-service-platform-import.png"), full_page=True)
