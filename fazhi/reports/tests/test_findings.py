"""不足 and 安排 from the data (reports.findings): a figure under the assessing body's target becomes a shortcoming
with its numbers, its weakest units and its evidence, and a plan that answers it; the drafter picks on the editor."""

import datetime as dt

import pytest

from fazhi.assessment.models import Rubric, RubricItem
from fazhi.core.models import DomainEvent
from fazhi.core.steps import system_user
from fazhi.litigation import actions as lit
from fazhi.litigation.models import LitigationCase
from fazhi.reports import findings, generate

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


@pytest.fixture
def county(tree):
    """3 hearings in 2025, the head appearing at 2 (66.7%); the city's rubric asks 100% (5.2.1)."""
    for i in range(3):
        case = lit.register_case(LitigationCase(
            unit=tree["dept"], court="示范县人民法院", case_number=f"（2025）示0101行初{i + 1}号", plaintiff_type="person",
            plaintiff_name="张三", cause="不服行政处罚决定", served_on=D("2025-03-07")), acting_user=system_user())
        lit.record_sitting(case, held_on=D("2025-04-20"), head_appeared=i < 2, head_name="甲", head_role="principal",
                           staff="乙", absence_reason="" if i < 2 else "duty", acting_user=system_user())
    rubric = Rubric.objects.create(unit=tree["city"], year=2025)
    top = RubricItem.objects.create(rubric=rubric, code="5", level=1, name="监督", weight=10)
    mid = RubricItem.objects.create(rubric=rubric, code="5.2", level=2, name="应诉", weight=10, parent=top)
    RubricItem.objects.create(rubric=rubric, code="5.2.1", level=3, name="行政机关负责人出庭应诉", weight=4,
                              parent=mid, method="at_least", key="litigation.head_appearance_rate", target=100)
    return tree["county"]


def test_a_rate_under_its_rubric_target_is_a_shortcoming_with_its_counts_units_and_plan(county):
    found = {f.code: f for f in findings.candidates(county, 2025)}
    f = found["target:litigation.head_appearance_rate"]
    assert f.source == "低于目标" and f.area == "行政应诉"
    assert "{{ litigation.head_appearance_rate }}" in f.shortcoming and "低于考核目标100%" in f.shortcoming
    assert "另有1件未达到要求" in f.shortcoming  # 3 heard, 2 with the head: the reason in numbers
    assert "主要是县司法局（66.7%）" in f.shortcoming  # where it falls short: the unit below
    assert "出庭应诉率达到100%" in f.plan or "出庭应诉" in f.plan
    assert f.evidence.startswith("/indicators/records/?key=litigation.")
    assert "target:litigation.head_appearance_rate" not in {x.code for x in findings.candidates(county, 2024)}


def test_the_draft_writes_the_strongest_and_the_drafter_chooses_on_the_editor(county, users, login):
    report = generate.draft(county, year=2025, acting_user=system_user())
    assert "target:litigation.head_appearance_rate" in report.findings
    shortcomings = report.sections.get(kind="shortcomings").body
    plans = report.sections.get(kind="plans").body
    assert "出庭应诉率为{{ litigation.head_appearance_rate }}" in shortcomings and plans.startswith("2026年，针对上述不足")
    client = login(users["office"])
    page = client.get(f"/reports/{report.pk}/edit/").content.decode()
    assert 'id="findings"' in page and "66.7%" in page and "依据：" in page  # values shown, never {{ key }}
    assert "{{ litigation.head_appearance_rate }}" not in page.split('id="findings"')[1].split("</form>")[0]
    response = client.post(f"/reports/{report.pk}/findings/", {"finding": ["target:litigation.head_appearance_rate"]})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.findings == ["target:litigation.head_appearance_rate"]
    assert report.sections.get(kind="plans").body.count("（一）") == 1
    assert DomainEvent.objects.filter(object_id=str(report.pk), event="adopt_findings",
                                      user=users["office"]).exists()
    bad = client.post(f"/reports/{report.pk}/findings/", {"finding": ["made-up"]}, follow=True).content.decode()
    assert "已不在数据提示中" in bad
    report.refresh_from_db()
    assert report.findings == ["target:litigation.head_appearance_rate"]


def test_a_rate_where_lower_is_better_names_what_went_wrong_and_invents_no_remainder(tree):
    """败诉率 above its ceiling: "审结的行政诉讼案件3件中，行政诉讼败诉1件" — the other two were not lost, so there is no
    "另有2件未达到要求"."""
    for i, outcome in enumerate(["revoke", "dismiss_claim", "dismiss_claim"]):
        case = lit.register_case(LitigationCase(
            unit=tree["dept"], court="示范县人民法院", case_number=f"（2025）示0101行初{i + 11}号", plaintiff_type="person",
            plaintiff_name="李四", cause="不服行政处罚决定", served_on=D("2025-03-07")), acting_user=system_user())
        lit.conclude(case, on=D("2025-06-01"), outcome=outcome, acting_user=system_user())
    rubric = Rubric.objects.create(unit=tree["city"], year=2025)
    top = RubricItem.objects.create(rubric=rubric, code="5", level=1, name="监督", weight=10)
    mid = RubricItem.objects.create(rubric=rubric, code="5.1", level=2, name="应诉", weight=10, parent=top)
    RubricItem.objects.create(rubric=rubric, code="5.1.1", level=3, name="败诉率", weight=4, parent=mid,
                              method="at_most", key="litigation.loss_rate", target=10)
    found = {f.code: f for f in findings.candidates(tree["county"], 2025)}
    text = found["target:litigation.loss_rate"].shortcoming
    assert "高于考核目标10%" in text and "审结的行政诉讼案件{{ litigation.concluded }}件中" in text
    assert "未达到要求" not in text and "主要是县司法局（33.3%）" in text


def test_figures_unchanged_from_last_year_are_named_together_once():
    from types import SimpleNamespace

    from fazhi.core import report_parts

    def fig(label, value, unit="处"):
        return SimpleNamespace(label=label, value=value, kind="count", unit_label=unit)

    draft = SimpleNamespace(
        figs={"publicity.culture_sites": fig("法治文化阵地", 15), "publicity.works": fig("普法作品", 10, "个"),
              "publicity.views": fig("浏览量", 300, "人次")},
        previous={"publicity.culture_sites": fig("法治文化阵地", 15), "publicity.works": fig("普法作品", 10, "个"),
                  "publicity.views": fig("浏览量", 200, "人次")})
    text = report_parts.more_figures(draft, list(draft.figs))
    assert text == ("此外，浏览量{{ publicity.views }}人次，同比增长50%；法治文化阵地{{ publicity.culture_sites }}处，"
                    "普法作品{{ publicity.works }}个，均与上年持平。")
