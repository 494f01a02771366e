"""A learned second look at each link the grouper makes between rewrites (session 34,
docs/monitor/learned-models.md).

The grouper links a new article to an earlier one when the facts they share are improbable by
chance and a fair part of the shorter text (:mod:`grouping`), unless an event gate keeps them
apart (:mod:`story_events`). Each gate was written for one kind of mistake and weighs one
reading alone. The mistakes left are the blind writers' traps: the same person in another event
(an arrest and the release a year later, a red notice sought and one withdrawn), two tellings
that share the person's name and the states, a city, an act. What tells them from a rewrite is
spread over many small readings — which kinds of fact are shared and which each text has but
the other lacks (two dates, neither shared), how strong the evidence is, whether the readings
of month, year, act and origin agree — so a small logistic model weighs them together. Trained
on every link the grouper makes in labelled blind splits (a link is right when both texts tell
one story), it vetoes a link it finds more likely wrong than right.

It only removes links: an article it turns away still joins its story through another link,
or starts a story of its own. Applying it needs the standard library only; the weights are a
JSON file written by ``python -m bench.monitor_link_veto --write``, read and checked as the
decider's are (``decider.read``: the file also names the word model the splits were read
beside, as every model file of the folder run does). Pure data in, data out.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from amanat.monitor.nlp import decider, textmodel
from amanat.monitor.nlp.story_events import _Event, _months_apart

VERSION = "linkveto-1"
THRESHOLD = 0.2  # a link falls only when the model is this sure it joins two stories (p < 0.2)
SHIPPED = Path(__file__).resolve().parent / "data" / "link-veto.json"
REBUILD = "python -m bench.monitor_link_veto --write"
SWITCH = "AMANAT_MONITOR_LINK_VETO"
MODEL_FILE = "AMANAT_MONITOR_LINK_VETO_FILE"  # other weights in the shipped format, to measure
MODEL = Path(os.environ.get(MODEL_FILE) or SHIPPED)
DEFAULT = True
# The feature kinds counted (shingles.py): names, keys, numbers, dates, origin-and-month keys,
# origin>host pairs, places, countries, origins, acts, act families, year-like numbers.
_KINDS = ("s", "n", "nn", "d", "t", "e", "x", "p", "c", "o", "k", "f", "y")
# Kinds of fact each text may have without the other: two dates, names or keys, neither shared.
_UNSHARED = _KINDS
_CAP = 4  # a count past this says nothing more


def _switch(value: str | None) -> bool:
    """The environment's word on the veto (``textmodel.read_switch``)."""
    return textmodel.read_switch(SWITCH, value, DEFAULT)


ENABLED: bool = _switch(os.environ.get(SWITCH))


@dataclass(frozen=True)
class Link:
    """What two linked texts share and how their readings agree, as the grouper saw them."""

    shared: tuple[tuple[str, int], ...]  # per feature kind, how many features both have
    unshared: tuple[tuple[str, int], ...]  # per kind, how many more both have but not in common
    score: float  # the overlap that passed (grouping's IDF-weighted overlap coefficient)
    evidence: float  # nats of evidence of all they share (StoryGrouper._evidence)
    across: bool  # the two are in different languages
    languages: str  # the two languages, sorted ("en-fa")
    months: tuple[bool, bool]  # both dated to months; a month in common
    years: tuple[bool, bool]  # both name years; a year in common
    families: tuple[bool, bool]  # both read acts of a family; a family in common
    origins: tuple[bool, bool]  # both read an origin; an origin in common
    acts_differ: bool  # one reads an act and the other none
    months_apart: int  # between the latest months each names; -1 unless both are dated
    day_in_common: bool
    host_in_common: bool

    @property
    def p(self) -> float:
        """The overlap, as the training bench hashes a row's signals (bench/monitor_decider)."""
        return self.score


def _band(months: int) -> str:
    """Months apart as a band: the same month, a few, most of a year, a year or more."""
    return "0" if months == 0 else "1-2" if months <= 2 else "3-11" if months < 12 else "12+"


def _kinds(features: Iterable[str]) -> Counter[str]:
    return Counter(feature[: feature.index(":")] for feature in features)


def _both(mine: frozenset[str], theirs: frozenset[str]) -> tuple[bool, bool]:
    return bool(mine and theirs), bool(mine & theirs)


def link(mine: set[str], theirs: Iterable[str], my_event: _Event, their_event: _Event,
         score: float, evidence: float, across: bool, languages: tuple[str, str]
         ) -> Link:  # fmt: skip
    """The link between two texts' features (the grouper's, years left out) and readings."""
    their_set = set(theirs)
    shared, own, other = _kinds(mine & their_set), _kinds(mine), _kinds(their_set)
    return Link(
        shared=tuple((kind, min(shared[kind], _CAP)) for kind in _KINDS if shared[kind]),
        unshared=tuple((kind, min(min(own[kind], other[kind]) - shared[kind], _CAP))
                       for kind in _UNSHARED if min(own[kind], other[kind]) > shared[kind]),
        score=round(score, 4),
        evidence=round(evidence, 2),
        across=across,
        languages="-".join(sorted(language or "en" for language in languages)),
        months=_both(my_event.months, their_event.months),
        years=_both(my_event.years, their_event.years),
        families=_both(my_event.families, their_event.families),
        origins=_both(my_event.origins, their_event.origins),
        acts_differ=my_event.acts != their_event.acts,
        months_apart=(_months_apart(my_event.months, their_event.months)
                      if my_event.months and their_event.months else -1),
        day_in_common=bool(my_event.days & their_event.days),
        host_in_common=bool(my_event.hosts & their_event.hosts),
    )  # fmt: skip


def features(found: Link) -> dict[str, float]:
    """The model's inputs, by name (a name the weights file does not know weighs nothing)."""
    inputs = {f"shared_{kind}": float(n) for kind, n in found.shared}
    inputs.update((f"unshared_{kind}", float(n)) for kind, n in found.unshared)
    inputs.update({
        "score": found.score, "evidence": found.evidence, "across": float(found.across),
        f"languages={found.languages}": 1.0,
        "months_both": float(found.months[0]), "months_common": float(found.months[1]),
        "years_both": float(found.years[0]), "years_common": float(found.years[1]),
        "families_both": float(found.families[0]), "families_common": float(found.families[1]),
        "origins_both": float(found.origins[0]), "origins_common": float(found.origins[1]),
        "acts_differ": float(found.acts_differ), "day_in_common": float(found.day_in_common),
        "host_in_common": float(found.host_in_common),
    })  # fmt: skip
    if found.months_apart >= 0:
        inputs[f"months_apart={_band(found.months_apart)}"] = 1.0
    return inputs


@cache
def load() -> decider.Model:
    """The shipped weights, read once per process; a missing or foreign file raises
    ``decider.DeciderFileError`` naming it."""
    return decider.read(MODEL, VERSION, REBUILD)


def active() -> bool:
    """Whether the grouper's links are looked at again (the switch)."""
    return ENABLED


def ready() -> None:
    """Load the weights now if the veto is on: a missing file fails at start."""
    if active():
        load()


def probability(found: Link) -> float:
    """The probability that the two linked texts tell one story."""
    return decider.score(features(found).items(), load())


def vetoes(found: Link) -> bool:
    """Whether the link is more likely between two stories than within one."""
    return probability(found) < THRESHOLD
