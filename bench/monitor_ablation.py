"""Which rule families carry over to text nobody has read: each switched off, pooled totals.

``python -m bench.monitor_ablation [--set selection|confirmation|read] [variant ...]`` (issue 12,
session 15). The rounds since rules-6 added tactic readings, tactic vetoes and look-alike gates,
most read from the errors of splits that were then in-sample; on the blind splits the monitor
has never read, tactic F1 stayed near 0.53 and look-alikes rejected near 0.6 through them. This
asks which families do anything there: each variant (``off:<kind>.<family>``) switches off one
family (or several, joined by ``+``) at its entry point with :func:`unittest.mock.patch`,
predicts every text of a pooled set of splits and prints the pooled relevance, look-alike,
tactic and origin figures beside the rules as they stand (``base``). Nothing in the monitor
changes; the patches end with the run.

Sets: ``selection`` (tnr-fresh18 … 23) and ``confirmation`` (tnr-fresh24 … 31) are splits written
blind and never read file by file, so only pooled totals are printed for them, never a file or a
split; ``read`` is the development splits the rounds read (in-sample for every family). The
session-15 test was pre-registered (docs/monitor/accuracy.md, "Session 15: which rule families
carry over"): a family would be dropped only if its removal raised pooled tactic F1 on the
selection set by 0.010 or more without lowering relevance F1 or look-alikes rejected.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from pathlib import Path
from unittest import mock

from amanat.monitor.nlp import corpus, evaluate, gate, pipeline, tagging
from amanat.monitor.nlp.rules import (
    after_a_killing,
    gate_clashes,
    gate_crimes,
    gate_whose_act,
    lawful_acts,
    lookalikes,
    seats,
    shots_and_fears,
    suspects,
    vetoes_asked,
)
from amanat.monitor.nlp.rules.gate_cues import KILLING_PLANNED, STATUS_STRIPPED
from amanat.monitor.nlp.rules.tactics_any_state import ANY_STATE_RULES
from amanat.monitor.nlp.rules.tactics_conditional import CONDITIONAL_TACTIC_RULES
from amanat.monitor.nlp.rules.tactics_conditions_and_offers import CONDITIONS_AND_OFFERS_RULES
from amanat.monitor.nlp.rules.tactics_matrix import MATRIX_TACTIC_RULES
from amanat.monitor.nlp.rules.tactics_neighbours import NEIGHBOURS_RULES, NEIGHBOURS_VETO_PATTERNS
from amanat.monitor.nlp.rules.tactics_papers_and_handovers import PAPERS_AND_HANDOVERS_RULES
from amanat.monitor.nlp.rules.tactics_word_forms import WORD_FORMS_RULES
from amanat.monitor.nlp.rules.vetoes_family import FAMILY_VETO_PATTERNS
from amanat.monitor.nlp.rules.vetoes_not_done_abroad import NOT_DONE_ABROAD_VETOES
from amanat.monitor.nlp.rules.vetoes_risk_and_purpose import RISK_AND_PURPOSE_VETOES

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "amanat" / "monitor" / "corpus"
SETS = {
    "selection": tuple(f"tnr-fresh{n}" for n in range(18, 24)),
    "confirmation": tuple(f"tnr-fresh{n}" for n in range(24, 32)),
    "read": (*(f"tnr-fresh{n}" for n in range(2, 18)), "tnr-fresh", "tnr-blind", "tnr-dev"),
}
Switch = Callable[[], AbstractContextManager[object]]
_TACTIC_RULES = tagging._tactics.__defaults__[0]  # type: ignore[index]  # the tagger's default rules
_NONE: frozenset[str] = frozenset()


def _never(*_args: object, **_kwargs: object) -> bool:
    return False


def _nothing(*_args: object, **_kwargs: object) -> frozenset[str]:
    return _NONE


def _without_readings(family: Iterable[object]) -> Switch:
    """The tagger's tactic rules without one family of readings (by identity)."""
    ids = {id(rule) for rule in family}
    kept = [rule for rule in _TACTIC_RULES if id(rule) not in ids]
    return lambda: mock.patch.object(tagging._tactics, "__defaults__", (kept,))


def _without_vetoes(names: Iterable[str]) -> Switch:
    """The sentence vetoes without the vetoes of one family (by veto name)."""
    dropped = frozenset(names)
    full = vetoes_asked._dropping
    cache: dict[str, dict[str, tuple[object, ...]]] = {}

    def dropping(language: str) -> dict[str, tuple[object, ...]]:
        if language not in cache:
            cache[language] = {value: tuple(p for p in pairs if p[0].value not in dropped)
                               for value, pairs in full(language).items()}  # fmt: skip
        return cache[language]

    return lambda: mock.patch.object(vetoes_asked, "_dropping", dropping)


def _off(target: object, name: str, replacement: object) -> Switch:
    return lambda: mock.patch.object(target, name, replacement)


VARIANTS: dict[str, Switch] = {
    "base": contextlib.nullcontext,
    # Tactic readings, by the round that added them.
    "off:readings.any_state": _without_readings(ANY_STATE_RULES),
    "off:readings.word_forms": _without_readings(WORD_FORMS_RULES),
    "off:readings.conditions_and_offers": _without_readings(CONDITIONS_AND_OFFERS_RULES),
    "off:readings.neighbours": _without_readings(NEIGHBOURS_RULES),
    "off:readings.matrix": _without_readings(MATRIX_TACTIC_RULES),
    "off:readings.conditional": _without_readings(CONDITIONAL_TACTIC_RULES),
    "off:readings.status_and_plots": _without_readings([*STATUS_STRIPPED, *KILLING_PLANNED]),
    "off:readings.whose_act": _without_readings(gate_whose_act.TACTIC_RULES),
    "off:readings.papers_and_handovers": _without_readings(PAPERS_AND_HANDOVERS_RULES),
    "off:readings.shots_and_fears": _without_readings(shots_and_fears.SHOTS_AND_FEARS_RULES),
    "off:readings.after_a_killing": _off(after_a_killing, "MANY_ACCOUNTS_RULES", []),
    # Tactic vetoes.
    "off:vetoes.after_a_killing": _off(after_a_killing, "after_killing", lambda *_a, **_k: []),
    "off:vetoes.shots_and_fears": _off(shots_and_fears, "drops", _never),
    "off:vetoes.lookalike_sentence": _off(lookalikes, "dropped_unless_sanctioned", _nothing),
    "off:vetoes.sentence_states": _off(vetoes_asked, "sentence_states_vetoed", _nothing),
    "off:vetoes.assessed_threat": _off(gate_whose_act, "assessed_threat", _nothing),
    "off:vetoes.held_at_home": _off(lawful_acts, "dropped", _nothing),
    "off:vetoes.kin_passports": _off(after_a_killing, "dropped", _nothing),
    "off:vetoes.family": _without_vetoes(FAMILY_VETO_PATTERNS),
    "off:vetoes.neighbours": _without_vetoes(NEIGHBOURS_VETO_PATTERNS),
    "off:vetoes.not_done_abroad": _without_vetoes(NOT_DONE_ABROAD_VETOES),
    "off:vetoes.risk_and_purpose": _without_vetoes(RISK_AND_PURPOSE_VETOES),
    # Look-alike gates (relevance).
    "off:gates.perpetrator_tried": _off(lookalikes, "perpetrator_tried", _never),
    "off:gates.whose_act_lead": _off(gate_whose_act, "lead_look_alike", _never),
    "off:gates.diplomatic_row": _off(seats, "diplomatic_row", _never),
    "off:gates.lawful_acts": _off(lawful_acts, "look_alike", _never),
    "off:gates.espionage_on_institutions": _off(gate_clashes, "espionage_on_institutions", _never),
    "off:gates.clash_at_an_event": _off(gate_clashes, "clash_at_an_event", _never),
    "off:gates.armed_group_claims": _off(gate_clashes, "armed_group_claims", _never),
    "off:gates.crimes": _off(gate_crimes, "look_alike", _never),
    "off:gates.charged_with_crime": _off(suspects, "charged_with_crime", _never),
    "off:gates.every_look_alike_check": _off(gate, "look_alike", _never),
}


def switches(variant: str) -> list[Switch]:
    """The switches of ``a+b+…``; a name not in :data:`VARIANTS` is refused by name."""
    names = variant.split("+")
    unknown = [name for name in names if name not in VARIANTS]
    if unknown:
        raise KeyError(f"unknown variant {', '.join(unknown)}")
    return [VARIANTS[name] for name in names]


def predict(splits: Sequence[str], variant: str) -> tuple[list[corpus.Label], list[corpus.Label]]:
    """Gold and predicted labels of every text of ``splits`` under ``variant``, each file and
    group named ``<split>/<name>`` so that grouping pairs stay within a split."""
    gold: list[corpus.Label] = []
    guessed: list[corpus.Label] = []
    with contextlib.ExitStack() as stack:
        for switch in switches(variant):
            stack.enter_context(switch())
        for split in splits:
            folder = corpus.read_folder(CORPUS / split)
            run = pipeline.predict_folder(folder)
            gold += [_within(split, label) for label in folder.labels]
            guessed += [_within(split, label) for label in run.predictions]
    return gold, guessed


def _within(split: str, label: corpus.Label) -> corpus.Label:
    group = f"{split}/{label.story_group}" if label.story_group is not None else None
    return replace(label, file=f"{split}/{label.file}", story_group=group)


def row(variant: str, gold: Sequence[corpus.Label], guessed: Sequence[corpus.Label]) -> str:
    """One line of pooled totals (never a file)."""
    report = evaluate.score(gold, guessed)
    relevance, tactics = report["relevance"], report["tactics"]["micro"]
    by_file = {label.file: label for label in guessed}
    lookalikes_ = [label for label in gold if not label.is_tnr]
    rejected = sum(1 for label in lookalikes_ if not by_file[label.file].is_tnr)
    return (f"{variant:36} {relevance['precision']:.3f} / {relevance['recall']:.3f} / "
            f"{relevance['f1']:.3f}  {rejected:>3}/{len(lookalikes_):<3}  "
            f"{tactics['precision']:.3f} / {tactics['recall']:.3f} / {tactics['f1']:.4f}  "
            f"{report['origin_state_accuracy']:.3f}")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.monitor_ablation",
                                     description=__doc__.splitlines()[0])  # fmt: skip
    parser.add_argument("--set", choices=sorted(SETS), default="selection")
    parser.add_argument("variants", nargs="*", help="default: every variant, one at a time")
    options = parser.parse_args(argv)
    variants = options.variants or list(VARIANTS)
    try:
        for variant in variants:
            switches(variant)
    except KeyError as exc:
        parser.exit(2, f"{exc.args[0]}; known: {', '.join(VARIANTS)}\n")
    splits = SETS[options.set]
    print(f"{options.set}: {len(splits)} splits, pooled totals only")
    print(f"{'variant':36} relevance P / R / F1    look-alikes  tactic P / R / F1        origin")
    for variant in variants:
        print(row(variant, *predict(splits, variant)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
