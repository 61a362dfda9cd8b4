"""The annual report: draft from data, bound figures equal the engine, GB/T 9704 DOCX read back, PDF where
LibreOffice exists, publication deadline, public page, CLI, scoping."""

import datetime as dt
import io
import json
import shutil
import subprocess

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from fazhi.core.steps import system_user
from fazhi.indicators import engine
from fazhi.litigation import actions as lit
from fazhi.litigation.models import LitigationCase
from fazhi.reports import actions, docx_writer, generate, pdf, render, rules
from fazhi.reports.models import AnnualReport

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


# -- rules -------------------------------------------------------------------------------------------------------
def test_publication_deadline_is_before_1_april_of_the_next_year():
    assert rules.publication_deadline(2025) == D("2026-03-31")
    assert not rules.is_late(2025, D("2026-03-31")) and rules.is_late(2025, D("2026-04-01"))


@override_settings(FAZHI={"REPORT_DEADLINE": {"default": "03-31", "department": "03-01"}})
def test_a_province_sets_an_earlier_date_for_departments():
    assert rules.publication_deadline(2025, "department") == D("2026-03-01")
    assert rules.publication_deadline(2025, "county") == D("2026-03-31")


@override_settings(FAZHI={"REPORT_SECTION_ORDER": ["duty", "measures"]})
def test_section_order_is_a_setting_and_keeps_every_mandated_section():
    assert rules.section_order() == ["duty", "measures", "shortcomings", "plans"]


# -- the draft -----------------------------------------------------------------------------------------------------
def _cases(tree, n=3):
    for i in range(n):
        case = lit.register_case(LitigationCase(
            unit=tree["dept"], court="示范县人民法院", case_number=f"（2025）示0101行初{i + 1}号",
            plaintiff_type="person", plaintiff_name="张三", cause="不服行政处罚决定", served_on=D("2025-03-07")), acting_user=system_user())
        lit.record_sitting(case, held_on=D("2025-04-20"), head_appeared=True, head_name="甲",
                           head_role="principal", acting_user=system_user())


@pytest.fixture
def report(tree):
    tree["county"].division_code = "990101"
    tree["county"].kind = "county"
    tree["county"].save()
    _cases(tree)
    r = generate.draft(tree["county"], year=2025, acting_user=system_user())
    r.signed_on = D("2026-03-20")
    r.doc_number = "示政报〔2026〕3号"
    r.cc, r.printer, r.printed_on = "市委依法治市办", "示范县人民政府办公室", D("2026-03-21")
    r.signers = "王建国"
    r.full_clean()
    r.save()
    return r


def test_draft_has_the_mandated_sections_in_order_and_facts_bound_to_keys(report):
    assert [s.kind for s in report.ordered_sections()] == ["measures", "shortcomings", "duty", "plans"]
    measures = report.sections.get(kind="measures").body
    assert "{{ litigation.cases }}" in measures and "行政应诉" in measures
    assert "行政执法案件" not in measures  # no enforcement data: no paragraph
    assert report.title == "示范县人民政府关于2025年度法治政府建设情况的报告"


def test_shortcomings_and_plans_come_from_the_data_and_otherwise_from_last_years_report(tree, report):
    actions.save_text(None, report, report.intro, {"plans": "（一）明年的安排。"})
    # 2026: last year's 行政应诉 records, none this year — the data says so, and the plan answers it
    nxt = generate.draft(tree["county"], year=2026, acting_user=system_user())
    shortcomings, plans = (nxt.sections.get(kind=k).body for k in ("shortcomings", "plans"))
    assert "行政应诉工作上年有记录，本年在平台上没有记录" in shortcomings
    assert "建立健全行政应诉工作台账" in plans and nxt.findings == ["empty:litigation"]
    # 2027: nothing in 2026 either — no finding, so the drafter starts from last year's text
    later = generate.draft(tree["county"], year=2027, acting_user=system_user())
    assert later.findings == [] and later.sections.get(kind="plans").body == nxt.sections.get(kind="plans").body


def test_figures_in_the_report_equal_the_indicators_command(report):
    bound = render.bind(report)
    out = io.StringIO()
    call_command("indicators", "--org", "990101", "--year", "2025", "--json", stdout=out)
    cli = {row["key"]: row["value"] for row in json.loads(out.getvalue())["indicators"]}
    assert bound.used_keys
    for key in bound.used_keys:
        fig = bound.figures[key]
        assert (float(fig.value) if fig.value is not None else None) == cli[key], key
    text = render.to_markdown(bound)
    assert "办理行政应诉案件3件" in text and "出庭应诉率100%" in text


def test_report_values_are_written_as_in_official_reports():
    fig = engine.Figure("k", "l", "%", "rate", None, "computed")
    for value, text in [(95, "95%"), ("91.130", "91.13%"), ("100.0", "100%")]:
        fig.value = __import__("decimal").Decimal(str(value))
        assert render.report_value(fig) == text
    fig.kind, fig.value = "amount", __import__("decimal").Decimal("1285000")
    assert render.report_value(fig) == "128.5万"


def test_unknown_keys_are_refused_and_missing_figures_listed(report):
    with pytest.raises(ValidationError, match="no.such"):
        actions.save_text(None, report, "", {"measures": "共{{ no.such }}件"})
    # services.* live in other systems: without a reported value the figure is missing
    actions.save_text(None, report, "", {"measures": "（一）政务服务。全程网办率{{ services.online_rate }}%。"})
    bound = render.bind(report)
    assert [f.key for f in bound.missing] == ["services.online_rate"]
    assert "全程网办率××%" in render.to_markdown(bound)


# -- DOCX per GB/T 9704 --------------------------------------------------------------------------------------------
def _east_asian(run):
    from docx.oxml.ns import qn

    rpr = run._element.rPr
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


def test_docx_layout_follows_gb_t_9704(report):
    doc = Document(io.BytesIO(docx_writer.build(render.bind(report), appendix=True)))
    sec = doc.sections[0]
    def close(a, mm):
        return abs(a - Mm(mm)) < Mm(0.1)  # stored in twentieths of a point

    assert close(sec.page_width, 210) and close(sec.page_height, 297)
    assert close(sec.top_margin, 37) and close(sec.left_margin, 28)
    assert abs((sec.page_width - sec.left_margin - sec.right_margin) - Mm(156)) < Mm(0.1)  # type area 156 mm
    assert abs((sec.page_height - sec.top_margin - sec.bottom_margin) - Mm(225)) < Mm(0.1)  # and 225 mm
    paras = [p for p in doc.paragraphs if p.text.strip()]
    by_text = {p.text: p for p in paras}
    title = by_text[report.title]
    assert _east_asian(title.runs[0]) == "方正小标宋简体" and title.runs[0].font.size == Pt(22)
    headings = [p.text for p in paras if p.runs and _east_asian(p.runs[0]) == "黑体" and "、" in p.text[:3]]
    assert [h[:2] for h in headings] == ["一、", "二、", "三、", "四、"]
    assert "主要举措和成效" in headings[0] and "不足和原因" in headings[1] and "第一责任人" in headings[2]
    assert "主要安排" in headings[3]
    body = next(p for p in paras if p.text.startswith("（一）"))
    assert _east_asian(body.runs[0]) == "楷体_GB2312" and body.runs[0].font.size == Pt(16)
    assert _east_asian(body.runs[-1]) == "仿宋_GB2312" and body.paragraph_format.line_spacing == Pt(28.95)
    assert "2026年3月20日" in by_text
    # 上行文 (7.2.4): 发文字号 left, one character in, on one line with 签发人 (楷体 name) at the right
    number = by_text["示政报〔2026〕3号\t签发人：王建国"]
    assert number.alignment == 0 and number.paragraph_format.left_indent == Pt(16)
    assert number.paragraph_format.tab_stops[0].alignment == 2 and _east_asian(number.runs[-1]) == "楷体_GB2312"
    # 版记 (7.4): one frame per line placed from the foot of the type area, thick rules outside, a thin one between
    cc, printer = by_text["抄送：市委依法治市办。"], by_text["示范县人民政府办公室\t2026年3月21日印发"]
    frames = [p._p.pPr.find(qn("w:framePr")) for p in (cc, printer)]
    assert frames[1].get(qn("w:yAlign")) == "bottom" and frames[1].get(qn("w:vAnchor")) == "margin"
    assert int(frames[0].get(qn("w:y"))) == int(Mm(225).pt * 20) - 2 * 579  # a line above the last of the 225 mm
    def rules(p):
        return {el.tag.split("}")[1]: el.get(qn("w:sz")) for el in p._p.pPr.find(qn("w:pBdr"))}
    assert rules(cc) == {"top": "8", "bottom": "4"} and rules(printer) == {"bottom": "8"}
    assert paras.index(cc) > paras.index(by_text["2026年3月20日"])
    assert doc.settings.odd_and_even_pages_header_footer
    odd, even = sec.footer.paragraphs[0], sec.even_page_footer.paragraphs[0]
    assert "PAGE" in odd._p.xml and odd.text.startswith("— ") and odd.alignment == 2 and even.alignment == 0
    assert odd.runs[0].font.size == Pt(14) and _east_asian(odd.runs[0]) == "宋体"
    assert doc.tables and doc.tables[0].rows[0].cells[0].text == "指标"  # appendix of figures and sources


@pytest.mark.skipif(not pdf.available() or not shutil.which("pdftoppm"), reason="LibreOffice/poppler not installed")
def test_pdf_and_png_pages_when_libreoffice_is_installed(report, tmp_path):
    data = pdf.docx_to_pdf(docx_writer.build(render.bind(report)))
    assert data.startswith(b"%PDF")
    (tmp_path / "r.pdf").write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(tmp_path / "r.pdf"), str(tmp_path / "p")], check=True)
    assert len(list(tmp_path.glob("p-*.png"))) >= 1
    import pdfplumber

    with pdfplumber.open(tmp_path / "r.pdf") as doc:
        first = doc.pages[0]
        assert abs(first.width - 595) < 2 and abs(first.height - 842) < 2  # A4 in points
        text = "".join(p.extract_text() or "" for p in doc.pages)
        first_text = (first.extract_text() or "").replace(" ", "")
        last = doc.pages[-1]
        printed = [w for w in last.extract_words() if "印发" in w["text"]]
    assert "法治政府建设情况的报告" in text.replace("\n", "")
    assert "签发人：王建国" in first_text and "示政报〔2026〕3号" in first_text
    # the 版记's last line sits on the last line of the type area: within one line (29 pt) of the bottom margin
    assert printed and all(abs((842 - 35 * 72 / 25.4) - w["bottom"]) < 29 for w in printed), printed


# -- publication and pages ------------------------------------------------------------------------------------------
def test_publish_needs_secrecy_review_and_warns_when_late(report, users, login):
    with pytest.raises(ValidationError):
        actions.publish(report, on=D("2026-03-28"), channel="门户网站", secrecy_reviewed=False, acting_user=system_user())
    actions.publish(report, on=D("2026-04-08"), channel="门户网站", secrecy_reviewed=True, acting_user=system_user())
    page = login(users["office"]).get(f"/r/annual-reports/{report.pk}/").content.decode()
    assert "晚于期限（2026-03-31）" in page and "督察工作规定" in page
    public = __import__("django.test", fromlist=["Client"]).Client().get(f"/public/reports/{report.pk}/")
    assert public.status_code == 200 and "此件公开发布" in public.content.decode()


def test_publication_is_refused_while_a_validation_rule_fails_or_the_signer_is_missing(report, monkeypatch):
    from fazhi.indicators import validation

    # a rule the report's own figures fail ("cases <= lost" while a case was not lost): listed, nothing published
    monkeypatch.setattr(validation, "RULES", [validation.Rule("litigation.cases", ("litigation.lost",), "测试规则")])
    with pytest.raises(ValidationError) as refused:
        actions.publish(report, on=D("2026-03-28"), channel="门户网站", secrecy_reviewed=True, acting_user=system_user())
    assert "测试规则" in " ".join(refused.value.messages)
    monkeypatch.setattr(validation, "RULES", [])
    report.signers = ""
    report.save()
    with pytest.raises(ValidationError, match="签发人"):  # an upward document names its signer (GB/T 9704 7.2.4)
        actions.publish(report, on=D("2026-03-28"), channel="门户网站", secrecy_reviewed=True, acting_user=system_user())
    report.refresh_from_db()
    assert report.status == "draft"


def test_draft_is_not_public_and_scoping(report, users, login):
    from django.test import Client

    assert Client().get(f"/public/reports/{report.pk}/").status_code == 404
    assert login(users["clerk_b"]).get(f"/reports/{report.pk}/").status_code == 404
    office = login(users["office"])
    page = office.get(f"/reports/{report.pk}/").content.decode()
    assert "/indicators/records/?key=litigation.cases" in page
    resp = office.get(f"/reports/{report.pk}/report.docx")
    assert resp.status_code == 200 and resp["Content-Type"].startswith("application/vnd.openxml")
    assert office.get(f"/reports/{report.pk}/report.exe").status_code == 404


def test_editor_keeps_text_on_error(report, users, login):
    office = login(users["office"])
    resp = office.post(f"/reports/{report.pk}/edit/", {"intro": "我的开头", "section-measures": "错误{{ bad.key }}"})
    body = resp.content.decode()
    assert resp.status_code == 200 and "bad.key" in body and "我的开头" in body
    resp = office.post(f"/reports/{report.pk}/edit/", {"intro": "新的开头", "section-measures": "（一）应诉。共{{ litigation.cases }}件。"})
    assert resp.status_code == 302
    assert "共3件" in render.to_markdown(render.bind(AnnualReport.objects.get(pk=report.pk)))


def test_create_from_the_register_drafts_the_report(tree, users, login):
    office = login(users["office"])
    resp = office.post("/r/annual-reports/new/", {"unit": tree["county"].pk, "year": 2025})
    assert resp.status_code == 302
    r = AnnualReport.objects.get(unit=tree["county"], year=2025)
    assert r.sections.count() == 4
    bad = office.post("/r/annual-reports/new/", {"unit": tree["county"].pk, "year": 2025})
    assert bad.status_code == 200 and "已经存在" in bad.content.decode()


def test_cli_builds_every_format_without_saving_a_draft(tree, tmp_path):
    tree["county"].division_code = "990101"
    tree["county"].save()
    _cases(tree)
    for fmt in ("docx", "md", "html"):
        call_command("report", "build", "--org", "990101", "--year", "2025", "--format", fmt,
                     "--output", str(tmp_path / f"r.{fmt}"))
    assert not AnnualReport.objects.exists()
    assert Document(str(tmp_path / "r.docx")).paragraphs
    assert "办理行政应诉案件3件" in (tmp_path / "r.md").read_text()
    assert "<html" in (tmp_path / "r.html").read_text()


@pytest.mark.skipif(not __import__("fazhi.reports.pdf", fromlist=["available"]).available(),
                    reason="LibreOffice is not installed here (CI installs it)")
def test_the_pdf_is_built_by_a_job_and_downloaded_with_a_chinese_name(tree, users, login):
    from fazhi.core.steps import system_user

    report = generate.draft(tree["county"], year=2025, acting_user=system_user())
    office = login(users["office"])
    response = office.get(f"/reports/{report.pk}/report.pdf")
    assert response.status_code == 302 and response["Location"].startswith("/jobs/")
    page = office.get(response["Location"]).content.decode()
    assert "job-download" in page, page[-1500:]
    download = office.get(response["Location"] + "download/")
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    assert "filename*=UTF-8''" in download["Content-Disposition"] and "%E7%A4%BA" in download["Content-Disposition"]
