"""政府信息公开申请: the 20 + 20 working-day reply period (条例第三十三条), actions, indicator, pages."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from fazhi.core.indicators import Period, value
from fazhi.core.steps import system_user
from fazhi.opengov import actions, rules
from fazhi.opengov.models import DisclosureRequest

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


def new(tree, **kw):
    data = dict(unit=tree["dept"], received_on=D("2025-09-22"), channel="online", applicant_type="person",
                applicant_name="李四", applicant_phone="13812345678", content="申请公开房屋征收补偿方案")
    data.update(kw)
    return actions.register_request(DisclosureRequest(**data), acting_user=system_user())


def test_reply_within_20_working_days_across_the_national_day_holiday():
    # 第三十三条第二款 "自收到申请之日起20个工作日内予以答复": received Monday 22 September 2025; the National Day
    # holiday (1–8 October 2025) is skipped and the adjusted working days (Sunday 28 September, Saturday 11 October)
    # count: 23–26, 28–30 Sep (7), 9–11 Oct (10), 13–17 (15), 20–24 (20) → Friday 24 October.
    assert rules.reply_due(D("2025-09-22")) == D("2025-10-24")
    # "延长的期限最长不得超过20个工作日": 20 more working days.
    assert rules.reply_due(D("2025-09-22"), extended=True) == D("2025-11-21")


def test_extension_once_with_approval_then_reply(tree):
    req = new(tree)
    assert req.reply_due == D("2025-10-24")
    with pytest.raises(ValidationError):
        actions.extend(req, on=D("2025-10-20"), approver=" ", acting_user=system_user())
    with pytest.raises(ValidationError, match="不能晚于"):
        actions.extend(req, on=D("2025-10-28"), approver="主任", acting_user=system_user())
    actions.extend(req, on=D("2025-10-20"), approver="办公室主任", acting_user=system_user())
    assert req.reply_due == D("2025-11-21")
    with pytest.raises(ValidationError, match="只能延长一次"):
        actions.extend(req, on=D("2025-10-21"), approver="主任", acting_user=system_user())
    with pytest.raises(ValidationError):
        actions.reply(req, on=D("2025-09-01"), outcome="disclosed", acting_user=system_user())
    actions.reply(req, on=D("2025-11-10"), outcome="partly", acting_user=system_user())
    assert req.get_outcome_display() == "部分公开"


def test_indicator_counts_requests_received_in_the_period(tree):
    new(tree)
    new(tree, received_on=D("2024-12-31"))
    assert value("opengov.applications", tree["county"], Period.year(2025)) == 1


def test_pages_mask_phone_and_show_basis(tree, users, login):
    from fazhi.core.models import Membership
    from fazhi.core.roles import Role

    new(tree, unit=tree["town_a"])
    clerk = login(users["clerk_a"])
    page = clerk.get("/r/disclosure-requests/").content.decode()
    assert "李四" in page
    req = DisclosureRequest.objects.get()
    detail = clerk.get(f"/r/disclosure-requests/{req.pk}/").content.decode()
    assert "第三十三条" in detail and "13812345678" not in detail
    assert login(users["clerk_b"]).get(f"/r/disclosure-requests/{req.pk}/").status_code == 404
    bad = clerk.post("/r/disclosure-requests/new/", {"unit": tree["town_a"].pk, "received_on": "2025-13-01",
                                                     "channel": "online", "applicant_type": "person",
                                                     "applicant_name": "王五", "content": "x",
                                                     "applicant_id_number": "110101199003071234"})
    assert bad.status_code == 200
    assert Membership.objects.filter(role=Role.UNIT_CLERK).exists()


def test_correction_once_then_period_runs_from_the_corrected_request(tree):
    # 第三十条 "自收到申请之日起7个工作日内一次性告知申请人作出补正": received Monday 22 September 2025 → 23–26 (4),
    # Sunday 28 September (adjusted working day, 5), 29, 30 → Tuesday 30 September.
    assert rules.due("opengov.correction_notice", D("2025-09-22")) == D("2025-09-30")
    req = new(tree)
    actions.request_correction(req, on=D("2025-09-25"), items="请明确所需文件的名称", due=D("2025-10-20"), acting_user=system_user())
    assert req.reply_due is None
    with pytest.raises(ValidationError, match="一次性告知"):
        actions.request_correction(req, on=D("2025-09-26"), items="另一事项", due=D("2025-10-20"), acting_user=system_user())
    with pytest.raises(ValidationError, match="补正"):
        actions.reply(req, on=D("2025-09-30"), outcome="disclosed", acting_user=system_user())
    with pytest.raises(ValidationError, match="尚未届满"):
        actions.deem_abandoned(req, on=D("2025-10-20"), acting_user=system_user())
    # "答复期限自行政机关收到补正的申请之日起计算": corrected Monday 13 October → 20 working days → Monday 10 November.
    actions.receive_correction(req, on=D("2025-10-13"), acting_user=system_user())
    assert req.reply_due == D("2025-11-10")


def test_request_not_corrected_in_time_is_deemed_abandoned(tree):
    req = new(tree)
    actions.request_correction(req, on=D("2025-09-25"), items="请明确内容", due=D("2025-10-20"), acting_user=system_user())
    actions.deem_abandoned(req, on=D("2025-10-21"), acting_user=system_user())
    assert req.outcome == "abandoned"


def test_on_time_rate_and_proactive_disclosures(tree):
    from fazhi.opengov.models import ProactiveDisclosure

    a = new(tree)
    actions.reply(a, on=D("2025-10-20"), outcome="disclosed", acting_user=system_user())
    b = new(tree)
    actions.reply(b, on=D("2025-10-28"), outcome="refused", acting_user=system_user())  # after 24 October
    ProactiveDisclosure.objects.create(unit=tree["dept"], month=D("2025-03-15"), category="policy", count=12)
    ProactiveDisclosure.objects.create(unit=tree["town_a"], month=D("2025-04-01"), category="budget", count=5)
    assert ProactiveDisclosure.objects.get(count=12).month == D("2025-03-01")
    with pytest.raises(ValidationError, match="已经填报"):
        ProactiveDisclosure(unit=tree["dept"], month=D("2025-03-20"), category="policy", count=1).full_clean()
    year = Period.year(2025)
    assert value("opengov.reply_on_time_rate", tree["county"], year) == 50
    assert value("opengov.published", tree["county"], year) == 17
    assert value("opengov.published", tree["county"], Period.quarter(2025, 1)) == 12


# -- 第三十二条至第三十四条 consultation, 第四十九条 annual reports -------------------------------------------------
def test_a_consultation_takes_at_most_15_working_days_and_is_not_counted_in_the_reply_period(tree):
    # 第三十二条 "第三方应当自收到征求意见书之日起15个工作日内提出意见": asked Monday 10 March 2025 → 31 March
    assert rules.due("opengov.consultation", D("2025-03-10")) == D("2025-03-31")
    req = new(tree, received_on=D("2025-03-03"))
    assert req.reply_due == D("2025-03-31")
    actions.consult(req, on=D("2025-03-10"), party="某建材公司", acting_user=system_user())
    # the answer came on Friday 14 March: 4 working days (11–14 March) are not counted (第三十三条第三款): 31 March
    # plus 1, 2, 3 April and — 4 April being 清明节 — Monday 7 April
    actions.consultation_answered(req, on=D("2025-03-14"), acting_user=system_user())
    assert req.consultation_days == 4 and req.reply_due == D("2025-04-07")
    late = new(tree, received_on=D("2025-03-03"), applicant_name="李四")
    actions.consult(late, on=D("2025-03-10"), party="某公司", acting_user=system_user())
    # no answer until 30 April: only the 15 working days count (after them the office decides, 第三十二条)
    actions.consultation_answered(late, on=D("2025-04-30"), acting_user=system_user())
    assert late.consultation_days == 15


def test_the_annual_report_is_due_31_january_for_departments_and_31_march_for_governments(tree, users, login):
    from fazhi.opengov.models import AnnualDisclosureReport

    # 第四十九条 "每年1月31日前 … 提交 … 并向社会公布" / "每年3月31日前向社会公布本级政府上一年度 … 年度报告"
    assert rules.annual_report_due(2025, "department") == D("2026-01-31")
    assert rules.annual_report_due(2025, "government") == D("2026-03-31")
    report = AnnualDisclosureReport(unit=tree["dept"], year=2025, kind="department")
    report.full_clean()
    report.save()
    assert report.due == D("2026-01-31")
    page = login(users["office"]).get(f"/r/disclosure-reports/{report.pk}/").content.decode()
    assert "第四十九条" in page


def test_proactive_information_published_within_20_working_days_of_its_creation(tree, users, login):
    from fazhi.opengov.models import ProactiveItem

    # 第二十六条 "应当自该政府信息形成或者变更之日起20个工作日内及时公开": formed Monday 3 March 2025 → Monday 31 March;
    # formed Friday 26 September 2025 → the 调休 Sunday 28 and Saturday 11 October count, 1–8 October do not → 30 October
    assert rules.due("opengov.proactive", D("2025-03-03")) == D("2025-03-31")
    assert rules.due("opengov.proactive", D("2025-09-26")) == D("2025-10-30")
    item = actions.record_item(ProactiveItem(unit=tree["dept"], title="县级部门预算", category="budget",
                                             formed_on=D("2025-09-26")), acting_user=system_user())
    assert item.due == D("2025-10-30")
    # "法律、法规对政府信息公开的期限另有规定的，从其规定": no 20-day reminder for such an item
    other = actions.record_item(ProactiveItem(unit=tree["dept"], title="环境影响评价报告书受理公示", category="other",
                                              formed_on=D("2025-09-26"), other_rule="《环境影响评价公众参与办法》规定的期限"),
                                acting_user=system_user())
    assert other.due is None
    with pytest.raises(ValidationError, match="不能早于形成或者变更日期"):
        actions.publish_item(item, on=D("2025-09-25"), acting_user=system_user())
    actions.publish_item(item, on=D("2025-10-31"), url="gov.cn/a.html", acting_user=system_user())
    late = actions.record_item(ProactiveItem(unit=tree["dept"], title="规划", category="planning",
                                             formed_on=D("2025-03-03")), acting_user=system_user())
    actions.publish_item(late, on=D("2025-03-20"), acting_user=system_user())
    year = Period.year(2025)
    assert value("opengov.proactive_items", tree["county"], year) == 2
    assert value("opengov.proactive_on_time_rate", tree["county"], year) == 50
    page = login(users["office"]).get(f"/r/proactive-items/{item.pk}/").content.decode()
    assert "第二十六条" in page and "2025-10-30" in page
