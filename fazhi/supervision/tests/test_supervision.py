"""督察整改: progress with evidence, close-out only on evidence and only by the office, escalation of overdue items
on the workbench, indicators, scoping."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from conftest import assert_constant_queries
from fazhi.core.indicators import Period, value
from fazhi.core.steps import system_user
from fazhi.supervision import actions
from fazhi.supervision.models import Finding, Inspection, Rectification

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat
PDF = b"%PDF-1.4\n%evidence\n%%EOF\n"


@pytest.fixture
def item(tree):
    insp = Inspection.objects.create(unit=tree["county"], title="2025年度综合督察", kind="comprehensive",
                                     started_on=D("2025-05-10"))
    insp.covered_units.set([tree["town_a"]])
    f = Finding.objects.create(inspection=insp, unit=tree["town_a"], area="normative",
                               description="规范性文件未经合法性审核即印发", found_on=D("2025-06-01"))
    return Rectification.objects.create(finding=f, responsible_unit=tree["town_a"], measure="逐件补审",
                                        due_on=D("2025-07-31"))


def evidence():
    return SimpleUploadedFile("佐证.pdf", PDF, content_type="application/pdf")


def test_close_out_needs_complete_evidenced_work_then_the_office(item):
    actions.report_progress(item, on=D("2025-06-20"), progress=60, text="已补审3件", acting_user=system_user())
    with pytest.raises(ValidationError, match="100%"):
        actions.submit(item, on=D("2025-06-21"), acting_user=system_user())
    with pytest.raises(ValidationError, match="不能低于"):
        actions.report_progress(item, on=D("2025-06-22"), progress=40, text="x", acting_user=system_user())
    actions.report_progress(item, on=D("2025-07-20"), progress=100, text="全部补审", acting_user=system_user())
    with pytest.raises(ValidationError, match="佐证材料"):
        actions.submit(item, on=D("2025-07-21"), acting_user=system_user())
    with pytest.raises(ValidationError, match="尚未申请销号"):
        actions.close_out(item, on=D("2025-07-22"), opinion="", acting_user=system_user())
    actions.report_progress(item, on=D("2025-07-21"), progress=100, text="上传佐证", evidence=evidence(), acting_user=system_user())
    actions.submit(item, on=D("2025-07-21"), acting_user=system_user())
    actions.return_item(item, on=D("2025-07-25"), reason="佐证不全", acting_user=system_user())
    assert item.status == "open"
    actions.submit(item, on=D("2025-07-28"), acting_user=system_user())
    actions.close_out(item, on=D("2025-08-01"), opinion="整改到位", acting_user=system_user())
    assert item.status == "closed" and item.closed_on == D("2025-08-01")
    assert [r.kind for r in item.reports.all()][-2:] == ["退回重新整改", "销号"]


def test_escalation_only_after_the_due_date(item):
    with pytest.raises(ValidationError, match="尚未届满"):
        actions.escalate(item, on=D("2025-07-31"), note="", acting_user=system_user())
    actions.escalate(item, on=D("2025-08-05"), note="请于一周内完成", acting_user=system_user())
    assert item.escalations == 1 and item.last_escalated_on == D("2025-08-05")


def test_overdue_item_escalates_to_the_office_workbench(item, users, login):
    office = login(users["office"]).get("/").content.decode()
    assert "逾期未完成整改的事项（请督办）" in office and "逐件补审" in office
    clerk = login(users["clerk_a"])
    page = clerk.get("/").content.decode()
    assert "本单位未完成的整改事项" in page and "督察工作规定" in page
    assert "逐件补审" not in login(users["clerk_b"]).get("/").content.decode()


def test_clerk_reports_with_evidence_but_only_the_office_closes(item, users, login):
    clerk = login(users["clerk_a"])
    detail = clerk.get(f"/r/rectifications/{item.pk}/").content.decode()
    assert "报告整改进展" in detail and "act/close_out/" not in detail
    response = clerk.post(f"/r/rectifications/{item.pk}/act/progress/",
                          {"on": "2025-07-20", "progress": "100", "text": "完成", "evidence": evidence()})
    assert response.status_code == 302
    assert clerk.post(f"/r/rectifications/{item.pk}/act/submit/", {"on": "2025-07-20"}).status_code == 302
    assert clerk.post(f"/r/rectifications/{item.pk}/act/close_out/", {"on": "2025-07-22"}).status_code == 404
    assert clerk.post(f"/r/rectifications/{item.pk}/edit/", {"due_on": "2026-12-31"}).status_code == 404
    office = login(users["office"])
    assert office.post(f"/r/rectifications/{item.pk}/act/close_out/", {"on": "2025-07-22"}).status_code == 302
    assert Rectification.objects.get().status == "closed"
    assert login(users["clerk_b"]).get(f"/r/rectifications/{item.pk}/").status_code == 404


def test_indicators(item, tree):
    actions.report_progress(item, on=D("2025-07-20"), progress=100, text="完成", evidence=evidence(), acting_user=system_user())
    actions.submit(item, on=D("2025-07-20"), acting_user=system_user())
    actions.close_out(item, on=D("2025-08-02"), opinion="", acting_user=system_user())
    Rectification.objects.create(finding=item.finding, responsible_unit=tree["town_a"], measure="建台账",
                                 due_on=D("2025-09-30"))
    year = Period.year(2025)
    assert value("supervision.inspections", tree["county"], year) == 1
    assert value("supervision.findings", tree["county"], year) == 1
    assert value("supervision.on_time_rate", tree["county"], year) == 50


def test_list_query_count_is_constant(item, users, login, tree):
    def add():
        for i in range(12):
            Rectification.objects.create(finding=item.finding, responsible_unit=tree["town_a"], measure=f"措施{i}",
                                         due_on=D("2025-09-30"))
    assert_constant_queries(login(users["clerk_a"]), "/r/rectifications/", add)
