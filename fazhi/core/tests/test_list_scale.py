"""List pages and the workbench at scale: long filters are searched (autocomplete within scope) instead of listed,
the workbench counts are bounded and its questions to every register cost a constant number of queries."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from fazhi.core.models import OrgUnit
from fazhi.core.registers.union import forget_answers
from fazhi.enforcement.models import Agency, Case
from fazhi.web import views as web_views

pytestmark = pytest.mark.django_db


def agencies(parent, n, prefix):
    made = []
    for i in range(n):
        unit = OrgUnit.objects.create(name=f"{prefix}{i:02d}局", kind=OrgUnit.Kind.DEPARTMENT, parent=parent)
        made.append(Agency.objects.create(unit=unit, main_field="market", fields_text="市场监管", legal_basis="三定方案"))
    return made


def test_a_long_related_filter_is_searched_within_scope(tree, users, login):
    agencies(tree["county"], 55, "县第")
    agencies(tree["city"], 3, "市外")  # outside the clerk's and the office's county
    office = login(users["office"])
    page = office.get("/r/cases/").content.decode()
    assert 'hx-get="/r/cases/options/agency/"' in page
    assert page.count("县第") == 0  # not 55 options in a <select>
    found = office.get("/r/cases/options/agency/?term=县第0").content.decode()
    assert found.count("<option") == 11 and "县第00局" in found  # 10 matches and "（全部）"
    outside = office.get("/r/cases/options/agency/?term=市外").content.decode()
    assert "市外00局" not in outside and "没有找到" in outside
    assert office.get("/r/cases/options/status/?term=x").status_code == 404
    assert office.get("/r/cases/options/agency/?term=%00").status_code == 200
    chosen = Agency.objects.get(unit__name="县第07局")
    page = office.get(f"/r/cases/?agency={chosen.pk}").content.decode()
    assert "县第07局" in page and "县第08局" not in page  # the chosen one stays shown


def test_the_workbench_asks_every_register_in_a_constant_number_of_queries(tree, users, login):
    office = login(users["office"])
    office.get("/")

    def queries() -> int:
        forget_answers()  # the cold path: every union asked
        with CaptureQueriesContext(connection) as ctx:
            assert office.get("/").status_code == 200
        return len(ctx.captured_queries)

    before = queries()
    agency = agencies(tree["county"], 1, "县新")[0]
    Case.objects.bulk_create([Case(agency=agency, number=f"W-{i}", procedure="ordinary", party_type="person",
                                   party_name="当事人", facts="违法行为", filed_on=dt.date.today(),
                                   decision_due=dt.date.today() + dt.timedelta(days=i % 5)) for i in range(40)])
    assert queries() <= before + 2  # at most the registers that now have hits load their records
    assert queries() <= 25


def test_workbench_counts_stop_at_the_bound(tree, users, login, monkeypatch):
    monkeypatch.setattr(web_views, "COUNT_BOUND", 3)
    agency = agencies(tree["county"], 1, "县新")[0]
    Case.objects.bulk_create([Case(agency=agency, number=f"B-{i}", procedure="ordinary", party_type="person",
                                   party_name="当事人", facts="违法行为", filed_on=dt.date(2025, 1, 1))
                              for i in range(5)])
    assert "3+" in login(users["office"]).get("/").content.decode()


def test_deep_pages_are_bounded_with_a_chinese_hint(tree, users, login, monkeypatch):
    from fazhi.core.registers import views

    monkeypatch.setattr(views, "MAX_PAGES", 2)
    agency = agencies(tree["county"], 1, "县新")[0]
    Case.objects.bulk_create([Case(agency=agency, number=f"P-{i:03d}", procedure="ordinary", party_type="person",
                                   party_name="当事人", facts="违法行为", filed_on=dt.date(2025, 1, 1))
                              for i in range(120)])
    office = login(users["office"])
    page = office.get("/r/cases/?page=9").content.decode()
    assert "第 2 页" in page and "列表最多翻到第 2 页" in page and "下一页" not in page
    assert office.get("/r/cases/?page=99999999999999999999").status_code == 200


def test_the_workbench_reuses_its_answers_until_a_record_changes(tree, users, login):
    """Twenty people refreshing the same workbench ask the registers once between two writes; a write anywhere
    (the change log moves) is seen at the next request."""
    agency = agencies(tree["county"], 1, "县新")[0]
    office = login(users["office"])
    office.get("/")

    def queries() -> tuple[int, str]:
        with CaptureQueriesContext(connection) as ctx:
            page = office.get("/").content.decode()
        return len(ctx.captured_queries), page

    forget_answers()
    cold = queries()[0]
    warm, page = queries()
    assert warm <= cold - 3 and "W-NEW" not in page  # the three unions (deadlines, to-dos, counts) not asked again
    Case.objects.create(agency=agency, number="W-NEW", procedure="ordinary", party_type="person",
                        party_name="当事人", facts="违法行为", filed_on=dt.date.today(),
                        decision_due=dt.date.today() + dt.timedelta(days=1))
    after, page = queries()
    assert "W-NEW" in page and after >= cold


def test_a_user_at_the_only_root_reads_without_the_subtree_filter_and_a_second_tree_restores_it(tree, users):
    """A province office sees every unit: its lists skip the subtree filter and its joins (a plain index walk at a
    million cases). Once the instance holds a second tree, the filter is back and that tree stays unseen."""
    agency = agencies(tree["county"], 1, "县新")[0]
    Case.objects.create(agency=agency, number="R-1", procedure="ordinary", party_type="person", party_name="甲",
                        facts="违法行为", filed_on=dt.date(2025, 1, 1))
    supervisor = users["supervisor"]  # at 示范市, the root
    query = str(Case.objects.visible_to(supervisor).query)
    assert "LIKE" not in query.upper() and Case.objects.visible_to(supervisor).count() == 1
    assert "LIKE" in str(Case.objects.visible_to(users["office"]).query).upper()  # a county is a subtree

    other = OrgUnit.objects.create(name="外市", kind=OrgUnit.Kind.CITY, division_code="980100")
    outside = agencies(other, 1, "外市")[0]
    Case.objects.create(agency=outside, number="R-2", procedure="ordinary", party_type="person", party_name="乙",
                        facts="违法行为", filed_on=dt.date(2025, 1, 1))
    assert "LIKE" in str(Case.objects.visible_to(supervisor).query).upper()
    assert list(Case.objects.visible_to(supervisor).values_list("number", flat=True)) == ["R-1"]


def test_a_deep_page_found_by_ids_first_shows_the_same_rows_in_the_same_order(tree, users, login, monkeypatch):
    from fazhi.core.registers import views

    agency = agencies(tree["county"], 1, "县新")[0]
    Case.objects.bulk_create([Case(agency=agency, number=f"D-{i:03d}", procedure="ordinary", party_type="person",
                                   party_name="当事人", facts="违法行为", filed_on=dt.date(2025, 1, 1 + i % 28))
                              for i in range(120)])
    office = login(users["office"])
    plain = office.get("/r/cases/?page=2&sort=filed_on").content.decode()
    monkeypatch.setattr(views, "DEFERRED_FROM", 0)
    deferred = office.get("/r/cases/?page=2&sort=filed_on").content.decode()
    numbers = [line for line in plain.splitlines() if "D-" in line]
    assert len(numbers) >= 50 and numbers == [line for line in deferred.splitlines() if "D-" in line]


def test_the_dashboard_counts_every_deadline_at_risk_and_loads_only_the_most_urgent(tree, users, login):
    agency = agencies(tree["county"], 1, "县新")[0]
    today = dt.date.today()
    Case.objects.bulk_create([Case(agency=agency, number=f"K-{i:02d}", procedure="ordinary", party_type="person",
                                   party_name="当事人", facts="违法行为", filed_on=today - dt.timedelta(days=100),
                                   decision_due=today - dt.timedelta(days=30 - i)) for i in range(25)])
    page = login(users["office"]).get(f"/dashboard/?period={today.year}").content.decode()
    card = page.split('id="deadlines-at-risk"')[1].split("</table>")[0]
    assert "已逾期 25 项，共 25 项需关注，列出最紧迫的 20 项" in card
    assert "K-00" in card and "K-19" in card and "K-20" not in card  # the oldest due first
