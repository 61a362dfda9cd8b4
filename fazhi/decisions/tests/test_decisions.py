"""重大行政决策: the 条例's gates in the action functions (and so in pages and API), the archive, indicators."""

import datetime as dt
import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from conftest import make_user
from fazhi.advisers.models import Opinion
from fazhi.core.indicators import Period, value
from fazhi.core.roles import Role
from fazhi.core.steps import system_user
from fazhi.decisions import actions, rules
from fazhi.decisions.models import Catalogue, Comment, MajorDecision, Procedure, Step

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


@pytest.fixture
def setup(tree, adviser_factory):
    catalogue = Catalogue.objects.create(unit=tree["county"], year=2025)
    decision = actions.save_proposal(None, MajorDecision(
        body=tree["county"], unit=tree["dept"], year=2025, title="示范县城区停车收费调整方案", category="policy",
        catalogue=catalogue))
    adviser = adviser_factory(tree["county"])
    drafter = make_user("drafter", tree["dept"], Role.DRAFTING_UNIT)
    return {"catalogue": catalogue, "decision": decision, "adviser": adviser, "drafter": drafter}


def started(setup):
    actions.approve_catalogue(setup["catalogue"], on=D("2025-01-20"), acting_user=system_user())
    decision = MajorDecision.objects.get(pk=setup["decision"].pk)
    return actions.start(decision, on=D("2025-02-10"), acting_user=system_user())


def through_review(setup):
    d = started(setup)
    actions.open_comments(d, published_on=D("2025-03-03"), until=D("2025-04-02"), channel="县政府网站", acting_user=system_user())
    actions.complete_public(d, on=D("2025-04-03"), methods="座谈会", summary="收到意见已研究", acting_user=system_user())
    actions.expert_review(d, on=D("2025-04-08"), experts="省交通规划院", summary="可行", acting_user=system_user())
    actions.risk_assessment(d, on=D("2025-04-10"), assessor="县委政法委", level="低", measures="分时段试行", acting_user=system_user())
    actions.submit_legality(d, on=D("2025-04-14"), reviewer="县司法局", acting_user=system_user())
    actions.record_legality(d, on=D("2025-04-25"), opinion="lawful", advisers=[setup["adviser"]],
                            summary="符合法定权限", acting_user=system_user())
    return d


# -- 第三条第三款: the catalogue ------------------------------------------------------------------------------------
def test_items_outside_the_approved_catalogue_need_a_reason(setup, tree):
    started(setup)
    assert MajorDecision.objects.get(pk=setup["decision"].pk).in_catalogue
    late = MajorDecision(body=tree["county"], unit=tree["dept"], year=2025, title="新增事项", category="project",
                         catalogue=setup["catalogue"])
    with pytest.raises(ValidationError, match="目录外事项.*第三条第三款"):
        actions.save_proposal(None, late)
    late.outside_catalogue_reason = "上级部署的年中新增任务"
    actions.save_proposal(None, late)
    assert not late.in_catalogue
    actions.start(late, on=D("2025-06-01"), acting_user=system_user())


def test_catalogue_of_another_body_is_refused(setup, tree):
    other = Catalogue.objects.create(unit=tree["town_a"], year=2025)
    d = MajorDecision(body=tree["county"], unit=tree["dept"], year=2025, title="x", category="other", catalogue=other)
    with pytest.raises(ValidationError, match="决策机关或年度不一致"):
        actions.save_proposal(None, d)


# -- 第十五条: the comment period ------------------------------------------------------------------------------------
def test_comment_period_at_least_30_days_unless_explained(setup):
    # "公开征求意见的期限一般不少于30日；因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明。"
    d = started(setup)
    assert rules.due("decision.comment_period", D("2025-03-03")) == D("2025-04-02")
    with pytest.raises(ValidationError, match="不少于30日.*第十四条、第十五条.*2025-04-02"):
        actions.open_comments(d, published_on=D("2025-03-03"), until=D("2025-03-20"), channel="县政府网站", acting_user=system_user())
    actions.open_comments(d, published_on=D("2025-03-03"), until=D("2025-03-20"), channel="县政府网站",
                          shortened_reason="汛期前须完成，情况紧急", acting_user=system_user())
    assert d.comment_minimum == D("2025-04-02")


def test_public_participation_ends_after_period_with_every_comment_answered(setup):
    # 第十八条: "对社会各方面提出的意见进行归纳整理、研究论证，充分采纳合理意见"
    d = started(setup)
    actions.open_comments(d, published_on=D("2025-03-03"), until=D("2025-04-02"), channel="县政府网站", acting_user=system_user())
    with pytest.raises(ValidationError, match="不能早于征求意见截止日期"):
        actions.complete_public(d, on=D("2025-03-20"), methods="", summary="x", acting_user=system_user())
    c = Comment.objects.create(decision=d, received_on=D("2025-03-10"), author="市民甲", content="夜间应免费")
    with pytest.raises(ValidationError, match="1条公众意见未研究处理.*第十八条"):
        actions.complete_public(d, on=D("2025-04-03"), methods="", summary="x", acting_user=system_user())
    with pytest.raises(ValidationError, match="写明理由"):
        actions.answer_comment(c, adoption="not_adopted", response="", acting_user=system_user())
    actions.answer_comment(c, adoption="partly", response="夜间22时后免费", acting_user=system_user())
    actions.complete_public(d, on=D("2025-04-03"), methods="座谈会", summary="已研究", acting_user=system_user())
    proc = d.procedures.get(kind=Step.PUBLIC)
    assert proc.state == Procedure.State.DONE and proc.result == "收到意见1条，采纳1条"


# -- 第二十五条、第二十六条、第三十条: legality review and the collective decision ------------------------------------
def test_legality_review_needs_procedures_settled_and_seven_working_days(setup):
    # 第二十六条第二款 "一般不少于7个工作日": sent 2025-09-26, the National Day break (10月1日至8日) is skipped and
    # the 调休 working days 9月28日 (Sunday) and 10月11日 (Saturday) count → the earliest end is 2025-10-13.
    assert rules.due("decision.legality_review", D("2025-09-26")) == D("2025-10-13")
    d = started(setup)
    with pytest.raises(ValidationError, match="公众参与、专家论证、风险评估尚未完成.*第二十六条"):
        actions.submit_legality(d, on=D("2025-03-01"), reviewer="县司法局", acting_user=system_user())
    with pytest.raises(ValidationError, match="必经程序"):
        actions.waive(d, kind=Step.LEGALITY, reason="不需要", acting_user=system_user())
    actions.waive(d, kind=Step.PUBLIC, reason="涉及国家秘密，依法不予公开", acting_user=system_user())
    actions.waive(d, kind=Step.EXPERT, reason="不属于专业性、技术性较强的事项", acting_user=system_user())
    actions.waive(d, kind=Step.RISK, reason="已按有关规定进行社会稳定风险评估", acting_user=system_user())
    actions.submit_legality(d, on=D("2025-09-26"), reviewer="县司法局", acting_user=system_user())
    assert d.legality_minimum == D("2025-10-13")
    with pytest.raises(ValidationError, match="不少于7个工作日.*2025-10-13"):
        actions.record_legality(d, on=D("2025-10-09"), opinion="lawful", advisers=[setup["adviser"]], acting_user=system_user())
    with pytest.raises(ValidationError, match="法律顾问、公职律师.*第二十八条"):
        actions.record_legality(d, on=D("2025-10-13"), opinion="lawful", advisers=[], acting_user=system_user())
    actions.record_legality(d, on=D("2025-10-13"), opinion="lawful", advisers=[setup["adviser"]], acting_user=system_user())
    assert Opinion.objects.filter(decision=d, adviser=setup["adviser"], kind="decision").count() == 1


def test_collective_decision_refused_until_lawful(setup):
    # 第二十五条第二款 "决策草案未经合法性审查或者经审查不合法的，不得提交决策机关讨论。"
    d = started(setup)
    with pytest.raises(ValidationError, match="尚未完成，不能提交集体讨论决定"):
        actions.decide(d, on=D("2025-05-01"), meeting="常务会议", meeting_name="第5次常务会议", outcome="通过", acting_user=system_user())
    for kind in rules.WAIVABLE:
        actions.waive(d, kind=kind, reason="依法不适用，理由充分", acting_user=system_user())
    actions.submit_legality(d, on=D("2025-04-14"), reviewer="县司法局", acting_user=system_user())
    actions.record_legality(d, on=D("2025-04-25"), opinion="unlawful", advisers=[setup["adviser"]],
                            summary="超越法定权限", acting_user=system_user())
    with pytest.raises(ValidationError, match="合法性审查"):
        actions.decide(d, on=D("2025-05-01"), meeting="常务会议", meeting_name="第5次常务会议", outcome="通过", acting_user=system_user())
    actions.submit_legality(d, on=D("2025-05-06"), reviewer="县司法局", acting_user=system_user())
    actions.record_legality(d, on=D("2025-05-16"), opinion="amend", advisers=[setup["adviser"]], acting_user=system_user())
    actions.decide(d, on=D("2025-05-20"), meeting="常务会议", meeting_name="第5次常务会议", outcome="通过",
                   dissent="一名成员建议缓行", acting_user=system_user())
    assert d.status == MajorDecision.Status.DECIDED
    assert d.procedures.get(kind=Step.COLLECTIVE).summary == "不同意见：一名成员建议缓行"


def test_npc_report_before_publication_and_post_evaluation_independence(setup):
    d = through_review(setup)
    d.npc_report_required = True
    d.save()
    actions.decide(d, on=D("2025-05-06"), meeting="常务会议", meeting_name="第6次常务会议", outcome="通过", acting_user=system_user())
    with pytest.raises(ValidationError, match="人民代表大会常务委员会报告.*第八条"):
        actions.publish(d, on=D("2025-05-10"), acting_user=system_user())
    actions.report_npc(d, on=D("2025-05-08"), acting_user=system_user())
    actions.publish(d, on=D("2025-05-10"), executor="县住建局", acting_user=system_user())
    # 第三十六条第二款: "决策作出前承担主要论证评估工作的单位除外"
    with pytest.raises(ValidationError, match="不得承担决策后评估"):
        actions.evaluate(d, on=D("2025-10-10"), trigger="意见较多", by="省交通规划院", content="x",
                         conclusion="继续执行", acting_user=system_user())
    actions.evaluate(d, on=D("2025-10-10"), trigger="意见较多", by="示范大学公共管理学院", content="总体达到预期",
                     conclusion="继续执行", acting_user=system_user())
    assert d.status == MajorDecision.Status.EVALUATED


# -- pages, archive, scope ------------------------------------------------------------------------------------------
def test_pages_show_gate_with_article_and_archive_in_procedure_order(setup, login, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    d = started(setup)
    client = login(setup["drafter"])
    page = client.post(f"/r/decisions/{d.pk}/act/decide/", {"on": "2025-05-01", "meeting": "常务会议",
                                                            "meeting_name": "第5次", "outcome": "通过"})
    assert page.status_code == 200 and "第二十五条第二款" in page.content.decode()
    for name, stage in [("c.pdf", "合法性审查"), ("a.pdf", "公众参与"), ("b.pdf", "决策启动")]:
        client.post(f"/r/decisions/{d.pk}/attachments/",
                    {"file": SimpleUploadedFile(name, b"%PDF-1.4 " + name.encode()), "stage": stage})
    response = client.get(f"/decisions/{d.pk}/archive.zip")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert names == ["00-决策档案目录.html", "01-决策启动/001-b.pdf", "02-公众参与/002-a.pdf", "05-合法性审查/003-c.pdf"]
    index = zipfile.ZipFile(io.BytesIO(response.content)).read("00-决策档案目录.html").decode()
    assert "示范县城区停车收费调整方案" in index and "第三十三条" in index


def test_other_units_cannot_see_or_download(setup, tree, login):
    outsider = make_user("outsider", tree["town_b"], Role.DRAFTING_UNIT)
    client = login(outsider)
    assert client.get(f"/r/decisions/{setup['decision'].pk}/").status_code == 404
    assert client.get(f"/decisions/{setup['decision'].pk}/archive.zip").status_code == 404


def test_api_hits_the_same_gate(setup, login):
    d = started(setup)
    client = login(setup["drafter"])
    r = client.post(f"/api/decisions/{d.pk}/act/submit-legality/", {"on": "2025-03-01", "reviewer": "县司法局"},
                    content_type="application/json")
    assert r.status_code == 400 and "第二十六条" in r.content.decode()


def test_indicators(setup, tree):
    d = through_review(setup)
    actions.decide(d, on=D("2025-05-06"), meeting="常务会议", meeting_name="第6次常务会议", outcome="通过", acting_user=system_user())
    other = actions.save_proposal(None, MajorDecision(body=tree["county"], unit=tree["town_a"], year=2025, title="乙",
                                                      category="plan", outside_catalogue_reason="年中新增"))
    year = Period.year(2025)
    assert value("decisions.major_count", tree["county"], year) == 1
    assert value("decisions.legality_reviews", tree["county"], year) == 1
    assert value("decisions.procedures_complete_rate", tree["county"], year) == 100
    assert value("decisions.major_count", tree["town_a"], year) == 0
    assert other.status == MajorDecision.Status.PROPOSED
    assert value("advisers.opinions", tree["county"], year) == 1


@pytest.mark.parametrize("path", ["/r/decisions/", "/r/decision-comments/", "/api/decisions/", "/r/adviser-opinions/"])
def test_list_query_count_constant(setup, tree, login, path):
    from conftest import assert_constant_queries

    def add_rows():
        for i in range(12):
            d = actions.save_proposal(None, MajorDecision(body=tree["county"], unit=tree["dept"], year=2025,
                                                          title=f"事项{i}", category="policy",
                                                          outside_catalogue_reason="年中新增"))
            Comment.objects.create(decision=d, received_on=D("2025-03-01"), content="意见")
            Opinion.objects.create(adviser=setup["adviser"], on=D("2025-03-01"), kind="decision", decision=d,
                                   subject="审查", content="合法")

    office = make_user("office", tree["county"], Role.RULE_OF_LAW_OFFICE)
    assert_constant_queries(login(office), path, add_rows)
