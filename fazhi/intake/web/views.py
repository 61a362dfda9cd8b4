"""Intake pages: upload many reports (one request per file, so the page shows progress), the compliance table,
a report's figures to confirm, and the comparison of bodies for chosen keys (table, chart, Excel)."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections import defaultdict
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.db.models import Count
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from fazhi.core import jobs
from fazhi.core.downloads import attachment
from fazhi.core.models import OrgUnit
from fazhi.core.registers.base import units_for
from fazhi.indicators import catalogue
from fazhi.intake.document import SECTION_LABELS
from fazhi.intake.readers import SUPPORTED

from . import actions
from .models import ExtractedFigure, ReceivedReport

KIND_LABELS = SECTION_LABELS


def _receiving_units(user):
    return units_for(user, ReceivedReport, "add").order_by("path")


@login_required
def index(request):
    reports = (ReceivedReport.objects.visible_to(request.user).select_related("body")
               .annotate(figure_count=Count("figures")))
    year = request.GET.get("year", "")
    if year.isdigit():
        reports = reports.filter(year=int(year))
    years = list(ReceivedReport.objects.visible_to(request.user).exclude(year__isnull=True).exclude(year=0)
                 .order_by("-year").values_list("year", flat=True).distinct())  # the database picks them out
    units = _receiving_units(request.user)
    if not units.exists() and not reports.exists():
        raise PermissionDenied("只有依法治县（市）办等汇集报告的单位可以使用本功能。")
    return render(request, "intake/index.html", {
        "reports": reports, "years": years, "year": year, "units": units[:200], "kinds": KIND_LABELS,
        "accept": ",".join(SUPPORTED),
    })


@login_required
@require_POST
def upload(request):
    """One file per request; the page sends them one after another and shows progress."""
    unit = _receiving_units(request.user).filter(pk=_pk(request.POST.get("unit"))).first()
    if unit is None:
        return JsonResponse({"error": "请选择接收单位（您有权汇集报告的单位）。"}, status=400)
    upload = request.FILES.get("file")
    if upload is None:
        return JsonResponse({"error": "没有收到文件。"}, status=400)
    if Path(upload.name).suffix.lower() not in SUPPORTED:
        return JsonResponse({"source": upload.name, "error": f"不支持的文件类型，支持 {'、'.join(SUPPORTED)}。"},
                            status=400)
    if upload.size > actions.MAX_BYTES:
        return JsonResponse({"source": upload.name, "error": f"“{upload.name}”超过{actions.MAX_BYTES // 1048576}MB，"
                                                             "请压缩或拆分后上传。"}, status=400)
    path = default_storage.save(f"jobs/in/{uuid.uuid4().hex}{Path(upload.name).suffix.lower()}", upload)
    job = jobs.start("intake-receive", request.user, f"读取报告：{upload.name}"[:200], unit_id=unit.pk, path=path,
                     name=upload.name[:200])
    answer = {"source": upload.name, "job": str(job.pk), "status_url": reverse("job-status", args=[job.pk])}
    if job.finished:  # a worker was quick (or jobs run in-process): the result at once
        answer |= job.data if job.status == job.Status.DONE else {"error": job.message}
    return JsonResponse(answer, status=202 if not job.finished else 200)


def _pk(value: str | None) -> int:
    """A primary key a form sent, or 0 (which matches nothing) for anything that is not one ("abc", 10**30)."""
    return int(value) if value and value.isdigit() and len(value) <= 18 else 0


@login_required
def detail(request, pk: int):
    report = ReceivedReport.objects.visible_to(request.user).select_related("body").filter(pk=pk).first()
    if report is None:
        raise Http404("没有找到该报告，或您无权查看。")
    bodies = OrgUnit.objects.filter(path__startswith=report.unit.path).order_by("path")[:500]
    errors = []
    if request.method == "POST":
        if not ReceivedReport.objects.visible_to(request.user, "change").filter(pk=pk).exists():
            raise PermissionDenied("您无权确认该报告的数据。")
        body = OrgUnit.objects.filter(pk=_pk(request.POST.get("body")), path__startswith=report.unit.path).first()
        ids = [int(x) for x in request.POST.getlist("confirm") if x.isdigit()]
        reject = [int(x) for x in request.POST.getlist("reject") if x.isdigit()]
        raw = (request.POST.get("posted_on") or "").strip()
        try:
            posted = dt.date.fromisoformat(raw) if raw else None
        except ValueError:
            posted = None
            errors = ["公开发布日期格式不正确，应为 YYYY-MM-DD。"]
        try:
            if errors:
                raise ValidationError(errors)
            rekey = {int(name[4:]): value.strip() for name, value in request.POST.items()
                     if name.startswith("key_") and name[4:].isdigit() and len(name) < 20}
            made = actions.review(report, acting_user=request.user, body=body, confirm=ids, reject=reject,
                                  posted_on=posted, rekey=rekey)
        except ValidationError as exc:
            errors = exc.messages
        else:
            messages.success(request, f"已确认 {made} 项数据，记入“{body.name}”{report.year}年度指标（来源：报告提取）。")
            return redirect("intake-detail", pk=pk)
    cat = catalogue.catalogue()
    figures = [(f, cat.get(f.key)) for f in report.figures.all()]
    return render(request, "intake/detail.html", {"report": report, "figures": figures, "bodies": bodies,
                                                  "errors": errors, "kinds": KIND_LABELS, "catalogue": cat.values()})


@login_required
def suggestions(request):
    """The corrections reviewers made, as lines the office may add to the lexicon (downloadable as TSV)."""
    from .models import LexiconSuggestion

    reports = ReceivedReport.objects.visible_to(request.user)
    rows = LexiconSuggestion.objects.filter(report__in=reports).select_related("report", "created_by")[:500]
    if not _receiving_units(request.user).exists() and not rows:
        raise PermissionDenied("只有依法治县（市）办等汇集报告的单位可以使用本功能。")
    cat = catalogue.catalogue()
    if request.GET.get("format") == "tsv":
        lines = ["key\tterm\tread_as\tevidence"] + [
            f"{r.key}\t{r.term}\t{r.read_as}\t{r.evidence.replace(chr(9), ' ')}" for r in rows]
        return attachment(HttpResponse(("\n".join(lines) + "\n").encode("utf-8"),
                                       content_type="text/tab-separated-values; charset=utf-8"),
                          "识别词表建议.tsv")
    return render(request, "intake/suggestions.html", {
        "rows": [(r, cat.get(r.key), cat.get(r.read_as)) for r in rows]})


def _comparison(user, year: int | None, keys: list[str]):
    """Rows (report, {key: figure}) for the chosen keys: confirmed figures first, else the first one read."""
    reports = ReceivedReport.objects.visible_to(user).filter(error="")
    if year:
        reports = reports.filter(year=year)
    reports = list(reports.order_by("issuer"))
    by_report: dict[int, dict[str, ExtractedFigure]] = defaultdict(dict)
    rank = {ExtractedFigure.Status.CONFIRMED: 0, ExtractedFigure.Status.PENDING: 1}
    figs = (ExtractedFigure.objects.filter(report__in=reports, key__in=keys)
            .exclude(status=ExtractedFigure.Status.REJECTED).order_by("start"))
    for f in figs:
        current = by_report[f.report_id].get(f.key)
        if current is None or rank[f.status] < rank[current.status]:
            by_report[f.report_id][f.key] = f
    return [(r, [by_report[r.pk].get(k) for k in keys]) for r in reports]


@login_required
def compare(request):
    cat = catalogue.catalogue()
    keys = [k for k in request.GET.getlist("key") if k in cat] or ["reconsideration.accepted", "litigation.cases",
                                                                     "litigation.head_appearance_rate"]
    year = int(request.GET["year"]) if request.GET.get("year", "").isdigit() else None
    rows = _comparison(request.user, year, keys)
    if request.GET.get("format") == "xlsx":
        return _xlsx(rows, keys, cat)
    chart = {"bodies": [r.issuer or r.source for r, _ in rows], "key": cat[keys[0]].label,
             "values": [float(v[0].value) if v[0] else None for _, v in rows]}
    return render(request, "intake/compare.html", {
        "rows": rows, "keys": [cat[k] for k in keys], "year": year or "", "all_keys": list(cat.values()),
        "chosen": keys, "chart": chart,
    })


def _xlsx(rows, keys, cat) -> HttpResponse:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "报告数据比较"
    ws.append(["报告单位", "年度", "标题", "发布日期", "按时公开", "缺少部分"] + [f"{cat[k].label}（{cat[k].unit}）" for k in keys])
    for report, values in rows:
        ws.append([report.issuer, report.year, report.title,
                   report.published_on.isoformat() if report.published_on else "",
                   {True: "是", False: "否", None: "未知"}[report.on_time], "、".join(SECTION_LABELS.get(k, k) for k in report.missing_sections)]
                  + [float(v.value) if v else None for v in values])
    buf = io.BytesIO()
    wb.save(buf)
    response = HttpResponse(buf.getvalue(),
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    attachment(response, f"报告数据比较_{dt.date.today():%Y%m%d}.xlsx")
    return response
