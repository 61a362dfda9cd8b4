"""Many small questions to many registers in one round trip: each queryset compiled to SQL and joined with
UNION ALL. Used where a page asks every register something (the workbench: open deadlines, to-dos, counts), so the
number of queries stays constant as registers are added and the cost stays bounded as records grow."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from django.db import connection
from django.db.models import QuerySet

# Building ~100 querysets costs more than running them (~1.5 ms of ORM work each): the compiled SQL is kept per
# (user, scope, day, question) — everything it depends on — in a small per-process LRU.
_COMPILED: OrderedDict = OrderedDict()
_LOCK = threading.Lock()
CACHE_SIZE = 512


def scope_key(user) -> tuple:
    """What a user's querysets depend on: who, their memberships (role, unit path) and superuser status."""
    from .. import scoping

    return user.pk, user.is_superuser, tuple(sorted(scoping.memberships_of(user)))


class Compiled(list):
    """[(tag, sql, params)], remembering the key it was compiled for (what its results depend on, with the data)."""

    key: tuple = ()


def compiled(key: tuple, build: Callable[[], list[tuple[Any, QuerySet]]]) -> Compiled:
    """[(tag, sql, params)] of the tagged querysets `build` makes, compiled once per `key`."""
    with _LOCK:
        found = _COMPILED.get(key)
        if found is not None:
            _COMPILED.move_to_end(key)
            return found
    made = Compiled()
    made.key = key
    for tag, qs in build():
        sql, params = qs.query.sql_with_params()
        made.append((tag, sql, tuple(params)))
    with _LOCK:
        _COMPILED[key] = made
        while len(_COMPILED) > CACHE_SIZE:
            _COMPILED.popitem(last=False)
    return made


# The answers, per (key, data version): twenty people refreshing the province's workbench ask the database once
# between two writes, not twenty times (the union's planning alone costs ~15 ms on PostgreSQL). A write anywhere
# moves the version (audit.data_version); the age bound covers a transaction that commits after a later one.
_ANSWERS: OrderedDict = OrderedDict()
ANSWER_SECONDS = 30
ANSWERS_KEPT = 128  # answers kept per process, each of at most ANSWER_ROWS rows: memory stays bounded (~60 MB)
ANSWER_ROWS = 5000


def run_union(parts: list[tuple[Any, str, tuple]], counting: bool = False) -> list[tuple]:
    """One round trip for compiled parts: rows prefixed with the part's index (or one count per part); the answer
    reused while no record changed when `parts` came from `compiled`."""
    if not parts:
        return []
    key = getattr(parts, "key", None)
    if key is None:
        return _run(parts, counting)
    from ..audit import data_version

    answer_key = (key, counting, connection.alias, data_version())
    now = time.monotonic()
    with _LOCK:
        found = _ANSWERS.get(answer_key)
        if found is not None and now - found[0] < ANSWER_SECONDS:
            return found[1]
    rows = _run(parts, counting)
    if len(rows) <= ANSWER_ROWS:
        with _LOCK:
            _ANSWERS[answer_key] = (now, rows)
            while len(_ANSWERS) > ANSWERS_KEPT:
                _ANSWERS.popitem(last=False)
    return rows


def forget_answers() -> None:
    """Drop remembered answers (tests roll back writes, and SQLite may then hand out the same ids again)."""
    with _LOCK:
        _ANSWERS.clear()


def _run(parts, counting: bool) -> list[tuple]:
    sqls, params = [], []
    for i, (_, sql, p) in enumerate(parts):
        sqls.append(f"SELECT {i}, COUNT(*) FROM ({sql}) t{i}" if counting else f"SELECT {i}, t{i}.* FROM ({sql}) t{i}")
        params.extend(p)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(sqls), params)
        return cursor.fetchall()
