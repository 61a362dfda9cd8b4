"""Small helpers the action functions use to refuse a step with a clear Chinese message."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError


def require_status(obj, allowed, step: str) -> None:
    """Refuse `step` unless the record is in one of the `allowed` statuses."""
    if obj.status not in allowed:
        labels = "、".join(str(type(obj).Status(s).label) for s in allowed)
        raise ValidationError(f"当前状态为“{obj.get_status_display()}”，不能{step}（仅在“{labels}”时可以办理）。")


def check_date(value: dt.date | None, field: str, label: str, *, not_before=(), not_after=(),
               allow_future: bool = False, today: dt.date | None = None) -> None:
    """Dates in order: `not_before` / `not_after` are (date, label) pairs; no future date unless allowed."""
    if value is None:
        raise ValidationError({field: f"请填写{label}。"})
    today = today or dt.date.today()
    if not allow_future and value > today:
        raise ValidationError({field: f"{label}（{value}）不能晚于今天。"})
    for other, other_label in not_before:
        if other and value < other:
            raise ValidationError({field: f"{label}（{value}）不能早于{other_label}（{other}）。"})
    for other, other_label in not_after:
        if other and value > other:
            raise ValidationError({field: f"{label}（{value}）不能晚于{other_label}（{other}）。"})
