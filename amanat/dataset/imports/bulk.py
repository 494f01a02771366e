"""Bulk loads (imports, the synthetic generator) without the ORM's per-object cost.

``bulk_create`` spends ~40 µs per object building model instances and preparing values, which
is most of a million-row load; these statements carry the same values as plain tuples. Column
names come from the models' metadata and values are never spliced into SQL.

SQLite: multi-row ``INSERT … VALUES … RETURNING id`` (ids in row order, as Django's own
bulk_create relies on). PostgreSQL: ``COPY … FROM STDIN`` through psycopg, several times faster
than bound parameters; when ids are needed they are taken from the table's sequence first
(``nextval`` over ``generate_series``) and copied in. COPY fires the insert triggers too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import connection, models

PARAMETERS = 30_000  # below SQLite's 32,766 bound variables and PostgreSQL's 65,535


def insert(
    model: type[models.Model],
    fields: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    returning: bool = False,
) -> list[int]:
    """Insert the rows (values in ``fields`` order); the new primary keys if ``returning``."""
    if not rows:
        return []
    if connection.vendor == "postgresql":
        return _copy(model, fields, rows, returning=returning)
    meta = model._meta
    quote = connection.ops.quote_name
    columns = ", ".join(quote(_column(model, name)) for name in fields)
    per_statement = max(1, PARAMETERS // len(fields))
    one = "(" + ", ".join(["%s"] * len(fields)) + ")"
    ids: list[int] = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), per_statement):
            part = rows[start : start + per_statement]
            sql = f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES {', '.join([one] * len(part))}"  # noqa: S608, E501 - identifiers from model metadata, values bound
            params = [value for row in part for value in row]
            if returning:
                cursor.execute(f"{sql} RETURNING {quote(str(meta.pk.column))}", params)
                ids += [row[0] for row in cursor.fetchall()]
            else:
                cursor.execute(sql, params)
    return ids


def _copy(
    model: type[models.Model],
    fields: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    returning: bool,
) -> list[int]:
    meta = model._meta
    quote = connection.ops.quote_name
    names = [_column(model, name) for name in fields]
    ids: list[int] = []
    with connection.cursor() as wrapper:
        cursor = wrapper.cursor  # psycopg's own cursor: Django's wrapper has no copy()
        if returning:
            pk = str(meta.pk.column)
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [meta.db_table, pk, len(rows)],
            )
            ids = [row[0] for row in cursor.fetchall()]
            names.insert(0, pk)
            rows = [(pk_value, *row) for pk_value, row in zip(ids, rows, strict=True)]
        columns = ", ".join(quote(name) for name in names)
        with cursor.copy(f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    return ids


def _column(model: type[models.Model], name: str) -> str:
    found = model._meta.get_field(name)
    if not isinstance(found, models.Field):  # a reverse relation has no column to insert
        raise TypeError(f"{model.__name__}.{name} is not a column")
    return str(found.column)


def day(value: Any) -> Any:
    """A date as the database driver wants it (ISO text for SQLite)."""
    return connection.ops.adapt_datefield_value(value)
