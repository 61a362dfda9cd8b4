"""Precision and recall of the figures read from reports against hand annotations (the samples' `expected` format:
key, value, optional, alt_keys, approx). A figure read matches an annotation of the same key (or one of its
alt_keys) and value, each annotation at most once; an optional annotation may be matched without counting against
recall when it is not. Where a text's annotation also has `meta` (its title, the issuing body — any of the names it
may go by — and the date its page was posted, empty where the excerpt does not show them), the metadata read is
scored field by field; a title the page sets two ways (with and without the organ line above it) may be given as
both."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

DEVSET = Path(__file__).parent / "tests" / "devset"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    required: int = 0
    wrong: list = field(default_factory=list)  # (text, key, value) read but not annotated
    missed: list = field(default_factory=list)  # (text, key, value) annotated, required, not read

    @property
    def precision(self) -> float:
        return self.tp / max(self.tp + self.fp, 1)

    @property
    def recall(self) -> float:
        return self.tp / max(self.required, 1)


def add(score: Score, name: str, figures: list[dict], expected: list[dict]) -> None:
    used: set[int] = set()
    for f in figures:
        match = next((i for i, e in enumerate(expected) if i not in used
                      and f["key"] in [e["key"], *e.get("alt_keys", [])]
                      and abs(float(f["value"]) - float(e["value"])) < 1e-6), None)
        if match is None:
            score.fp += 1
            score.wrong.append((name, f["key"], f["value"]))
        else:
            used.add(match)
            score.tp += not expected[match].get("optional")
    for i, e in enumerate(expected):
        if not e.get("optional"):
            score.required += 1
            if i not in used:
                score.missed.append((name, e["key"], e["value"]))


META_FIELDS = ("title", "issuer", "posted_on")


@dataclass
class MetaScore:
    right: dict = field(default_factory=lambda: dict.fromkeys(META_FIELDS, 0))
    total: int = 0
    wrong: list = field(default_factory=list)  # (text, field, read, annotated)

    def accuracy(self, name: str) -> float:
        return self.right[name] / max(self.total, 1)


def add_meta(score: MetaScore, name: str, result: dict, meta: dict) -> None:
    def bare(text):
        return "".join((text or "").split())

    score.total += 1
    titles = meta["title"] if isinstance(meta["title"], list) else [meta["title"]]  # (a title a page sets two ways)
    expected = {"title": titles, "issuer": meta["issuer"], "posted_on": [meta["posted_on"]]}
    for key in META_FIELDS:
        if bare(result.get(key)) in {bare(v) for v in expected[key]}:
            score.right[key] += 1
        else:
            score.wrong.append((name, key, result.get(key), expected[key][0]))


def devset() -> list[tuple[Path, dict]]:
    """The development set: (text path, annotation) for every text under tests/devset."""
    return [(path, json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))
            for path in sorted(DEVSET.glob("*.txt"))]


def score_devset(heldout: bool | None = None) -> Score:
    """The score on the whole set, or on the texts the rules were extended against (`heldout=False`) or only on
    those annotated after the rules were last changed (`heldout=True`)."""
    from .core import extract_text

    score = Score()
    for path, exp in devset():
        if heldout is not None and bool(exp.get("heldout")) != heldout:
            continue
        result = extract_text(path.read_text(encoding="utf-8"), source=path.name)
        add(score, path.stem, result["figures"], exp["figures"])
    return score
