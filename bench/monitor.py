"""Monitor benchmark: ingest + group + tag synthetic articles, against exact-hash dedup.

``python -m bench.monitor [--articles 100000] [--workers 2] [--english-only]`` (or ``python -m
bench.run --only monitor``). Articles come from ``amanat.monitor.synthetic`` (stories with
planted exact duplicates, syndicated near-duplicates and rewrites), in the six languages the
monitor reads in the proportions of the labelled corpora (``--english-only``: the English
stream measured before). Measured in one run:

* the pipeline: ingest (clean, checks, language, hash) and tag in ``--workers`` processes, each
  also building the article's MinHash and entity features; grouping (``StoryGrouper``,
  incremental, one article at a time, in arrival order) in the main process, while the workers
  prepare the next chunks (the workers are forked at the start, the models loaded first and
  before the articles exist, so they share the models and copy nothing else: loading the
  models is not in the pipeline's time);
* the lower bound of cost: exact-hash dedup (SHA-256 of the normalised text), one process;
* the bare MinHash-LSH pass: clean, word 3-shingles and MinHash in the same ``--workers``
  processes, LSH query and insert in the main process as chunks arrive — what any
  near-duplicate grouping costs; the pipeline's speed is reported as a ratio to it (the CPU
  is shared, so absolute rates vary from run to run, ratios much less);
* grouping pairwise precision and recall on the planted pairs, for both;
* peak memory: max RSS of the main process and of the largest worker, which overlap (forked
  workers share pages copy-on-write), and the peak of all processes' proportional set size
  (PSS) summed, sampled every second (:mod:`bench.pss`; Linux) — what the run really holds;
* CPU seconds (main process and workers, and the main process alone): on a shared machine the
  wall clock depends on what else runs, the CPU time per article much less; ``2 cores ÷ CPU
  time per article`` is the rate two free cores would give;
* where the cores went during the pipeline (this bench, other work, idle; Linux) and how long
  the main process waited for the workers: starved workers leave cores idle or the main
  process busy, a busy machine does neither.

Every article is read in full, exact copies too (the ingest would skip them: not counted here).

No database and no network: this measures the text pipeline, not Django.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import sys
import time
from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

from rensa import RMinHash, RMinHashLSH

from amanat.monitor import synthetic
from amanat.monitor.nlp import normalise, pipeline, shingles, story_vote, textmodel
from amanat.monitor.nlp.grouping import Doc, StoryGrouper
from bench.procstat import machine_cpu
from bench.pss import PeakPss

T = TypeVar("T")
TIME_BUDGET_SECONDS = 240
# Small enough that grouping starts early and the last chunks end together, large enough that
# sending chunks costs nothing.
_CHUNK = 500
_AHEAD = 4  # chunks in flight per worker
_PSS_INTERVAL = 1.0  # seconds between samples of the processes' PSS (memory grows slowly)


class Prepared(NamedTuple):
    """What a worker sends back: enough to group and count, not the text itself (a tuple:
    pickled without field names)."""

    text_hash: str
    language: str
    features: list[str]
    signature: bytes
    is_tnr: bool
    tactics: tuple[str, ...]  # the codes: a story's reports share theirs (nlp/story_reading.py)
    skipped: str = ""
    p: float | None = None  # the word model's, for the story vote (nlp/story_vote.py)


def _prepare_chunk(texts: Sequence[str]) -> list[Prepared]:
    grouper = StoryGrouper()  # only for its MinHash parameters
    out = []
    for text in texts:
        try:
            item = pipeline.prepare("", text)
        except normalise.BadInput as exc:
            out.append(Prepared("", "", [], b"", False, (), exc.reason))
            continue
        tagging = pipeline.tag_prepared(item)
        sketch = grouper.minhash(item.doc.shingles)
        state = sketch.__getstate__()
        language, features = item.language.code, item.doc.features
        # The story vote's p, asked of every article: the worker cannot know its story's size.
        p = textmodel.probability(item.text) if story_vote.active() else None
        out.append(Prepared(item.text_hash, language, features, state, tagging.is_tnr,
                            tuple(tagging.tactics), "", p))  # fmt: skip
    return out


def _chunks(texts: list[str], consume: bool) -> Iterator[list[str]]:
    """The texts in chunks; ``consume``: each text blanked in ``texts`` once its chunk is taken
    (the caller's last use: a text the workers have is not kept in the main process)."""
    for start in range(0, len(texts), _CHUNK):
        chunk = texts[start : start + _CHUNK]
        if consume:
            texts[start : start + _CHUNK] = itertools.repeat("", len(chunk))
        yield chunk


def _in_order(work: Callable[[Sequence[str]], list[T]], texts: list[str], workers: int,
              pool: ProcessPoolExecutor | None = None, consume: bool = False
              ) -> Iterator[T]:  # fmt: skip
    """Results of ``work`` over chunks of the texts, in order, as the workers finish them; at
    most ``_AHEAD`` chunks per worker in flight, so finished results do not pile up in the main
    process while it groups. ``pool``: workers already forked, shut down here when done."""
    chunks = _chunks(texts, consume)
    if workers <= 1:
        for chunk in chunks:
            yield from work(chunk)
        return
    with pool or ProcessPoolExecutor(max_workers=workers) as running:
        ahead = itertools.islice(chunks, _AHEAD * workers)
        pending = deque(running.submit(work, chunk) for chunk in ahead)
        while pending:
            done = pending.popleft().result()
            for chunk in itertools.islice(chunks, 1):
                pending.append(running.submit(work, chunk))
            yield from done


@contextmanager
def _forked(workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """The pipeline's workers, forked now with the models loaded (shared copy-on-write) and
    before the articles and the other passes' leftovers exist: a page the main process writes
    after the fork is copied, and the workers' copy of what they never use still counts."""
    if workers <= 1:
        yield None
        return
    pipeline.warm_up()  # once, shared with the forked workers
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pool.submit(int).result()  # the fork start method starts every worker at the first call
        yield pool


def _pairs(labels: Sequence[Hashable]) -> set[tuple[int, int]]:
    members: dict[Hashable, list[int]] = defaultdict(list)
    for index, label in enumerate(labels):
        members[label].append(index)
    return {pair for group in members.values() for pair in itertools.combinations(group, 2)}


def _scores(truth: set[tuple[int, int]], labels: Sequence[Hashable]) -> tuple[float, float]:
    found = _pairs(labels)
    hits = len(truth & found)
    return (hits / len(found) if found else 1.0), (hits / len(truth) if truth else 1.0)


def _max_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


@dataclass
class PipelineRun:
    groups: list[int]  # of each article
    seconds: float  # wall clock, end to end
    grouping_seconds: float  # in the main process, overlapping the workers' ingest and tag
    waiting_seconds: float  # the main process waiting for the next article from the workers
    skipped: int
    is_tnr: list[bool]  # of each article (False when skipped)
    tactics: list[int]  # of each article, how many tactics its story reads in it (0 when skipped)

    @property
    def tnr(self) -> int:
        return sum(self.is_tnr)


def run_pipeline(
    texts: list[str], workers: int, pool: ProcessPoolExecutor | None = None, consume: bool = False
) -> PipelineRun:
    """Ingest and tag in the workers, each article grouped as soon as its chunk is back.
    ``pool``: from :func:`_forked` (else forked here, the models loaded first); ``consume``:
    blank ``texts`` as they are sent (:func:`_chunks`)."""
    if pool is None and workers > 1:
        with _forked(workers) as own:
            return run_pipeline(texts, workers, own, consume)
    start = time.perf_counter()
    grouper = StoryGrouper()
    groups: list[int] = []
    is_tnr: list[bool] = []
    tactics: list[tuple[str, ...]] = []
    ps: list[float | None] = []
    grouping = waiting = 0.0
    skipped = 0
    asked = time.perf_counter()
    for index, item in enumerate(_in_order(_prepare_chunk, texts, workers, pool, consume)):
        began = time.perf_counter()
        waiting += began - asked
        if item.skipped:
            groups.append(-index - 1)  # alone
            skipped += 1
        else:
            doc = Doc(index, item.text_hash, [], item.features, item.language)
            groups.append(grouper.add(doc, signature=item.signature).group)
        is_tnr.append(item.is_tnr)
        tactics.append(item.tactics)
        ps.append(item.p)
        asked = time.perf_counter()
        grouping += asked - began
    final = [grouper.group_of(i) if g > 0 else g for i, g in enumerate(groups)]
    voted = pipeline.stories_relevance({i: (g, is_tnr[i], _known(ps[i]))
                                        for i, g in enumerate(final)})  # fmt: skip
    is_tnr = [voted[i] for i in range(len(final))]  # as the folder run reads stories
    read = pipeline.stories_tactics({i: (g, is_tnr[i], tactics[i]) for i, g in enumerate(final)})
    counts = [len(read[i]) for i in range(len(final))]
    seconds = time.perf_counter() - start
    return PipelineRun(final, seconds, grouping, waiting, skipped, is_tnr, counts)


def _known(p: float | None) -> pipeline.WordModelP:
    """A p the worker already asked, as the story vote asks for it."""
    return lambda: p


def _signature_chunk(texts: Sequence[str]) -> list[bytes]:
    grouper = StoryGrouper()  # only for its MinHash parameters
    out = []
    for text in texts:
        words = shingles.tokens(normalise.clean(text))
        out.append(grouper.minhash(shingles.shingle_set(words)).__getstate__())
    return out


def _bare_minhash(texts: list[str], workers: int) -> tuple[list[int], float]:
    """Near-duplicate grouping and nothing else: MinHash in the workers, LSH in the main."""
    start = time.perf_counter()
    template = StoryGrouper()
    lsh = RMinHashLSH(template.near_threshold, template.num_perm, 32)
    sketches: list[RMinHash] = []
    groups: list[int] = []
    for index, state in enumerate(_in_order(_signature_chunk, texts, workers)):
        sketch = RMinHash(template.num_perm, template.seed)
        sketch.__setstate__(state)
        near = [p for p in lsh.query(sketch) if sketch.jaccard(sketches[p]) >= 0.5]
        groups.append(groups[min(near)] if near else index)
        lsh.insert(index, sketch)
        sketches.append(sketch)
    return groups, time.perf_counter() - start


def _exact_hash(texts: list[str]) -> tuple[list[int], float]:
    start = time.perf_counter()
    first_seen: dict[str, int] = {}
    groups = [first_seen.setdefault(normalise.text_hash(normalise.clean(t)), i)
              for i, t in enumerate(texts)]  # fmt: skip
    return groups, time.perf_counter() - start


def _share_note(name: str, cpu: float, seconds: float, busy: tuple[float, float]) -> str:
    """Where the cores went during one step: this bench, other work, idle."""
    machine_busy, machine_all = busy
    if machine_all <= 0:
        return f"- {name}: {cpu / seconds:.2f} cores busy on average."
    cores = machine_all / seconds
    others = max(0.0, machine_busy - cpu)
    idle = machine_all - machine_busy
    return (f"- {name}: this bench {cpu / seconds:.2f} cores on average, other work on the "
            f"machine {others / seconds:.2f}, idle {idle / seconds:.2f} (of {cores:.1f}): idle "
            "cores with the bench under its share would mean starved workers.")  # fmt: skip


def _busy_since(before: tuple[float, float]) -> tuple[float, float]:
    busy, total = machine_cpu()
    return busy - before[0], total - before[1]


def _cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished worker processes."""
    return _main_cpu_seconds() + _cpu_of(resource.getrusage(resource.RUSAGE_CHILDREN))


def _main_cpu_seconds() -> float:
    return _cpu_of(resource.getrusage(resource.RUSAGE_SELF))


def _cpu_of(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def run(
    articles: int = 100_000, workers: int = 2, english_only: bool = False, **_ignored: object
) -> str:
    """The benchmark as a markdown table with notes (``bench.run`` calls it)."""
    # One PSS sample reads every process's page tables: ≈ 12 ms of the main process's CPU in a
    # running pipeline, so every 0.25 s would be ≈ 5% of a core counted as the pipeline's.
    with PeakPss(_PSS_INTERVAL) as peak, _forked(workers) as pool:
        texts, stories, planted = synthetic.generate(articles, multilingual=not english_only)
        truth = _pairs(stories)
        exact_groups, exact_seconds = _exact_hash(texts)
        before = _cpu_seconds()
        minhash_groups, minhash_seconds = _bare_minhash(texts, workers)
        minhash_cpu = _cpu_seconds() - before
        before, machine, main_before = _cpu_seconds(), machine_cpu(), _main_cpu_seconds()
        count, characters = len(texts), sum(map(len, texts))
        result = run_pipeline(texts, workers, pool, consume=True)  # the texts' last use
        pipeline_cpu = _cpu_seconds() - before
        main_cpu = _main_cpu_seconds() - main_before
        pipeline_busy = _busy_since(machine)
    total = result.seconds
    nan = float("nan")
    rows = [
        ("exact-hash dedup (lower bound)", exact_seconds, nan, *_scores(truth, exact_groups)),
        ("bare MinHash-LSH pass (near-duplicates only)", minhash_seconds, minhash_cpu,
         *_scores(truth, minhash_groups)),
        ("pipeline: of which grouping (main process, overlapping the workers)",
         result.grouping_seconds, nan, nan, nan),
        ("pipeline: ingest + group + tag", total, pipeline_cpu, *_scores(truth, result.groups)),
    ]  # fmt: skip
    lines = ["| step | seconds | articles/s | CPU ms per article | pair precision | pair recall |",
             "|---|---:|---:|---:|---:|---:|"]  # fmt: skip
    for name, seconds, cpu, precision, recall in rows:
        p = "—" if precision != precision else f"{precision:.4f}"
        r = "—" if recall != recall else f"{recall:.4f}"
        c = "—" if cpu != cpu else f"{1000 * cpu / len(texts):.2f}"
        lines.append(f"| {name} | {seconds:.1f} | {len(texts) / seconds:,.0f} | {c} | {p} | {r} |")
    notes = [
        "",
        f"- {len(texts):,} articles, "
        f"{'English only' if english_only else 'six languages'} ({planted['original']:,} "
        "stories; planted "
        f"{planted['exact']:,} exact copies, {planted['near_duplicate']:,} near-duplicates, "
        f"{planted['rewrite']:,} rewrites = {len(truth):,} same-story pairs); "
        f"mean {characters / count:,.0f} characters.",
        f"- ingest + tag in {workers} worker process(es) ({os.cpu_count()} CPUs seen); grouping "
        "is sequential and incremental (each article matched against all earlier ones), in the "
        "main process as chunks come back.",
        f"- peak memory: main process {_max_rss_mb(resource.RUSAGE_SELF):,.0f} MB, largest "
        f"worker {_max_rss_mb(resource.RUSAGE_CHILDREN):,.0f} MB (max RSS, overlapping).",
        f"- peak memory, all processes (PSS): {peak.describe()}.",
        f"- tagged as TNR: {result.tnr:,} articles; skipped as bad input: {result.skipped}.",
        f"- end to end {len(texts) / total:,.0f} articles/s = {minhash_seconds / total:.2f} × the "
        f"bare MinHash-LSH pass in this run ({len(texts) / minhash_seconds:,.0f} articles/s).",
        f"- CPU time: {pipeline_cpu:,.1f} s for the pipeline, so {workers} free core(s) would "
        f"run it at about {workers * len(texts) / pipeline_cpu:,.0f} articles/s "
        f"(bare MinHash-LSH: {workers * len(texts) / minhash_cpu:,.0f}).",
        _share_note("cores during the pipeline", pipeline_cpu, total, pipeline_busy),
        f"- of the pipeline's CPU time, the main process (grouping, taking the workers' "
        f"results) {main_cpu:,.1f} s = {1000 * main_cpu / len(texts):.2f} ms per article.",
        f"- main process waited {result.waiting_seconds:.1f} s of {total:.1f} s for the "
        "workers' chunks.",
    ]
    if total > TIME_BUDGET_SECONDS:
        notes.append(f"- SLOW: {total:.0f} s is over the {TIME_BUDGET_SECONDS} s budget.")
    return "\n".join(lines + notes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.monitor", description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--english-only",
        action="store_true",
        help="the English-only stream measured before (default: six languages)",
    )
    args = parser.parse_args(argv)
    if args.articles < 10 or args.workers < 1:
        parser.error("--articles must be at least 10 and --workers at least 1")
    print(run(articles=args.articles, workers=args.workers, english_only=args.english_only))
    return 0


if __name__ == "__main__":
    sys.exit(main())
