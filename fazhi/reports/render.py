"""Binding and rendering: the report's text with every {{ key }} filled from the indicator engine for the unit and
year, as paragraphs of typed runs (text / figure / missing) that the HTML, Markdown and DOCX writers lay out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from fazhi.core.indicators import Period
from fazhi.indicators import catalogue, engine, validation

from . import rules
from .models import PLACEHOLDER, AnnualReport

NUMERALS = "一二三四五六七八九十"
LEVEL2 = re.compile(r"^（[一二三四五六七八九十]+）")
LEVEL3 = re.compile(r"^\d+[.．]")
LEVEL4 = re.compile(r"^（\d+）")
MISSING = "××"


def report_value(fig: engine.Figure) -> str | None:
    """A figure as written in an official report: 27, 95%, 91.13%, 128.5万 (amounts of 10,000 yuan or more)."""
    value = fig.value
    if value is None:
        return None
    if fig.kind == "rate":
        text = f"{Decimal(str(value)).normalize():f}"
        return f"{text}%"
    if fig.kind == "amount" and value >= 10000:
        return f"{(Decimal(str(value)) / 10000).quantize(Decimal('0.01')).normalize():f}万"
    return str(int(value)) if fig.kind == "count" else f"{value}"


@dataclass
class Run:
    text: str
    key: str = ""  # a bound figure
    link: str = ""
    missing: bool = False
    invalid: bool = False


@dataclass
class Paragraph:
    level: int  # 0 body, 2 （一）, 3 1., 4 （1）; section headings (一、) are level 1
    runs: list[Run]
    lead: int = 0  # characters of the first run that form an in-line heading (（一）标题。body…)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Section:
    kind: str
    heading: str
    paragraphs: list[Paragraph]


@dataclass
class Bound:
    """A report with its figures resolved: what every writer needs."""

    report: AnnualReport
    figures: dict[str, engine.Figure]
    intro: list[Paragraph]
    sections: list[Section]
    violations: list = field(default_factory=list)

    @property
    def missing(self) -> list[engine.Figure]:
        return [self.figures[k] for k in self.used_keys if self.figures[k].value is None]

    @property
    def used_keys(self) -> list[str]:
        seen: dict[str, None] = {}
        for para in [*self.intro, *(p for s in self.sections for p in s.paragraphs)]:
            for run in para.runs:
                if run.key:
                    seen.setdefault(run.key, None)
        return list(seen)

    @property
    def unknown_keys(self) -> list[str]:
        texts = [self.report.intro, *(s.body for s in self.report.sections.all())]
        cat = catalogue.catalogue()
        return sorted({k for t in texts for k in PLACEHOLDER.findall(t) if k not in cat})


def _runs(text: str, figures, bad: set[str]) -> list[Run]:
    runs, pos = [], 0
    for m in PLACEHOLDER.finditer(text):
        if m.start() > pos:
            runs.append(Run(text[pos:m.start()]))
        key = m.group(1)
        fig = figures.get(key)
        if fig is None:
            runs.append(Run(m.group(0), missing=True))  # unknown key: left visible for the editor to fix
        else:
            value = report_value(fig)
            runs.append(Run(value if value is not None else MISSING, key=key, link=fig.link,
                            missing=value is None, invalid=key in bad))
        pos = m.end()
    if pos < len(text):
        runs.append(Run(text[pos:]))
    return runs


def paragraphs(body: str, figures, bad: set[str]) -> list[Paragraph]:
    out = []
    for line in (body or "").splitlines():
        line = line.strip()
        if not line:
            continue
        level = 2 if LEVEL2.match(line) else 3 if LEVEL3.match(line) else 4 if LEVEL4.match(line) else 0
        runs = _runs(line, figures, bad)
        lead = 0
        if level:
            first = runs[0].text if runs and not runs[0].key else ""
            stop = first.find("。")
            lead = stop + 1 if 0 <= stop < len(line) - 1 else len(first)
        out.append(Paragraph(level, runs, lead))
    return out


def bind(report: AnnualReport) -> Bound:
    """Resolve every bound figure with one engine call for the report's unit and year."""
    sections = report.ordered_sections()
    texts = [report.intro, *(s.body for s in sections)]
    cat = catalogue.catalogue()
    keys = {k for t in texts for k in PLACEHOLDER.findall(t) if k in cat}
    period = Period.year(report.year)
    figures = engine.compute(keys | validation.keys_used(), report.unit, period) if keys else {}
    violations = [v for v in validation.check(report.unit, period, figures) if set(v.keys) & keys] if keys else []
    bad = {k for v in violations for k in v.keys}
    out_sections = []
    for i, s in enumerate(sections):
        heading = f"{NUMERALS[i]}、{s.heading() if s.kind != 'other' else rules.SECTION_TITLES['other']}"
        out_sections.append(Section(s.kind, heading, paragraphs(s.body, figures, bad)))
    return Bound(report, figures, paragraphs(report.intro, figures, bad), out_sections, violations)


def to_markdown(bound: Bound) -> str:
    r = bound.report
    lines = [f"# {r.title}", ""]
    if r.doc_number:
        lines += [r.doc_number, ""]
    lines += [f"{r.addressee}：", ""]
    lines += [p.text for p in bound.intro]
    for s in bound.sections:
        lines += ["", f"## {s.heading}", ""]
        lines += [p.text for p in s.paragraphs]
    lines += ["", r.issuer, chinese_date(r.signed_on) if r.signed_on else "", ""]
    if r.status == AnnualReport.Status.PUBLISHED:
        lines.append("（此件公开发布）")
    return "\n".join(lines).rstrip() + "\n"


def chinese_date(d) -> str:
    """Dates in Arabic numerals as GB/T 9704 asks: 2026年3月26日 (no leading zeros)."""
    return f"{d.year}年{d.month}月{d.day}日"


def figure_table(bound: Bound) -> list[tuple[str, str, str, str]]:
    """The appendix: every bound figure with its value, unit and source."""
    rows = []
    for key in bound.used_keys:
        fig = bound.figures[key]
        rows.append((fig.label, report_value(fig) or "缺失", fig.unit_label, f"{fig.source_label}（{key}）"))
    return rows
