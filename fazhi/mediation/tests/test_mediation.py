"""人民调解: the one-month norm, the 30-day window for judicial confirmation (人民调解法第三十三条), indicators, pages,
ledger import."""

import datetime as dt
import io

import pytest
from django.core.exceptions import ValidationError
from openpyxl import Workbook

from conftest import assert_constant_queries
from fazhi.core.indicators import Period, value
from fazhi.core.models import ChangeLog
from fazhi.core.steps import system_user
from fazhi.mediation import actions, rules
from fazhi.mediation.models import Committee, Dispute, Mediator

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


@pytest.fixture
def committee(tree):
    return Committee.objects.create(unit=tree["village"], name="城关东村人民调解委员会", kind="village",
                                    established_on=D("2020-01-01"))


def new(committee, **kw):
    data = dict(committee=committee, received_on=D("2025-09-01"), source="application", dispute_type="neighbourhood",
                applicant_name="张三", applicant_phone="13812345678", other_party="李四", summary="排水沟纠纷")
    data.update(kw)
    return actions.register_dispute(Dispute(**data), acting_user=system_user())


def test_confirmation_window_thirty_days_rolls_past_national_day():
    # 人民调解法第三十三条 "自调解协议生效之日起三十日内": an agreement effective Friday 5 September 2025 gives
    # 5 October, inside the National Day holiday (1–8 October 2025); the court period moves to Thursday 9 October
    # (民事诉讼法第八十五条第三款).
    assert rules.due("mediation.judicial_confirmation", D("2025-09-05")) == D("2025-10-09")
    # an ordinary month: effective 3 March 2025 → Wednesday 2 April 2025
    assert rules.due("mediation.judicial_confirmation", D("2025-03-03")) == D("2025-04-02")


def test_one_month_norm_counts_to_the_corresponding_day():
    # 《人民调解工作若干规定》第三十三条 "一般在一个月内调结": received 31 January → 28 February (no 31 February)
    assert rules.due("mediation.conclude", D("2025-01-31")) == D("2025-02-28")
    assert rules.due("mediation.conclude", D("2025-09-01")) == D("2025-10-01")


def test_conclude_with_agreement_then_confirmation_within_thirty_days(committee):
    d = new(committee)
    assert d.conclude_due == D("2025-10-01")
    with pytest.raises(ValidationError, match="协议形式"):
        actions.conclude(d, on=D("2025-09-10"), result="agreement", acting_user=system_user())
    with pytest.raises(ValidationError, match="不能早于"):
        actions.conclude(d, on=D("2025-08-10"), result="failed", acting_user=system_user())
    actions.conclude(d, on=D("2025-09-10"), result="agreement", agreement_form="written",
                     agreement_effective_on=D("2025-09-05"), confirmation_intended=True, acting_user=system_user())
    assert d.confirmation_due == D("2025-10-09")
    with pytest.raises(ValidationError, match="第三十三条"):
        actions.apply_confirmation(d, on=D("2025-10-10"), court="示范县人民法院", acting_user=system_user())
    actions.apply_confirmation(d, on=D("2025-10-09"), court="示范县人民法院", acting_user=system_user())
    actions.record_confirmation(d, result="valid", acting_user=system_user())
    from fazhi.core.models import DomainEvent

    assert list(DomainEvent.objects.filter(object_id=d.pk).order_by("pk").values_list("event", flat=True)) == [
        "register", "conclude", "apply_confirmation", "confirmation_result"]


def test_failed_mediation_has_no_agreement_and_cannot_be_confirmed(committee):
    d = new(committee)
    with pytest.raises(ValidationError):
        actions.conclude(d, on=D("2025-09-10"), result="failed", agreement_form="written", acting_user=system_user())
    actions.conclude(d, on=D("2025-09-10"), result="failed", acting_user=system_user())
    with pytest.raises(ValidationError, match="达成调解协议"):
        actions.apply_confirmation(d, on=D("2025-09-11"), court="示范县人民法院", acting_user=system_user())


def test_court_referral_needs_the_court_and_mediator_of_the_committee(committee, tree):
    with pytest.raises(ValidationError, match="委派法院"):
        new(committee, source="court")
    other = Committee.objects.create(unit=tree["town_b"], name="东风镇人民调解委员会", kind="township",
                                     established_on=D("2020-01-01"))
    m = Mediator.objects.create(committee=other, name="王调解", appointed_on=D("2020-01-01"))
    with pytest.raises(ValidationError, match="本调解委员会"):
        new(committee, mediator=m)
    with pytest.raises(ValidationError, match="村（社区）"):
        Committee(unit=tree["town_a"], name="x", kind="village", established_on=D("2020-01-01")).full_clean()


def test_indicators(committee, tree):
    Mediator.objects.create(committee=committee, name="甲", appointed_on=D("2020-01-01"))
    Mediator.objects.create(committee=committee, name="乙", appointed_on=D("2020-01-01"), left_on=D("2025-06-30"))
    a = new(committee)
    actions.conclude(a, on=D("2025-09-20"), result="agreement", agreement_form="oral",
                     agreement_effective_on=D("2025-09-20"), acting_user=system_user())
    b = new(committee, source="court", court="示范县人民法院")
    actions.conclude(b, on=D("2025-10-20"), result="failed", acting_user=system_user())
    new(committee, received_on=D("2025-12-20"))  # still open: not counted as mediated
    year = Period.year(2025)
    county = tree["county"]
    assert value("mediation.disputes", county, year) == 2
    assert value("mediation.success_rate", county, year) == 50
    assert value("mediation.within_month_rate", county, year) == 50
    assert value("mediation.pre_litigation", county, year) == 1
    assert value("mediation.committees", county, year) == 1
    assert value("mediation.mediators", county, year) == 1
    assert value("mediation.disputes", tree["town_b"], year) == 0


def test_pages_scope_mask_and_show_basis(committee, tree, users, login):
    d = new(committee)
    clerk = login(users["clerk_a"])
    detail = clerk.get(f"/r/disputes/{d.pk}/").content.decode()
    assert "一般调结期限" in detail and "司法部令第75号" in detail
    assert login(users["clerk_b"]).get(f"/r/disputes/{d.pk}/").status_code == 404
    masked = login(users["supervisor"]).get(f"/r/disputes/{d.pk}/").content.decode()
    assert "138****5678" in masked and "13812345678" not in masked
    response = clerk.post(f"/r/disputes/{d.pk}/act/conclude/", {
        "on": "2025-09-10", "result": "agreement", "agreement_form": "written", "agreement_effective_on": "2025-09-11"})
    assert response.status_code == 200 and "不能晚于调结日期" in response.content.decode()
    assert Dispute.objects.get().concluded_on is None
    response = clerk.post(f"/r/disputes/{d.pk}/act/conclude/", {
        "on": "2025-09-10", "result": "agreement", "agreement_form": "written", "agreement_effective_on": "2025-09-10",
        "confirmation_intended": "on"})
    assert response.status_code == 302
    assert "申请司法确认期限" in clerk.get(f"/r/disputes/{d.pk}/").content.decode()


def ledger(rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["调解委员会", "受理日期", "纠纷来源", "纠纷类型", "当事人", "对方当事人", "纠纷简要情况",
               "调结日期", "调解结果", "协议形式", "协议生效日期"])
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "台账.xlsx"
    return buf


def test_ledger_import_records_history_through_the_actions_all_or_nothing(committee, users, login):
    done = ["城关东村人民调解委员会", dt.date(2025, 3, 1), "当事人申请", "邻里纠纷", "王五", "赵六", "界址纠纷",
            dt.date(2025, 3, 10), "调解成功（达成协议）", "书面调解协议书", dt.date(2025, 3, 10)]
    open_ = ["城关东村人民调解委员会", "2025-11-01", "主动排查", "婚姻家庭", "钱七", "孙八", "赡养纠纷",
             None, None, None, None]
    bad = done[:7] + [dt.date(2025, 2, 1), "调解成功（达成协议）", "书面调解协议书", dt.date(2025, 2, 1)]
    client = login(users["clerk_a"])
    page = client.post("/r/disputes/import/", {"file": ledger([done, open_, bad])}, follow=True).content.decode()
    assert "未导入任何数据" in page and "第4行" in page and "不能早于受理日期" in page
    assert not Dispute.objects.exists()
    assert "已导入 2 条记录" in client.post("/r/disputes/import/", {"file": ledger([done, open_])}, follow=True).content.decode()
    concluded = Dispute.objects.get(applicant_name="王五")
    assert concluded.result == "agreement" and concluded.confirmation_due == D("2025-04-09")
    assert Dispute.objects.get(applicant_name="钱七").concluded_on is None
    assert ChangeLog.objects.filter(source="import").exists()


def test_ledger_template_lists_the_step_columns(committee, users, login):
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(login(users["clerk_a"]).get("/r/disputes/import/template.xlsx").content))
    header = [c.value for c in wb.active[1]]
    assert "调结日期" in header and "调解结果" in header


def test_list_query_count_is_constant(committee, users, login):
    def add():
        for i in range(12):
            new(committee, applicant_name=f"当事人{i}")

    new(committee)
    assert_constant_queries(login(users["supervisor"]), "/r/disputes/", add)


def test_api_runs_the_steps_with_the_same_rules(committee, users, login):
    d = new(committee)
    client = login(users["clerk_a"])
    late = client.post(f"/api/disputes/{d.pk}/act/conclude/", {"on": "2025-08-01", "result": "failed"},
                       content_type="application/json")
    assert late.status_code == 400 and "不能早于" in str(late.json())
    ok = client.post(f"/api/disputes/{d.pk}/act/conclude/", {"on": "2025-09-12", "result": "failed"},
                     content_type="application/json")
    assert ok.status_code == 200, ok.content
    assert client.get(f"/api/disputes/{d.pk}/").json()["result"] == "failed"
    assert login(users["clerk_b"]).get(f"/api/disputes/{d.pk}/").status_code == 404


def test_import_page_names_the_ledger_columns(committee, users, login):
    page = login(users["clerk_a"]).get("/r/disputes/import/").content.decode()
    assert "“当事人”" in page and "“调结日期”" in page


def test_screening_rounds_are_counted_and_cannot_settle_more_than_they_found(tree):
    from fazhi.mediation.models import Screening

    bad = Screening(unit=tree["town_a"], held_on=D("2025-04-05"), scope="土地纠纷", disputes_found=2, settled_on_spot=3)
    with pytest.raises(ValidationError, match="不能超过排查出的件数"):
        bad.full_clean()
    Screening.objects.create(unit=tree["town_a"], held_on=D("2025-04-05"), scope="土地纠纷", disputes_found=3,
                             settled_on_spot=2)
    Screening.objects.create(unit=tree["town_b"], held_on=D("2025-05-05"), scope="婚姻家庭", disputes_found=1)
    assert value("mediation.screenings", tree["county"], Period.year(2025)) == 2
