"""The indicator engine: subtree roll-up, rates as ratios of sums, precedence of sources, provenance, scope,
reported figures with approval, validation rules, the CLI, and a query count independent of the number of units."""

import datetime as dt
import json
from decimal import Decimal
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from fazhi.core.indicators import Period
from fazhi.core.models import OrgUnit
from fazhi.indicators import actions, catalogue, engine, validation
from fazhi.indicators.models import DataValue
from fazhi.reconsideration.models import Application

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat
YEAR = Period.year(2025)


def application(unit, received, accepted=None, decided=None, on_time=True, **kw):
    return Application.objects.create(
        unit=unit, applicant_type="person", applicant_name="申请人", respondent_name="某局", act_type="penalty",
        act_description="罚款", received_on=D(received), channel="post", accepted_on=accepted and D(accepted),
        decided_on=decided and D(decided), on_time=on_time, status="decided" if decided else "accepted", **kw)


@pytest.fixture
def cases(tree):
    application(tree["county"], "2025-01-05", "2025-01-08", "2025-02-20")
    application(tree["town_a"], "2025-03-05", "2025-03-08", "2025-06-20", on_time=False)
    application(tree["town_a"], "2025-04-05", "2025-04-08")
    application(tree["town_b"], "2025-05-05", "2025-05-08", "2025-06-01")
    application(tree["town_b"], "2024-05-05", "2024-05-08", "2024-06-01")  # last year
    return tree


def test_catalogue_holds_every_standard_key_with_its_aggregation():
    cat = catalogue.catalogue()
    with catalogue.DATA.open(encoding="utf-8") as fh:
        standard = [line.split("\t")[0] for line in fh.read().splitlines()[1:] if line]
    assert all(k in cat for k in standard) and len(standard) == 114  # 76 of the first spec and the 38 added later
    assert cat["reconsideration.on_time_rate"].aggregation == "ratio"
    assert cat["advisers.count"].aggregation == "stock"
    assert cat["enforcement.cases"].aggregation == "sum"


def test_subtree_sums_equal_the_parent_and_rates_are_ratios_of_sums(cases):
    tree = cases
    county = engine.compute(None, tree["county"], YEAR)
    parts = [engine.compute(None, tree[u], YEAR) for u in ("town_a", "town_b")]
    own = 1  # the county's own case
    for key in ("reconsideration.applications", "reconsideration.accepted", "reconsideration.concluded"):
        assert county[key].value == own + sum(p[key].value for p in parts)
    assert county["reconsideration.applications"].value == 4
    # 3 concluded, 2 within the period: 66.7%, not the mean of the towns' rates (0% and 100%).
    assert county["reconsideration.on_time_rate"].value == Decimal("66.7")
    assert parts[0]["reconsideration.on_time_rate"].value == Decimal("0.0")
    children = dict(engine.by_child("reconsideration.applications", tree["county"], YEAR))
    assert children[tree["town_a"]] == 2 and children[tree["town_b"]] == 1


def test_sources_and_provenance(cases, login, users):
    tree = cases
    DataValue.objects.create(key="services.online_rate", unit=tree["county"], period="2025", period_start=YEAR.start,
                             period_end=YEAR.end, value=Decimal("92.5"), evidence="省政务服务平台统计", status="approved")
    DataValue.objects.create(key="mediation.disputes", unit=tree["county"], period="2025", period_start=YEAR.start,
                             period_end=YEAR.end, value=Decimal("300"), evidence="报告", source="extracted",
                             status="approved")
    figures = engine.compute(None, tree["county"], YEAR)
    assert (figures["services.online_rate"].source, figures["services.online_rate"].value) == ("reported",
                                                                                              Decimal("92.5"))
    assert (figures["mediation.disputes"].source, figures["mediation.disputes"].value) == ("extracted", 300)
    assert figures["services.items"].source == "missing"  # kept in other systems, not reported here
    assert figures["enforcement.cases"].source == "computed" and figures["enforcement.cases"].value == 0
    link = figures["reconsideration.applications"].link
    page = login(users["office"]).get(link).content.decode()
    assert page.count('href="/r/reconsideration/') >= 4 and "2024-05-05" not in page


def test_a_unit_sees_only_its_scope(cases, login, users):
    tree = cases
    clerk = login(users["clerk_a"])
    page = clerk.get("/indicators/").content.decode()
    assert "城关镇" in page
    assert clerk.get(f"/indicators/?unit={tree['county'].pk}&period=2025").status_code == 404
    assert clerk.get(f"/indicators/api/?unit={tree['town_b'].pk}&period=2025").status_code == 404
    link = engine.compute(["reconsideration.applications"], tree["county"], YEAR)["reconsideration.applications"].link
    assert clerk.get(link).status_code == 404
    data = json.loads(login(users["office"]).get(f"/indicators/api/?unit={tree['county'].pk}&period=2025").content)
    assert {f["key"]: f["value"] for f in data["figures"]}["reconsideration.applications"] == 4


def test_query_count_does_not_grow_with_units(cases):
    tree = cases
    keys = ["reconsideration.applications", "reconsideration.on_time_rate", "enforcement.cases"]
    with CaptureQueriesContext(connection) as few:
        engine.compute(keys, tree["county"], YEAR)
    for i in range(30):
        town = OrgUnit.objects.create(name=f"新镇{i}", kind="township", parent=tree["county"],
                                      division_code=f"990101{100 + i}")
        application(town, "2025-06-01", "2025-06-02", "2025-07-01")
    with CaptureQueriesContext(connection) as many:
        figures = engine.compute(keys, tree["county"], YEAR)
    assert len(many) == len(few)
    assert figures["reconsideration.applications"].value == 34


def test_reported_value_is_validated_submitted_and_approved(tree, login, users):
    bad = DataValue(key="services.online_rate", unit=tree["town_a"], period="2025", value=Decimal("120"), evidence="x")
    with pytest.raises(ValidationError, match="0至100"):
        bad.full_clean()
    for field, kw in [("period", {"period": "2025年"}), ("key", {"key": "no.such"}), ("value", {"value": Decimal("1.5"),
                                                                                             "key": "notary.cases"})]:
        v = DataValue(**{"key": "services.online_rate", "unit": tree["town_a"], "period": "2025",
                         "value": Decimal("50"), "evidence": "x", **kw})
        with pytest.raises(ValidationError) as exc:
            v.full_clean()
        assert field in exc.value.message_dict
    clerk = login(users["clerk_a"])
    r = clerk.post("/r/reported-values/new/", {"key": "services.online_rate", "unit": tree["town_a"].pk,
                                               "period": "2025", "value": "88.6", "evidence": "省平台导出"})
    assert r.status_code == 302
    value = DataValue.objects.get()
    assert value.period_start == YEAR.start
    clerk.post(f"/r/reported-values/{value.pk}/act/submit/", {"confirm": "on"})
    assert clerk.get(f"/r/reported-values/{value.pk}/act/approve/").status_code == 404  # not the clerk's step
    assert engine.compute(["services.online_rate"], tree["town_a"], YEAR)["services.online_rate"].source == "missing"
    actions.approve(DataValue.objects.get(), on=D("2026-01-10"), acting_user=users["office"])
    fig = engine.compute(["services.online_rate"], tree["town_a"], YEAR)["services.online_rate"]
    assert (fig.source, fig.value) == ("reported", Decimal("88.60"))


def test_validation_rules_list_violations(cases):
    tree = cases
    DataValue.objects.create(key="legal_aid.cases", unit=tree["county"], period="2025", period_start=YEAR.start,
                             period_end=YEAR.end, value=10, evidence="x", status="approved")
    DataValue.objects.create(key="legal_aid.concluded", unit=tree["county"], period="2025", period_start=YEAR.start,
                             period_end=YEAR.end, value=12, evidence="x", status="approved")
    messages = [v.message for v in validation.check(tree["county"], YEAR)]
    assert any(m.startswith("法律援助结案数不应超过本年与上年受理数之和") for m in messages)  # 12 > 10 + 0
    assert "行政复议审结数不应超过上年末未审结数与本年受理数之和" not in messages


def test_cli_json(cases):
    out = StringIO()
    call_command("indicators", "--org", "990101", "--year", "2025", "--json", stdout=out)
    data = json.loads(out.getvalue())
    by_key = {f["key"]: f for f in data["indicators"]}
    assert by_key["reconsideration.applications"] == {**by_key["reconsideration.applications"], "value": 4,
                                                      "unit": "件", "source": "computed"}
    assert by_key["services.online_rate"]["source"] == "missing"
    assert len(by_key) >= 76
    with pytest.raises(Exception, match="找不到单位"):
        call_command("indicators", "--org", "000000", "--year", "2025")


def test_overview_page(cases, login, users):
    page = login(users["office"]).get(f"/indicators/?unit={cases['county'].pk}&period=2025").content.decode()
    assert "行政复议法定期限内审结率" in page and "66.7%" in page and "平台计算" in page
    assert "请写成" in login(users["office"]).get("/indicators/?period=去年").content.decode()


def test_dashboard_compares_years_breaks_down_by_unit_and_stays_in_scope(cases, login, users):
    tree = cases
    page = login(users["office"]).get(f"/dashboard/?unit={tree['county'].pk}&period=2025&key="
                                      "reconsideration.applications").content.decode()
    assert "受理(办理)行政复议案件" in page and "上年" in page and "echarts.min.js" in page
    assert f"?unit={tree['town_a'].pk}&amp;period=2025&amp;key=reconsideration.applications" in page
    assert "/indicators/records/?key=reconsideration.applications" in page
    assert login(users["clerk_a"]).get(f"/dashboard/?unit={tree['county'].pk}").status_code == 404


def test_compute_all_matches_compute_for_every_unit(cases):
    tree = cases
    every = engine.compute_all(None, YEAR)
    for unit in tree.values():
        single = engine.compute(["reconsideration.applications", "reconsideration.on_time_rate"], unit, YEAR)
        assert every["reconsideration.applications"].get(unit.pk, 0) == single["reconsideration.applications"].value
        assert every["reconsideration.on_time_rate"].get(unit.pk) == single["reconsideration.on_time_rate"].value


def test_province_scale_generator_and_roll_up():
    from fazhi.enforcement.models import Case
    from fazhi.web import scale

    summary = scale.build_province(counties=2, cases_per_county=300, applications_per_county=20, year=2025,
                                   log=lambda *_: None)
    assert "2 个县" in summary
    province = OrgUnit.objects.get(division_code=scale.PROVINCE_CODE)
    every = engine.compute_all(["enforcement.cases", "reconsideration.applications"], YEAR)
    assert every["enforcement.cases"][province.pk] == Case.objects.filter(filed_on__year=2025).count() >= 600
    assert every["reconsideration.applications"][province.pk] == 40
    assert scale.build_province(counties=2) == "基准省数据已存在"


def test_every_computed_figure_links_to_its_records(tree, users, login):
    """Provenance never breaks: each computed key's records page answers for the office (no 500 for any key)."""
    from fazhi.core.indicators import INDICATORS

    client = login(users["office"])
    keys = [k for k, ind in INDICATORS.items() if ind.records is not None]
    figures = engine.compute(keys, tree["county"], YEAR)
    for key in keys:
        response = client.get(figures[key].link)
        assert response.status_code == 200, (key, response.status_code)
