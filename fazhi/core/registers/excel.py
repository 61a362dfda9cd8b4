"""Excel export and all-or-nothing import for registers (openpyxl)."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ... import safezip
from .. import audit
from ..models import unique_checked_later
from ..steps import ManyErrors


@dataclass
class ImportError_:
    row: int
    column: str
    message: str


def _no_progress(done: int, total: int | None = None, stage: str = "") -> None:
    return None


EXPORT_ONLY = ("export-only",)  # a column of the export that the import reads past (status, step dates, due dates)
RECORD_ID = ("record-id",)
ID_HEADER = "平台编号"  # the export's first column: how a re-imported row finds its record ("更新" mode)


def export_columns(reg) -> list[str]:
    """What the detail page shows, registration fields first, then the record's deadlines."""
    fields = reg.shown_fields
    deadlines = list(dict.fromkeys(spec.title() for spec in reg.deadlines))
    return fields + [f"期限：{title}" for title in deadlines]


def export_workbook(reg, user, queryset, progress=_no_progress) -> bytes:
    """The unit's ledger: every column of the detail page, with each deadline's due date and status; masked fields
    masked for roles that don't need them; Chinese headers, a frozen header row and widths that fit."""
    total = queryset.count()
    progress(0, total, "导出")
    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = reg.label[:31]
    columns = export_columns(reg)
    fields = [c for c in columns if not c.startswith("期限：")]
    deadline_titles = [c.removeprefix("期限：") for c in columns if c.startswith("期限：")]
    headers = [ID_HEADER] + [reg.verbose(c) for c in fields] + [f"{t}（期限）" for t in deadline_titles]
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [max(8, len(h) * 2) for h in headers]
    today = dt.date.today()
    for done, obj in enumerate(_with_related(queryset, fields).iterator(chunk_size=2000), 1):
        unmask = reg.may_unmask(user, obj) if reg.masked else True
        row = [obj.pk] + [reg.display(obj, c, user, unmask) for c in fields]
        due = {d["title"]: f"{d['due']:%Y-%m-%d}（{d['status_label']}）" for d in reg.deadline_rows(obj, today)}
        row += [due.get(t, "") for t in deadline_titles]
        ws.append(row)
        if done <= 200:  # widths from the first rows: enough to fit, cheap on a large ledger
            widths = [max(w, min(40, len(str(v)) * 2 if v else 0)) for w, v in zip(widths, row, strict=True)]
        if done % 500 == 0:
            progress(done, total, "导出")
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = min(width, 40)
    ws.freeze_panes = "A2"
    progress(total, total, "保存文件")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _related_paths(model, depth: int, prefix: str = "") -> list[str]:
    """select_related paths of a model's foreign keys, `depth` levels down (a related record's name often reads
    its own related records: an officer is named with his agency, an agency by its unit)."""
    out = []
    for f in model._meta.concrete_fields:
        if (f.many_to_one or f.one_to_one) and f.related_model is not model:
            out.append(f"{prefix}{f.name}")
            if depth > 1:
                out += _related_paths(f.related_model, depth - 1, f"{prefix}{f.name}__")
    return out


def _with_related(queryset, fields: list[str]):
    """The export's rows with every related record its columns name read in the same queries (no query per row)."""
    from django.db.models import Prefetch

    model, joins, prefetches = queryset.model, [], []
    for name in fields:
        try:
            f = model._meta.get_field(name)
        except Exception:  # a property shown on the page, not a field
            continue
        if f.many_to_one or (f.one_to_one and f.concrete):
            joins += [name, *_related_paths(f.related_model, 2, f"{name}__")]
        elif f.many_to_many:
            prefetches.append(Prefetch(name, queryset=f.related_model._base_manager.select_related(
                *_related_paths(f.related_model, 2))))
    ours = {p.prefetch_to for p in prefetches}
    kept = [lookup for lookup in queryset._prefetch_related_lookups
            if getattr(lookup, "prefetch_to", lookup) not in ours]  # the register's own, unless replaced here
    return queryset.select_related(*dict.fromkeys(joins)).prefetch_related(None).prefetch_related(*kept, *prefetches)


def template_workbook(reg) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = reg.label[:31]
    ws.append([reg.verbose(c) for c in reg.fields] + [title for _, title, _, _ in step_columns(reg)])
    notes = []
    for c in reg.fields:
        f = reg.field(c)
        if f.choices:
            notes.append("、".join(str(label) for _, label in f.choices))
        elif isinstance(f, models.DateField):
            notes.append("日期，如 2025-03-26")
        elif f.is_relation:
            notes.append("填写名称或代码")
        elif isinstance(f, models.BooleanField):
            notes.append("是 / 否")
        else:
            notes.append("必填" if not f.blank else "")
    for spec, _title, _name, field in step_columns(reg):
        choices = [str(label) for code, label in getattr(field, "choices", []) if code]
        notes.append(f"（已{spec.label}的填写）" + ("、".join(choices) if choices else ""))
    ws.append(notes)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def step_columns(reg) -> list[tuple]:
    """(action spec, column title, form field name, form field) for every column of the register's import steps."""
    out = []
    for step in reg.import_steps:
        spec = reg.action(step.action)
        fields = spec.form_class().fields
        out.extend((spec, title, name, fields[name]) for title, name in step.columns.items())
    return out


def _cell_to_step_value(field, value):
    """A spreadsheet cell as the action form expects it (labels of choices → codes, 是/否 → booleans)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()
    for code, label in getattr(field, "choices", []):
        if code and text in (str(code), str(label)):
            return code
    if isinstance(field, forms.BooleanField):
        return {"是": "on", "否": ""}.get(text, text)
    if isinstance(field, forms.DateField):
        return _date_text(text)
    return text


DATE_TEXT = re.compile(r"(\d{4})\s*[年./\-]\s*(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*日?")


def _date_text(text: str) -> str:
    """A date a clerk typed as text (2025年3月5日, 2025.3.5, 2025/03/05) as ISO; anything else as it was, for the
    form to judge (2025-02-30 stays and is refused there)."""
    match = DATE_TEXT.fullmatch(text)
    return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}" if match else text


def _cell_to_form_value(reg, user, name: str, value, form_field, memo: dict | None = None):
    """Turn what a spreadsheet holds into what the form expects (labels → codes, names → ids); `memo` keeps the
    names already resolved in this file (a ledger names the same few agencies and officers on every row)."""
    if value is None:
        return ""
    f = reg.field(name)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if f.choices:
        for code, label in f.choices:
            if text in (str(code), str(label)):
                return code
        return text
    if isinstance(f, models.BooleanField):
        return {"是": "on", "否": "", "true": "on", "false": "", "1": "on", "0": ""}.get(text.lower(), text)
    if isinstance(f, models.DateField) and not isinstance(f, models.DateTimeField):
        return _date_text(text)
    if f.many_to_many and hasattr(form_field, "queryset"):
        ids = []
        for part in [p.strip() for p in text.replace("，", "、").replace(",", "、").split("、") if p.strip()]:
            pk = _resolve(form_field.queryset, part, memo)
            if pk is None:
                return "__unresolved__:" + part
            ids.append(pk)
        return ids
    if f.is_relation and hasattr(form_field, "queryset"):
        pk = _resolve(form_field.queryset, text, memo)
        return pk if pk is not None else "__unresolved__:" + text
    return text


def _text(value) -> str:
    """A cell or a displayed value as the text a clerk sees."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _resolve(qs, text: str, memo: dict | None = None):
    """A related record named in a cell: by its import lookups (default name), division code or id; once per
    distinct name in a file when `memo` is given."""
    if memo is not None:
        key = (qs.model, text)
        if key not in memo:
            memo[key] = _resolve(qs, text)
        return memo[key]
    names = {f.name for f in qs.model._meta.get_fields()}
    lookups = [{f: text} for f in getattr(qs.model, "import_lookups", ["name"]) if f.split("__")[0] in names]
    if hasattr(qs.model, "division_code"):
        lookups.append({"division_code": text})
    if text.isdigit():
        lookups.append({"pk": int(text)})
    for lookup in lookups:
        match = list(qs.filter(**lookup)[:2])
        if len(match) == 1:
            return match[0].pk
    # as the platform names it (an export shows "宋华（县住房和城乡建设局）"): among a bounded number of candidates
    candidates = list(qs[:STR_MATCH_LIMIT + 1])
    if len(candidates) <= STR_MATCH_LIMIT:
        match = [o.pk for o in candidates if str(o) == text]
        if len(match) == 1:
            return match[0]
    return None


STR_MATCH_LIMIT = 3000  # related records matched by their displayed name only when there are at most this many


def check_upload(upload) -> list[ImportError_]:
    """What can be said of an uploaded ledger before reading it: present, .xlsx, not too large, a zip container."""
    if upload is None:
        return [ImportError_(0, "", "请选择要导入的 Excel 文件。")]
    if not upload.name.lower().endswith(".xlsx"):
        return [ImportError_(0, "", "只支持 .xlsx 格式的 Excel 文件（可先下载导入模板）。")]
    if upload.size > settings.FAZHI["IMPORT_MAX_BYTES"]:
        return [ImportError_(0, "", "文件过大，导入文件不能超过10 MB。")]
    head = upload.read(4)
    upload.seek(0)
    if head != b"PK\x03\x04":
        return [ImportError_(0, "", "文件不是有效的 Excel（.xlsx）文件。")]
    return []


def read_rows(upload) -> tuple[int, Iterator[tuple]]:
    """The first sheet of a ledger: (rows below the header, an iterator of rows from row 1, blank cells None).

    Read with calamine (Rust; python-calamine) rather than openpyxl: a 100,000-row ledger parses in about two
    seconds instead of twenty. The sheet is held in Rust's compact cells, bounded by the upload limit and by
    `safezip.check` (run first), and turned into Python one row at a time."""
    from python_calamine import CalamineWorkbook

    upload.seek(0)
    sheet = CalamineWorkbook.from_filelike(upload).get_sheet_by_index(0)
    last = sheet.end[0] if sheet.end else 0  # 0-based index of the last row that has a cell
    return last, (tuple(None if v == "" else v for v in row) for row in sheet.iter_rows())


def import_workbook(reg, user, upload, progress=_no_progress, *, update: bool = False,
                    stats: dict | None = None) -> tuple[int, list[ImportError_]]:
    """Validate every row; write all of them or none. Returns (rows written, errors).

    "新增" (default): every row is a new record; a row that is an existing record (its 平台编号 from an export, or
    its natural key) is an error naming that record. "更新" (`update`): such a row updates that record through the
    register's own edit path (steps, audit); a row that changes nothing is left alone, so a register's export
    imported back changes nothing. `stats` receives the numbers created, updated and unchanged.
    `progress(done, total, stage)` hears how far the check and the write have come (a job shows it)."""
    errors = check_upload(upload)
    if errors:
        return 0, errors
    try:
        safezip.check(upload, name="Excel文件")
    except safezip.ZipLimitError as exc:
        return 0, [ImportError_(0, "", str(exc))]
    try:
        expected, rows = read_rows(upload)
    except Exception:
        return 0, [ImportError_(0, "", "无法读取该 Excel 文件，请确认文件未损坏。")]
    scan_limit = 2 * settings.FAZHI["IMPORT_MAX_ROWS"]  # rows read at all, blank ones included
    if expected > scan_limit:
        return 0, [ImportError_(0, "", f"表格有{expected}行，超过一次导入的上限（{settings.FAZHI['IMPORT_MAX_ROWS']}行）；"
                                     "请删除空行或分批导入。")]
    progress(0, expected, "校验")
    header = next(rows, None)
    if not header:
        return 0, [ImportError_(1, "", "表格为空：第1行应为列标题。")]
    by_label = {reg.verbose(c): c for c in reg.fields} | {c: c for c in reg.fields} | dict(reg.import_aliases)
    steps = step_columns(reg)
    by_label |= {title: ("step", i) for i, (_, title, _, _) in enumerate(steps)}
    by_label[ID_HEADER] = RECORD_ID
    editable = reg.queryset(user, "change") if reg.user_can(user, "change") else reg.model.objects.none()
    # the export's own columns that registration does not take: read past, so a ledger exported here comes back
    for column in export_columns(reg):
        if column not in reg.fields:
            title = f"{column.removeprefix('期限：')}（期限）" if column.startswith("期限：") else reg.verbose(column)
            by_label.setdefault(title, EXPORT_ONLY)
    columns = [by_label.get(str(h).strip()) if h is not None else None for h in header]
    errors: list[ImportError_] = []
    unknown = [str(h) for h, c in zip(header, columns, strict=True) if h is not None and c is None]
    if unknown:
        errors.append(ImportError_(1, "、".join(unknown), "无法识别的列标题（请使用导入模板的列名）。"))
    missing = [reg.verbose(c) for c in reg.fields if c not in columns and not reg.field(c).blank
               and not reg.field(c).has_default()]
    if missing:
        errors.append(ImportError_(1, "、".join(missing), "缺少必填列。"))
    if errors:
        return 0, errors
    forms_ = []
    bulk_rows: list[tuple[int, tuple, dict]] = []  # new rows written by the register's bulk step, packed
    scoped: dict = {}  # the user's scoped choices, built once for every row's form
    held: dict = {}  # the one form that validates every new row of a bulk import
    template_form = reg.make_form(user, memo=scoped)
    seen_keys: dict[tuple, int] = {}
    resolved: dict = {}  # (model, name in the cell) → id, for this file
    lookups: dict = {}  # (field, chosen ids) → the records, for this file
    max_rows = settings.FAZHI["IMPORT_MAX_ROWS"]
    for index, row in enumerate(rows, start=2):
        if index - 1 > scan_limit:
            errors.append(ImportError_(index, "", f"表格行数超过上限（含空行{scan_limit}行），请删除空行或分批导入。"))
            break
        if index % 200 == 0:
            progress(index - 1, max(expected, index - 1), "校验")
        if row is None or all(v is None or str(v).strip() == "" for v in row):
            continue
        if len(forms_) >= max_rows:
            errors.append(ImportError_(index, "", f"一次最多导入{max_rows}行。"))
            break
        data = {}
        unresolved = []
        step_data: dict = {}
        existing = None
        record_id = next((v for c, v in zip(columns, row, strict=False) if c == RECORD_ID), None)
        if record_id not in (None, ""):
            text = str(int(record_id) if isinstance(record_id, float) else record_id).strip()
            existing = editable.filter(pk=text).first() if text.isdigit() and len(text) < 19 else None
            if existing is None:
                errors.append(ImportError_(index, ID_HEADER, f"平台编号“{text}”的记录不存在，或您无权修改；"
                                                             "新增记录请清空该列。"))
                continue
            if not update:
                errors.append(ImportError_(index, ID_HEADER, f"该行是平台已有的记录“{existing}”（平台编号{existing.pk}）；"
                                                             "如需用表格修改，请选择“更新已有记录”方式导入。"))
                continue
        if existing is not None:  # what the export showed of this record: a cell left as it was keeps the value
            unmask = reg.may_unmask(user, existing) if reg.masked else True
            shown = {c: _text(reg.display(existing, c, user, unmask)) for c in columns if c in reg.fields}
        for col, value in zip(columns, row, strict=False):
            if col is None or col == EXPORT_ONLY or col == RECORD_ID:
                continue
            if existing is not None and not isinstance(col, tuple) and _text(value) == shown.get(col):
                continue
            if isinstance(col, tuple):
                spec, _title, name, field = steps[col[1]]
                step_data.setdefault(spec, {})[name] = _cell_to_step_value(field, value)
                continue
            v = _cell_to_form_value(reg, user, col, value, template_form.fields[col], resolved)
            if isinstance(v, str) and v.startswith("__unresolved__:"):
                unresolved.append((col, v.split(":", 1)[1]))
                v = ""
            data[col] = v
        if existing is None and update:  # no 平台编号: an existing record with the same natural key is updated
            probe = reg.make_form(user, data=data, memo=scoped)
            probe.is_valid()
            existing = reg.existing_with_key(reg.key_of(getattr(probe, "cleaned_data", {})))
            if existing is not None and not editable.filter(pk=existing.pk).exists():
                errors.append(ImportError_(index, "", f"已有记录“{existing}”与该行相同，但您无权修改它。"))
                continue
        if existing is not None:
            data = _merged(reg, user, existing, data)
        history = existing is None and any(v not in ("", None) for values in step_data.values()
                                           for v in values.values())
        in_bulk = reg.writes_in_bulk and existing is None and not history
        row_errors = len(errors)
        if in_bulk:  # the bulk step checks uniqueness for a chunk at once (core.steps.unique_clashes)
            form = _reused_form(reg, user, data, scoped, lookups, held)
            with unique_checked_later():
                form.is_valid()
        else:
            form = reg.make_form(user, data=data, instance=existing, memo=scoped)
            _share_lookups(form, lookups)
            form.is_valid()
        form.row_index = index
        form.existing = existing
        key = reg.key_of(getattr(form, "cleaned_data", {}))
        if key is not None:
            if key in seen_keys:
                errors.append(ImportError_(index, reg.verbose(reg.natural_key[-1]),
                                           f"与第{seen_keys[key]}行重复（{'、'.join(map(reg.verbose, reg.natural_key))}相同）。"))
            seen_keys.setdefault(key, index)
        for col, text in unresolved:
            errors.append(ImportError_(index, reg.verbose(col), f"找不到“{text}”，或您无权使用该单位/记录。"))
        for field, messages in form.errors.items():
            if any(field == col for col, _ in unresolved):
                continue
            label = reg.verbose(field) if field != "__all__" else ""
            for m in messages:
                errors.append(ImportError_(index, label, m))
        form.steps = []
        for spec, values in step_data.items() if existing is None else ():  # history of new records only
            if not any(v not in ("", None) for v in values.values()):
                continue
            step_form = spec.form_class(data=values)
            if step_form.is_valid():
                form.steps.append((spec, step_form.cleaned_data))
            titles = {name: title for s_, title, name, _ in steps if s_ is spec}
            for field, messages in step_form.errors.items():
                errors.extend(ImportError_(index, titles.get(field, spec.label), m) for m in messages)
        if in_bulk:
            if len(errors) == row_errors and form.is_valid():  # only what the write needs is kept, not the form
                m2m = {f.name: list(form.cleaned_data.get(f.name) or []) for f in reg.model._meta.many_to_many
                       if f.name in form.cleaned_data}
                bulk_rows.append((index, _packed(form.instance, held), m2m))
            continue
        forms_.append(form)
    if not forms_ and not bulk_rows and not errors:
        errors.append(ImportError_(2, "", "表格中没有数据行。"))
    if errors:
        return 0, errors
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    total = len(bulk_rows) + len(forms_)
    progress(0, total, "写入")
    try:
        with transaction.atomic(), audit.source("import"), audit.acting(user):
            for start in range(0, len(bulk_rows), BULK_CHUNK):
                chunk = bulk_rows[start:start + BULK_CHUNK]
                try:
                    reg.write_many(user, [(_unpacked(reg.model, packed), m2m) for _, packed, m2m in chunk])
                except ManyErrors as exc:
                    for position, error in sorted(exc.errors.items()):
                        errors.extend(_step_errors(reg, chunk[position][0], error))
                counts["created"] += len(chunk)
                progress(start + len(chunk), total, "写入")
            for written, form in enumerate(forms_, len(bulk_rows) + 1):
                if written % 200 == 0:
                    progress(written, total, "写入")
                if form.existing is not None and not form.has_changed():
                    counts["unchanged"] += 1
                    continue
                counts["updated" if form.existing is not None else "created"] += 1
                try:
                    obj = reg.write(user, form)
                    for spec, cleaned in form.steps:  # history recorded through the same action functions
                        spec.perform(user, obj, **cleaned)
                except ValidationError as exc:  # a rule checked by the action function
                    errors.extend(_step_errors(reg, form.row_index, exc))
            if errors:
                raise _Rollback
    except _Rollback:
        return 0, errors
    if stats is not None:
        stats.update(counts)
    return counts["created"] + counts["updated"], []


BULK_CHUNK = 2000  # rows per bulk write: bounded statements, few round trips


def _reused_form(reg, user, data: dict, scoped: dict, lookups: dict, held: dict):
    """One form for every new row of a bulk import: Django copies every field when a form is made (half a
    millisecond a row, a minute for a large ledger); validating the next row needs only its data and a new record,
    since the rows keep only the records the form builds, never the form."""
    form = held.get("form")
    if form is None:
        form = held["form"] = reg.make_form(user, data=data, memo=scoped)
        _share_lookups(form, lookups)
        _quick_fields(form)
        form.validate_unique = lambda: None
    else:
        form.data, form.instance, form._errors = data, reg.model(), None
    return form


def _packed(instance: models.Model, held: dict) -> tuple[dict, tuple]:
    """A validated new record as the import keeps it until the write: only the attributes a new record does not
    have anyway, and the related records it was given (shared by every row naming them). A ledger's 100,000 rows
    then hold about a tenth of the memory of 100,000 model instances."""
    blank = held.get("blank")
    if blank is None:
        blank = held["blank"] = {k: v for k, v in type(instance)().__dict__.items() if k != "_state"}
    values = {k: v for k, v in instance.__dict__.items()
              if k != "_state" and not (k in blank and type(v) is type(blank[k]) and v == blank[k])}
    return values, tuple(instance._state.fields_cache.items())


def _unpacked(model: type[models.Model], packed: tuple[dict, tuple]) -> models.Model:
    """The record `_packed` kept, built again: a new instance (fresh defaults) with the row's attributes over it."""
    values, related = packed
    instance = model()
    instance.__dict__.update(values)
    instance._state.fields_cache.update(related)
    return instance


def _quick_fields(form) -> None:
    """The checks of the one import form that every row repeats, made cheap without changing what they accept: a
    date written as ISO (2025-03-26, the template's format) read without trying each input format in turn, and a
    choice looked up in a set rather than by walking the list of choices."""
    for field in form.fields.values():
        if isinstance(field, forms.DateField) and not isinstance(field, forms.DateTimeField):
            field.to_python = _iso_first(field.to_python)
        elif type(field) in (forms.ChoiceField, forms.TypedChoiceField):
            allowed = set()
            for key, label in field.choices:
                if isinstance(label, list | tuple):  # a group of choices
                    allowed.update(str(k) for k, _ in label)
                else:
                    allowed.add(str(key))
            field.valid_value = lambda value, _allowed=frozenset(allowed): str(value) in _allowed


def _iso_first(to_python):
    def parse(value):
        if isinstance(value, str) and len(value) == 10 and value[4] == "-":
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        return to_python(value)
    return parse


def _step_errors(reg, row: int, exc: ValidationError) -> list[ImportError_]:
    """A rule a step checked, as errors of the row's columns."""
    from .base import error_dict

    out = []
    for field, messages in error_dict(exc).items():
        label = reg.verbose(field) if field in reg.fields else ""
        out.extend(ImportError_(row, label, m) for m in messages)
    return out


def _share_lookups(form, memo: dict) -> None:
    """A ledger picks the same few agencies on every row: each single-choice field of the row's form looks a value
    up once per file (its queryset is the user's scope, the same for every row)."""
    action = "change" if form.instance.pk else "add"  # the choices are scoped per action
    for name, field in form.fields.items():
        if isinstance(field, forms.ModelMultipleChoiceField):
            check = field._check_values

            def cached_many(value, _check=check, _name=name):
                key = (_name, action, tuple(sorted(map(str, value))))
                if key not in memo:
                    memo[key] = list(_check(value))
                return memo[key]

            field._check_values = cached_many
        elif isinstance(field, forms.ModelChoiceField):
            convert = field.to_python

            def cached_one(value, _convert=convert, _name=name):
                key = (_name, action, str(value))
                if key not in memo:
                    memo[key] = _convert(value)
                return memo[key]

            field.to_python = cached_one


def _merged(reg, user, existing, data: dict) -> dict:
    """An existing record's form data with the row's cells over it: a column the file leaves out keeps the stored
    value, and so does a masked field the user sees masked (the export showed "1101**********1234", not the value)."""
    form = reg.make_form(user, instance=existing)
    base = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if isinstance(value, list | tuple):
            value = [getattr(v, "pk", v) for v in value]
        elif isinstance(field, forms.BooleanField):
            value = "on" if value else ""
        elif value is None:
            value = ""
        base[name] = value
    masked = set(reg.masked) if reg.masked and not reg.may_unmask(user, existing) else set()
    return base | {k: v for k, v in data.items() if k not in masked}


class _Rollback(Exception):
    """Undo every row of an import when any row fails."""
