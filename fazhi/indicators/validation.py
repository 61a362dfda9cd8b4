"""Validation rules over indicator values, checked before anything is scored or reported (as DHIS2 does).

A rule says `left <= sum(right)`; a right-hand key ending in "@prev" is taken from the previous year. Every
rate must lie within 0–100, whatever its source.
"""

from __future__ import annotations

from dataclasses import dataclass

from fazhi.core.indicators import Period

from . import catalogue, engine


@dataclass(frozen=True)
class Rule:
    left: str
    right: tuple[str, ...]
    message: str


RULES = [
    Rule("reconsideration.concluded", ("reconsideration.pending@prev", "reconsideration.accepted"),
         "行政复议审结数不应超过上年末未审结数与本年受理数之和"),
    Rule("litigation.head_appearances", ("litigation.cases_heard",), "负责人出庭应诉案件数不应超过开庭审理的案件数"),
    Rule("litigation.lost", ("litigation.concluded",), "败诉案件数不应超过审结案件数"),
    Rule("enforcement.cases_simple", ("enforcement.cases",), "简易程序案件数不应超过执法案件总数"),
    Rule("enforcement.cases_ordinary", ("enforcement.cases",), "普通程序案件数不应超过执法案件总数"),
    Rule("enforcement.officers_new_certified", ("enforcement.officers_certified",), "新增持证人数不应超过持证总人数"),
    Rule("normative.filed", ("normative.issued",), "报备文件数不应超过制发文件数"),
    Rule("normative.legality_reviews", ("normative.issued", "normative.issued@prev"), "合法性审核件数明显超过制发件数"),
    Rule("decisions.legality_reviews", ("decisions.major_count", "decisions.major_count@prev"),
         "重大决策合法性审查数明显超过决策数"),
    Rule("legal_aid.concluded", ("legal_aid.cases", "legal_aid.cases@prev"),
         "法律援助结案数不应超过本年与上年受理数之和（上年受理的案件可在本年结案）"),
    Rule("advisers.contracts_reviewed", ("advisers.opinions",), "审查合同数不应超过出具法律意见总数"),
]


@dataclass
class Violation:
    message: str
    detail: str
    keys: tuple[str, ...] = ()


def check(unit, period: Period, figures: dict[str, engine.Figure] | None = None) -> list[Violation]:
    figures = figures if figures is not None else engine.compute(None, unit, period)
    previous: dict[str, engine.Figure] = {}
    prev_keys = {k[:-5] for r in RULES for k in r.right if k.endswith("@prev")}
    if prev_keys:
        previous = engine.compute(prev_keys, unit, period.previous_year())
    out = []
    for fig in figures.values():
        if fig.kind == "rate" and fig.value is not None and not 0 <= fig.value <= 100:
            out.append(Violation(f"“{fig.label}”应在0至100之间", f"当前值 {fig.value}（{fig.source_label}）",
                                 (fig.key,)))
    for rule in RULES:
        left = figures.get(rule.left)
        if left is None or left.value is None:
            continue
        parts, total = [], 0
        for key in rule.right:
            fig = previous.get(key[:-5]) if key.endswith("@prev") else figures.get(key)
            if fig is None or fig.value is None:
                break
            total += fig.value
            parts.append(f"{fig.label}{'（上年）' if key.endswith('@prev') else ''} {fig.value}")
        else:
            if left.value > total:
                out.append(Violation(rule.message, f"{left.label} {left.value} > {' + '.join(parts)}",
                                     (rule.left, *(k.removesuffix("@prev") for k in rule.right))))
    return out


def keys_used() -> set[str]:
    cat = catalogue.catalogue()
    return {k for r in RULES for k in (r.left, *[x.removesuffix("@prev") for x in r.right]) if k in cat}
