"""The analytics table: equal to the live computation after random edits, stale marks scoped to the keys and
periods a change touches, stale figures served as of their last refresh until the background refresh (scheduled
when the change commits) replaces them, live computations narrowed to the subtree in SQL, and pages that read the
table with a number of queries independent of the number of units and records."""

import datetime as dt
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from fazhi.core.indicators import INDICATORS, Period, within
from fazhi.core.models import OrgUnit
from fazhi.enforcement.models import Agency, Case
from fazhi.indicators import analytics, engine
from fazhi.indicators.models import AnalyticsPeriod, AnalyticsTouch, AnalyticsValue
from fazhi.reconsideration.models import Application
from fazhi.web import scale

pytestmark = pytest.mark.django_db
YEAR = Period.year(2025)


@pytest.fixture(autouse=True)
def two_years(settings):
    """The data is of 2025: two years of the window (this year and last, with their quarters) are enough."""
    settings.FAZHI = {**settings.FAZHI, "ANALYTICS_YEARS": 2}


@pytest.fixture
def served_as_of(settings, two_years):
    """Production behaviour: stale figures are served as of their last refresh, not refreshed in the request."""
    settings.FAZHI = {**settings.FAZHI, "ANALYTICS_READ_THROUGH": False}


@pytest.fixture
def province():
    scale.build_province(counties=2, cases_per_county=240, applications_per_county=16, year=2025, log=lambda *_: None)
    analytics.refresh_all()  # bulk inserts bypass the signals: the builder's data needs a full refresh
    return OrgUnit.objects.get(division_code=scale.PROVINCE_CODE)


def table_equals_live() -> None:
    for period in analytics.window():
        keys = analytics.stored_keys()
        live = engine.compute_live_all(keys, period)
        stored: dict[str, dict[int, object]] = {}
        for key, unit_id, value in AnalyticsValue.objects.filter(
                period_start=period.start, period_end=period.end).values_list("key", "unit_id", "value"):
            stored.setdefault(key, {})[unit_id] = value
        for key in keys:
            expected = {u: v for u, v in live[key].items() if v}
            assert stored.get(key, {}) == expected, (key, period)


def test_table_equals_the_live_computation_after_random_edits(province, served_as_of):
    table_equals_live()
    rng = random.Random(11)
    agencies = list(Agency.objects.all())
    cases = list(Case.objects.order_by("pk")[:400])
    for _ in range(60):
        what = rng.random()
        if what < 0.4:  # a date moved, possibly into another year and quarter
            case = rng.choice(cases)
            case.filed_on = dt.date(rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
            case.decided_on = case.filed_on + dt.timedelta(days=rng.randint(0, 40)) if rng.random() < 0.7 else None
            case.fine_amount = rng.choice([None, 100, 250])
            case.save()
        elif what < 0.55:  # moved to another agency (another unit)
            case = rng.choice(cases)
            case.agency = rng.choice(agencies)
            case.save()
        elif what < 0.7 and cases:
            cases.pop(rng.randrange(len(cases))).delete()
        elif what < 0.85:
            Case.objects.create(agency=rng.choice(agencies), number=f"新-{rng.random()}", procedure="ordinary",
                                party_type="person", party_name="当事人", facts="违法行为",
                                filed_on=dt.date(2025, rng.randint(1, 12), 3))
        else:
            app = Application.objects.order_by("?").first()
            app.decided_on, app.on_time = dt.date(2025, rng.randint(1, 12), 9), rng.random() < 0.5
            app.save()
    assert AnalyticsPeriod.objects.filter(analytics._stale_q()).exists()
    analytics.refresh_stale()
    table_equals_live()


def test_a_change_marks_only_the_keys_and_periods_it_touches(province, served_as_of):
    case = Case.objects.filter(filed_on__month=5).first()
    case.facts = "违法事实补正"
    case.filed_on = dt.date(2025, 5, 20)
    case.save()
    stale = set(AnalyticsPeriod.objects.filter(analytics._stale_q()).values_list("key", "period_start"))
    assert stale and all(k.startswith(("enforcement.", "credit.")) for k, _ in stale)  # the keys that count cases
    assert {start.year for _, start in stale} <= {2025, 2026}  # decided_on empty: open up to this year
    assert ("enforcement.cases", dt.date(2025, 1, 1)) in stale
    assert not any(k.startswith("reconsideration.") for k, _ in stale)


def test_stale_figures_are_served_as_of_their_refresh_then_updated(province, served_as_of):
    county = OrgUnit.objects.filter(kind=OrgUnit.Kind.COUNTY).first()
    agency = Agency.objects.filter(unit__path__startswith=county.path).first()
    before = engine.compute(["enforcement.cases"], county, YEAR)["enforcement.cases"]
    assert before.as_of is not None and not before.stale
    Case.objects.create(agency=agency, number="补录-1", procedure="ordinary", party_type="person",
                        party_name="当事人", facts="违法行为", filed_on=dt.date(2025, 8, 1))
    served = engine.compute(["enforcement.cases"], county, YEAR)["enforcement.cases"]
    assert (served.value, served.stale) == (before.value, True)
    analytics.refresh_stale()
    after = engine.compute(["enforcement.cases"], county, YEAR)["enforcement.cases"]
    assert (after.value, after.stale) == (before.value + 1, False)


@pytest.mark.django_db(transaction=True)
def test_the_refresh_is_scheduled_when_the_change_commits(served_as_of):
    """No request refreshes anything: the commit enqueues the background refresh (Huey runs it at once here)."""
    scale.build_province(counties=1, cases_per_county=60, applications_per_county=4, year=2025, log=lambda *_: None)
    analytics.refresh_all()
    county = OrgUnit.objects.get(kind=OrgUnit.Kind.COUNTY)
    before = engine.compute(["enforcement.cases"], county, YEAR)["enforcement.cases"].value
    Case.objects.create(agency=Agency.objects.first(), number="补录-2", procedure="ordinary", party_type="person",
                        party_name="当事人", facts="违法行为", filed_on=dt.date(2025, 8, 1))  # autocommit: commits
    after = engine.compute(["enforcement.cases"], county, YEAR)["enforcement.cases"]
    assert (after.value, after.stale) == (before + 1, False)


def test_every_live_computation_is_narrowed_to_the_subtree_in_sql(province):
    """Each indicator, computed inside a subtree that holds nothing, finds nothing: the filter is in its query."""
    period = YEAR
    for key, ind in INDICATORS.items():
        if ind.is_rate:
            continue
        with within("/99999999/"):
            assert not any(ind.compute(period).values()), key
    county = OrgUnit.objects.filter(kind=OrgUnit.Kind.COUNTY).first()
    with within(county.path), CaptureQueriesContext(connection) as ctx:
        INDICATORS["enforcement.cases"].compute(period)
    assert county.path in ctx.captured_queries[-1]["sql"] or "LIKE" in ctx.captured_queries[-1]["sql"]


def test_custom_periods_are_computed_live_for_the_subtree(province):
    county = OrgUnit.objects.filter(kind=OrgUnit.Kind.COUNTY).first()
    half = Period(dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    figure = engine.compute(["enforcement.cases"], county, half)["enforcement.cases"]
    expected = Case.objects.filter(agency__unit__path__startswith=county.path, filed_on__lte=half.end).count()
    assert (figure.value, figure.as_of) == (expected, None)


@pytest.fixture
def three_years(settings, two_years):
    """The dashboard compares with last year (2024): materialise it too."""
    settings.FAZHI = {**settings.FAZHI, "ANALYTICS_YEARS": 3}


def test_dashboard_queries_do_not_grow_with_units_or_records(three_years, province, django_user_model, login):
    from conftest import make_user
    from fazhi.core.roles import Role

    root = OrgUnit.objects.get(division_code=scale.PROVINCE_CODE)
    client = login(make_user("prov", root, Role.RULE_OF_LAW_OFFICE))

    def queries(path: str) -> int:
        client.get(path)  # warm the per-process caches (calendar, content types) first
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(path).status_code == 200
        return len(ctx.captured_queries)

    pages = ["/dashboard/?period=2025", "/indicators/?period=2025"]
    small = [queries(p) for p in pages]
    city = OrgUnit.objects.filter(kind=OrgUnit.Kind.CITY).first()
    for n in range(3):  # more units and records under the same root
        county = OrgUnit.objects.create(name=f"新增县{n}", kind=OrgUnit.Kind.COUNTY, parent=city)
        town = OrgUnit.objects.create(name=f"新增县{n}一镇", kind=OrgUnit.Kind.TOWNSHIP, parent=county)
        agency = Agency.objects.create(unit=town, main_field="comprehensive", fields_text="综合执法", legal_basis="赋权决定")
        Case.objects.bulk_create([Case(agency=agency, number=f"{n}-{i}", procedure="ordinary", party_type="person",
                                       party_name="当事人", facts="违法行为", filed_on=dt.date(2025, 3, 1))
                                  for i in range(50)])
    analytics.refresh_all()
    assert [queries(p) for p in pages] == small
    assert max(small) <= 25, small


def test_the_refresh_button_starts_one_job_for_the_office(tree, users, login):
    office, clerk = login(users["office"]), login(users["clerk_a"])
    assert clerk.post("/indicators/refresh/").status_code == 403
    response = office.post("/indicators/refresh/")
    assert response.status_code == 302 and "/jobs/" in response["Location"]
    assert AnalyticsPeriod.objects.filter(computed_at__isnull=False).exists()
    page = office.get("/dashboard/?period=2025").content.decode()
    assert "数据截至" in page and "重新计算全部指标" in page
    assert "重新计算全部指标" not in clerk.get("/dashboard/?period=2025").content.decode()


def test_a_bulk_step_marks_what_it_created_and_the_refresh_catches_up(province, served_as_of):
    """The bulk form of 立案 (an import of a large ledger) tells the table once for all its records: the years they
    reach, the units of their agencies; after the refresh the table equals the live computation again."""
    from fazhi.core.steps import system_user
    from fazhi.enforcement import actions
    from fazhi.enforcement.models import Certificate, Officer

    agency = Agency.objects.select_related("unit").order_by("pk").first()
    officers = [Officer.objects.create(agency=agency, name=f"批量{i}", id_number=f"11010519900101{i:03d}X")
                for i in range(2)]
    for officer in officers:
        Certificate.objects.create(officer=officer, number=f"P{officer.pk}", field="market",
                                   issued_on=dt.date(2024, 1, 1), expires_on=dt.date(2030, 12, 31))
    analytics.refresh_stale()
    cases = [Case(agency=agency, number=f"批量-{i}", procedure="simple", party_type="person", party_name="张三",
                  facts="x", filed_on=dt.date(2025, 1 + i % 12, 10)) for i in range(30)]
    actions.file_case.perform_many([(case, officers) for case in cases], acting_user=system_user())
    stale = AnalyticsPeriod.objects.filter(key="enforcement.cases").filter(analytics._stale_q())
    assert stale.filter(period_start=dt.date(2025, 1, 1), period_end=dt.date(2025, 12, 31)).exists()
    touched = set(AnalyticsTouch.objects.filter(pair__in=stale).values_list("unit_id", flat=True))
    assert touched == {agency.unit_id}  # the agency's unit: an incremental refresh, not a whole one
    analytics.refresh_stale()
    table_equals_live()
