"""Report part of 工作举措与制度建设: the measures the office included, named, at the head of each heading — the
"named measures" that make up most of a real county report."""

from fazhi.core.report_parts import HEADINGS, Draft, part

from .models import Practice

K = Practice.Kind


def _named(draft: Draft, heading: str) -> str:
    rows = list(Practice.objects.filter(unit__path__startswith=draft.unit.path, heading=heading, in_report=True,
                                        on__range=(draft.period.start, draft.period.end)).order_by("on", "pk"))
    if not rows:
        return ""

    def of(kind):
        return [p for p in rows if p.kind == kind]

    def more(items):
        return "等" if len(items) > 1 else ""

    pieces = []
    if docs := of(K.DOCUMENT):
        pieces.append(f"制定（修订）{''.join(f'《{p.title}》' for p in docs)}{more(docs)}制度文件")
    if mechanisms := of(K.MECHANISM):
        pieces.append(f"建立{'、'.join(f'“{p.title}”' for p in mechanisms)}{more(mechanisms)}工作机制")
    if cases := of(K.CASE):
        pieces.append(f"形成{'、'.join(f'“{p.title}”' for p in cases)}{more(cases)}典型案例")
    if honours := of(K.HONOUR):
        pieces.append("获评" + "、".join(f"{p.awarded_by}授予的“{p.title}”" for p in honours))
    return "，".join(pieces)


def _declare(heading: str) -> None:
    @part(heading, order=5)  # before the figures: the measures come first, then what they achieved
    def named(draft: Draft) -> str:
        text = _named(draft, heading)
        return text + "。" if text and heading == "duty" else text


for _heading in [h.key for h in HEADINGS] + ["duty"]:
    _declare(_heading)
