"""Rule gates: every set of strings a pattern requires (literals.clauses), asked of a
sentence's literals before its searches, skips only rules that cannot fire there; the vetoes
and look-alike checks asked so give the answers they gave without it."""

from __future__ import annotations

import re

from amanat.monitor.nlp import literals
from amanat.monitor.nlp.rules import for_language, holds
from amanat.monitor.nlp.rules.vetoes import vetoed
from amanat.monitor.nlp.rules.vetoes_roles import role_vetoed
from amanat.monitor.nlp.tagging_rules import ALL_RULES as _ALL_RULES
from amanat.monitor.nlp.tagging_rules import literal_index as _literal_index
from amanat.monitor.tests.conftest import corpus_sentences

_LANGUAGES = ["en", "ru", "zh", "fa", "tr", "ug"]


def test_every_part_of_a_sequence_gives_the_strings_it_requires() -> None:
    pattern = re.compile(r"\b(?:risk|fear)s?\s+(?:of )?(?:deport\w*|arrest(?:ed)?)\b")
    assert literals.clauses(pattern) == (
        frozenset({"risk", "fear"}),
        frozenset({"deport", "arrest"}),
    )
    grouped = re.compile(r"(?:(?:held|jailed) in (?:a )?(?:camp|prison))+")
    assert literals.clauses(grouped) == (
        frozenset({"held", "jailed"}),
        frozenset({" in "}),
        frozenset({"camp", "prison"}),
    )


def test_optional_parts_look_arounds_and_case_insensitive_patterns_give_no_strings() -> None:
    assert literals.clauses(re.compile(r"(?:police)?\w+(?=agents)")) == ()
    assert literals.clauses(re.compile(r"police", re.IGNORECASE)) == ()
    assert literals.clauses(re.compile(r"(?i:police) agents")) == (frozenset({" agents"}),)


def test_every_set_a_pattern_requires_is_in_every_corpus_sentence_it_matches() -> None:
    sentences = corpus_sentences()[::3]
    checked = 0
    for rule in _ALL_RULES:
        for pattern in rule.all_of:
            required = literals.clauses(pattern)
            for sentence in sentences:
                if required and pattern.search(sentence):
                    for clause in required:
                        assert any(s in sentence for s in clause), (rule.id, clause, sentence)
                    checked += 1
    assert checked > 1000


def test_a_rule_its_gate_closes_on_a_sentence_does_not_fire_there() -> None:
    sentences = corpus_sentences()[::7]
    closed = 0
    for language in _LANGUAGES:
        index = _literal_index(language)
        for sentence in sentences:
            found = index.scan(sentence)
            for rule in for_language(_ALL_RULES, language):
                gate = rule.gate(found.universe)
                if gate and not holds(gate, found):
                    assert not rule.fires(sentence), (rule.id, sentence)
                    closed += 1
    assert closed > 10_000


def test_vetoes_asked_with_their_gates_drop_what_they_dropped() -> None:
    sentences = corpus_sentences()[::5]
    dropped = 0
    for language in _LANGUAGES:
        index = _literal_index(language)
        for sentence in sentences:
            found = index.scan(sentence)
            for check in (vetoed, role_vetoed):
                codes = check(language, sentence)
                assert check(language, sentence, found) == codes, (language, sentence)
                dropped += bool(codes)
    assert dropped > 100
