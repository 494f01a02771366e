"""One relevance for every telling of a story, weighed from all of them (session 31,
docs/monitor/learned-models.md).

A story reaches the monitor as two or three tellings, rewrites and translations, and the tagger
reads each alone. Where its rules are weaker (a language, a phrasing) one telling is read as a
report and its translation is not, though both tell one event; and a look-alike that one
telling words like repression is read as one there only. An analyst reviews the story, not the
telling. Here the story's tellings are decided together: a small logistic model over the share
of tellings read as reports and the mean logit of the word model's p over them
(``textmodel.probability``) gives one verdict, which every telling takes.

Both inputs are means, so the model never sees how many tellings a story has: in the blind
splits it learns from, the writers' brief tells a look-alike twice and a report two or three
times, and a count would learn that brief rather than news (session 31's selection run).

The folder run (``pipeline.predict_folder``, what ``amanat monitor evaluate`` scores) gives the
verdict to every telling; a stored story with a TNR article is proposed to the analyst, or
not, on it (``actions.propose_incidents``), each article keeping its own flag and tags. Only a
story of two to ``story_reading.MAX_TELLINGS`` tellings is decided so, as tactics are joined (a
larger group more often joins two stories about one person), and only where the word model
reads every telling. Applying it needs the standard library only; the weights are a JSON
file written by ``python -m bench.monitor_story_vote --write``, read and checked as the
decider's are (``decider.read``): a missing, foreign or broken file is an error naming it and
the command that rebuilds it. Pure data in, data out.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from amanat.monitor.nlp import decider, story_reading, textmodel

VERSION = "vote-1"
THRESHOLD = 0.5  # a report when the model's p is at least this (its own scale, not tuned)
SHIPPED = Path(__file__).resolve().parent / "data" / "story-vote.json"
REBUILD = "python -m bench.monitor_story_vote --write"
SWITCH = "AMANAT_MONITOR_STORY_VOTE"  # off: each telling keeps its own relevance (session 30)
MODEL_FILE = "AMANAT_MONITOR_STORY_VOTE_FILE"  # other weights in the shipped format, to measure
MODEL = Path(os.environ.get(MODEL_FILE) or SHIPPED)
DEFAULT = True


def _switch(value: str | None) -> bool:
    """The environment's word on this model (``textmodel.read_switch``)."""
    return textmodel.read_switch(SWITCH, value, DEFAULT)


ENABLED: bool = _switch(os.environ.get(SWITCH))


@dataclass(frozen=True)
class Story:
    """What a story's tellings read, averaged over them."""

    yes: float  # the share of tellings the tagger read as reports
    logit: float  # the mean logit of the word model's p

    @property
    def p(self) -> float:
        """The word model's mean logit as a probability (how benches print and hash it)."""
        return 1.0 / (1.0 + math.exp(-self.logit))


def _logit(p: float) -> float:
    p = min(max(p, decider.LOGIT_CLIP), 1 - decider.LOGIT_CLIP)
    return math.log(p / (1 - p))


def story(tellings: Sequence[tuple[bool, float]]) -> Story:
    """The story of tellings ``(read as a report, the word model's p)``."""
    return Story(sum(yes for yes, _p in tellings) / len(tellings),
                 sum(_logit(p) for _yes, p in tellings) / len(tellings))  # fmt: skip


def features(s: Story) -> dict[str, float]:
    """The model's inputs, by name (a name the weights file does not know weighs nothing)."""
    return {"yes": s.yes, "logit": s.logit}


def decided(tellings: Sequence[tuple[bool, float | None]]) -> bool:
    """Whether this story of tellings is decided here: the model is on, the story has two to
    ``MAX_TELLINGS`` tellings, and the word model read every one."""
    return asks(len(tellings)) and all(p is not None for _yes, p in tellings)


def asks(tellings: int) -> bool:
    """Whether a story of this many tellings is one the vote weighs (the model on, two to
    ``MAX_TELLINGS``): a caller asks the word model's p only then."""
    return active() and 2 <= tellings <= story_reading.MAX_TELLINGS


def verdicts(tellings: Sequence[tuple[bool, float | None]]) -> list[bool]:
    """Each telling's relevance ``(read as a report, the word model's p or None)`` as its story
    reads it, in the given order: one verdict for all where :func:`decided`, else their own."""
    own = [yes for yes, _p in tellings]
    if not decided(tellings):
        return own
    read = story([(yes, p) for yes, p in tellings if p is not None])
    return [probability(read) >= THRESHOLD] * len(tellings)


@cache
def load() -> decider.Model:
    """The shipped weights, read once per process; a missing or foreign file raises
    ``decider.DeciderFileError`` naming it."""
    return decider.read(MODEL, VERSION, REBUILD)


def active() -> bool:
    """Whether stories are decided here: the switch is on and so is the word model."""
    return ENABLED and textmodel.ENABLED


def ready() -> None:
    """Load the weights now if the vote is on: a missing file fails at start."""
    if active():
        load()


def probability(s: Story) -> float:
    """The probability that the story is transnational repression."""
    return decider.score(features(s).items(), load())
