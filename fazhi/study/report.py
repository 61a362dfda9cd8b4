"""Report part of 学法述法 and the 第一责任人 (the duty section): the figures, and what the records name — the
meetings and the issues they took up, the laws studied, the duty list and who reported on the rule of law."""

from fazhi.core.report_parts import Draft, has, k, part
from fazhi.core.validators import text_lines

from .models import CommitteeMeeting, DutyList, LawReport, StudySession

NAMED = 3  # meetings / laws named in the text; the figures count them all


def _in_year(model, d: Draft, date_field: str):
    return model.objects.filter(unit__path__startswith=d.unit.path,
                                **{f"{date_field}__range": (d.period.start, d.period.end)})


def _meetings(d: Draft) -> str:
    rows = list(_in_year(CommitteeMeeting, d, "held_on").order_by("held_on", "pk")[:NAMED])
    said = []
    for m in rows:
        topics = "、".join(f"“{t.strip('“”')}”" for t in text_lines(m.topics)[:3])
        said.append(f"{m.held_on.month}月{m.held_on.day}日{m.title}研究了{topics}等议题")
    return "；".join(said)


def _laws(d: Draft) -> str:
    laws: dict[str, None] = {}
    for row in _in_year(StudySession, d, "held_on").exclude(laws="").order_by("held_on", "pk")[:20]:
        for law in row.laws.replace("，", "、").replace(",", "、").split("、"):
            if law.strip():
                laws.setdefault(law.strip().strip("《》"), None)
    named = list(laws)[:NAMED]
    return "".join(f"《{law}》" for law in named) + ("等法律法规" if len(laws) > NAMED else "") if named else ""


def _ratings(d: Draft) -> str:
    from collections import Counter

    counts = Counter(LawReport.objects.filter(unit__path__startswith=d.unit.path, year=d.period.start.year)
                     .exclude(rating="").values_list("rating", flat=True))
    labels = dict(LawReport.Rating.choices)
    return "、".join(f"“{labels[r]}”{counts[r]}个" for r in labels if counts.get(r))


@part("duty", order=10)
def leadership(d: Draft) -> list[str]:
    lines = []
    duty_list = DutyList.objects.filter(unit=d.unit, year=d.period.start.year).order_by("-issued_on").first()
    if duty_list is not None:
        lines.append(f"{duty_list.position}{duty_list.person}带头履行第一责任人职责，印发年度职责清单，"
                     f"明确{len(text_lines(duty_list.duties))}项职责事项。")
    if has(d.figs, "leadership.rule_of_law_meetings"):
        meetings = _meetings(d)
        lines.append(f"全年召开党委常委会会议、政府常务会议专题研究法治建设{k('leadership.rule_of_law_meetings')}次"
                     + (f"，其中{meetings}" if meetings else "") + "。")
    if has(d.figs, "study.group_sessions"):
        laws = _laws(d)
        lines.append(f"坚持领导干部集中学法，全年开展理论学习中心组学法和政府常务会议会前学法{k('study.group_sessions')}次"
                     + (f"，集中学习了{laws}" if laws else "") + "。")
    if has(d.figs, "study.law_reports_units"):
        ratings = _ratings(d)
        lines.append(f"推行年终述法，{k('study.law_reports_units')}个单位主要负责人开展述法，"
                     f"述法覆盖率{k('study.law_report_coverage')}" + (f"，经评议{ratings}" if ratings else "") + "。")
    return lines
