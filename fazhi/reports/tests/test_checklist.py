"""What a report must cover, as data: the default list (督察工作规定's four parts and the 纲要's tasks), an office's
own list imported from Excel, and whether a draft covers each item."""

import io

import pytest
from openpyxl import Workbook

from fazhi.reports import checklist, generate, render
from fazhi.reports.models import ChecklistItem
from fazhi.reports.tests.test_reports import _cases  # three 行政应诉 cases of 2025

pytestmark = pytest.mark.django_db


def test_the_default_list_has_the_four_parts_and_the_draft_shows_what_is_covered(tree, users, login):
    _cases(tree)
    report = generate.draft(tree["county"], year=2025, acting_user=users["office"])
    rows = {c.item.code: c for c in checklist.coverage(report, render.bind(report))}
    assert {"1", "2", "3", "4"} <= set(rows)  # 主要举措和成效、不足和原因、第一责任人、主要安排
    assert rows["1.7"].covered and "行政应诉" in rows["1.7"].how  # a bound figure with data
    assert not rows["1.5"].covered  # 突发事件应对: nothing recorded, nothing written
    page = login(users["office"]).get(f"/reports/{report.pk}/edit/").content.decode()
    assert 'id="report-checklist"' in page and "健全突发事件应对体系" in page and "尚无内容" in page


def test_an_office_imports_its_provinces_list_and_the_units_below_use_it(tree, users, login):
    wb = Workbook()
    ws = wb.active
    ws.append(["制定单位", "序号", "所属部分", "应报告事项", "关键词", "对应指标"])
    ws.append(["示范县", "1", "主要举措和成效", "行政应诉和负责人出庭", "出庭", "litigation.head_appearance_rate"])
    ws.append(["示范县", "2", "下一年度主要安排", "下一年度安排", "安排", ""])
    ws.append(["示范县", "3", "主要举措和成效", "不存在的指标", "", "no.such_key"])
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "本省年度报告清单.xlsx"
    page = login(users["office"]).post("/r/report-checklist/import/", {"file": buf}, follow=True).content.decode()
    assert "第4行" in page and "no.such_key" in page and not ChecklistItem.objects.exists()  # all or nothing
    ws.delete_rows(4)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "本省年度报告清单.xlsx"
    login(users["office"]).post("/r/report-checklist/import/", {"file": buf}, follow=True)
    assert [i.title for i in checklist.items_for(tree["town_a"])] == ["行政应诉和负责人出庭", "下一年度安排"]
    assert len(checklist.items_for(tree["city"])) == len(checklist.default_items())  # above the county: the default
