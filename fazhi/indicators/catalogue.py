"""The catalogue of indicator keys: the standard keys of spec/indicator-keys.tsv (shipped as project data in
`data/`) plus the platform's own keys (numerators and extra rates), each with label, unit, kind and aggregation."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fazhi.core.indicators import KeyMeta

DATA = Path(__file__).with_name("data") / "indicator-keys.tsv"

KIND_LABELS = {"count": "计数", "rate": "比率", "amount": "金额"}
AGGREGATION_LABELS = {"sum": "下级合计", "stock": "期末存量（下级合计）", "ratio": "分子分母分别合计后相除"}


@dataclass(frozen=True)
class Key:
    key: str
    label: str
    unit: str
    kind: str
    standard: bool

    @property
    def area(self) -> str:
        return self.key.split(".")[0]

    @property
    def area_label(self) -> str:
        from fazhi.core.indicators import AREA_LABELS

        return AREA_LABELS.get(self.area, self.area)

    @property
    def aggregation(self) -> str:
        if self.kind == "rate":
            return "ratio"
        from fazhi.core.indicators import KEY_META

        return "stock" if KEY_META.get(self.key, KeyMeta()).stock else "sum"

    @property
    def computed(self) -> bool:
        from fazhi.core.indicators import INDICATORS

        return self.key in INDICATORS


@cache
def catalogue() -> dict[str, Key]:
    from fazhi.core.indicators import KEY_META

    keys: dict[str, Key] = {}
    with DATA.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            keys[row["key"]] = Key(row["key"], row["label_zh"], row["unit"], row["kind"], True)
    for key, meta in KEY_META.items():  # the platform's own keys, declared by their areas
        if key not in keys:
            if not meta.label:
                raise KeyError(f"指标“{key}”不在标准目录中，声明时须写明名称、单位和类型")
            keys[key] = Key(key, meta.label, meta.unit, meta.kind, False)
    return keys


def get(key: str) -> Key:
    try:
        return catalogue()[key]
    except KeyError:
        raise KeyError(f"未知的指标“{key}”") from None


def choices() -> list[tuple[str, str]]:
    return [(k.key, f"{k.label}（{k.key}）") for k in catalogue().values()]
