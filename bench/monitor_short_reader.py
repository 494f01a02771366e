"""The text model on short reports: a firmer veto and a rescue (issue 12, session 18).

``python -m bench.monitor_short_reader`` prints the selection run; ``--test SPLIT ...`` the
one-shot test pre-registered in docs/monitor/learned-models.md ("Session 18").

On short texts (25–55 words) the rules find only about half the true reports (session 17's
blind short splits: recall 0.52–0.63, against 0.85 on long ones), and the word model abstained
there. Session 17 tried its veto on short texts with weights trained almost only on long ones,
and it vetoed true reports. The labelled splits now hold 800 short texts (tnr-fresh59 … 78), so
the model is retrained on every split up to tnr-fresh78 but tnr-heldout, and on a short report
(:func:`textmodel.short_size`) it

- vetoes the rules' positive when p(TNR) < v (firmer than the long texts' 0.4), and
- rescues the rules' negative when p ≥ r, if the rules found an origin state and people abroad
  (a diaspora cue or a host country) and no look-alike gate turned it down (the selection also
  prints rescues of gated texts); the rescued report carries what the rules read (origin, hosts,
  any tactic they found).

- selection: leave one split out over the 20 short splits tnr-fresh59 … 78 (:data:`SELECTION`),
  the model of each fold trained on every other labelled split but tnr-heldout and the splits
  written after (tnr-fresh79 on); vetoes :data:`VETOES` × rescues :data:`RESCUES`;
- the one-shot test (``--test``): the tagger itself, with the shipped weights (trained on
  neither the test splits nor tnr-heldout), the rules alone, the rules with the long texts'
  veto only, and the monitor as shipped; pooled totals only.

Only pooled totals are printed: no split, file or probability of an unread split.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from amanat.monitor.nlp import corpus, gate, normalise, pipeline, textmodel
from bench import monitor_blind, monitor_textmodel
from bench import monitor_veto_data as veto

SELECTION = tuple(f"tnr-fresh{n}" for n in range(59, 79))
VETOES = (0.0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5)
RESCUES = (0.5, 0.55, 0.6, 0.7, 1.01)  # 1.01: no rescue
HEAD = ("| reader | relevance P / R / F1 | look-alikes rejected | tactic F1 | origin | grouping |\n"
        "|---|---|--:|--:|--:|--:|")  # fmt: skip


@dataclass(frozen=True)
class Reading:
    """What the rules read in one text with the model off, and the model's p (None: abstains)."""

    rules: corpus.Label
    partial: corpus.Label  # origin, hosts and tactics the rules found, TNR or not
    abroad: bool  # an origin, and a diaspora cue or a host country: the rescue's condition
    gated: bool  # a look-alike gate turned the rules' positive down: never rescued as shipped
    p: float | None


def _rules_reading(split: str) -> dict[str, tuple[corpus.Label, bool, bool]]:
    """Each file's partial reading by the rules alone (the veto off), whether it has an origin
    and people abroad, and whether a look-alike gate turned it down (``gate.look_alike``
    watched: the tagger keeps that answer to itself)."""
    saved, textmodel.ENABLED = textmodel.ENABLED, False
    asked, answers = gate.look_alike, []

    def watched(*args: Any, **kwargs: Any) -> bool:
        answers.append(asked(*args, **kwargs))
        return answers[-1]

    gate.look_alike = watched
    try:
        folder = corpus.read_folder(monitor_blind.CORPUS / split)
        out = {}
        for name in sorted(folder.texts):
            answers.clear()
            found = pipeline.tag_prepared(
                pipeline.prepare(name, normalise.decode(folder.texts[name]).text)
            )
            origin = found.first("origin_state") or None
            hosts = tuple(t.value for t in found.of_kind("host_country"))
            tactics = tuple(dict.fromkeys(t.value for t in found.of_kind("tactic")))
            abroad = "abroad" in found.of_kind("relevance")[0].rule.split("]")[0]
            partial = corpus.Label(name, True, origin, hosts, tactics)
            out[name] = (partial, bool(origin) and abroad, any(answers))
        return out
    finally:
        textmodel.ENABLED = saved
        gate.look_alike = asked


def decided(reading: Reading, veto_at: float, rescue_at: float, gated_too: bool) -> corpus.Label:
    """The label with the model's word on a short report: veto under ``veto_at``, rescue (with
    the rules' partial reading) at ``rescue_at`` or over, of a text a gate turned down too if
    ``gated_too``."""
    label, p = reading.rules, reading.p
    if p is None:
        return label
    if label.is_tnr and p < veto_at:
        return corpus.Label(label.file, False, story_group=label.story_group)
    if label.is_tnr:
        return label
    if reading.abroad and p >= rescue_at and (gated_too or not reading.gated):
        part = reading.partial
        return corpus.Label(label.file, True, part.origin_state, part.host_countries, part.tactics,
                            story_group=label.story_group)  # fmt: skip
    return label


def _short_probability(
    index: np.ndarray, weight: np.ndarray, bias: float
) -> Callable[[str], float | None]:
    """The fold's model as the tagger applies it: long texts (the veto's 0.4 applies there, not
    studied here) and texts neither long nor short get None."""
    score = monitor_textmodel._scorer(index, weight, bias)
    saved = monitor_textmodel.MIN_WORDS

    def probability(text: str) -> float | None:
        if textmodel.word_count(text) >= textmodel.MIN_WORDS or textmodel.short_size(text) is None:
            return None
        monitor_textmodel.MIN_WORDS = 0
        try:
            return score(text)
        finally:
            monitor_textmodel.MIN_WORDS = saved

    return probability


def selection(all_splits: Sequence[str], texts: veto.Texts) -> str:
    """Leave-one-split-out over :data:`SELECTION`, pooled, for each veto and rescue."""
    gold: list[corpus.Label] = []
    rows: dict[tuple[bool, float, float], list[corpus.Label]] = {}
    for split in SELECTION:
        train = [t for s in all_splits if s not in (*veto.KEPT_OUT, split)
                 and not veto._written_after(s, 78) for t in texts[s]]  # fmt: skip
        probability = _short_probability(*monitor_textmodel.fit(train))
        today = {label.file: label for label in veto._today(split)}
        partial = _rules_reading(split)
        readings = [Reading(today[t.file], *partial[t.file], probability(t.text))
                    for t in texts[split]]  # fmt: skip
        gold += veto._renamed([t.gold for t in texts[split]], split)
        for gated_too in (False, True):
            for v in VETOES:
                for r in RESCUES:
                    rows.setdefault((gated_too, v, r), []).extend(
                        veto._renamed([decided(x, v, r, gated_too) for x in readings], split)
                    )
    lines = [f"Leave-one-split-out over the {len(SELECTION)} short splits tnr-fresh59 … 78 "
             f"({len(gold)} texts), today's rules, pooled:", "", HEAD]  # fmt: skip
    for (gated_too, v, r), predicted in rows.items():
        if r > 1 and gated_too:
            continue  # no rescue: the same row as without
        which = " (gated too)" if gated_too else ""
        name = f"veto < {v}, rescue ≥ {r}{which}" if r <= 1 else f"veto < {v}, no rescue"
        lines.append(_row(name, gold, predicted))
    return "\n".join(lines)


def _row(name: str, gold: list[corpus.Label], predicted: list[corpus.Label]) -> str:
    return f"| {name} | {monitor_blind._cells(monitor_blind.figures(gold, predicted))} |"


def _predict(split: str, enabled: bool, short: bool) -> list[corpus.Label]:
    saved = textmodel.ENABLED, textmodel.SHORT_FLOOR
    textmodel.ENABLED = enabled
    textmodel.SHORT_FLOOR = textmodel.SHORT_FLOOR if short else textmodel.MIN_WORDS
    try:
        folder = corpus.read_folder(monitor_blind.CORPUS / split)
        return pipeline.predict_folder(folder).predictions
    finally:
        textmodel.ENABLED, textmodel.SHORT_FLOOR = saved


def one_shot(tests: Sequence[str]) -> str:
    """The pre-registered test through the tagger, with the shipped weights."""
    trained = set(textmodel.load().splits)
    overlap = sorted(trained & set(tests))
    if overlap:
        raise ValueError(f"the shipped weights were trained on {', '.join(overlap)}")
    gold = [g for s in tests for g in veto._renamed(
        corpus.read_labels(monitor_blind.CORPUS / s / corpus.LABELS_FILE), s)]  # fmt: skip
    rows = (("rules alone", False, False), ("rules + the long texts' veto", True, False),
            ("rules + the model as shipped (short veto and rescue)", True, True))  # fmt: skip
    lines = [f"Shipped weights ({textmodel.VERSION}, {len(trained)} splits); pooled over "
             f"{len(tests)} splits ({len(gold)} texts):", "", HEAD]  # fmt: skip
    for name, enabled, short in rows:
        predicted = [p for s in tests for p in veto._renamed(_predict(s, enabled, short), s)]
        lines.append(_row(name, gold, predicted))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> str:
    options = veto.one_shot_options("python -m bench.monitor_short_reader", "rescue", float,
                                    "the rescue threshold under test (the shipped RESCUE)",
                                    SELECTION, argv)  # fmt: skip
    if options.test:
        if options.rescue != textmodel.RESCUE:
            options.error(f"--rescue {options.rescue} is not the shipped {textmodel.RESCUE}")
        learned = sorted(set(textmodel.load().splits) & set(options.test))
        if learned:
            options.error(f"the shipped weights were trained on {', '.join(learned)}")
        return one_shot(options.test)
    all_splits = monitor_blind.splits()
    missing = sorted(set(SELECTION) - set(all_splits))
    if missing:
        options.error(f"missing selection split {', '.join(missing)}")
    texts = {s: monitor_textmodel.texts(s) for s in all_splits}
    return selection(all_splits, texts)


def run(**_ignored: object) -> str:
    return main([])


if __name__ == "__main__":
    print(main())
