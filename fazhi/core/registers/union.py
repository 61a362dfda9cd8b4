"""Many small questions to many registers in one round trip: each queryset compiled to SQL and joined with
UNION ALL. Used where a page asks every register something (the workbench: open deadlines, to-dos, counts), so the
number of queries stays constant as registers are added and the cost stays bounded as records grow."""

from __future__ import annotations

from django.db import connection
from django.db.models import QuerySet


def union_all(querysets: list[QuerySet]) -> list[tuple]:
    """Rows of every `values_list` queryset (each may be ordered and sliced), each prefixed with its index."""
    if not querysets:
        return []
    sqls, params = [], []
    for i, qs in enumerate(querysets):
        sql, p = qs.query.sql_with_params()
        sqls.append(f"SELECT {i}, t{i}.* FROM ({sql}) t{i}")
        params.extend(p)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(sqls), params)
        return cursor.fetchall()


def bounded_counts(querysets: list[QuerySet], bound: int) -> list[int]:
    """How many rows each queryset has, counting no further than `bound` + 1 (shown as "1000+"): never a full
    COUNT(*) over a province's table."""
    if not querysets:
        return []
    sqls, params = [], []
    for i, qs in enumerate(querysets):
        sql, p = qs.order_by().values_list("pk")[: bound + 1].query.sql_with_params()
        sqls.append(f"SELECT {i}, COUNT(*) FROM ({sql}) t{i}")
        params.extend(p)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(sqls), params)
        counts = dict(cursor.fetchall())
    return [counts.get(i, 0) for i in range(len(querysets))]
