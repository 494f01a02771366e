"""A learned keep/drop of the rules' tactics, trained on their blind behaviour (issue 12).

``python -m bench.monitor_selector``. On text nobody has read the rules tag about one tactic too
many per article (bench/monitor_blind.py). Could a small model learn which of the rules'
tactics to keep? Trained on today's rules it cannot: every development split has been read to
write them, so in-sample their tactics are nearly all right and there is nothing to learn from.
This trains it instead on what the rules did *before* each split was read: for every split
written blind (``tnr-fresh*``, ``tnr-blind``) the code of the commit that added it is exported
(as bench/monitor_blind.py does) and, in a child process, each text's tactic candidates are
recorded with how the rules found them: sentences fired, the first one's position, rank among
the article's candidates, how many candidates, the other tactics beside it, the language.

A logistic regression per candidate ("is this tactic in the label?") is scored leave-one-split-
out at three thresholds, with and without the co-occurring tactics, against keeping every
candidate (the rules). Only texts the rules rightly found as TNR are used: the question is which
tactics, not whether the article is TNR. Hyper-parameters are fixed here, not tuned.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import monitor_blind

THRESHOLDS = (0.3, 0.4, 0.5)

# In the child, with the old code first on sys.path: each text's tactic candidates.
_CHILD = """
import json, sys
from pathlib import Path
from amanat.monitor.nlp import corpus, normalise, pipeline, tagging
seen = {}
original = tagging._tactics
def spy(rules, analysis, origin, hosts):
    seen["hits"] = hits = original(rules, analysis, origin, hosts)
    return hits
tagging._tactics = spy
folder = corpus.read_folder(Path(sys.argv[1]))
for name in sorted(folder.texts):
    seen.clear()
    prepared = pipeline.prepare(name, normalise.decode(folder.texts[name]).text)
    sentences = [span.text for span in prepared.analysis.sentences.spans]
    hits = seen.get("hits")
    cands = {}
    for value, count in (hits.count.items() if hits is not None else ()):
        first = hits.first[value][0]
        cands[value] = [count, sentences.index(first) if first in sentences else -1]
    print(json.dumps({"file": name, "is_tnr": prepared.tagging.is_tnr, "lang":
                      prepared.language.code, "sentences": len(sentences),
                      "tactics": prepared.tagging.tactics, "cands": cands}))
"""


def candidates(split: str) -> list[dict[str, Any]]:
    """The rules' tactic candidates on each text of ``split``, by the code that added it."""
    commit, _date = monitor_blind.added_in(split)
    folder = monitor_blind.CORPUS / split
    with tempfile.TemporaryDirectory(prefix="amanat-selector-") as tmp:
        monitor_blind._export(commit, Path(tmp))
        env = {**os.environ, "PYTHONPATH": tmp, "PYTHONHASHSEED": "0"}
        done = subprocess.run([sys.executable, "-c", _CHILD, str(folder)], cwd=tmp, env=env,
                              capture_output=True, text=True, check=True)  # fmt: skip
    gold = {g.file: g for g in monitor_blind.corpus.read_labels(folder / "labels.jsonl")}
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    for row in rows:
        label = gold[row["file"]]
        row["split"], row["gold_tnr"], row["gold"] = split, label.is_tnr, list(label.tactics)
    return rows


def features(row: dict[str, Any], tactic: str, pairs: bool) -> dict[str, float]:
    cands = row["cands"]
    count, first = cands[tactic]
    counts = sorted((c for c, _ in cands.values()), reverse=True)
    found: dict[str, float] = {
        "bias": 1, f"t={tactic}": 1, "log_count": math.log2(count),
        f"t={tactic}&log_count": math.log2(count), f"rank={min(counts.index(count) + 1, 3)}": 1,
        f"candidates={min(len(cands), 4)}": 1, f"first={min(max(first, 0), 3)}": 1,
        "share": count / sum(counts), f"lang={row['lang']}": 1,
        "position": first / max(1, row["sentences"] - 1) if first >= 0 else 0.5,
    }  # fmt: skip
    if pairs:
        found.update({f"t={tactic}&with={other}": 1 for other in cands if other != tactic})
    return found


def _examples(rows: list[dict[str, Any]], pairs: bool) -> tuple[list[dict[str, float]], list[bool]]:
    xs, ys = [], []
    for row in rows:
        if row["is_tnr"] and row["gold_tnr"]:
            for tactic in row["tactics"]:
                if tactic in row["cands"]:
                    xs.append(features(row, tactic, pairs))
                    ys.append(tactic in row["gold"])
    return xs, ys


def _micro(rows: list[dict[str, Any]], kept: dict[tuple[str, str, str], bool]) -> list[int]:
    """tp, fp, fn over the rightly found TNR texts, a tactic dropped where ``kept`` says so."""
    tp = fp = fn = 0
    for row in rows:
        if not (row["is_tnr"] and row["gold_tnr"]):
            continue
        guess = {t for t in row["tactics"] if kept.get((row["split"], row["file"], t), True)}
        gold = set(row["gold"])
        tp, fp, fn = tp + len(guess & gold), fp + len(guess - gold), fn + len(gold - guess)
    return [tp, fp, fn]


def _f1(tp: int, fp: int, fn: int) -> str:
    return f"{2 * tp / (2 * tp + fp + fn):.3f} (right {tp}, extra {fp}, missed {fn})"


def loso(rows: list[dict[str, Any]], pairs: bool, threshold: float) -> list[int]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    totals = [0, 0, 0]
    for split in sorted({row["split"] for row in rows}):
        train = [row for row in rows if row["split"] != split]
        test = [row for row in rows if row["split"] == split]
        vectors = DictVectorizer()
        xs, ys = _examples(train, pairs)
        model = LogisticRegression(C=0.3, max_iter=3000).fit(vectors.fit_transform(xs), ys)
        kept = {}
        for row in test:
            for tactic in row["tactics"]:
                if tactic in row["cands"]:
                    x = vectors.transform([features(row, tactic, pairs)])
                    key = (row["split"], row["file"], tactic)
                    kept[key] = model.predict_proba(x)[0, 1] >= threshold
        totals = [a + b for a, b in zip(totals, _micro(test, kept), strict=True)]
    return totals


def run(**_ignored: object) -> str:
    blind = [s for s in monitor_blind.splits() if s.startswith(monitor_blind.WRITTEN_BLIND)]
    rows = [row for split in blind for row in candidates(split)]
    lines = [f"{len(blind)} splits written blind, {len(rows)} texts, each tagged by the code "
             "that added it; tactic micro-F1 on the texts rightly found as TNR, pooled over "
             "the held-out splits (leave-one-split-out):", "",
             "| tactics kept | F1 (right, extra, missed) |", "|---|---|",
             f"| all the rules' candidates | {_f1(*_micro(rows, {}))} |"]  # fmt: skip
    for pairs in (False, True):
        for threshold in THRESHOLDS:
            name = f"model{' + co-occurring tactics' if pairs else ''}, p ≥ {threshold}"
            lines.append(f"| {name} | {_f1(*loso(rows, pairs, threshold))} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
