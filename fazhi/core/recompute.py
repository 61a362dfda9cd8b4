"""When the calendar changes, every stored due date that depends on a changed day is recomputed (a job).

Only open deadlines are touched (the step is not yet done), only those whose period depends on the calendar (working
days, or a last day moved off a rest day), and only records whose period can include a changed day. Each move is
the kernel step `move_due`: the change log, an event on the record, and a notice to its owners.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from . import actions
from .jobs import JobResult, job
from .registers.base import registry


def affected(changed: list[dt.date]):
    """(register, spec, queryset) of the open deadlines a change of `changed` days can move."""
    lo, hi = min(changed), max(changed)
    for reg in registry.values():
        for spec in reg.deadlines:
            if not spec.follows_calendar:
                continue
            qs = reg.model.objects.filter(**{f"{spec.due_field}__gte": lo - dt.timedelta(days=1)})
            if spec.start_field:
                qs = qs.filter(**{f"{spec.start_field}__lte": hi})
            if spec.met_field:
                qs = qs.filter(**{f"{spec.met_field}__isnull": True})
            if spec.applies:
                qs = qs.filter(**spec.applies)
            yield reg, spec, qs


@job("calendar-recompute")
def recompute(progress, user, *, changed: list[str]) -> JobResult:
    days = sorted(dt.date.fromisoformat(d) for d in changed)
    groups = list(affected(days))
    total = sum(qs.count() for _, _, qs in groups)
    done = moved = 0
    progress(0, total, "重新计算期限")
    reason = f"工作日历调整（{days[0]}至{days[-1]}间的{len(days)}天）"
    for _reg, spec, qs in groups:
        for obj in qs.iterator():
            new = spec.recomputed(obj)
            if new is not None and new != getattr(obj, spec.due_field):
                with transaction.atomic():
                    actions.move_due(obj, acting_user=user, due_field=spec.due_field, due=new, reason=reason)
                moved += 1
            done += 1
            progress(done, total, "重新计算期限")
    return JobResult(f"已检查{total}项未到期的期限，调整{moved}项。")
