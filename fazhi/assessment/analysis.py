"""Ranking and per-section (first-level item) scores, aggregated in the database: one query each, whatever the
number of units."""

from __future__ import annotations

from decimal import Decimal

from django.db.models import F, Sum

from . import rules
from .models import Assessment, ItemScore, Rubric, final_score_expression


def ranking(rubric: Rubric, assessments) -> list[dict]:
    """Assessments of `rubric` (already scoped to the user) with their live total, highest first, ranked with ties
    sharing a place (1, 2, 2, 4)."""
    rows = list(
        assessments.filter(rubric=rubric)
        .annotate(live_total=Sum(final_score_expression("scores__")))
        .select_related("unit")
        .order_by(F("live_total").desc(nulls_last=True), "unit__path")
    )
    bands = rubric.bands
    out, place, previous = [], 0, None
    for i, a in enumerate(rows, start=1):
        total = Decimal(str((a.total if a.status == Assessment.Status.FINAL else a.live_total) or 0))
        total = total.quantize(rules.CENT)
        if total != previous:
            place, previous = i, total
        out.append(
            {
                "assessment": a,
                "unit": a.unit,
                "total": total,
                "place": place,
                "grade": a.grade if a.status == Assessment.Status.FINAL else rules.grade_for(total, bands),
                "final": a.status == Assessment.Status.FINAL,
            }
        )
    return out


def sections(rubric: Rubric) -> list[tuple[str, str, Decimal]]:
    """The first-level items: (section code, name, total weight of its scored items)."""
    weights = dict(rubric.items.filter(level=3).values_list("section").annotate(w=Sum("weight")))
    return [(i.section, i.name, weights.get(i.section, Decimal(0))) for i in rubric.items.filter(level=1)]


def section_scores(assessment_ids) -> dict[int, dict[str, Decimal]]:
    """{assessment id: {section: score}} in one GROUP BY."""
    out: dict[int, dict[str, Decimal]] = {}
    rows = (
        ItemScore.objects.filter(assessment_id__in=list(assessment_ids))
        .values("assessment_id", "item__section")
        .annotate(score=Sum(final_score_expression()))
    )
    for row in rows:
        out.setdefault(row["assessment_id"], {})[row["item__section"]] = row["score"] or Decimal(0)
    return out


def radar(rubric: Rubric, assessment_ids, average_over=None) -> dict:
    """ECharts radar data: per section the share of its points scored (%), for each assessment and the average."""
    secs = sections(rubric)
    scores = section_scores(set(assessment_ids) | set(average_over or ()))

    def pct(score_by_section, code, weight):
        if not weight:
            return 0
        return float(round(100 * (score_by_section.get(code) or 0) / weight, 1))

    series = {aid: [pct(scores.get(aid, {}), code, w) for code, _, w in secs] for aid in assessment_ids}
    avg = []
    pool = list(average_over or ())
    if pool:
        for code, _, w in secs:
            avg.append(round(sum(pct(scores.get(a, {}), code, w) for a in pool) / len(pool), 1))
    return {
        "indicators": [{"name": name, "max": 100} for _, name, _ in secs],
        "series": series,
        "average": avg,
    }
