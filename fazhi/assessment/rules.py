"""Scoring rules of the 法治政府建设 assessment.

- 《市县法治政府建设示范指标体系（2021年版）》: "指标体系各项指标的分值、权重和评测方式由中央依法治国办组织专家研究
  确定" — the text fixes the items, not the points: weights, targets and scoring methods are data of each year's
  rubric, set by the assessing body (its 考核办法), never constants in code.
- 《法治政府建设与责任落实督察工作规定》: 法治政府建设 is assessed and the results are used in the evaluation of
  leading groups; the assessing body publishes its grading. The grade bands are therefore data too (default below).

What the code fixes is only the arithmetic of the two automatic methods and the review gates.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

SYSTEM = "《市县法治政府建设示范指标体系（2021年版）》（分值、权重和评测方式由考核单位确定）"
SUPERVISION = "《法治政府建设与责任落实督察工作规定》"
DEFAULT_GRADE_BANDS = "90:优秀,80:良好,60:合格,0:不合格"
CENT = Decimal("0.01")


def _q(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def score_at_least(weight: Decimal, value: Decimal, target: Decimal) -> Decimal:
    """Full marks when the indicator reaches the target; below it, in proportion.

    Example: an item of 1 point "负责人出庭应诉率达到100%"; 出庭 in 19 of 20 cases (95%) scores 0.95.
    """
    if value >= target:
        return _q(weight)
    return _q(weight * max(value, Decimal(0)) / target)


def score_at_most(weight: Decimal, value: Decimal, target: Decimal) -> Decimal:
    """Full marks when the indicator does not exceed the target (e.g. 败诉率 ≤ 10%); above it the score falls in
    proportion and reaches 0 at twice the target.

    Example: 1 point, target 10%, 败诉率 15% → 0.50; 20% or more → 0.
    """
    if value <= target:
        return _q(weight)
    return _q(weight * max(Decimal(0), 2 * target - value) / target)


def auto_score(method: str, weight: Decimal, value, target: Decimal) -> Decimal | None:
    """The automatic score of an item, or None when the indicator has no value (the unit self-assesses it)."""
    if value is None:
        return None
    value = Decimal(str(value))
    if method == "at_least":
        return score_at_least(weight, value, target)
    if method == "at_most":
        return score_at_most(weight, value, target)
    return None


def parse_grade_bands(text: str) -> list[tuple[Decimal, str]]:
    """ "90:优秀,80:良好,60:合格,0:不合格" → [(90, 优秀), …], highest first; the lowest band must start at 0."""
    bands = []
    for part in (text or "").replace("，", ",").replace("：", ":").split(","):
        if not part.strip():
            continue
        floor, sep, label = part.partition(":")
        try:
            value = Decimal(floor.strip())
        except ArithmeticError:
            value = None
        if not sep or value is None or not label.strip():
            raise ValueError(f"等次划分“{part.strip()}”格式不正确，应为“分数线:等次”，如“90:优秀”。")
        bands.append((value, label.strip()))
    if not bands:
        raise ValueError("请填写等次划分，如“90:优秀,80:良好,60:合格,0:不合格”。")
    bands.sort(key=lambda b: -b[0])
    if bands[-1][0] != 0:
        raise ValueError("最低一档的分数线应为0，使每个分数都有等次。")
    if len({b[0] for b in bands}) != len(bands):
        raise ValueError("等次划分中有重复的分数线。")
    return bands


def grade_for(total: Decimal, bands: list[tuple[Decimal, str]]) -> str:
    """The band a total falls in: the first (highest) floor it reaches. 89.99 with "90:优秀,80:良好" → 良好."""
    for floor, label in bands:
        if total >= floor:
            return label
    return bands[-1][1]


def check_score(score: Decimal, weight: Decimal) -> str:
    """A Chinese error when a manual score is outside 0..weight, else ""."""
    if score < 0:
        return "得分不能为负数。"
    if score > weight:
        return f"得分不能超过该项分值{weight}分。"
    return ""
