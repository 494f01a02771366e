"""The decider of short reports with no origin read (nlp/unplaced.py, session 30): its training
and its selection run.

``python -m bench.monitor_unplaced`` prints the selection run; ``--write`` writes the shipped
weights (``amanat/monitor/nlp/data/unplaced.json``).

Like the decider of reports with an origin (bench/monitor_decider.py, whose code it runs), it
weighs the word model's p, so it learns from the blind splits written after the word model's weights
(tnr-fresh after ``monitor_textmodel.P_SCALE_LAST``), here up to :data:`LAST_TRAINED`, every
blind split scored before session 30's test. Retraining the word model makes these splits
in-sample for it: the weights file names the word model it was trained beside, and the tagger
refuses another.

The selection run: leave-one-wave-out over those splits (waves of eight in the order written),
each wave's short reports with no origin decided by weights trained on the other waves, against
the word model's sure rescue it replaces (``unplaced.ENABLED`` off). Pooled relevance F1 and
look-alikes rejected over every text of the splits (a text it is not asked about keeps the
tagger's verdict), per wave and in all.
"""

from __future__ import annotations

from collections.abc import Sequence

from amanat.monitor.nlp import unplaced
from bench import monitor_decider

LAST_TRAINED = 368  # session 30: every blind split scored before its test


def training_splits() -> list[str]:
    """The blind splits after the word model's last and up to :data:`LAST_TRAINED`."""
    return monitor_decider.blind_after_the_word_model(LAST_TRAINED)


def write() -> str:
    return monitor_decider.write_model(unplaced, training_splits(),
                                       "short reports with no origin")  # fmt: skip


def selection() -> str:
    return monitor_decider.selection_of(unplaced, training_splits(), "sure rescue")


def main(argv: Sequence[str] | None = None) -> None:
    monitor_decider.cli("python -m bench.monitor_unplaced", write, selection, argv)


if __name__ == "__main__":
    main()
