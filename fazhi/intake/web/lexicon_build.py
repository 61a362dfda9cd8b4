"""lexicon.tsv from the indicator catalogue: one row per key, the names generated from its label; names and measure
words an office added to a row are kept when the file is regenerated (`fazhi intake lexicon --write`)."""

from __future__ import annotations

import csv
import io

from fazhi.indicators import catalogue
from fazhi.intake import lexicon

COLUMNS = ["key", "terms", "units", "unit"]


def rows() -> list[dict]:
    """The rows the catalogue gives, merged with the names already in the shipped file."""
    shipped = {e.key: e for e in lexicon.entries()}
    out = []
    for key, meta in sorted(catalogue.catalogue().items()):
        row = lexicon.row_for(key, meta.label, meta.unit)
        kept = shipped.get(key)
        row["terms"] = "|".join(dict.fromkeys([*row["terms"].split("|"), *(kept.terms if kept else ())]))
        row["units"] = "|".join(dict.fromkeys([*row["units"].split("|"), *(kept.units.split("|") if kept else ())]))
        out.append(row)
    return out


def text() -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows())
    return buf.getvalue()


def write() -> int:
    data = text()
    lexicon.DATA.write_text(data, encoding="utf-8")
    lexicon.entries.cache_clear()
    lexicon._patterns.cache_clear()
    lexicon.unit_of.cache_clear()
    return data.count("\n") - 1
