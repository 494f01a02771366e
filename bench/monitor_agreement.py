"""How far careful annotators agree with the monitor's corpus labels (issue 12).

``python -m bench.monitor_agreement``. A figure on unread text could be the reader's or the
labels' fault: if careful annotators themselves disagree with the labels, no reader can score
higher against them. Texts drawn at random were copied under new names and labelled again by
annotators who read only the texts and what each set names below — never the corpus labels,
the monitor's code or its predictions. Their labels are in ``bench/data/agreement/`` (split and
file restored). Each set is scored against the corpus labels with the monitor's own scorer, so
the figures read like the bars; beside it, the monitor's own predictions for the same texts
(each split predicted as a folder, as ``amanat monitor evaluate`` does), against the corpus
labels and against the annotators'.

- ``second-annotator.jsonl`` (session 10): 80 texts of tnr-dev and tnr-fresh5 … 13 (seed 10),
  one annotator who read only the codebook (design/taxonomy.md).
- ``s29-lookalikes-only.jsonl`` (session 29): 120 texts, three from each of tnr-fresh313 … 352
  (seed 29), two annotators of 60 each, who read the codebook and a list of look-alikes (the
  kinds the corpus writers were asked to write) but not the writers' list of TNR acts.
- ``s29-writers-guidance.jsonl`` (session 29): the same 120 texts labelled by two other
  annotators with the writers' own guidance, both lists: what look-alikes are, and which acts
  count as TNR (warrants and in-absentia sentences for exiles, extradition requests for
  dissidents…).

Session 10's texts are in the monitor's training data (its figures there are in-sample);
session 29's were never trained on (the word and tactic models end at tnr-fresh232, the
decider at tnr-fresh312), though they were read, scored and looked at in sessions 27 and 28.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from amanat.monitor.nlp import corpus, evaluate, pipeline

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "agreement"
SECOND = DATA / "second-annotator.jsonl"
CORPUS = ROOT / "amanat" / "monitor" / "corpus"


@dataclass(frozen=True)
class Annotation:
    name: str
    path: Path


ANNOTATIONS = (
    Annotation("session 10, codebook only (80 texts)", SECOND),
    Annotation("session 29, look-alikes listed (120 texts)", DATA / "s29-lookalikes-only.jsonl"),
    Annotation(
        "session 29, the writers' guidance (120 texts)", DATA / "s29-writers-guidance.jsonl"
    ),
)


def _rows(path: Path) -> list[dict[str, Any]]:
    """The annotation file's rows: each an annotator's label with its ``split``."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def pairs(path: Path = SECOND) -> tuple[list[corpus.Label], list[corpus.Label]]:
    """The corpus labels and the annotators', for the same texts in the same order."""
    first, second = [], []
    for row in _rows(path):
        split = row.pop("split")
        name = f"{split}/{row['file']}"
        first.append(_renamed(_gold(split)[row["file"]], name))
        second.append(_renamed(corpus.parse_label(row, name), name))
    return first, second


@cache
def _gold(split: str) -> dict[str, corpus.Label]:
    return {g.file: g for g in corpus.read_labels(CORPUS / split / corpus.LABELS_FILE)}


@cache
def _predicted(split: str) -> dict[str, corpus.Label]:
    """The monitor's predictions for a whole split, read as a folder (story readings included)."""
    run = pipeline.predict_folder(corpus.read_folder(CORPUS / split))
    return {label.file: label for label in run.predictions}


def texts(path: Path) -> list[tuple[str, str]]:
    """The (split, file) of every text the set labels, in its order."""
    return [(row["split"], row["file"]) for row in _rows(path)]


def monitor(path: Path) -> list[corpus.Label]:
    """The monitor's predictions for the set's texts, named as :func:`pairs` names them."""
    return [_renamed(_predicted(split)[file], f"{split}/{file}") for split, file in texts(path)]


def _renamed(label: corpus.Label, name: str) -> corpus.Label:
    data = label.to_json()
    data["file"], data["story_group"] = name.replace("/", "-"), None
    return corpus.parse_label(data)


def _row(who: str, truth: list[corpus.Label], said: list[corpus.Label]) -> str:
    report = evaluate.score(truth, said)
    rel, tac = report["relevance"], report["tactics"]["micro"]
    alikes = [b for a, b in zip(truth, said, strict=True) if not a.is_tnr]
    return (f"| {who} | {rel['precision']:.3f} / {rel['recall']:.3f} / {rel['f1']:.3f} "
            f"| {sum(not b.is_tnr for b in alikes)}/{len(alikes)} "
            f"| {tac['precision']:.3f} / {tac['recall']:.3f} / {tac['f1']:.3f} "
            f"| {report['origin_state_accuracy']:.3f} |")  # fmt: skip


def run(**_ignored: object) -> str:
    lines = ["| set: who, scored against whom | relevance P / R / F1 | look-alikes rejected "
             "| tactic P / R / F1 | origin |", "|---|---|--:|---|--:|"]  # fmt: skip
    for chosen in ANNOTATIONS:
        first, second = pairs(chosen.path)
        said = monitor(chosen.path)
        lines += [
            f"| **{chosen.name}** ({sum(a.is_tnr for a in first)} TNR in the corpus labels) "
            "| | | | |",
            _row("annotators against the corpus labels", first, second),
            _row("the monitor against the corpus labels", first, said),
            _row("the monitor against the annotators", second, said),
        ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
