"""People counts matched only where a count can start (after a character that is no word
character, at a digit or the first letter of a number word or qualifier): the same matches,
with the same groups, as each language's pattern searched on its own."""

from __future__ import annotations

import re

from amanat.monitor import synthetic
from amanat.monitor.nlp import count_starts, normalise, people_counts
from amanat.monitor.tests.test_literals import CORPUS

_EDGES = [
    "", "5 men", "5 men,6 men", "x2 men, _3 men, 4 men", "More Than 300 PEOPLE", "İKİ kişi",
    "iki kişi ve üç gazeteci", "ДВА человека, 3 студента", "至少3名维吾尔人，数百人", "两个学生",
    "ئىككى كىشى", "ئۈچ نەپەر ئۇيغۇر", "x۳ men", "٣ men", "Ⅻ men", "a dozen Uyghurs", "ſome 3 men",
]  # fmt: skip


def _texts() -> list[str]:
    texts = list(_EDGES) + synthetic.generate(400, multilingual=True)[0]
    for path in sorted(CORPUS.glob("*/*.txt"))[::2]:
        texts.append(normalise.clean(normalise.decode(path.read_bytes()).text))
    return texts


def test_counts_matched_where_one_can_start_are_every_languages_own_matches() -> None:
    found = 0
    for text in _texts():
        for language, pattern in people_counts._COUNT_PATTERNS.items():
            expected = [(match.span(), match.groups()) for match in pattern.finditer(text)]
            got = [
                (match.span(), match.groups()) for match in people_counts._counts(language, text)
            ]
            assert got == expected, (language, text[:80])
            found += len(expected)
    assert found > 300


def test_people_counts_are_those_of_each_languages_own_search() -> None:
    for text in _texts()[::3]:
        for language in [*people_counts._COUNT_PATTERNS, "fa"]:
            old = people_counts._COUNT_PATTERNS.get(language, people_counts._COUNT_PATTERNS["en"])
            expected = [(m.start(), m.end()) for m in old.finditer(text)]
            counts = people_counts.people_counts(text, language)
            assert {(c.start, c.end) for c in counts} <= set(expected), (language, text[:80])


def test_the_class_of_first_characters_holds_every_case_and_every_digit() -> None:
    first = re.compile(count_starts.firsts_class(["t", "i"], re.IGNORECASE))
    for char in "tTiIİı0٣۳\U0001d7ce":
        assert first.fullmatch(char), char
    assert not first.fullmatch("x")
    assert not re.compile(count_starts.firsts_class(["t"], 0)).fullmatch("T")
