"""What a report must cover, and whether a draft covers it: the checklist of the nearest office above the unit that
has one, else the default (reports/data/checklist.tsv: the 督察工作规定's four parts and the 纲要's tasks)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DEFAULT = Path(__file__).with_name("data") / "checklist.tsv"


@dataclass(frozen=True)
class Item:
    code: str
    part: str
    title: str
    keywords: tuple[str, ...]
    keys: tuple[str, ...]
    source: str


@cache
def default_items() -> tuple[Item, ...]:
    with DEFAULT.open(encoding="utf-8") as fh:
        return tuple(_item(r) for r in csv.DictReader(fh, delimiter="\t"))


def _item(row) -> Item:
    def split(text, sep):
        return tuple(t.strip() for t in (text or "").split(sep) if t.strip())

    return Item(row["code"], row["part"], row["title"], split(row["keywords"], "、"), split(row["keys"], "|"),
                row.get("source") or "")


def items_for(unit) -> list[Item]:
    """The list of the nearest unit (the unit itself, then up the tree) that has one; else the default."""
    from .models import ChecklistItem

    ids = [int(p) for p in unit.path.strip("/").split("/") if p]
    rows = list(ChecklistItem.objects.filter(unit_id__in=ids).values("unit_id", "code", "part", "title", "keywords",
                                                                       "keys", "source"))
    for unit_id in reversed(ids):
        own = [r for r in rows if r["unit_id"] == unit_id]
        if own:
            return sorted((_item(r) for r in own), key=lambda i: [int(x) if x.isdigit() else x for x in
                                                                   i.code.split(".")])
    return list(default_items())


@dataclass
class Coverage:
    item: Item
    covered: bool
    how: str


def coverage(report, bound) -> list[Coverage]:
    """Each item with whether the draft covers it and how (a bound figure with data, or a keyword in its part)."""
    texts = {s.kind: "\n".join(p.text for p in s.paragraphs) for s in bound.sections}
    used = {k for k in bound.used_keys if bound.figures[k].value not in (None, 0)}
    out = []
    for item in items_for(report.unit):
        key = next((k for k in item.keys if k in used), None)
        word = next((w for w in item.keywords if w in texts.get(item.part, "")), None)
        how = f"引用了指标 {bound.figures[key].label}" if key else f"正文写到“{word}”" if word else "尚无内容"
        out.append(Coverage(item, bool(key or word), how))
    return out
