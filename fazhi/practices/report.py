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
        named = "、".join(f"《{_inner(p.title)}》" + (f"（{p.document_number}）" if p.document_number else "")
                          for p in docs)
        pieces.append(f"印发{named}" + ("等制度文件" if len(docs) > 1 else "") + _what(docs))
    for kind, verb, noun in ((K.MECHANISM, "建立", "工作机制"), (K.CASE, "形成", "典型案例")):
        items = of(kind)
        plain = [p for p in items if not p.summary.strip()]
        if plain:
            pieces.append(f"{verb}{'、'.join(f'“{_inner(p.title)}”' for p in plain)}{more(plain)}{noun}")
        pieces += [f"{verb}“{_inner(p.title)}”{noun}，{p.summary.strip().rstrip('。；，')}"
                   for p in items if p.summary.strip()]
    if honours := of(K.HONOUR):
        pieces.append("获评" + "、".join(f"{p.awarded_by}授予的“{_inner(p.title)}”" for p in honours))
    return "；".join(pieces)


def _inner(title: str) -> str:
    """A name quoted inside the report's own marks takes the inner form (GB/T 15834: “…‘…’…”, 《…〈…〉…》):
    “‘高效办成一件事’帮办代办” rather than ““高效办成一件事”帮办代办”."""
    return title.translate(str.maketrans({"“": "‘", "”": "’", "《": "〈", "》": "〉"}))


def _what(docs) -> str:
    """What the documents settle, from their summaries (a county report says what a new rule does)."""
    said = [p.summary.strip().rstrip("。；，") for p in docs if p.summary.strip()]
    return ("，" + "；".join(said)) if said else ""


def _declare(heading: str) -> None:
    @part(heading, order=5)  # before the figures: the measures come first, then what they achieved
    def named(draft: Draft) -> str:
        text = _named(draft, heading)
        return text + "。" if text and heading == "duty" else text


for _heading in [h.key for h in HEADINGS] + ["duty"]:
    _declare(_heading)
