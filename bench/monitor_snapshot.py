"""Everything the monitor predicts, written to one folder, to diff before and after a speed change.

``python -m bench.monitor_snapshot OUT [--articles 3000]``: the predictions of ``amanat monitor
evaluate`` on every labelled corpus under ``amanat/monitor/corpus``; every synthetic article's
language guess with its confidence, tags (evidence, rule, version), features and shingles (six
languages and English only, one process; string hashing seeded, so the stream's order is
the same in every run); and each article's group, TNR flag and tactic count in the
benchmark's own two-worker pipeline on the six-language stream (``bench-pipeline.json``, with
the TNR total and the skipped count). A change meant to be faster only
must leave ``diff -r BEFORE AFTER`` empty.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

from amanat.monitor import synthetic
from amanat.monitor.nlp import corpus, normalise, pipeline

_CORPORA = Path(__file__).resolve().parent.parent / "amanat" / "monitor" / "corpus"


def _corpora(out: Path) -> None:
    for folder in sorted(p for p in _CORPORA.iterdir() if (p / "labels.jsonl").exists()):
        result = pipeline.predict_folder(corpus.read_folder(folder))
        corpus.write_labels(out / f"{folder.name}.jsonl", result.predictions)


def _article(text: str) -> dict[str, object]:
    try:
        item = pipeline.prepare("", text)
    except normalise.BadInput as exc:
        return {"skipped": exc.reason}
    tagging = item.tagging
    return {
        "lang": [item.language.code, repr(item.language.confidence)],
        "hash": item.text_hash,
        "tnr": tagging.is_tnr,
        "origin": tagging.origin_state,
        "hosts": tagging.host_countries,
        "tactics": tagging.tactics,
        "tags": [[t.kind, t.value, t.evidence, t.rule, t.version] for t in tagging.tags],
        "features": item.doc.features,
        # A set's order, which changes with the process's string hash seed; MinHash ignores it.
        "shingles": hashlib.sha256("\n".join(sorted(item.doc.shingles)).encode()).hexdigest(),
    }


def _synthetic(out: Path, articles: int) -> None:
    for name, multilingual in (("six", True), ("english", False)):
        texts, _stories, _planted = synthetic.generate(articles, multilingual=multilingual)
        with (out / f"synthetic-{name}.jsonl").open("w", encoding="utf-8") as lines:
            for text in texts:
                lines.write(json.dumps(_article(text), ensure_ascii=False) + "\n")


def _bench(out: Path, articles: int) -> None:
    from bench import monitor  # the bench's own pipeline, with its worker processes

    texts, _stories, _planted = synthetic.generate(articles, multilingual=True)
    run = monitor.run_pipeline(texts, workers=2)
    with (out / "bench-pipeline.json").open("w", encoding="utf-8") as lines:
        totals = {"groups": run.groups, "tnr": run.tnr, "skipped": run.skipped}
        json.dump(totals | {"is_tnr": run.is_tnr, "tactics": run.tactics}, lines)
        lines.write("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.monitor_snapshot", description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args(argv)
    if os.environ.get("PYTHONHASHSEED") != "0":  # the synthetic stream's order depends on it
        os.environ["PYTHONHASHSEED"] = "0"
        again = [sys.executable, "-m", "bench.monitor_snapshot", *sys.argv[1:]]
        os.execv(sys.executable, again)  # noqa: S606 - this same program again, no shell involved
    args.out.mkdir(parents=True, exist_ok=True)
    _corpora(args.out)
    _synthetic(args.out, args.articles)
    _bench(args.out, args.articles * 2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
