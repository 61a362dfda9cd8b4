"""The indicator contract every app's `indicators.py` follows; the engine is `fazhi.indicators`.

A count indicator is declared by the queryset of the records it counts and the path from them to their
org unit: `@indicator(key, source_register, unit_field=...)` over `(period) -> QuerySet`. It is computed with
one GROUP BY over all units, and the same queryset is its provenance (the list of records behind a figure).
Other aggregations (sums, distinct counts) return `{unit_id: value}` themselves and name their records with
`records=`. Rates are a ratio of two indicators, computed as a ratio of sums (never an average of rates).

Every aggregation goes through `group_by_unit`, which narrows to the subtree being computed (`within(unit)`) in SQL
before grouping: a county's live figures cost what its own rows cost, not the province's.
"""

from __future__ import annotations

import calendar
import contextlib
import contextvars
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Q, QuerySet, Sum


@dataclass(frozen=True)
class Period:
    """An inclusive date range: a year, a quarter, a month or any custom range."""

    start: dt.date
    end: dt.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def quarter(cls, year: int, q: int) -> Period:
        first = 3 * (q - 1) + 1
        return cls(dt.date(year, first, 1), dt.date(year, first + 2, calendar.monthrange(year, first + 2)[1]))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))

    @classmethod
    def parse(cls, text: str) -> Period:
        """"2025", "2025Q3", "2025-07" or "2025-01-01..2025-06-30"; ValueError with a Chinese message otherwise."""
        text = text.strip()
        try:
            if m := re.fullmatch(r"(\d{4})", text):
                return cls.year(int(m[1]))
            if m := re.fullmatch(r"(\d{4})[Qq]([1-4])", text):
                return cls.quarter(int(m[1]), int(m[2]))
            if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
                return cls.month(int(m[1]), int(m[2]))
            if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", text):
                start, end = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
                if end >= start:
                    return cls(start, end)
        except ValueError:
            pass
        raise ValueError(f"无法识别的统计期间“{text}”：请写成 2025、2025Q3、2025-07 或 2025-01-01..2025-06-30。")

    @property
    def label(self) -> str:
        if self.start.month == 1 and self.start.day == 1 and self.end == dt.date(self.start.year, 12, 31):
            return f"{self.start.year}年"
        return f"{self.start:%Y-%m-%d}至{self.end:%Y-%m-%d}"

    @property
    def code(self) -> str:
        if self == Period.year(self.start.year):
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    def previous_year(self) -> Period:
        return Period(self.start.replace(year=self.start.year - 1), self.end.replace(year=self.end.year - 1))

    def contains(self, field: str) -> Q:
        return Q(**{f"{field}__gte": self.start, f"{field}__lte": self.end})


@dataclass(frozen=True)
class Indicator:
    key: str
    compute: Callable[[Period], dict[int, int]] | None = None
    numerator: str = ""
    denominator: str = ""
    source: str = ""  # the slug of the register whose records are counted
    unit_field: str = ""  # path from those records to their OrgUnit
    records: Callable[[Period], QuerySet] | None = None  # the records behind the figure (provenance)

    @property
    def is_rate(self) -> bool:
        return bool(self.numerator)


INDICATORS: dict[str, Indicator] = {}


def indicator(key: str, source: str = "", unit_field: str = "", records: Callable[[Period], QuerySet] | None = None):
    """Decorator. With `unit_field` and no `records`, the function returns the queryset of records and is counted
    per unit; with `records`, the function computes `{unit_id: value}` itself and `records` names what it counts."""

    def wrap(func: Callable):
        if unit_field and records is None:
            def compute(period: Period, _func=func) -> dict[int, int]:
                return count_by_unit(_func(period), unit_field)
            INDICATORS[key] = Indicator(key, compute=compute, source=source, unit_field=unit_field, records=func)
        else:
            INDICATORS[key] = Indicator(key, compute=func, source=source, unit_field=unit_field, records=records)
        return func

    return wrap


def rate(key: str, numerator: str, denominator: str) -> None:
    INDICATORS[key] = Indicator(key, numerator=numerator, denominator=denominator)


_WITHIN: contextvars.ContextVar[str | None] = contextvars.ContextVar("fazhi_indicator_within", default=None)


@contextlib.contextmanager
def within(path: str | None):
    """Compute only the subtree under the unit with this tree path (None: every unit)."""
    token = _WITHIN.set(path)
    try:
        yield
    finally:
        _WITHIN.reset(token)


_ONLY: contextvars.ContextVar[frozenset[int] | None] = contextvars.ContextVar("fazhi_indicator_only", default=None)


@contextlib.contextmanager
def only_units(ids):
    """Compute the records of these units themselves (not their subtrees): an incremental refresh."""
    token = _ONLY.set(frozenset(ids))
    try:
        yield
    finally:
        _ONLY.reset(token)


def scoped(queryset: QuerySet, unit_field: str) -> QuerySet:
    """`queryset` narrowed in SQL to the subtree (or the units) being computed, if any."""
    path, ids = _WITHIN.get(), _ONLY.get()
    if ids is not None:
        return queryset.filter(**{"pk__in" if unit_field == "pk" else f"{unit_field}__in": list(ids)})
    if path is None:
        return queryset
    lookup = "path__startswith" if unit_field == "pk" else f"{unit_field}__path__startswith"
    return queryset.filter(**{lookup: path})


def group_by_unit(queryset: QuerySet, unit_field: str, aggregate) -> dict[int, int]:
    """One GROUP BY over the records of the subtree being computed: {unit_id: aggregate}."""
    rows = (scoped(queryset, unit_field).order_by().values(unit_field).annotate(n=aggregate)
            .values_list(unit_field, "n"))
    return {unit_id: n or 0 for unit_id, n in rows}


def count_by_unit(queryset: QuerySet, unit_field: str) -> dict[int, int]:
    """{unit_id: number of rows}."""
    return group_by_unit(queryset, unit_field, Count("*"))


def existing_on(start: str, end: str, day: dt.date) -> Q:
    """Rows in existence on `day` (for stocks): started by then and not ended by then (`end` null or later)."""
    return Q(**{f"{start}__lte": day}) & (Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gt": day}))


def sum_by_unit(queryset: QuerySet, unit_field: str, field: str) -> dict[int, int]:
    """{unit_id: sum of `field`} (e.g. persons served, recorded per row)."""
    return group_by_unit(queryset, unit_field, Sum(field))


def subtree_total(by_unit: dict[int, int], unit) -> int:
    """Sum of the per-unit values over `unit`'s subtree (one query for the subtree's ids)."""
    from .models import OrgUnit

    if not by_unit:
        return 0
    ids = OrgUnit.objects.filter(path__startswith=unit.path).values_list("pk", flat=True)
    return sum(by_unit.get(i, 0) for i in ids)


def ratio(num, den) -> Decimal | None:
    """A rate in percent with one decimal, or None when there is nothing to divide by."""
    if not den:
        return None
    return (Decimal(num) * 100 / Decimal(den)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def value(key: str, unit, period: Period) -> int | Decimal | None:
    """The computed value of `key` for `unit`'s subtree in `period`; rates in percent with one decimal."""
    ind = INDICATORS[key]
    if not ind.is_rate:
        return subtree_total(ind.compute(period), unit)
    return ratio(value(ind.numerator, unit, period), value(ind.denominator, unit, period))


# -- key metadata each area declares beside its indicators ------------------------------------------------------------
@dataclass(frozen=True)
class KeyMeta:
    """What an area says about one of its keys: label/unit/kind for its own (non-standard) keys, whether it is a
    stock (a value at the period's end, not a flow over it), and where the dashboard shows it."""

    label: str = ""
    unit: str = ""
    kind: str = ""
    stock: bool = False
    dashboard: frozenset[str] = frozenset()  # "card", "trend", "breakdown"
    order: int = 100  # position on the dashboard


KEY_META: dict[str, KeyMeta] = {}
AREA_LABELS: dict[str, str] = {}


def declare_area(prefix: str, label: str) -> None:
    """The Chinese name of a key prefix ("mediation" → "人民调解"), used to group figures."""
    AREA_LABELS[prefix] = label


def declare(key: str, label: str = "", unit: str = "", kind: str = "", *, stock: bool = False,
            dashboard: tuple[str, ...] = (), order: int = 100) -> None:
    """Metadata of `key`; a key outside the standard catalogue needs label, unit and kind. Never rename a key."""
    if key in KEY_META:
        raise ValueError(f"duplicate key metadata {key}")
    KEY_META[key] = KeyMeta(label, unit, kind, stock, frozenset(dashboard), order)


def dashboard_keys(place: str) -> list[str]:
    """The keys declared for a dashboard place, in their declared order."""
    return sorted((k for k, m in KEY_META.items() if place in m.dashboard), key=lambda k: (KEY_META[k].order, k))
