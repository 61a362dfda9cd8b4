"""Indicator pages: every key for a unit and period with its source, the records behind a computed figure, and
the same as JSON. A user sees only units within their memberships (the one scoping function)."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from fazhi.core import jobs
from fazhi.core.indicators import INDICATORS, Period, dashboard_keys
from fazhi.core.models import Job, OrgUnit
from fazhi.core.registers import registry
from fazhi.core.registers.workbench import at_risk
from fazhi.core.roles import Role
from fazhi.core.scoping import roles_of

from . import analytics, catalogue, engine, validation

REFRESH_ROLES = {Role.RULE_OF_LAW_OFFICE, Role.ADMIN}
MAX_CHILDREN = 300  # the unit picker lists the units directly below, never every unit of a province


def _unit_and_period(request):
    """The unit (within the user's scope) and the period asked for; defaults: the user's top unit, last year."""
    units = OrgUnit.objects.visible_to(request.user).order_by("path")
    unit_id = request.GET.get("unit")
    unit = units.filter(pk=unit_id).first() if unit_id and unit_id.isdigit() and len(unit_id) < 19 else units.first()
    if unit is None:
        raise Http404("没有找到该单位，或您无权查看。")
    try:
        period = Period.parse(request.GET.get("period") or str(dt.date.today().year - 1))
        error = ""
    except ValueError as exc:
        period, error = Period.year(dt.date.today().year - 1), str(exc)
    return units, unit, period, error


def _picker(request, units, unit, period) -> dict:
    """Context of the unit picker and the "as of" line: ancestors in scope, a bounded list of children."""
    ancestors = list(units.filter(pk__in=[int(p) for p in unit.path.strip("/").split("/")[:-1]]))
    children = list(units.filter(parent=unit)[:MAX_CHILDREN + 1])
    return {"ancestors": ancestors, "children": children[:MAX_CHILDREN], "children_more": len(children) > MAX_CHILDREN,
            "period_code": period.code, "freshness": analytics.state(period),
            "can_refresh": bool(roles_of(request.user) & REFRESH_ROLES)}


@login_required
def overview(request):
    units, unit, period, error = _unit_and_period(request)
    figures = engine.compute(None, unit, period)
    groups: dict[str, list] = {}
    for key, fig in figures.items():
        groups.setdefault(catalogue.get(key).area_label, []).append((catalogue.get(key), fig))
    return render(request, "indicators/overview.html", {
        **_picker(request, units, unit, period), "unit": unit, "period": period, "error": error, "groups": groups,
        "violations": validation.check(unit, period, figures),
        "counts": {s: sum(1 for f in figures.values() if f.source == s) for s in engine.SOURCE_LABELS},
    })


@login_required
def records(request):
    """Provenance: the records a computed figure counts, as a list from the register they belong to."""
    _, unit, period, error = _unit_and_period(request)
    key = request.GET.get("key", "")
    ind = INDICATORS.get(key)
    if ind is None or ind.records is None or not ind.unit_field:
        raise Http404("该指标没有可追溯的台账记录。")
    reg = registry.get(ind.source)
    if reg is None or not reg.user_can(request.user, "view"):
        raise PermissionDenied("您无权查看该台账。")
    # records that are org units themselves (e.g. the units due to report) carry the path directly
    path_lookup = "path__startswith" if ind.unit_field == "pk" else f"{ind.unit_field}__path__startswith"
    qs = ind.records(period).filter(**{path_lookup: unit.path})
    if reg.model is not qs.model:
        raise Http404("该指标没有可追溯的台账记录。")
    qs = reg.queryset(request.user).filter(pk__in=qs.values("pk"))
    if reg.select_related:
        qs = qs.select_related(*reg.select_related)
    rows = list(qs.order_by(*reg.ordering)[:1000])
    return render(request, "indicators/records.html", {
        "key": catalogue.get(key), "unit": unit, "period": period, "reg": reg, "error": error,
        "headers": [reg.verbose(c) for c in reg.list_columns],
        "rows": [(obj, [reg.display(obj, c, request.user) for c in reg.list_columns]) for obj in rows],
        "truncated": len(rows) == 1000,
        "value": engine.compute([key], unit, period)[key],
    })


@login_required
def api(request):
    _, unit, period, error = _unit_and_period(request)
    if error:
        return JsonResponse({"error": error}, status=400)
    figures = engine.compute(None, unit, period)
    return JsonResponse({
        "unit": {"id": unit.pk, "name": unit.name, "code": unit.division_code}, "period": period.code,
        "figures": [f.as_json() for f in figures.values()],
        "violations": [{"message": v.message, "detail": v.detail} for v in validation.check(unit, period, figures)],
    }, json_dumps_params={"ensure_ascii": False})


@login_required
def dashboard(request):
    """驾驶舱: key figures against last year, quarterly trends, breakdown by the units below with drill-down,
    and the deadlines at risk. Every chart element links to its records or to the unit below."""

    units, unit, period, error = _unit_and_period(request)
    year = period.start.year
    period = Period.year(year)
    quarters = [Period.quarter(year, q) for q in range(1, 5)]
    last_year = Period.year(year - 1)
    # the year, last year and the quarters in one read of the analytics table
    figures = engine.compute_periods(dashboard_keys("card") + dashboard_keys("trend"), unit,
                                     [period, last_year, *quarters])
    now, before = figures[period], figures[last_year]
    cards = []
    for key in dashboard_keys("card"):
        cur, prev = now[key], before[key]
        delta = None
        if cur.value is not None and prev.value not in (None, 0) and cur.kind != "rate":
            delta = round((cur.value - prev.value) * 100 / prev.value, 1)
        elif cur.value is not None and prev.value is not None and cur.kind == "rate":
            delta = cur.value - prev.value
        cards.append({"figure": cur, "previous": prev, "delta": delta})
    trends = {"quarters": [f"第{q}季度" for q in range(1, 5)], "series": []}
    by_quarter = [figures[q] for q in quarters]
    for key in dashboard_keys("trend"):
        trends["series"].append({"name": catalogue.get(key).label, "data": [
            {"value": q[key].value or 0, "url": q[key].link} for q in by_quarter]})
    breakdown_key = request.GET.get("key") if request.GET.get("key") in dashboard_keys("breakdown") else dashboard_keys("breakdown")[0]
    children = []
    for child, value in engine.by_child(breakdown_key, unit, period):
        if value:
            children.append({"name": child.name, "value": value,
                             "url": engine.records_link(breakdown_key, child, period),
                             "drill": f"?unit={child.pk}&period={year}&key={breakdown_key}"})
    risks, overdue, at_risk_total = at_risk(request.user)
    return render(request, "indicators/dashboard.html", {
        **_picker(request, units, unit, period), "unit": unit, "period": period, "error": error, "cards": cards,
        "trends": trends, "children": sorted(children, key=lambda c: -c["value"])[:30],
        "breakdown_key": catalogue.get(breakdown_key), "breakdown_keys": [catalogue.get(k) for k in dashboard_keys("breakdown")],
        "risks": risks, "overdue": overdue, "at_risk_total": at_risk_total,
    })


@login_required
@require_POST
def refresh(request):
    """重新计算: a full refresh of the analytics table as a job (one at a time; a running one is shown instead)."""
    if not roles_of(request.user) & REFRESH_ROLES:
        raise PermissionDenied("只有法治建设办公室和系统管理员可以重新计算全部指标。")
    running = Job.objects.filter(kind="analytics-refresh", status__in=[Job.Status.QUEUED, Job.Status.RUNNING]).first()
    started = running or jobs.start("analytics-refresh", request.user, "重新计算全部指标", full=True)
    return redirect("job-detail", pk=started.pk)


@login_required
def platform_import(request):
    """Upload the provincial service platform's statistical export for a year; checked and written by a job."""
    import uuid

    from django.core.files.storage import default_storage

    from fazhi.core.registers.excel import check_upload

    from . import platform

    reg = registry["reported-values"]
    if not reg.user_can(request.user, "add"):
        raise PermissionDenied("您无权填报指标数据")
    this_year = dt.date.today().year
    years = list(range(this_year, this_year - 6, -1))
    errors, year = [], this_year - 1
    if request.method == "POST":
        raw = request.POST.get("year", "")
        year = int(raw) if raw.isdigit() and int(raw) in years else None
        upload = request.FILES.get("file")
        errors = check_upload(upload)
        if year is None:
            errors.append(_error("请选择统计年度。"))
        if not errors:
            path = default_storage.save(f"jobs/in/{uuid.uuid4().hex}.xlsx", upload)
            job = jobs.start("platform-import", request.user, f"导入政务服务平台统计：{upload.name}"[:200],
                             path=path, name=upload.name[:200], year=year)
            return redirect("job-detail", pk=job.pk)
    return render(request, "indicators/platform_import.html", {
        "errors": errors, "years": years, "year": year, "unit_titles": platform.UNIT_TITLES,
        "columns": [(_label(c.key), c.titles, c.ratio) for c in platform.mapping()]})


def _label(key: str) -> str:
    meta = catalogue.catalogue().get(key)
    return meta.label if meta else key


def _error(message: str):
    from fazhi.core.registers.excel import ImportError_

    return ImportError_(0, "", message)
