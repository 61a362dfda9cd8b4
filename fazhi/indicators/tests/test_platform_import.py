"""政务服务 figures from the provincial platform's export: columns mapped by data, rates computed where the export
has only counts, all or nothing, re-import idempotent, approved figures protected; page, job and CLI."""

import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from openpyxl import Workbook

from fazhi.core.indicators import Period
from fazhi.core.models import DomainEvent
from fazhi.core.steps import system_user
from fazhi.indicators import actions, engine, platform
from fazhi.indicators.models import DataValue

pytestmark = pytest.mark.django_db
HEADER = ["序号", "单位名称", "政务服务事项总数", "全程网办事项数", "即办率（%）", "免证办事项数", "“一件事一次办”集成服务"]


def export(rows, header=HEADER, title=True, name="省平台统计2025.xlsx"):
    wb = Workbook()
    ws = wb.active
    if title:  # the platform's title block above the header
        ws.append(["政务服务事项统计表（2025年度）"])
        ws.append(["统计时间：2025-01-01至2025-12-31"])
    ws.append(header)
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name, buf.size = name, len(buf.getvalue())
    return buf


def stored(unit):
    return {dv.key: dv.value for dv in DataValue.objects.filter(unit=unit, source="platform")}


def test_columns_mapped_and_a_rate_computed_from_counts(tree, users):
    rows = [[1, "示范县", 1302, "1,187", "48.6%", 356, 21], [2, "城关镇", 210, 150, 40, 12, 2], [None, "合计", 1512]]
    stats, errors = platform.import_export(export(rows), users["office"], 2025)
    assert errors == [] and stats == {"created": 10, "updated": 0, "unchanged": 0}
    county = stored(tree["county"])
    # no 全程网办率 column: 全程网办事项数 ÷ 政务服务事项总数 (the mapping's third column) = 1187 / 1302
    assert county["services.online_rate"] == Decimal("91.17")
    assert county["services.items"] == 1302 and county["services.instant_rate"] == Decimal("48.6")
    assert stored(tree["town_a"])["services.online_rate"] == Decimal("71.43")
    assert set(DataValue.objects.values_list("status", flat=True)) == {"submitted"}
    event = DomainEvent.objects.filter(event="platform_import").first()
    assert event.user == users["office"] and "省平台统计2025.xlsx" in event.detail["evidence"]
    # the same export again changes nothing; a corrected one updates what is not yet approved
    assert platform.import_export(export(rows), users["office"], 2025)[0]["unchanged"] == 10
    rows[0][2] = 1310
    assert platform.import_export(export(rows), users["office"], 2025)[0]["updated"] == 2  # and the rate from it


def test_bad_rows_write_nothing_and_name_row_and_column(tree, users):
    rows = [[1, "示范县", 1302, 1187, "48.6", 356, 21], [2, "不存在县", 1, 1, 1, 1, 1],
            [3, "城关镇", "二百", 150, 140, 12, 2]]
    stats, errors = platform.import_export(export(rows), users["office"], 2025)
    assert not stats and DataValue.objects.count() == 0
    messages = [(e.row, e.column, e.message) for e in errors]
    assert (5, "单位名称", "找不到单位“不存在县”，或您无权为其填报数据。") in messages
    assert any(r == 6 and c == "政务服务事项总数" and "不是数字" in m for r, c, m in messages)
    assert any(r == 6 and "0至100" in m for r, c, m in messages)  # 即办率 140
    # a clerk of one township may not import the county's figures
    _, errors = platform.import_export(export(rows[:1]), users["clerk_a"], 2025)
    assert "无权为其填报" in errors[0].message
    _, errors = platform.import_export(export(rows, header=["序号", "名称", "事项"]), users["office"], 2025)
    assert "没有找到表头" in errors[0].message
    _, errors = platform.import_export(export([[1, "示范县", 5]], header=["序号", "单位名称", "备注"]), users["office"],
                                       2025)
    assert "没有可识别的政务服务指标列" in errors[0].message


def test_approved_figures_feed_the_indicators_and_are_protected(tree, users):
    platform.import_export(export([[1, "示范县", 1302, 1187, 48.6, 356, 21]]), users["office"], 2025)
    for dv in DataValue.objects.all():
        actions.approve(dv, on=dv.period_end, acting_user=users["office"])
    figure = engine.compute(["services.items", "services.online_rate"], tree["county"], Period.year(2025))
    assert figure["services.items"].value == 1302 and figure["services.items"].source == "platform"
    assert figure["services.online_rate"].value == Decimal("91.17")
    _, errors = platform.import_export(export([[1, "示范县", 1400, 1187, 48.6, 356, 21]]), users["office"], 2025)
    assert "已审核采用" in errors[0].message and DataValue.objects.get(key="services.items").value == 1302
    for dv in DataValue.objects.filter(key__in=["services.items", "services.online_rate"]):  # the rate follows
        actions.send_back(dv, on=dv.period_end, comment="平台数据已更正", acting_user=system_user())
    assert platform.import_export(export([[1, "示范县", 1400, 1187, 48.6, 356, 21]]), users["office"], 2025)[0] \
        ["updated"] == 2  # the count and the rate computed from it


def test_page_runs_the_job_and_cli_does_the_same(tree, users, login, tmp_path, capsys):
    client = login(users["office"])
    page = client.get("/r/reported-values/").content.decode()
    assert "/indicators/platform-import/" in page
    form = client.get("/indicators/platform-import/").content.decode()
    assert "全程网办事项数 ÷ 政务服务事项总数" in form
    response = client.post("/indicators/platform-import/", {"year": "2025", "file": export(
        [[1, "示范县", 1302, 1187, 48.6, 356, 21]])}, follow=True)
    assert "已导入2025年度政务服务平台数据：新增 5 项" in response.content.decode()
    bad = client.post("/indicators/platform-import/", {"year": "1999", "file": export([])}).content.decode()
    assert "请选择统计年度" in bad
    assert login(users["nobody"]).get("/indicators/platform-import/").status_code == 403
    path = tmp_path / "平台.xlsx"
    path.write_bytes(export([[1, "城关镇", 210, 150, 40, 12, 2]]).getvalue())
    call_command("platform_import", str(path), "--year", "2025", "--as", "office")
    assert "新增 5 项" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        call_command("platform_import", str(path), "--year", "2025", "--as", "clerk_b")
