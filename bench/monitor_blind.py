"""The monitor's blind record: every labelled split scored by the code that had not seen it.

``python -m bench.monitor_blind`` (issue 12). A split's score under today's rules is in-sample
for every split a rules round has read, which is every split but the newest: its texts were
read, file by file, to write the rules. The honest figure for text nobody has read is what the
rules scored on each split *before* anyone read it. Git keeps that code: the commit that added
the split's ``labels.jsonl`` carries the monitor as it stood, unchanged by the split it adds
(blind splits are written on branches that never touch the code). For every split this
exports ``amanat/`` at that commit into a temporary folder (``git archive``), predicts the
split's texts there in a child process (today's texts and labels; the child imports only the
old ``amanat.monitor.nlp``, which has no Django), and scores the predictions with today's
scorer. It prints, per split, the blind figures beside today's, then the blind figures pooled
over the splits that were written blind (``tnr-fresh*``, ``tnr-blind``; the first corpora were
written with the rules, so their "blind" runs are not blind to their kind of text).

Needs the git history (a clone, not an export) and the packages the old code imported
(rensa, py3langid, pypinyin: still dependencies). A split whose old code no longer runs is
reported with the child's last error line instead of figures.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amanat.monitor.nlp import corpus, evaluate, pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "amanat" / "monitor" / "corpus"
WRITTEN_BLIND = ("tnr-blind", "tnr-fresh")  # name prefixes of the splits written blind

# Run in the child with the old code first on sys.path: predict a folder, print labels as JSON.
_CHILD = """
import json, sys
from pathlib import Path
from amanat.monitor.nlp import corpus, pipeline
run = pipeline.predict_folder(corpus.read_folder(Path(sys.argv[1])))
for label in run.predictions:
    print(json.dumps(label.to_json()))
"""


@dataclass
class Record:
    """One split: the commit that added it, its gold labels and both sets of predictions."""

    split: str
    commit: str
    date: str
    gold: list[corpus.Label]
    blind: list[corpus.Label] | None
    now: list[corpus.Label]
    error: str = ""


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()  # fmt: skip


def added_in(split: str) -> tuple[str, str]:
    """The commit (and its date) that first added the split's labels file."""
    path = f"amanat/monitor/corpus/{split}/{corpus.LABELS_FILE}"
    lines = _git("log", "--diff-filter=A", "--format=%H %ad", "--date=short", "--", path)
    if not lines:
        raise LookupError(f"{split}: no commit adds {path} (a shallow clone or an export?)")
    commit, date = lines.splitlines()[-1].split()
    return commit, date


def _export(commit: str, into: Path) -> None:
    """The ``amanat`` package at ``commit``, unpacked into ``into`` (no checkout, no index)."""
    data = subprocess.run(["git", "archive", "--format=tar", commit, "amanat"], cwd=ROOT,
                          check=True, capture_output=True).stdout  # fmt: skip
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")


def predict_with(commit: str, folder: Path) -> list[corpus.Label]:
    """The old code's predictions for ``folder``; raises RuntimeError with the child's error."""
    with tempfile.TemporaryDirectory(prefix="amanat-blind-") as tmp:
        _export(commit, Path(tmp))
        env = {**os.environ, "PYTHONPATH": tmp, "PYTHONHASHSEED": "0"}
        done = subprocess.run([sys.executable, "-c", _CHILD, str(folder)], cwd=tmp, env=env,
                              capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(last)
    return [corpus.parse_label(json.loads(line), f"{commit[:7]}:{n}")
            for n, line in enumerate(done.stdout.splitlines(), 1) if line.strip()]  # fmt: skip


def record(split: str) -> Record:
    folder = CORPUS / split
    gold = corpus.read_labels(folder / corpus.LABELS_FILE)
    now = pipeline.predict_folder(corpus.read_folder(folder)).predictions
    commit, date = added_in(split)
    try:
        return Record(split, commit, date, gold, predict_with(commit, folder), now)
    except RuntimeError as exc:
        return Record(split, commit, date, gold, None, now, error=str(exc))


def _by_file(labels: list[corpus.Label]) -> dict[str, corpus.Label]:
    return {label.file: label for label in labels}


def figures(gold: list[corpus.Label], predicted: list[corpus.Label]) -> dict[str, Any]:
    """Today's scorer, plus the look-alikes rejected (the issue's second bar)."""
    guesses = _by_file(predicted)
    paired = [guesses.get(g.file, corpus.Label(g.file, False)) for g in gold]
    report = evaluate.score(gold, paired)
    alikes = [p for g, p in zip(gold, paired, strict=True) if not g.is_tnr]
    report["rejected"] = (sum(not p.is_tnr for p in alikes), len(alikes))
    return report


def _cells(report: dict[str, Any], *, grouping: bool = True) -> str:
    rel, tac = report["relevance"], report["tactics"]["micro"]
    kept, alikes = report["rejected"]
    cells = [
        f"{rel['precision']:.3f} / {rel['recall']:.3f} / **{rel['f1']:.3f}**",
        f"{kept}/{alikes}",
        f"{tac['f1']:.3f}",
        f"{report['origin_state_accuracy']:.3f}",
    ]
    if grouping:
        cells.append(f"{report['grouping']['f1']:.3f}")
    return " | ".join(cells)


def _pooled(records: list[Record], which: str) -> dict[str, Any]:
    """Relevance, look-alikes, tactics and origin over the splits' texts taken together (file
    names prefixed with the split; grouping is per split and is not pooled)."""
    gold, predicted = [], []
    for rec in records:
        labels = rec.blind if which == "blind" else rec.now
        assert labels is not None
        gold += [_renamed(label, rec.split) for label in rec.gold]
        predicted += [_renamed(label, rec.split) for label in labels]
    return figures(gold, predicted)


def _renamed(label: corpus.Label, split: str) -> corpus.Label:
    data = label.to_json()
    data["file"] = f"{split}-{label.file}"
    data["story_group"] = f"{split}/{label.story_group}" if label.story_group else None
    return corpus.parse_label(data)


def render(records: list[Record]) -> str:
    head = (
        "| split | added in | blind: relevance P / R / F1 | look-alikes rejected | tactic F1 "
        "| origin | grouping F1 | today: relevance F1 | today: tactic F1 |"
    )
    lines = [head, "|---|---|---|--:|--:|--:|--:|--:|--:|"]
    for rec in records:
        now = figures(rec.gold, rec.now)
        today = f"{now['relevance']['f1']:.3f} | {now['tactics']['micro']['f1']:.3f}"
        where = f"{rec.commit[:7]} ({rec.date})"
        if rec.blind is None:
            lines.append(
                f"| {rec.split} | {where} | old code failed: {rec.error} | | | | | {today} |"
            )
            continue
        lines.append(
            f"| {rec.split} | {where} | {_cells(figures(rec.gold, rec.blind))} | {today} |"
        )
    blind = [r for r in records if r.blind is not None and r.split.startswith(WRITTEN_BLIND)]
    if blind:
        texts = sum(len(r.gold) for r in blind)
        lines += ["", f"Pooled over the {len(blind)} splits written blind ({texts} texts; "
                  "grouping is per split):", "",
                  "| code | relevance P / R / F1 | look-alikes rejected | tactic F1 | origin |",
                  "|---|---|--:|--:|--:|"]  # fmt: skip
        for name, which in (("each split's own blind code", "blind"), ("today's code", "now")):
            lines.append(f"| {name} | {_cells(_pooled(blind, which), grouping=False)} |")
    return "\n".join(lines)


def cached_blind(split: str, cache: Path) -> list[corpus.Label]:
    """:func:`predict_with` of the split's own commit, kept as JSON lines under ``cache`` (the
    benches that ask for the same blind predictions run by run share this)."""
    commit, _date = added_in(split)
    path = cache / "blind" / f"{split}-{commit[:10]}.jsonl"
    if not path.is_file():
        labels = predict_with(commit, CORPUS / split)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps(label.to_json()) + "\n" for label in labels))
    return [corpus.parse_label(json.loads(line), str(path))
            for line in path.read_text().splitlines() if line.strip()]  # fmt: skip


def splits() -> list[str]:
    """Every labelled split, numbered ones in their order (tnr-fresh2 before tnr-fresh10)."""
    names = [p.name for p in CORPUS.iterdir() if (p / corpus.LABELS_FILE).is_file()]
    return sorted(names, key=_order)


def _order(name: str) -> tuple[str, int]:
    stem = name.rstrip("0123456789")
    return stem, int(name[len(stem) :] or 0)


def written_after(split: str, last: int) -> bool:
    """Whether ``split`` is a blind split written after tnr-fresh ``last``."""
    stem, number = _order(split)
    return stem == "tnr-fresh" and number > last


def run(**_ignored: object) -> str:
    return render([record(split) for split in splits()])


if __name__ == "__main__":
    print(run())
