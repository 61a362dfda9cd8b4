"""One report in, one result out (the JSON shape of `fazhi intake extract`)."""

from __future__ import annotations

from pathlib import Path

from . import document, figures
from .normalize import normalize
from .readers import IntakeError, read_bytes, read_path


def extract_text(text: str, source: str = "") -> dict:
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
        "issuer": document.issuer_of(lines, title),
        "year": year,
        "published_on": published.isoformat() if published else None,
        "document_number": document.document_number(lines),
        "sections": secs,
        "outline": heads,
        "missing_sections": [k for k in document.MANDATED if k not in kinds],
        "on_time": (published <= document.deadline(year)) if (published and year) else None,
        "figures": [f.as_json() for f in figures.extract(text)],
        "text": text,
    }


def extract_file(path: str | Path, data: bytes | None = None) -> dict:
    """The result for one file; an unreadable file gives {"source", "error"} instead of raising."""
    try:
        text = read_bytes(str(path), data) if data is not None else read_path(path)
    except IntakeError as exc:
        return {"source": str(path), "error": str(exc)}
    return extract_text(text, str(path))
