"""The indicator engine: every key's value for a unit's subtree and a period, with its source and provenance.

Precedence for one (key, unit, period): the platform's own records (computed) when it holds any; else a figure the
unit reported and the rule-of-law office approved; else one extracted from the unit's report (intake); else missing.
Each computed indicator is one GROUP BY over all units, rolled up the tree in memory: the number of queries of a
`compute` call depends on the keys asked for, never on the number of units.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import urlencode

from django.urls import reverse

from fazhi.core.indicators import INDICATORS, Period, ratio
from fazhi.core.models import OrgUnit

from . import catalogue
from .models import DataValue

SOURCE_LABELS = {"computed": "平台计算", "reported": "填报", "extracted": "报告提取", "missing": "缺失"}


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
    """One computation session: indicator results are memoised so each GROUP BY runs at most once."""

    period: Period
    _raw: dict[str, dict[int, int]] = field(default_factory=dict)

    def raw(self, key: str) -> dict[int, int]:
        if key not in self._raw:
            self._raw[key] = INDICATORS[key].compute(self.period)
        return self._raw[key]

    def total(self, key: str, ids) -> int | Decimal | None:
        ind = INDICATORS[key]
        if ind.is_rate:
            return ratio(self.total(ind.numerator, ids), self.total(ind.denominator, ids))
        raw = self.raw(key)
        return sum(raw.get(i, 0) for i in ids)

    def has_records(self, key: str, ids) -> bool:
        ind = INDICATORS[key]
        if ind.is_rate:
            return self.has_records(ind.denominator, ids)
        raw = self.raw(key)
        return any(raw.get(i) for i in ids)


def records_link(key: str, unit: OrgUnit, period: Period) -> str:
    ind = INDICATORS.get(key)
    if ind and ind.is_rate:
        key = ind.numerator
    return reverse("indicator-records") + "?" + urlencode({"key": key, "unit": unit.pk, "period": period.code})


def subtree_ids(unit: OrgUnit) -> list[int]:
    return list(OrgUnit.objects.filter(path__startswith=unit.path).values_list("pk", flat=True))


def compute(keys, unit: OrgUnit, period: Period, engine: Engine | None = None) -> dict[str, Figure]:
    """Figures for `keys` (all catalogue keys when None) for `unit`'s subtree in `period`."""
    cat = catalogue.catalogue()
    keys = list(cat) if keys is None else list(keys)
    engine = engine or Engine(period)
    ids = subtree_ids(unit)
    stored = {}
    for dv in DataValue.objects.filter(key__in=keys, unit=unit, period_start=period.start, period_end=period.end,
                                       status=DataValue.Status.APPROVED):
        stored.setdefault(dv.key, {})[dv.source] = dv
    figures = {}
    for key in keys:
        meta = cat[key]
        figure = Figure(key, meta.label, meta.unit, meta.kind, None, "missing")
        if key in INDICATORS and engine.has_records(key, ids):
            figure.value, figure.source = engine.total(key, ids), "computed"
            figure.link = records_link(key, unit, period)
        else:
            for source in ("reported", "extracted"):
                dv = stored.get(key, {}).get(source)
                if dv:
                    figure.value, figure.source = dv.as_number, source
                    figure.link, figure.note = reverse("register-detail", args=["reported-values", dv.pk]), dv.evidence
                    break
            else:
                if key in INDICATORS:  # computed, and the platform holds no such records: a true zero
                    figure.value, figure.source = engine.total(key, ids), "computed"
                    figure.link = records_link(key, unit, period)
        figures[key] = figure
    return figures


def by_child(key: str, unit: OrgUnit, period: Period, engine: Engine | None = None) -> list[tuple[OrgUnit, object]]:
    """The value of a computed `key` for each child of `unit` (drill-down), from the same single GROUP BY."""
    engine = engine or Engine(period)
    children = list(OrgUnit.objects.filter(parent=unit).order_by("path"))
    descendants = list(OrgUnit.objects.filter(path__startswith=unit.path).values_list("pk", "path"))
    out = []
    for child in children:
        ids = [pk for pk, path in descendants if path.startswith(child.path)]
        out.append((child, engine.total(key, ids)))
    return out


def compute_all(keys, period: Period, engine: Engine | None = None) -> dict[str, dict[int, object]]:
    """Every computed key for every unit at once (each unit's whole subtree): one GROUP BY per key and one
    pass up the tree, deepest units first. Used for rankings, comparisons and the benchmark."""
    engine = engine or Engine(period)
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
