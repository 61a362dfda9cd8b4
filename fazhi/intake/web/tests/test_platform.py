"""Intake in the platform: upload, compliance table, confirming figures into the indicator space, comparison and
Excel export, scoping; and the round trip of the platform's own report."""

import datetime as dt
import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from fazhi.core.indicators import Period
from fazhi.core.steps import system_user
from fazhi.indicators import engine
from fazhi.indicators.models import DataValue
from fazhi.intake import extract_file, figures
from fazhi.intake.web.models import ExtractedFigure, ReceivedReport

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"  # reports written for this repository
SHARED = Path(__file__).resolve().parents[4].parent / "shared" / "samples" / "reports"  # real ones, beside it in CI
REPORT = ("示范县2024年法治政府建设情况报告\n一、2024年主要举措和成效\n全县全程网办率95.05%，受理行政复议案件27件。\n"
          "二、存在的不足和原因\n一是……。\n示范县人民政府\n2025年3月20日\n")


def _upload(client, unit, name, content):
    return client.post("/intake/upload/", {"unit": unit.pk, "file": SimpleUploadedFile(name, content)})


def test_upload_compliance_confirm_compare(tree, users, login):
    office = login(users["office"])
    resp = _upload(office, tree["county"], "county.txt", REPORT.encode())
    assert resp.status_code == 200 and resp.json()["figures"] == 2 and resp.json()["missing"] == ["duty", "plans"]
    assert resp.json()["missing_labels"] == ["第一责任人履职", "下一年度安排"]  # what the upload list shows
    bad = _upload(office, tree["county"], "broken.docx", b"not a zip")
    assert bad.status_code == 200 and "DOCX" in bad.json()["error"]
    assert _upload(office, tree["county"], "virus.exe", b"MZ").status_code == 400
    for unit in ("abc", "1" * 30, "-1"):  # not a unit's key: a clear error, never a 500
        resp = office.post("/intake/upload/", {"unit": unit, "file": SimpleUploadedFile("a.txt", REPORT.encode())})
        assert resp.status_code == 400 and "请选择接收单位" in resp.json()["error"]
    page = office.get("/intake/").content.decode()
    assert "第一责任人履职" in page and "按时" in page and "broken.docx" in page
    report = ReceivedReport.objects.get(source="county.txt")
    assert report.on_time is True and report.year == 2024
    online = report.figures.get(key="services.online_rate")
    for body in ("", "abc", "9" * 25):
        resp = office.post(f"/intake/{report.pk}/", {"body": body, "confirm": [online.pk]})
        assert resp.status_code == 200 and "请选择该报告对应的平台单位" in resp.content.decode()
    office.post(f"/intake/{report.pk}/", {"body": tree["county"].pk, "confirm": [online.pk],
                                          "reject": [report.figures.get(key="reconsideration.accepted").pk]})
    dv = DataValue.objects.get(key="services.online_rate", unit=tree["county"], source="extracted")
    assert dv.status == "approved" and float(dv.value) == 95.05
    fig = engine.compute(["services.online_rate"], tree["county"], Period.year(2024))["services.online_rate"]
    assert fig.source == "extracted" and float(fig.value) == 95.05
    assert ExtractedFigure.objects.get(key="reconsideration.accepted").status == "rejected"
    page = office.get("/intake/compare/?year=2024&key=services.online_rate&key=reconsideration.accepted")
    body = page.content.decode()
    assert "95.05" in body and "chart-compare" in body
    xlsx = office.get("/intake/compare/?year=2024&key=services.online_rate&format=xlsx")
    from openpyxl import load_workbook

    rows = list(load_workbook(io.BytesIO(xlsx.content)).active.values)
    assert rows[1][0] == "示范县人民政府" and rows[1][-1] == 95.05


def test_reports_upload_in_one_batch(tree, users, login):
    office = login(users["office"])
    paths = sorted(FIXTURES.glob("*.*")) + sorted(SHARED.glob("*.txt"))
    assert len(paths) >= 2
    for path in paths:
        assert _upload(office, tree["county"], path.name, path.read_bytes()).status_code == 200
    assert ReceivedReport.objects.filter(error="").count() == len(paths)


def test_scoping(tree, users, login):
    office = login(users["office"])
    _upload(office, tree["county"], "county.txt", REPORT.encode())
    report = ReceivedReport.objects.get()
    clerk = login(users["clerk_a"])
    assert clerk.get("/intake/").status_code == 403
    assert clerk.get(f"/intake/{report.pk}/").status_code == 404
    assert _upload(clerk, tree["county"], "x.txt", REPORT.encode()).status_code == 400


def test_the_platforms_own_report_reads_back_to_its_figures(tree):
    from fazhi.litigation import actions as lit
    from fazhi.litigation.models import LitigationCase
    from fazhi.reports import docx_writer, generate, render

    tree["county"].kind = "county"
    tree["county"].save()
    for i in range(3):
        case = lit.register_case(LitigationCase(
            unit=tree["dept"], court="示范县人民法院", case_number=f"（2025）示0101行初{i + 1}号",
            plaintiff_type="person", plaintiff_name="张三", cause="不服行政处罚决定", served_on=dt.date(2025, 3, 7)), acting_user=system_user())
        lit.record_sitting(case, held_on=dt.date(2025, 4, 20), head_appeared=i < 2, head_name="甲",
                           head_role="principal", staff="乙", absence_reason="" if i < 2 else "duty", acting_user=system_user())
    report = generate.draft(tree["county"], year=2025, acting_user=system_user())
    report.signed_on = dt.date(2026, 3, 20)
    report.save()
    bound = render.bind(report)
    result = extract_file("report.docx", docx_writer.build(bound))
    read = {f["key"]: f["value"] for f in result["figures"]}
    for key in bound.used_keys:
        fig = bound.figures[key]
        if fig.value is not None and key in read:
            assert float(read[key]) == pytest.approx(float(fig.value), abs=0.05), key
    assert read["litigation.cases"] == 3 and read["litigation.head_appearances"] == 2
    assert result["year"] == 2025 and result["published_on"] == "2026-03-20" and result["missing_sections"] == []
    assert result["on_time"] is True


def test_compliance_table_query_count_is_constant(tree, users, login):
    from conftest import assert_constant_queries

    office = login(users["office"])
    _upload(office, tree["county"], "county.txt", REPORT.encode())

    def add_rows():
        for i in range(12):
            _upload(office, tree["county"], f"r{i}.txt", REPORT.encode())

    assert_constant_queries(office, "/intake/", add_rows)


def test_the_lexicon_names_every_catalogue_key_and_keeps_what_an_office_added(tmp_path, monkeypatch):
    from fazhi.indicators import catalogue
    from fazhi.intake import lexicon
    from fazhi.intake.web import lexicon_build

    shipped = {e.key: e for e in lexicon.entries()}
    assert set(shipped) == set(catalogue.catalogue())  # regenerate with `fazhi intake lexicon --write`
    for row in lexicon_build.rows():
        assert set(row["terms"].split("|")) <= set(shipped[row["key"]].terms), row["key"]
    # an office adds a name; regenerating keeps it, and the reader uses it
    data = tmp_path / "lexicon.tsv"
    data.write_text(lexicon.DATA.read_text(encoding="utf-8").replace(
        "notary.foreign\t办理涉外公证", "notary.foreign\t办理涉外公证|涉外公证事项"), encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA", data)
    lexicon.entries.cache_clear()
    lexicon._patterns.cache_clear()
    try:
        assert "涉外公证事项" in dict((r["key"], r["terms"]) for r in lexicon_build.rows())["notary.foreign"]
        assert [(f.key, f.value) for f in figures.extract("全年办结涉外公证事项34件。")] == [("notary.foreign", 34)]
    finally:
        lexicon.entries.cache_clear()
        lexicon._patterns.cache_clear()


def test_the_same_report_in_another_format_is_not_received_twice_and_the_posting_date_decides(tree, users, login):
    from docx import Document

    office = login(users["office"])
    assert _upload(office, tree["county"], "county.txt", REPORT.encode()).json()["figures"] == 2
    doc = Document()  # the same report as a Word file: other line breaks and spaces, the same words
    for line in REPORT.replace("27件", "27 件").splitlines():
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    again = _upload(office, tree["county"], "county.docx", buf.getvalue()).json()
    assert "内容相同，未重复收录" in again["error"] and "county.txt" in again["error"]
    assert ReceivedReport.objects.count() == 1
    # a web page states when it was put online: 按时公开 is judged by that, not by the signature date
    page = ("静海区2024年度法治政府建设情况报告\n来源:区政府办公室 发布时间:2025-04-08 09:18\n"
            "一、2024年主要举措和成效\n全区全程网办率95%。\n静海区人民政府\n2025年3月20日\n")
    body = _upload(office, tree["county"], "page.html", f"<html><body><pre>{page}</pre></body></html>".encode())
    assert body.status_code == 200
    report = ReceivedReport.objects.get(source="page.html")
    assert (report.published_on, report.posted_on, report.on_time) == (dt.date(2025, 3, 20), dt.date(2025, 4, 8), False)
    # a report without one is judged by the date the office enters
    txt = ReceivedReport.objects.get(source="county.txt")
    office.post(f"/intake/{txt.pk}/", {"body": tree["county"].pk, "posted_on": "2025-04-02"})
    txt.refresh_from_db()
    assert txt.posted_on == dt.date(2025, 4, 2) and txt.on_time is False
    bad = office.post(f"/intake/{txt.pk}/", {"body": tree["county"].pk, "posted_on": "2025-13-02"}).content.decode()
    assert "格式不正确" in bad


def test_a_reviewers_correction_of_a_key_is_kept_as_a_lexicon_suggestion(tree, users, login):
    from fazhi.intake.web.actions import suggested_term
    from fazhi.intake.web.models import LexiconSuggestion

    office = login(users["office"])
    _upload(office, tree["county"], "county.txt", REPORT.encode())
    report = ReceivedReport.objects.get()
    fig = report.figures.get(key="reconsideration.accepted")
    page = office.get(f"/intake/{report.pk}/").content.decode()
    assert f'name="key_{fig.pk}"' in page and 'id="catalogue-keys"' in page
    bad = office.post(f"/intake/{report.pk}/", {"body": tree["county"].pk, f"key_{fig.pk}": "no.such_key"})
    assert "指标目录中没有：no.such_key" in bad.content.decode()
    office.post(f"/intake/{report.pk}/", {"body": tree["county"].pk, "confirm": [fig.pk],
                                          f"key_{fig.pk}": "reconsideration.applications"})
    fig.refresh_from_db()
    assert fig.key == "reconsideration.applications" and fig.status == "confirmed"
    assert DataValue.objects.filter(key="reconsideration.applications", unit=tree["county"], value=27).exists()
    suggestion = LexiconSuggestion.objects.get()
    assert (suggestion.read_as, suggestion.key, suggestion.term) == ("reconsideration.accepted",
                                                                     "reconsideration.applications", "受理行政复议案件")
    listing = office.get("/intake/suggestions/").content.decode()
    assert "受理行政复议案件" in listing and "收到行政复议申请" in listing
    tsv = office.get("/intake/suggestions/?format=tsv")
    assert "reconsideration.applications\t受理行政复议案件" in tsv.content.decode()
    assert login(users["clerk_a"]).get("/intake/suggestions/").status_code == 403
    assert suggested_term("全年共开展普法宣传活动28场") == "普法宣传活动"


def test_the_reviewer_sees_what_decided_each_figure_and_the_reports_other_statements_of_it(tree, users, login):
    office = login(users["office"])
    text = ("示范县2024年法治政府建设情况报告\n全年组织干部专题学习习近平法治思想、党的二十大和二十届三中全会精神共12次。"
            "组织干部职工系统学习《中华人民共和国民法典》等重点法律法规共8次。受理行政复议案件27件。\n")
    _upload(office, tree["county"], "county.txt", text.encode())
    report = ReceivedReport.objects.get()
    study = report.figures.get(key="study.group_sessions")
    assert float(study.value) == 8 and study.others == "12次；取舍：单独学法的次数优于与全会精神一并学习的次数"
    page = office.get(f"/intake/{report.pk}/").content.decode()
    assert "其他表述：12次；取舍：单独学法的次数优于与全会精神一并学习的次数" in page
    assert "依据：线索词" in page and "依据：识别词表：指标名称紧挨数字（受理行政复议案件）" in page
