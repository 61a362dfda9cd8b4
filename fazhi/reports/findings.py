"""不足 and 安排 drawn from the data: candidate shortcomings of a unit's year, ranked and explained, each with its
evidence (a link to the figure's records, the overdue list, the assessment) and the plan line that answers it.

Nothing is invented: every sentence is built from a figure (bound as {{ key }} so it stays live), a count of open
records, or an assessment score. Sources, strongest first:
  1. assessment items the unit lost points on (the year's finalised assessment);
  2. indicators below their target — the assessing body's rubric target for the key (its scoring method says which
     way is better), else a statutory-period rate below 100% (a period the law sets is met or it is not);
  3. overdue deadlines still open in the unit's subtree, per register;
  4. rates that fell against last year (by at least 1 point) where the rubric says higher is better;
  5. areas with records last year and none this year.
The drafter accepts some (core of the shortcomings section), orders and rewrites them; each accepted one adds its
plan to the plans section.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlencode

from fazhi.core.indicators import AREA_LABELS, Period
from fazhi.core.report_parts import k, prose
from fazhi.indicators import engine


@dataclass(frozen=True)
class Finding:
    code: str  # stable across drafts: what the drafter accepted is remembered by it
    source: str  # 考核失分 / 低于目标 / 逾期未办结 / 同比下降 / 无记录
    area: str
    shortcoming: str  # a sentence of the shortcomings section (bound figures as {{ key }})
    plan: str  # the line of next year's plans that answers it
    evidence: str  # URL of what it is drawn from
    evidence_label: str
    weight: float  # rank: higher first

    @property
    def title(self) -> str:
        """The in-line heading of its paragraph in the shortcomings section (（一）标题。正文)."""
        area = self.area.removesuffix("工作")  # "信访工作" + "工作未达到…" would say 工作 twice
        return {"考核失分": f"{self.area}考核失分", "低于目标": f"{area}工作未达到目标要求",
                "逾期未办结": f"{self.area}存在逾期未办结事项", "同比下降": f"{area}工作指标同比下降",
                "无记录": f"{area}工作记录缺失"}.get(self.source, self.area)

    @property
    def plan_title(self) -> str:
        area = self.area.removesuffix("工作")
        return {"逾期未办结": f"抓好{self.area}期限管理", "无记录": f"加强{area}台账管理"}.get(
            self.source, f"补齐{area}工作短板")

    def as_json(self) -> dict:
        return {"code": self.code, "source": self.source, "area": self.area, "shortcoming": self.shortcoming,
                "plan": self.plan, "evidence": self.evidence, "evidence_label": self.evidence_label}


def _num(value) -> str:
    return f"{Decimal(str(value)).normalize():f}"


def _area(key: str) -> str:
    return AREA_LABELS.get(key.split(".")[0], key.split(".")[0])


def _targets(unit, year: int) -> dict[str, tuple[str, Decimal, object]]:
    """{key: (method, target, rubric item)} from the rubric that assesses `unit` for `year` (the nearest body above)."""
    from fazhi.assessment.models import Rubric, RubricItem

    ancestors = [int(p) for p in unit.path.strip("/").split("/") if p]  # root first, the unit itself last
    rubrics = {r.unit_id: r for r in Rubric.objects.filter(year=year, unit_id__in=ancestors)}
    rubric = next((rubrics[pk] for pk in reversed(ancestors) if pk in rubrics), None)
    if rubric is None:
        return {}
    items = RubricItem.objects.filter(rubric=rubric, level=3).exclude(method=RubricItem.Method.MANUAL)
    return {i.key: (i.method, i.target, i) for i in items if i.target is not None}


def _statutory_rate(key: str) -> bool:
    """A rate of acts done within a period the law sets: anything under 100% is a shortcoming."""
    return key.endswith("on_time_rate")


def _plan_for(key: str, label: str, target, unit_text: str = "%") -> str:
    """What next year's plan says to a figure short of its target, by the kind of measure."""
    label = prose(label)
    noun = label.removesuffix("率")
    if key.endswith("on_time_rate") or "期限" in label or "按期" in label or "及时" in label:
        return (f"严格落实{noun}的法定期限要求，建立到期提醒和逾期督办机制，确保{label}达到{_num(target)}%。")
    if "覆盖" in label:
        return f"扩大{noun}覆盖面，做到应纳尽纳，{label}达到{_num(target)}%。"
    if "出庭" in label:
        return f"严格落实行政机关负责人出庭应诉制度，开庭前统筹安排负责人出庭，确保{label}达到{_num(target)}%。"
    if "败诉" in label:
        return "加强行政应诉和源头治理，强化行政行为合法性审查，降低行政诉讼败诉率。"
    return f"针对{label}未达到{_num(target)}{unit_text}的问题，制定专项整改措施，明确责任单位和完成时限。"


def candidates(unit, year: int, user=None, today: dt.date | None = None, *,
               figures: tuple[dict, dict] | None = None) -> list[Finding]:
    """Every candidate shortcoming of `unit` in `year`, ranked (strongest first). `figures`: the year's and the
    previous year's figures when the caller has computed them already (the draft has)."""
    period = Period.year(year)
    figs, previous = figures or (engine.compute(None, unit, period), engine.compute(None, unit, period.previous_year()))
    targets = _targets(unit, year)
    out: list[Finding] = []
    out += _lost_points(unit, year)
    out += _below_target(unit, figs, targets, period)
    if user is not None:
        out += _overdue(unit, user, today or dt.date.today())
    out += _fell(figs, previous, targets, {f.code for f in out})
    out += _no_records(figs, previous)
    seen, unique = set(), []
    for f in sorted(out, key=lambda f: -f.weight):
        if f.code not in seen:
            seen.add(f.code)
            unique.append(f)
    return unique


def _lost_points(unit, year: int) -> list[Finding]:
    from fazhi.assessment.models import Assessment

    assessment = (Assessment.objects.filter(unit=unit, rubric__year=year, status=Assessment.Status.FINAL)
                  .select_related("rubric").first())
    if assessment is None:
        return []
    out = []
    for score in assessment.scores.select_related("item"):
        final, weight = score.final, score.item.weight
        if final is None or final >= weight:
            continue
        lost = weight - final
        item = score.item
        out.append(Finding(
            f"lost:{item.code}", "考核失分", item.name,
            f"在{year}年度法治政府建设考核中，“{item.name}”一项失{_num(lost)}分（满分{_num(weight)}分）",
            f"对照考核指标“{item.name}”逐项整改，补齐工作短板和佐证材料。",
            f"/r/assessments/{assessment.pk}/", f"{assessment}：{item.code} {item.name}",
            100 + float(lost)))
    return out


def _weakest(key: str, unit, period, target, method: str, unit_text: str) -> str:
    """Where the shortfall is: the units directly below that miss the target most (a county names its townships and
    departments): "，主要是东风镇（80%）、县市场监督管理局（85%）"."""
    missing = []
    for child, value in engine.by_child(key, unit, period):
        if value is None:
            continue
        value = Decimal(str(value))
        if (value < target) if method == "at_least" else (value > target):
            missing.append((value, child.name))
    missing.sort(reverse=method != "at_least")
    named = "、".join(f"{name}（{_num(value)}{unit_text}）" for value, name in missing[:3])
    return f"，主要是{named}" if named else ""


def _below_target(unit, figs, targets, period) -> list[Finding]:
    out = []
    for key, fig in figs.items():
        if fig.value is None:
            continue
        method, target, item = targets.get(key, (None, None, None))
        if target is None and fig.kind == "rate" and _statutory_rate(key):
            method, target = "at_least", Decimal(100)
        if target is None:
            continue
        value = Decimal(str(fig.value))
        short = (value < target) if method == "at_least" else (value > target)
        if not short:
            continue
        gap = float(abs(target - value)) / float(target or 1)
        unit_text = "%" if fig.kind == "rate" else fig.unit_label or ""
        relation = "低于" if method == "at_least" else "高于"
        where = f"考核目标{_num(target)}{unit_text}" if item is not None else f"应达到的{_num(target)}{unit_text}"
        shown = k(key) + ("" if fig.kind == "rate" else fig.unit_label)
        out.append(Finding(
            f"target:{key}", "低于目标", _area(key),
            f"{prose(fig.label)}为{shown}，{relation}{where}{_counted(key, figs, method)}"
            f"{_weakest(key, unit, period, target, method, unit_text) if fig.kind == 'rate' else ''}",
            _plan_for(key, fig.label, target, unit_text), fig.link, f"{fig.label}的统计记录", 50 + 40 * min(gap, 1.0)))
    return out


def _counted(key: str, figs, method: str = "at_least") -> str:
    """What a rate is made of, as the reason it falls short: "审结的行政复议案件46件中，法定期限内审结的43件，另有
    3件未达到要求". Where lower is better (败诉率) the numerator already counts what went wrong: nothing is "另有"."""
    from fazhi.core.indicators import INDICATORS

    ind = INDICATORS.get(key)
    if ind is None or not ind.numerator:
        return ""
    num, den = figs.get(ind.numerator), figs.get(ind.denominator)
    if num is None or den is None or num.value is None or not den.value:
        return ""
    gap = den.value - num.value
    rest = f"，另有{_num(gap)}{den.unit_label}未达到要求" if gap > 0 and method == "at_least" else ""
    return (f"：{prose(den.label)}{k(den.key)}{den.unit_label}中，{prose(num.label)}{k(num.key)}{num.unit_label}"
            f"{rest}")


def _overdue(unit, user, today: dt.date) -> list[Finding]:
    from fazhi.core.registers import registry
    from fazhi.core.registers.workbench import deadline_hits

    parts, hits = deadline_hits(user, today, until=today - dt.timedelta(days=1), unit=unit, limit=1000)
    counts: dict[tuple[str, int], int] = {}
    for i, _pk, _due in hits:
        counts[parts[i][0]] = counts.get(parts[i][0], 0) + 1
    out = []
    for (slug, index), n in counts.items():
        reg = registry[slug]
        spec = reg.deadlines[index]
        if "届满" in spec.title():  # a term or a certificate running out is a reminder, not work left undone
            continue
        query = urlencode({"register": slug, "unit": unit.pk, "status": "overdue"})
        out.append(Finding(
            f"overdue:{slug}:{spec.due_field}", "逾期未办结", reg.area or reg.label,
            f"{reg.label}有{n}件已超过“{spec.title()}”期限仍未办结",
            f"对{reg.label}逾期未办结的{n}件逐件督办、限期办结，落实到期提醒，杜绝超期。",
            f"/deadlines/?{query}", f"{reg.label}逾期清单（依据{spec.legal_basis()}）", 40 + min(n, 30)))
    return out


def _fell(figs, previous, targets, taken: set[str]) -> list[Finding]:
    out = []
    for key, (method, _target, _item) in targets.items():
        fig, prev = figs.get(key), previous.get(key)
        if fig is None or prev is None or fig.value is None or prev.value is None or f"target:{key}" in taken:
            continue
        if fig.kind != "rate" or method != "at_least":
            continue
        drop = Decimal(str(prev.value)) - Decimal(str(fig.value))
        if drop < 1:
            continue
        out.append(Finding(
            f"fell:{key}", "同比下降", _area(key),
            f"{prose(fig.label)}为{k(key)}，比上年（{_num(prev.value)}%）下降{_num(drop)}个百分点",
            f"分析{prose(fig.label)}下降的原因，针对薄弱环节加强指导和督促，扭转下降趋势。",
            fig.link, f"{prose(fig.label)}的统计记录", 30 + float(drop)))
    return out


def _no_records(figs, previous) -> list[Finding]:
    """Areas that had records last year and have none this year: work that stopped, or stopped being recorded (an
    area a unit never works in — a township has no reconsideration — is not a shortcoming)."""
    from fazhi.indicators import catalogue

    cat = catalogue.catalogue()

    def areas(values) -> dict[str, bool]:
        seen: dict[str, bool] = {}
        for key, fig in values.items():
            if key in cat and cat[key].aggregation == "stock":
                continue  # a stock (open cases, committees) carries over: it is not work recorded in the year
            area = key.split(".")[0]
            seen[area] = seen.get(area, False) or fig.value not in (None, 0)
        return seen

    now, before = areas(figs), areas(previous)
    out = []
    for area, had in before.items():
        if not had or now.get(area, False) or area not in AREA_LABELS:
            continue
        label = AREA_LABELS[area]
        out.append(Finding(
            f"empty:{area}", "无记录", label, f"{label}工作上年有记录，本年在平台上没有记录，工作开展情况无法反映",
            f"建立健全{label}工作台账，做到工作开展一项、登记一项。", "/indicators/", f"{label}指标", 10))
    return out


# -- the sections written from accepted findings ---------------------------------------------------------------------
NUMERALS = "一二三四五六七八九十"


def shortcomings_text(findings: list[Finding]) -> str:
    if not findings:
        return ""
    lines = ["对照法治政府建设的目标要求和平台记录的数据，仍存在一些不足："]
    lines += [f"（{NUMERALS[i]}）{f.title}。{f.shortcoming}。" for i, f in enumerate(findings[:10])]
    return "\n".join(lines)


def plans_text(findings: list[Finding], year: int) -> str:
    lines = [f"（{NUMERALS[i]}）{f.plan_title}。{f.plan}" for i, f in enumerate(findings[:10])]
    return "\n".join([f"{year + 1}年，针对上述不足，重点做好以下工作：", *lines]) if lines else ""


def accepted(report, user=None) -> list[Finding]:
    """The candidates the report's drafter accepted, in the order accepted."""
    by_code = {f.code: f for f in candidates(report.unit, report.year, user)}
    return [by_code[c] for c in report.findings or [] if c in by_code]


DEFAULT_ACCEPTED = 6  # the first draft accepts the strongest few; the drafter changes the choice


def first_choice(found: list[Finding], count: int = DEFAULT_ACCEPTED) -> list[Finding]:
    """The strongest candidates, one per area first (a report names its weak areas, not five faults of one)."""
    chosen, areas = [], set()
    for f in found:
        if f.area not in areas:
            chosen.append(f)
            areas.add(f.area)
        if len(chosen) == count:
            break
    return chosen

