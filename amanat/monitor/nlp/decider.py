"""The relevance of a short report decided by a small logistic model over what the rules and
the word model read (session 27, docs/monitor/learned-models.md).

Until session 26 a short report's relevance was a chain of thresholds: the rules' "yes" stood
unless the word model's p fell under 0.3; the rules' "no" became "yes" at p ≥ 0.5 when the
origin and people abroad were found, at p ≥ 0.7 where a look-alike gate had said no. Each
threshold was chosen alone, and every one tried since traded reports for look-alikes about one
for one. The rules know more than their verdict, though: which act they read, whether the
people abroad were placed by a diaspora cue or only by a place named, whether the person was
sent back, how the origin state was read. This module weighs those readings and the word
model's p together, in one logistic regression trained on blind splits the word model was
never trained on (its p there is the p it gives on unseen news).

It decides only where the chain did: a short report (``textmodel.short_size``) with an origin
state read, which the rules found TNR or in which they found people abroad. Long texts keep the
word model's veto; texts with no origin read keep ``textmodel.rescues_unplaced``. Applying it
needs the standard library only; the weights are a JSON file written by ``python -m
bench.monitor_decider --write`` (scikit-learn, a dev dependency), which also records the word
model it was trained beside: weights read with another word model's p would be miscalibrated,
so a mismatch fails at load, as a missing file does.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from amanat.monitor.nlp import textmodel

VERSION = "decider-2"  # 2: decider-1 retrained on the same splits read with origin-of (s30)
THRESHOLD = 0.5  # a report when the model's p is at least this (its own scale, not tuned)
SHIPPED = Path(__file__).resolve().parent / "data" / "decider.json"
REBUILD = "python -m bench.monitor_decider --write"
SWITCH = "AMANAT_MONITOR_DECIDER"
# Another weights file in the shipped format, for measuring weights trained on other splits
# through the tagger itself, never needed to run.
MODEL_FILE = "AMANAT_MONITOR_DECIDER_FILE"
MODEL = Path(os.environ.get(MODEL_FILE) or SHIPPED)
DEFAULT = True
LOGIT_CLIP = 1e-4  # p is clipped to [1e-4, 1 - 1e-4] before its logit


class DeciderFileError(RuntimeError):
    """The weights file is missing or not what this code writes: the decision cannot run."""


def _switch(value: str | None) -> bool:
    """The environment's word on the decider (``textmodel.read_switch``)."""
    return textmodel.read_switch(SWITCH, value, DEFAULT)


ENABLED: bool = _switch(os.environ.get(SWITCH))


@dataclass(frozen=True)
class Signals:
    """What the rules and the word model read of one short report, at the point of decision."""

    p: float  # the word model's probability (textmodel.probability)
    language: str
    rules_yes: bool  # the rules' verdict, after their look-alike gates
    gated: bool  # a look-alike gate turned the rules' "yes" down
    tactics: frozenset[str]  # the acts the rules read
    diaspora: bool  # a diaspora cue ("exiles", "living abroad") fired
    hosts: int  # host countries read
    named_only: bool  # every host is a place merely named
    unlawful: bool  # an act no state does lawfully (not an arrest, warrant, extradition…)
    sent_back: bool  # someone sent back to the origin
    returned: bool  # the origin named as a destination
    explicit: bool  # the text names transnational repression itself
    domestic: bool  # the origin is among the host countries
    origin_rule: str  # how the origin was read: the rule's role ("actor", "national", …)


def features(s: Signals) -> dict[str, float]:
    """The model's inputs, by name: a weight file names the ones it was trained with, and a
    name it does not know weighs nothing."""
    p = min(max(s.p, LOGIT_CLIP), 1 - LOGIT_CLIP)
    logit = math.log(p / (1 - p))
    found: dict[str, float] = {
        "rules_yes": float(s.rules_yes), "gated": float(s.gated),
        "has_tactic": float(bool(s.tactics)), "has_abroad": float(s.diaspora or s.hosts > 0),
        "explicit": float(s.explicit), "logit": logit, "logit_x_rules_yes": logit * s.rules_yes,
        "logit_x_gated": logit * s.gated, f"lang={s.language}": 1.0,
        f"logit_x_lang={s.language}": logit, "hosts": float(min(s.hosts, 3)),
        "diaspora": float(s.diaspora), "named_only": float(s.named_only),
        "unlawful": float(s.unlawful), "sent_back": float(s.sent_back),
        "returned": float(s.returned), "domestic": float(s.domestic),
        "tactics": float(min(len(s.tactics), 3)),
    }  # fmt: skip
    found.update((f"tactic={code}", 1.0) for code in s.tactics)
    role = s.origin_rule.split(".")[1] if s.origin_rule.count(".") >= 1 else ""
    if role.islower():  # a generic reading; per-state rules ("origin.CN.en") weigh nothing
        found[f"origin={role}"] = 1.0
    return found


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    textmodel: str  # the word model whose p the weights were trained on (textmodel.P_SCALE)
    splits: tuple[str, ...]


def read(path: Path, version: str = VERSION, rebuild: str = REBUILD) -> Model:
    """Check everything the file must hold before trusting any of it. ``version`` and
    ``rebuild`` are another model's of the same format (nlp/unplaced.py, nlp/story_vote.py),
    which every error names (the file, the model it should hold and its rebuild)."""

    def _broken(why: str) -> DeciderFileError:
        return DeciderFileError(f"{version} weights {path}: {why}; rebuild them with `{rebuild}`")

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _broken("missing") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _broken(f"unreadable ({type(exc).__name__}: {exc})") from exc
    if not isinstance(data, dict):
        raise _broken("not a JSON object")
    missing = {"version", "textmodel", "bias", "weights", "splits"} - set(data)
    if missing:
        raise _broken(f"no {', '.join(sorted(missing))} in the file")
    if data["version"] != version:
        raise _broken(f"written as {data['version']!r}, this code reads {version!r}")
    if data["textmodel"] != textmodel.P_SCALE:
        raise _broken(f"trained beside {data['textmodel']!r}, the word model's p is on the "
                      f"scale of {textmodel.P_SCALE!r}")  # fmt: skip
    weights = data["weights"]
    if not isinstance(weights, dict) or not all(
        isinstance(k, str) and isinstance(v, int | float) and math.isfinite(v)
        for k, v in weights.items()
    ):
        raise _broken("weights must map feature names to finite numbers")
    if not isinstance(data["bias"], int | float) or not math.isfinite(data["bias"]):
        raise _broken("the bias must be a finite number")
    return Model({k: float(v) for k, v in weights.items()}, float(data["bias"]),
                 data["textmodel"], tuple(map(str, data["splits"])))  # fmt: skip


@cache
def load() -> Model:
    """The shipped weights, read once per process; a missing or foreign file raises
    :class:`DeciderFileError` naming it."""
    return read(MODEL)


def ready() -> None:
    """Load the weights now if the decision is on (``tagging.warm_up``): a missing or foreign
    file fails at start, not at the first short report."""
    if active():
        load()


def active() -> bool:
    """Whether short reports are decided here: the switch is on and so is the word model."""
    return ENABLED and textmodel.ENABLED


def score(found: Iterable[tuple[str, float]], model: Model) -> float:
    """The model's probability for features already computed."""
    total = model.bias + sum(model.weights.get(name, 0.0) * value for name, value in found)
    return 1.0 / (1.0 + math.exp(min(-total, 700.0)))


def probability(s: Signals) -> float:
    """The probability that the short report is transnational repression."""
    return score(features(s).items(), load())


@dataclass(frozen=True)
class Verdict:
    vetoed: float | None  # the p that turned the rules' "yes" down
    rescued: float | None  # the p that turned their "no" into a report
    reader: str  # who decided, as the relevance rule names it (without the closing bracket)


def verdict(text: str, is_tnr: bool, gated: bool, asked: bool,
            signals: Signals | None) -> Verdict:  # fmt: skip
    """The models' word on the rules' verdict: on a short report, the decider's (with the word
    model's p it weighed); elsewhere the word model's veto of a "yes" and its rescue of a "no"
    where people abroad were found (nlp/textmodel.py)."""
    if signals is not None:
        p = probability(signals)
        reader = (f"relevance.decider[{VERSION} p={p:.2f}, {textmodel.VERSION} "
                  f"p={signals.p:.2f}")  # fmt: skip
        yes = p >= THRESHOLD
        return Verdict(p if is_tnr and not yes else None, p if yes and not is_tnr else None,
                       reader)  # fmt: skip
    vetoed = textmodel.vetoes(text) if is_tnr and textmodel.ENABLED else None
    rescued = textmodel.rescues(text, gated) if not is_tnr and textmodel.ENABLED and asked else None
    said = vetoed if vetoed is not None else rescued
    return Verdict(vetoed, rescued, f"relevance.textmodel[{textmodel.VERSION} p={said or 0:.2f}")
