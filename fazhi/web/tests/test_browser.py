"""A person's path through the shell in Debian's Chromium, driven by Playwright.

Screenshots go to $FAZHI_TEST_OUTPUT (default: test-output/browser).
"""

import datetime as dt

import pytest

from fazhi.core.steps import system_user

from .conftest import OUTPUT, needs_chromium, open_step

pytestmark = [pytest.mark.browser, needs_chromium]


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

    page.get_by_role("link", name="期限", exact=True).click()  # the 期限 menu: 我的期限, 期限计算器
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

    open_step(page, "受理")
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
    open_step(page, "记录听证")
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

    open_step(page, "审结")
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


def test_township_team_case_review_publicity_and_file_review(page, live_server, tree, users, seeded_calendar):
    from conftest import make_user
    from fazhi.core.roles import Role
    from fazhi.core.validators import id_check_digit
    from fazhi.enforcement.models import Agency, Certificate, Officer, ReviewCampaign
    from fazhi.enforcement.rules import DEFAULT_RUBRIC

    agency = Agency.objects.create(unit=tree["town_a"], main_field="comprehensive", fields_text="综合执法",
                                   legal_basis="省政府赋权决定")
    for i, name in enumerate(["甲队员", "乙队员", "审核员"]):
        body = f"11010519900101{i:03d}"
        o = Officer.objects.create(agency=agency, name=name, id_number=body + id_check_digit(body),
                                   is_legal_reviewer=name == "审核员", has_legal_qualification=name == "审核员")
        Certificate.objects.create(officer=o, number=f"C{i}", field="comprehensive", issued_on=dt.date(2023, 1, 1),
                                   expires_on=dt.date(2030, 12, 31))
    make_user("team", tree["town_a"], Role.ENFORCEMENT_STAFF)
    today = dt.date.today()
    base = live_server.url

    def login(username):
        page.context.clear_cookies()
        page.goto(f"{base}/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", "Fz-test-pass-2025")
        page.click("button[type=submit]")
        page.wait_for_selector("#my-deadlines")

    login("team")
    page.goto(f"{base}/r/cases/new/")
    page.select_option("#id_agency", label="城关镇")
    page.fill("#id_number", "示城执〔2026〕1号")
    page.select_option("#id_procedure", "ordinary")
    page.select_option("#id_party_type", "organisation")
    page.fill("#id_party_name", "示范县某建材公司")
    page.fill("#id_facts", "违法占用耕地堆放建材")
    page.fill("#id_filed_on", (today - dt.timedelta(days=20)).isoformat())
    page.select_option("#id_handlers", label=["甲队员（城关镇）", "乙队员（城关镇）"])
    page.click("button:has-text('保存')")
    page.wait_for_selector("#timeline")
    open_step(page, "告知")
    page.fill("#id_on", (today - dt.timedelta(days=10)).isoformat())
    page.check("#id_hearing_right_notified")
    page.click("button:has-text('确认告知')")
    page.wait_for_selector("#timeline")

    open_step(page, "作出决定")
    page.fill("#id_on", today.isoformat())
    page.select_option("#id_decision_type", "fine")
    page.fill("#id_fine", "200000")
    page.click("button:has-text('确认作出决定')")
    page.wait_for_selector(".alert-danger")
    assert "第五十八条" in page.inner_text("main form")
    page.screenshot(path=str(OUTPUT / "20-decision-refused-without-review.png"), full_page=True)

    page.go_back()
    page.go_back()
    open_step(page, "送法制审核")
    page.select_option("#id_major_reason", "complex")
    page.click("button:has-text('确认送法制审核')")
    open_step(page, "法制审核意见")
    page.fill("#id_on", (today - dt.timedelta(days=1)).isoformat())
    page.select_option("#id_reviewer", label="审核员（城关镇）")
    page.select_option("#id_opinion", "passed")
    page.click("button:has-text('确认法制审核意见')")
    open_step(page, "作出决定")
    page.fill("#id_on", today.isoformat())
    page.select_option("#id_decision_type", "fine")
    page.fill("#id_fine", "200000")
    page.fill("#id_number", "示城罚决〔2026〕1号")
    page.click("button:has-text('确认作出决定')")
    page.wait_for_selector("#record-deadlines")
    assert "执法决定公示" in page.inner_text("#record-deadlines")
    open_step(page, "公示")
    page.fill("#id_on", today.isoformat())
    page.fill("#id_url", "https://www.example.gov.cn/gs/1")
    page.click("button:has-text('确认公示')")
    page.wait_for_selector("#timeline")
    assert "公示" in page.inner_text("#timeline")
    page.screenshot(path=str(OUTPUT / "21-case-published.png"), full_page=True)

    campaign = ReviewCampaign.objects.create(unit=tree["county"], year=today.year, name="案卷评查", reviewers="评查组",
                                             started_on=today, rubric=DEFAULT_RUBRIC)
    login("office")
    page.goto(f"{base}/r/review-campaigns/{campaign.pk}/")
    open_step(page, "抽取案卷")
    page.click("button:has-text('确认抽取案卷')")
    page.wait_for_selector(".child-table")
    page.goto(f"{base}/r/file-reviews/")
    page.click(".register-table tbody a")
    open_step(page, "评查打分")
    page.fill("#id_on", today.isoformat())
    page.fill("#id_reviewer", "王评查")
    page.check("input[name=deductions][value=D3]")
    page.click("button:has-text('确认评查打分')")
    page.wait_for_selector("#record-deadlines")
    assert "案卷评查整改反馈" in page.inner_text("#record-deadlines")

    login("team")
    assert "案卷评查整改通知" in page.inner_text("#my-todos")
    page.click("#my-todos a:has-text('案卷评查 ·')")
    assert "评查发现的问题" in page.inner_text("body") and "未履行告知程序" in page.inner_text("body")
    page.screenshot(path=str(OUTPUT / "22-agency-sees-rectification-notice.png"), full_page=True)


def test_drafting_unit_takes_a_normative_document_to_publication_and_filing(page, live_server, tree, seeded_calendar):
    from conftest import make_user
    from fazhi.core.roles import Role
    from fazhi.normative import rules
    from fazhi.normative.models import Issuer, NormativeDocument

    make_user("drafter", tree["dept"], Role.DRAFTING_UNIT)
    Issuer.objects.create(unit=tree["county"], prefix="示县政", filing_body="示范市人民政府", npc_filing=True)
    today = dt.date.today()
    submitted = today - dt.timedelta(days=40)
    reviewed = rules.due("normative.legality_review_minimum", submitted)
    base = live_server.url

    def act(button: str, fields: dict) -> None:
        open_step(page, button)
        for selector, val in fields.items():
            page.fill(selector, val)
        page.click(f"button:has-text('确认{button}')")

    page.goto(f"{base}/login/")
    page.fill("#id_username", "drafter")
    page.fill("#id_password", "Fz-test-pass-2025")
    page.click("button[type=submit]")
    page.goto(f"{base}/r/normative/new/")
    page.select_option("#id_issuer", label="示范县（示县政规）")
    page.select_option("#id_unit", label="\u3000\u3000县司法局")
    page.fill("#id_title", "示范县行政执法公示办法")
    page.click("button:has-text('保存')")
    page.wait_for_selector("text=起草中")

    # Deliberation is refused before the legality review (国办发〔2018〕115号).
    act("集体审议", {"#id_on": submitted.isoformat(), "#id_meeting": "县政府常务会议"})
    assert "不得提交集体审议" in page.inner_text("body")
    page.go_back()
    page.go_back()
    act("送合法性审核", {"#id_on": submitted.isoformat()})
    act("登记审核意见", {"#id_on": (reviewed - dt.timedelta(days=1)).isoformat()})
    assert "不少于5个工作日" in page.inner_text("body")
    page.fill("#id_on", reviewed.isoformat())
    page.click("button:has-text('确认登记审核意见')")
    page.wait_for_selector("text=审核完毕")
    act("集体审议", {"#id_on": (reviewed + dt.timedelta(days=1)).isoformat(), "#id_meeting": "县政府常务会议"})
    act("统一登记编号", {"#id_on": (reviewed + dt.timedelta(days=2)).isoformat()})
    number = f"示县政规〔{(reviewed + dt.timedelta(days=2)).year}〕1号"
    page.wait_for_selector(f"text={number}")
    published = (today - dt.timedelta(days=2)).isoformat()
    act("印发公布", {"#id_issued_on": published, "#id_published_on": published, "#id_effective_on": published})
    page.wait_for_selector("#record-deadlines")
    page.screenshot(path=str(OUTPUT / "20-normative-published.png"), full_page=True)

    page.goto(f"{base}/")
    deadlines_box = page.inner_text("#my-deadlines")
    assert "示范县行政执法公示办法" in deadlines_box and "国办发〔2018〕37号" in deadlines_box
    page.screenshot(path=str(OUTPUT / "21-normative-filing-on-workbench.png"), full_page=True)
    page.click("#my-deadlines a:has-text('示范县行政执法公示办法')")
    act("报送备案", {"#id_filed_on": today.isoformat(), "#id_filed_npc_on": today.isoformat()})
    doc = NormativeDocument.objects.get()
    assert doc.filed_on == today and doc.number == number
    page.goto(f"{base}/")
    assert "示范县行政执法公示办法" not in page.inner_text("#my-deadlines")

    page.goto(f"{base}/public/normative/")
    assert number in page.inner_text("#public-normative")


def test_office_drills_down_the_dashboard(page, live_server, tree, users, seeded_calendar):
    from fazhi.reconsideration.models import Application

    year = dt.date.today().year - 1
    for unit in (tree["town_a"], tree["town_a"], tree["town_b"]):
        Application.objects.create(unit=unit, applicant_type="person", applicant_name="申请人", respondent_name="某局",
                                   act_type="penalty", act_description="罚款", received_on=dt.date(year, 3, 1),
                                   channel="post", status="received")
    base = live_server.url
    page.goto(f"{base}/login/")
    page.fill("#id_username", "office")
    page.fill("#id_password", "Fz-test-pass-2025")
    page.click("button[type=submit]")
    page.goto(f"{base}/dashboard/?period={year}&key=reconsideration.applications")
    page.wait_for_selector("#chart-units canvas")
    assert "收到行政复议申请" in page.inner_text("body")
    page.screenshot(path=str(OUTPUT / "30-dashboard.png"), full_page=True)
    # Click the first bar (城关镇, 2 applications) where ECharts drew it: the page drills down to that township.
    x, y = page.evaluate("""() => {
        const chart = echarts.getInstanceByDom(document.getElementById('chart-units'));
        const [px, py] = chart.convertToPixel({seriesIndex: 0}, [1, 0]);
        const box = document.getElementById('chart-units').getBoundingClientRect();
        return [box.left + px, box.top + py];
    }""")
    page.mouse.click(x, y)
    page.wait_for_selector("h1:has-text('城关镇')")
    assert "收到行政复议申请" in page.inner_text("#key-figures") or "行政执法" in page.inner_text("#key-figures")


def test_office_edits_downloads_and_publishes_the_annual_report(page, live_server, tree, users, seeded_calendar):
    from docx import Document

    from fazhi.litigation import actions as lit
    from fazhi.litigation.models import LitigationCase
    from fazhi.reports import generate

    year = dt.date.today().year - 1
    for i in range(2):
        lit.register_case(LitigationCase(
            unit=tree["dept"], court="示范县人民法院", case_number=f"（{year}）示0101行初{i + 1}号",
            plaintiff_type="person", plaintiff_name="张三", cause="不服行政处罚决定", served_on=dt.date(year, 3, 7)), acting_user=system_user())
    report = generate.draft(tree["county"], year=year, acting_user=system_user())
    base = live_server.url
    page.goto(f"{base}/login/")
    page.fill("#id_username", "office")
    page.fill("#id_password", "Fz-test-pass-2025")
    page.click("button[type=submit]")
    page.goto(f"{base}/r/annual-reports/")
    assert report.title in page.inner_text("body")
    page.goto(f"{base}/r/annual-reports/{report.pk}/")
    page.click("text=预览（数据可追溯）")
    page.click("#edit-report")
    body = page.input_value("#section-measures")
    page.fill("#section-measures", body + "\n（九）新增段落。全年办理行政应诉案件{{ litigation.cases }}件，均依法应诉。")
    page.click("#save-report")
    page.wait_for_selector(".official-doc")
    assert "全年办理行政应诉案件2件，均依法应诉" in page.inner_text(".official-doc")
    page.screenshot(path=str(OUTPUT / "40-report-preview.png"), full_page=True)
    page.click("a.figure[data-key='litigation.cases'] >> nth=-1")
    page.wait_for_selector("text=（" + str(year) + "）示0101行初1号")
    page.go_back()
    with page.expect_download() as info:
        page.click("#download-docx")
    path = info.value.path()
    assert any("均依法应诉" in p.text for p in Document(path).paragraphs)
    page.goto(f"{base}/r/annual-reports/{report.pk}/edit/")
    page.fill("#id_signed_on", f"{year + 1}-03-20")
    page.click("button[type=submit]")
    page.click("text=公开发布 >> nth=0")
    page.fill("#id_on", f"{year + 1}-03-28")
    page.fill("#id_channel", "县政府门户网站")
    page.check("#id_secrecy_reviewed")
    page.click("button[type=submit]")
    page.wait_for_selector("text=已公开发布")
    page.context.clear_cookies()
    page.goto(f"{base}/public/reports/")
    page.click(f"text={report.title}")
    assert "此件公开发布" in page.inner_text(".official-doc")
    assert "均依法应诉" in page.inner_text(".official-doc")
    page.screenshot(path=str(OUTPUT / "41-report-public.png"), full_page=True)
