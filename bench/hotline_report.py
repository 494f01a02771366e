"""The hotline benchmark's results and the markdown table ``bench.hotline`` prints from them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bench.hotline_server import INTAKE_PER_MINUTE, THREADS, WORKERS


@dataclass
class LoadResult:
    scenario: str
    db: str
    seconds: float
    posts: int
    post_failures: int
    gets: int
    get_failures: int
    post_p50: float
    post_p99: float
    get_p50: float
    locust_cpu_seconds: float = 0.0
    server_cpu_seconds: float | None = None
    machine_busy: float | None = None
    window_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def submissions_per_second(self) -> float:
        return (self.posts - self.post_failures) / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms_per_submission(self) -> float | None:
        ok = self.posts - self.post_failures
        if self.server_cpu_seconds is None or ok <= 0:
            return None
        return 1000 * self.server_cpu_seconds / ok


def _fmt(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


_LABEL = {
    "text": "text report",
    "text-half": "text report at half that rate",
    "image": "report + 1 MB JPEG",
}


def markdown_table(results: list[LoadResult], base: dict[str, Any], meta: dict[str, Any]) -> str:
    """The cost table, the table of every scenario and the notes that say how they were made."""
    notes = [
        "",
        *_method_notes(base, meta),
        *_cpu_notes(results, meta),
        *_database_notes(results, meta),
    ]
    return "\n".join([*_cost_rows(results, base), "", *_scenario_rows(results, base), *notes])


def _scenario_rows(results: list[LoadResult], base: dict[str, Any]) -> list[str]:
    """One row a scenario and database, with the crypto and stripping costs it compares with."""
    crypto_ms = {"text": base["text_ms"], "text-half": base["text_ms"], "image": base["image_ms"]}
    strip_ms = {"text": 0.0, "text-half": 0.0, "image": base["strip_ms"]}
    rows = [
        "| scenario | db | submissions/s | POST p50 ms | POST p99 ms | GET p50 ms | failures "
        "| crypto-only ms | strip ms | p50 ÷ crypto | server CPU ms / submission "
        "| CPU ÷ (crypto + strip) |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for r in results:
        crypto = crypto_ms[r.scenario]
        strip = strip_ms[r.scenario]
        cpu = r.cpu_ms_per_submission
        cpu_ratio = "n/a" if cpu is None or strip is None else f"{cpu / (crypto + strip):.1f}×"
        rows.append(
            f"| {_LABEL[r.scenario]} | {r.db} | {r.submissions_per_second:.1f} "
            f"| {r.post_p50:.0f} | {r.post_p99:.0f} | {r.get_p50:.0f} "
            f"| {r.post_failures + r.get_failures} / {r.posts + r.gets} "
            f"| {crypto:.3f} | {'–' if r.scenario != 'image' else _fmt(strip)} "
            f"| {r.post_p50 / crypto:.0f}× | {_fmt(cpu)} | {cpu_ratio} |"
        )
    return rows


def _cost_rows(results: list[LoadResult], base: dict[str, Any]) -> list[str]:
    """One text submission's cost at each layer, as a multiple of the crypto alone."""
    crypto = base["text_ms"]
    return [
        "Cost of one text submission, all from this run (issue #14: goal ≤ 25× the crypto):",
        "",
        "| measure | ms | ÷ crypto |",
        "|---|--:|--:|",
        f"| crypto only (direct calls) | {crypto:.3f} | 1× |",
        f"| crypto + rows + durable commit (`submit_report`, wall) | {base['commit_ms']:.2f} "
        f"| {base['commit_ms'] / crypto:.0f}× |",
        f"| GET form + POST in process (Django test client, CPU) | {base['inprocess_cpu_ms']:.2f} "
        f"| {base['inprocess_cpu_ms'] / crypto:.0f}× |",
        *(
            f"| GET form + POST through gunicorn, {r.db} (server CPU) "
            f"| {_fmt(r.cpu_ms_per_submission)} "
            f"| {_fmt((r.cpu_ms_per_submission or 0) / crypto, 0)}× |"
            for r in results
            if r.scenario == "text"
        ),
    ]


def _method_notes(base: dict[str, Any], meta: dict[str, Any]) -> list[str]:
    """How the numbers were made: machine, server, load, payloads, baseline, stripping."""
    return [
        "- text report at half that rate: locust paces its users to half the submissions/s "
        "the text run reached (constant throughput), to read p99 below saturation.",
        f"- Machine: {meta['nproc']} CPU cores (`nproc`), Python {meta['python']}, "
        f"{meta['cpu']}. Server, load generator and databases share these cores.",
        f"- Server: `amanat serve` = gunicorn gthread, {WORKERS} workers × {THREADS} threads, "
        f"loopback HTTP. `AMANAT_INTAKE_PER_MINUTE={INTAKE_PER_MINUTE}` (the setting's maximum, "
        "default 600 per worker) so the token bucket does not throttle: this measures capacity.",
        f"- Load: locust {meta['locust']} headless (FastHttpUser, one process), {meta['users']} "
        f"users, no think time, {meta['seconds']} s per scenario after a warm-up. "
        "One submission = GET /report/ (fresh CSRF token: it rotates after every report) + "
        "multipart POST; submissions/s = successful POSTs ÷ elapsed time, so it includes the GETs. "
        "p50/p99 are the POST alone, from locust's stats (locust rounds times ≥ 100 ms to 10 ms, "
        "≥ 1 s to 100 ms). Failures = failed GETs + POSTs / all requests; a POST succeeds on "
        'HTTP 200 with `id="receipt"` (image: photo listed as received, nothing rejected).',
        f"- Text = {base['body_bytes']:,} B of encrypted JSON (a 2 KB narrative); image adds a "
        f"{base['image_bytes']:,} B JPEG (900+ px noise, q95, EXIF Artist/Make/Model/GPS); "
        f"cleaned copy {base['clean_bytes']:,} B, removed: {', '.join(base['removed']) or '—'}.",
        f"- crypto-only = direct calls, no HTTP/Django request: new receipt + "
        f"`derive_receipt_secrets` + `new_data_key` + `seal` to {base['recipients']} recipients "
        "(the demo organisation's recovery key and content staff, read from the database) + "
        "`encrypt` of the body; image adds "
        "a second data key sealed to the same recipients, SHA-256 of the cleaned file, its "
        "encrypted metadata and one `encrypt` of the cleaned file (the original is not kept). "
        f"{base['iterations']} (text) / {base['image_iterations']} (image) iterations in 5 "
        "rounds; the mean per call of the fastest round.",
        f"- strip ms = median of {base['strip_runs']} `amanat.intake.stripping.strip()` calls on "
        f"the JPEG, wall time (sandboxed subprocess; first call {_fmt(base['strip_first_ms'])} "
        f"ms; CPU incl. the subprocess {_fmt(base['strip_cpu_ms'])} ms per call)."
        + (f" Stripping failed: {base['strip_error']}." if base["strip_error"] else ""),
    ]


def _cpu_notes(results: list[LoadResult], meta: dict[str, Any]) -> list[str]:
    """What server CPU counts, and each run's share of the cores: server, locust, the rest."""
    cores = meta["nproc"] or 1
    pg = "; with PostgreSQL, its backends too" if meta["pg_cpu_included"] else ""

    def share(cpu: float | None, r: LoadResult) -> str:
        return "n/a" if cpu is None else f"{100 * cpu / (r.window_seconds * cores):.0f} %"

    def others(r: LoadResult) -> float | None:
        if r.machine_busy is None:
            return None
        return max(0.0, r.machine_busy - (r.server_cpu_seconds or 0) - r.locust_cpu_seconds)

    shares = "; ".join(
        f"{r.db} {r.scenario}: server {share(r.server_cpu_seconds, r)}, "
        f"locust {share(r.locust_cpu_seconds, r)}, other processes {share(others(r), r)}"
        for r in results
        if r.window_seconds
    )
    return [
        "- server CPU = CPU time of gunicorn's master, workers and stripping sandboxes"
        f"{pg} (from /proc, over the locust run) ÷ successful submissions; it includes the GET. "
        "CPU ÷ (crypto + strip) is the framework overhead without queueing; p50 ÷ crypto also "
        f"contains the wait for a CPU with {meta['users']} requests in flight on {cores} cores.",
        f"- Share of all {cores} cores while locust ran (incl. its ~1 s start-up; /proc/stat): "
        f"{shares}. 'Other' is everything else: kernel threads (e.g. journaling our fsyncs) and "
        "whatever else runs on the machine; a large share means noisy numbers.",
    ]


def _database_notes(results: list[LoadResult], meta: dict[str, Any]) -> list[str]:
    """The databases measured, then every failure locust saw and the servers' error lines."""
    if meta["skipped_postgres"]:
        notes = ["- PostgreSQL skipped: `DATABASE_URL` is not set (run via `make bench`)."]
    else:
        notes = [
            f"- PostgreSQL {meta['pg_version']}: fresh database per run, fsync on; "
            "SQLite: WAL, synchronous=FULL (settings.py)."
        ]
    notes += [f"- {r.db} {r.scenario}: {error}" for r in results for error in r.errors]
    notes += [
        f"- {db} server log: {len(problems)} error line(s), e.g. `{problems[0][:160]}`"
        for db, problems in meta["server_problems"].items()
        if problems
    ]
    return notes
