"""Scores of predicted labels against gold labels, in the shape design/taxonomy.md fixes.

- relevance: precision/recall/F1 of ``is_tnr``;
- tactics: per label and micro-averaged over all articles (a predicted non-TNR article predicts
  no tactics), for every label present in the gold or the predictions;
- origin-state and host-country accuracy: over articles whose gold label is TNR — the origin
  must be equal, the host countries equal as a set;
- grouping: pairwise — a pair of articles is positive when both share a gold ``story_group``;
  predicted pairs are those sharing a predicted group.

A ratio with nothing to count (no predicted positives…) is 1.0 when there was also nothing to
find, else 0.0. Values are rounded to four decimals.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import Any

from amanat.monitor.nlp.corpus import Label


def _ratio(numerator: int, denominator: int, *, empty: bool) -> float:
    if denominator == 0:
        return 1.0 if empty else 0.0
    return numerator / denominator


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = _ratio(tp, tp + fp, empty=fn == 0)
    recall = _ratio(tp, tp + fn, empty=fp == 0)
    f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _pairs(labels: Iterable[Label]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for label in labels:
        if label.story_group is not None:
            groups[label.story_group].append(label.file)
    return {tuple(sorted(pair)) for files in groups.values()  # type: ignore[misc]  # pairs are 2-tuples of file names
            for pair in combinations(files, 2)}  # fmt: skip


def grouping_scores(gold: Sequence[Label], predicted: Sequence[Label]) -> dict[str, float]:
    truth, guessed = _pairs(gold), _pairs(predicted)
    tp = len(truth & guessed)
    return prf(tp, len(guessed) - tp, len(truth) - tp)


def score(gold: Sequence[Label], predicted: Sequence[Label]) -> dict[str, Any]:
    """The evaluation report as one JSON-ready object."""
    by_file = {label.file: label for label in predicted}
    missing = [label.file for label in gold if label.file not in by_file]
    if missing:
        raise ValueError(f"no prediction for {missing[:5]}")
    pairs = [(label, by_file[label.file]) for label in gold]
    tp = sum(1 for g, p in pairs if g.is_tnr and p.is_tnr)
    fp = sum(1 for g, p in pairs if not g.is_tnr and p.is_tnr)
    fn = sum(1 for g, p in pairs if g.is_tnr and not p.is_tnr)
    positives = [(g, p) for g, p in pairs if g.is_tnr]
    origin_ok = sum(1 for g, p in positives if p.is_tnr and p.origin_state == g.origin_state)
    hosts_ok = sum(1 for g, p in positives
                   if p.is_tnr and set(p.host_countries) == set(g.host_countries))  # fmt: skip
    return {
        "n": len(gold),
        "relevance": prf(tp, fp, fn),
        "tactics": _tactic_scores(pairs),
        "origin_state_accuracy": round(_ratio(origin_ok, len(positives), empty=True), 4),
        "host_countries_accuracy": round(_ratio(hosts_ok, len(positives), empty=True), 4),
        "grouping": grouping_scores(gold, [by_file[g.file] for g in gold]),
    }


def _tactic_scores(pairs: Sequence[tuple[Label, Label]]) -> dict[str, Any]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for gold, predicted in pairs:
        truth = set(gold.tactics) if gold.is_tnr else set()
        guess = set(predicted.tactics) if predicted.is_tnr else set()
        for code in truth | guess:
            counts[code][0 if code in truth and code in guess else 1 if code in guess else 2] += 1
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {
        "micro": prf(*total),
        "per_label": {code: prf(*counts[code]) for code in sorted(counts)},
    }


def render_text(report: dict[str, Any]) -> str:
    """The report for a terminal: one metric per line, tactics as a small table."""

    def line(name: str, scores: dict[str, float]) -> str:
        return (f"{name:<28} P {scores['precision']:.3f}  R {scores['recall']:.3f}  "
                f"F1 {scores['f1']:.3f}")  # fmt: skip

    lines = [f"articles                     {report['n']}",
             line("relevance (is TNR)", report["relevance"]),
             line("tactics (micro)", report["tactics"]["micro"])]  # fmt: skip
    lines += [line(f"  {code}", scores) for code, scores in report["tactics"]["per_label"].items()]
    lines += [f"{'origin-state accuracy':<28} {report['origin_state_accuracy']:.3f}",
              f"{'host-countries accuracy':<28} {report['host_countries_accuracy']:.3f}",
              line("grouping (pairwise)", report["grouping"])]  # fmt: skip
    return "\n".join(lines)


def origin_recall(gold: Sequence[Label], predicted: Sequence[Label]) -> dict[str, tuple[int, int]]:
    """Per gold origin state: (articles found as TNR, articles that are TNR) — where a rule set
    that knows only some states shows its blind spots."""
    by_file = {label.file: label for label in predicted}
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for label in gold:
        if label.is_tnr:
            state = label.origin_state or "??"
            found[state][1] += 1
            found[state][0] += int(by_file[label.file].is_tnr)
    return {state: (hit, total) for state, (hit, total) in sorted(found.items())}


def lookalikes_taken(gold: Sequence[Label], predicted: Sequence[Label]) -> list[Label]:
    """The articles labelled not-TNR that were predicted TNR (with what was predicted)."""
    by_file = {label.file: label for label in predicted}
    return [by_file[g.file] for g in gold if not g.is_tnr and by_file[g.file].is_tnr]


def render_breakdown(gold: Sequence[Label], predicted: Sequence[Label]) -> str:
    """Recall per origin state and the look-alikes taken for repression, for a terminal."""
    negatives = sum(1 for label in gold if not label.is_tnr)
    taken = lookalikes_taken(gold, predicted)
    rejected = _ratio(negatives - len(taken), negatives, empty=True)
    lines = ["recall per origin state (found / TNR articles)"]
    for state, (hit, total) in origin_recall(gold, predicted).items():
        lines.append(f"  {state}  {hit:>3} / {total:<3}  {hit / total:.2f}")
    lines.append(f"look-alikes rejected         {negatives - len(taken)} / {negatives}  "
                 f"({rejected:.3f})")  # fmt: skip
    for label in taken:
        lines.append(f"  taken for TNR: {label.file} (origin {label.origin_state}, "
                     f"tactics {', '.join(label.tactics) or '-'})")  # fmt: skip
    return "\n".join(lines)
