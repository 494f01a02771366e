"""The word model's "yes" as a second way in: a rescue of texts the rules reject (issue 12).

``python -m bench.monitor_rescue`` prints the selection run; ``--rescue R --test SPLIT ...`` the
one-shot test pre-registered in docs/monitor/learned-models.md ("Session 17: a rescue").

Session 17 made the word model a veto on the rules' positives (bench/monitor_veto_data.py,
threshold :data:`VETO`). The same model reads the rules' negatives too: about one true report
in seven is missed by the rules, most of them legal steps at home against people abroad, which
the rules read no act in. A rescue makes a rules' negative of 60 words or more TNR when the
model gives it p(TNR) ≥ r. A rescued text gets no origin, host or tactic (the rules found no
reading to give it), so it changes relevance alone; a reviewer sees the model's p and the
sentence that weighed most.

- selection: leave one split out over tnr-fresh18 … tnr-fresh51 (:data:`SELECTION`), today's
  rules with the veto at :data:`VETO`, the model trained on every other labelled split but
  tnr-heldout and splits written after the selection, rescues at :data:`RESCUES`;
- the one-shot test (``--test``): trained on every split but tnr-heldout and the test splits,
  the veto and the chosen rescue beside the veto alone, pooled totals only.

Only pooled totals are printed: no split, file or probability of an unread split.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from amanat.monitor.nlp import corpus
from bench import monitor_blind, monitor_textmodel
from bench import monitor_veto_data as veto

SELECTION = tuple(f"tnr-fresh{n}" for n in range(18, 52))
VETO = 0.4
RESCUES = (0.6, 0.7, 0.8, 0.9, 0.95)

Probability = Callable[[str], float | None]


def rescued(rules: list[corpus.Label], vetoed: list[corpus.Label],
            split_texts: list[monitor_textmodel.Text], probability: Probability,
            at: float) -> tuple[list[corpus.Label], int]:  # fmt: skip
    """``vetoed`` with each of the rules' negatives the model gives p ≥ ``at`` made TNR (no
    origin, host or tactic), and how many were."""
    found = {t.file: t.text for t in split_texts}
    said_no = {label.file for label in rules if not label.is_tnr}
    out, count = [], 0
    for label in vetoed:
        p = probability(found[label.file]) if label.file in said_no else None
        if p is not None and p >= at:
            out.append(corpus.Label(label.file, True, story_group=label.story_group))
            count += 1
        else:
            out.append(label)
    return out, count


def _newer(split: str) -> bool:
    stem, number = monitor_blind._order(split)
    return stem == "tnr-fresh" and number > 51


def selection(all_splits: Sequence[str], texts: veto.Texts) -> str:
    """Leave-one-split-out over :data:`SELECTION`, pooled, for each rescue threshold."""
    gold, rules, vetoed = [], [], []
    rescues: dict[float, list[corpus.Label]] = {r: [] for r in RESCUES}
    counts = dict.fromkeys(RESCUES, 0)
    for split in SELECTION:
        train = [t for s in all_splits if s not in (*veto.KEPT_OUT, split) and not _newer(s)
                 for t in texts[s]]  # fmt: skip
        probability = monitor_textmodel._scorer(*monitor_textmodel.fit(train))
        today = veto._today(split)
        after = veto._vetoed(today, texts[split], probability, VETO)
        gold += veto._renamed([t.gold for t in texts[split]], split)
        rules += veto._renamed(today, split)
        vetoed += veto._renamed(after, split)
        for at in RESCUES:
            labels, count = rescued(today, after, texts[split], probability, at)
            rescues[at] += veto._renamed(labels, split)
            counts[at] += count
    size = len(gold)
    lines = [f"Leave-one-split-out over the {len(SELECTION)} splits tnr-fresh18 … 51 ({size} "
             "texts), today's rules, pooled:", "", veto.HEAD,
             veto._row("today's rules", gold, rules),
             veto._row(f"+ veto, t = {VETO}", gold, vetoed)]  # fmt: skip
    for at in RESCUES:
        lines.append(veto._row(f"+ veto + rescue, p ≥ {at} ({counts[at]} rescued)", gold,
                               rescues[at]))  # fmt: skip
    return "\n".join(lines)


def one_shot(tests: Sequence[str], at: float, all_splits: Sequence[str],
             texts: veto.Texts) -> str:  # fmt: skip
    """The pre-registered test: trained on every split but tnr-heldout, ``tests`` and the blind
    splits written after them."""
    unknown = sorted(set(tests) - set(all_splits))
    if unknown:
        raise ValueError(f"unknown split {', '.join(unknown)}")
    last = max(monitor_blind._order(s)[1] for s in tests)
    training = [s for s in all_splits if s not in {*tests, *veto.KEPT_OUT}
                and not veto._written_after(s, last)]  # fmt: skip
    train = [t for s in training for t in texts[s]]
    probability = monitor_textmodel._scorer(*monitor_textmodel.fit(train))
    gold, vetoed, rescues, count = [], [], [], 0
    for split in tests:
        today = veto._today(split)
        after = veto._vetoed(today, texts[split], probability, VETO)
        labels, n = rescued(today, after, texts[split], probability, at)
        gold += veto._renamed([t.gold for t in texts[split]], split)
        vetoed += veto._renamed(after, split)
        rescues += veto._renamed(labels, split)
        count += n
    return "\n".join([
        f"Trained on {len(training)} splits ({len(train)} texts; all but "
        f"{', '.join([*veto.KEPT_OUT, *tests])}); pooled over {len(tests)} splits "
        f"({len(gold)} texts), veto t = {VETO}, rescue p ≥ {at}:", "", veto.HEAD,
        veto._row("today's rules + veto", gold, vetoed),
        veto._row(f"today's rules + veto + rescue ({count} rescued)", gold, rescues)])  # fmt: skip


def main(argv: Sequence[str] | None = None) -> str:
    options = veto.one_shot_options("python -m bench.monitor_rescue", "rescue", float,
                                    "the rescue threshold under test", SELECTION, argv)  # fmt: skip
    all_splits = monitor_blind.splits()
    texts = {s: monitor_textmodel.texts(s) for s in all_splits}
    if options.test:
        return one_shot(options.test, options.rescue, all_splits, texts)
    return selection(all_splits, texts)


def run(**_ignored: object) -> str:
    return main([])


if __name__ == "__main__":
    print(main())
