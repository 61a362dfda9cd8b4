"""Every register's default ordering is served by an index, so its first page reads the first rows of an index
instead of sorting a province's table (the plans were checked on PostgreSQL with 1,050,000 cases: bench/lists.py)."""

import pytest
from django.db import models

from fazhi.core.registers import registry


def leading_indexed_fields(model) -> set[str]:
    fields = {f.name for f in model._meta.concrete_fields if f.db_index or f.unique or f.primary_key}
    fields |= {index.fields[0].lstrip("-") for index in model._meta.indexes if index.fields}
    for constraint in model._meta.constraints:
        if isinstance(constraint, models.UniqueConstraint) and constraint.fields and constraint.condition is None:
            fields.add(constraint.fields[0])
    for together in model._meta.unique_together:
        fields.add(together[0])
    return fields


def test_every_default_ordering_starts_with_an_indexed_field():
    missing = []
    for reg in registry.values():
        first = reg.ordering[0].lstrip("-")
        if "__" in first:  # ordered by the unit tree: reference lists, a handful of rows per unit
            continue
        name = "id" if first == "pk" else first
        field = reg.model._meta.get_field(name)
        if field.name not in leading_indexed_fields(reg.model) and not field.is_relation:
            missing.append(f"{reg.slug}: {reg.model._meta.label} ordering {reg.ordering}")
    assert not missing, missing


def test_every_tracked_deadline_is_served_by_an_index():
    """The workbench asks each register for its open deadlines by due date: each due date leads an index."""
    missing = []
    for reg in registry.values():
        for spec in reg.deadlines:
            if "__" in spec.due_field or spec.is_minimum:
                continue
            if spec.due_field not in leading_indexed_fields(reg.model):
                missing.append(f"{reg.model._meta.label} {spec.due_field} {spec.met_field}")
    assert not sorted(set(missing)), sorted(set(missing))


@pytest.mark.django_db
def test_text_search_has_trigram_indexes_on_postgresql():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("三元组索引只在 PostgreSQL 上建立（SQLite 使用 LIKE）")
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE %s", ["%_trgm"])
        found = dict(cursor.fetchall())
    for name in ("enforcement_case_party_name_trgm", "reconsideration_application_applicant_name_trgm",
                 "litigation_litigationcase_plaintiff_name_trgm"):
        assert name in found and "gin_trgm_ops" in found[name] and "upper" in found[name].lower()
    # the expression is the one Django writes for icontains, so the planner can use the index
    from fazhi.enforcement.models import Case

    sql, _ = Case.objects.filter(party_name__icontains="张三丰").query.sql_with_params()
    assert 'UPPER("enforcement_case"."party_name"::text)' in sql
