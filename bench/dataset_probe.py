"""One measurement of ``bench/dataset.py``, run in its own process (``python -m bench.dataset
probe NAME``) against the database and data directory in the environment."""

from __future__ import annotations

import csv
import io
import os
import resource
import statistics
import time
from collections.abc import Callable
from typing import Any

RUNS = 5


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "amanat.settings")
    import django

    django.setup()


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _p50(work: Callable[[], Any], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(1000 * (time.perf_counter() - start))
    return statistics.median(times)


def _member(role: str = "analyst") -> Any:
    from amanat.accounts.models import StaffMember

    return StaffMember.objects.select_related("user", "organisation").get(
        organisation__slug="demo", role=role
    )


def _request(member: Any, path: str, query: dict[str, Any]) -> Any:
    """A GET as the fully signed-in member (what ``staff_required`` checks), no middleware.

    The session's private key is random: dataset views never decrypt, and unwrapping the real
    one (Argon2id, memory-hard) would dominate the process's peak RSS."""
    from django.test import RequestFactory

    from amanat.accounts import access
    from amanat.core import crypto
    from amanat.core.sessions import SessionStore

    request = RequestFactory().get(path, query)
    session = SessionStore()
    session.update(
        {
            access.PENDING_MEMBER: member.pk,
            access.EPOCH: member.session_epoch,
            access.SECOND_FACTOR_DONE: True,
            access.KEY: crypto.random_bytes(32).hex(),
        }
    )
    request.session = session
    request.user = member.user
    return request


FILTERS: list[tuple[str, dict[str, Any]]] = [
    ("no filter", {}),
    (
        "years 2015–2019, TR + KZ",
        {"year_from": 2015, "year_to": 2019, "host_countries": ["TR", "KZ"]},
    ),
    ("tactic detention, stage 2", {"tactics": ["detention"], "stages": ["stage2"]}),
]


def _raw_breakdowns(org_id: int, query: dict[str, Any]) -> None:
    """The dashboard's four breakdowns as hand-written GROUP BY queries."""
    from django.db import connection

    sqlite = connection.vendor == "sqlite"
    year = "substr(i.date_start, 1, 4)" if sqlite else "EXTRACT(YEAR FROM i.date_start)"
    where = ["i.organisation_id = %s", "i.merged_into_id IS NULL"]
    params: list[Any] = [org_id]
    if "year_from" in query:
        where.append("i.date_start >= %s AND i.date_start < %s")
        params += [f"{query['year_from']}-01-01", f"{query['year_to'] + 1}-01-01"]
    for key, column in (("host_countries", "host_country"), ("stages", "stage")):
        if key in query:
            where.append(f"i.{column} IN ({', '.join(['%s'] * len(query[key]))})")
            params += query[key]
    if "tactics" in query:
        marks = ", ".join(["%s"] * len(query["tactics"]))
        where.append(
            "EXISTS (SELECT 1 FROM casework_incidenttactic x "  # noqa: S608 - placeholders only
            f"WHERE x.incident_id = i.id AND x.code IN ({marks}))"
        )
        params += query["tactics"]
    condition = " AND ".join(where)
    with connection.cursor() as cursor:
        for group in (year, "i.host_country", "i.stage"):
            cursor.execute(
                f"SELECT {group}, COUNT(*) FROM casework_incident i WHERE {condition} "  # noqa: S608 - fixed table names and placeholders only
                f"GROUP BY {group}",
                params,
            )
            cursor.fetchall()
        cursor.execute(
            "SELECT t.code, COUNT(*) FROM casework_incidenttactic t JOIN casework_incident i "  # noqa: S608 - fixed table names and placeholders only
            f"ON i.id = t.incident_id WHERE {condition} GROUP BY t.code",
            params,
        )
        cursor.fetchall()


def dashboard() -> dict[str, Any]:
    from amanat.dataset import filters
    from amanat.dataset.analytics import breakdowns, snapshot, views
    from amanat.incidents import codebook

    member = _member()
    snapshot.clear()
    start = time.perf_counter()
    taken = snapshot.for_member(member)
    cold = 1000 * (time.perf_counter() - start)
    book = codebook.current()
    cases = []
    for name, query in FILTERS:
        request = _request(member, "/staff/dataset/", query)
        assert views.dashboard(request).status_code == 200
        selection, _form = filters.parse(request.GET, book)
        result = breakdowns.compute(taken, selection, book)

        def compute(chosen: Any = selection) -> Any:
            return breakdowns.compute(snapshot.for_member(member), chosen, book)

        cases.append(
            {
                "name": name,
                "total": result.total,
                "view_ms": _p50(lambda r=request: views.dashboard(r)),
                "compute_ms": _p50(compute),
                "sql_ms": _p50(lambda q=query: _raw_breakdowns(member.organisation_id, q)),
            }
        )
    return {"cold_ms": cold, "rows": taken.size, "tactic_rows": len(taken.tactic_rows),
            "cases": cases}  # fmt: skip


INDEXES = {  # what a hand-tuned GROUP BY dashboard would add: one covering index per breakdown
    "bench_incident_year": "casework_incident (organisation_id, merged_into_id, date_start)",
    "bench_incident_host": "casework_incident (organisation_id, merged_into_id, host_country)",
    "bench_incident_stage": "casework_incident (organisation_id, merged_into_id, stage)",
    "bench_tactic_code": "casework_incidenttactic (incident_id, code)",
}


def _indexed(create: bool) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        for name, target in INDEXES.items():
            if create:
                cursor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")
            else:
                cursor.execute(f"DROP INDEX IF EXISTS {name}")
        if create:
            cursor.execute("ANALYZE")


def _write(pks: list[int], step: int, many: int) -> None:
    """A write as casework makes them: ``many`` incidents recoded, one tactic added."""
    from amanat.incidents.models import Incident, IncidentTactic

    start = (step * 997) % max(1, len(pks) - many)
    ids = pks[start : start + many]
    Incident.objects.filter(pk__in=ids).update(host_country=("DE", "TR", "KZ")[step % 3])
    IncidentTactic.objects.get_or_create(incident_id=ids[0], code="surveillance")


def after_write() -> dict[str, Any]:
    """The first dashboard view after a write (the cached snapshot refreshes from the change
    log), p50 over 5 writes of 1 and of 100 incidents; beside the same four breakdowns as
    GROUP BY queries, without and with fitting covering indexes."""
    from amanat.dataset.analytics import views
    from amanat.incidents.models import Incident

    member = _member()
    pks = list(Incident.objects.order_by("pk").values_list("pk", flat=True))
    request = _request(member, "/staff/dataset/", {})
    start = time.perf_counter()
    assert views.dashboard(request).status_code == 200
    found: dict[str, Any] = {"cold_ms": 1000 * (time.perf_counter() - start)}
    found["warm_ms"] = _p50(lambda: views.dashboard(request))
    for offset, many in ((0, 1), (10, 100)):
        times = []
        for step in range(RUNS):
            _write(pks, offset + step, many)
            begin = time.perf_counter()
            assert views.dashboard(request).status_code == 200
            times.append(1000 * (time.perf_counter() - begin))
        found[f"after_{many}_ms"] = statistics.median(times)
    found["sql_ms"] = _p50(lambda: _raw_breakdowns(member.organisation_id, {}))
    _indexed(True)
    try:
        found["sql_indexed_ms"] = _p50(lambda: _raw_breakdowns(member.organisation_id, {}))
    finally:
        _indexed(False)
    return found


def export() -> dict[str, Any]:
    from amanat.dataset.analytics import views

    member = _member()
    start = time.perf_counter()
    response = views.export(_request(member, "/staff/dataset/export/", {"format": "csv"}))
    size = lines = 0
    for chunk in response.streaming_content:
        size += len(chunk)
        lines += chunk.count(b"\n")
    return {"seconds": time.perf_counter() - start, "rows": lines - 1, "bytes": size,
            "max_rss_mb": _rss_mb()}  # fmt: skip


def export_sql() -> dict[str, Any]:
    from django.db import connection

    member = _member()
    agg = "group_concat(code, ';')" if connection.vendor == "sqlite" else "string_agg(code, ';')"
    per_incident = "(SELECT {agg} FROM {table} x WHERE x.incident_id = i.id)"
    tactics = per_incident.format(agg=agg, table="casework_incidenttactic")
    channels = per_incident.format(agg=agg, table="casework_incidentchannel")
    sql = (
        "SELECT i.id, i.date_start, i.date_start_precision, i.host_country, "  # noqa: S608 - no input
        "i.origin_state, i.community, i.stage, i.perpetrator, i.response, i.verification, "
        "i.sensitivity, "
        f"{tactics}, {channels}, "
        "(SELECT COUNT(*) FROM casework_source s WHERE s.incident_id = i.id) "
        "FROM casework_incident i WHERE i.organisation_id = %s AND i.merged_into_id IS NULL "
        "ORDER BY i.id"
    )
    start = time.perf_counter()
    rows = 0
    sink = io.StringIO()
    writer = csv.writer(sink)
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, [member.organisation_id])
        while batch := cursor.fetchmany(2000):
            writer.writerows(batch)
            rows += len(batch)
            sink.seek(0)
            sink.truncate()
    return {"seconds": time.perf_counter() - start, "rows": rows, "max_rss_mb": _rss_mb()}


def release() -> dict[str, Any]:
    from amanat.dataset.filters import DatasetFilter
    from amanat.dataset.models import Release
    from amanat.dataset.releases import versions as releases

    member = _member("coordinator")
    start = time.perf_counter()
    created = releases.create_release(member, DatasetFilter(), "Benchmark release")
    status = releases.build(created.pk)
    seconds = time.perf_counter() - start
    built = Release.objects.get(pk=created.pk)
    if status != "done":
        raise RuntimeError(f"release build {status}: {built.error}")
    files = [f"{e['name']} {e['bytes'] / 1e6:.0f} MB" for e in built.files if e["bytes"] > 1e6]
    return {"seconds": seconds, "rows": built.row_count, "files": files, "max_rss_mb": _rss_mb()}


def idle() -> dict[str, Any]:
    _member()
    return {"max_rss_mb": _rss_mb()}


def main(name: str) -> dict[str, Any]:
    _setup()
    probes: dict[str, Callable[[], dict[str, Any]]] = {
        "idle": idle, "dashboard": dashboard, "export": export, "export_sql": export_sql,
        "release": release, "after_write": after_write,
    }  # fmt: skip
    return probes[name]()
