"""Paragraphs of the annual report that areas contribute (DESIGN §6): each area writes its facts in its own
`report.py`, bound to its indicator keys; the report app assembles them under the headings below.

The headings are the report's outline — the main tasks of the 《法治政府建设实施纲要（2021—2025年）》 that county
reports follow — so they live here; what is said under them belongs to the areas.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field


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
    """What a part is written from: the reporting unit, the year's period, its figures (and last year's, for the
    comparison), and how the text names the unit's territory (全县, 全镇, 本单位)."""

    unit: object
    period: object
    figs: dict
    place: str
    previous: dict = field(default_factory=dict)


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


CLAIMS: dict[str, str] = {}  # key prefix → the heading whose paragraph lists its remaining figures


def figures_under(heading: str, *prefixes: str) -> None:
    """An area's keys whose figures the report lists under `heading` (by default: the first heading whose parts
    already cite a key of the prefix)."""
    for prefix in prefixes:
        CLAIMS[prefix] = heading


def _written(draft: Draft) -> dict[str, list[str]]:
    """{heading key or "duty": the texts of its parts}, in the outline's order."""
    ordered = sorted(PARTS, key=lambda p: p[1])
    return {h: [t for key, _, func in ordered if key == h for t in _texts(func(draft))]
            for h in [*(h.key for h in HEADINGS), "duty"]}


def _owners(written: dict[str, list[str]]) -> dict[str, str]:
    owners = dict(CLAIMS)
    for heading, texts in written.items():
        for key in PLACEHOLDER.findall("".join(texts)):
            owners.setdefault(key.split(".")[0], heading)
    return owners


def _more(draft: Draft, written: dict[str, list[str]]) -> dict[str, str]:
    """{heading: the sentence of the figures of its areas that no part cited (every key with data)}."""
    used = {key for texts in written.values() for key in PLACEHOLDER.findall("".join(texts))}
    owners = _owners(written)
    return {heading: more_figures(draft, [key for key, fig in draft.figs.items()
                                          if owners.get(key.split(".")[0]) == heading and key not in used
                                          and fig.value not in (None, 0)])
            for heading in written}


def measures(draft: Draft) -> list[tuple[str, str]]:
    """(heading, paragraph) for every heading some area has facts for, in the outline's order."""
    written = _written(draft)
    more = _more(draft, written)
    out = []
    for heading in HEADINGS:
        texts = written[heading.key]
        if not texts and not more[heading.key]:
            continue
        text = (heading.lead + heading.joiner.join(texts) + heading.end) if texts else ""
        if more[heading.key]:  # its own sentence after the parts
            text = (text.rstrip("；，") + ("" if text.endswith("。") or not text else "。")) + more[heading.key]
        out.append((heading.title, text if text.endswith("。") else text + "。"))
    return out


def duty(draft: Draft) -> str:
    written = _written(draft)
    lines = [*written["duty"], _more(draft, written)["duty"]]
    return "\n".join([DUTY_LEAD, *(line if line.endswith("。") else line + "。" for line in lines if line)])


def prose(label: str) -> str:
    """A catalogue label as prose: "行政执法案卷评查(轮次)" → "行政执法案卷评查"."""
    return re.sub(r"[(（][^()（）]*[)）]", "", label).strip() or label


STEADY = "，与上年持平"


def _change(fig, prev) -> str:
    """Last year's comparison where it means something: a count or amount against a non-zero base (同比增长/下降
    x%), a rate in percentage points."""
    if prev is None or prev.value in (None, 0) or fig.value is None:
        return ""
    now, before = float(fig.value), float(prev.value)
    if fig.kind == "rate":
        diff = round(now - before, 1)
        return STEADY if diff == 0 else f"，比上年{'提高' if diff > 0 else '下降'}{abs(diff):g}个百分点"
    pct = round((now - before) / before * 100, 1)
    return STEADY if pct == 0 else f"，同比{'增长' if pct > 0 else '下降'}{abs(pct):g}%"


def more_figures(draft: Draft, keys: list[str]) -> str:
    """The figures no part cited, each as its label, the bound value and its unit, with last year's comparison:
    "此外，行政执法检查1200次，同比增长8.1%；……"; those unchanged are named together once ("法治文化阵地15处，
    普法作品10个，均与上年持平") rather than each with the same words."""
    clauses, steady = [], []
    for key in keys:
        fig = draft.figs[key]
        unit = "" if fig.kind == "rate" else fig.unit_label
        change = _change(fig, draft.previous.get(key))
        named = f"{prose(fig.label)}{k(key)}{unit}"
        if change == STEADY:
            steady.append(named)
        else:
            clauses.append(named + change)
    if steady:
        clauses.append("，".join(steady) + ("，均与上年持平" if len(steady) > 1 else STEADY))  # labels hold 、
    return ("此外，" + "；".join(clauses) + "。") if clauses else ""


# -- helpers the parts share ----------------------------------------------------------------------------------------
def has(figs, *keys) -> bool:
    """Whether any of `keys` has a figure other than nothing or zero."""
    return any(figs[k].value not in (None, 0) for k in keys if k in figs)


def full(figs, key) -> bool:
    return figs[key].value is not None and float(figs[key].value) >= 100


PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+(?:\.[a-z_]+)+)\s*\}\}")


def k(key: str) -> str:
    """A figure bound to its key: the report shows the live value and links it to its records."""
    return "{{ " + key + " }}"
