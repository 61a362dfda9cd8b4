"""公共法律服务: the 法律援助法 periods (第四十三条, 第三十六条), decisions with reasons, indicators, pages, import."""

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from openpyxl import Workbook

from conftest import assert_constant_queries
from fazhi.core.indicators import Period, value
from fazhi.core.steps import system_user
from fazhi.legalservices import actions, rules
from fazhi.legalservices.models import Consultation, LegalAidCase, Notarization, Station

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


def new(tree, **kw):
    data = dict(unit=tree["dept"], origin="application", received_on=D("2025-06-25"), category="civil",
                matter="wages", applicant_name="王五", applicant_phone="13812345678", summary="讨薪")
    data.update(kw)
    return actions.register_case(LegalAidCase(**data), acting_user=system_user())


def test_periods_are_natural_days_and_not_moved():
    # 第四十三条第一款 "自收到法律援助申请之日起七日内进行审查": received Wednesday 25 June 2025 → Wednesday 2 July.
    assert rules.due("legal_aid.decide", D("2025-06-25")) == D("2025-07-02")
    # "决定给予法律援助的，应当自作出决定之日起三日内指派": granted Wednesday 1 October 2025 → 4 October, a holiday,
    # not moved (the law has no rest-day rule for these periods; the earlier date is the safe one).
    assert rules.due("legal_aid.assign", D("2025-10-01")) == D("2025-10-04")
    # 第三十六条 "法律援助机构收到通知后，应当在三日内指派律师": notified Friday 7 March 2025 → Monday 10 March.
    assert rules.due("legal_aid.assign_notified", D("2025-03-07")) == D("2025-03-10")


def test_application_decided_assigned_closed(tree):
    case = new(tree)
    assert case.decide_due == D("2025-07-02") and case.assign_due is None
    with pytest.raises(ValidationError, match="指派"):
        actions.assign(case, on=D("2025-06-26"), lawyer="张律师", law_firm="", acting_user=system_user())
    with pytest.raises(ValidationError, match="说明理由"):
        actions.decide(case, on=D("2025-06-30"), decision="refuse", reason=" ", acting_user=system_user())
    actions.decide(case, on=D("2025-06-30"), decision="grant", acting_user=system_user())
    assert case.assign_due == D("2025-07-03")
    with pytest.raises(ValidationError, match="不能早于"):
        actions.assign(case, on=D("2025-06-29"), lawyer="张律师", law_firm="", acting_user=system_user())
    actions.assign(case, on=D("2025-07-01"), lawyer="张律师", law_firm="正义所", acting_user=system_user())
    actions.close(case, on=D("2025-09-01"), closing="mediation", acting_user=system_user())
    assert case.get_closing_display() == "调解、和解"


def test_notified_criminal_defence_is_granted_and_assigned_within_three_days(tree):
    with pytest.raises(ValidationError, match="通知的人民法院"):
        new(tree, origin="notified", category="criminal", matter="defence")
    with pytest.raises(ValidationError, match="刑事案件"):
        new(tree, origin="notified", notifying_body="示范县人民法院")
    case = new(tree, origin="notified", category="criminal", matter="defence", notifying_body="示范县人民法院",
               received_on=D("2025-03-07"))
    assert case.decision == "grant" and case.decide_due is None and case.assign_due == D("2025-03-10")


def test_indicators(tree):
    a = new(tree)
    actions.decide(a, on=D("2025-06-30"), decision="grant", acting_user=system_user())
    actions.assign(a, on=D("2025-07-01"), lawyer="张律师", law_firm="", acting_user=system_user())
    actions.close(a, on=D("2025-09-01"), closing="judgment", acting_user=system_user())
    late = new(tree, received_on=D("2025-08-01"))
    actions.decide(late, on=D("2025-08-20"), decision="refuse", reason="经济状况不符合条件", acting_user=system_user())
    d = new(tree, origin="notified", category="criminal", matter="defence", notifying_body="示范县人民法院")
    actions.assign(d, on=D("2025-06-26"), lawyer="李律师", law_firm="", acting_user=system_user())
    Notarization.objects.create(unit=tree["dept"], accepted_on=D("2025-05-01"), scope="foreign", matter="certificate",
                                applicant_name="赵六", certificate_number="（2025）示证字第1号", issued_on=D("2025-05-08"))
    Consultation.objects.create(unit=tree["town_a"], on=D("2025-05-01"), channel="hotline", topic="labour", people=3)
    Consultation.objects.create(unit=tree["town_b"], on=D("2025-05-02"), channel="on_site", topic="family")
    Station.objects.create(unit=tree["town_a"], name="城关镇工作站", level="station", opened_on=D("2020-01-01"))
    Station.objects.create(unit=tree["village"], name="东村工作室", level="room", opened_on=D("2020-01-01"),
                           closed_on=D("2025-06-30"))
    year, county = Period.year(2025), tree["county"]
    assert value("legal_aid.cases", county, year) == 2  # the refused application is not a case
    assert value("legal_aid.concluded", county, year) == 1
    assert value("legal_aid.decision_on_time_rate", county, year) == 50
    assert value("legal_aid.criminal_defence", county, year) == 1
    assert value("notary.cases", county, year) == 1 and value("notary.foreign", county, year) == 1
    assert value("legal_services.consultations", county, year) == 4
    assert value("legal_services.consultations", tree["town_a"], year) == 3
    assert value("legal_services.stations", county, year) == 1


def test_station_level_matches_the_unit(tree):
    with pytest.raises(ValidationError, match="乡"):
        Station(unit=tree["village"], name="x", level="station", opened_on=D("2020-01-01")).full_clean()


def test_pages_mask_scope_and_basis(tree, users, login):
    case = new(tree, unit=tree["town_a"], applicant_id_number="11010519491231002X")
    clerk = login(users["clerk_a"])
    detail = clerk.get(f"/r/legal-aid/{case.pk}/").content.decode()
    assert "第四十三条" in detail and "11010519491231002X" in detail
    assert login(users["clerk_b"]).get(f"/r/legal-aid/{case.pk}/").status_code == 404
    assert "11010519491231002X" not in login(users["supervisor"]).get(f"/r/legal-aid/{case.pk}/").content.decode()
    response = clerk.post(f"/r/legal-aid/{case.pk}/act/decide/", {"on": "2025-06-30", "decision": "refuse"})
    assert response.status_code == 200 and "说明理由" in response.content.decode()
    bad = clerk.post("/r/legal-aid/new/", {"unit": tree["town_a"].pk, "origin": "application",
                                           "received_on": "2025-06-01", "category": "civil", "matter": "wages",
                                           "applicant_name": "某", "applicant_id_number": "110105194912310021"})
    assert bad.status_code == 200 and LegalAidCase.objects.count() == 1


def test_ledger_import_with_decision_assignment_and_closure(tree, users, login):
    wb = Workbook()
    ws = wb.active
    ws.append(["法律援助机构所在单位", "来源", "申请日期", "案件类型", "援助事项", "受援人姓名",
               "决定日期", "审查决定", "指派日期", "承办律师", "结案日期", "结案方式"])
    ws.append(["县司法局", "依申请", "2025-03-03", "民事", "请求支付劳动报酬", "甲", "2025-03-05", "给予法律援助",
               "2025-03-06", "张律师", "2025-05-01", "调解、和解"])
    ws.append(["县司法局", "依申请", "2025-04-01", "民事", "婚姻家庭、赡养抚养", "乙", None, None, None, None, None, None])
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "法律援助台账.xlsx"
    response = login(users["office"]).post("/r/legal-aid/import/", {"file": buf}, follow=True)
    assert "已导入" in response.content.decode(), response.content.decode()[-2000:]
    done = LegalAidCase.objects.get(applicant_name="甲")
    assert done.closing == "mediation" and done.assign_due == D("2025-03-08")
    assert LegalAidCase.objects.get(applicant_name="乙").decide_due == D("2025-04-08")


def test_list_query_count_is_constant(tree, users, login):
    new(tree)
    assert_constant_queries(login(users["supervisor"]), "/r/legal-aid/",
                            lambda: [new(tree, applicant_name=f"人{i}") for i in range(12)])


def test_objection_to_a_refusal_is_reviewed_within_five_days(tree):
    # 第四十九条 "自收到异议之日起五日内进行审查": objection received Monday 7 July 2025 → Saturday 12 July.
    assert rules.due("legal_aid.objection", D("2025-07-07")) == D("2025-07-12")
    case = new(tree)
    with pytest.raises(ValidationError, match="不予法律援助"):
        actions.receive_objection(case, on=D("2025-06-28"), acting_user=system_user())
    actions.decide(case, on=D("2025-06-30"), decision="refuse", reason="经济状况不符合条件", acting_user=system_user())
    actions.receive_objection(case, on=D("2025-07-07"), acting_user=system_user())
    assert case.objection_due == D("2025-07-12")
    actions.decide_objection(case, on=D("2025-07-10"), result="correct", acting_user=system_user())
    assert case.decision == "grant" and case.assign_due == D("2025-07-13")
    actions.assign(case, on=D("2025-07-11"), lawyer="张律师", law_firm="", acting_user=system_user())


def test_money_recovered_and_documents_drafted_are_counted(tree):
    case = new(tree)
    actions.decide(case, on=D("2025-06-30"), decision="grant", acting_user=system_user())
    actions.assign(case, on=D("2025-07-01"), lawyer="张律师", law_firm="正义所", acting_user=system_user())
    with pytest.raises(ValidationError, match="不能为负数"):
        actions.close(case, on=D("2025-09-01"), closing="judgment", amount_recovered=Decimal("-1"),
                      acting_user=system_user())
    actions.close(case, on=D("2025-09-01"), closing="judgment", amount_recovered=Decimal("38000"),
                  acting_user=system_user())
    Consultation.objects.create(unit=tree["town_a"], on=D("2025-05-06"), channel="on_site", topic="labour",
                                people=2, documents_drafted=1)
    year = Period.year(2025)
    assert value("legal_services.amount_recovered", tree["county"], year) == Decimal("38000")
    assert value("legal_services.documents_drafted", tree["county"], year) == 1
