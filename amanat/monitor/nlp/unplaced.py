"""A short report in which the rules read no origin state, decided by a small logistic model over
the word model's p and what the rules read without an origin (session 30,
docs/monitor/learned-models.md).

Without an origin the rules cannot call anything repression, and they miss the state in many a
short report: a court named by its city ("a Tunis court"), an exile named by his office, a
state named only in a genitive they do not read as an actor. Since session 25 such a report was
made TNR only where the word model alone was sure of it (p ≥ ``textmodel.SURE_RESCUE``, 0.85):
below that its "yes" took look-alikes about one for one. The rules still read something there:
which acts the text names, a diaspora cue, the text naming repression abroad itself, how many
states and places it names and in which roles. This module weighs those with the word model's
p, as nlp/decider.py does for reports with an origin, trained on blind splits the word model
was never trained on.

It decides only where the sure rescue did: a short report (``textmodel.short_size``) with no
origin read. Long texts and snippets stay negative. Applying it needs the standard library
only; the weights are a JSON file written by ``python -m bench.monitor_unplaced --write``,
read and checked as the decider's are (``decider.read``): a missing, foreign or broken file is
an error naming it and the command that rebuilds it.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from amanat.monitor.nlp import decider, textmodel

VERSION = "unplaced-1"
THRESHOLD = 0.5  # a report when the model's p is at least this (its own scale, not tuned)
SHIPPED = Path(__file__).resolve().parent / "data" / "unplaced.json"
REBUILD = "python -m bench.monitor_unplaced --write"
SWITCH = "AMANAT_MONITOR_UNPLACED"  # off: the word model's sure rescue alone (session 25)
MODEL_FILE = "AMANAT_MONITOR_UNPLACED_FILE"  # other weights in the shipped format, to measure
MODEL = Path(os.environ.get(MODEL_FILE) or SHIPPED)
DEFAULT = True
_CAP = 3  # counts above this weigh as this


def _switch(value: str | None) -> bool:
    """The environment's word on this model (``textmodel.read_switch``)."""
    return textmodel.read_switch(SWITCH, value, DEFAULT)


ENABLED: bool = _switch(os.environ.get(SWITCH))


@dataclass(frozen=True)
class Signals:
    """What the rules and the word model read of a short report with no origin read."""

    p: float  # the word model's probability (textmodel.short_probability)
    language: str
    tactics: frozenset[str]  # the acts the tactic rules read
    diaspora: bool  # a diaspora cue ("exiles", "living abroad") fired
    explicit: bool  # the text names transnational repression itself
    targeting: bool  # a cue of targeting people abroad fired (rules/gate_cues.py)
    states: int  # states named
    places: int  # states and cities named as places, by state
    located: int  # places named in a locative ("in Paris")
    roles: frozenset[str]  # the roles the named states take (states.py)


def features(s: Signals) -> dict[str, float]:
    """The model's inputs, by name: a weight file names the ones it was trained with, and a
    name it does not know weighs nothing."""
    p = min(max(s.p, decider.LOGIT_CLIP), 1 - decider.LOGIT_CLIP)
    found: dict[str, float] = {
        "logit": math.log(p / (1 - p)), f"lang={s.language}": 1.0,
        "has_tactic": float(bool(s.tactics)), "diaspora": float(s.diaspora),
        "explicit": float(s.explicit), "targeting": float(s.targeting),
        "states": float(min(s.states, _CAP)), "places": float(min(s.places, _CAP)),
        "located": float(min(s.located, _CAP)),
    }  # fmt: skip
    found.update((f"tactic={code}", 1.0) for code in s.tactics)
    found.update((f"role={role}", 1.0) for role in s.roles)
    return found


@cache
def load() -> decider.Model:
    """The shipped weights, read once per process; a missing or foreign file raises
    ``decider.DeciderFileError`` naming it."""
    return decider.read(MODEL, VERSION, REBUILD)


def active() -> bool:
    """Whether short reports with no origin are decided here: the switch is on and so is the
    word model."""
    return ENABLED and textmodel.ENABLED


def ready() -> None:
    """Load the weights now if the decision is on (``tagging.warm_up``)."""
    if active():
        load()


def probability(s: Signals) -> float:
    """The probability that the short report is transnational repression."""
    return decider.score(features(s).items(), load())
