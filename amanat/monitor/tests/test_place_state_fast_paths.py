"""The faster paths of places, states and origin give the old paths' answers, over corpus
texts in six languages and invented edge cases (session 13's CPU work, speed14c)."""

from __future__ import annotations

from amanat.monitor.nlp import gazetteer, normalise
from amanat.monitor.tests.conftest import CORPUS

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
