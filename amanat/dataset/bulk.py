"""Multi-row INSERTs for bulk loads (the synthetic generator), without the ORM's per-object cost.

``bulk_create`` spends ~40 µs per object building model instances and preparing values, which
is most of a million-row load; these statements carry the same values as plain tuples. Column
names come from the models' metadata, values are bound parameters, and ``RETURNING`` gives the
new ids in row order (SQLite ≥ 3.35 and PostgreSQL, as Django's own bulk_create relies on).
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


def _column(model: type[models.Model], name: str) -> str:
    found = model._meta.get_field(name)
    if not isinstance(found, models.Field):  # a reverse relation has no column to insert
        raise TypeError(f"{model.__name__}.{name} is not a column")
    return str(found.column)


def day(value: Any) -> Any:
    """A date as the database driver wants it (ISO text for SQLite)."""
    return connection.ops.adapt_datefield_value(value)
