"""The 示范指标体系 assessment: rubric as data, auto-scoring from indicators, self-assessment with evidence,
review, grades, ranking and radar, scoping."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from fazhi.assessment import actions, analysis, rubric, rules
from fazhi.assessment.models import Assessment, Rubric, RubricItem
from fazhi.core.steps import system_user
from fazhi.indicators.models import DataValue
from fazhi.litigation import actions as lit
from fazhi.litigation.models import LitigationCase

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat
Dec = Decimal


# -- rules: worked examples --------------------------------------------------------------------------------------
def test_at_least_full_marks_at_target_and_proportional_below():
    # "负责人出庭应诉率达到100%", 1 point: 19 of 20 cases = 95% → 0.95
    assert rules.score_at_least(Dec(1), Dec(95), Dec(100)) == Dec("0.95")
    assert rules.score_at_least(Dec(1), Dec(100), Dec(100)) == Dec("1.00")
    assert rules.score_at_least(Dec(2), Dec(120), Dec(90)) == Dec("2.00")


def test_at_most_falls_to_zero_at_twice_the_target():
    assert rules.score_at_most(Dec(1), Dec(8), Dec(10)) == Dec("1.00")
    assert rules.score_at_most(Dec(1), Dec(15), Dec(10)) == Dec("0.50")
    assert rules.score_at_most(Dec(1), Dec(25), Dec(10)) == Dec("0.00")


def test_missing_indicator_is_not_scored_automatically():
    assert rules.auto_score("at_least", Dec(1), None, Dec(100)) is None


def test_grade_bands_parse_and_boundaries():
    bands = rules.parse_grade_bands("90:优秀，80：良好,60:合格,0:不合格")
    assert rules.grade_for(Dec("90.00"), bands) == "优秀"
    assert rules.grade_for(Dec("89.99"), bands) == "良好"
    assert rules.grade_for(Dec("12"), bands) == "不合格"
    with pytest.raises(ValueError, match="最低一档"):
        rules.parse_grade_bands("90:优秀,60:合格")
    with pytest.raises(ValueError, match="格式不正确"):
        rules.parse_grade_bands("优秀90")


# -- rubric as data -----------------------------------------------------------------------------------------------
def test_default_rubric_has_the_official_structure(tree):
    r = rubric.load_default(tree["county"], 2025)
    assert r.items.filter(level=1).count() == 8
    assert r.items.filter(level=1).first().name == "政府职能依法全面履行"
    assert r.items.filter(level=3).count() == 100
    assert r.total_weight == 100
    auto = r.items.filter(level=3).exclude(method="manual")
    assert auto.filter(key="litigation.head_appearance_rate").exists()
    assert all(i.parent.parent.level == 1 for i in r.items.filter(level=3).select_related("parent__parent"))


def test_bad_rubric_file_is_rejected_whole_with_row_numbers(tree):
    content = "编号\t名称\t分值\t评分方式\t对应指标\t目标值\n1\t一级\n1.1\t二级\n1.1.1\t好项\t2\n" \
              "1.1.2\t坏项\tx\n1.1.3\t坏指标\t1\tat_least\tno.such\t100\n2.1.1\t无上级\t1\n".encode()
    with pytest.raises(ValidationError) as exc:
        rubric.load(tree["county"], 2025, rubric.read_rows("r.tsv", content))
    text = " ".join(exc.value.messages)
    assert "第5行" in text and "第6行" in text and "第7行" in text
    assert not Rubric.objects.exists()


def test_unsupported_rubric_file_type(tree):
    with pytest.raises(ValidationError, match="不支持的文件类型"):
        rubric.read_rows("r.pdf", b"%PDF")


def test_copy_to_next_year_keeps_weights_and_bands(tree):
    r = rubric.load_default(tree["county"], 2025)
    r.grade_bands = "95:优秀,0:其他"
    r.save()
    new = rubric.copy_to_year(r, 2026)
    assert new.items.count() == r.items.count() and new.grade_bands == r.grade_bands


# -- the assessment ------------------------------------------------------------------------------------------------
def _litigation(unit, n, appeared):
    case = lit.register_case(LitigationCase(
        unit=unit, court="示范县人民法院", case_number=f"（2025）示0101行初{n}号", plaintiff_type="person",
        plaintiff_name="张三", cause="不服行政处罚决定", served_on=D("2025-03-07")), acting_user=system_user())
    if appeared:
        lit.record_sitting(case, held_on=D("2025-04-20"), head_appeared=True, head_name="甲",
                           head_role="principal", acting_user=system_user())
    else:
        lit.record_sitting(case, held_on=D("2025-04-20"), staff="乙", absence_reason="duty", acting_user=system_user())
    return case


@pytest.fixture
def rub(tree):
    return rubric.load_default(tree["county"], 2025)


def test_items_are_scored_from_the_indicator_engine(tree, users, rub):
    for n in range(4):
        _litigation(tree["town_a"], n, appeared=n < 3)  # 3 of 4 → 75%
    DataValue.objects.create(key="services.online_rate", unit=tree["town_a"], period="2025", period_start=D("2025-01-01"),
                             period_end=D("2025-12-31"), value=Dec(81), evidence="政务服务平台", status="approved")
    a = actions.open_assessment(rub, tree["town_a"], acting_user=users["office"])
    head = a.scores.get(item__key="litigation.head_appearance_rate")
    assert (head.auto_value, head.auto_source, head.auto_score) == (Dec("75.0"), "computed", Dec("0.75"))
    online = a.scores.get(item__key="services.online_rate")
    assert (online.auto_source, online.auto_score) == ("reported", Dec("0.90"))  # 81 / 90
    missing = a.scores.get(item__key="mediation.success_rate")
    assert missing.auto_score is None  # no data: the unit self-assesses it


def _self_assess_all(a, share=1, note="已完成"):
    entries = {s.pk: {"score": str(s.item.weight * share), "note": note}
               for s in a.scores.select_related("item") if not (s.item.auto and s.auto_score is not None)}
    actions.save_self(a, entries, acting_user=system_user())


def test_self_assessment_errors_save_nothing(tree, users, rub):
    a = actions.open_assessment(rub, tree["town_a"], acting_user=users["office"])
    first, second = list(a.scores.filter(item__method="manual")[:2])
    with pytest.raises(ValidationError) as exc:
        actions.save_self(a, {first.pk: {"score": "0.5", "note": "ok"}, second.pk: {"score": "3", "note": ""}}, acting_user=system_user())
    assert "不能超过该项分值" in " ".join(exc.value.messages)
    first.refresh_from_db()
    assert first.self_score is None
    with pytest.raises(ValidationError, match="不是数字"):
        actions.save_self(a, {first.pk: {"score": "一分", "note": ""}}, acting_user=system_user())


def test_submit_needs_every_item_scored_and_evidenced(tree, users, rub):
    a = actions.open_assessment(rub, tree["town_a"], acting_user=users["office"])
    with pytest.raises(ValidationError, match="未自评打分"):
        actions.submit(a, on=D("2026-01-20"), acting_user=system_user())
    _self_assess_all(a, note="")
    with pytest.raises(ValidationError, match="没有说明或佐证材料"):
        actions.submit(a, on=D("2026-01-20"), acting_user=system_user())
    s = a.scores.filter(item__method="manual").select_related("item").first()
    pdf = SimpleUploadedFile("会议纪要.pdf", b"%PDF-1.4 minutes", content_type="application/pdf")
    actions.save_self(a, {}, {s.pk: [pdf]}, acting_user=system_user())
    _self_assess_all(a, note="见佐证")
    actions.submit(a, on=D("2026-01-20"), acting_user=system_user())
    assert a.status == Assessment.Status.SUBMITTED
    assert s.item.code in actions.evidence_codes(a)


def test_review_changes_need_a_comment_and_finalise_fixes_total_and_grade(tree, users, rub):
    a = actions.open_assessment(rub, tree["town_a"], acting_user=users["office"])
    _self_assess_all(a)
    actions.submit(a, on=D("2026-01-20"), acting_user=system_user())
    s = a.scores.filter(item__method="manual").first()
    with pytest.raises(ValidationError, match="请写明评审意见"):
        actions.save_review(a, {s.pk: {"score": "0", "comment": ""}}, acting_user=users["office"])
    actions.save_review(a, {s.pk: {"score": "0", "comment": "无佐证"}}, acting_user=users["office"])
    with pytest.raises(ValidationError, match="评定日期不能早于"):
        actions.finalise(a, on=D("2026-01-01"), acting_user=users["office"])
    actions.finalise(a, on=D("2026-02-20"), acting_user=users["office"])
    a.refresh_from_db()
    # self-assessed items at full marks, one reviewed down to 0, automatic items at their computed score
    expected = Dec(100) - 1 - sum((s.item.weight - s.auto_score) for s in a.scores.select_related("item")
                                  if s.auto_score is not None and s.self_score is None)
    assert a.total == expected
    assert a.grade == rules.grade_for(expected, rub.bands)
    with pytest.raises(ValidationError):
        actions.save_review(a, {s.pk: {"score": "1", "comment": "改"}}, acting_user=users["office"])


def test_rubric_weights_lock_once_an_assessment_is_final(tree, users, rub):
    from fazhi.assessment.actions import edit_item

    a = actions.open_assessment(rub, tree["town_a"], acting_user=users["office"])
    edit_item(rub, acting_user=users["office"], code="1.1.2", weight=Dec(2), method="manual")
    assert RubricItem.objects.get(rubric=rub, code="1.1.2").weight == 2
    with pytest.raises(ValidationError):
        edit_item(rub, acting_user=users["office"], code="1.1.2", weight=Dec(1), method="at_least", key="no.key", target=Dec(1))
    _self_assess_all(a)
    actions.submit(a, on=D("2026-01-20"), acting_user=system_user())
    actions.finalise(a, on=D("2026-02-20"), acting_user=users["office"])
    with pytest.raises(ValidationError, match="不能再修改"):
        edit_item(rub, acting_user=users["office"], code="1.1.2", weight=Dec(1), method="manual")


def test_ranking_ties_share_a_place_and_radar_per_section(tree, users, rub):
    a = actions.open_assessment(rub, tree["town_a"], acting_user=users["office"])
    b = actions.open_assessment(rub, tree["town_b"], acting_user=users["office"])
    _self_assess_all(a, Dec("0.5"))
    _self_assess_all(b, Dec("0.5"))
    rows = analysis.ranking(rub, Assessment.objects.visible_to(users["office"]))
    assert [r["place"] for r in rows] == [1, 1]
    _self_assess_all(b, Dec(1))
    rows = analysis.ranking(rub, Assessment.objects.visible_to(users["office"]))
    assert [r["unit"] for r in rows] == [tree["town_b"], tree["town_a"]] and [r["place"] for r in rows] == [1, 2]
    radar = analysis.radar(rub, [b.pk], average_over=[a.pk, b.pk])
    assert len(radar["indicators"]) == 8 and all(0 <= v <= 100 for v in radar["series"][b.pk])
    assert all(x <= y for x, y in zip(radar["average"], radar["series"][b.pk], strict=True))


# -- pages ------------------------------------------------------------------------------------------------------
def test_sheet_self_assessment_in_the_browser_and_scoping(tree, users, login, rub):
    a = actions.open_assessment(rub, tree["town_a"], acting_user=users["office"])
    clerk = login(users["clerk_a"])
    page = clerk.get(f"/assessment/{a.pk}/sheet/")
    assert page.status_code == 200 and "政府职能依法全面履行" in page.content.decode()
    s = a.scores.filter(item__method="manual").select_related("item").first()
    bad = clerk.post(f"/assessment/{a.pk}/sheet/", {f"score-{s.pk}": "9", f"note-{s.pk}": "我的说明"})
    body = bad.content.decode()
    assert bad.status_code == 200 and "不能超过该项分值" in body and "我的说明" in body  # nothing lost
    ok = clerk.post(f"/assessment/{a.pk}/sheet/", {f"score-{s.pk}": "1", f"note-{s.pk}": "已完成",
                                                    f"file-{s.pk}": SimpleUploadedFile("a.exe", b"MZ")})
    assert "不支持的文件类型" in ok.content.decode()
    ok = clerk.post(f"/assessment/{a.pk}/sheet/", {f"score-{s.pk}": "1", f"note-{s.pk}": "已完成"})
    assert ok.status_code == 302
    s.refresh_from_db()
    assert s.self_score == 1
    assert login(users["clerk_b"]).get(f"/assessment/{a.pk}/sheet/").status_code == 404
    assert login(users["clerk_b"]).get("/r/assessments/").content.decode().count(tree["town_a"].name) == 0


def test_ranking_page_and_rubric_import_page(tree, users, login, rub):
    office = login(users["office"])
    actions.open_assessment(rub, tree["town_a"], acting_user=users["office"])
    page = office.get(f"/assessment/ranking/?rubric={rub.pk}")
    assert page.status_code == 200 and "chart-radar" in page.content.decode()
    assert office.get(f"/assessment/rubric/{rub.pk}/items.xlsx").status_code == 200
    new = Rubric.objects.create(unit=tree["county"], year=2026)
    resp = office.post(f"/r/rubrics/{new.pk}/act/import/",
                       {"file": SimpleUploadedFile("r.tsv", "编号\t名称\n1.1.1\t孤项\n".encode())})
    assert resp.status_code == 200 and "不在它之前" in resp.content.decode()
    resp = office.post(f"/r/rubrics/{new.pk}/act/import/", {"use_default": "on"})
    assert resp.status_code == 302 and new.items.filter(level=3).count() == 100
    assert login(users["clerk_a"]).post(f"/r/rubrics/{new.pk}/act/import/", {"use_default": "on"}).status_code == 404


def test_ranking_query_count_is_constant(tree, users, login, rub):
    from conftest import assert_constant_queries
    from fazhi.core.models import OrgUnit

    actions.open_assessment(rub, tree["town_a"], acting_user=users["office"])

    def add_rows():
        for i in range(12):
            unit = OrgUnit.objects.create(name=f"新乡{i}", kind="township", parent=tree["county"])
            actions.open_assessment(rub, unit, acting_user=users["office"])

    assert_constant_queries(login(users["office"]), f"/assessment/ranking/?rubric={rub.pk}", add_rows)


def test_cli_rubric_open_and_ranking(tree, users):
    import json

    from django.core.management import call_command
    from django.core.management.base import CommandError

    tree["county"].division_code = "990101"
    tree["county"].save()
    call_command("assessment", "rubric", "--org", "990101", "--year", "2025")
    with pytest.raises(CommandError, match="找不到启用的用户“nobody-here”"):
        call_command("assessment", "open", "--org", "990101", "--year", "2025", "--as", "nobody-here")
    call_command("assessment", "open", "--org", "990101", "--year", "2025", "--as", "office")
    assert Assessment.objects.filter(rubric__year=2025).count() == 2  # town_a and town_b
    from fazhi.core.models import DomainEvent

    assert {e.user for e in DomainEvent.objects.filter(event="open")} == {users["office"]}  # the CLI names its actor
    from io import StringIO

    out = StringIO()
    call_command("assessment", "ranking", "--org", "990101", "--year", "2025", "--json", stdout=out)
    rows = json.loads(out.getvalue())
    assert {r["unit"] for r in rows} == {tree["town_a"].name, tree["town_b"].name}
    with pytest.raises(CommandError, match="没有2024年度的指标体系"):
        call_command("assessment", "ranking", "--org", "990101", "--year", "2024")
