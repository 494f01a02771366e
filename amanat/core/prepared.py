"""Queries the ORM compiles once and the database answers afresh on every call.

Building a queryset and compiling it to SQL cost ten to twenty times more than SQLite's answer to
it: for the two queries every hotline report runs (which organisation, and who its data key is
sealed to) that was over a millisecond of each submission's few (issue #14). Caching the answers
instead would need every change of a reader's key, role or approval to invalidate them in every
process, and a missed invalidation would seal reports to a revoked key. So only the SQL text is
kept, per database and query; the rows are read from the database each time, exactly as the
queryset would have read them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any

from django.db import connections
from django.db.models import QuerySet

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
