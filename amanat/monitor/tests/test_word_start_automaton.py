"""Names at word starts by automaton (``tries.WordStartNames``): the same spans as the trie
regex with the look-behind in it, ``(?<!\\w)(?:trie)tail``, read by ``finditer``."""

from __future__ import annotations

import re

import pytest

from amanat.monitor.nlp import gazetteer, normalise, pipeline, states, tries
from amanat.monitor.tests.conftest import CORPUS, corpus_sentences

_TAILS = {False: r"(?!\w)", True: r"[\w'’]*"}


def _both(words: list[str], suffixed: bool, text: str) -> tuple[list[tuple[int, int]], ...]:
    regex = re.compile(rf"(?<!\w)(?:(?:{tries.trie_pattern(words)}){_TAILS[suffixed]})")
    names = tries.WordStartNames(words, suffixed=suffixed)
    return [match.span() for match in regex.finditer(text)], names.spans(text)


def test_the_word_characters_are_those_of_re_at_every_code_point() -> None:
    every = "".join(map(chr, range(0x110000)))
    words = re.sub(r"\W", "\x00", every).encode("utf-32-le", "surrogatepass")
    marks = tries._marks() & tries._CODE
    assert marks.tobytes() == words


EDGE_WORDS = [
    "Iran", "Iraq", "Ka", "Kazakhstan", "New York", "New-York", "York", "U.S.", "U.S", "Ürümqi",
    "Иран", "Ирак", "российск", "ایران", "ئىران", "伊朗", "𠀀x", "Ab", "Abc", "Abcd", "Bc",
    "Sri Lanka", "Lanka", "Myanmar (Burma)", "Myanmar", "O'Brien",
]  # fmt: skip
EDGE_TEXTS = [
    "Iran", "Iran.", "xIran", "Iranian Iran Iran2 Iran_ _Iran 2Iran", "Kazakhstan Kaz Ka Kaza",
    "New York New-York New–York New  York NewYork York", "the U.S. and U.S.A. and U.S",
    "Iraq'ta İran'da Iran’ın Iranlı Ürümqi'de Ürümqide", "в Иране и Ираке; вИране, Иран-",
    "российские российского Российск", "در ایران؛ درایران ئىراندا ئىران 伊朗 伊朗人",
    "Abcd Abc Ab Abcde AbcBc Bc", "Sri Lanka Lanka Sri  Lanka", "Myanmar (Burma) Myanmar (Bur",
    "O'Brien O’Brien O'Briens", "𠀀x 𠀀xy a𠀀x \U0001d400Iran", "\x00Iran\x00Iran", "\ud800Iran",
    "", " ", "Iran\n", "\nYork", "Ka Ka Ka", "Kaz\u0301akhstan Iran\u0301",
]  # fmt: skip


@pytest.mark.parametrize("suffixed", [False, True])
def test_the_automaton_gives_the_regex_spans_at_word_starts(suffixed: bool) -> None:
    """Names at the text's start and end, inside words, with suffixes, overlapping, prefixes of
    others, with spaces and stops inside, beyond the Basic Multilingual Plane; each text also
    read beyond ASCII (a Cyrillic letter after it), the other way of marking it."""
    found = 0
    for text in EDGE_TEXTS + [text + " ж" for text in EDGE_TEXTS]:
        expected, spans = _both(EDGE_WORDS, suffixed, text)
        assert spans == expected, text
        found += len(expected)
    assert found > 60


def test_a_longer_name_that_the_tail_refuses_gives_way_to_a_shorter_one() -> None:
    assert _both(["Ka", "Kazakh"], False, "Kazakhs Kazakh")[1] == [(8, 14)]
    assert _both(["Ka", "Ka z"], False, "Ka zz Ka z")[1] == [(0, 2), (6, 10)]
    assert _both(["Ka", "Kazakh"], True, "Kazakhs Kazakh")[1] == [(0, 7), (8, 14)]


def _texts() -> list[str]:
    texts = list(corpus_sentences()[::4])
    for path in sorted(CORPUS.glob("*/*.txt"))[::3]:
        texts.append(normalise.clean(normalise.decode(path.read_bytes()).text))
    return texts


def test_the_place_and_state_names_are_found_as_by_the_regex_in_corpus_texts() -> None:
    """Every language's gazetteer and state-name matcher, over every fourth corpus sentence
    (lower-cased) and every third corpus text: all six languages, so every script is read with
    every table."""
    texts = _texts()
    found = 0
    for language in ("en", "tr", "ru", "fa", "ug", "kk"):
        matchers = [gazetteer.matcher(language)]
        if language in states.LANGUAGES:
            matchers.append(states._matcher(language))
        for pattern in matchers:
            reference = re.compile(rf"(?<!\w)(?:{pattern.pattern})")
            for text in texts:
                expected = [match.span() for match in reference.finditer(text)]
                assert tries.word_start_spans(pattern, text) == expected, (language, text)
                found += len(expected)
    assert found > 10_000


def test_a_pattern_without_an_automaton_is_searched_by_its_regex() -> None:
    pattern = re.compile(rf"(?:{tries.trie_pattern(['Iran', 'Iraq'])})(?!\w)")
    assert tries.word_start_spans(pattern, "Iran, xIraq, Iraq") == [(0, 4), (13, 17)]


def test_warming_up_builds_the_automata_before_the_workers_fork() -> None:
    pipeline.warm_up()
    for language in ("en", "tr", "ru", "fa", "ug"):
        for pattern in (gazetteer.matcher(language), states._matcher(language)):
            assert tries._NAMES[id(pattern)][0] is pattern
    assert tries._marks.cache_info().currsize == 1
