"""The first draft of a report, written from the data: the parts each area declares in its report.py (core.report_parts),
in the register of the sample reports, with every number bound to its indicator key so it stays live while edited."""

from __future__ import annotations

from fazhi.core import report_parts, steps
from fazhi.core.indicators import Period
from fazhi.core.models import OrgUnit
from fazhi.indicators import engine

from . import findings, rules
from .events import Event
from .models import AnnualReport, ReportSection


def _numbered(paragraphs) -> str:
    numerals = "一二三四五六七八九十"
    return "\n".join(f"（{numerals[i]}）{head}。{facts}" for i, (head, facts) in enumerate(paragraphs))


def _from_last_year(unit: OrgUnit, year: int, kind: str) -> str:
    last = ReportSection.objects.filter(report__unit=unit, report__year=year - 1, kind=kind).first()
    return last.body if last else ""


TEMPLATES = {
    "shortcomings": "对照法治政府建设的目标要求，仍存在一些不足：一是……（请写明不足）；二是……。原因主要是……。",
    "plans": "（一）……（请写明下一年度的主要安排）\n（二）……",
}


def default_frame(unit: OrgUnit, year: int) -> dict:
    government = unit.name if unit.kind != "county" else f"{unit.name}人民政府"
    parent = unit.parent.name if unit.parent else ""
    return {"issuer": government, "title": f"{government}关于{year}年度法治政府建设情况的报告",
            "addressee": f"{parent}人民政府" if parent and unit.kind in ("county", "city") else parent,
            "printer": f"{government}办公室" if unit.kind == "county" else government}


@steps.step(Event.DRAFT, on=AnnualReport, basis=rules.BASIS)
def draft(unit: OrgUnit, *, acting_user, year: int) -> AnnualReport:
    """Create the year's report for `unit` with a first draft of every mandated section."""
    if AnnualReport.objects.filter(unit=unit, year=year).exists():
        from django.core.exceptions import ValidationError

        raise ValidationError({"year": f"{unit}的{year}年度报告已经存在，请直接编辑。"})
    period = Period.year(year)
    figs = engine.compute(None, unit, period)
    place = {"county": "全县", "city": "全市", "township": "全镇"}.get(unit.kind, "本单位")
    report = AnnualReport(unit=unit, year=year,
                          intro=f"{year}年，{unit.name}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
                                "全面落实《法治政府建设实施纲要（2021—2025年）》，扎实推进法治政府建设。现将有关情况报告如下：")
    report.full_clean()
    report.save()
    previous = engine.compute(None, unit, period.previous_year())
    draft = report_parts.Draft(unit, period, figs, place, previous)
    chosen = findings.first_choice(findings.candidates(unit, year, acting_user, figures=(figs, previous)))
    report.findings = [f.code for f in chosen]
    report.save(update_fields=["findings"])
    bodies = {
        "measures": _numbered(report_parts.measures(draft)),
        "duty": report_parts.duty(draft),
        "shortcomings": findings.shortcomings_text(chosen) or _from_last_year(unit, year, "shortcomings")
        or TEMPLATES["shortcomings"],
        "plans": findings.plans_text(chosen, year) or _from_last_year(unit, year, "plans") or TEMPLATES["plans"],
    }
    ReportSection.objects.bulk_create([ReportSection(report=report, kind=k, body=bodies[k])
                                       for k in rules.section_order()])
    steps.record({"year": year})
    return report
