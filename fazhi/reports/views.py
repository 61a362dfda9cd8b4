"""Report pages: the HTML preview (every figure links to its records), the editor, downloads (DOCX, PDF, Markdown)
and the public page of published reports (no login)."""

from __future__ import annotations

from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render

from fazhi.core import jobs
from fazhi.indicators import catalogue

from . import actions, docx_writer, pdf
from . import jobs as report_jobs
from . import render as rendering
from .models import AnnualReport

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
                                                    "pdf_available": pdf.available()})


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
        try:
            actions.save_text(request.user, report, intro, bodies)
        except ValidationError as exc:
            errors = exc.messages
        else:
            messages.success(request, "正文已保存。")
            return redirect("report-preview", pk=pk)
    bound = rendering.bind(report)
    return render(request, "reports/edit.html", {
        "report": report, "errors": errors, "intro": intro, "bound": bound,
        "sections": [(s, bodies[s.kind]) for s in sections],
        "keys": sorted(catalogue.catalogue().values(), key=lambda k: k.key),
    })


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
