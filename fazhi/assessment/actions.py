"""Steps of an assessment, each one function with its audit event: open (items auto-scored from the indicator
engine), self-assess with evidence, submit, review, return, finalise (total and grade)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum

from fazhi.core import attachments, audit
from fazhi.core.gates import require_status
from fazhi.core.indicators import Period
from fazhi.indicators import engine

from . import rules
from .models import Assessment, ItemScore, Rubric, RubricItem, final_score_expression

S = Assessment.Status


def open_assessment(user, rubric: Rubric, unit) -> Assessment:
    """Start `unit`'s assessment against `rubric`: one score row per third-level item, auto items scored."""
    if not unit.path.startswith(rubric.unit.path):
        raise ValidationError({"unit": f"{unit}不在{rubric.unit}的考核范围内。"})
    if Assessment.objects.filter(rubric=rubric, unit=unit).exists():
        raise ValidationError({"unit": f"{unit}的{rubric.year}年度考核已经建立。"})
    assessment = Assessment.objects.create(rubric=rubric, unit=unit)
    items = list(rubric.items.filter(level=3))
    if not items:
        raise ValidationError("该指标体系没有三级指标，请先导入指标。")
    ItemScore.objects.bulk_create([ItemScore(assessment=assessment, item=i) for i in items])
    refresh_auto(user, assessment)
    audit.record_event(assessment, "open", "建立考核", {"items": len(items)}, rules.SYSTEM)
    return assessment


def refresh_auto(user, assessment: Assessment) -> int:
    """Re-score the automatic items from the indicator engine (one compute call for all their keys)."""
    if assessment.status == S.FINAL:
        raise ValidationError("考核已评定，不能再更新自动得分。")
    scores = list(assessment.scores.select_related("item").exclude(item__method=RubricItem.Method.MANUAL))
    figures = engine.compute({s.item.key for s in scores}, assessment.unit, Period.year(assessment.year))
    for s in scores:
        fig = figures[s.item.key]
        value = None if fig.source == "missing" else fig.value
        s.auto_value, s.auto_source = value, fig.source
        s.auto_score = rules.auto_score(s.item.method, s.item.weight, value, s.item.target)
    ItemScore.objects.bulk_update(scores, ["auto_value", "auto_source", "auto_score"])
    return len(scores)


def _score(text, weight: Decimal, label: str) -> Decimal | None:
    if text in (None, ""):
        return None
    try:
        value = Decimal(str(text).strip())
    except ArithmeticError:
        raise ValidationError(f"{label}：“{text}”不是数字。") from None
    problem = rules.check_score(value, weight)
    if problem:
        raise ValidationError(f"{label}：{problem}")
    return value.quantize(rules.CENT)


@transaction.atomic
def save_self(
    user, assessment: Assessment, entries: dict[int, dict], files: dict[int, list] | None = None
) -> None:
    """Self-assessment: {score_id: {"score": "0.8", "note": "…"}}; evidence files per score row. All or nothing."""
    require_status(assessment, [S.SELF, S.RETURNED], "修改自评")
    rows = {s.pk: s for s in assessment.scores.select_related("item")}
    errors = []
    changed = []
    for pk, entry in entries.items():
        s = rows.get(pk)
        if s is None:
            continue
        try:
            s.self_score = _score(entry.get("score"), s.item.weight, f"{s.item.code} {s.item.name}")
        except ValidationError as exc:
            errors.extend(exc.messages)
            continue
        s.self_note = (entry.get("note") or "").strip()[:500]
        changed.append(s)
    for pk, uploads in (files or {}).items():
        s = rows.get(pk)
        for f in uploads if s else []:
            try:
                attachments.attach(
                    assessment,
                    f,
                    user,
                    description=f"{s.item.code} {s.item.name}",
                    stage=s.item.code,
                    stages=[s.item.code],
                )
            except ValidationError as exc:
                errors.extend(f"{s.item.code} 佐证材料：{m}" for m in exc.messages)
    if errors:
        raise ValidationError(errors)
    ItemScore.objects.bulk_update(changed, ["self_score", "self_note"])
    audit.record_event(assessment, "self", "保存自评", {"items": len(changed)}, rules.SYSTEM)


def evidence_codes(assessment: Assessment) -> set[str]:
    return set(attachments.attachments_of(assessment).values_list("stage", flat=True))


def submit(user, assessment: Assessment, *, on: dt.date) -> Assessment:
    """Send the self-assessment for review: every manual item scored, every positive score with evidence."""
    require_status(assessment, [S.SELF, S.RETURNED], "报送自评")
    with_files = evidence_codes(assessment)
    problems = []
    for s in assessment.scores.select_related("item"):
        if s.item.auto and s.auto_score is not None:
            continue
        if s.self_score is None:
            problems.append(f"{s.item.code} {s.item.name}：未自评打分")
        elif s.self_score > 0 and not s.self_note and s.item.code not in with_files:
            problems.append(f"{s.item.code} {s.item.name}：有得分但没有说明或佐证材料")
    if problems:
        raise ValidationError(
            ["以下项目尚未完成，不能报送："]
            + problems[:20]
            + ([f"……另有{len(problems) - 20}项"] if len(problems) > 20 else [])
        )
    assessment.status, assessment.submitted_on = S.SUBMITTED, on
    assessment.save()
    audit.record_event(assessment, "submit", "报送自评", {"on": on}, rules.SYSTEM)
    return assessment


@transaction.atomic
def save_review(user, assessment: Assessment, entries: dict[int, dict]) -> None:
    """The reviewer's scores: a score that departs from the self / automatic score needs a comment."""
    require_status(assessment, [S.SUBMITTED], "评审打分")
    rows = {s.pk: s for s in assessment.scores.select_related("item")}
    errors, changed = [], []
    for pk, entry in entries.items():
        s = rows.get(pk)
        if s is None:
            continue
        label = f"{s.item.code} {s.item.name}"
        try:
            score = _score(entry.get("score"), s.item.weight, label)
        except ValidationError as exc:
            errors.extend(exc.messages)
            continue
        comment = (entry.get("comment") or "").strip()[:500]
        proposed = s.self_score if s.self_score is not None else s.auto_score
        if score is not None and proposed is not None and score != proposed and not comment:
            errors.append(f"{label}：评审得分与自评（自动）得分不同，请写明评审意见。")
            continue
        s.review_score, s.review_comment = score, comment
        changed.append(s)
    if errors:
        raise ValidationError(errors)
    ItemScore.objects.bulk_update(changed, ["review_score", "review_comment"])
    assessment.reviewer = user
    assessment.save()
    audit.record_event(assessment, "review", "评审打分", {"items": len(changed)}, rules.SYSTEM)


def send_back(user, assessment: Assessment, *, on: dt.date, reason: str) -> Assessment:
    require_status(assessment, [S.SUBMITTED], "退回补充")
    if not reason.strip():
        raise ValidationError({"reason": "请写明退回补充的理由。"})
    assessment.status = S.RETURNED
    assessment.save()
    audit.record_event(assessment, "return", "退回补充", {"on": on, "reason": reason}, rules.SYSTEM)
    return assessment


def total_of(assessment: Assessment) -> Decimal:
    """The total, summed in the database over each item's counting score."""
    total = assessment.scores.aggregate(t=Sum(final_score_expression()))["t"]
    return (total or Decimal(0)).quantize(rules.CENT)


def finalise(user, assessment: Assessment, *, on: dt.date, summary: str = "") -> Assessment:
    """评定: every item has a counting score; the total and grade are fixed on the assessment."""
    require_status(assessment, [S.SUBMITTED], "评定")
    unscored = assessment.scores.filter(review_score=None, self_score=None, auto_score=None).select_related(
        "item"
    )
    if unscored.exists():
        raise ValidationError(
            ["以下项目没有得分，不能评定："] + [f"{s.item.code} {s.item.name}" for s in unscored[:20]]
        )
    if assessment.submitted_on and on < assessment.submitted_on:
        raise ValidationError({"on": "评定日期不能早于自评报送日期。"})
    assessment.total = total_of(assessment)
    assessment.grade = rules.grade_for(assessment.total, assessment.rubric.bands)
    assessment.status, assessment.finalised_on, assessment.summary = S.FINAL, on, summary
    assessment.reviewer = assessment.reviewer or user
    assessment.save()
    audit.record_event(
        assessment,
        "finalise",
        "评定",
        {"total": assessment.total, "grade": assessment.grade},
        rules.SUPERVISION,
    )
    return assessment
