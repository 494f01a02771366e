"""Session 10's word-model veto with twice the data, chosen on 26 unread splits (issue 12).

``python -m bench.monitor_veto_data`` prints the selection run; ``--test SPLIT ...`` the one-shot
test pre-registered in docs/monitor/learned-models.md ("Session 17"). The veto is
bench/monitor_textmodel.py's, unchanged: a logistic regression over hashed words and word pairs
(Chinese character pairs), C = 10, balanced classes, asked about each article of 60 words or
more that the rules call TNR; a "no" (p < t) turns it negative and drops its tactics.

Session 10 trained it on 1,001 texts, session 15 on about 1,100; both times it rejected many
more look-alikes on unread text and lost about as much in recall. The labelled splits now hold
about 2,100 texts. This asks whether the doubled data changes the trade:

- selection: leave-one-split-out over the 26 splits written blind since session 11
  (tnr-fresh18 ... tnr-fresh43, which no rule was written from and whose predictions nobody has
  opened), the rules being today's (they have not changed a prediction since those splits were
  written), the model trained on every other labelled split but tnr-heldout; thresholds
  :data:`THRESHOLDS`; two training sets, to see what the data adds: the splits the rules were
  read from only (``read``), and those plus the other unread splits (``all``);
- the one-shot test (``--test``): trained on every labelled split but tnr-heldout and the test
  splits, the chosen threshold, pooled totals only.

Only pooled totals are printed: no split, file or probability of an unread split.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from amanat.monitor.nlp import corpus
from bench import monitor_blind, monitor_textmodel

UNREAD = tuple(f"tnr-fresh{n}" for n in range(18, 44))
KEPT_OUT = ("tnr-heldout",)
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)
HEAD = ("| reader | relevance P / R / F1 | look-alikes rejected | tactic F1 | origin |\n"
        "|---|---|--:|--:|--:|")  # fmt: skip

Texts = dict[str, list[monitor_textmodel.Text]]


def _today(split: str) -> list[corpus.Label]:
    """Today's rules alone: the shipped veto (on by default since this test) switched off."""
    return monitor_textmodel._rules_alone(split)


def _vetoed(
    labels: list[corpus.Label],
    split_texts: list[monitor_textmodel.Text],
    probability: Callable[[str], float | None],
    threshold: float,
) -> list[corpus.Label]:
    """The rules' labels with each positive the model gives p < ``threshold`` turned negative."""
    found = {t.file: t.text for t in split_texts}
    out = []
    for label in labels:
        p = probability(found[label.file]) if label.is_tnr else None
        out.append(corpus.Label(label.file, False) if p is not None and p < threshold else label)
    return out


def _renamed(labels: Sequence[corpus.Label], split: str) -> list[corpus.Label]:
    return [monitor_blind._renamed(label, split) for label in labels]


def _row(name: str, gold: list[corpus.Label], predicted: list[corpus.Label]) -> str:
    cells = monitor_blind._cells(monitor_blind.figures(gold, predicted), grouping=False)
    return f"| {name} | {cells} |"


def _training(splits: Sequence[str], regime: str, left_out: str) -> list[str]:
    """The splits a fold trains on: never tnr-heldout, the fold's own split or a split written
    after the selection; ``read`` also leaves out every unread split."""
    out = [s for s in splits if s not in KEPT_OUT and s != left_out and not _newer(s)]
    return [s for s in out if s not in UNREAD] if regime == "read" else out


def _newer(split: str) -> bool:
    """A split written after the selection (tnr-fresh44 on): the test's, never trained on here."""
    stem, number = monitor_blind._order(split)
    return stem == "tnr-fresh" and number > 43


def _written_after(split: str, last: int) -> bool:
    """A blind split written after the test's (tnr-fresh52 on for tnr-fresh44 … 51): the test
    trained on every split of its day, so a rerun leaves later ones out and gives its figures."""
    stem, number = monitor_blind._order(split)
    return stem == "tnr-fresh" and number > last


def selection(all_splits: Sequence[str], texts: Texts) -> str:
    """Leave-one-split-out over :data:`UNREAD`, pooled, for each training set and threshold."""
    size = sum(len(texts[s]) for s in UNREAD)
    lines = [f"Leave-one-split-out over the {len(UNREAD)} unread splits ({size} texts), "
             "today's rules, pooled:", "", HEAD]  # fmt: skip
    today = {s: _today(s) for s in UNREAD}
    gold = [g for s in UNREAD for g in _renamed([t.gold for t in texts[s]], s)]
    lines.append(_row("today's rules", gold, [p for s in UNREAD for p in _renamed(today[s], s)]))
    for regime in ("read", "all"):
        vetoed: dict[float, list[corpus.Label]] = {t: [] for t in THRESHOLDS}
        sizes = []
        for split in UNREAD:
            train = [t for s in _training(all_splits, regime, split) for t in texts[s]]
            sizes.append(len(train))
            probability = monitor_textmodel._scorer(*monitor_textmodel.fit(train))
            for threshold in THRESHOLDS:
                vetoed[threshold] += _renamed(
                    _vetoed(today[split], texts[split], probability, threshold), split
                )
        for threshold in THRESHOLDS:
            name = f"+ veto trained on {regime} ({min(sizes)}–{max(sizes)} texts), t = {threshold}"
            lines.append(_row(name, gold, vetoed[threshold]))
    return "\n".join(lines)


def one_shot(tests: Sequence[str], threshold: float, all_splits: Sequence[str],
             texts: Texts) -> str:  # fmt: skip
    """The pre-registered test: trained on every split but tnr-heldout, ``tests`` and the
    blind splits written after them."""
    unknown = sorted(set(tests) - set(all_splits))
    if unknown:
        raise ValueError(f"unknown split {', '.join(unknown)}")
    last = max(monitor_blind._order(s)[1] for s in tests)
    training = [s for s in all_splits if s not in set(tests) | set(KEPT_OUT)
                and not _written_after(s, last)]  # fmt: skip
    train = [t for s in training for t in texts[s]]
    probability = monitor_textmodel._scorer(*monitor_textmodel.fit(train))
    gold, rules, vetoed = [], [], []
    for split in tests:
        today = _today(split)
        gold += _renamed([t.gold for t in texts[split]], split)
        rules += _renamed(today, split)
        vetoed += _renamed(_vetoed(today, texts[split], probability, threshold), split)
    return "\n".join([
        f"Trained on {len(training)} splits ({len(train)} texts; all but "
        f"{', '.join([*KEPT_OUT, *tests])}); pooled over {len(tests)} splits "
        f"({len(gold)} texts), t = {threshold}:", "", HEAD,
        _row("today's rules", gold, rules),
        _row("today's rules + veto", gold, vetoed)])  # fmt: skip


def one_shot_options(prog: str, setting: str, kind: type, what: str, chose: Sequence[str],
                     argv: Sequence[str] | None) -> argparse.Namespace:  # fmt: skip
    """The options every session-17 one-shot bench shares: ``--test SPLIT ...`` and the setting
    under test (``--threshold``, ``--rescue``, ``--floor``), which ``--test`` needs; a test on a
    split that chose the setting (``chose``) or on no labelled split is refused before any text
    is read. ``options.error`` exits as argparse does, for what only the bench finds later."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("--test", nargs="+", metavar="SPLIT",
                        help="the one-shot test on these splits")  # fmt: skip
    parser.add_argument(f"--{setting}", type=kind, default=None,
                        help=f"{what} (required with --test)")  # fmt: skip
    options = parser.parse_args(argv)
    if options.test and getattr(options, setting) is None:
        parser.error(f"--test needs --{setting} (the pre-registered one)")
    overlap = sorted(set(options.test or ()) & set(chose))
    if overlap:
        parser.error(f"{', '.join(overlap)} chose the {setting}; test on newer splits")
    unknown = sorted(set(options.test or ()) - set(monitor_blind.splits()))
    if unknown:
        parser.error(f"unknown split {', '.join(unknown)}")
    options.error = parser.error
    return options


def main(argv: Sequence[str] | None = None) -> str:
    options = one_shot_options("python -m bench.monitor_veto_data", "threshold", float,
                               "the veto threshold under test", UNREAD, argv)  # fmt: skip
    all_splits = monitor_blind.splits()
    texts = {s: monitor_textmodel.texts(s) for s in all_splits}
    if options.test:
        return one_shot(options.test, options.threshold, all_splits, texts)
    missing = sorted(set(UNREAD) - set(all_splits))
    if missing:
        options.error(f"missing unread split {', '.join(missing)}")
    return selection(all_splits, texts)


def run(**_ignored: object) -> str:
    return main([])


if __name__ == "__main__":
    print(main())
