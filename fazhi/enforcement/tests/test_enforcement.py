"""行政执法: the 行政处罚法 gates in the action functions (and so in pages, import and API), publicity,
certificates, case-file review, indicators."""

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from openpyxl import Workbook

from conftest import make_user
from fazhi.core.indicators import Period, value
from fazhi.core.roles import Role
from fazhi.core.steps import system_user
from fazhi.enforcement import actions, rules
from fazhi.enforcement.models import Agency, Case, Certificate, FileReview, Officer, ReviewCampaign

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


def make_id(seq: int) -> str:
    from fazhi.core.validators import id_check_digit

    body = f"11010519900101{seq:03d}"
    return body + id_check_digit(body)


@pytest.fixture
def setup(tree):
    """A township team (城关镇) with three certified officers, one uncertified, one legal reviewer."""
    agency = Agency.objects.create(unit=tree["town_a"], main_field="comprehensive", fields_text="综合执法",
                                   legal_basis="省政府赋权决定")
    officers = []
    for i, name in enumerate(["甲", "乙", "丙"]):
        o = Officer.objects.create(agency=agency, name=name, id_number=make_id(i))
        Certificate.objects.create(officer=o, number=f"C{i}", field="comprehensive", issued_on=D("2023-01-01"),
                                   expires_on=D("2028-12-31"))
        officers.append(o)
    uncertified = Officer.objects.create(agency=agency, name="丁", id_number=make_id(10))
    reviewer = Officer.objects.create(agency=agency, name="审核员", id_number=make_id(11),
                                      is_legal_reviewer=True, has_legal_qualification=True)
    staff = make_user("team", tree["town_a"], Role.ENFORCEMENT_STAFF)
    return {"agency": agency, "officers": officers, "uncertified": uncertified, "reviewer": reviewer, "staff": staff}


def filed(setup, procedure="ordinary", party="person", **kw):
    case = Case(agency=setup["agency"], number=kw.pop("number", "示执〔2025〕1号"), procedure=procedure,
                party_type=party, party_name="张三", facts="占道经营", filed_on=kw.pop("filed_on", D("2025-03-03")), **kw)
    return actions.file_case(case, setup["officers"][:2], acting_user=system_user())


# -- 第四十二条 ---------------------------------------------------------------------------------
def test_two_certified_handlers_required(setup):
    case = Case(agency=setup["agency"], number="1", procedure="ordinary", party_type="person", party_name="张三",
                facts="x", filed_on=D("2025-03-03"))
    with pytest.raises(ValidationError, match="不得少于两人"):
        actions.file_case(case, setup["officers"][:1], acting_user=system_user())
    with pytest.raises(ValidationError, match="丁.*未持有有效执法证件.*第四十二条"):
        actions.file_case(case, [setup["officers"][0], setup["uncertified"]], acting_user=system_user())
    assert not Case.objects.exists()


def test_certificate_revoked_before_decision_blocks_it(setup):
    case = filed(setup)
    actions.notify(case, on=D("2025-03-10"), acting_user=system_user())
    cert = setup["officers"][1].certificates.get()
    actions.revoke_certificate(cert, on=D("2025-03-12"), reason="调离", acting_user=system_user())
    with pytest.raises(ValidationError, match="乙.*第四十二条"):
        actions.decide(case, on=D("2025-03-20"), decision_type="warning", acting_user=system_user())


# -- 第五十一条 --------------------------------------------------------------------------------
def test_simple_procedure_limits(setup):
    # "对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告"
    case = filed(setup, procedure="simple")
    with pytest.raises(ValidationError, match="200元以下罚款.*第五十一条"):
        actions.decide(case, on=D("2025-03-03"), decision_type="fine", fine=Decimal("201"), acting_user=system_user())
    actions.decide(case, on=D("2025-03-03"), decision_type="fine", fine=Decimal("200"), acting_user=system_user())
    org = filed(setup, procedure="simple", party="organisation", number="2")
    with pytest.raises(ValidationError, match="3000元"):
        actions.decide(org, on=D("2025-03-03"), decision_type="fine", fine=Decimal("3000.01"), acting_user=system_user())
    actions.decide(org, on=D("2025-03-03"), decision_type="fine", fine=Decimal("3000"), acting_user=system_user())
    assert rules.simple_allowed("person", "warning", None)
    assert not rules.simple_allowed("person", "confiscation", Decimal("10"))


# -- 第五十八条 --------------------------------------------------------------------------------
def test_major_decision_refused_until_legal_review_passes(setup):
    case = filed(setup)
    actions.notify(case, on=D("2025-03-10"), hearing_right_notified=True, acting_user=system_user())
    with pytest.raises(ValidationError, match="须经法制审核.*第五十八条"):
        actions.decide(case, on=D("2025-03-20"), decision_type="fine", fine=Decimal("20000"), acting_user=system_user())
    actions.submit_review(case, major_reason="complex", acting_user=system_user())
    with pytest.raises(ValidationError, match="法制审核尚未完成"):
        actions.decide(case, on=D("2025-03-20"), decision_type="fine", fine=Decimal("20000"), acting_user=system_user())
    actions.record_review(case, on=D("2025-03-15"), reviewer=setup["reviewer"], opinion="returned", acting_user=system_user())
    with pytest.raises(ValidationError, match="审核未通过的，不得作出决定"):
        actions.decide(case, on=D("2025-03-20"), decision_type="fine", fine=Decimal("20000"), acting_user=system_user())
    actions.submit_review(case, major_reason="complex", acting_user=system_user())
    actions.record_review(case, on=D("2025-03-18"), reviewer=setup["reviewer"], opinion="passed", acting_user=system_user())
    actions.decide(case, on=D("2025-03-20"), decision_type="fine", fine=Decimal("20000"), acting_user=system_user())
    assert case.is_major and case.status == "decided"


def test_first_time_reviewer_needs_legal_qualification(setup):
    setup["reviewer"].has_legal_qualification = False
    setup["reviewer"].save()
    case = filed(setup)
    actions.submit_review(case, major_reason="public_interest", acting_user=system_user())
    with pytest.raises(ValidationError, match="法律职业资格"):
        actions.record_review(case, on=D("2025-03-15"), reviewer=setup["reviewer"], opinion="passed", acting_user=system_user())
    with pytest.raises(ValidationError, match="法制审核人员"):
        actions.record_review(case, on=D("2025-03-15"), reviewer=setup["officers"][2], opinion="passed", acting_user=system_user())


def test_small_fine_ordinary_needs_no_review_but_notice_and_hearing(setup):
    case = filed(setup)
    with pytest.raises(ValidationError, match="应当告知当事人"):
        actions.decide(case, on=D("2025-03-20"), decision_type="fine", fine=Decimal("500"), acting_user=system_user())
    with pytest.raises(ValidationError, match="未告知听证权利"):
        actions.notify(case, on=D("2025-03-10"), hearing_requested=True, acting_user=system_user())
    actions.notify(case, on=D("2025-03-10"), hearing_right_notified=True, hearing_requested=True, acting_user=system_user())
    with pytest.raises(ValidationError, match="组织听证"):
        actions.decide(case, on=D("2025-03-20"), decision_type="fine", fine=Decimal("500"), acting_user=system_user())
    with pytest.raises(ValidationError, match="七日（工作日）前.*2025-03-20.*第六十四条第二项"):
        actions.hold_hearing(case, noticed_on=D("2025-03-11"), on=D("2025-03-17"), acting_user=system_user())
    actions.hold_hearing(case, noticed_on=D("2025-03-11"), on=D("2025-03-20"), acting_user=system_user())
    with pytest.raises(ValidationError, match="经过听证程序"):  # 第五十八条第一款第二项
        actions.decide(case, on=D("2025-03-20"), decision_type="fine", fine=Decimal("500"), acting_user=system_user())


# -- 第六十条 and 118号 publicity ------------------------------------------------------------------
def test_ninety_days_and_extension(setup):
    case = filed(setup, filed_on=D("2025-07-03"))
    assert case.decision_due == D("2025-10-01")  # "自立案之日起九十日内", not moved
    with pytest.raises(ValidationError, match="第六十条本身没有规定延长"):
        actions.extend(case, on=D("2025-09-20"), days=30, approval="局长", legal_basis="案情复杂", acting_user=system_user())
    actions.extend(case, on=D("2025-09-20"), days=30, approval="局长",
                   legal_basis="《市场监督管理行政处罚程序规定》第六十四条", acting_user=system_user())
    assert case.decision_due == D("2025-10-31")


def test_publicity_deadlines_and_closure(setup):
    case = filed(setup)
    actions.notify(case, on=D("2025-03-10"), acting_user=system_user())
    actions.decide(case, on=D("2025-04-30"), decision_type="fine", fine=Decimal("500"), acting_user=system_user())
    assert case.publicity_due == D("2025-05-14")  # 7 working days; 5-1..5-5 劳动节
    with pytest.raises(ValidationError, match="尚未公示"):
        actions.close(case, on=D("2025-05-20"), acting_user=system_user())
    actions.publish(case, on=D("2025-05-12"), url="https://www.example.gov.cn/gs/1", acting_user=system_user())
    actions.close(case, on=D("2025-05-20"), acting_user=system_user())
    # 20 working days: 5-6..9, 12-16, 19-23, 26-30 (19), 5-31..6-2 端午, 6-3 (20)
    assert rules.publicity_due("coercion", D("2025-04-30")) == D("2025-06-03")


# -- certificates, review campaign ---------------------------------------------------------------
def test_certificate_expiry_warning_sixty_days(setup, login):
    cert = setup["officers"][2].certificates.get()
    cert.expires_on = dt.date.today() + dt.timedelta(days=45)
    cert.save()
    page = login(setup["staff"]).get("/").content.decode()
    assert "执法证件有效期届满" in page and "第四十二条" in page


def test_case_file_review_scoring_and_rectification(setup, tree, users, login):
    case = filed(setup)
    actions.notify(case, on=D("2025-03-10"), acting_user=system_user())
    actions.decide(case, on=D("2025-03-20"), decision_type="warning", acting_user=system_user())
    campaign = ReviewCampaign.objects.create(unit=tree["county"], year=2025, name="2025年案卷评查", reviewers="评查组",
                                             started_on=D("2025-11-01"), rubric=rules.DEFAULT_RUBRIC)
    assert actions.sample_files(campaign, seed=1, acting_user=system_user()) == 1
    review = FileReview.objects.get()
    actions.score(review, on=D("2025-11-05"), reviewer="王评查", veto=[], deductions=["D1", "D3"], acting_user=system_user())
    assert (review.form_score, review.substance_score, review.total) == (35, 50, 85)
    assert review.grade == "pass" and review.notice_due == D("2025-12-05")
    actions.score(review, on=D("2025-11-06"), reviewer="王评查", veto=["V3"], deductions=[], acting_user=system_user())
    assert review.grade == "fail"
    # the agency sees the notice and responds; the office cannot respond for it
    client = login(setup["staff"])
    assert "案卷评查整改反馈" in client.get(f"/r/file-reviews/{review.pk}/").content.decode()
    r = client.post(f"/r/file-reviews/{review.pk}/act/respond/", {"on": "2025-11-20", "response": "已补充证据"})
    assert r.status_code == 302
    assert login(users["office"]).get(f"/r/file-reviews/{review.pk}/act/score/").status_code == 200
    assert login(users["clerk_b"]).get(f"/r/file-reviews/{review.pk}/").status_code == 404


# -- channels ---------------------------------------------------------------------------------------
def test_pages_refuse_decision_before_review(setup, login):
    client = login(setup["staff"])
    data = {"agency": setup["agency"].pk, "number": "示执〔2025〕9号", "procedure": "ordinary", "party_type": "person",
            "party_name": "李四", "facts": "占道经营", "filed_on": "2025-03-03",
            "handlers": [setup["officers"][0].pk, setup["uncertified"].pk]}
    assert "未持有有效执法证件" in client.post("/r/cases/new/", data).content.decode()
    data["handlers"] = [o.pk for o in setup["officers"][:2]]
    assert client.post("/r/cases/new/", data).status_code == 302
    case = Case.objects.get()
    client.post(f"/r/cases/{case.pk}/act/notify/", {"on": "2025-03-10", "hearing_right_notified": "on"})
    page = client.post(f"/r/cases/{case.pk}/act/decide/", {"on": "2025-03-20", "decision_type": "fine",
                                                          "fine": "50000"}).content.decode()
    assert "第五十八条" in page
    r = client.post(f"/api/cases/{case.pk}/act/decide/", {"on": "2025-03-20", "decision_type": "fine", "fine": "50000"},
                    content_type="application/json")
    assert r.status_code == 400 and "第五十八条" in r.json()["__all__"][0]


def test_case_ledger_import_hits_the_gates(setup, login):
    wb = Workbook()
    ws = wb.active
    ws.append(["执法主体", "案件编号", "程序", "当事人类型", "当事人", "违法事实/案由", "立案日期", "承办执法人员"])
    ws.append(["城关镇", "示执〔2025〕21号", "普通程序", "自然人", "王五", "占道经营", "2025-03-03", "甲、乙"])
    ws.append(["城关镇", "示执〔2025〕22号", "普通程序", "自然人", "赵六", "占道经营", "2025-03-03", "甲、丁"])
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "ledger.xlsx"
    page = login(setup["staff"]).post("/r/cases/import/", {"file": buf}, follow=True).content.decode()
    assert "第3行" in page and "丁" in page and "第四十二条" in page
    assert not Case.objects.exists()


def test_officer_roster_import(setup, login):
    wb = Workbook()
    ws = wb.active
    ws.append(["执法主体", "姓名", "公民身份号码", "职务"])
    good, bad = make_id(20), make_id(21)
    bad = bad[:-1] + ("0" if bad[-1] != "0" else "1")
    ws.append(["城关镇", "新队员", good, "队员"])
    ws.append(["城关镇", "错号码", bad, "队员"])
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "roster.xlsx"
    page = login(setup["staff"]).post("/r/officers/import/", {"file": buf}, follow=True).content.decode()
    assert "第3行" in page and "校验位" in page
    assert not Officer.objects.filter(name="新队员").exists()


def test_public_agency_list_needs_no_login(setup, client):
    page = client.get("/public/agencies/").content.decode()
    assert "城关镇" in page and "省政府赋权决定" in page


def test_indicators(setup, tree):
    case = filed(setup)
    actions.notify(case, on=D("2025-03-10"), hearing_right_notified=True, acting_user=system_user())
    actions.submit_review(case, major_reason="complex", acting_user=system_user())
    actions.record_review(case, on=D("2025-03-15"), reviewer=setup["reviewer"], opinion="passed", acting_user=system_user())
    actions.decide(case, on=D("2025-03-20"), decision_type="fine", fine=Decimal("20000"), acting_user=system_user())
    actions.publish(case, on=D("2025-04-15"), acting_user=system_user())  # late: due 2025-03-31
    simple = filed(setup, procedure="simple", number="2")
    actions.decide(simple, on=D("2025-03-03"), decision_type="fine", fine=Decimal("100"), acting_user=system_user())
    actions.publish(simple, on=D("2025-03-05"), acting_user=system_user())
    county, year = tree["county"], Period.year(2025)
    assert value("enforcement.cases", county, year) == 2
    assert value("enforcement.cases_simple", county, year) == 1
    assert value("enforcement.cases_major", county, year) == 1
    assert value("enforcement.fines_amount", county, year) == Decimal("20100")
    assert str(value("enforcement.publicity_on_time_rate", county, year)) == "50.0"
    assert str(value("enforcement.major_review_rate", county, year)) == "100.0"
    assert value("enforcement.officers_certified", county, year) == 3
    assert value("enforcement.cases", tree["town_b"], year) == 0


@pytest.mark.parametrize("path", ["/r/cases/", "/r/officers/", "/r/certificates/", "/api/cases/"])
def test_list_query_count_constant(setup, login, path):
    from conftest import assert_constant_queries

    filed(setup)

    def add_rows():
        for i in range(12):
            filed(setup, number=f"N{i}")

    assert_constant_queries(login(setup["staff"]), path, add_rows)


def test_handlers_shown_by_name(setup, login):
    case = filed(setup)
    assert "甲（城关镇）、乙（城关镇）" in login(setup["staff"]).get(f"/r/cases/{case.pk}/").content.decode()


def test_hearing_right_for_large_fines(setup, settings):
    # 第六十三条 "较大数额罚款" — the province's figure, here 5000元 for a citizen.
    settings.FAZHI = {**settings.FAZHI, "HEARING_FINE": {"person": 5000, "organisation": 50000}}
    case = filed(setup)
    actions.notify(case, on=D("2025-03-10"), acting_user=system_user())
    with pytest.raises(ValidationError, match="听证的权利.*第六十三条.*5000元"):
        actions.decide(case, on=D("2025-03-20"), decision_type="fine", fine=Decimal("6000"), acting_user=system_user())
    actions.decide(case, on=D("2025-03-20"), decision_type="fine", fine=Decimal("4999"), acting_user=system_user())


def test_full_process_record_attachments_by_stage(setup, login, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    case = filed(setup)
    client = login(setup["staff"])
    client.post(f"/r/cases/{case.pk}/attachments/", {"file": SimpleUploadedFile("现场.jpg", b"\xff\xd8\xff\xe0x"),
                                                    "stage": "调查取证", "description": "现场照片"})
    assert "调查取证" in client.get(f"/r/cases/{case.pk}/").content.decode()


# -- the procedure completed: 第三十六条, 第六十一条, 第六十四条第二项, 第六十七条, 第七十二条 -------------------
def test_the_two_and_five_year_limitation_at_filing(setup):
    # 第三十六条 "违法行为在二年内未被发现的，不再给予行政处罚 … 涉及公民生命健康安全、金融安全且有危害后果的 … 五年":
    # an act of 1 March 2023 may be penalised if discovered by 1 March 2025; filed 3 March 2025 it may not
    assert rules.limitation_ends(D("2023-03-01"), False) == D("2025-03-01")
    assert rules.limitation_ends(D("2023-03-01"), True) == D("2028-03-01")
    with pytest.raises(ValidationError, match="2年内未被发现.*第三十六条"):
        filed(setup, offence_on=D("2023-03-01"), filed_on=D("2025-03-03"))
    case = filed(setup, offence_on=D("2023-03-01"), filed_on=D("2025-03-03"), health_or_finance=True)
    assert case.pk


def test_hearing_notice_seven_working_days_before(setup):
    # 第六十四条第二项 "在举行听证的七日前，通知" with 第八十五条 (七日 = working days): notified Monday 3 March 2025,
    # the hearing can be held from Wednesday 12 March; notified Friday 26 September 2025, with the 调休 Sunday
    # 28 September and Saturday 11 October working, and 1–8 October off → from Monday 13 October
    from fazhi.core.rules import due

    assert due("penalty.hearing_notice", D("2025-03-03")) == D("2025-03-12")
    assert due("penalty.hearing_notice", D("2025-09-26")) == D("2025-10-13")


def test_service_within_seven_working_days_and_payment_within_fifteen_days_with_the_late_charge(setup):
    case = filed(setup)
    actions.notify(case, on=D("2025-03-10"), acting_user=system_user())
    actions.decide(case, on=D("2025-04-30"), decision_type="fine", fine=Decimal("1000"), acting_user=system_user())
    # 第六十一条 "当事人不在场的 … 在七日内 … 送达" (working days, 第八十五条): decided 30 April 2025 → 劳动节 1–5 May
    # off → 14 May
    assert case.service_due == D("2025-05-14")
    actions.serve(case, on=D("2025-05-06"), acting_user=system_user())
    # 第六十七条第三款 "自收到行政处罚决定书之日起十五日内" (natural days): served 6 May → 21 May
    assert case.payment_due == D("2025-05-21")
    # 第七十二条第一款第一项 "每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额": paid 31 May, 10 days
    # late → 300 yuan; 60 days late → capped at the fine; the days of a 复议 do not count (第七十三条第三款)
    assert rules.late_charge(Decimal("1000"), D("2025-05-21"), D("2025-05-31")) == Decimal("300.00")
    assert rules.late_charge(Decimal("1000"), D("2025-05-21"), D("2025-07-20")) == Decimal("1000")
    assert rules.late_charge(Decimal("1000"), D("2025-05-21"), D("2025-05-31"), suspended_days=10) == 0
    actions.record_payment(case, on=D("2025-05-31"), acting_user=system_user())
    assert case.paid_on == D("2025-05-31") and case.late_charge == Decimal("300.00")


def test_problems_rectified_and_qualification_exams(setup, tree):
    from fazhi.enforcement.models import Inspection, Training

    bad = Inspection(agency=setup["agency"], kind="routine", held_on=D("2025-05-10"), subject="商户",
                     problems_found=2, problems_rectified=3)
    with pytest.raises(ValidationError, match="不能超过发现问题数"):
        bad.full_clean()
    Inspection.objects.create(agency=setup["agency"], kind="routine", held_on=D("2025-05-10"), subject="商户",
                              problems_found=4, problems_rectified=3)
    Training.objects.create(agency=setup["agency"], kind="exam", held_on=D("2025-11-20"), topic="行政执法资格考试",
                            hours=Decimal("3"), attendance=40, passed=36)
    year = Period.year(2025)
    assert value("enforcement.problems_rectified", tree["county"], year) == 3
    assert value("enforcement.qualification_exams", tree["county"], year) == 1
    assert value("enforcement.training_sessions", tree["county"], year) == 0  # an exam is not a training


# -- 第五十六条 先行登记保存, 第四十八条第二款 撤回公开的决定 ---------------------------------------------------
def test_evidence_preserved_is_decided_within_seven_working_days(setup):
    from fazhi.core.rules import due
    from fazhi.enforcement.models import Preservation

    # 第五十六条 "经行政机关负责人批准，可以先行登记保存，并应当在七日内及时作出处理决定" (七日 = working days,
    # 第八十五条): kept Monday 3 March 2025 → Wednesday 12 March; kept Thursday 25 September 2025 → 26, Sunday 28
    # (调休), 29, 30 September, then 1–8 October off, 9, 10 and Saturday 11 October (调休) → 11 October
    assert due("penalty.preservation", D("2025-03-03")) == D("2025-03-12")
    assert due("penalty.preservation", D("2025-09-25")) == D("2025-10-11")
    case = filed(setup)
    item = actions.preserve(Preservation(case=case, saved_on=D("2025-09-25"), approved_by="局长", items="涉案食品3箱"),
                            acting_user=system_user())
    assert item.decision_due == D("2025-10-11")
    with pytest.raises(ValidationError, match="不能早于先行登记保存日期"):
        actions.decide_preservation(item, on=D("2025-09-24"), outcome="released", acting_user=system_user())
    actions.decide_preservation(item, on=D("2025-10-13"), outcome="released", acting_user=system_user())
    from fazhi.core.models import DomainEvent

    event = DomainEvent.objects.filter(object_id=str(item.pk), event="preservation_decide").get()
    assert item.outcome == "released" and event.detail["on_time"] is False and "第五十六条" in event.basis
    with pytest.raises(ValidationError, match="已作出处理决定"):
        actions.decide_preservation(item, on=D("2025-10-14"), outcome="seized", acting_user=system_user())


def test_published_decision_changed_is_withdrawn_within_three_working_days(setup):
    # 第四十八条第二款 "公开的行政处罚决定被依法变更、撤销、确认违法或者确认无效的，行政机关应当在三日内撤回行政处罚决定信息并
    # 公开说明理由" (三日 = working days, 第八十五条): revoked Wednesday 4 June 2025 → Monday 9 June; revoked Tuesday
    # 30 September 2025 → 9, 10 and Saturday 11 October (调休)
    from fazhi.core.rules import due

    assert due("penalty.withdrawal", D("2025-06-04")) == D("2025-06-09")
    assert due("penalty.withdrawal", D("2025-09-30")) == D("2025-10-11")
    case = filed(setup)
    actions.notify(case, on=D("2025-03-10"), acting_user=system_user())
    actions.decide(case, on=D("2025-04-01"), decision_type="warning", acting_user=system_user())
    actions.publish(case, on=D("2025-04-03"), acting_user=system_user())
    with pytest.raises(ValidationError, match="作出变更、撤销的机关与理由"):
        actions.record_change(case, on=D("2025-06-04"), kind="revoked", reason=" ", acting_user=system_user())
    actions.record_change(case, on=D("2025-06-04"), kind="revoked", reason="行政复议决定撤销", acting_user=system_user())
    assert case.withdrawal_due == D("2025-06-09")
    with pytest.raises(ValidationError, match="公开说明理由.*第四十八条"):
        actions.withdraw_publicity(case, on=D("2025-06-05"), statement="", acting_user=system_user())
    actions.withdraw_publicity(case, on=D("2025-06-05"), statement="已被复议撤销", acting_user=system_user())
    assert case.withdrawn_on == D("2025-06-05")
    # a decision never published has nothing to withdraw
    other = filed(setup, number="示执〔2025〕2号")
    actions.notify(other, on=D("2025-03-10"), acting_user=system_user())
    actions.decide(other, on=D("2025-04-01"), decision_type="warning", acting_user=system_user())
    actions.record_change(other, on=D("2025-06-04"), kind="illegal", reason="人民法院判决确认违法", acting_user=system_user())
    assert other.withdrawal_due is None


def test_preservation_added_from_the_case_and_cases_searched_not_listed(setup, login):
    client = login(setup["staff"])
    case = filed(setup)
    page = client.get(f"/r/cases/{case.pk}/").content.decode()
    assert f"/r/evidence-preservation/new/?case={case.pk}" in page and "新增先行登记保存" in page
    form = client.get(f"/r/evidence-preservation/new/?case={case.pk}").content.decode()
    assert f'<option value="{case.pk}" selected>' in form
    # a team with more cases than a dropdown can hold: the case is searched by number or party, never listed whole
    Case.objects.bulk_create([Case(agency=setup["agency"], number=f"批{i}", procedure="simple", party_type="person",
                                   party_name=f"当事人{i}", facts="占道经营", filed_on=D("2025-03-03"))
                              for i in range(60)])
    form = client.get(f"/r/evidence-preservation/new/?case={case.pk}").content.decode()
    assert "options/case/?form=1" in form and form.count("<option") < 10 and f'value="{case.pk}" selected' in form
    found = client.get("/r/evidence-preservation/options/case/?form=1&term=当事人5").content.decode()
    assert "当事人5" in found and "请选择" in found and "当事人6" not in found
    response = client.post("/r/evidence-preservation/new/", {"case": case.pk, "saved_on": "2025-03-04",
                                                            "approved_by": "局长", "items": "涉案物品"})
    assert response.status_code == 302
    detail = client.get(response["Location"]).content.decode()
    assert "处理决定期限" in detail and "第五十六条" in detail


def test_the_ledger_export_reads_related_records_in_a_constant_number_of_queries(setup):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from fazhi.core.registers import excel, registry

    reg = registry["cases"]

    def export_queries(n: int) -> int:
        for i in range(n):
            filed(setup, number=f"导出{n}-{i}", offence_on=D("2025-02-01"))
        with CaptureQueriesContext(connection) as ctx:
            excel.export_workbook(reg, setup["staff"], reg.queryset(setup["staff"]))
        return len(ctx)

    few, many = export_queries(3), export_queries(20)
    assert many <= few + 2, (few, many)  # handlers with their agencies and units, agency, matter: joined or prefetched
