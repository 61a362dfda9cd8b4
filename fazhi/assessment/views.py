"""Assessment pages: the scoring sheet (self-assessment with evidence, then the reviewer's scores), the ranking
with a radar chart, and the rubric as Excel. Every queryset goes through the scoping function."""

from __future__ import annotations

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render

from fazhi.core import attachments, scoping
from fazhi.core.downloads import attachment
from fazhi.core.indicators import Period
from fazhi.core.roles import Role
from fazhi.indicators import engine

from . import actions, analysis
from . import rubric as rubric_data
from .models import Assessment, Rubric

S = Assessment.Status


def _mode(user, assessment: Assessment) -> str:
    """What the user may do on the sheet now: "self", "review" or "" (read only)."""
    if assessment.status in (S.SELF, S.RETURNED) and scoping.can(user, "change", assessment):
        return "self"
    if assessment.status == S.SUBMITTED and scoping.has_role_over(
        user, {Role.RULE_OF_LAW_OFFICE}, assessment
    ):
        return "review"
    return ""


def _entries(post, prefix_score: str, prefix_text: str, text_key: str) -> dict[int, dict]:
    entries: dict[int, dict] = {}
    for name, value in post.items():
        if name.startswith(prefix_score) and name[len(prefix_score) :].isdigit():
            pk = int(name[len(prefix_score) :])
            entries[pk] = {"score": value.strip(), text_key: post.get(f"{prefix_text}{pk}", "")}
    return entries


@login_required
def sheet(request, pk: int):
    assessment = (
        Assessment.objects.visible_to(request.user)
        .select_related("rubric", "unit", "reviewer")
        .filter(pk=pk)
        .first()
    )
    if assessment is None:
        raise Http404("没有找到该考核，或您无权查看。")
    mode = _mode(request.user, assessment)
    errors: list[str] = []
    posted = {}
    if request.method == "POST":
        if not mode:
            errors.append("当前状态下您不能修改评分。")
        else:
            posted = request.POST
            try:
                if mode == "self":
                    files = {int(n[5:]): request.FILES.getlist(n) for n in request.FILES if n[5:].isdigit()}
                    actions.save_self(
                        assessment, _entries(request.POST, "score-", "note-", "note"), files, acting_user=request.user
                    )
                else:
                    actions.save_review(
                        assessment, _entries(request.POST, "review-", "comment-", "comment"), acting_user=request.user
                    )
            except ValidationError as exc:
                errors.extend(exc.messages)
            else:
                messages.success(request, "已保存。")
                return redirect("assessment-sheet", pk=pk)
    period = Period.year(assessment.year)
    items = list(assessment.rubric.items.all())
    scores = {s.item_id: s for s in assessment.scores.all()}
    evidence: dict[str, list] = {}
    for att in attachments.attachments_of(assessment):
        evidence.setdefault(att.stage, []).append(att)
    groups, total, weight = [], 0, 0
    for item in items:
        if item.level == 1:
            groups.append({"item": item, "subs": []})
        elif item.level == 2 and groups:
            groups[-1]["subs"].append({"item": item, "rows": []})
        elif item.level == 3 and groups and groups[-1]["subs"]:
            s = scores.get(item.pk)
            if s is None:
                continue
            link = (
                engine.records_link(item.key, assessment.unit, period) if s.auto_source == "computed" else ""
            )
            row = {
                "item": item,
                "score": s,
                "link": link,
                "files": evidence.get(item.code, []),
                "self_value": posted.get(f"score-{s.pk}", s.self_score if s.self_score is not None else ""),
                "note_value": posted.get(f"note-{s.pk}", s.self_note),
                "review_value": posted.get(
                    f"review-{s.pk}", s.review_score if s.review_score is not None else ""
                ),
                "comment_value": posted.get(f"comment-{s.pk}", s.review_comment),
            }
            groups[-1]["subs"][-1]["rows"].append(row)
            total += s.final or 0
            weight += item.weight
    return render(
        request,
        "assessment/sheet.html",
        {
            "assessment": assessment,
            "groups": groups,
            "mode": mode,
            "errors": errors,
            "total": total,
            "weight": weight,
            "detail_url": f"/r/assessments/{assessment.pk}/",
        },
    )


@login_required
def ranking(request):
    rubrics = Rubric.objects.visible_to(request.user).select_related("unit").order_by("-year", "unit__path")
    rubric_id = request.GET.get("rubric", "")
    rubric = rubrics.filter(pk=rubric_id).first() if rubric_id.isdigit() else rubrics.first()
    if rubric is None:
        return render(request, "assessment/ranking.html", {"rubrics": rubrics, "rubric": None})
    rows = analysis.ranking(rubric, Assessment.objects.visible_to(request.user))
    ids = [r["assessment"].pk for r in rows]
    chosen = request.GET.get("a", "")
    focus = int(chosen) if chosen.isdigit() and int(chosen) in ids else (ids[0] if ids else None)
    radar = analysis.radar(rubric, [focus] if focus else [], average_over=ids)
    focus_row = next((r for r in rows if r["assessment"].pk == focus), None)
    return render(
        request,
        "assessment/ranking.html",
        {
            "rubrics": rubrics,
            "rubric": rubric,
            "rows": rows,
            "focus": focus_row,
            "radar": {
                "indicators": radar["indicators"],
                "focus": radar["series"].get(focus, []),
                "average": radar["average"],
                "focus_name": focus_row["unit"].name if focus_row else "",
            },
        },
    )


@login_required
def export_rubric(request, pk: int):
    rubric = Rubric.objects.visible_to(request.user).filter(pk=pk).first()
    if rubric is None:
        raise Http404("没有找到该指标体系，或您无权查看。")
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = f"{rubric.year}年度指标"
    for row in rubric_data.export_rows(rubric):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    response = HttpResponse(
        buf.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    attachment(response, f"{rubric.year}年度考核指标体系.xlsx")
    return response
