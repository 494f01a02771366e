"""The faster paths of places, states and origin give the old paths' answers, over corpus
texts in six languages and invented edge cases (session 13's CPU work, speed14c)."""

from __future__ import annotations

from amanat.monitor.nlp import gazetteer, literals, normalise, origin, state_roles, states
from amanat.monitor.nlp.rules.context import DIASPORA_RULES
from amanat.monitor.tests.conftest import CORPUS, corpus_sentences

_WINDOWS = [
    "detained in ", "detained in the ", "moved into  the\n", "sent to\n", "in ", "In The ",
    "İn ", "ın the ", "xin ", "-in ", "in,", "in", "", " ", "\n", "of the the ", "near\tthe \n",
    "Живёт в ", "в\n", "во  ", "ув ", "из-", "در ", "مقیم\u200c ", " به ", "the ",
]  # fmt: skip


def _texts() -> list[str]:
    return [normalise.clean(normalise.decode(path.read_bytes()).text)
            for path in sorted(CORPUS.glob("*/*.txt"))[::2]]  # fmt: skip


def _old_locative(window: str, language: str) -> bool:
    return bool(gazetteer._LOCATIVE_BEFORE[language].search(window))


def test_the_locative_context_read_backwards_is_the_old_search() -> None:
    languages = list(gazetteer._LOCATIVE_BEFORE_REVERSED)
    for window in _WINDOWS:
        for language in languages:
            assert gazetteer._is_locative(window + "X", len(window), "", language) == (
                _old_locative(window[-24:], language)
            ), (window, language)
    compared = 0
    for text in _texts():
        for start in range(1, len(text), 3):
            for language in languages:
                new = gazetteer._is_locative(text, start, "", language)
                assert new == _old_locative(text[max(0, start - 24) : start], language)
                compared += new
    assert compared > 1000


def test_the_sent_home_phrase_searched_only_behind_its_literals_finds_the_old_matches() -> None:
    invented = {
        "en": "He was deported back home. They sent him to his home country.",
        "ru": "Его вернули на родину. Их выслали домой.",
        "tr": "Ülkesine iade edildi.",
        "zh": "他被遣返回国。",
        "fa": "او به ایران دیپورت شد.",
        "ug": "ئۇ يۇرتىغا قايتۇرۇلدى.",
    }
    texts = _texts()
    for language, pattern in state_roles.SENT_HOME.items():
        gate = states._sent_home_gate(language)
        assert (gate is None) == (language == "fa")
        found = 0
        national = [states.StateMention("XX", "national", 0, 1)]
        for text in [invented[language], *texts]:
            new = [(m.iso, m.start, m.end) for m in states._sent_home(text, language, national)]
            assert new == [("XX", *m.span()) for m in pattern.finditer(text)]
            if gate is not None:
                folded = literals.fold(text) if gate.folds else ""
                spans = [m.span() for m in gate.finditer(text, folded)]
                assert spans == [m.span() for m in pattern.finditer(text)]
                found += bool(spans)
        assert found or gate is None, language


def test_the_literals_probe_of_the_diaspora_clause_is_the_old_any() -> None:
    needed = [rule.needed for rule in DIASPORA_RULES if rule.needed is not None]
    needed += [frozenset(), frozenset({""}), frozenset({"a.b", "(x"})]
    clauses = [*_WINDOWS, "a.b", "(x)", "who lives in exile in", *corpus_sentences()[::7]]
    for literals_needed in needed:
        for clause in clauses:
            old = any(literal in clause for literal in literals_needed)
            assert origin._may_hold(literals_needed, clause) == old
    assert origin._may_hold(None, "")
