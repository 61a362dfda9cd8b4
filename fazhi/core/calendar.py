"""The working-day calendar: Chinese public holidays and adjusted working weekends (调休).

The CalendarDay table holds every day whose status differs from the Monday–Friday default; it is
seeded from the `chinesecalendar` package and edited by the admin when each year's State Council
notice is published (CalendarYear records which years are complete). Past the entered years the
calendar falls back to weekends only, and says so.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import dataclass, field

_lock = threading.Lock()
_cache: CalendarData | None = None
_loaded_at = 0.0
# Other worker processes pick up an admin's edit within this many seconds.
RELOAD_SECONDS = 60


@dataclass(frozen=True)
class CalendarData:
    """An in-memory copy of the calendar table (about 40 rows a year)."""

    exceptions: dict[dt.date, tuple[bool, str]]
    years: frozenset[int]
    provisional_years: frozenset[int] = frozenset()
    version: str = ""

    def covers(self, day: dt.date) -> bool:
        return day.year in self.years

    def is_workday(self, day: dt.date) -> bool:
        if day in self.exceptions:
            return self.exceptions[day][0]
        return day.weekday() < 5

    def name(self, day: dt.date) -> str:
        return self.exceptions.get(day, (None, ""))[1]


@dataclass
class CalendarNotes:
    """What a count met on its way: skipped holidays, counted adjusted working weekends, warnings."""

    holidays_skipped: list[tuple[dt.date, str]] = field(default_factory=list)
    adjusted_workdays: list[tuple[dt.date, str]] = field(default_factory=list)
    uncovered_years: set[int] = field(default_factory=set)
    provisional_years: set[int] = field(default_factory=set)

    def see(self, cal: CalendarData, day: dt.date) -> None:
        if not cal.covers(day):
            self.uncovered_years.add(day.year)
        elif day.year in cal.provisional_years:
            self.provisional_years.add(day.year)
        if day in cal.exceptions:
            is_work, name = cal.exceptions[day]
            if is_work:
                self.adjusted_workdays.append((day, name or "调休上班"))
            elif day.weekday() < 5 or name:
                self.holidays_skipped.append((day, name or "休息"))


def load() -> CalendarData:
    """The calendar, cached per process and reloaded when the table changes (see invalidate)."""
    global _cache, _loaded_at
    with _lock:
        if _cache is None or time.monotonic() - _loaded_at > RELOAD_SECONDS:
            from .models import CalendarDay, CalendarYear

            rows = CalendarDay.objects.values_list("date", "is_workday", "name")
            years = list(CalendarYear.objects.values_list("year", "provisional", "source"))
            _cache = CalendarData(
                exceptions={d: (w, n) for d, w, n in rows},
                years=frozenset(y for y, _, _ in years),
                provisional_years=frozenset(y for y, p, _ in years if p),
                version=";".join(f"{y}:{s}" for y, _, s in years[-3:]),
            )
            _loaded_at = time.monotonic()
        return _cache


def invalidate(*args, **kwargs) -> None:
    """Drop the cached calendar (connected to every write of CalendarDay and CalendarYear)."""
    global _cache
    with _lock:
        _cache = None


def connect_signals() -> None:
    from django.db.models.signals import post_delete, post_save

    from .models import CalendarDay, CalendarYear

    for model in (CalendarDay, CalendarYear):
        post_save.connect(invalidate, sender=model, dispatch_uid=f"calendar_invalidate_save_{model.__name__}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"calendar_invalidate_del_{model.__name__}")


def is_workday(day: dt.date) -> bool:
    return load().is_workday(day)


def add_working_days(start: dt.date, n: int, notes: CalendarNotes | None = None) -> dt.date:
    """The n-th working day after `start` (the start day itself is not counted)."""
    cal = load()
    day, counted = start, 0
    while counted < n:
        day += dt.timedelta(days=1)
        if notes is not None:
            notes.see(cal, day)
        if cal.is_workday(day):
            counted += 1
    return day


def next_workday_on_or_after(day: dt.date, notes: CalendarNotes | None = None) -> dt.date:
    """`day` itself if it is a working day, else the first working day after it."""
    cal = load()
    while not cal.is_workday(day):
        if notes is not None:
            notes.see(cal, day)
        day += dt.timedelta(days=1)
    if notes is not None:
        notes.see(cal, day)
    return day


def seed_from_package() -> tuple[int, list[int]]:
    """Load holidays and adjusted working days from `chinesecalendar` into the table.

    Existing rows are kept (an admin's edit wins); returns (rows added, years covered).
    """
    import chinese_calendar
    from chinese_calendar import constants

    from .models import CalendarDay, CalendarYear

    version = getattr(chinese_calendar, "__version__", "")
    label = f"国务院办公厅放假通知（chinesecalendar {version} 数据包收录）"
    existing = set(CalendarDay.objects.values_list("date", flat=True))
    rows = []
    for day, name in constants.holidays.items():
        if day not in existing:
            rows.append(CalendarDay(date=day, is_workday=False, name=_zh(name), source=label))
    for day, name in constants.workdays.items():
        if day.weekday() >= 5 and day not in existing:
            rows.append(CalendarDay(date=day, is_workday=True, name=f"{_zh(name)}调休上班",
                                    source=label))
    CalendarDay.objects.bulk_create(rows, batch_size=500)
    years = sorted({d.year for d in constants.holidays})
    known = set(CalendarYear.objects.values_list("year", flat=True))
    CalendarYear.objects.bulk_create(
        [CalendarYear(year=y, source=label) for y in years if y not in known]
    )
    invalidate()
    return len(rows), years


_ZH_NAMES = {
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节", "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节", "National Day": "国庆节", "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


def _zh(name) -> str:
    text = getattr(name, "value", None) or str(name)
    if isinstance(text, tuple):
        text = text[0]
    for en, zh in _ZH_NAMES.items():
        if en.lower() in text.lower():
            return zh
    return text if not text.isascii() else ""
