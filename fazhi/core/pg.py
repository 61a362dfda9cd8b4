"""PostgreSQL-only schema pieces, as migration operations that do nothing on SQLite.

Text search in registers is `icontains`, which Django writes as `UPPER(col::text) LIKE UPPER('%…%')` on PostgreSQL;
a GIN index over the same expression with pg_trgm's operator class serves it (Chinese text has trigrams under a
UTF-8 locale; a pattern shorter than three characters cannot use it and scans). SQLite keeps the plain LIKE."""

from __future__ import annotations

from django.db import migrations


def trigram_indexes(table: str, columns: list[str]) -> migrations.RunPython:
    def forward(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for column in columns:
            schema_editor.execute(f'CREATE INDEX IF NOT EXISTS "{table}_{column}_trgm" ON "{table}" '
                                  f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)')

    def backward(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for column in columns:
            schema_editor.execute(f'DROP INDEX IF EXISTS "{table}_{column}_trgm"')

    return migrations.RunPython(forward, backward, elidable=False)
