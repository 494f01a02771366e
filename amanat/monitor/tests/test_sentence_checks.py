"""The tactic loop's sentence checks asked per tactic (rules/vetoes_asked.py) drop a tactic
exactly when the union of every check's codes, asked whole and without the sentence's
literals, holds it."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from amanat.monitor.nlp import gazetteer, lang, normalise, tagging
from amanat.monitor.nlp.rules import (
    after_a_killing,
    gate_whose_act,
    home_on_return,
    lawful_acts,
    lookalikes,
)
from amanat.monitor.nlp.rules.shapes import Mention, Place, Span
from amanat.monitor.nlp.rules.vetoes import VETOED, vetoed
from amanat.monitor.nlp.rules.vetoes_asked import SentenceChecks, SentenceVetoes
from amanat.monitor.nlp.rules.vetoes_not_done_abroad import sentence_states_vetoed
from amanat.monitor.nlp.rules.vetoes_roles import ROLE_VETOED, role_vetoed
from amanat.monitor.tests.conftest import CORPUS

_VALUES = sorted(lookalikes.ALL_TACTICS.union(*VETOED.values(), *ROLE_VETOED.values()))


def _union(language: str, span: Span, lowered: str, home: Collection[str | None],
           places: Sequence[Place], mentions: Sequence[Mention]) -> frozenset[str]:  # fmt: skip
    return (
        vetoed(language, lowered)
        | lookalikes.dropped(language, span, home, places, mentions)
        | role_vetoed(language, lowered)
        | sentence_states_vetoed(lowered, span.start, span.end, home, places, mentions, language)
        | gate_whose_act.assessed_threat(language, lowered)
        | lawful_acts.dropped(language, span, home, places, mentions)
        | after_a_killing.dropped(language, lowered)
        | home_on_return.dropped(language, span, lowered, home, places, mentions)
    )


def test_a_tactic_asked_of_a_sentence_is_dropped_as_the_union_of_all_checks_drops_it() -> None:
    paths = sorted(CORPUS.glob("*/*.txt"))[::7]
    dropped = 0
    for path in paths:
        text = normalise.clean(normalise.decode(path.read_bytes()).text)
        language = lang.identify(text).code
        analysis = tagging.analyse(text, language)
        rules = tagging._Rules(analysis)
        named = [m.iso for m in analysis.states] or ["CN"]
        home = gazetteer.ORIGIN_REGIONS.get(named[0], frozenset({named[0]}))
        for (span, lowered), found in zip(rules.spans, rules.found, strict=True):
            expected = _union(language, span, lowered, home, analysis.places, analysis.states)
            asked = SentenceChecks(language, span, lowered, found, home, analysis.places,
                                   analysis.states)  # fmt: skip
            for value in _VALUES:
                assert asked.drops(value) == (value in expected), (path.name, value, span.text)
            dropped += bool(expected)
    assert dropped > 50


def test_the_vetoes_asked_per_tactic_drop_what_vetoed_and_role_vetoed_drop() -> None:
    # SentenceVetoes loops over the vetoes that drop a tactic, skipping those whose first
    # literals the sentence lacks, instead of selecting every candidate veto per sentence.
    paths = sorted(CORPUS.glob("*/*.txt"))[3::5]
    languages: set[str] = set()
    dropped = 0
    for path in paths:
        text = normalise.clean(normalise.decode(path.read_bytes()).text)
        language = lang.identify(text).code
        rules = tagging._Rules(tagging.analyse(text, language))
        for (_span, lowered), found in zip(rules.spans, rules.found, strict=True):
            expected = vetoed(language, lowered) | role_vetoed(language, lowered)
            with_literals = SentenceVetoes(language, lowered, found)
            without = SentenceVetoes(language, lowered, None)
            for value in _VALUES:
                assert with_literals.drops(value) == (value in expected), (path.name, value)
                assert without.drops(value) == (value in expected), (path.name, value)
            dropped += bool(expected)
            languages.add(language)
    assert dropped > 50
    assert {"en", "tr", "zh", "ug", "ru", "fa"} <= languages
