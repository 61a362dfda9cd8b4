"""The reconsideration procedure: every step's gate with the statute's worked example, and the
register's channels (pages, API, import) going through the same action functions."""

import datetime as dt
import io

import pytest
from django.core.exceptions import ValidationError
from openpyxl import Workbook

from fazhi.core.indicators import Period, value
from fazhi.core.models import DomainEvent
from fazhi.core.roles import Role
from fazhi.core.steps import system_user
from fazhi.reconsideration import actions, rules
from fazhi.reconsideration.models import Application

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat
VALID_ID = "11010519491231002X"


@pytest.fixture
def officer(tree):
    from conftest import make_user

    return make_user("officer", tree["county"], Role.RECONSIDERATION_OFFICER)


def new_app(tree, **kw):
    data = dict(unit=tree["county"], applicant_type="person", applicant_name="张三", applicant_id_number=VALID_ID,
                respondent_unit=tree["dept"], act_type="penalty", act_description="罚款5000元",
                act_date=D("2025-07-01"), known_on=D("2025-07-02"), received_on=D("2025-08-01"),
                channel="in_person", act_amount=5000)
    data.update(kw)
    return actions.receive(Application(**data), acting_user=system_user())


def accepted_app(tree, **kw):
    app = new_app(tree, **kw)
    return actions.accept(app, on=D("2025-08-04"), procedure="ordinary", acting_user=system_user())


# -- receipt and examination ---------------------------------------------------------------------
def test_receipt_starts_five_working_day_examination(tree):
    app = new_app(tree, received_on=D("2024-09-27"), act_date=D("2024-09-01"), known_on=D("2024-09-02"))
    # 第三十条 "收到行政复议申请后，应当在五日内进行审查" — 9-29 (调休 Sunday) counts; 10-1..7 do not.
    assert app.examination_due == D("2024-10-10")
    assert DomainEvent.objects.filter(object_id=str(app.pk), event="receive").exists()


def test_late_application_is_flagged(tree):
    # 第二十条: 知道之日起六十日内. Knew 2025-01-06 → last day 2025-03-07; received 03-10 is late.
    app = new_app(tree, act_date=D("2025-01-01"), known_on=D("2025-01-06"), received_on=D("2025-03-10"))
    assert app.apply_due == D("2025-03-07") and app.late_application
    assert not new_app(tree, act_date=D("2025-01-01"), known_on=D("2025-01-06"),
                       received_on=D("2025-03-07")).late_application


def test_dates_out_of_order_and_bad_id_are_refused(tree):
    with pytest.raises(ValidationError) as exc:
        new_app(tree, known_on=D("2025-08-05"), received_on=D("2025-08-01"))
    assert "不能早于" in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        new_app(tree, applicant_id_number="110105194912310021")
    assert "校验位" in str(exc.value)
    with pytest.raises(ValidationError, match="不能晚于今天"):
        new_app(tree, received_on=dt.date.today() + dt.timedelta(days=3), known_on=None, act_date=None)
    assert not Application.objects.exists()


def test_correction_restarts_the_examination_clock(tree):
    app = new_app(tree, received_on=D("2025-08-01"))
    # 第三十一条: notice within 5 working days; applicant corrects within 10 working days of receiving it.
    with pytest.raises(ValidationError, match="五日内书面通知补正"):
        actions.request_correction(app, notice_on=D("2025-08-11"), items="身份证明", acting_user=system_user())
    actions.request_correction(app, notice_on=D("2025-08-05"), items="身份证明", acting_user=system_user())
    assert app.status == "correcting" and app.examination_due is None
    assert app.correction_due == D("2025-08-19")
    actions.receive_correction(app, on=D("2025-08-15"), acting_user=system_user())
    assert app.examination_due == D("2025-08-22") and app.status == "received"  # 5 working days from 08-15
    with pytest.raises(ValidationError, match="一次性"):
        actions.request_correction(app, notice_on=D("2025-08-18"), items="再补", acting_user=system_user())


def test_abandonment_only_after_the_correction_period(tree):
    app = new_app(tree, received_on=D("2025-08-01"))
    actions.request_correction(app, notice_on=D("2025-08-05"), items="身份证明", acting_user=system_user())
    with pytest.raises(ValidationError, match="期限届满前"):
        actions.abandon(app, on=D("2025-08-19"), acting_user=system_user())
    actions.abandon(app, on=D("2025-08-20"), acting_user=system_user())
    assert app.status == "abandoned"


def test_acceptance_after_the_examination_period_counts_from_its_end(tree):
    # 第三十条第三款: "审查期限届满之日起视为受理".
    app = new_app(tree, received_on=D("2025-08-01"))  # examination due 2025-08-08
    actions.accept(app, on=D("2025-08-12"), procedure="ordinary", acting_user=system_user())
    assert app.deemed_accepted and app.accepted_on == D("2025-08-08")
    assert app.decision_due == D("2025-10-09")  # 08-08 + 60 = 10-07, in the National Day holiday → 10-09


def test_rejection_refused_after_the_examination_period(tree):
    app = new_app(tree, received_on=D("2025-08-01"))
    with pytest.raises(ValidationError, match="第三十三条"):
        actions.reject(app, on=D("2025-08-11"), reason="超过申请期限", acting_user=system_user())
    actions.reject(app, on=D("2025-08-06"), reason="超过申请期限", competent_body="示范市人民政府", acting_user=system_user())
    assert app.status == "rejected"
    with pytest.raises(ValidationError, match="不能作出行政复议决定"):
        actions.decide(app, on=D("2025-08-20"), decision="uphold", acting_user=system_user())


def test_decision_before_acceptance_is_refused(tree):
    app = new_app(tree)
    with pytest.raises(ValidationError, match="待审查"):
        actions.decide(app, on=D("2025-08-20"), decision="uphold", acting_user=system_user())


# -- procedure and periods ----------------------------------------------------------------------
def test_simplified_procedure_needs_a_ground_the_facts_support(tree):
    app = new_app(tree, act_amount=5000)
    with pytest.raises(ValidationError, match="三千元"):
        actions.accept(app, on=D("2025-08-04"), procedure="simplified", simplified_ground="small_amount", acting_user=system_user())
    with pytest.raises(ValidationError, match="当场作出"):
        actions.accept(app, on=D("2025-08-04"), procedure="simplified", simplified_ground="on_the_spot", acting_user=system_user())
    actions.accept(app, on=D("2025-08-04"), procedure="simplified", simplified_ground="parties_agree", acting_user=system_user())
    # 第五十四条: copy within 3 working days; 第六十二条第二款: decision within 30 days.
    assert app.copy_due == D("2025-08-07") and app.decision_due == D("2025-09-03")


def test_copy_and_reply_deadlines_ordinary(tree):
    app = accepted_app(tree)
    assert app.copy_due == D("2025-08-13")  # 第四十八条: 7 working days from 08-04
    actions.send_copy(app, on=D("2025-08-06"), acting_user=system_user())
    actions.record_reply(app, copy_received_on=D("2025-08-07"), acting_user=system_user())
    assert app.reply_due == D("2025-08-21")  # 10 working days from receipt of the copy


def test_decision_period_ending_in_national_day_holiday(tree):
    # Accepted 2025-08-02 (Saturday): 60 days end 2025-10-01, inside 10月1日至8日 → 2025-10-09.
    app = new_app(tree, received_on=D("2025-07-31"))
    actions.accept(app, on=D("2025-08-02"), procedure="ordinary", acting_user=system_user())
    assert app.decision_due == D("2025-10-09")


def test_suspension_moves_the_due_date(tree):
    app = accepted_app(tree)  # due 2025-10-09 (08-04 + 60 = 10-03, holiday → 10-09)
    assert app.decision_due == D("2025-10-09")
    actions.suspend(app, on=D("2025-08-20"), ground="other_case", acting_user=system_user())
    with pytest.raises(ValidationError, match="先恢复审理"):
        actions.decide(app, on=D("2025-08-25"), decision="uphold", acting_user=system_user())
    actions.resume(app, on=D("2025-09-09"), acting_user=system_user())  # 20 days suspended
    assert app.paused_days == 20
    assert app.decision_due == D("2025-10-23")  # 08-04 + 80 days


def test_extension_once_for_ordinary_procedure_only(tree):
    app = accepted_app(tree)
    with pytest.raises(ValidationError, match="不能晚于审理期限"):
        actions.extend(app, on=D("2025-10-10"), approver="负责人", reason="复杂", acting_user=system_user())
    actions.extend(app, on=D("2025-09-30"), approver="负责人", reason="案情复杂", acting_user=system_user())
    assert app.decision_due == D("2025-11-03")  # 08-04 + 90 = 11-02 (Sunday) → 11-03
    with pytest.raises(ValidationError, match="最多不得超过三十日"):
        actions.extend(app, on=D("2025-10-01"), approver="负责人", reason="再延", acting_user=system_user())


def test_hearing_needs_two_officers_and_the_respondents_head_or_delegate(tree):
    app = accepted_app(tree)
    kw = dict(noticed_on=D("2025-08-25"), held_on=D("2025-09-01"), place="听证室", presiding="李四", clerk="王五")
    with pytest.raises(ValidationError, match="两名以上"):
        actions.hold_hearing(app, officers="赵六", respondent_head_attended=True, **kw, acting_user=system_user())
    with pytest.raises(ValidationError, match="第五十一条"):
        actions.hold_hearing(app, officers="赵六、钱七", **kw, acting_user=system_user())
    actions.hold_hearing(app, officers="赵六、钱七", respondent_head_attended=True, **kw, acting_user=system_user())
    assert app.hearings.count() == 1


def test_decision_sets_correction_and_timeliness(tree):
    app = accepted_app(tree)
    actions.decide(app, on=D("2025-09-15"), decision="revoke", number="示政复决〔2025〕1号", acting_user=system_user())
    assert app.status == "concluded" and app.corrective and app.on_time
    late = accepted_app(tree, applicant_name="李四")
    actions.decide(late, on=D("2025-10-10"), decision="uphold", acting_user=system_user())
    assert late.on_time is False and not late.corrective
    assert rules.is_corrective("declare_void") and not rules.is_corrective("mediation")


# -- indicators -------------------------------------------------------------------------------
def test_indicators_one_group_by_each(tree, django_assert_max_num_queries):
    a = accepted_app(tree)
    actions.decide(a, on=D("2025-09-15"), decision="vary", acting_user=system_user())
    b = accepted_app(tree, applicant_name="李四")
    actions.decide(b, on=D("2025-10-20"), decision="mediation", acting_user=system_user())  # late
    accepted_app(tree, applicant_name="王五")  # pending at year end
    new_app(tree, applicant_name="赵六")  # received, not examined
    county, year = tree["county"], Period.year(2025)
    expected = {"applications": 4, "accepted": 3, "concluded": 2, "pending": 1, "corrected": 1, "mediated": 1}
    for key, n in expected.items():
        assert value(f"reconsideration.{key}", county, year) == n, key
    assert str(value("reconsideration.on_time_rate", county, year)) == "50.0"
    assert str(value("reconsideration.correction_rate", county, year)) == "50.0"
    assert value("reconsideration.applications", tree["town_a"], year) == 0
    with django_assert_max_num_queries(2):  # one GROUP BY + the subtree's ids
        value("reconsideration.accepted", county, year)


# -- the register: pages, API and import use the same actions -------------------------------------
FORM = {"unit": None, "applicant_type": "person", "applicant_name": "张三", "applicant_id_number": VALID_ID,
        "act_type": "penalty", "act_description": "罚款", "respondent_name": "示范县某局", "received_on": "2025-08-01",
        "known_on": "2025-07-20", "channel": "post"}


def test_officer_registers_accepts_and_decides_through_pages(tree, officer, login):
    client = login(officer)
    r = client.post("/r/reconsideration/new/", {**FORM, "unit": tree["county"].pk})
    assert r.status_code == 302, r.content.decode()[:2000]
    app = Application.objects.get()
    assert app.examination_due == D("2025-08-08")
    page = client.get(f"/r/reconsideration/{app.pk}/").content.decode()
    assert "受理审查期限" in page and "第三十条" in page
    r = client.post(f"/r/reconsideration/{app.pk}/act/accept/", {"on": "2025-08-04", "procedure": "simplified",
                                                                 "simplified_ground": "small_amount"})
    assert "三千元" in r.content.decode()
    client.post(f"/r/reconsideration/{app.pk}/act/accept/", {"on": "2025-08-04", "procedure": "ordinary"})
    client.post(f"/r/reconsideration/{app.pk}/act/hearing/", {
        "noticed_on": "2025-08-22", "held_on": "2025-09-01", "place": "听证室", "presiding": "李四", "officers": "赵六、钱七", "clerk": "王五",
        "respondent_head_attended": "on"})
    r = client.post(f"/r/reconsideration/{app.pk}/act/decide/", {"on": "2025-09-20", "decision": "uphold"})
    assert r.status_code == 302
    app.refresh_from_db()
    assert app.status == "concluded" and app.hearings.count() == 1
    from django.contrib.contenttypes.models import ContentType

    on_case = DomainEvent.objects.filter(content_type=ContentType.objects.get_for_model(Application),
                                         object_id=str(app.pk))  # a hearing's event is the case's, not the row's
    assert list(on_case.order_by("id").values_list("event", flat=True)) == ["receive", "accept", "hearing", "conclude"]
    assert "听证记录" in client.get(f"/r/reconsideration/{app.pk}/").content.decode()


def test_bad_id_number_in_form_gives_chinese_error(tree, officer, login):
    r = login(officer).post("/r/reconsideration/new/", {**FORM, "unit": tree["county"].pk,
                                                         "applicant_id_number": "110105194912310021"})
    assert "校验位不正确" in r.content.decode()
    assert not Application.objects.exists()


def test_api_goes_through_the_actions(tree, officer, login):
    client = login(officer)
    r = client.post("/api/reconsideration/", {**FORM, "unit": tree["county"].pk}, content_type="application/json")
    assert r.status_code == 201, r.content
    pk = r.json()["id"]
    r = client.post(f"/api/reconsideration/{pk}/act/decide/", {"on": "2025-09-20", "decision": "uphold"},
                    content_type="application/json")
    assert r.status_code == 404  # not available before acceptance
    r = client.post(f"/api/reconsideration/{pk}/act/reject/", {"on": "2025-08-20", "reason": "x"},
                    content_type="application/json")
    assert r.status_code == 400 and "第三十三条" in r.json()["on"][0]
    assert Application.objects.get().status == "received"


def test_import_goes_through_the_actions_all_or_nothing(tree, officer, login):
    wb = Workbook()
    ws = wb.active
    ws.append(["行政复议机关", "申请人类型", "申请人", "申请人公民身份号码", "被申请人", "行政行为类别", "被申请行政行为",
               "申请人知道该行政行为之日", "收到申请日期", "申请方式"])
    ws.append(["示范县", "自然人", "张三", VALID_ID, "某局", "行政处罚", "罚款", "2025-07-20", "2025-08-01", "邮寄"])
    future = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    ws.append(["示范县", "自然人", "李四", VALID_ID, "某局", "行政处罚", "罚款", "2025-07-20", future, "邮寄"])
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "ledger.xlsx"
    page = login(officer).post("/r/reconsideration/import/", {"file": buf}, follow=True).content.decode()
    assert "第3行" in page and "不能晚于今天" in page
    assert not Application.objects.exists()


def test_id_number_masked_for_the_rule_of_law_office(tree, officer, users, login):
    app = new_app(tree)
    page = login(users["office"]).get(f"/r/reconsideration/{app.pk}/").content.decode()
    assert VALID_ID not in page and "110105********002X" in page
    assert VALID_ID in login(officer).get(f"/r/reconsideration/{app.pk}/").content.decode()
    assert login(users["clerk_a"]).get(f"/r/reconsideration/{app.pk}/").status_code == 404


def test_workbench_shows_deadline_before_decision_and_clears_after(tree, officer, login):
    today = dt.date.today()
    app = new_app(tree, received_on=today - dt.timedelta(days=70), act_date=None, known_on=None)
    actions.accept(app, on=app.examination_due, procedure="ordinary", acting_user=system_user())
    client = login(officer)
    page = client.get("/").content.decode()
    assert "作出行政复议决定" in page and "第六十二条" in page
    actions.decide(app, on=today, decision="uphold", acting_user=system_user())
    assert "作出行政复议决定" not in client.get("/").content.decode()


def test_list_query_count_constant(tree, officer, login):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = login(officer)
    new_app(tree)
    client.get("/r/reconsideration/")
    with CaptureQueriesContext(connection) as few:
        client.get("/r/reconsideration/")
    for i in range(15):
        accepted_app(tree, applicant_name=f"申请人{i}")
    with CaptureQueriesContext(connection) as many:
        client.get("/r/reconsideration/")
    assert len(many) == len(few)


def test_examined_case_cannot_be_deleted(tree, officer, login):
    app = accepted_app(tree)
    client = login(officer)
    assert "删除</button>" not in client.get(f"/r/reconsideration/{app.pk}/").content.decode()
    client.post(f"/r/reconsideration/{app.pk}/delete/")
    assert Application.objects.filter(pk=app.pk).exists()
    assert client.delete(f"/api/reconsideration/{app.pk}/").status_code == 409
    fresh = new_app(tree, applicant_name="误登记")
    assert client.post(f"/r/reconsideration/{fresh.pk}/delete/").status_code == 302
    assert not Application.objects.filter(pk=fresh.pk).exists()


def test_late_application_warning_on_the_page(tree, officer, login):
    app = new_app(tree, act_date=D("2025-01-01"), known_on=D("2025-01-06"), received_on=D("2025-03-10"))
    page = login(officer).get(f"/r/reconsideration/{app.pk}/").content.decode()
    assert "已超过申请期限（2025-03-07）" in page and "第二十条" in page


def test_a_case_number_is_used_once_per_reconsideration_body(tree, officer, login):
    """示复〔2026〕42号 three times was possible: now the form, the API, the step and every import row refuse it."""
    import io

    from openpyxl import load_workbook

    client = login(officer)
    first = {**FORM, "unit": tree["county"].pk, "case_number": "示复〔2026〕42号"}
    assert client.post("/r/reconsideration/new/", first).status_code == 302
    page = client.post("/r/reconsideration/new/", first).content.decode()
    assert "与已有记录" in page and "示复〔2026〕42号" in page and Application.objects.count() == 1
    api = client.post("/api/reconsideration/", {**first, "applicant_name": "李四"}, content_type="application/json")
    assert api.status_code == 400 and "case_number" in api.json()
    # the register's own export, imported back, is refused row by row instead of duplicating
    export = client.get("/r/reconsideration/export.xlsx").content
    again = io.BytesIO(export)
    again.name = "行政复议案件台账.xlsx"
    page = client.post("/r/reconsideration/import/", {"file": again}, follow=True).content.decode()
    assert "未导入任何数据" in page and "第2行" in page and "已有的记录" in page and Application.objects.count() == 1
    # without its 平台编号 the row is found by its natural key (复议机关 + 案号)
    wb = load_workbook(io.BytesIO(export))
    ws = wb.active
    for row in ws.iter_rows(min_row=2):
        row[0].value = None
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "台账.xlsx"
    page = client.post("/r/reconsideration/import/", {"file": buf}, follow=True).content.decode()
    assert "未导入任何数据" in page and "与已有记录" in page and Application.objects.count() == 1
    # two rows of one file with the same number
    ws.cell(row=2, column=[c.value for c in ws[1]].index("案号") + 1, value="示复〔2026〕43号")
    ws.append([c.value for c in ws[2]])
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "台账.xlsx"
    page = client.post("/r/reconsideration/import/", {"file": buf}, follow=True).content.decode()
    assert "第3行" in page and "与第2行重复" in page and Application.objects.count() == 1


def test_the_export_is_the_units_ledger(tree, officer, login):
    """状态, 受理日期, 决定类型 and every deadline with its status — and the ledger can be read back by the import."""
    import io

    from openpyxl import load_workbook

    client = login(officer)
    client.post("/r/reconsideration/new/", {**FORM, "unit": tree["county"].pk, "case_number": "示复〔2025〕7号"})
    app = Application.objects.get()
    client.post(f"/r/reconsideration/{app.pk}/act/accept/", {"on": "2025-08-04", "procedure": "ordinary"})
    ws = load_workbook(io.BytesIO(client.get("/r/reconsideration/export.xlsx").content)).active
    headers = [c.value for c in ws[1]]
    assert {"状态", "受理日期", "决定类型", "作出行政复议决定（期限）"} <= set(headers)
    row = dict(zip(headers, [c.value for c in ws[2]], strict=True))
    assert row["状态"] == "已受理审理中" and row["受理日期"] == "2025-08-04"
    assert row["作出行政复议决定（期限）"].startswith("2025-10-")
    assert ws.freeze_panes == "A2"
    # the same file comes back through the import: its extra columns are read past, the case number is refused
    again = io.BytesIO(client.get("/r/reconsideration/export.xlsx").content)
    again.name = "台账.xlsx"
    page = client.post("/r/reconsideration/import/", {"file": again}, follow=True).content.decode()
    assert "无法识别的列标题" not in page and "已有的记录" in page, page[-3000:]


# -- 听证通知, the respondent's performance, 意见书 (行政复议法第五十一条、第七十六条、第七十七条) ---------------------
def test_hearing_notice_five_working_days_before(tree):
    # 第五十一条 "于举行听证的五日前 … 书面通知" with 第八十八条 (五日 = working days): notified Friday 26 September 2025,
    # the 调休 Sunday 28 September, 29 and 30 September, 9 and 10 October → the hearing from Friday 10 October
    assert rules.due("reconsideration.hearing_notice", D("2025-09-26")) == D("2025-10-10")
    app = accepted_app(tree)
    kw = dict(place="听证室", presiding="李四", officers="赵六、钱七", clerk="王五", respondent_head_attended=True)
    with pytest.raises(ValidationError, match="五日（工作日）前.*第五十一条"):
        actions.hold_hearing(app, noticed_on=D("2025-08-27"), held_on=D("2025-09-01"), **kw, acting_user=system_user())


def test_the_respondent_performs_or_is_ordered_to(tree):
    app = accepted_app(tree)
    with pytest.raises(ValidationError, match="第六十四条"):
        actions.decide(app, on=D("2025-09-15"), decision="uphold", performance_due=D("2025-10-15"),
                       acting_user=system_user())
    actions.decide(app, on=D("2025-09-15"), decision="order_performance", performance_due=D("2025-10-15"),
                   acting_user=system_user())
    with pytest.raises(ValidationError, match="不能早于原履行期限"):
        actions.order_performance(app, on=D("2025-10-01"), due=D("2025-10-31"), acting_user=system_user())
    actions.order_performance(app, on=D("2025-10-20"), due=D("2025-11-05"), acting_user=system_user())  # 第七十七条第二款
    actions.record_performance(app, on=D("2025-11-01"), note="已依法作出答复", acting_user=system_user())
    assert str(value("reconsideration.decisions_performed_rate", tree["county"], Period.year(2025))) == "100.0"


def test_an_opinion_letter_is_answered_within_sixty_days_of_receipt(tree):
    from fazhi.reconsideration.models import OpinionLetter

    # 第七十六条 "自收到行政复议意见书之日起六十日内 … 报送": received 3 March 2025 → 2 May 2025
    assert rules.due("reconsideration.opinion_letter", D("2025-03-03")) == D("2025-05-02")
    letter = actions.issue_letter(OpinionLetter(unit=tree["county"], kind="opinion", number="示政复意〔2025〕1号",
                                                addressee=tree["dept"], issued_on=D("2025-02-28"),
                                                received_on=D("2025-03-03"), problem="执法程序不规范"),
                                  acting_user=system_user())
    assert letter.report_due == D("2025-05-02")
    with pytest.raises(ValidationError, match="载明的反馈期限"):
        actions.issue_letter(OpinionLetter(unit=tree["county"], kind="suggestion", number="示政复建〔2025〕1号",
                                           addressee=tree["dept"], issued_on=D("2025-02-28"),
                                           received_on=D("2025-03-03"), problem="制度不健全"), acting_user=system_user())
    actions.report_correction(letter, on=D("2025-04-20"), correction="已整改", acting_user=system_user())
    assert value("reconsideration.opinion_letters", tree["county"], Period.year(2025)) == 1


# -- 附带审查 (第五十六条至第六十条) ---------------------------------------------------------------------
def test_incidental_review_within_the_organs_power(tree, officer, login):
    from fazhi.reconsideration.models import IncidentalReview

    # 第五十六条 "有权处理的，应当在三十日内依法处理" (natural days; the last day in the National Day holiday moves on,
    # 第八十八条第一款 and the 民事诉讼法): asked 1 September 2025 → 1 October → 9 October 2025
    assert rules.due("reconsideration.incidental_handle", D("2025-09-01")) == D("2025-10-09")
    # 第五十八条 "自行政复议中止之日起三日内，书面通知 … 制定机关应当自收到书面通知之日起十日内提交书面答复" (working days,
    # 第八十八条第二款): suspended Tuesday 30 September 2025 → 9, 10, Saturday 11 October (调休); received Monday 3 March
    # 2025 → 17 March
    assert rules.due("reconsideration.incidental_notice", D("2025-09-30")) == D("2025-10-11")
    assert rules.due("reconsideration.incidental_drafter_reply", D("2025-03-03")) == D("2025-03-17")
    app = accepted_app(tree)
    review = actions.raise_incidental(IncidentalReview(
        application=app, origin="applicant", document="《示范县违法建设治理办法》第十二条", drafter="示范县人民政府",
        raised_on=D("2025-09-01"), competent=True), acting_user=system_user())
    assert review.handle_due == D("2025-10-09") and review.transfer_due is None
    with pytest.raises(ValidationError, match="应当自行处理，不转送"):
        actions.transfer_incidental(review, on=D("2025-09-03"), to="市政府", received_on=D("2025-09-04"),
                                    acting_user=system_user())
    actions.notify_drafter(review, suspended_on=D("2025-09-30"), on=D("2025-10-09"), received_on=D("2025-10-09"),
                           acting_user=system_user())
    assert review.notice_due == D("2025-10-11") and review.drafter_reply_due == D("2025-10-22")  # 10, 11 (调休), 13 … 22
    actions.drafter_replied(review, on=D("2025-10-20"), acting_user=system_user())
    actions.conclude_incidental(review, on=D("2025-10-27"), outcome="stopped", acting_user=system_user())
    event = DomainEvent.objects.get(object_id=str(review.pk), event="incidental_conclude")
    assert event.detail["on_time"] is False and "第五十九条" in event.basis
    page = login(officer).get(f"/r/reconsideration/{app.pk}/").content.decode()
    assert f"/r/incidental-reviews/new/?application={app.pk}" in page and "《示范县违法建设治理办法》第十二条" in page


def test_incidental_review_beyond_its_power_is_transferred(tree):
    from fazhi.reconsideration.models import IncidentalReview

    # 第五十六条 "无权处理的，应当在七日内转送" (working days): asked Friday 26 September 2025 → 28 (调休), 29, 30
    # September, 9, 10, 11 (调休), 13 October; 第六十条 "自收到转送之日起六十日内 … 回复": received 2 August 2025 →
    # 1 October, in the holiday → 9 October
    assert rules.due("reconsideration.incidental_transfer", D("2025-09-26")) == D("2025-10-13")
    assert rules.due("reconsideration.incidental_transfer_reply", D("2025-08-02")) == D("2025-10-09")
    app = accepted_app(tree)
    review = actions.raise_incidental(IncidentalReview(
        application=app, origin="organ", document="某省厅规范性文件第五条", drafter="省住房和城乡建设厅",
        raised_on=D("2025-09-26"), competent=False), acting_user=system_user())
    assert review.transfer_due == D("2025-10-13") and review.handle_due is None
    with pytest.raises(ValidationError, match="无权处理"):
        actions.conclude_incidental(review, on=D("2025-10-01"), outcome="lawful", acting_user=system_user())
    actions.transfer_incidental(review, on=D("2025-10-10"), to="省人民政府", received_on=D("2025-10-13"),
                                acting_user=system_user())
    assert review.transfer_reply_due == D("2025-12-12")
    actions.transfer_replied(review, on=D("2025-12-01"), opinion="已责令制定机关修改", acting_user=system_user())
    assert review.opinion == "已责令制定机关修改"
