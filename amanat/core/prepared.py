"""Queries the ORM compiles once and the database answers afresh on every call.

Building a queryset and compiling it to SQL cost ten to twenty times more than SQLite's answer to
it: for the two queries every hotline report runs (which organisation, and who its data key is
sealed to) that was over a millisecond of each submission's few (issue #14). Caching the answers
instead would need every change of a reader's key, role or approval to invalidate them in every
process, and a missed invalidation would seal reports to a revoked key. So only the SQL text is
kept, per database and query; the rows are read from the database each time, exactly as the
queryset would have read them.

``insert`` does the same for the rows a report writes: the ORM compiled each INSERT afresh, most
of the CPU a report spends holding SQLite's write lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any

from django.db import connections
from django.db.backends.base.operations import BaseDatabaseOperations
from django.db.models import BinaryField, Model, QuerySet, signals
from django.db.models.sql import InsertQuery

_compiled: dict[tuple[str, Hashable], tuple[str, tuple[Any, ...]]] = {}
_lock = threading.Lock()


def rows(key: Hashable, build: Callable[[], QuerySet[Any]], using: str = "default") -> list[Any]:
    """The rows of the values-list queryset ``build()`` returns, read now.

    ``key`` must name everything the query depends on (its parameters included): the first call
    with a key compiles ``build()``, later calls with that key run the same SQL. Values come back
    as the database driver gives them (no field converters), so callers convert what they need.
    """
    compiled = _compiled.get((using, key))
    if compiled is None:
        sql, params = build().query.get_compiler(using=using).as_sql()
        compiled = (sql, tuple(params))
        with _lock:
            _compiled[(using, key)] = compiled
    with connections[using].cursor() as cursor:
        cursor.execute(*compiled)
        return list(cursor.fetchall())


def insert(obj: Model, using: str = "default") -> None:
    """Save the new ``obj`` as ``obj.save(force_insert=True)`` would, with SQL compiled once.

    The same fields are written, through the same ``pre_save`` and ``get_db_prep_save``, and the
    returned primary key is set on ``obj``. What this skips is the model's own ``save()`` and
    the save signals: a model with signal receivers goes through ``save()``; callers use this
    only for models whose ``save()`` adds nothing to a first insert.
    """
    model = type(obj)
    meta = obj._meta
    connection = connections[using]
    fields = [
        f
        for f in meta.local_concrete_fields
        if not f.generated and (f is not meta.auto_field or obj.pk is not None)
    ]
    raw = [f.pre_save(obj, True) for f in fields]
    key = (using, ("insert", meta.label, tuple(f.attname for f in fields)))
    compiled = _compiled.get(key)
    if compiled is None and _insert_compiles_once(model, fields, using):
        query = InsertQuery(model)
        query.insert_values(fields, [obj])
        compiler = query.get_compiler(using=using)
        compiler.returning_fields = meta.db_returning_fields
        [(sql, params)] = compiler.as_sql()
        if len(params) == len(fields) == sql.count("%s") and not compiler.returning_params:
            compiled = (sql, ())
            with _lock:
                _compiled[key] = compiled
    if compiled is None or _signalled(model) or any(hasattr(v, "resolve_expression") for v in raw):
        obj.save(force_insert=True, using=using)
        return
    values = [
        f.get_db_prep_save(v, connection=connection) for f, v in zip(fields, raw, strict=True)
    ]
    with connection.cursor() as cursor:
        cursor.execute(compiled[0], values)
        row = cursor.fetchone()  # what both backends' fetch_returned_insert_columns does
    for value, field in zip(row, meta.db_returning_fields, strict=True):
        setattr(obj, field.attname, value)
    obj._state.adding = False
    obj._state.db = using


def _insert_compiles_once(model: type[Model], fields: list[Any], using: str) -> bool:
    """Whether an INSERT of ``model`` is the same SQL for every row: ``%s`` placeholders whatever
    the value (a binary field's is, unless the backend overrides it), and the primary key
    returned by the INSERT itself as the one row of its cursor (SQLite and PostgreSQL)."""
    connection = connections[using]
    plain_binary = (
        type(connection.ops).binary_placeholder_sql is BaseDatabaseOperations.binary_placeholder_sql
    )
    return (
        connection.vendor in ("sqlite", "postgresql")
        and connection.features.can_return_columns_from_insert
        and all(
            not hasattr(f, "get_placeholder") or (plain_binary and isinstance(f, BinaryField))
            for f in fields
        )
        and all(f.attname == model._meta.pk.attname for f in model._meta.db_returning_fields)
    )


def _signalled(model: type[Model]) -> bool:
    """Whether ``save()`` would send a signal someone listens to (then it must be ``save()``)."""
    return signals.pre_save.has_listeners(model) or signals.post_save.has_listeners(model)
