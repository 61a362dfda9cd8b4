"""行政规范性文件: review times (115号), the deliberation gate, 三统一 numbering (no gap, no duplicate, also
concurrently on PostgreSQL), filing and validity, cleanup campaigns, the public catalogue, indicators."""

import datetime as dt
import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections

from conftest import make_user
from fazhi.core.indicators import Period, value
from fazhi.core.roles import Role
from fazhi.core.steps import system_user
from fazhi.normative import actions, rules
from fazhi.normative.models import CleanupCampaign, CleanupItem, Issuer, NormativeDocument, NumberCounter

D = dt.date.fromisoformat
S = NormativeDocument.Status


def make_doc(issuer, unit, title="示范县农村集体经济组织成员资格认定办法", kind="regular"):
    return actions.save_draft(None, NormativeDocument(issuer=issuer, unit=unit, title=title, kind=kind))


def deliberated(issuer, unit, title="文件", on="2025-09-26"):
    doc = make_doc(issuer, unit, title)
    actions.submit_review(doc, on=D(on), reviewer="县司法局", acting_user=system_user())
    actions.record_review(doc, on=doc.review_minimum, opinion="agree", acting_user=system_user())
    actions.deliberate(doc, on=doc.review_minimum + dt.timedelta(days=1), meeting="县政府第15次常务会议", acting_user=system_user())
    return doc


@pytest.fixture
def issuer(tree):
    return Issuer.objects.create(unit=tree["county"], prefix="示县政", filing_body="示范市人民政府", npc_filing=True)


@pytest.mark.django_db
def test_review_takes_five_to_fifteen_working_days(issuer, tree):
    # 115号 "合法性审核时间一般不少于5个工作日，最长不超过15个工作日": sent 2025-09-26 (Friday before National Day),
    # 9月28日 and 10月11日 are 调休 working days and 10月1日至8日 are holidays → not before 2025-10-10, due 2025-10-23.
    assert rules.due("normative.legality_review_minimum", D("2025-09-26")) == D("2025-10-10")
    assert rules.due("normative.legality_review", D("2025-09-26")) == D("2025-10-23")
    doc = make_doc(issuer, tree["dept"])
    actions.submit_review(doc, on=D("2025-09-26"), reviewer="县司法局", acting_user=system_user())
    with pytest.raises(ValidationError, match="不少于5个工作日.*2025-10-10"):
        actions.record_review(doc, on=D("2025-09-30"), opinion="agree", acting_user=system_user())
    actions.record_review(doc, on=D("2025-09-30"), opinion="agree", urgent_reason="上级限期出台", acting_user=system_user())
    assert doc.status == S.REVIEWED and "上级限期出台" in doc.review_note


@pytest.mark.django_db
def test_no_deliberation_without_a_lawful_review(issuer, tree):
    # 115号 "未经合法性审核或者经审核不合法的文件，不得提交集体审议"
    doc = make_doc(issuer, tree["dept"])
    with pytest.raises(ValidationError, match="不得提交集体审议"):
        actions.deliberate(doc, on=D("2025-10-01"), meeting="常务会议", acting_user=system_user())
    actions.submit_review(doc, on=D("2025-09-01"), reviewer="县司法局", acting_user=system_user())
    with pytest.raises(ValidationError, match="写明修改意见或不合法的理由"):
        actions.record_review(doc, on=D("2025-09-10"), opinion="disagree", acting_user=system_user())
    actions.record_review(doc, on=D("2025-09-10"), opinion="disagree", note="违法设定行政许可", acting_user=system_user())
    assert doc.status == S.DRAFT
    with pytest.raises(ValidationError, match="不得提交集体审议"):
        actions.deliberate(doc, on=D("2025-09-12"), meeting="常务会议", acting_user=system_user())


@pytest.mark.django_db
def test_three_unifications_number_in_sequence_per_issuer_and_year(issuer, tree):
    docs = [deliberated(issuer, tree["dept"], f"文件{i}", "2025-03-03") for i in range(3)]
    for doc in docs:
        actions.register(doc, on=D("2025-03-20"), acting_user=system_user())
    assert [d.number for d in docs] == ["示县政规〔2025〕1号", "示县政规〔2025〕2号", "示县政规〔2025〕3号"]
    next_year = deliberated(issuer, tree["dept"], "次年文件", "2025-12-01")
    actions.register(next_year, on=D("2026-01-05"), acting_user=system_user())
    assert next_year.number == "示县政规〔2026〕1号"
    other = Issuer.objects.create(unit=tree["dept"], prefix="示县司", filing_body="示范县人民政府")
    own = deliberated(other, tree["dept"], "部门文件", "2025-03-03")
    actions.register(own, on=D("2025-03-20"), acting_user=system_user())
    assert own.number == "示县司规〔2025〕1号" and not own.npc_required


@pytest.mark.django_db
def test_failed_registration_leaves_no_gap(issuer, tree, monkeypatch):
    doc = deliberated(issuer, tree["dept"], "甲", "2025-03-03")
    original = NormativeDocument.save

    def broken(self, *a, **kw):
        if self.number:
            raise RuntimeError("disk full")
        return original(self, *a, **kw)

    monkeypatch.setattr(NormativeDocument, "save", broken)
    with pytest.raises(RuntimeError):
        actions.register(doc, on=D("2025-03-20"), acting_user=system_user())
    monkeypatch.undo()
    doc.refresh_from_db()
    assert not doc.number and not NumberCounter.objects.filter(issuer=issuer, year=2025, last__gt=0).exists()
    actions.register(doc, on=D("2025-03-20"), acting_user=system_user())
    assert doc.number == "示县政规〔2025〕1号"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks are a PostgreSQL test (CI runs it)")
def test_concurrent_registrations_get_distinct_consecutive_numbers(issuer, tree):
    docs = [deliberated(issuer, tree["dept"], f"并发{i}", "2025-03-03") for i in range(6)]
    barrier = threading.Barrier(len(docs))
    errors = []

    def work(pk):
        try:
            doc = NormativeDocument.objects.get(pk=pk)
            barrier.wait()
            actions.register(doc, on=D("2025-03-20"), acting_user=system_user())
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(d.pk,)) for d in docs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    seqs = sorted(NormativeDocument.objects.values_list("number_seq", flat=True))
    assert seqs == [1, 2, 3, 4, 5, 6]


@pytest.mark.django_db
def test_publication_starts_filing_and_validity(issuer, tree, settings):
    settings.FAZHI = {**settings.FAZHI, "NORMATIVE_FILING": {"count": 15, "unit": "days"}}
    doc = deliberated(issuer, tree["dept"], "办法", "2025-03-03")
    actions.register(doc, on=D("2025-03-20"), acting_user=system_user())
    with pytest.raises(ValidationError, match="不能早于公布日期"):
        actions.publish(doc, issued_on=D("2025-03-21"), published_on=D("2025-03-25"),
                        effective_on=D("2025-03-24"), acting_user=system_user())
    actions.publish(doc, issued_on=D("2025-03-21"), published_on=D("2025-03-25"), effective_on=D("2025-05-01"), acting_user=system_user())
    assert doc.filing_due == D("2025-04-09") and doc.valid_until == D("2030-04-30") and doc.npc_required
    trial = deliberated(issuer, tree["dept"], "试行办法", "2025-03-03")
    trial.kind = "trial"
    actions.register(trial, on=D("2025-03-20"), acting_user=system_user())
    actions.publish(trial, issued_on=D("2025-03-21"), published_on=D("2025-03-25"), effective_on=D("2025-05-01"), acting_user=system_user())
    assert trial.valid_until == D("2027-04-30")
    actions.file(doc, filed_on=D("2025-04-01"), filed_npc_on=D("2025-04-02"), acting_user=system_user())
    assert doc.filed_on == D("2025-04-01")


@pytest.mark.django_db
def test_filing_deadline_on_workbench_until_met(issuer, tree, login):
    today = dt.date.today()
    drafter = make_user("drafter", tree["dept"], Role.DRAFTING_UNIT)
    doc = deliberated(issuer, tree["dept"], "待备案文件", (today - dt.timedelta(days=60)).isoformat())
    actions.register(doc, on=today - dt.timedelta(days=5), acting_user=system_user())
    actions.publish(doc, issued_on=today - dt.timedelta(days=4), published_on=today - dt.timedelta(days=4),
                    effective_on=today, acting_user=system_user())
    page = login(drafter).get("/").content.decode()
    assert "待备案文件" in page and "报送备案" in page
    actions.file(doc, filed_on=today, filed_npc_on=today, acting_user=system_user())
    assert "待备案文件" not in login(drafter).get("/").content.decode()


@pytest.mark.django_db
def test_cleanup_campaign_sets_each_document_status(issuer, tree):
    docs = []
    for title in ["保留件", "修改件", "废止件", "失效件"]:
        doc = deliberated(issuer, tree["dept"], title, "2021-03-01")
        actions.register(doc, on=D("2021-04-01"), acting_user=system_user())
        actions.publish(doc, issued_on=D("2021-04-02"), published_on=D("2021-04-02"),
                        effective_on=D("2021-05-01"), acting_user=system_user())
        docs.append(doc)
    campaign = CleanupCampaign.objects.create(unit=tree["county"], year=2025, name="2025年规范性文件集中清理",
                                              issued_before=D("2024-12-31"))
    assert actions.collect(campaign, acting_user=system_user()) == 4
    assert actions.collect(campaign, acting_user=system_user()) == 0
    items = {i.document.title: i for i in campaign.items.select_related("document")}
    with pytest.raises(ValidationError, match="尚有4件文件未登记清理结果"):
        actions.publish_cleanup(campaign, acting_user=system_user(), on=D("2025-06-30"))
    with pytest.raises(ValidationError, match="写明理由"):
        actions.decide_item(items["废止件"], result="repealed", reason="", acting_user=system_user())
    for title, result in [("保留件", "retained"), ("修改件", "amended"), ("废止件", "repealed"), ("失效件", "invalidated")]:
        actions.decide_item(items[title], result=result, reason="上位法已修改" if result != "retained" else "", acting_user=system_user())
    actions.publish_cleanup(campaign, acting_user=system_user(), on=D("2025-06-30"))
    status = dict(NormativeDocument.objects.values_list("title", "status"))
    assert status == {"保留件": S.EFFECTIVE, "修改件": S.AMENDING, "废止件": S.REPEALED, "失效件": S.INVALIDATED}
    year = Period.year(2025)
    assert [value(f"normative.cleanup.{r}", tree["county"], year) for r in CleanupItem.Result.values] == [1, 1, 1, 1]


@pytest.mark.django_db
def test_public_catalogue_lists_valid_documents_without_login(issuer, tree, client):
    valid = deliberated(issuer, tree["dept"], "现行有效文件", "2025-03-03")
    actions.register(valid, on=D("2025-03-20"), acting_user=system_user())
    actions.publish(valid, issued_on=D("2025-03-21"), published_on=D("2025-03-21"), effective_on=D("2025-04-01"), acting_user=system_user())
    deliberated(issuer, tree["dept"], "未公布草案", "2025-03-03")
    page = client.get("/public/normative/").content.decode()
    assert "现行有效文件" in page and "示县政规〔2025〕1号" in page and "未公布草案" not in page
    assert "现行有效文件" not in client.get("/public/normative/?q=不存在").content.decode()


@pytest.mark.django_db
def test_expired_documents_are_marked(issuer, tree):
    doc = deliberated(issuer, tree["dept"], "旧文件", "2019-03-01")
    actions.register(doc, on=D("2019-04-01"), acting_user=system_user())
    actions.publish(doc, issued_on=D("2019-04-02"), published_on=D("2019-04-02"), effective_on=D("2019-05-01"), acting_user=system_user())
    assert actions.expire_due(D("2024-05-01"), acting_user=system_user()) == 1
    doc.refresh_from_db()
    assert doc.status == S.EXPIRED and doc.ended_on == D("2024-04-30")


@pytest.mark.django_db
def test_indicators_and_pages(issuer, tree, login):
    doc = deliberated(issuer, tree["dept"], "甲", "2025-03-03")
    actions.register(doc, on=D("2025-03-20"), acting_user=system_user())
    actions.publish(doc, issued_on=D("2025-03-21"), published_on=D("2025-03-21"), effective_on=D("2025-04-01"), acting_user=system_user())
    actions.file(doc, filed_on=D("2025-04-01"), acting_user=system_user())
    year = Period.year(2025)
    assert value("normative.issued", tree["county"], year) == 1
    assert value("normative.review_rate", tree["county"], year) == 100
    assert value("normative.filing_rate", tree["county"], year) == 100
    assert value("normative.legality_reviews", tree["county"], year) == 1
    office = make_user("office2", tree["county"], Role.RULE_OF_LAW_OFFICE)
    client = login(office)
    assert "示县政规〔2025〕1号" in client.get("/r/normative/").content.decode()
    page = client.get(f"/r/normative/{doc.pk}/").content.decode()
    assert "报送备案" in page and "国办发〔2018〕37号" in page
    outsider = make_user("outsider", tree["town_b"], Role.DRAFTING_UNIT)
    assert login(outsider).get(f"/r/normative/{doc.pk}/").status_code == 404


@pytest.mark.django_db
def test_departments_see_the_issuers_above_them_but_not_beside(issuer, tree):
    town_issuer = Issuer.objects.create(unit=tree["town_b"], prefix="东风镇政", filing_body="示范县人民政府")
    drafter = make_user("drafter", tree["dept"], Role.DRAFTING_UNIT)
    visible = set(Issuer.objects.visible_to(drafter))
    assert issuer in visible and town_issuer not in visible
    assert not Issuer.objects.visible_to(drafter, "change").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/r/normative/", "/r/normative-cleanup-items/", "/api/normative/"])
def test_list_query_count_constant(issuer, tree, login, path):
    from conftest import assert_constant_queries

    campaign = CleanupCampaign.objects.create(unit=tree["county"], year=2025, name="清理", issued_before=D("2025-12-31"))

    def add_rows():
        for i in range(12):
            doc = make_doc(issuer, tree["dept"], f"文件{i}")
            CleanupItem.objects.create(campaign=campaign, document=doc)

    office = make_user("office", tree["county"], Role.RULE_OF_LAW_OFFICE)
    assert_constant_queries(login(office), path, add_rows)


def test_legality_review_of_other_documents_and_contracts(tree):
    from fazhi.normative.models import LegalityReview

    half = LegalityReview(unit=tree["dept"], kind="contract", title="供热特许经营协议", submitted_by="县政府办",
                          received_on=D("2025-04-01"), reviewed_on=D("2025-04-08"))
    with pytest.raises(ValidationError, match="同时填写审查意见和日期"):
        half.full_clean()
    half.opinion = "amend"
    half.full_clean()
    half.save()
    assert value("legality.other_documents_reviewed", tree["county"], Period.year(2025)) == 1
