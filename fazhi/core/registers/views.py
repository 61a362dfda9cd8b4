"""Generic views every register gets: list, detail, create, edit, delete, export, import, attachments."""

from __future__ import annotations

import datetime as dt
import uuid
from urllib.parse import quote, urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import models
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from .. import attachments as att
from .. import audit, jobs, scoping
from ..downloads import attachment
from ..models import Attachment
from . import dispatch, excel
from . import jobs as reg_jobs
from .base import Register, _scoped, registry
from .rows import rows_html


def _reg(slug: str) -> Register:
    try:
        return registry[slug]
    except KeyError:
        raise Http404("没有这个台账")


def _require(reg: Register, user, action: str) -> None:
    if not reg.user_can(user, action):
        raise Http404("没有这个台账")


def _object(reg: Register, user, pk, action: str = "view"):
    """The record if the user may `action` it; 404 otherwise (never confirm it exists)."""
    obj = dispatch.find(reg, user, pk, action)
    if obj is None:
        raise Http404("记录不存在或您无权访问")
    return obj


MAX_PAGES = 200  # deepest page of a list (10,000 rows at 50 a page)
MAX_OPTIONS = 50  # a filter with more choices than this is searched (autocomplete), not listed


def relation_options(field, user, *, limit: int = MAX_OPTIONS, term: str = "", pk: str = "") -> list[tuple[str, str]]:
    """(pk, name) choices of a related-record filter within the user's scope: one query (the names often read a
    related row, e.g. an agency is named by its unit, so those rows are joined), narrowed by a search term."""
    related = field.related_model
    rqs = related.objects.visible_to(user) if _scoped(related) else related.objects.all()
    joined = [r.name for r in related._meta.fields if r.many_to_one and r.related_model is not related]
    rqs = rqs.select_related(*joined)
    if pk:
        rqs = rqs.filter(pk=pk)
    if term:
        reg = next((r for r in registry.values() if r.model is related and r.search_fields), None)
        names = reg.search_fields if reg else [f.name for f in related._meta.fields
                                                if isinstance(f, models.CharField) and not f.choices]
        cond = Q()
        for name in names:
            cond |= Q(**{f"{name}__icontains": term})
        rqs = rqs.filter(cond)
    return [(str(o.pk), getattr(o, "indented_name", str(o))) for o in rqs[:limit]]


@login_required
def options_view(request, slug, name):
    """The choices of a long filter matching what the user typed (HTMX: <option> elements)."""
    reg = _reg(slug)
    _require(reg, request.user, "view")
    if name not in [*reg.filters, *reg.fields] or not reg.field(name).many_to_one:
        raise Http404("没有该筛选项")
    term = (request.GET.get("term") or "").replace("\x00", "").strip()[:50]
    options = relation_options(reg.field(name), request.user, term=term) if term else []
    blank = "请选择" if request.GET.get("form") else f"{reg.verbose(name)}（全部）"
    return render(request, "registers/_options.html", {"options": options, "blank": blank, "term": term})


def filter_queryset(reg: Register, user, params) -> tuple[models.QuerySet, list[dict], str]:
    """Apply search, filters and sorting from GET params; returns (queryset, filter widgets, sort)."""
    qs = reg.queryset(user)
    params = {k: (params.get(k) or "").replace("\x00", "") for k in params}  # PostgreSQL rejects NUL bytes
    q = params.get("q", "").strip()
    if q and reg.search_fields:
        cond = Q()
        for f in reg.search_fields:
            cond |= Q(**{f"{f}__icontains": q})
        qs = qs.filter(cond)
    widgets = []
    for name in reg.filters:
        f = reg.field(name)
        value = params.get(name, "")
        remote = False
        if f.choices:
            options = [(str(c), str(label)) for c, label in f.choices]
        elif isinstance(f, models.BooleanField):
            options = [("1", "是"), ("0", "否")]
        elif f.is_relation:
            options = relation_options(f, user, limit=MAX_OPTIONS + 1)
            if len(options) > MAX_OPTIONS:  # a province's agencies: searched by name, never one long <select>
                remote = True
                options = relation_options(f, user, pk=value) if value.isdigit() and len(value) < 19 else []
        else:
            continue
        if value:
            if isinstance(f, models.BooleanField):
                qs = qs.filter(**{name: value == "1"})
            elif f.is_relation and name == reg.org_field:
                unit = next((o for o in options if o[0] == value), None)
                if unit is not None:  # a unit filter covers its subtree
                    from ..models import OrgUnit

                    path = OrgUnit.objects.filter(pk=value).values_list("path", flat=True).first() or "-"
                    qs = qs.filter(**{f"{name}__path__startswith": path})
            elif f.is_relation:
                qs = qs.filter(**{f"{name}_id": value}) if value.isdigit() else qs.none()
            else:
                qs = qs.filter(**{name: value})
        widgets.append({"name": name, "label": reg.verbose(name), "options": options, "value": value,
                        "remote": remote})
    sort = params.get("sort", "")
    if sort.lstrip("-") in reg.sortable:
        qs = qs.order_by(sort, "-pk")
    else:
        sort = ""
        qs = qs.order_by(*reg.ordering)
    return qs, widgets, sort


DEFERRED_FROM = 500  # rows skipped from which a page is found by ids first


def _page_rows(qs, start: int, size: int) -> list:
    """The rows of one page. Deep in a list the skipped rows are walked for their ids only (a "deferred join"):
    the related records a row shows are read for the page's rows, not for the thousands before them."""
    if start < DEFERRED_FROM:
        return list(qs[start : start + size])
    ids = list(qs.values_list("pk", flat=True)[start : start + size])
    found = qs.order_by().filter(pk__in=ids).in_bulk()
    return [found[pk] for pk in ids if pk in found]


@login_required
def list_view(request, slug):
    reg = _reg(slug)
    _require(reg, request.user, "view")
    qs, widgets, sort = filter_queryset(reg, request.user, request.GET)
    try:
        page = max(int(request.GET.get("page", 1)), 1)
    except ValueError:
        page = 1
    # An offset bound: the first MAX_PAGES pages read at most that many index entries; beyond, one filters.
    too_deep = page > MAX_PAGES
    page = min(page, MAX_PAGES)
    start = (page - 1) * reg.page_size
    rows = _page_rows(qs, start, reg.page_size + 1)  # one extra row tells whether there is a next page
    has_next = len(rows) > reg.page_size and page < MAX_PAGES
    rows = rows[: reg.page_size]
    today = dt.date.today()
    table = []
    for obj in rows:
        unmask = reg.may_unmask(request.user, obj) if reg.masked else True
        table.append({
            "obj": obj,
            "cells": [reg.display(obj, c, request.user, unmask) for c in reg.list_columns],
            "deadlines": reg.deadline_rows(obj, today),
            "indent": reg.indent(obj),
        })
    params = request.GET.copy()
    params.pop("page", None)

    def page_url(n):
        return "?" + urlencode({**params.dict(), "page": n})

    context = {
        "reg": reg, "rows": rows_html(reg, table, len(reg.list_columns)), "widgets": widgets,
        "q": request.GET.get("q", ""), "sort": sort,
        "columns": [(c, reg.verbose(c), c in reg.sortable) for c in reg.list_columns],
        "page": page, "has_next": has_next, "prev_url": page_url(page - 1) if page > 1 else None,
        "next_url": page_url(page + 1) if has_next else None, "query": params.urlencode(),
        "can_add": reg.user_can(request.user, "add"), "list_links": reg.list_links(request.user), "too_deep": too_deep or (page == MAX_PAGES and len(rows) == reg.page_size),
        "max_pages": MAX_PAGES,
    }
    template = "registers/_table.html" if request.htmx else "registers/list.html"
    return render(request, template, context)


@login_required
def detail_view(request, slug, pk):
    reg = _reg(slug)
    obj = _object(reg, request.user, pk)
    unmask = reg.may_unmask(request.user, obj)
    context = {
        "reg": reg, "obj": obj, "sections": reg.sections(obj, request.user, unmask),
        "warnings": reg.warnings(obj), "deadlines": reg.deadline_rows(obj),
        "attachments": att.attachments_of(obj), "stages": reg.attachment_stages, "links": reg.links(obj),
        "timeline": audit.timeline(obj, mask=None if unmask else reg.maskers()),
        "can_change": scoping.can(request.user, "change", obj),
        "actions": reg.actions_for(request.user, obj),
        "children": [{**t, "can_add": bool(t["register"]) and t["register"].user_can(request.user, "add")}
                     for t in reg.child_tables(obj)],
        "can_delete": reg.deletable(obj) and scoping.can(request.user, "delete", obj),
    }
    return render(request, "registers/detail.html", context)


def _form_view(request, reg: Register, instance=None):
    action = "change" if instance is not None else "add"
    if request.method == "POST":
        outcome = dispatch.save(reg, request.user, request.POST, instance=instance, files=request.FILES or None)
        if outcome.ok:
            messages.success(request, f"已保存：{outcome.obj}")
            return redirect(reg.url("detail", outcome.obj.pk))
        form = outcome.form
    else:
        form = reg.make_form(request.user, instance=instance)
        if instance is None:  # "新增" from a parent record or a unit's page: its fields prefilled (still validated)
            for name, value in request.GET.items():
                if name in form.fields and value.isdigit() and len(value) < 19:
                    form.initial[name] = value
    search_long_choices(reg, form)
    return render(request, "registers/form.html", {"reg": reg, "form": form, "obj": instance, "action": action})


def search_long_choices(reg: Register, form) -> None:
    """A choice of a related record among more than MAX_OPTIONS (a province's cases, agencies) is searched by name
    (the filter's HTMX endpoint), never rendered as one long <select>: only the current value is listed."""
    for name, field in form.fields.items():
        if type(field) is not forms.ModelChoiceField:
            continue
        if len(field.queryset.values_list("pk", flat=True)[:MAX_OPTIONS + 1]) <= MAX_OPTIONS:
            continue
        value = form[name].value()
        value = str(getattr(value, "pk", value) or "")
        field.queryset = field.queryset.filter(pk=value) if value.isdigit() and len(value) < 19 else \
            field.queryset.none()
        field.remote_url = f"{reg.url()}options/{name}/?form=1"


@login_required
def create_view(request, slug):
    reg = _reg(slug)
    _require(reg, request.user, "add")
    return _form_view(request, reg)


@login_required
def edit_view(request, slug, pk):
    reg = _reg(slug)
    obj = _object(reg, request.user, pk, "change")
    return _form_view(request, reg, obj)


@login_required
@require_POST
def delete_view(request, slug, pk):
    reg = _reg(slug)
    obj = _object(reg, request.user, pk, "delete")
    outcome = dispatch.delete(reg, request.user, obj)
    if not outcome.ok:
        messages.error(request, "；".join(m for ms in outcome.errors.values() for m in ms))
        return redirect(reg.url("detail", obj.pk))
    messages.success(request, f"已删除：{obj}")
    return redirect(reg.url("list"))


@login_required
def export_view(request, slug):
    """Up to EXPORT_INLINE_ROWS rows: the file at once; more: a job with progress and a download when done."""
    reg = _reg(slug)
    _require(reg, request.user, "view")
    qs, _, _ = filter_queryset(reg, request.user, request.GET)
    if qs[: reg_jobs.EXPORT_INLINE_ROWS + 1].count() > reg_jobs.EXPORT_INLINE_ROWS:
        job = jobs.start("register-export", request.user, f"导出{reg.label}", slug=slug,
                         query=request.GET.urlencode())
        return redirect("job-detail", pk=job.pk)
    data = excel.export_workbook(reg, request.user, qs)
    response = HttpResponse(data, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(reg_jobs.export_filename(reg))}"
    return response


@login_required
def import_template_view(request, slug):
    reg = _reg(slug)
    _require(reg, request.user, "add")
    response = HttpResponse(excel.template_workbook(reg),
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    attachment(response, f"{reg.label}导入模板.xlsx")
    return response


@login_required
def import_view(request, slug):
    """The file is checked at once (type, size); its rows are checked and written by a job, all or nothing."""
    reg = _reg(slug)
    _require(reg, request.user, "add")
    if not reg.import_enabled:
        raise Http404("该台账不支持导入")
    errors = []
    if request.method == "POST":
        upload = request.FILES.get("file")
        errors = excel.check_upload(upload)
        if not errors:
            path = default_storage.save(f"jobs/in/{uuid.uuid4().hex}.xlsx", upload)
            job = jobs.start("register-import", request.user, f"导入{reg.label}：{upload.name}"[:200], slug=slug,
                             path=path, name=upload.name[:200], update=request.POST.get("mode") == "update")
            return redirect("job-detail", pk=job.pk)
    return render(request, "registers/import.html", {"reg": reg, "errors": errors})


@login_required
@require_POST
def attachment_upload_view(request, slug, pk):
    reg = _reg(slug)
    obj = _object(reg, request.user, pk, "change")
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, "请选择要上传的文件。")
    else:
        try:
            att.attach(obj, upload, request.user, request.POST.get("description", ""),
                       request.POST.get("stage", ""), reg.attachment_stages)
            messages.success(request, f"已上传附件：{upload.name}")
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
    return redirect(reg.url("detail", obj.pk))


@login_required
def attachment_download_view(request, slug, pk, att_id):
    reg = _reg(slug)
    obj = _object(reg, request.user, pk)
    try:
        a = att.attachments_of(obj).get(pk=att_id)
    except (Attachment.DoesNotExist, ValueError):
        raise Http404("附件不存在")
    return FileResponse(a.file.open("rb"), as_attachment=True, filename=a.original_name)


def style_form(form) -> None:
    for field in form.fields.values():
        w = field.widget
        if w.__class__.__name__ == "DateInput":
            w.input_type = "date"
            w.format = "%Y-%m-%d"
        css = {"CheckboxInput": "form-check-input", "Select": "form-select"}.get(w.__class__.__name__, "form-control")
        w.attrs.setdefault("class", css)


@login_required
def action_view(request, slug, pk, name):
    """GET: the step's form; POST: take the step through the dispatcher (rules, write, domain event)."""
    reg = _reg(slug)
    obj = _object(reg, request.user, pk)
    spec = reg.action(name)
    if spec is None or spec not in reg.actions_for(request.user, obj):
        raise Http404("该操作不存在或当前不可用")
    if request.method == "POST":
        outcome = dispatch.act(reg, request.user, obj, name, request.POST, request.FILES or None)
        if outcome.ok:
            messages.success(request, f"已办理：{spec.label}")
            return redirect(reg.url("detail", obj.pk))
        form = outcome.form
    else:
        form = reg.form_for(spec, obj)(label_suffix="")
    style_form(form)
    return render(request, "registers/action.html", {"reg": reg, "obj": obj, "spec": spec, "form": form})
