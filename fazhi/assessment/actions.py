"""Steps of an assessment, each one function with its audit event: open (items auto-scored from the indicator
engine), self-assess with evidence, submit, review, return, finalise (total and grade)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum

from fazhi.core import attachments, steps
from fazhi.core.gates import require_status
from fazhi.core.indicators import Period
from fazhi.core.registers.forms import OnDateForm
from fazhi.core.roles import OFFICE
from fazhi.indicators import engine

from . import rubric as rubric_data
from . import rules
from .events import Event
from .forms import CopyForm, EditItemForm, FinaliseForm, ImportItemsForm, RefreshForm, ReturnForm
from .models import Assessment, ItemScore, Rubric, RubricItem, final_score_expression

S = Assessment.Status


@steps.step(Event.OPEN, on=Rubric, basis=rules.SYSTEM)
def open_assessment(rubric: Rubric, unit, *, acting_user) -> Assessment:
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
    rescore(assessment)
    steps.record({"items": len(items)}, on=assessment)
    return assessment


def rescore(assessment: Assessment) -> int:
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


@steps.step(Event.REFRESH, on=Assessment, form=RefreshForm, label="按最新数据更新自动得分", basis=rules.SYSTEM,
            available=lambda a: a.status != S.FINAL)
def refresh(assessment: Assessment, *, acting_user) -> Assessment:
    """按最新数据更新自动得分."""
    steps.record({"items": rescore(assessment)})
    return assessment


@steps.step(Event.LOAD_ITEMS, on=Rubric, form=ImportItemsForm, name="import", basis=rules.SYSTEM,
            roles=OFFICE)
def import_items(rubric: Rubric, *, acting_user, file=None, use_default=False, replace=False) -> Rubric:
    if file is not None:
        if file.size > 2 * 1024 * 1024:
            raise ValidationError({"file": "指标文件不能超过2MB。"})
        rows = rubric_data.read_rows(file.name, file.read())
    else:
        rows = rubric_data.read_rows(rubric_data.DEFAULT_FILE.name, rubric_data.DEFAULT_FILE.read_bytes())
    loaded = rubric_data.load(rubric.unit, rubric.year, rows, replace=replace)
    steps.record({"items": loaded.items.count(), "scored": loaded.items.filter(level=3).count()}, on=loaded)
    return loaded


@steps.step(Event.EDIT_ITEM, on=Rubric, form=EditItemForm, name="edit_item", label="修改指标分值/评分方式",
            basis=rules.SYSTEM, roles=OFFICE, available=lambda r: r.items.exists())
def edit_item(rubric: Rubric, *, acting_user, code, weight, method, key="", target=None) -> RubricItem:
    """Change one item's weight or scoring; refused once an assessment is final (the year's results stand)."""
    if rubric.locked:
        raise ValidationError("本年度已有考核评定，指标分值不能再修改；如需调整，请为下一年度复制指标体系后修改。")
    item = rubric.items.filter(code=code.strip(), level=3).first()
    if item is None:
        raise ValidationError({"code": f"没有编号为“{code}”的三级指标。"})
    before = {"weight": item.weight, "method": item.get_method_display(), "key": item.key, "target": item.target}
    item.weight, item.method = weight, method
    item.key, item.target = (key, target) if method != RubricItem.Method.MANUAL else ("", None)
    item.full_clean(exclude=["rubric", "parent"])
    item.save()
    for assessment in rubric.assessments.exclude(status=S.FINAL):
        rescore(assessment)
    steps.record({"before": before, "weight": weight, "method": item.get_method_display()},
                 label=f"修改指标 {item.code}", on=rubric)
    return item


@steps.step(Event.COPY, on=Rubric, form=CopyForm, basis=rules.SYSTEM, roles=OFFICE,
            available=lambda r: r.items.exists())
def copy(rubric: Rubric, *, acting_user, year: int) -> Rubric:
    new = rubric_data.copy_to_year(rubric, year)
    steps.record({"year": year, "copy": str(new)}, on=rubric)
    return new


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


@steps.step(Event.SELF, on=Assessment, basis=rules.SYSTEM)
@transaction.atomic
def save_self(
    assessment: Assessment, entries: dict[int, dict], files: dict[int, list] | None = None, *, acting_user
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
                    acting_user,
                    description=f"{s.item.code} {s.item.name}",
                    stage=s.item.code,
                    stages=[s.item.code],
                )
            except ValidationError as exc:
                errors.extend(f"{s.item.code} 佐证材料：{m}" for m in exc.messages)
    if errors:
        raise ValidationError(errors)
    ItemScore.objects.bulk_update(changed, ["self_score", "self_note"])
    steps.record({"items": len(changed)})


def evidence_codes(assessment: Assessment) -> set[str]:
    return set(attachments.attachments_of(assessment).values_list("stage", flat=True))


@steps.step(Event.SUBMIT, on=Assessment, form=OnDateForm, basis=rules.SYSTEM,
            available=lambda a: a.status in (S.SELF, S.RETURNED))
def submit(assessment: Assessment, *, acting_user, on: dt.date) -> Assessment:
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
    steps.record({"on": on})
    return assessment


@steps.step(Event.REVIEW, on=Assessment, basis=rules.SYSTEM)
@transaction.atomic
def save_review(assessment: Assessment, entries: dict[int, dict], *, acting_user) -> None:
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
    assessment.reviewer = acting_user
    assessment.save()
    steps.record({"items": len(changed)})


@steps.step(Event.RETURN, on=Assessment, form=ReturnForm, name='return', basis=rules.SYSTEM, roles=OFFICE,
            style="danger", available=lambda a: a.status == S.SUBMITTED)
def send_back(assessment: Assessment, *, acting_user, on: dt.date, reason: str) -> Assessment:
    require_status(assessment, [S.SUBMITTED], "退回补充")
    if not reason.strip():
        raise ValidationError({"reason": "请写明退回补充的理由。"})
    assessment.status = S.RETURNED
    assessment.save()
    steps.record({"on": on, "reason": reason})
    return assessment


def total_of(assessment: Assessment) -> Decimal:
    """The total, summed in the database over each item's counting score."""
    total = assessment.scores.aggregate(t=Sum(final_score_expression()))["t"]
    return (total or Decimal(0)).quantize(rules.CENT)


@steps.step(Event.FINALISE, on=Assessment, form=FinaliseForm, basis=rules.SUPERVISION, roles=OFFICE,
            available=lambda a: a.status == S.SUBMITTED)
def finalise(assessment: Assessment, *, acting_user, on: dt.date, summary: str = "") -> Assessment:
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
    assessment.reviewer = assessment.reviewer or acting_user
    assessment.save()
    steps.record({"total": assessment.total, "grade": assessment.grade})
    return assessment
