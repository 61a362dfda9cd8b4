"""A large case ledger goes through the bulk form of 立案 (`file_case.many`): the same gates (第四十二条, the
record's own fields, one case number per agency), the same change log and events, written with bulk INSERTs and a
number of queries that does not grow with the rows."""

import datetime as dt
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import Workbook

from fazhi.core.models import ChangeLog, DomainEvent
from fazhi.core.registers import excel, registry
from fazhi.core.steps import ManyErrors, system_user
from fazhi.enforcement import actions
from fazhi.enforcement.events import Event
from fazhi.enforcement.models import Case
from fazhi.enforcement.tests.test_enforcement import setup  # noqa: F401 — the township team fixture

pytestmark = pytest.mark.django_db
HEADER = ["执法主体", "案件编号", "程序", "当事人类型", "当事人", "违法事实/案由", "立案日期", "承办执法人员"]


def ledger(rows: list[list]) -> SimpleUploadedFile:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return SimpleUploadedFile("执法案件台账.xlsx", buf.getvalue())


def rows(n: int, start: int = 0, handlers: str = "甲、乙") -> list[list]:
    return [["城关镇", f"示执〔2025〕{start + i}号", "普通程序" if i % 2 else "简易程序", "自然人", f"当事人{i}", "占道经营",
             f"2025-03-{i % 28 + 1:02d}", handlers] for i in range(n)]


def test_bulk_import_writes_the_same_records_log_and_events(setup):  # noqa: F811
    count, errors = excel.import_workbook(registry["cases"], setup["staff"], ledger(rows(30)))
    assert (count, errors) == (30, [])
    cases = list(Case.objects.order_by("pk").prefetch_related("handlers"))
    assert len(cases) == 30
    ordinary = next(c for c in cases if c.procedure == "ordinary")
    assert ordinary.decision_due == actions.rules.decision_due(ordinary.filed_on)  # 第六十条: 90 days
    assert all(c.status == Case.Status.FILED and {o.name for o in c.handlers.all()} == {"甲", "乙"} for c in cases)
    ct = ContentType.objects.get_for_model(Case)
    logs = ChangeLog.objects.filter(content_type=ct, action="create")
    assert logs.count() == 30 and set(logs.values_list("source", flat=True)) == {"import"}
    assert set(logs.values_list("user", flat=True)) == {setup["staff"].pk}
    events = DomainEvent.objects.filter(content_type=ct, event=Event.FILE)
    assert events.count() == 30 and set(events.values_list("user", flat=True)) == {setup["staff"].pk}
    event = events.get(object_id=str(ordinary.pk))
    assert "第六十条" in event.basis and event.detail["handlers"] == ["甲", "乙"]


def test_bulk_import_names_every_failing_row_and_writes_nothing(setup):  # noqa: F811
    actions.file_case(Case(agency=setup["agency"], number="示执〔2025〕5号", procedure="simple", party_type="person",
                           party_name="张三", facts="x", filed_on=dt.date(2025, 3, 1)),
                      setup["officers"][:2], acting_user=system_user())
    data = rows(8)  # rows 2..9 of the sheet
    data[2][7] = "甲、丁"  # 丁 holds no certificate (第四十二条)
    data[7][1] = data[6][1]  # the same number twice in the file
    count, errors = excel.import_workbook(registry["cases"], setup["staff"], ledger(data))
    assert count == 0
    by_row = {e.row: e for e in errors}
    assert "丁" in by_row[4].message and "第四十二条" in by_row[4].message
    assert "已有记录" in by_row[7].message  # 示执〔2025〕5号 was filed before
    assert "另一条相同" in by_row[9].message
    assert set(by_row) == {4, 7, 9}
    assert Case.objects.count() == 1


def test_bulk_import_queries_do_not_grow_with_rows(setup):  # noqa: F811
    def queries(n: int, start: int) -> int:
        with CaptureQueriesContext(connection) as ctx:
            count, errors = excel.import_workbook(registry["cases"], setup["staff"], ledger(rows(n, start)))
        assert (count, errors) == (n, [])
        return len(ctx)

    small, large = queries(20, 0), queries(200, 1000)
    # chunked INSERTs, not three statements per row: 180 more rows cost a few statements (SQLite's 999 parameters
    # cut a chunk of cases into INSERTs of about twenty rows; PostgreSQL writes a chunk in one)
    assert large - small < (200 - 20) / 10, (small, large)


def test_bulk_step_needs_an_acting_user_and_checks_each_item(setup):  # noqa: F811
    case = Case(agency=setup["agency"], number="1", procedure="simple", party_type="person", party_name="张三",
                facts="x", filed_on=dt.date(2025, 3, 3))
    with pytest.raises(TypeError):
        actions.file_case.perform_many([(case, setup["officers"][:2])], acting_user=None)
    lonely = Case(agency=setup["agency"], number="2", procedure="simple", party_type="person", party_name="李四",
                  facts="x", filed_on=dt.date(2025, 3, 3))
    with pytest.raises(ManyErrors) as caught:
        actions.file_case.perform_many([(case, setup["officers"][:2]), (lonely, setup["officers"][:1])],
                                       acting_user=system_user())
    assert list(caught.value.errors) == [1] and "不得少于两人" in str(caught.value.errors[1])
    assert not Case.objects.exists()


def test_bulk_import_reads_dates_and_choices_as_a_clerk_writes_them(setup):  # noqa: F811
    """The import form's quick checks (an ISO date parsed directly, a choice found in a set) accept and refuse
    what the form itself would: a date cell, 2025年3月5日, a label or a code; not 2月30日 or an unknown 程序."""
    data = rows(6)
    data[0][6] = dt.date(2025, 3, 4)  # a real date cell
    data[1][6] = "2025年3月5日"
    data[2][2] = "ordinary"  # the code instead of the label
    count, errors = excel.import_workbook(registry["cases"], setup["staff"], ledger(data[:3]))
    assert (count, errors) == (3, [])
    assert sorted(Case.objects.values_list("filed_on", flat=True)) == [dt.date(2025, 3, d) for d in (3, 4, 5)]
    assert Case.objects.get(number=data[2][1]).procedure == "ordinary"
    data[3][6] = "2025-02-30"
    data[4][2] = "快速程序"
    count, errors = excel.import_workbook(registry["cases"], setup["staff"], ledger(data[3:]))
    assert count == 0
    by_row = {e.row: e for e in errors}
    assert set(by_row) == {2, 3} and by_row[2].column == "立案日期" and by_row[3].column == "程序"
    assert Case.objects.count() == 3
