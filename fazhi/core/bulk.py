"""Bulk INSERT of new model instances for the bulk form of a step (an import of a large ledger).

On PostgreSQL the rows go through COPY (psycopg's `Cursor.copy`, rows adapted in C), several times faster than
Django's `bulk_create`, whose INSERT … UNNEST parameters are quoted in Python by the client-side binding cursor;
the ids a caller needs are taken from the table's identity sequence first, so handlers and change log rows can
name their records. Elsewhere (SQLite) it is `bulk_create`. Inside the caller's transaction either way: an error
rolls everything back. Like `bulk_create`, no save signals are sent (the step writes the change log and events)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.db import connections, models, router
from django.db.models import Model

CHUNK = 2000

# Field types whose value Django would hand to the database unchanged when it already has one of these Python
# types (its get_db_prep_save only converts other types): most cells of a ledger row. Exact types, not subclasses,
# since a subclass may prepare its value differently; anything else goes through Django's own preparation.
AS_IS: dict[type, tuple[type, ...]] = {
    models.CharField: (str,), models.TextField: (str,), models.SlugField: (str,), models.EmailField: (str,),
    models.IntegerField: (int,), models.BigIntegerField: (int,), models.SmallIntegerField: (int,),
    models.PositiveIntegerField: (int,), models.PositiveSmallIntegerField: (int,),
    models.PositiveBigIntegerField: (int,), models.BooleanField: (bool,), models.ForeignKey: (int,),
    models.OneToOneField: (int,), models.AutoField: (int,), models.BigAutoField: (int,),
    models.DateField: (dt.date,),
}


def insert(model: type[Model], instances: list[Model], *, ids: bool = False) -> list[Model]:
    """Write `instances` (new, unsaved); with `ids`, each gets its primary key set as `bulk_create` would."""
    if not instances:
        return instances
    alias = router.db_for_write(model)
    connection = connections[alias]
    if connection.vendor != "postgresql":
        return model._default_manager.bulk_create(instances, batch_size=CHUNK)
    meta = model._meta
    pk = meta.pk
    if ids:
        with connection.cursor() as cursor:
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                           [meta.db_table, pk.column, len(instances)])
            for instance, (value,) in zip(instances, cursor.fetchall(), strict=True):
                setattr(instance, pk.attname, value)
    fields = [f for f in meta.concrete_fields if not (f.primary_key and getattr(instances[0], f.attname) is None)]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    statement = f"COPY {connection.ops.quote_name(meta.db_table)} ({columns}) FROM STDIN"
    values = [_reader(f, connection) for f in fields]
    with connection.cursor() as cursor, connection.wrap_database_errors:
        with cursor.cursor.copy(statement) as copy:  # the psycopg cursor under Django's wrapper
            for instance in instances:
                copy.write_row([value(instance) for value in values])
    for instance in instances:
        instance._state.adding = False
        instance._state.db = alias
    return instances


def _reader(field, connection) -> Callable[[Model], object]:
    """How one column's value is read from an instance: as it is where Django would not change it (a str for a
    CharField, a date for a DateField, None), through the field's own pre_save and preparation otherwise."""
    def prepared(instance):
        return field.get_db_prep_save(field.pre_save(instance, True), connection)

    kinds = AS_IS.get(type(field))
    if kinds is None or getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return prepared
    attname = field.attname

    def as_is(instance):
        value = instance.__dict__.get(attname)
        return value if value is None or type(value) in kinds else prepared(instance)

    return as_is
