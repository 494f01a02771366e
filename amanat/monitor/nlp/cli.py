"""``amanat monitor evaluate FOLDER [--json] [--predictions FILE]`` without Django.

Scoring a labelled folder touches no database and no deployment setting, so the console
command runs this before Django is configured: a fresh checkout can evaluate with no
``AMANAT_SECRET_KEY`` (the management command calls the same code).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Protocol

from amanat.monitor.nlp import corpus, evaluate, pipeline


class Writer(Protocol):
    """Where the report goes: ``sys.stdout`` or a management command's ``self.stdout``."""

    def write(self, text: str, /) -> object: ...


def parser() -> argparse.ArgumentParser:
    scoring = argparse.ArgumentParser(
        prog="amanat monitor evaluate", description="score the pipeline on a labelled folder"
    )
    scoring.add_argument("folder", help="folder of .txt files with labels.jsonl")
    scoring.add_argument("--json", action="store_true", help="print one JSON object")
    scoring.add_argument("--predictions", help="write predictions in the labels format")
    return scoring


def run(folder_path: str, *, as_json: bool, predictions: str | None, out: Writer) -> None:
    """Predict (labels unread), score, print. Raises :class:`corpus.CorpusError` or
    :class:`OSError` for a folder that cannot be read."""
    folder = corpus.read_folder(Path(folder_path))
    result = pipeline.predict_folder(folder)
    if predictions:
        corpus.write_labels(Path(predictions), result.predictions)
    report = evaluate.score(folder.labels, result.predictions)
    if as_json:
        out.write(json.dumps(report) + "\n")
        return
    for name, reason in result.skipped.items():
        out.write(f"skipped {name}: {reason}\n")
    out.write(evaluate.render_text(report) + "\n")
    out.write(evaluate.render_breakdown(folder.labels, result.predictions) + "\n")


def main(argv: list[str]) -> int:
    """Entry point for ``amanat monitor evaluate …`` (``argv`` after ``evaluate``)."""
    options = parser().parse_args(argv)
    try:
        run(options.folder, as_json=options.json, predictions=options.predictions,
            out=sys.stdout)  # fmt: skip
    except (corpus.CorpusError, OSError) as exc:
        sys.stderr.write(f"CommandError: {exc}\n")
        return 1
    return 0
