"""Shared fixtures: a small county tree, one user per role, logged-in clients."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from fazhi.core import calendar as workcal
from fazhi.core.models import Membership, OrgUnit
from fazhi.core.roles import Role
from fazhi.core.tests.calendar_seed import seed_calendar_as_migrated

PASSWORD = "Fz-test-pass-2025"


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _figures_refreshed_when_read(settings):
    """A test reads figures right after changing records: stale analytics pairs are refreshed in the request (the
    analytics tests switch this off to test the served-as-of path and the background refresh)."""
    settings.FAZHI = {**settings.FAZHI, "ANALYTICS_READ_THROUGH": True}


@pytest.fixture(autouse=True, scope="session")
def _jobs_run_in_the_test():
    """Jobs run inside the test that starts them (Huey's immediate mode, in memory); the queue tests use their own."""
    from huey.contrib.djhuey import HUEY

    HUEY.immediate = True
    yield


@pytest.fixture(autouse=True, scope="session")
def _no_connection_outlives_the_session(django_db_setup, django_db_blocker):
    """On PostgreSQL a live-server request thread can still hold a connection when the session ends, and the test
    database then cannot be dropped ("is being accessed by other users"): end such sessions first."""
    yield
    from django.db import connection

    if connection.vendor == "postgresql":
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        connection.close()


@pytest.fixture(autouse=True)
def _fresh_calendar_cache():
    workcal.invalidate()
    yield
    workcal.invalidate()


@pytest.fixture(autouse=True)
def _calendar_as_migrated(request, django_db_blocker):
    """The holiday calendar the migrations load is there for every test that reads the database: a transactional
    test (a live server, a commit hook) flushes the tables when it ends, and the next test on that worker would
    count its periods without holidays."""
    uses_db = request.node.get_closest_marker("django_db") or {"db", "transactional_db", "live_server"} & set(
        request.fixturenames)
    if uses_db:
        from fazhi.core.models import CalendarDay

        with django_db_blocker.unblock():
            if not CalendarDay.objects.exists():
                seed_calendar_as_migrated()


@pytest.fixture(autouse=True)
def _fresh_content_types():
    """A transactional test (a live server) flushes the database and the content types come back with new ids;
    Django's per-process cache of them would name the old ones in the next test on the same worker."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


@pytest.fixture(autouse=True)
def _no_remembered_answers():
    """Each test rolls its writes back, and SQLite then hands the same change-log ids out again: answers remembered
    at a data version must not outlive the test that saw them."""
    from fazhi.core.registers.union import forget_answers

    forget_answers()


@pytest.fixture
def tree(db):
    """示范市 → 示范县 → (城关镇 → 城关东村, 东风镇, 县司法局)."""
    city = OrgUnit.objects.create(name="示范市", kind=OrgUnit.Kind.CITY, division_code="990100")
    county = OrgUnit.objects.create(name="示范县", kind=OrgUnit.Kind.COUNTY, parent=city, division_code="990101")
    town_a = OrgUnit.objects.create(name="城关镇", kind=OrgUnit.Kind.TOWNSHIP, parent=county,
                                    division_code="990101001")
    town_b = OrgUnit.objects.create(name="东风镇", kind=OrgUnit.Kind.TOWNSHIP, parent=county,
                                    division_code="990101002")
    village = OrgUnit.objects.create(name="城关东村", kind=OrgUnit.Kind.VILLAGE, parent=town_a)
    dept = OrgUnit.objects.create(name="县司法局", kind=OrgUnit.Kind.DEPARTMENT, parent=county)
    return {"city": city, "county": county, "town_a": town_a, "town_b": town_b, "village": village, "dept": dept}


def make_user(username, unit=None, role=None, **extra):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD, first_name=username, **extra)
    if unit is not None:
        Membership.objects.create(user=user, unit=unit, role=role)
    return user


@pytest.fixture
def users(tree):
    return {
        "office": make_user("office", tree["county"], Role.RULE_OF_LAW_OFFICE),
        "clerk_a": make_user("clerk_a", tree["town_a"], Role.UNIT_CLERK),
        "clerk_b": make_user("clerk_b", tree["town_b"], Role.UNIT_CLERK),
        "supervisor": make_user("supervisor", tree["city"], Role.SUPERVISOR_READONLY),
        "admin": make_user("admin", tree["county"], Role.ADMIN),
        "enforcer": make_user("enforcer", tree["dept"], Role.ENFORCEMENT_STAFF),
        "nobody": make_user("nobody"),
    }


@pytest.fixture
def login():
    def _login(user) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return _login


@pytest.fixture
def adviser_factory(tree):
    from fazhi.advisers.models import LegalAdviser

    counter = {"n": 0}

    def make(unit=None, **kw):
        counter["n"] += 1
        unit = unit or tree["town_a"]
        level = {OrgUnit.Kind.VILLAGE: "village", OrgUnit.Kind.COUNTY: "county"}.get(unit.kind, "township")
        data = {
            "name": f"顾问{counter['n']}", "level": level, "unit": unit, "law_firm": "示范县正义律师事务所",
            "contract_start": dt.date(2024, 1, 1), "contract_end": dt.date(2026, 12, 31),
            "phone": "13812345678", "is_active": True,
        }
        data.update(kw)
        return LegalAdviser.objects.create(**data)

    return make


def pytest_collection_modifyitems(config, items):
    """Browser tests use a live server whose transactional teardown flushes the database (including
    the seeded calendar), so they run last."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


def assert_constant_queries(client, path: str, add_rows) -> None:
    """The page at `path` makes as many queries with many rows as with few (`add_rows()` adds a dozen)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)
    with CaptureQueriesContext(connection) as few:
        client.get(path)
    add_rows()
    with CaptureQueriesContext(connection) as many:
        response = client.get(path)
    assert response.status_code == 200
    assert len(many) == len(few), f"{path}: {len(few)} queries with few rows, {len(many)} with more"
