"""The veto on short texts: its length floor, chosen and tested once (issue 12).

``python -m bench.monitor_veto_floor`` prints the selection run; ``--floor N --test SPLIT ...``
the one-shot test pre-registered in docs/monitor/learned-models.md ("Session 17: the veto on
short texts").

The word-model veto (nlp/textmodel.py) abstains on texts under :data:`textmodel.MIN_WORDS` (60)
words, a floor set in session 10 for news articles. The splits written blind since session 11
are 60–250 words by their brief, so the veto was chosen and tested on long texts; but the first
corpora (tnr-dev, tnr-heldout: median 38–42 words) and the issue's hidden corpus ("short news
texts") are short, and every Chinese text counts a run of characters as one word, so the veto
never reads Chinese. This asks whether a lower floor helps:

- selection: leave one split out (the model trained on every other labelled split but
  tnr-heldout and splits written after tnr-fresh58), today's rules with the veto at its
  threshold, floors :data:`FLOORS`, over the blind splits tnr-fresh18 … 58 (their short texts are
  mostly Chinese) and over the early splits the rules were written from (mostly short, but the
  rules are in-sample there: the veto can only cost them);
- the one-shot test (``--test``): the shipped veto through the tagger, at the chosen floor and at
  60, on short splits written for it; the shipped weights must not have been trained on them.

Only pooled totals are printed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from amanat.monitor.nlp import corpus, pipeline, textmodel
from bench import monitor_blind, monitor_textmodel
from bench import monitor_veto_data as veto

FLOORS = (60, 40, 20, 0)
BLIND = tuple(f"tnr-fresh{n}" for n in range(18, 59))
EARLY = ("tnr-dev", "tnr-blind", "tnr-fresh", "tnr-fresh2", "tnr-fresh3", "tnr-fresh4")


@contextmanager
def floor(words: int) -> Iterator[None]:
    """The veto's floor (the bench's scorer and the tagger's) set to ``words`` for a while."""
    saved = textmodel.MIN_WORDS, monitor_textmodel.MIN_WORDS
    textmodel.MIN_WORDS = monitor_textmodel.MIN_WORDS = words
    try:
        yield
    finally:
        textmodel.MIN_WORDS, monitor_textmodel.MIN_WORDS = saved


def _selection_set(name: str, splits: Sequence[str], all_splits: Sequence[str],
                   texts: veto.Texts) -> list[str]:  # fmt: skip
    gold, rules = [], []
    out: dict[int, list[corpus.Label]] = {f: [] for f in FLOORS}
    for split in splits:
        train = [t for s in all_splits if s not in (*veto.KEPT_OUT, split)
                 and not veto._written_after(s, 58) for t in texts[s]]  # fmt: skip
        probability = monitor_textmodel._scorer(*monitor_textmodel.fit(train))
        today = veto._today(split)
        gold += veto._renamed([t.gold for t in texts[split]], split)
        rules += veto._renamed(today, split)
        for words in FLOORS:
            with floor(words):
                after = veto._vetoed(today, texts[split], probability, textmodel.THRESHOLD)
            out[words] += veto._renamed(after, split)
    short = sum(textmodel.word_count(t.text) < textmodel.MIN_WORDS
                for s in splits for t in texts[s])  # fmt: skip
    lines = ["", f"{name}: {len(gold)} texts, {short} under {textmodel.MIN_WORDS} words", "",
             veto.HEAD, veto._row("rules (no veto)", gold, rules)]  # fmt: skip
    for words in FLOORS:
        row = f"+ veto t = {textmodel.THRESHOLD}, floor {words} words"
        lines.append(veto._row(row, gold, out[words]))
    return lines


def selection(all_splits: Sequence[str], texts: veto.Texts) -> str:
    lines = ["Leave-one-split-out, pooled:"]
    lines += _selection_set("blind tnr-fresh18 … 58", BLIND, all_splits, texts)
    lines += _selection_set("early splits (the rules read them)", EARLY, all_splits, texts)
    return "\n".join(lines)


def _shipped(tests: Sequence[str]) -> list[corpus.Label]:
    labels = []
    for split in tests:
        run = pipeline.predict_folder(corpus.read_folder(monitor_blind.CORPUS / split))
        labels += veto._renamed(run.predictions, split)
    return labels


def one_shot(tests: Sequence[str], words: int, all_splits: Sequence[str]) -> str:
    """The pre-registered test: the shipped veto at floor 60 and at ``words``, through the
    tagger, on ``tests`` (none of them in the shipped weights' training splits)."""
    unknown = sorted(set(tests) - set(all_splits))
    if unknown:
        raise ValueError(f"unknown split {', '.join(unknown)}")
    trained = sorted(set(tests) & set(textmodel.load().splits))
    if trained:
        raise ValueError(f"the shipped weights were trained on {', '.join(trained)}")
    gold = [g for s in tests for g in veto._renamed(
        corpus.read_labels(monitor_blind.CORPUS / s / corpus.LABELS_FILE), s)]  # fmt: skip
    rules = [p for s in tests for p in veto._renamed(veto._today(s), s)]
    with floor(textmodel.MIN_WORDS):
        shipped = _shipped(tests)
    with floor(words):
        lowered = _shipped(tests)
    return "\n".join([
        f"The shipped veto (t = {textmodel.THRESHOLD}), pooled over {len(tests)} splits "
        f"({len(gold)} texts):", "", veto.HEAD,
        veto._row("rules alone", gold, rules),
        veto._row(f"rules + veto, floor {textmodel.MIN_WORDS} words (shipped)", gold, shipped),
        veto._row(f"rules + veto, floor {words} words", gold, lowered)])  # fmt: skip


def main(argv: Sequence[str] | None = None) -> str:
    chose = (*BLIND, *EARLY)
    options = veto.one_shot_options("python -m bench.monitor_veto_floor", "floor", int,
                                    "the floor under test, in words", chose, argv)  # fmt: skip
    if options.floor is not None and options.floor < 0:
        options.error("--floor is a number of words, 0 or more")
    all_splits = monitor_blind.splits()
    if options.test:
        try:
            return one_shot(options.test, options.floor, all_splits)
        except ValueError as exc:
            options.error(str(exc))
    texts = {s: monitor_textmodel.texts(s) for s in all_splits}
    return selection(all_splits, texts)


def run(**_ignored: object) -> str:
    return main([])


if __name__ == "__main__":
    print(main())
