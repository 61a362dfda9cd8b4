"""Report pages: the HTML preview (every figure links to its records), the editor, downloads (DOCX, PDF, Markdown)
and the public page of published reports (no login)."""

from __future__ import annotations

from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from fazhi.core import jobs
from fazhi.core.indicators import Period
from fazhi.indicators import catalogue, engine

from . import actions, checklist, docx_writer, findings, pdf
from . import jobs as report_jobs
from . import render as rendering
from .models import PLACEHOLDER, AnnualReport

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "md": "text/markdown; charset=utf-8",
}


def _report(request, pk: int, action: str = "view") -> AnnualReport:
    report = (AnnualReport.objects.visible_to(request.user, action).select_related("unit").filter(pk=pk).first())
    if report is None:
        raise Http404("没有找到该报告，或您无权查看。")
    return report


@login_required
def preview(request, pk: int):
    report = _report(request, pk)
    bound = rendering.bind(report)
    return render(request, "reports/preview.html", {"report": report, "bound": bound, "links": True,
                                                    "pdf_available": pdf.available(),
                                                    **_checklist(report, bound)})


@login_required
def edit(request, pk: int):
    report = _report(request, pk, "change")
    sections = report.ordered_sections()
    errors: list[str] = []
    intro = report.intro
    bodies = {s.kind: s.body for s in sections}
    if request.method == "POST":
        intro = request.POST.get("intro", "")
        bodies = {s.kind: request.POST.get(f"section-{s.kind}", s.body) for s in sections}
        autosave = request.POST.get("autosave") == "1"
        try:
            actions.save_text(request.user, report, intro, bodies)
        except ValidationError as exc:
            if autosave:
                return JsonResponse({"errors": exc.messages}, status=400)
            errors = exc.messages
        else:
            if autosave:  # the editor's periodic save: the clerk stays on the page
                return JsonResponse({"saved_at": timezone.localtime().strftime("%H:%M:%S")})
            messages.success(request, "正文已保存。")
            return redirect("report-preview", pk=pk)
    bound = rendering.bind(report)
    return render(request, "reports/edit.html", {
        "report": report, "errors": errors, "intro": intro, "bound": bound,
        "sections": [(s, bodies[s.kind]) for s in sections],
        "figures": _picker(report),
        "findings": _shown_findings(report, request.user),
        **_checklist(report, bound),
    })


def _picker(report: AnnualReport) -> dict:
    """Every catalogue key as the editor's picker and chips show it: label, the unit's value for the year, source."""
    figures = engine.compute(None, report.unit, Period.year(report.year))
    out = {}
    for key, meta in sorted(catalogue.catalogue().items()):
        fig = figures.get(key)
        value = rendering.report_value(fig) if fig is not None else None
        out[key] = {"label": meta.label, "value": value if value is None else value + (
            "" if fig.kind == "rate" else fig.unit_label), "source": fig.source_label if fig else "无数据"}
    return out


def _checklist(report: AnnualReport, bound) -> dict:
    rows = checklist.coverage(report, bound)
    return {"checklist": rows, "checklist_covered": sum(r.covered for r in rows)}


def _shown_findings(report: AnnualReport, user) -> list[dict]:
    """The candidate shortcomings with their bound figures read as values, the accepted ones first and marked."""
    found = findings.candidates(report.unit, report.year, user)
    keys = {key for f in found for key in PLACEHOLDER.findall(f.shortcoming)}
    figures = engine.compute(keys, report.unit, Period.year(report.year)) if keys else {}
    accepted = {code: i for i, code in enumerate(report.findings or [])}
    rows = [{"f": f, "accepted": f.code in accepted,
             "text": "".join(p.text for p in rendering.paragraphs(f.shortcoming, figures, set()))} for f in found]
    return sorted(rows, key=lambda r: (not r["accepted"], accepted.get(r["f"].code, 0)))


@login_required
def adopt_findings(request, pk: int):
    report = _report(request, pk, "change")
    if request.method != "POST":
        return redirect("report-edit", pk=pk)
    try:
        actions.adopt_findings(report, codes=request.POST.getlist("finding")[:20], acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, "已按所选的不足重写“存在的不足和原因”和“主要安排”两部分，可继续编辑。")
    return redirect("report-edit", pk=pk)


def _file(report: AnnualReport, fmt: str, appendix: bool = False) -> tuple[bytes, str]:
    bound = rendering.bind(report)
    if fmt == "md":
        return rendering.to_markdown(bound).encode(), CONTENT_TYPES["md"]
    data = docx_writer.build(bound, appendix=appendix)
    if fmt == "pdf":
        data = pdf.docx_to_pdf(data)
    return data, CONTENT_TYPES[fmt]


@login_required
def download(request, pk: int, fmt: str):
    report = _report(request, pk)
    if fmt not in CONTENT_TYPES:
        raise Http404("不支持的格式")
    if fmt == "pdf" and not pdf.available():
        return render(request, "reports/no_pdf.html", {"report": report, "hint": pdf.INSTALL_HINT}, status=503)
    if fmt == "pdf":  # LibreOffice takes seconds: a job, with a download when it is done
        started = jobs.start("report-pdf", request.user, f"生成PDF：{report.title}", report_id=report.pk,
                             appendix=request.GET.get("appendix") == "1")
        return redirect("job-detail", pk=started.pk)
    try:
        data, content_type = _file(report, fmt, appendix=request.GET.get("appendix") == "1")
    except RuntimeError as exc:
        return render(request, "reports/no_pdf.html", {"report": report, "hint": str(exc)}, status=503)
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(report_jobs.filename(report, fmt))}"
    return response


def public_list(request):
    reports = AnnualReport.objects.public().select_related("unit").order_by("-year", "unit__path")
    return render(request, "reports/public_list.html", {"reports": reports})


def public_detail(request, pk: int):
    report = AnnualReport.objects.public().select_related("unit").filter(pk=pk).first()
    if report is None:
        raise Http404("没有找到该报告。")
    return render(request, "reports/public.html", {"report": report, "bound": rendering.bind(report), "links": False})
