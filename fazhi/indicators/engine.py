"""The indicator engine: every key's value for a unit's subtree and a period, with its source and provenance.

Precedence for one (key, unit, period): the platform's own records (computed) when it holds any; else a figure the
unit reported and the rule-of-law office approved; else one extracted from the unit's report (intake); else missing.
Computed values are read from the analytics table (`analytics`: a few queries, however many records) where the
period is materialised; otherwise each key is one GROUP BY narrowed in SQL to the unit's subtree, rolled up in
memory. The number of queries depends on the keys asked for, never on the number of units or records.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import urlencode

from django.urls import reverse

from fazhi.core.indicators import INDICATORS, Period, ratio, within
from fazhi.core.models import OrgUnit

from . import analytics, catalogue
from .models import DataValue

SOURCE_LABELS = {"computed": "平台计算", "platform": "政务服务平台导入", "reported": "填报", "extracted": "报告提取", "missing": "缺失"}


@dataclass
class Figure:
    key: str
    label: str
    unit_label: str
    kind: str
    value: int | Decimal | None
    source: str
    link: str = ""
    note: str = ""
    as_of: object = None  # when the analytics table computed it (None: computed live just now, or not computed)
    stale: bool = False  # records changed since; a refresh is on its way

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS[self.source]

    @property
    def display(self) -> str:
        if self.value is None:
            return "—"
        return f"{self.value}%" if self.kind == "rate" else f"{self.value:,}"

    def as_json(self) -> dict:
        value = self.value
        if isinstance(value, Decimal):
            value = float(value)
        return {"key": self.key, "label": self.label, "value": value, "unit": self.unit_label, "source": self.source,
                "link": self.link}


@dataclass
class Engine:
    """One computation session for a period: what the analytics table holds is read once per key set, and each
    live GROUP BY (narrowed to `root`'s subtree when given) runs at most once."""

    period: Period
    root: OrgUnit | None = None
    _raw: dict[str, dict[int, int]] = field(default_factory=dict)
    _ids: list[int] | None = None

    def raw(self, key: str) -> dict[int, int]:
        if key not in self._raw:
            with within(self.root.path if self.root else None):
                self._raw[key] = INDICATORS[key].compute(self.period)
        return self._raw[key]

    def ids(self) -> list[int]:
        if self._ids is None:
            self._ids = subtree_ids(self.root)
        return self._ids

    def total(self, key: str, ids) -> int | Decimal | None:
        ind = INDICATORS[key]
        if ind.is_rate:
            return ratio(self.total(ind.numerator, ids), self.total(ind.denominator, ids))
        raw = self.raw(key)
        return sum(raw.get(i, 0) for i in ids)


def _value(key: str, unit: OrgUnit, snap: analytics.Snapshot, live: Engine):
    """A computed key's value for `unit`'s subtree: from the table if materialised, else live."""
    ind = INDICATORS[key]
    if ind.is_rate:
        return ratio(_value(ind.numerator, unit, snap, live), _value(ind.denominator, unit, snap, live))
    if snap.has(key):
        return snap.get(key, unit.pk)
    return live.total(key, live.ids())


def _has_records(key: str, unit: OrgUnit, snap: analytics.Snapshot, live: Engine) -> bool:
    ind = INDICATORS[key]
    if ind.is_rate:
        return _has_records(ind.denominator, unit, snap, live)
    return bool(_value(key, unit, snap, live))


def records_link(key: str, unit: OrgUnit, period: Period) -> str:
    ind = INDICATORS.get(key)
    if ind and ind.is_rate:
        key = ind.numerator
    return _records_path() + "?" + urlencode({"key": key, "unit": unit.pk, "period": period.code})


@functools.cache
def _records_path() -> str:
    return reverse("indicator-records")  # a dashboard links ~200 figures: resolved once, not per figure


def subtree_ids(unit: OrgUnit) -> list[int]:
    return list(OrgUnit.objects.filter(path__startswith=unit.path).values_list("pk", flat=True))


def compute(keys, unit: OrgUnit, period: Period, engine: Engine | None = None) -> dict[str, Figure]:
    """Figures for `keys` (all catalogue keys when None) for `unit`'s subtree in `period`."""
    return compute_periods(keys, unit, [period], engine)[period]


def compute_periods(keys, unit: OrgUnit, periods, engine: Engine | None = None) -> dict[Period, dict[str, Figure]]:
    """`compute` for several periods at once: three queries for whatever the analytics table holds."""
    cat = catalogue.catalogue()
    keys = list(cat) if keys is None else list(keys)
    periods = list(dict.fromkeys(periods))
    computed = [k for k in keys if k in INDICATORS]
    snaps = analytics.read_many(analytics.base_keys(computed), periods, units=[unit.pk])
    stored: dict[tuple, dict] = {}
    for dv in DataValue.objects.filter(analytics._periods_q(periods), key__in=keys, unit=unit,
                                       status=DataValue.Status.APPROVED):
        stored.setdefault((dv.period_start, dv.period_end, dv.key), {})[dv.source] = dv
    out = {}
    for period in periods:
        snap = snaps[period]
        live = engine if engine is not None and engine.root == unit and engine.period == period \
            else Engine(period, root=unit)
        figures = {}
        for key in keys:
            figures[key] = _figure(key, cat[key], unit, period, snap, live,
                                   stored.get((period.start, period.end, key), {}))
        out[period] = figures
    return out


def _figure(key, meta, unit, period, snap, live, stored) -> Figure:
    figure = Figure(key, meta.label, meta.unit, meta.kind, None, "missing")
    if key in INDICATORS and _has_records(key, unit, snap, live):
        figure.value, figure.source = _value(key, unit, snap, live), "computed"
        figure.link = records_link(key, unit, period)
    else:
        for source in ("platform", "reported", "extracted"):
            dv = stored.get(source)
            if dv:
                figure.value, figure.source = dv.as_number, source
                figure.link, figure.note = reverse("register-detail", args=["reported-values", dv.pk]), dv.evidence
                break
        else:
            if key in INDICATORS:  # computed, and the platform holds no such records: a true zero
                figure.value, figure.source = _value(key, unit, snap, live), "computed"
                figure.link = records_link(key, unit, period)
    if figure.source == "computed":
        needed = analytics.base_keys([key])
        times = [snap.as_of[k] for k in needed if snap.has(k)]
        figure.as_of = min(times) if len(times) == len(needed) else None
        figure.stale = bool(needed & snap.stale)
    return figure


def by_child(key: str, unit: OrgUnit, period: Period, engine: Engine | None = None) -> list[tuple[OrgUnit, object]]:
    """The value of a computed `key` for each child of `unit` (drill-down): from the table, or one live GROUP BY."""
    children = list(OrgUnit.objects.filter(parent=unit).order_by("path"))
    needed = analytics.base_keys([key])
    snap = analytics.read(needed, period, units=[child.pk for child in children])  # ids, not a join the planner
    # misjudges (a nested loop over every unit's value: 8 ms at province scale instead of 0.1)
    if all(snap.has(k) for k in needed):
        live = Engine(period, root=unit)
        return [(child, _value(key, child, snap, live)) for child in children]
    engine = engine if engine is not None and engine.root == unit else Engine(period, root=unit)
    descendants = list(OrgUnit.objects.filter(path__startswith=unit.path).values_list("pk", "path"))
    out = []
    for child in children:
        ids = [pk for pk, path in descendants if path.startswith(child.path)]
        out.append((child, engine.total(key, ids)))
    return out


def compute_all(keys, period: Period) -> dict[str, dict[int, object]]:
    """Every computed key for every unit (each unit's whole subtree), from the table where it is materialised and
    live otherwise. Used for rankings and comparisons."""
    keys = [k for k in (keys if keys is not None else INDICATORS) if k in INDICATORS]
    snap = analytics.read(analytics.base_keys(keys), period)
    missing = [k for k in analytics.base_keys(keys) if not snap.has(k)]
    live = compute_live_all(missing, period) if missing else {}
    unit_ids = None

    def values(key: str) -> dict[int, object]:
        nonlocal unit_ids
        ind = INDICATORS[key]
        if ind.is_rate:
            num, den = values(ind.numerator), values(ind.denominator)
            if unit_ids is None:
                unit_ids = list(OrgUnit.objects.values_list("pk", flat=True))
            return {pk: ratio(num.get(pk, 0), den.get(pk, 0)) for pk in unit_ids}
        if key in live:
            return live[key]
        return {u: analytics.number(v) for u, v in snap.values.get(key, {}).items()}

    return {key: values(key) for key in keys}


def compute_live_all(keys, period: Period) -> dict[str, dict[int, object]]:
    """Every computed key for every unit, live: one GROUP BY per key and one pass up the tree, deepest units
    first (what the analytics refresh stores)."""
    engine = Engine(period)
    units = sorted(OrgUnit.objects.values_list("pk", "parent_id", "path"), key=lambda u: -len(u[2]))
    keys = [k for k in (keys if keys is not None else INDICATORS) if k in INDICATORS]
    totals: dict[str, dict[int, object]] = {}

    def rolled(key: str) -> dict[int, object]:
        if key not in totals:
            ind = INDICATORS[key]
            if ind.is_rate:
                num, den = rolled(ind.numerator), rolled(ind.denominator)
                totals[key] = {pk: ratio(num.get(pk, 0), den.get(pk, 0)) for pk, _, _ in units}
            else:
                acc = dict(engine.raw(key))
                for pk, parent, _ in units:
                    if parent is not None and acc.get(pk):
                        acc[parent] = acc.get(parent, 0) + acc[pk]
                totals[key] = acc
        return totals[key]

    return {key: rolled(key) for key in keys}
