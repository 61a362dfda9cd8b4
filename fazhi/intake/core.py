"""One report in, one result out (the JSON shape of `fazhi intake extract`)."""

from __future__ import annotations

from pathlib import Path

from . import document, figures
from .normalize import normalize, simplified
from .readers import IntakeError, read_bytes, read_path


def extract_text(text: str, source: str = "") -> dict:
    text = simplified(text)  # a site's 繁体 version reads like the report itself (and fingerprints alike)
    raw_head = [line.strip() for line in text[:3000].splitlines()]
    posted = document.posted_on(raw_head)  # read before page furniture goes, as the page's 来源 is
    text = normalize(text)
    lines = text.split("\n")
    title = document.title_of(lines)
    published = document.published_on(lines)
    year = document.year_of(title, text, published)
    heads = document.outline(text)
    secs = document.sections(text, heads)
    kinds = {s["kind"] for s in secs}
    return {
        "source": source,
        "title": title,
        "issuer": document.issuer_of(lines, title, document.page_source(raw_head)),
        "printed_by": document.printed_by(lines),  # the 版记's 印发机关, which prints but does not issue
        "year": year,
        "published_on": published.isoformat() if published else None,  # 成文日期 (the signature), else 印发
        "posted_on": posted.isoformat() if posted else None,  # 公开发布日期 stated by the web page
        "fingerprint": document.fingerprint(text),
        "document_number": document.document_number(lines),
        "sections": secs,
        "outline": heads,
        "missing_sections": [k for k in document.MANDATED if k not in kinds],
        "on_time": ((posted or published) <= document.deadline(year)) if ((posted or published) and year) else None,
        "figures": [f.as_json() for f in figures.extract(text)],
        "text": text,
    }


def _plain(value: float) -> str:
    """A number as a clerk writes it: 1951500, 2.7 (never 1.9515e+06)."""
    return str(int(value)) if float(value).is_integer() else f"{value:.4f}".rstrip("0").rstrip(".")


def other_statements(figure: dict) -> str:
    """A figure's other statements in the report and the rule that chose among them ("12次；取舍：…"), or ""."""
    if not figure["other_values"]:
        return ""
    values = "、".join(_plain(v) for v in figure["other_values"])
    return f"{values}{figure['unit']}；取舍：{figure['chosen_by'] or '按原文表述判定'}"


def extract_file(path: str | Path, data: bytes | None = None) -> dict:
    """The result for one file; an unreadable file gives {"source", "error"} instead of raising."""
    try:
        text = read_bytes(str(path), data) if data is not None else read_path(path)
    except IntakeError as exc:
        return {"source": str(path), "error": str(exc)}
    return extract_text(text, str(path))
