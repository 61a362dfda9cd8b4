"""工作举措与制度建设: recorded by a unit, included by the office, named in the drafted report and counted."""

import datetime as dt

import pytest

from fazhi.core.indicators import Period, value
from fazhi.core.models import DomainEvent
from fazhi.practices.models import Practice
from fazhi.reports import generate

pytestmark = pytest.mark.django_db


def _record(client, unit, **fields):
    data = {"unit": unit.pk, "kind": "mechanism", "heading": "disputes", "title": "1+1+N矛盾纠纷多元化解",
            "on": "2025-07-15", **fields}
    return client.post("/r/practices/new/", data)


def test_a_clerk_records_the_office_includes_and_the_report_names_it(tree, users, login):
    clerk, office = login(users["clerk_a"]), login(users["office"])
    assert _record(clerk, tree["town_a"]).status_code == 302
    assert _record(clerk, tree["town_a"], kind="document", heading="rules", title="《城关镇合法性审核工作规则》",
                   on="2025-03-02").status_code == 302
    mechanism = Practice.objects.get(kind="mechanism")
    assert Practice.objects.get(kind="document").title == "城关镇合法性审核工作规则"  # 书名号 are the report's
    assert clerk.get(f"/r/practices/{mechanism.pk}/act/include/").status_code == 404  # the office curates
    for p in Practice.objects.all():
        assert office.post(f"/r/practices/{p.pk}/act/include/", {}).status_code == 302
    event = DomainEvent.objects.filter(object_id=str(mechanism.pk)).get()
    assert (event.event, event.user, event.label) == ("include", users["office"], "列入年度报告")

    report = generate.draft(tree["county"], year=2025, acting_user=users["office"])
    measures = report.sections.get(kind="measures").body
    assert "（二）依法有效化解社会矛盾纠纷。坚持和发展新时代“枫桥经验”，全年建立“1+1+N矛盾纠纷多元化解”工作机制" in measures
    assert "（一）完善依法行政制度体系。严格落实行政规范性文件统一登记、统一编号、统一印发制度。印发《城关镇合法性审核工作规则》。" in measures
    assert value("institutions.rules_made", tree["county"], Period.year(2025)) == 1
    assert value("institutions.mechanisms", tree["town_b"], Period.year(2025)) == 0


def test_a_quoted_name_inside_a_name_takes_the_inner_marks(tree, users, login):
    office = login(users["office"])
    _record(office, tree["county"], heading="functions", title="“高效办成一件事”帮办代办")
    office.post(f"/r/practices/{Practice.objects.get().pk}/act/include/", {})
    measures = generate.draft(tree["county"], year=2025, acting_user=users["office"]).sections.get(kind="measures").body
    assert "建立“‘高效办成一件事’帮办代办”工作机制" in measures and "““" not in measures


def test_excluded_measures_stay_out_of_the_report(tree, users, login):
    office = login(users["office"])
    _record(office, tree["county"], kind="honour", heading="duty", title="全市法治政府建设工作先进单位",
            awarded_by="示范市委全面依法治市委员会", level="municipal", on="2025-12-20")
    honour = Practice.objects.get()
    office.post(f"/r/practices/{honour.pk}/act/include/", {})
    duty = generate.draft(tree["county"], year=2025, acting_user=users["office"]).sections.get(kind="duty").body
    assert "获评示范市委全面依法治市委员会授予的“全市法治政府建设工作先进单位”。" in duty
    assert "请写明" in office.post(f"/r/practices/{honour.pk}/act/exclude/", {"reason": " "}).content.decode()
    assert office.post(f"/r/practices/{honour.pk}/act/exclude/", {"reason": "重复"}).status_code == 302
    honour.refresh_from_db()
    assert not honour.in_report


def test_an_honour_names_who_awarded_it_and_its_level(tree, users, login):
    page = _record(login(users["clerk_a"]), tree["town_a"], kind="honour", heading="publicity",
                   title="省级民主法治示范村", on=dt.date(2025, 11, 6).isoformat()).content.decode()
    assert "荣誉表彰请填写授予机关。" in page and not Practice.objects.exists()
