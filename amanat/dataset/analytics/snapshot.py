"""A columnar copy of the coded fields a member may see, so breakdowns of a million incidents
take milliseconds on SQLite as on PostgreSQL.

Why not GROUP BY: on SQLite, one GROUP BY over a million incidents takes 200–500 ms even on a
covering index, and the tactic breakdown (a join with two million tactic rows) over 800 ms, so
a four-chart dashboard would take seconds. Counting in Arrow over a snapshot takes ~5 ms per
breakdown (``bench/dataset.py`` measures both, side by side).

Why it is never stale: the snapshot is tagged with :class:`DataVersion`, a counter raised by
database triggers on every insert, update or delete of incidents, tactics, channels, sources and
imported rows (migration ``0002``), whatever the code path — ORM, ``bulk_create``,
``QuerySet.update()`` or raw SQL. The counter is read before the data, so a write committed
during a build only causes one more refresh. The cache is keyed by the SQL of the member's
visible incidents (``incidents_visible_to``), so access rules are casework's, not a copy.

Why a write does not cost a rebuild: triggers also log the id of every incident a write
touched (:class:`ChangedIncident`, migration ``0007``). A cached snapshot remembers the last log
entry it reflects; when the counter moved, :func:`refresh` reads the log since then, drops
those incidents' rows and re-reads just them (still through the member's visible queryset, so
an incident that became invisible simply disappears). At a million incidents that is tens of
milliseconds instead of seconds (``bench/dataset.py``). The log is read from a little before
the remembered entry (``SLACK``), because on PostgreSQL a transaction may commit after one that
took a later id; re-reading an incident twice is harmless. A large delta, or a log pruned past
the remembered entry, falls back to a full build.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Func, IntegerField, QuerySet

from amanat.accounts.models import StaffMember
from amanat.dataset.models import ChangedIncident, DataVersion, ImportedRow
from amanat.incidents.access import incidents_visible_to
from amanat.incidents.models import CODED_CODES, Incident, IncidentTactic

CHUNK = 50_000
CACHE_SIZE = 4
MAX_DELTA = 20_000  # more changed incidents than this: a full build is as quick
COMPACT_SHARE = 0.05  # dead rows (replaced by a refresh) beyond this share: compact
COMPACT_CHUNKS = 64  # or beyond this many appended chunks
SLACK = 1_000  # log entries re-read before the remembered one (late commits, PostgreSQL)
KEEP_LOG = 200_000  # log entries kept after a full build (older snapshots rebuild)
# The coded columns dashboards break down (perpetrator and response are not charted).
CODED = tuple(name for name in CODED_CODES if name not in ("perpetrator", "response"))

_cache: OrderedDict[str, Snapshot] = OrderedDict()
_lock = threading.Lock()


@dataclass(frozen=True)
class Snapshot:
    """``table``: row, id, year, the coded columns and ``synthetic``; tactics as (row, code).
    ``everything``: the live rows (a refresh appends an incident's new row and marks its old
    one dead; every filter starts from this mask)."""

    generation: int | None
    table: pa.Table
    tactic_rows: pa.Array
    tactic_codes: pa.Array
    everything: pa.Array
    mark: int = 0  # the last ChangedIncident id this snapshot reflects

    @property
    def size(self) -> int:
        """Live incidents (rows replaced by a refresh stay, marked dead in ``everything``)."""
        return int(pc.sum(self.everything).as_py() or 0)


def generation() -> int | None:
    """The trigger-maintained data version; None when its row is missing (a flushed table)."""
    value = DataVersion.objects.filter(pk=1).values_list("value", flat=True).first()
    if value is None:
        DataVersion.objects.get_or_create(pk=1)
    return value


def dataset_incidents(member: StaffMember) -> QuerySet[Incident]:
    """What the dataset counts for a member: visible incidents, merged ones counted once."""
    return incidents_visible_to(member).filter(merged_into__isnull=True)


def for_member(member: StaffMember) -> Snapshot:
    return for_incidents(dataset_incidents(member))


def for_incidents(incidents: QuerySet[Incident]) -> Snapshot:
    """The cached snapshot of these incidents, refreshed (or rebuilt) when the data moved."""
    version = generation()
    try:
        sql, params = incidents.query.sql_with_params()
    except EmptyResultSet:
        sql, params = "none", ()
    key = f"{sql} {params!r}"
    with _lock:
        cached = _cache.get(key) if version is not None else None
        if cached is not None and cached.generation == version:
            _cache.move_to_end(key)
            return cached
        snapshot = refresh(cached, incidents, version) if cached is not None else None
        if snapshot is None:
            snapshot = build(incidents, version, mark=log_mark())
            if version is not None:
                prune_log()
        if version is not None:
            _cache[key] = snapshot
            _cache.move_to_end(key)
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
        return snapshot


def log_mark() -> int:
    """The last change-log id (read before the data it describes)."""
    return ChangedIncident.objects.order_by("-id").values_list("id", flat=True).first() or 0


def prune_log() -> None:
    """Keep the log short: drop all but the last KEEP_LOG entries (a snapshot remembering an
    entry older than the oldest kept rebuilds)."""
    cut = log_mark() - KEEP_LOG
    if cut > 0 and ChangedIncident.objects.filter(id__lte=cut).exists():
        ChangedIncident.objects.filter(id__lte=cut).delete()


def _oldest() -> int | None:
    return ChangedIncident.objects.order_by("id").values_list("id", flat=True).first()


def refresh(
    cached: Snapshot, incidents: QuerySet[Incident], version: int | None
) -> Snapshot | None:
    """The cached snapshot with only the incidents logged since it was made re-read, or None
    when a full build is due (log pruned past it, or too many changes)."""
    oldest = _oldest()
    if oldest is not None and cached.mark < oldest - 1:  # entries it needs may be pruned
        return None
    since = ChangedIncident.objects.filter(id__gt=max(cached.mark - SLACK, 0))
    entries = list(since.order_by("id").values_list("id", "incident_id")[: MAX_DELTA * 4 + 1])
    changed = sorted({incident for _id, incident in entries})
    if len(entries) > MAX_DELTA * 4 or len(changed) > MAX_DELTA or -1 in changed:
        return None
    mark = max([cached.mark, *(entry for entry, _incident in entries)])
    fresh = build(incidents.filter(pk__in=changed), version, mark=mark, exact=True)
    return _merge(cached, fresh, changed)


def _merge(old: Snapshot, fresh: Snapshot, changed: list[int]) -> Snapshot:
    """Append the fresh rows and mark the changed incidents' old rows dead in ``everything``
    (every filter starts from it): no copy of the million old rows. Compacted now and then."""
    gone = pc.is_in(old.table["id"], value_set=pa.array(changed, pa.int64()))
    alive = pc.and_(old.everything, pc.invert(gone))
    offset = old.table.num_rows
    rows = pa.array(np.arange(offset, offset + fresh.table.num_rows, dtype=np.int32))
    table = pa.concat_tables([old.table, fresh.table.set_column(0, "row", rows)])
    codes = old.tactic_codes
    merged = Snapshot(
        generation=fresh.generation,
        table=table,
        tactic_rows=pa.concat_arrays(
            [old.tactic_rows, pc.add(fresh.tactic_rows, pa.scalar(offset, pa.int32()))]
        ),
        tactic_codes=pa.chunked_array([*_chunks(codes), fresh.tactic_codes], type=codes.type),
        everything=pa.concat_arrays([*_chunks(alive), fresh.everything]),
        mark=fresh.mark,
    )
    dead = merged.table.num_rows - merged.size
    if dead > COMPACT_SHARE * merged.table.num_rows or table["id"].num_chunks > COMPACT_CHUNKS:
        return compact(merged)
    return merged


def _chunks(values: pa.Array | pa.ChunkedArray) -> list[pa.Array]:
    return list(values.chunks) if isinstance(values, pa.ChunkedArray) else [values]


def compact(old: Snapshot) -> Snapshot:
    """Drop the dead rows, one chunk per column, tactic rows renumbered."""
    keep = old.everything
    kept = old.table.filter(keep)
    position = pc.subtract(pc.cumulative_sum(pc.cast(keep, pa.int32())), 1)
    tactic_keep = pc.take(keep, old.tactic_rows)
    table = kept.combine_chunks()
    table = table.set_column(0, "row", pa.array(np.arange(table.num_rows, dtype=np.int32)))
    codes = pc.filter(old.tactic_codes, tactic_keep)
    return Snapshot(
        generation=old.generation,
        table=table,
        tactic_rows=pc.cast(pc.take(position, pc.filter(old.tactic_rows, tactic_keep)), pa.int32()),
        tactic_codes=pa.chunked_array(_chunks(codes), type=codes.type).combine_chunks(),
        everything=pa.array(np.ones(table.num_rows, dtype=bool)),
        mark=old.mark,
    )


def clear() -> None:
    with _lock:
        _cache.clear()


class StartYear(Func):
    """The year of ``date_start`` in SQL, without Django's Python date functions on SQLite."""

    output_field = IntegerField()
    template = "CAST(EXTRACT(YEAR FROM %(expressions)s) AS integer)"

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        return self.as_sql(
            compiler, connection, template="CAST(substr(%(expressions)s, 1, 4) AS integer)"
        )


def _batch(rows: list[tuple[object, ...]], start: int) -> pa.RecordBatch:
    columns = list(zip(*rows, strict=True)) if rows else [()] * (2 + len(CODED))
    arrays = {
        "row": pa.array(range(start, start + len(rows)), pa.int32()),
        "id": pa.array(columns[0], pa.int64()),
        "year": pa.array(columns[1], pa.int16()),
    }
    for index, name in enumerate(CODED):
        arrays[name] = pa.array(columns[2 + index], pa.string())
    return pa.RecordBatch.from_pydict(arrays)


def _raw(query: QuerySet[Any]) -> Iterator[tuple[object, ...]]:
    """Rows as the driver returns them: Django's per-row converters cost more than the read."""
    try:
        sql, params = query.query.sql_with_params()
    except EmptyResultSet:  # .none(): nothing to read
        return
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(CHUNK):
            yield from rows


def _in_range(model: Any, ids: pa.Array, exact: bool = False) -> QuerySet[Any]:
    """Rows of a per-incident table for the snapshot's id range (an index range scan, no join);
    rows of incidents outside the snapshot are dropped by ``index_in`` afterwards. ``exact``
    (a refresh's few incidents, possibly far apart): those ids only."""
    if len(ids) == 0:
        return model.objects.none()
    if exact:
        return model.objects.filter(incident_id__in=ids.to_pylist())
    low, high = pc.min_max(ids).values()
    return model.objects.filter(incident_id__gte=low.as_py(), incident_id__lte=high.as_py())


def build(
    incidents: QuerySet[Incident], version: int | None = None, *, mark: int = 0, exact: bool = False
) -> Snapshot:
    """Read the coded fields once, in chunks, into Arrow columns (no identifying field)."""
    batches: list[pa.RecordBatch] = []
    chunk: list[tuple[object, ...]] = []
    values = incidents.annotate(start_year=StartYear("date_start"))
    values = values.order_by("pk").values_list("pk", "start_year", *CODED)
    for row in _raw(values):
        chunk.append(row)
        if len(chunk) == CHUNK:
            batches.append(_batch(chunk, CHUNK * len(batches)))
            chunk = []
    batches.append(_batch(chunk, CHUNK * len(batches)))
    table = pa.Table.from_batches(batches).combine_chunks()
    for name in CODED:
        index = table.schema.get_field_index(name)
        table = table.set_column(index, name, pc.dictionary_encode(table[name]).combine_chunks())
    ids = table["id"]
    synthetic = _in_range(ImportedRow, ids, exact).filter(batch__synthetic=True)
    flagged = [pk for (pk,) in _raw(synthetic.values_list("incident_id"))]
    table = table.append_column("synthetic", pc.is_in(ids, value_set=pa.array(flagged, pa.int64())))
    pairs = list(_raw(_in_range(IncidentTactic, ids, exact).values_list("incident_id", "code")))
    columns = list(zip(*pairs, strict=True)) if pairs else [(), ()]
    rows = pc.index_in(pa.array(columns[0], pa.int64()), value_set=ids)
    found = pc.is_valid(rows)
    return Snapshot(
        generation=version,
        table=table,
        tactic_rows=pc.cast(pc.filter(rows, found), pa.int32()),
        tactic_codes=pc.dictionary_encode(pc.filter(pa.array(columns[1], pa.string()), found)),
        everything=pa.array(np.ones(table.num_rows, dtype=bool)),
        mark=mark,
    )
