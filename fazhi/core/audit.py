"""Audit: a field-level change log for every write, and domain events for legal steps.

Who and which request are carried in context variables: the middleware sets them per request;
commands and imports use `audit_context(...)`. Signals write a ChangeLog row on every
create/update/delete of an audited model, whatever path the write took (form, import, API, CLI).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import decimal
import uuid
from collections.abc import Callable

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model
from django.db.models.fields.files import FieldFile
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import Signal

from . import bulk

_user = contextvars.ContextVar("audit_user", default=None)
_request = contextvars.ContextVar("audit_request", default=None)
_request_id = contextvars.ContextVar("audit_request_id", default="")
_source = contextvars.ContextVar("audit_source", default="system")
_actor = contextvars.ContextVar("audit_actor", default=None)  # the explicit acting_user of a running step

NOT_AUDITED = {"core.changelog", "core.domainevent", "core.job", "core.notification", "core.delivery"}
IGNORED_FIELDS = {"password", "last_login", "path", "depth"}
SOURCE_LABELS = {"web": "网页", "api": "接口", "import": "Excel导入", "cli": "命令行", "demo": "演示数据", "job": "后台任务",
                 "system": "系统"}


def current_user():
    actor = _actor.get()
    if actor is not None:
        return actor
    request = _request.get()
    if request is not None:
        user = getattr(request, "user", None)
        return user if user is not None and user.is_authenticated else None
    return _user.get()


def current_request_id() -> str:
    return _request_id.get()


def current_source() -> str:
    return _source.get()


@contextlib.contextmanager
def acting(user):
    """Attribute every write in the block to `user` (a step's explicit acting_user), whatever the caller."""
    token = _actor.set(user)
    try:
        yield
    finally:
        _actor.reset(token)


@contextlib.contextmanager
def audit_context(user=None, source: str = "cli", request_id: str | None = None):
    """Attribute writes inside the block to `user` (CLI, import, demo)."""
    tokens = [
        _user.set(user),
        _source.set(source),
        _request_id.set(request_id or uuid.uuid4().hex[:16]),
        _request.set(None),
    ]
    try:
        yield
    finally:
        for var, token in zip((_user, _source, _request_id, _request), tokens, strict=True):
            var.reset(token)


class AuditContextMiddleware:
    """Give every request an id (echoed in X-Request-ID) and make its user the author of its writes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = uuid.uuid4().hex[:16]
        source = "api" if request.path.startswith("/api/") else "web"
        tokens = [_request.set(request), _request_id.set(request.request_id), _source.set(source)]
        try:
            response = self.get_response(request)
        finally:
            for var, token in zip((_request, _request_id, _source), tokens, strict=True):
                var.reset(token)
        response["X-Request-ID"] = request.request_id
        return response


PLAIN = frozenset({str, int, float, bool, type(None)})  # JSON already: most field values, checked first


def _jsonable(value):
    if type(value) in PLAIN:
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, FieldFile):
        return value.name or ""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if isinstance(value, Model):
        return str(value)
    return value


def snapshot(instance: Model) -> dict:
    """The audited field values of an instance, JSON-ready (foreign keys by id)."""
    data = {}
    for field in instance._meta.concrete_fields:
        if field.name in IGNORED_FIELDS:
            continue
        data[field.attname] = _jsonable(getattr(instance, field.attname))
    return data


def is_audited(model) -> bool:
    """Every model of a Fazhi app, and user accounts; not the audit tables themselves."""
    meta = model._meta
    if meta.abstract or meta.label_lower in NOT_AUDITED or meta.app_config is None or not getattr(model, "audited", True):
        return False  # app_config is None for the historical models that migrations use
    return meta.app_config.name.startswith("fazhi.") or meta.label_lower == "auth.user"


def _log(instance: Model, action: str, changes: dict):
    from .models import ChangeLog

    return ChangeLog(
        content_type=ContentType.objects.get_for_model(type(instance)),
        object_id=str(instance.pk),
        object_repr=str(instance)[:200],
        action=action,
        changes=changes,
        user=current_user(),
        request_id=current_request_id(),
        source=_source.get(),
    )


def _write(instance: Model, action: str, changes: dict) -> None:
    _log(instance, action, changes).save()
    _version_moved()


def per_request(name: str, compute: Callable[[], object]):
    """`compute()`, remembered for the rest of the current request (computed every time outside one)."""
    request = _request.get()
    memo = getattr(request, "fazhi_memo", None) if request is not None else None
    if memo is None:
        if request is None:
            return compute()
        memo = request.fazhi_memo = {}
    if name not in memo:
        memo[name] = compute()
    return memo[name]


def data_version() -> int:
    """Where the change log stands (its newest row): every audited write moves it, so an answer computed at one
    version holds until the next write. Read once per request (again after the request itself writes)."""
    from django.db import connection

    from .models import ChangeLog

    def newest() -> int:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT MAX(id) FROM {ChangeLog._meta.db_table}")
            return cursor.fetchone()[0] or 0

    return per_request("data_version", newest)


def _version_moved() -> None:
    memo = getattr(_request.get(), "fazhi_memo", None)
    if memo is not None:
        memo.pop("data_version", None)


def created_many(instances: list[Model]) -> None:
    """What the save signals do for each record, for records written with bulk_create (which sends no signals):
    their "create" change log rows in one bulk write (core.bulk), and `record_changed` for each."""
    from .models import ChangeLog

    logs, afters = [], []
    for instance in instances:
        after = snapshot(instance)
        afters.append(after)
        logs.append(_log(instance, "create", {k: [None, v] for k, v in after.items()
                                              if v is not None and (type(v) is not str or v)}))
    bulk.insert(ChangeLog, logs)
    _version_moved()
    if instances:
        records_created.send(type(instances[0]), afters=afters)


# Sent after every audited create, update and delete with the field values before and after (None for none):
# the one place a subscriber (the analytics table's staleness) learns that a record changed, without a query.
record_changed = Signal()
# Sent once for the records of one model a bulk step created (core.steps `many`): `afters`, their field values.
records_created = Signal()


def known_before(instance: Model, stored: dict) -> None:
    """The stored field values of `instance`, read just now by the caller (a step reads them for its event): its
    next save takes them as its "before" instead of reading the row again."""
    instance.__dict__["_audit_known_before"] = stored


def _pre_save(sender, instance, raw=False, **kwargs):
    if raw or not is_audited(sender):
        return
    before = None
    known = instance.__dict__.pop("_audit_known_before", None)
    if known is not None:
        before = known
    elif instance.pk is not None:
        old = sender._base_manager.filter(pk=instance.pk).first()
        before = snapshot(old) if old is not None else None
    instance._audit_before = before


def _post_save(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw or not is_audited(sender):
        return
    before = getattr(instance, "_audit_before", None)
    after = snapshot(instance)
    if created or before is None:
        _write(instance, "create", {k: [None, v] for k, v in after.items() if v not in (None, "")})
        record_changed.send(sender, instance=instance, before=None, after=after)
    else:
        diff = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
        if diff:
            _write(instance, "update", diff)
            record_changed.send(sender, instance=instance, before=before, after=after)
    instance._audit_before = None


def _post_delete(sender, instance, **kwargs):
    if not is_audited(sender):
        return
    before = snapshot(instance)
    _write(instance, "delete", {k: [v, None] for k, v in before.items() if v not in (None, "")})
    record_changed.send(sender, instance=instance, before=before, after=None)


def connect_signals() -> None:
    pre_save.connect(_pre_save, dispatch_uid="fazhi_audit_pre_save")
    post_save.connect(_post_save, dispatch_uid="fazhi_audit_post_save")
    post_delete.connect(_post_delete, dispatch_uid="fazhi_audit_post_delete")


def write_event(instance: Model, *, event: str, label: str, detail: dict, basis: str, user, changed: list[str]):
    """Write the domain event of a legal step; only the step declaration (core.steps) calls this."""
    event = _event(instance, event=event, label=label, detail=detail, basis=basis, user=user, changed=changed)
    event.save()
    return event


def write_events(events: list[dict]) -> None:
    """The domain events of a bulk step (core.steps `many`), in one bulk write (core.bulk)."""
    from .models import DomainEvent

    bulk.insert(DomainEvent, [_event(**e) for e in events])


def _event(instance: Model, *, event: str, label: str, detail: dict, basis: str, user, changed: list[str]):
    from .models import DomainEvent

    return DomainEvent(
        content_type=ContentType.objects.get_for_model(type(instance)),
        object_id=str(instance.pk),
        event=event,
        label=label,
        detail={k: _jsonable(v) for k, v in detail.items()},
        basis=basis[:200],
        user=user,
        request_id=current_request_id(),
        source=_source.get(),
        changed=changed,
    )


def _prose(value) -> str:
    """JSON kept by a record (a rubric's veto items, a list of topics) as a clerk reads it."""
    if isinstance(value, dict):
        return "，".join(f"{k}：{_prose(v)}" for k, v in value.items() if v not in (None, "", [], {}))
    if isinstance(value, list):
        return "；".join(_prose(v) for v in value) or "（无）"
    return "是" if value is True else "否" if value is False else str(value)


def timeline(instance: Model, mask: dict | None = None) -> list[dict]:
    """Change log and domain events of one record, newest first, with field labels resolved.

    `mask` maps field names to masking functions for viewers who may not see them in clear.
    """
    mask = mask or {}

    def shown(field: str, value):
        return mask[field](str(value)) if field in mask and value not in (None, "") else value

    from .models import ChangeLog, DomainEvent

    ct = ContentType.objects.get_for_model(type(instance))
    fields = {f.attname: f for f in instance._meta.concrete_fields}
    labels = {name: str(f.verbose_name) for name, f in fields.items()}
    related_cache: dict = {}

    def readable(name: str, value):
        """Choice labels, 是/否, related records by name, lists as lines — never raw codes, ids or dicts."""
        f = fields.get(name)
        if isinstance(value, list | dict):
            return _prose(value)
        if f is None or value in (None, ""):
            return value
        if f.choices:
            return dict(f.flatchoices).get(value, value)
        if isinstance(value, bool):
            return "是" if value else "否"
        if f.is_relation and f.related_model is not None:
            key = (f.related_model, value)
            if key not in related_cache:
                related_cache[key] = f.related_model._base_manager.filter(pk=value).first() or value
            return str(related_cache[key])
        return value

    def shown_readable(name: str, value):
        return shown(name, readable(name, value))

    items = []
    for log in ChangeLog.objects.filter(content_type=ct, object_id=str(instance.pk)).select_related("user"):
        items.append({
            "at": log.at, "kind": "change", "label": log.get_action_display(), "user": log.user,
            "request_id": log.request_id, "source": SOURCE_LABELS.get(log.source, log.source),
            "changes": [(labels.get(k, k), shown_readable(k, v[0]), shown_readable(k, v[1]))
                        for k, v in log.changes.items() if k != "id"],
        })
    for ev in DomainEvent.objects.filter(content_type=ct, object_id=str(instance.pk)).select_related("user"):
        items.append({
            "at": ev.at, "kind": "event", "label": ev.label, "user": ev.user, "request_id": ev.request_id,
            "basis": ev.basis, "detail": ev.detail, "source": SOURCE_LABELS.get(ev.source, ev.source),
            "changed": [labels.get(f, f) for f in ev.changed if f != "id"],
        })
    for item in items:
        user = item["user"]
        item["who"] = (user.first_name or user.username) if user else "系统"
    items.sort(key=lambda i: i["at"], reverse=True)
    return items


@contextlib.contextmanager
def source(name: str):
    """Mark writes in the block as coming from `name` (e.g. "import"), keeping the current user."""
    token = _source.set(name)
    try:
        yield
    finally:
        _source.reset(token)
