"""Queries of the workbench that read every register: the open deadlines a user can see."""

from __future__ import annotations

import datetime as dt

from .. import deadlines
from .base import registry


def my_deadlines(user, today: dt.date | None = None, limit: int = 50) -> list[dict]:
    """Open deadlines the user can see that are overdue or due soon: one query per tracked deadline."""
    today = today or dt.date.today()
    horizon = deadlines.due_soon_horizon(today)
    items = []
    for reg in registry.values():
        if not reg.deadlines or not reg.user_can(user, "view"):
            continue
        for spec in reg.deadlines:
            if spec.is_minimum:  # an earliest end, not a due date: it is never overdue
                continue
            spec_horizon = today + dt.timedelta(days=spec.soon_days) if spec.soon_days else horizon
            qs = reg.queryset(user).filter(**{f"{spec.due_field}__isnull": False})
            if not spec.always_open:
                qs = qs.filter(**{f"{spec.due_field}__lte": spec_horizon})
            if spec.met_field:
                qs = qs.filter(**{f"{spec.met_field}__isnull": True})
            if spec.applies:
                qs = qs.filter(**spec.applies)
            for obj in qs.order_by(spec.due_field)[:limit]:
                due = getattr(obj, spec.due_field)
                state = deadlines.status(due, None, today, soon_days=spec.soon_days)
                items.append({
                    "reg": reg, "obj": obj, "title": spec.title(), "due": due, "basis": spec.legal_basis(),
                    "status": state, "status_label": deadlines.Status.LABELS[state],
                    "badge": deadlines.Status.BADGES[state], "days_left": (due - today).days,
                })
    items.sort(key=lambda i: i["due"])
    return items[:limit]
