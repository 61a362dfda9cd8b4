"""Workbench, deadline calculator, CLI, demo data and offline assets."""

import datetime as dt
import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_workbench_shows_deadlines_with_legal_basis_and_todos(tree, users, login, adviser_factory):
    today = dt.date.today()
    adviser_factory(name="快到期顾问", contract_end=today + dt.timedelta(days=1), contract_start=dt.date(2024, 1, 1))
    adviser_factory(name="已过期顾问", contract_end=today - dt.timedelta(days=3), contract_start=dt.date(2022, 1, 1))
    adviser_factory(name="远期顾问", contract_end=today + dt.timedelta(days=400))
    adviser_factory(name="已解聘顾问", contract_end=today - dt.timedelta(days=3), is_active=False,
                    contract_start=dt.date(2022, 1, 1))
    page = login(users["clerk_a"]).get("/").content.decode()
    deadlines = page[page.index('id="my-deadlines"'):page.index('id="my-todos"')]
    assert "快到期顾问" in deadlines and "即将到期" in deadlines
    assert "已过期顾问" in deadlines and "已逾期" in deadlines
    assert "远期顾问" not in deadlines and "已解聘顾问" not in deadlines
    assert "中办发〔2016〕30号" in deadlines  # the basis next to the warning
    todos = page[page.index('id="my-todos"'):]
    assert "已过期顾问" in todos
    assert "城关镇" in page[page.index('id="my-units"'):]


def test_workbench_is_scoped(tree, users, login, adviser_factory):
    adviser_factory(unit=tree["town_b"], name="东风快到期", contract_end=dt.date.today())
    assert "东风快到期" not in login(users["clerk_a"]).get("/").content.decode()
    assert "东风快到期" in login(users["office"]).get("/").content.decode()


def test_navigation_shows_only_openable_registers(tree, users, login):
    page = login(users["clerk_a"]).get("/").content.decode()
    assert "/r/advisers/" in page and "/r/memberships/" not in page
    page = login(users["admin"]).get("/").content.decode()
    assert "/r/memberships/" in page and "用户管理" in page


def test_deadline_calculator_page(tree, users, login):
    client = login(users["clerk_a"])
    page = client.get("/deadline/?rule=reconsideration.decision&start=2025-08-02").content.decode()
    assert "2025年10月9日" in page and "第六十二条" in page and "顺延" in page
    page = client.get("/deadline/?rule=reconsideration.examine&start=2024-09-27").content.decode()
    assert "2024年10月10日" in page and "调休上班" in page
    page = client.get("/deadline/?rule=nope&start=2025-13-01").content.decode()
    assert "请选择列表中的法定期限" in page and "请输入有效日期" in page
    page = client.get("/deadline/?rule=opengov.reply&start=2039-12-20").content.decode()
    assert "尚未录入工作日历" in page
    page = client.get("/deadline/?rule=litigation.defence&start=2026-12-17").content.decode()
    assert "2027年1月4日" in page and "暂定" in page


def test_cli_deadline_json():
    out = StringIO()
    call_command("deadline", "reconsideration.examine", "2024-09-27", "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert {k: data[k] for k in ("rule", "start", "due", "unit")} == {
        "rule": "reconsideration.examine", "start": "2024-09-27", "due": "2024-10-10", "unit": "working_days"}
    assert "第三十条" in data["basis"]
    out = StringIO()
    call_command("deadline", "--list", stdout=out)
    assert "litigation.defence" in out.getvalue() and "legal_aid.decide" in out.getvalue()


def test_cli_deadline_errors_are_chinese():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="未知的规则键"):
        call_command("deadline", "nope", "2025-01-01")
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("deadline", "penalty.decision", "2025/01/01")


def test_demo_is_idempotent_and_realistic():
    from fazhi.advisers.models import LegalAdviser
    from fazhi.core.models import Membership, OrgUnit
    from fazhi.indicators.models import DataValue
    from fazhi.legalservices.models import LegalAidCase
    from fazhi.mediation.models import Dispute
    from fazhi.opengov.models import ProactiveDisclosure
    from fazhi.publicity.models import Activity, ResponsibilityList
    from fazhi.study.models import LawReport
    from fazhi.supervision.models import Rectification

    models = [OrgUnit, LegalAdviser, Membership, Dispute, LegalAidCase, Activity, ResponsibilityList, LawReport,
              Rectification, ProactiveDisclosure, DataValue]
    out = StringIO()
    call_command("demo", stdout=out)
    counts = [m.objects.count() for m in models]
    call_command("demo", stdout=StringIO())
    assert [m.objects.count() for m in models] == counts
    assert all(counts), dict(zip([m.__name__ for m in models], counts, strict=True))
    county = OrgUnit.objects.get(division_code="990101")
    assert county.children.filter(kind="township").count() == 12
    assert county.children.filter(kind="department").count() >= 30
    assert OrgUnit.objects.filter(division_code="990101001", kind="township").exists()
    assert "demo" in out.getvalue() and "xiangzhen" in out.getvalue() and "demo-fazhi" in out.getvalue()
    _the_demo_report_is_one_a_county_would_send(county)
    _every_standard_key_is_computed_from_records(county)


def _every_standard_key_is_computed_from_records(county):
    """Issue 20's bar: every key of the standard catalogue is computed from the demo county's records for last
    year — except services.*, which come from the provincial service platform's export."""
    import csv
    import datetime as dt

    from fazhi.core.indicators import Period
    from fazhi.indicators import catalogue, engine

    with catalogue.DATA.open(encoding="utf-8") as fh:
        keys = [r["key"] for r in csv.DictReader(fh, delimiter="\t") if not r["key"].startswith("services.")]
    figures = engine.compute(keys, county, Period.year(dt.date.today().year - 1))
    not_computed = [k for k in keys if figures[k].source != "computed" or figures[k].value in (None, 0)]
    assert not_computed == [], not_computed


def _the_demo_report_is_one_a_county_would_send(county):
    """Issue 19's bar on the demo county's drafted report for last year: the density of a real county report, its
    figures bound and consistent, shortcomings drawn from the data with evidence, and plans answering them."""
    import datetime as dt

    from fazhi.core.indicators import Period
    from fazhi.indicators import validation
    from fazhi.reports import actions, findings, render
    from fazhi.reports.models import AnnualReport

    year = dt.date.today().year - 1
    for y in (year - 1, year):  # the demo is what every new user sees first: it passes the platform's own rules
        assert validation.check(county, Period.year(y)) == [], y
    report = AnnualReport.objects.get(unit=county, year=year)
    bound = render.bind(report)
    text = render.to_markdown(bound)
    assert len(re.findall(r"[\u4e00-\u9fff]", text)) >= 3500
    assert len(bound.used_keys) >= 80 and bound.violations == [] and bound.missing == []
    assert [s.kind for s in bound.sections] == ["measures", "shortcomings", "duty", "plans"]
    assert "《示范县重大行政决策程序实施细则》" in text and "“府院联动”" in text and "先进单位" in text
    chosen = findings.accepted(report)
    assert len(chosen) >= 3 and all(f.evidence for f in chosen)
    plans = report.sections.get(kind="plans").body
    assert all(f.plan in plans for f in chosen)
    assert actions.publication_problems(report) == []
    # the generated DOCX read back by the intake reader gives every bound figure its key and value
    from fazhi.intake.core import extract_file
    from fazhi.reports import docx_writer

    read: dict[str, list] = {}
    for fig in extract_file("报告.docx", docx_writer.build(bound))["figures"]:
        read.setdefault(fig["key"], []).append(float(fig["value"]))
    for key in bound.used_keys:
        value = float(bound.figures[key].value)  # amounts are written in 万 to two places: 100 yuan
        assert any(abs(x - value) <= max(0.05, value * 1e-4) for x in read.get(key, [])), (key, value, read.get(key))


def test_no_external_urls_in_templates_or_static_references():
    root = Path(__file__).resolve().parents[2]
    offenders = []
    for path in root.rglob("templates/**/*.html"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"""(src|href)=["']?(https?:)?//""", text):
            offenders.append(str(path))
    assert offenders == []
    static = root / "web" / "static" / "vendor"
    for asset in ("bootstrap/bootstrap.min.css", "bootstrap/bootstrap.bundle.min.js", "htmx/htmx.min.js",
                  "echarts/echarts.min.js"):
        assert (static / asset).stat().st_size > 10_000


def test_api_schema(tree, users, login):
    response = login(users["office"]).get("/api/schema/")
    assert response.status_code == 200 and b"/api/advisers/" in response.content


def test_password_change_is_self_service_and_recorded(tree, users, login):
    from conftest import PASSWORD
    from fazhi.core.models import DomainEvent

    client = login(users["clerk_a"])
    page = client.post("/password/", {"old_password": "wrong", "new_password1": "Fz-new-pass-2026",
                                      "new_password2": "Fz-new-pass-2026"}).content.decode()
    assert "旧密码" in page or "不正确" in page
    assert client.post("/password/", {"old_password": PASSWORD, "new_password1": "Fz-new-pass-2026",
                                      "new_password2": "Fz-new-pass-2026"}).status_code == 302
    users["clerk_a"].refresh_from_db()
    assert users["clerk_a"].check_password("Fz-new-pass-2026")
    event = DomainEvent.objects.get(event="password_changed")
    assert event.user == users["clerk_a"] and "Fz-new" not in str(event.detail)


def test_api_schema_and_docs_need_a_login(tree, users, login):
    from django.test import Client

    assert Client().get("/api/schema/").status_code in (401, 403)
    assert login(users["clerk_a"]).get("/api/schema/").status_code == 200


def test_login_lockout_is_shared_and_keyed_on_the_client_behind_the_proxy(tree, users):
    """Five failures lock that account for that client, in every web process (a shared store), while the same account
    from another client behind the same nginx still signs in."""
    from django.core.cache import caches
    from django.test import Client

    from conftest import PASSWORD

    assert caches["shared"].__class__.__name__ in ("DatabaseCache", "RedisCache")
    attacker = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    for _ in range(5):
        attacker.post("/login/", {"username": "clerk_a", "password": "wrong"})
    page = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9").post(
        "/login/", {"username": "clerk_a", "password": PASSWORD}).content.decode()
    assert "登录失败次数过多" in page
    owner = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert owner.post("/login/", {"username": "clerk_a", "password": PASSWORD}).status_code == 302
