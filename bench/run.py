"""Run Amanat's benchmarks and print their tables: ``python -m bench.run [--only NAME]``.

``make bench`` runs this under ``scripts/with-postgres.sh`` (``DATABASE_URL`` points at a
throwaway PostgreSQL); without ``DATABASE_URL`` the benchmarks run on SQLite only. Add a
benchmark by adding a module with a ``run(seconds=..., users=...) -> str`` function (a markdown
table with notes) and an entry in ``BENCHMARKS``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from bench import (
    crash,
    dataset,
    diskfull,
    flood,
    hotline,
    monitor,
    monitor_agreement,
    monitor_blind,
    monitor_selector,
    monitor_textmodel,
    receipt_flood,
    receipt_timing,
    stripping,
    wal_trace,
)

BENCHMARKS: dict[str, Callable[..., str]] = {
    "hotline": hotline.run,
    "receipt_timing": receipt_timing.run,
    # Wrong-receipt flood against returning reporters, before/after the per-prefix budget.
    "receipt_flood": receipt_flood.run,
    # How long PostgreSQL's WAL keeps a submission's commit, default vs documented settings.
    "wal_trace": wal_trace.run,
    # Reliability (docs/reliability.md): fixed, bounded sizes; --seconds/--users do not apply.
    "flood": flood.run,
    "crash": crash.run,
    "diskfull": diskfull.run,
    # Attachment cleaning, sandboxed versus bare worker: --seconds/--users do not apply.
    "stripping": stripping.run,
    # Monitor text pipeline (no server, no database): --seconds/--users do not apply.
    "monitor": monitor.run,
    # Each labelled split scored by the code of the commit that added it (needs git history).
    "monitor_blind": monitor_blind.run,
    # A second annotator's labels of 80 corpus texts against the corpus labels.
    "monitor_agreement": monitor_agreement.run,
    # A learned keep/drop of the rules' tactics, trained on their blind behaviour.
    "monitor_selector": monitor_selector.run,
    # A text model as a veto on the rules' positives (tried, not kept).
    "monitor_textmodel": monitor_textmodel.run,
    # Dataset (1,000,000 synthetic incidents; BENCH_DATASET_ROWS): --seconds/--users do not apply.
    "dataset": dataset.run,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--only", choices=sorted(BENCHMARKS), action="append", help="run only this")
    parser.add_argument("--seconds", type=int, default=20, help="load duration per scenario")
    parser.add_argument("--users", type=int, default=8, help="concurrent simulated users")
    args = parser.parse_args(argv)
    if args.seconds < 1 or args.users < 1:
        parser.error("--seconds and --users must be at least 1")
    names = args.only or list(BENCHMARKS)
    for name in names:
        start = time.perf_counter()
        try:
            table = BENCHMARKS[name](seconds=args.seconds, users=args.users)
        except hotline.BenchError as exc:
            print(f"bench {name}: {exc}", file=sys.stderr)
            return 1
        print(f"## {name}\n\n{table}\n")
        print(f"[bench] {name} took {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
