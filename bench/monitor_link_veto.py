"""The grouper's second look at its links (nlp/link_veto.py, session 34): training and selection.

``python -m bench.monitor_link_veto`` prints the selection run; ``--write`` writes the shipped
weights (``amanat/monitor/nlp/data/link-veto.json``).

A row is a link the grouper makes between two texts of a blind split as the folder run reads
it (``pipeline.predict_folder``) with the veto asked but never heeding it: the link as
:class:`link_veto.Link` and whether both texts tell one story (their gold story groups are
equal). It is trained on every blind split up to :data:`LAST_TRAINED` (the model reads no word
model's p, so the splits the word model was trained on are no less blind to it), with the
decider's fit and weights file (bench/monitor_decider.py). It does read the acts the tactic
model adds and drops: the rows are read with the tactic model its weights were trained beside
(``monitor_tacticmodel.link_veto_readings``, `tacticmodel-8`, kept in bench/data since session
35's retrain), and the links are the ones grouping-14 made: across languages it asked the
within-language overlap (``monitor_decider.trained_grouping``), where grouping-15 asks less.

The selection run: leave-one-wave-out over the short splits (tnr-fresh233 on; waves of eight in
the order written), each wave grouped with weights trained on every other training split,
against the grouper without the veto; pairwise grouping precision, recall and F1 pooled over
each wave's splits, as ``amanat monitor evaluate`` counts them.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType
from typing import Any
from unittest.mock import patch

from amanat.monitor.nlp import corpus, decider, link_veto, pipeline, textmodel
from amanat.monitor.nlp.grouping import StoryGrouper
from bench import monitor_blind, monitor_decider, monitor_tacticmodel

LAST_TRAINED = 440  # session 34: every blind split scored before the second test of the veto
FIRST_SELECTED = 233  # the selection run's first split: the short texts' splits
WAVE = 8


def training_splits() -> list[str]:
    """Every blind split up to :data:`LAST_TRAINED`, in the order written."""
    blind = [(s, monitor_blind._order(s)) for s in monitor_blind.splits()]
    return [s for s, (stem, n) in blind if stem == "tnr-fresh" and n <= LAST_TRAINED]


def split_rows(split: str) -> list[monitor_decider.Row]:
    """Every link the folder run makes in one split, with the veto asked and not heeded."""
    folder = corpus.read_folder(monitor_blind.CORPUS / split)
    story = {label.file: label.story_group or label.file for label in folder.labels}
    found: list[tuple[str, str, Any]] = []
    adding: list[str] = [""]
    last: list[Any] = [None]
    add, vetoed = StoryGrouper.add, StoryGrouper._vetoed

    def adding_one(self: StoryGrouper, doc: Any, **kwargs: Any) -> Any:
        adding[0] = doc.key
        return add(self, doc, **kwargs)

    def asked(self: StoryGrouper, mine: set[str], position: int, *args: Any) -> bool:
        vetoed(self, mine, position, *args)
        found.append((adding[0], str(self._keys[position]), last[0]))
        return False

    def record(link: link_veto.Link) -> bool:
        last[0] = link
        return False

    with (
        patch.object(link_veto, "ENABLED", True),
        patch.object(link_veto, "vetoes", record),
        patch.object(StoryGrouper, "add", adding_one),
        patch.object(StoryGrouper, "_vetoed", asked),
    ):
        pipeline.predict_folder(folder)
    return [monitor_decider.Row(split, f"{new}|{old}", story[new] == story[old], True, link)
            for new, old, link in found]  # fmt: skip


def rows(splits: Sequence[str], _model: ModuleType = link_veto) -> list[monitor_decider.Row]:
    """The rows of every split, in order (``monitor_decider``'s ``rows_of``), read as the
    weights were trained: with `tacticmodel-8` and grouping-14's overlap across languages."""
    with (
        monitor_tacticmodel.link_veto_readings(),
        monitor_decider.trained_grouping(),
    ):
        return [row for split in splits for row in split_rows(split)]


def write() -> str:
    return monitor_decider.write_model(link_veto, training_splits(), "links", rows)


def _grouped(splits: Sequence[str], model: decider.Model | None) -> tuple[list[Any], list[Any]]:
    """The gold and predicted labels of the splits, renamed apart (``model``: the veto's
    weights; None: no veto)."""
    gold, predicted = [], []
    with (
        patch.object(link_veto, "ENABLED", model is not None),
        patch.object(link_veto, "load", lambda: model),
    ):
        for split in splits:
            folder = corpus.read_folder(monitor_blind.CORPUS / split)
            run = pipeline.predict_folder(folder)
            gold += [monitor_blind._renamed(label, split) for label in folder.labels]
            predicted += [monitor_blind._renamed(label, split) for label in run.predictions]
    return gold, predicted


def _pairwise(gold: list[Any], predicted: list[Any]) -> str:
    """Pairwise grouping precision / recall / F1, as ``amanat monitor evaluate`` counts them."""
    found = monitor_blind.figures(gold, predicted)["grouping"]
    return " / ".join(f"{found[k]:.3f}" for k in ("precision", "recall", "f1"))


def selection() -> str:
    splits = training_splits()
    every = rows(splits)
    chosen = [s for s in splits if monitor_blind._order(s)[1] >= FIRST_SELECTED]
    waves = [chosen[i : i + WAVE] for i in range(0, len(chosen), WAVE)]
    lines = ["| splits | links | no veto P / R / F1 | veto P / R / F1 |", "|---|--:|---|---|"]
    pooled: dict[bool, tuple[list[Any], list[Any]]] = {False: ([], []), True: ([], [])}
    for wave in waves:
        weights, bias = monitor_decider.fit([r for r in every if r.split not in wave],
                                            link_veto.features)  # fmt: skip
        model = decider.Model(weights, bias, textmodel.P_SCALE, ())
        runs = {False: _grouped(wave, None), True: _grouped(wave, model)}
        for veto, (gold, predicted) in runs.items():
            pooled[veto][0].extend(gold)
            pooled[veto][1].extend(predicted)
        links = sum(r.split in wave for r in every)
        lines.append(f"| {wave[0]} … {wave[-1]} | {links} | {_pairwise(*runs[False])} | "
                     f"{_pairwise(*runs[True])} |")  # fmt: skip
    links = sum(r.split in chosen for r in every)
    lines.append(f"| all ({len(chosen)} splits) | {links} | {_pairwise(*pooled[False])} | "
                 f"{_pairwise(*pooled[True])} |")  # fmt: skip
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    monitor_decider.cli("python -m bench.monitor_link_veto", write, selection, argv)


if __name__ == "__main__":
    main()
