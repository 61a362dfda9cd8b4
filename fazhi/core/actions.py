"""The kernel's steps: entering a year's holiday notice, moving a stored due date when the calendar changes, and
closing a deadline that no longer stands for work. Each is declared like any area's step (core.steps)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import models

from . import holidays, jobs, steps
from .calendar import invalidate
from .events import Event
from .forms import NoticeForm, PackageUpdateForm
from .models import CalendarDay, CalendarYear, DeadlineClosure
from .roles import Role

ADMIN = {Role.ADMIN}
CALENDAR_BASIS = "《全国年节及纪念日放假办法》；国务院办公厅当年的部分节假日安排通知"


def _replace_year(year: CalendarYear, off: dict, work: dict, source: str) -> list[str]:
    """Make the year's calendar exactly the notice; the days whose status changed, for the recompute."""
    before = dict(CalendarDay.objects.filter(date__year=year.year).values_list("date", "is_workday"))
    after = {day: False for day in off} | {day: True for day in work}
    CalendarDay.objects.filter(date__year=year.year).delete()
    CalendarDay.objects.bulk_create(
        [CalendarDay(date=d, is_workday=False, name=n[:50], source=source[:100]) for d, n in sorted(off.items())]
        + [CalendarDay(date=d, is_workday=True, name=(n or "调休上班")[:50], source=source[:100])
           for d, n in sorted(work.items())])
    year.source, year.provisional = source[:100], False
    year.save()
    invalidate()
    return sorted(d.isoformat() for d in set(before) | set(after) if _status(before, d) != _status(after, d))


def _status(table: dict, day: dt.date) -> bool:
    return table.get(day, day.weekday() < 5)


def _recompute_later(changed: list[str], acting_user, label: str) -> None:
    if changed:
        jobs.start("calendar-recompute", acting_user, label, changed=changed)


@steps.step(Event.CALENDAR_NOTICE, on=CalendarYear, form=NoticeForm, name="notice", label="录入放假通知",
            basis=CALENDAR_BASIS, roles=ADMIN)
def enter_notice(year: CalendarYear, *, acting_user, notice: str, holidays: str, workdays: str = "") -> CalendarYear:
    """The State Council's notice for the year: its days off and its working weekends replace the provisional ones;
    stored due dates that depend on a changed day are recomputed in a job."""
    off = _parse(holidays, year.year, "holidays")
    work = _parse(workdays, year.year, "workdays")
    if not off:
        raise ValidationError({"holidays": "请填写放假日期。"})
    if clash := sorted(set(off) & set(work)):
        raise ValidationError({"workdays": f"{clash[0]}同时列为放假和上班。"})
    if weekdays := [d for d in work if d.weekday() < 5]:
        raise ValidationError({"workdays": f"{weekdays[0]}是工作日，调休上班只填周六、周日。"})
    changed = _replace_year(year, off, work, notice.strip())
    steps.record({"notice": notice, "days_off": len(off), "working_weekends": len(work), "changed_days": changed})
    _recompute_later(changed, acting_user, f"按{year.year}年放假通知重新计算期限")
    return year


@steps.step(Event.CALENDAR_NOTICE, on=CalendarYear, form=PackageUpdateForm, name="update-from-package",
            label="从 holidays 数据包更新", basis=CALENDAR_BASIS, roles=ADMIN, style="secondary")
def update_from_package(year: CalendarYear, *, acting_user, confirm: bool = True) -> CalendarYear:
    """The maintained `holidays` package publishes each notice in a monthly release: take the year from it."""
    official = holidays.official_days(year.year)
    if official is None:
        raise ValidationError(f"已安装的 holidays 数据包中还没有{year.year}年的正式放假安排，请手工录入通知。")
    import holidays as package

    changed = _replace_year(year, *official, f"holidays {package.__version__}（国务院办公厅通知）")
    steps.record({"source": f"holidays {package.__version__}", "changed_days": changed})
    _recompute_later(changed, acting_user, f"按{year.year}年放假安排重新计算期限")
    return year


def _parse(text: str, year: int, field: str) -> dict:
    return holidays.parse_days(text or "", year, field)


@steps.step(Event.DUE_MOVED, on=models.Model, basis=CALENDAR_BASIS)
def move_due(record, *, acting_user, due_field: str, due: dt.date, reason: str):
    """A stored due date follows the calendar: changed on the record (change log), recorded here, owners told."""
    from . import notify

    old = getattr(record, due_field)
    setattr(record, due_field, due)
    record.save(update_fields=[due_field])
    label = str(record._meta.get_field(due_field).verbose_name)
    steps.record({"field": label, "from": old, "to": due, "reason": reason})
    for owner in notify.owners_of(record):
        notify.notify(owner, "due_moved", f"期限调整：{record}", f"{label}由{old}调整为{due}（{reason}）。",
                      _url(record))
    return record


@steps.step(Event.CLOSE_DEADLINE, on=models.Model, basis="")
def close_deadline(record, *, acting_user, due_field: str, reason: str):
    """Take a deadline off the lists with a reason; the record is unchanged, the closure is in its timeline."""
    from django.contrib.contenttypes.models import ContentType

    if len(reason.strip()) < 4:
        raise ValidationError({"reason": "请写明关闭的理由（如“当事人已撤回申请，记录未及时登记”）。"})
    DeadlineClosure.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(type(record)), object_pk=record.pk, due_field=due_field,
        defaults={"reason": reason.strip()[:200], "closed_by": acting_user})
    steps.record({"field": str(record._meta.get_field(due_field).verbose_name), "due": getattr(record, due_field),
                  "reason": reason.strip()})
    return record


def _url(record) -> str:
    from .registers.base import registry

    reg = next((r for r in registry.values() if r.model is type(record)), None)
    return reg.url("detail", record.pk) if reg else ""


@steps.step(Event.PASSWORD_CHANGED, on=models.Model, basis="")
def password_changed(account, *, acting_user):
    """Recorded on the account: who changed its password and when (never the password)."""
    steps.record({"by_self": account.pk == acting_user.pk})
    return account
