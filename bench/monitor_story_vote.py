"""The story vote (nlp/story_vote.py, session 31): its training and its selection run.

``python -m bench.monitor_story_vote`` prints the selection run; ``--write`` writes the shipped
weights (``amanat/monitor/nlp/data/story-vote.json``).

It weighs the word model's p, so, like the decider (bench/monitor_decider.py, whose fit,
weights file and selection table it shares), it learns from the blind splits written after the
word model whose p it reads (tnr-fresh after ``monitor_textmodel.P_SCALE_LAST``), here up to
:data:`LAST_TRAINED`, every blind split scored before session 31's test. A row is a telling of
a story the vote decides, as the folder run groups and reads it with the vote off
(``pipeline.predict_folder``): its gold label, its own verdict and its story's
:class:`story_vote.Story` (the same for every telling of a story).

The selection run: leave-one-wave-out over those splits (waves of eight in the order written),
each wave's stories decided by weights trained on the other waves, against each telling's own
verdict (the vote off). Pooled relevance F1 and look-alikes rejected over every text of the
splits (a text in no story the vote decides keeps its own verdict), per wave and in all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from types import ModuleType
from unittest.mock import patch

from amanat.monitor.nlp import corpus, normalise, pipeline, story_vote, textmodel
from bench import monitor_blind, monitor_decider, monitor_textmodel

LAST_TRAINED = 384  # session 31: every blind split scored before its test


def training_splits() -> list[str]:
    """The blind splits after the word model's last and up to :data:`LAST_TRAINED`."""
    return monitor_decider.blind_after_the_word_model(LAST_TRAINED)


def split_rows(split: str) -> list[monitor_decider.Row]:
    """Every text of one split, as the folder run reads it with the vote off."""
    folder = corpus.read_folder(monitor_blind.CORPUS / split)
    with patch.object(story_vote, "ENABLED", False):
        predicted = {label.file: label for label in pipeline.predict_folder(folder).predictions}
    stories: dict[str, list[str]] = defaultdict(list)
    for label in predicted.values():
        stories[label.story_group or label.file].append(label.file)
    found: dict[str, story_vote.Story | None] = {}
    for files in stories.values():
        tellings = [(predicted[f].is_tnr, _p(folder.texts[f])) for f in files]
        known = [(yes, p) for yes, p in tellings if p is not None]  # all of them where decided
        read = story_vote.story(known) if _decided(tellings) else None
        found.update(dict.fromkeys(files, read))
    return [monitor_decider.Row(split, gold.file, gold.is_tnr, predicted[gold.file].is_tnr,
                                found[gold.file])
            for gold in folder.labels]  # fmt: skip


def _p(raw: bytes) -> float | None:
    """The word model's p of a text as the folder run cleans it."""
    return textmodel.probability(normalise.clean(normalise.decode(raw).text))


def _decided(tellings: list[tuple[bool, float | None]]) -> bool:
    with patch.object(story_vote, "ENABLED", True):
        return story_vote.decided(tellings)


def rows(splits: Sequence[str], _model: ModuleType = story_vote) -> list[monitor_decider.Row]:
    """The rows of every split, in order (``monitor_decider``'s ``rows_of``)."""
    if not textmodel.ENABLED:
        raise SystemExit("the vote weighs the word model's p: unset AMANAT_MONITOR_TEXTMODEL")
    # The p the shipped weights were trained on, and the stories grouping-14 made.
    with monitor_textmodel.p_scale(), monitor_decider.trained_grouping():
        return [row for split in splits for row in split_rows(split)]


def write() -> str:
    return monitor_decider.write_model(story_vote, training_splits(), "tellings of stories",
                                       rows)  # fmt: skip


def selection() -> str:
    return monitor_decider.selection_of(story_vote, training_splits(), "own verdicts", rows)


def main(argv: Sequence[str] | None = None) -> None:
    monitor_decider.cli("python -m bench.monitor_story_vote", write, selection, argv)


if __name__ == "__main__":
    main()
