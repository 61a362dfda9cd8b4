"""信访事项: the 《信访工作条例》 periods with worked examples from its wording (第二十三条、第三十四条至第三十六条),
the gates of its steps, 访调对接, indicators, pages, masking and the ledger import."""

import datetime as dt
import io

import pytest
from django.core.exceptions import ValidationError
from openpyxl import Workbook

from conftest import assert_constant_queries
from fazhi.core.indicators import Period, value
from fazhi.core.models import DomainEvent
from fazhi.core.steps import system_user
from fazhi.mediation.models import Committee, Dispute
from fazhi.petitions import actions, rules
from fazhi.petitions.models import Petition

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


def new(unit, **kw):
    data = dict(unit=unit, received_on=D("2025-03-03"), channel="letter", origin="direct", category="claim",
                route="opinion", petitioner="王五", petitioner_phone="13812345678", subject="反映供暖温度不达标")
    data.update(kw)
    return actions.register_petition(Petition(**data), acting_user=system_user())


# -- the periods, from the statute's wording ----------------------------------------------------------------------
def test_written_notice_within_15_days_of_receipt():
    # 第二十三条第二款 "自收到信访事项之日起15日内书面告知": received Monday 3 March 2025 → Tuesday 18 March 2025
    assert rules.due("petitions.notice", D("2025-03-03")) == D("2025-03-18")
    # natural days, not rolled over a holiday (the 条例 has no such rule): 20 September → 5 October 2025
    assert rules.due("petitions.notice", D("2025-09-20")) == D("2025-10-05")


def test_objection_within_5_working_days_across_national_day():
    # 第二十三条第三款 "自收到之日起5个工作日内提出异议": received Friday 26 September 2025 → the 调休 Sunday
    # 28 September, 29 and 30 September, then 9 and 10 October (1–8 October are the holiday) → 10 October 2025
    assert rules.due("petitions.objection", D("2025-09-26")) == D("2025-10-10")
    assert rules.due("petitions.objection", D("2025-03-03")) == D("2025-03-10")


def test_60_days_from_acceptance_and_at_most_30_more():
    # 第三十四条 "自受理之日起60日内办结 … 延长期限不得超过30日": accepted 10 March 2025 → 9 May; extended → 8 June
    assert rules.due("petitions.conclude", D("2025-03-10")) == D("2025-05-09")
    assert rules.due("petitions.conclude", D("2025-03-10"), extended=True) == D("2025-06-08")


def test_review_and_recheck_30_days_each():
    # 第三十五条: the reply received 1 April 2025 → request 复查 by 1 May; the opinion 30 days after the request
    assert rules.due("petitions.review_request", D("2025-04-01")) == D("2025-05-01")
    assert rules.due("petitions.review", D("2025-04-20")) == D("2025-05-20")
    # 第三十六条: 复核 within 30 days of the request
    assert rules.due("petitions.recheck", D("2025-06-02")) == D("2025-07-02")


# -- the steps ------------------------------------------------------------------------------------------------------
def test_register_notify_accept_extend_conclude(tree):
    p = new(tree["town_a"])
    assert p.notice_due == D("2025-03-18") and p.objection_due is None  # a direct matter: nothing to object to
    actions.notify(p, on=D("2025-03-12"), acting_user=system_user())
    actions.accept(p, on=D("2025-03-12"), acting_user=system_user())
    assert p.conclude_due == D("2025-05-11")
    with pytest.raises(ValidationError, match="负责人批准"):
        actions.extend(p, approved_by="", reason="", informed_on=D("2025-05-01"), acting_user=system_user())
    actions.extend(p, approved_by="李局长", reason="涉及多个部门，需联合调查", informed_on=D("2025-05-01"),
                   acting_user=system_user())
    assert p.conclude_due == D("2025-06-10") and p.extended
    with pytest.raises(ValidationError, match="不得超过30日.*第三十四条"):
        actions.extend(p, approved_by="李局长", reason="再延", informed_on=D("2025-05-02"), acting_user=system_user())
    actions.conclude(p, on=D("2025-06-05"), opinion="explain", reply_served_on=D("2025-06-08"),
                     acting_user=system_user())
    event = DomainEvent.objects.get(object_id=str(p.pk), event="conclude")
    assert event.detail["on_time"] is True and "第三十一条第六项" in event.basis


def test_a_matter_without_name_and_address_has_no_notice_period(tree):
    p = new(tree["town_a"], address_known=False)
    assert p.notice_due is None  # 第二十三条第二款 "但信访人的姓名（名称）、住址不清的除外"


def test_objection_only_to_a_transferred_matter_and_only_in_time(tree):
    direct = new(tree["town_a"])
    with pytest.raises(ValidationError, match="直接提出"):
        actions.object_to(direct, on=D("2025-03-04"), reason="不属于本机关职权", acting_user=system_user())
    transferred = new(tree["town_a"], origin="transferred")
    assert transferred.objection_due == D("2025-03-10")
    with pytest.raises(ValidationError, match="5个工作日内.*第二十三条第三款"):
        actions.object_to(transferred, on=D("2025-03-11"), reason="属于县市场监管局职权", acting_user=system_user())
    actions.object_to(transferred, on=D("2025-03-07"), reason="属于县市场监管局职权", acting_user=system_user())
    assert transferred.objected_on == D("2025-03-07")


def test_claims_need_their_route_and_only_the_opinion_route_has_60_days(tree):
    with pytest.raises(ValidationError, match="第三十一条"):
        new(tree["town_a"], route="")
    duty = new(tree["town_a"], route="duty")
    actions.accept(duty, on=D("2025-03-05"), acting_user=system_user())
    assert duty.conclude_due is None
    with pytest.raises(ValidationError, match="第三十一条第六项"):
        actions.extend(duty, approved_by="李局长", reason="复杂", informed_on=D("2025-03-06"), acting_user=system_user())


def test_review_request_within_30_days_of_the_reply_and_recheck_without_the_hearing(tree):
    p = new(tree["town_a"])
    actions.accept(p, on=D("2025-03-05"), acting_user=system_user())
    actions.conclude(p, on=D("2025-03-25"), opinion="reject", reply_served_on=D("2025-04-01"), acting_user=system_user())
    with pytest.raises(ValidationError, match="第三十五条"):
        actions.request_review(p, on=D("2025-05-02"), acting_user=system_user())
    actions.request_review(p, on=D("2025-04-20"), acting_user=system_user())
    assert p.review_due == D("2025-05-20")
    actions.review(p, on=D("2025-05-15"), result="reject", acting_user=system_user())
    actions.request_recheck(p, on=D("2025-06-02"), acting_user=system_user())
    assert p.recheck_due == D("2025-07-02")
    # a hearing of 12 days is not counted in the 复核 period (第三十六条第二款): due 14 July
    actions.recheck(p, on=D("2025-07-10"), result="reject", hearing_days=12, acting_user=system_user())
    assert p.recheck_due == D("2025-07-14")
    assert DomainEvent.objects.get(object_id=str(p.pk), event="recheck").detail["on_time"] is True


def test_referral_to_mediation_needs_consent_and_registers_the_dispute(tree):
    committee = Committee.objects.create(unit=tree["village"], name="城关东村人民调解委员会", kind="village",
                                         established_on=D("2020-01-01"))
    p = new(tree["town_a"])
    with pytest.raises(ValidationError, match="双方当事人同意"):
        actions.refer_to_mediation(p, on=D("2025-03-05"), committee=committee, other_party="某物业公司",
                                   acting_user=system_user())
    actions.refer_to_mediation(p, on=D("2025-03-05"), committee=committee, other_party="某物业公司", consent=True,
                               acting_user=system_user())
    dispute = Dispute.objects.get()
    assert p.dispute == dispute and dispute.source == "petition" and dispute.applicant_name == "王五"
    assert DomainEvent.objects.filter(object_id=str(dispute.pk), event="register").exists()  # mediation's own step


def test_indicators(tree):
    on_time = new(tree["town_a"])
    actions.accept(on_time, on=D("2025-03-05"), acting_user=system_user())
    actions.conclude(on_time, on=D("2025-04-01"), opinion="support", acting_user=system_user())
    late = new(tree["town_b"])
    actions.accept(late, on=D("2025-03-05"), acting_user=system_user())
    actions.conclude(late, on=D("2025-05-20"), opinion="explain", acting_user=system_user())
    year = Period.year(2025)
    assert value("petitions.cases", tree["county"], year) == 2
    assert value("petitions.concluded", tree["county"], year) == 2
    assert str(value("petitions.on_time_rate", tree["county"], year)) == "50.0"
    assert value("petitions.cases", tree["town_b"], year) == 1


# -- pages, masking, import ------------------------------------------------------------------------------------
def test_detail_shows_each_deadline_with_its_article_and_masks_the_phone(tree, users, login):
    p = new(tree["town_a"])
    clerk = login(users["clerk_a"]).get(f"/r/petitions/{p.pk}/").content.decode()
    assert "书面告知信访人" in clerk and "第二十三条" in clerk and "13812345678" in clerk
    supervisor = login(users["supervisor"]).get(f"/r/petitions/{p.pk}/").content.decode()
    assert "13812345678" not in supervisor and "138****5678" in supervisor
    assert login(users["clerk_b"]).get(f"/r/petitions/{p.pk}/").status_code == 404


def test_list_query_count_is_constant(tree, users, login):
    new(tree["town_a"])

    def add():
        for i in range(12):
            new(tree["town_b"], petitioner=f"信访人{i}")

    assert_constant_queries(login(users["supervisor"]), "/r/petitions/", add)


def test_ledger_import_with_the_units_column_names_and_history_through_the_steps(tree, users, login):
    wb = Workbook()
    ws = wb.active
    ws.append(["办理单位", "来信来访日期", "信访形式", "来源", "信访类别", "办理方式（第三十一条）", "信访人", "反映问题",
               "告知日期", "受理日期", "办结日期", "处理意见"])
    ws.append(["城关镇", "2025-03-03", "来信", "信访人直接提出", "申诉求决类", "（六）调查核实，出具信访处理意见书", "赵六",
               "反映拖欠工资", "2025-03-10", "2025-03-10", "2025-04-20", "予以支持"])
    ws.append(["城关镇", "2025-03-04", "来访", "信访人直接提出", "申诉求决类", "", "孙七", "反映噪音扰民", "", "", "", ""])
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "信访台账.xlsx"
    page = login(users["clerk_a"]).post("/r/petitions/import/", {"file": buf}, follow=True).content.decode()
    assert "第3行" in page and "第三十一条" in page and not Petition.objects.exists()  # all or nothing
    ws.delete_rows(3)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "信访台账.xlsx"
    login(users["clerk_a"]).post("/r/petitions/import/", {"file": buf}, follow=True)
    p = Petition.objects.get()
    assert p.conclude_due == D("2025-05-09") and p.concluded_on == D("2025-04-20") and p.opinion == "support"
    assert DomainEvent.objects.filter(object_id=str(p.pk), event__in=["notify", "accept", "conclude"]).count() == 3
