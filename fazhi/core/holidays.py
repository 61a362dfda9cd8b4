"""The calendar past the last official notice.

《全国年节及纪念日放假办法》（2024年11月10日国务院第四次修订） fixes the days off before any notice is published:
第二条 — 元旦 1天（1月1日）, 春节 4天（农历除夕、正月初一至初三）, 清明节 1天（农历清明当日）, 劳动节 2天（5月1日、2日）,
端午节 1天（农历端午当日）, 中秋节 1天（农历中秋当日）, 国庆节 3天（10月1日至3日）; 第六条 — a day off that falls on a
Saturday or Sunday is made up on a working day (补假). The State Council's notice for each year (published near the
end of the year before) adds the 调休: weekends worked to join days off together.

So for a year without a notice the platform counts with the days the 办法 fixes — lunar and solar-term dates and the
补假 as computed by the maintained `holidays` package — and marks the year provisional; every due date that depends
on it says so. When the administrator enters the notice, stored due dates that depend on a changed day are
recomputed (core.recompute).
"""

from __future__ import annotations

import datetime as dt
import re

BASIS = "《全国年节及纪念日放假办法》（2024年11月10日第四次修订）第二条、第六条"
PROVISIONAL_SOURCE = "全国年节及纪念日放假办法（暂定，待国务院办公厅通知）"
HORIZON_YEARS = 5  # provisional years are kept this far ahead of today

_SWAP = re.compile(r"由 (\d{4}-\d{2}-\d{2}) 调休")


def _china(year: int):
    import holidays

    return holidays.China(years=year, language="zh_CN")


def statutory_days(year: int) -> dict[dt.date, str]:
    """Days off the 办法 fixes for `year` (第二条) and the 补假 for those falling on a weekend (第六条)."""
    return {day: name for day, name in _china(year).items() if "调休" not in name}


def official_days(year: int) -> tuple[dict[dt.date, str], dict[dt.date, str]] | None:
    """(days off, working weekends) of the State Council notice for `year` as the `holidays` package carries it, or
    None when the package has no notice for that year yet (it then lists no 调休)."""
    days = _china(year)
    off, work = {}, {}
    for day, name in days.items():
        off[day] = re.sub(r"（由 .* 调休）", "（调休）", name)
        for swapped in _SWAP.findall(name):
            work[dt.date.fromisoformat(swapped)] = "调休上班"
    if not work:
        return None
    return off, work


def seed_provisional(until_year: int | None = None) -> list[int]:
    """Give every year after the last one entered, up to `until_year` (default today + HORIZON_YEARS), the days
    the 办法 fixes, marked provisional. Years already in the calendar are left as they are."""
    from .calendar import invalidate
    from .models import CalendarDay, CalendarYear

    until_year = until_year or dt.date.today().year + HORIZON_YEARS
    known = set(CalendarYear.objects.values_list("year", flat=True))
    start = max(known) + 1 if known else dt.date.today().year
    added = []
    for year in range(start, until_year + 1):
        if year in known:
            continue
        rows = [CalendarDay(date=day, is_workday=False, name=name, source=PROVISIONAL_SOURCE)
                for day, name in sorted(statutory_days(year).items())]
        CalendarDay.objects.bulk_create(rows, ignore_conflicts=True)
        CalendarYear.objects.create(year=year, source=PROVISIONAL_SOURCE, provisional=True)
        added.append(year)
    invalidate()
    return added


def parse_days(text: str, year: int, field: str) -> dict[dt.date, str]:
    """Lines of a notice as typed by the administrator: "2027-02-05 春节", "2027-02-05至2027-02-11 春节" (or "~").
    A ValidationError names the line that cannot be read."""
    from django.core.exceptions import ValidationError

    days: dict[dt.date, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        m = re.fullmatch(r"(\d{4}-\d{1,2}-\d{1,2})(?:\s*(?:至|~|～|-{2}|—)\s*(\d{4}-\d{1,2}-\d{1,2}))?\s*(.*)", line)
        try:
            first = dt.date.fromisoformat(_pad(m[1])) if m else None
            last = dt.date.fromisoformat(_pad(m[2])) if m and m[2] else first
        except ValueError:
            first = None
        if first is None or last < first or (last - first).days > 30:
            raise ValidationError({field: f"第{number}行“{line}”无法识别：请写成“2027-02-05 春节”或“2027-02-05至2027-02-11 春节”。"})
        if first.year != year or last.year != year:
            raise ValidationError({field: f"第{number}行的日期不在{year}年。"})
        day = first
        while day <= last:
            days[day] = m[3].strip()[:50]
            day += dt.timedelta(days=1)
    return days


def _pad(text: str) -> str:
    y, mo, d = text.split("-")
    return f"{y}-{int(mo):02d}-{int(d):02d}"
