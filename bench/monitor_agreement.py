"""How far two careful annotators agree on the monitor's corpus (issue 12).

``python -m bench.monitor_agreement``. A tactic F1 of 0.5 on unread text could be the rules' or
the labels' fault: if annotators themselves disagree, no reader can score higher. So 80 texts
drawn at random (seed 10) from tnr-dev and tnr-fresh5..13 were copied under new names and
labelled again by a second annotator who read only the codebook (design/taxonomy.md) and the
texts — never the corpus labels, the monitor's code or its predictions. Their labels are in
``bench/data/agreement/second-annotator.jsonl`` (split and file restored). This scores them
against the corpus labels with the monitor's own scorer, so the figures read like the bars:
what a careful human-like reading reaches where the rules reach 0.45–0.65 on unread text.
"""

from __future__ import annotations

import json
from pathlib import Path

from amanat.monitor.nlp import corpus, evaluate

ROOT = Path(__file__).resolve().parent.parent
SECOND = ROOT / "bench" / "data" / "agreement" / "second-annotator.jsonl"
CORPUS = ROOT / "amanat" / "monitor" / "corpus"


def pairs() -> tuple[list[corpus.Label], list[corpus.Label]]:
    """The corpus labels and the second annotator's, for the same texts in the same order."""
    first, second = [], []
    gold: dict[str, dict[str, corpus.Label]] = {}
    for line in SECOND.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        split = row.pop("split")
        if split not in gold:
            gold[split] = {g.file: g for g in corpus.read_labels(CORPUS / split / "labels.jsonl")}
        name = f"{split}/{row['file']}"
        first.append(_renamed(gold[split][row["file"]], name))
        second.append(_renamed(corpus.parse_label(row, name), name))
    return first, second


def _renamed(label: corpus.Label, name: str) -> corpus.Label:
    data = label.to_json()
    data["file"], data["story_group"] = name.replace("/", "-"), None
    return corpus.parse_label(data)


def run(**_ignored: object) -> str:
    first, second = pairs()
    report = evaluate.score(first, second)
    rel, tac = report["relevance"], report["tactics"]["micro"]
    alikes = [b for a, b in zip(first, second, strict=True) if not a.is_tnr]
    return "\n".join([
        f"{len(first)} texts ({sum(a.is_tnr for a in first)} TNR in the corpus labels); the "
        "second annotator scored as if it were the monitor:", "",
        "| relevance P / R / F1 | look-alikes rejected | tactic P / R / F1 | origin |",
        "|---|--:|---|--:|",
        f"| {rel['precision']:.3f} / {rel['recall']:.3f} / {rel['f1']:.3f} "
        f"| {sum(not b.is_tnr for b in alikes)}/{len(alikes)} "
        f"| {tac['precision']:.3f} / {tac['recall']:.3f} / {tac['f1']:.3f} "
        f"| {report['origin_state_accuracy']:.3f} |",
    ])  # fmt: skip


if __name__ == "__main__":
    print(run())
