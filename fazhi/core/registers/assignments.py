"""A step that puts a record on someone's to-do list tells them at once: after every step, the register's to-dos
(TodoSpec) the record has newly entered are noticed to the users they address — the holders of the to-do's roles
above the record, or, for a to-do of whoever may change the record, its owners (core.notify.owners_of)."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model

from .. import scoping
from ..models import Membership
from .base import registry


def _register_of(model):
    return next((r for r in registry.values() if r.model is model), None)


def todo_labels(record) -> set[str]:
    """The to-dos of its register that `record` is on now (one indexed query per to-do)."""
    reg = _register_of(type(record))
    if reg is None or record.pk is None or not reg.todos:
        return set()
    today = dt.date.today()
    one = reg.model.objects.filter(pk=record.pk)
    return {todo.label for todo in reg.todos if one.filter(todo.condition(today)).exists()}


def notify_new_todos(record, before: set[str], acting_user) -> int:
    from .. import audit, notify

    reg = _register_of(type(record))
    if reg is None or audit.current_source() in ("import", "demo"):
        return 0  # a ledger's history arrives in bulk: its open items reach people through the daily digest
    new = todo_labels(record) - before
    sent = 0
    for todo in (t for t in reg.todos if t.label in new):
        if todo.roles:
            path = scoping.unit_path_of(record) or ""
            ids = [m.user_id for m in Membership.objects.filter(role__in=todo.roles, user__is_active=True)
                   .select_related("unit") if path.startswith(m.unit.path)]
            users = get_user_model().objects.filter(pk__in=ids)
        else:
            users = notify.owners_of(record)
        for user in users.exclude(pk=acting_user.pk):
            notify.notify(user, "assigned", f"待办：{todo.label}", f"{reg.label}：{record}", reg.url("detail", record.pk))
            sent += 1
    return sent
