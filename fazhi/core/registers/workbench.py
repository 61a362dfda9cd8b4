"""Queries that read every register: the open deadlines a user can see (workbench, "my deadlines", digests)."""

from __future__ import annotations

import datetime as dt

from django.contrib.contenttypes.models import ContentType
from django.db.models import DateField, Q

from .. import deadlines
from ..models import DeadlineClosure, OrgUnit
from .base import registry
from .union import compiled, run_union, scope_key


def deadline_hits(user, today: dt.date | None = None, *, until: dt.date | None = None, due_from: dt.date | None = None,
                  slugs: set[str] | None = None, unit: OrgUnit | None = None, limit: int = 500,
                  soon_only: bool = False) -> tuple[list, list]:
    """(parts, [(part, pk, due)]) of every open deadline of the registers the user may see: one query for all
    tracked deadlines (each deadline's first `limit` rows by due date, as a UNION ALL).
    `soon_only` keeps what the workbench shows (overdue, due soon, or always-open ones); closed ones never appear."""
    today = today or dt.date.today()
    horizon = deadlines.due_soon_horizon(today)

    def build():
        for reg in registry.values():
            if not reg.deadlines or not reg.user_can(user, "view") or (slugs and reg.slug not in slugs):
                continue
            content_type = ContentType.objects.get_for_model(reg.model)
            for index, spec in enumerate(reg.deadlines):
                if spec.is_minimum:  # an earliest end, not a due date: it is never overdue
                    continue
                qs = reg.queryset(user).filter(**{f"{spec.due_field}__isnull": False})
                if soon_only and not spec.always_open:
                    spec_horizon = today + dt.timedelta(days=spec.soon_days) if spec.soon_days else horizon
                    qs = qs.filter(**{f"{spec.due_field}__lte": spec_horizon})
                if until:
                    qs = qs.filter(**{f"{spec.due_field}__lte": until})
                if due_from:
                    qs = qs.filter(**{f"{spec.due_field}__gte": due_from})
                if spec.met_field:
                    qs = qs.filter(**{f"{spec.met_field}__isnull": True})
                if spec.applies:
                    qs = qs.filter(**spec.applies)
                if unit is not None and reg.org_field is not None:
                    prefix = f"{reg.org_field}__path" if reg.org_field else "path"
                    qs = qs.filter(Q(**{f"{prefix}__startswith": unit.path}))
                closed = DeadlineClosure.objects.filter(content_type=content_type, due_field=spec.due_field)
                qs = qs.exclude(pk__in=closed.values("object_pk"))
                yield (reg.slug, index), qs.order_by(spec.due_field, "pk").values_list("pk", spec.due_field)[:limit]

    key = ("deadlines", scope_key(user), today, until, due_from, tuple(sorted(slugs or ())),
           unit.pk if unit else None, limit, soon_only)
    parts = compiled(key, lambda: list(build()))
    field = DateField()
    hits = [(i, pk, due if isinstance(due, dt.date) else field.to_python(due)) for i, pk, due in run_union(parts)]
    return parts, hits


def deadline_items(parts, hits, today: dt.date, objects: dict, limit: int) -> list[dict]:
    """The deadlines of `hits` as the pages show them, records from `objects` ({slug: {pk: record}})."""
    items = []
    for i, pk, due in hits:
        slug, index = parts[i][0]
        reg = registry[slug]
        spec = reg.deadlines[index]
        obj = objects[slug].get(pk)
        if obj is None:
            continue
        state = deadlines.status(due, None, today, soon_days=spec.soon_days)
        items.append({
            "reg": reg, "obj": obj, "title": spec.title(), "due": due, "basis": spec.legal_basis(),
            "status": state, "status_label": deadlines.Status.LABELS[state], "due_field": spec.due_field,
            "badge": deadlines.Status.BADGES[state], "days_left": (due - today).days,
        })
    items.sort(key=lambda i: (i["due"], i["reg"].slug, i["obj"].pk))
    return items[:limit]


def open_deadlines(user, today: dt.date | None = None, *, until: dt.date | None = None, due_from: dt.date | None = None,
                   slugs: set[str] | None = None, unit: OrgUnit | None = None, limit: int = 500,
                   soon_only: bool = False) -> list[dict]:
    """Every open deadline of the registers the user may see, due date first: one query for all of them, then one
    per register with hits to load its records; the cost does not grow with the number of records."""
    today = today or dt.date.today()
    parts, hits = deadline_hits(user, today, until=until, due_from=due_from, slugs=slugs, unit=unit, limit=limit,
                                soon_only=soon_only)
    hits = _most_urgent(parts, hits, limit)
    return deadline_items(parts, hits, today, load_hits([(parts[i][0][0], pk) for i, pk, _ in hits]), limit)


def _most_urgent(parts, hits, limit: int) -> list:
    """The first `limit` hits in the order the pages show them: only their registers' records are loaded."""
    return sorted(hits, key=lambda h: (h[2], parts[h[0]][0][0], h[1]))[:limit]


def at_risk(user, today: dt.date | None = None, show: int = 20) -> tuple[list[dict], int, int]:
    """(the `show` most urgent deadlines overdue or due soon, how many are overdue, how many in all): counted from
    the due dates, with records loaded for the shown ones only (the dashboard's risk card)."""
    today = today or dt.date.today()
    parts, hits = deadline_hits(user, today, soon_only=True)
    states = [deadlines.status(due, None, today, soon_days=registry[parts[i][0][0]].deadlines[parts[i][0][1]].soon_days)
              for i, _pk, due in hits]
    risky = [h for h, state in zip(hits, states, strict=True) if state in ("overdue", "due_soon")]
    shown = _most_urgent(parts, risky, show)
    items = deadline_items(parts, shown, today, load_hits([(parts[i][0][0], pk) for i, pk, _ in shown]), show)
    return items, sum(1 for state in states if state == "overdue"), len(risky)


def load_hits(wanted) -> dict:
    """{slug: {pk: record}} for [(slug, pk)]: one query per register, with what the records' names read."""
    by_slug: dict[str, set] = {}
    for slug, pk in wanted:
        by_slug.setdefault(slug, set()).add(pk)
    return {slug: load_records(registry[slug], pks) for slug, pks in by_slug.items()}


def load_records(reg, pks) -> dict:
    """{pk: record} in one query, with what their names read (the register's joins and the unit)."""
    related = set(reg.select_related or ())
    if reg.org_field:
        related.add(reg.org_field)
    qs = reg.model._base_manager.filter(pk__in=pks)
    return (qs.select_related(*related) if related else qs).in_bulk()


def my_deadlines(user, today: dt.date | None = None, limit: int = 50, horizon: dt.date | None = None) -> list[dict]:
    """The workbench's short list: open deadlines that are overdue or due soon (or by `horizon`)."""
    if horizon is not None:
        return open_deadlines(user, today, until=horizon, limit=limit)
    return open_deadlines(user, today, soon_only=True, limit=limit)
