"""The one dispatcher behind the page and the API: create, edit, delete and legal steps of any register.

Both surfaces call these functions, so they validate, scope, mask and fail the same way: an `Outcome` with the
saved record, or field errors in Chinese and the HTTP status that fits them (400 invalid, 409 conflict).
Nothing here raises for a malformed body or id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.forms.models import model_to_dict

from .. import audit
from .base import Register, error_dict

MAX_TEXT = 20_000  # no field of any register holds more; a longer value is refused, not truncated
SCALARS = (str, int, float, bool, type(None))


@dataclass
class Outcome:
    """What a write came to: the record, or errors keyed by field ("__all__" for the record as a whole)."""

    obj: models.Model | None = None
    errors: dict[str, list[str]] = field(default_factory=dict)
    status: int = 200
    form: forms.BaseForm | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def _failed(errors: dict[str, list[str]], status: int = 400, form=None) -> Outcome:
    return Outcome(errors=errors, status=status, form=form)


def clean_body(data) -> tuple[dict | None, dict[str, list[str]]]:
    """A request body as {field: value} of plain values; field errors for anything a form cannot take.

    Accepts a QueryDict (page) or parsed JSON (API). Refuses non-objects, nested objects, NUL bytes and text
    longer than any field holds, each with a Chinese message naming the field.
    """
    if not isinstance(data, Mapping):
        return None, {"__all__": ["请求体应为 JSON 对象（字段名: 值）。"]}
    clean, errors = {}, {}
    getlist = getattr(data, "getlist", None)
    for key in data:
        name = str(key)
        values = getlist(key) if getlist else data[key]
        many = isinstance(values, list)
        items = values if many else [values]
        bad = next((v for v in items if not isinstance(v, SCALARS)), None)
        if bad is not None:
            errors[name] = ["格式不正确：应为文字、数字、是/否或它们的列表。"]
            continue
        if any(isinstance(v, bool) for v in items):
            clean.setdefault("__booleans__", set()).add(name)
        items = ["true" if v is True else "" if v is False else "" if v is None else str(v) for v in items]
        if any("\x00" in v for v in items):
            errors[name] = ["不能包含空字符（\\x00）。"]
            continue
        if any(len(v) > MAX_TEXT for v in items):
            errors[name] = [f"内容过长：不能超过{MAX_TEXT}个字符。"]
            continue
        if getlist:
            clean[name] = items if len(items) > 1 else (items[0] if items else "")
        else:
            clean[name] = items if many else items[0]
    return clean, errors


class _ListData(dict):
    """A dict that answers `getlist` like a QueryDict, so multi-select widgets read lists from JSON."""

    def getlist(self, key, default=None):
        value = self.get(key, default if default is not None else [])
        return value if isinstance(value, list) else [value]


def _boolean_errors(form, body: dict) -> dict[str, list[str]]:
    """A JSON true/false is an answer only to a yes/no field; elsewhere it is refused, not read as text."""
    names = body.pop("__booleans__", set())
    return {name: ["格式不正确：该项应为文字、数字或日期，不是是/否。"] for name in sorted(names)
            if name in form.fields and not isinstance(form.fields[name], forms.BooleanField | forms.NullBooleanField)}


def _form_errors(form) -> dict[str, list[str]]:
    return {name: [str(e) for e in errs] for name, errs in form.errors.items()}


def save(reg: Register, user, data, *, instance=None, files=None, partial: bool = False) -> Outcome:
    """Create (instance None) or edit a record through the register's form and write path."""
    body, errors = clean_body(data)
    if errors:
        form = reg.make_form(user, instance=instance)
        _add_errors(form, ValidationError(errors))
        return _failed(errors, form=form)
    booleans = body.pop("__booleans__", set())
    if partial and instance is not None:
        body = {**{k: v for k, v in _as_form_data(instance, reg).items() if v is not None}, **body}
    form = reg.make_form(user, data=_ListData(body), instance=instance, files=files)
    errors = _boolean_errors(form, {"__booleans__": booleans})
    if errors:
        _add_errors(form, ValidationError(errors))
        return _failed(errors, form=form)
    if not form.is_valid():
        return _failed(_form_errors(form), form=form)
    try:
        with transaction.atomic(), audit.acting(user):
            obj = reg.write(user, form)
    except ValidationError as exc:
        _add_errors(form, exc)
        return _failed(error_dict(exc), form=form)
    except IntegrityError:
        message = "与已有记录冲突（如编号或同一单位同一期间的记录已存在），未保存。"
        form.add_error(None, message)
        return _failed({"__all__": [message]}, status=409, form=form)
    return Outcome(obj=obj, status=200 if instance is not None else 201, form=form)


def _as_form_data(instance, reg: Register) -> dict:
    data = model_to_dict(instance, fields=reg.fields)
    out = {}
    for name, value in data.items():
        if isinstance(value, list):
            out[name] = [getattr(v, "pk", v) for v in value]
        elif value is not None:
            out[name] = value.isoformat() if hasattr(value, "isoformat") else value
    return out


def delete(reg: Register, user, obj) -> Outcome:
    """Delete a record: 409 with a Chinese reason when a legal step or another record still holds it."""
    try:
        with transaction.atomic(), audit.acting(user):
            reg.delete(user, obj)
    except (models.ProtectedError, models.RestrictedError):
        return _failed({"__all__": ["该记录已被其他记录引用，不能删除。"]}, status=409)
    except ValidationError as exc:
        return _failed(error_dict(exc), status=409)
    return Outcome(obj=obj, status=204)


def act(reg: Register, user, obj, name: str, data, files=None) -> Outcome:
    """Take the legal step `name` on `obj`; 404 (None) when the user may not take it now."""
    spec = reg.action(name)
    if spec is None or spec not in reg.actions_for(user, obj):
        return _failed({"__all__": ["该操作不存在或当前不可用。"]}, status=404)
    body, errors = clean_body(data)
    body = body or {}
    booleans = body.pop("__booleans__", set())
    form = reg.form_for(spec, obj)(_ListData(body), files, label_suffix="")
    errors = errors or _boolean_errors(form, {"__booleans__": booleans})
    if errors:
        form = reg.form_for(spec, obj)(label_suffix="")
        _add_errors(form, ValidationError(errors))
        return _failed(errors, form=form)
    if not form.is_valid():
        return _failed(_form_errors(form), form=form)
    try:
        spec.perform(user, obj, **form.cleaned_data)
    except ValidationError as exc:
        _add_errors(form, exc)
        return _failed(error_dict(exc), form=form)
    except IntegrityError:
        form.add_error(None, "与已有记录冲突，未办理。")
        return _failed({"__all__": ["与已有记录冲突，未办理。"]}, status=409, form=form)
    obj.refresh_from_db()
    return Outcome(obj=obj, form=form)


def _add_errors(form, exc: ValidationError) -> None:
    form.errors  # noqa: B018 -- validates a bound form once; gives an unbound one its (empty) error list
    if not hasattr(form, "cleaned_data"):
        form.cleaned_data = {}
    for name, errors in error_dict(exc).items():
        form.add_error(name if name in form.fields else None, errors)


def find(reg: Register, user, pk, action: str = "view"):
    """The record if the user may `action` it, else None — also for an id that is not a number."""
    text = str(pk)
    if not text.isdigit() or len(text) > 18:
        return None
    return reg.queryset(user, action).filter(pk=int(text)).first()
