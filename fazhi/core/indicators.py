"""The indicator contract every app's `indicators.py` follows (issue 6 builds the engine on it).

An indicator is a function `(period) -> {unit_id: value}` computed with one GROUP BY over all units;
`value(key, unit, period)` rolls the values up the unit's subtree in memory. Rates are declared as a
ratio of two count indicators and are computed as a ratio of sums (never an average of rates).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Q, QuerySet


@dataclass(frozen=True)
class Period:
    """An inclusive date range: a year, a quarter, a month or any custom range."""

    start: dt.date
    end: dt.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    def contains(self, field: str) -> Q:
        return Q(**{f"{field}__gte": self.start, f"{field}__lte": self.end})


@dataclass(frozen=True)
class Indicator:
    key: str
    compute: Callable[[Period], dict[int, int]] | None = None
    numerator: str = ""
    denominator: str = ""
    source: str = ""  # the register whose filtered list shows the records counted

    @property
    def is_rate(self) -> bool:
        return bool(self.numerator)


INDICATORS: dict[str, Indicator] = {}


def indicator(key: str, source: str = ""):
    """Decorator: register a count indicator."""

    def wrap(func: Callable[[Period], dict[int, int]]):
        INDICATORS[key] = Indicator(key, compute=func, source=source)
        return func

    return wrap


def rate(key: str, numerator: str, denominator: str) -> None:
    INDICATORS[key] = Indicator(key, numerator=numerator, denominator=denominator)


def count_by_unit(queryset: QuerySet, unit_field: str) -> dict[int, int]:
    """One GROUP BY: {unit_id: number of rows}."""
    rows = queryset.order_by().values(unit_field).annotate(n=Count("pk")).values_list(unit_field, "n")
    return {unit_id: n for unit_id, n in rows}


def subtree_total(by_unit: dict[int, int], unit) -> int:
    """Sum of the per-unit values over `unit`'s subtree (one query for the subtree's ids)."""
    from .models import OrgUnit

    if not by_unit:
        return 0
    ids = OrgUnit.objects.filter(path__startswith=unit.path).values_list("pk", flat=True)
    return sum(by_unit.get(i, 0) for i in ids)


def value(key: str, unit, period: Period) -> int | Decimal | None:
    """The value of `key` for `unit`'s subtree in `period`; rates in percent with one decimal."""
    ind = INDICATORS[key]
    if not ind.is_rate:
        return subtree_total(ind.compute(period), unit)
    num = value(ind.numerator, unit, period)
    den = value(ind.denominator, unit, period)
    if not den:
        return None
    return (Decimal(num) * 100 / Decimal(den)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
