"""Paragraphs of the annual report that areas contribute (DESIGN §6): each area writes its facts in its own
`report.py`, bound to its indicator keys; the report app assembles them under the headings below.

The headings are the report's outline — the main tasks of the 《法治政府建设实施纲要（2021—2025年）》 that county
reports follow — so they live here; what is said under them belongs to the areas.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Heading:
    """A heading of the measures section: its parts are joined after `lead` and closed with `end`."""

    key: str
    title: str
    lead: str = ""
    joiner: str = "；"
    end: str = "。"


HEADINGS = [
    Heading("functions", "依法全面履行政府职能", lead="深化“放管服”改革，", joiner="，"),
    Heading("rules", "完善依法行政制度体系", lead="严格落实行政规范性文件统一登记、统一编号、统一印发制度。", end=""),
    Heading("decisions", "推进行政决策科学化民主化法治化"),
    Heading("enforcement", "严格规范公正文明执法", lead="全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度。", end=""),
    Heading("oversight", "强化对行政权力的制约和监督"),
    Heading("openness", "全面推进政务公开"),
    Heading("disputes", "依法有效化解社会矛盾纠纷", lead="坚持和发展新时代“枫桥经验”，全年", joiner="，"),
    Heading("publicity", "深入开展法治宣传教育"),
]
DUTY_LEAD = ("党政主要负责人认真履行推进法治建设第一责任人职责，把法治政府建设摆在工作全局的重要位置，"
             "与经济社会发展同部署、同推进、同督促、同考核。")

@dataclass(frozen=True)
class Draft:
    """What a part is written from: the reporting unit, the year's period, its figures, and how the text names the
    unit's territory (全县, 全镇, 本单位)."""

    unit: object
    period: object
    figs: dict
    place: str


Part = Callable[[Draft], "str | list[str] | None"]
PARTS: list[tuple[str, int, Part]] = []


def part(heading: str, order: int = 100):
    """Declare `func(draft)` as an area's part of the report under `heading` (a measures heading, or "duty")."""
    if heading != "duty" and heading not in {h.key for h in HEADINGS}:
        raise ValueError(f"unknown report heading {heading}")

    def declare(func: Part) -> Part:
        PARTS.append((heading, order, func))
        return func

    return declare


def _texts(value) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else [v for v in value if v]


def measures(draft: Draft) -> list[tuple[str, str]]:
    """(heading, paragraph) for every heading some area has facts for, in the outline's order."""
    out = []
    for heading in HEADINGS:
        texts = [t for h, _, func in sorted(PARTS, key=lambda p: p[1]) if h == heading.key
                 for t in _texts(func(draft))]
        if texts:
            text = heading.lead + heading.joiner.join(texts) + heading.end
            out.append((heading.title, text if text.endswith("。") else text + "。"))
    return out


def duty(draft: Draft) -> str:
    lines = [DUTY_LEAD]
    for _, _, func in sorted((p for p in PARTS if p[0] == "duty"), key=lambda p: p[1]):
        lines.extend(_texts(func(draft)))
    return "\n".join(lines)


# -- helpers the parts share ----------------------------------------------------------------------------------------
def has(figs, *keys) -> bool:
    """Whether any of `keys` has a figure other than nothing or zero."""
    return any(figs[k].value not in (None, 0) for k in keys if k in figs)


def full(figs, key) -> bool:
    return figs[key].value is not None and float(figs[key].value) >= 100


def k(key: str) -> str:
    """A figure bound to its key: the report shows the live value and links it to its records."""
    return "{{ " + key + " }}"
