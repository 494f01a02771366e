"""What the pipeline keeps between articles changes no answer: a kept answer is a copy, and
warming up builds every language's tables before workers are forked."""

from __future__ import annotations

import itertools
import re
import unicodedata
from pathlib import Path

import pytest

from amanat.monitor.nlp import gazetteer, normalise, people_counts, pipeline, states


def test_script_counts_asked_twice_are_equal_and_not_shared() -> None:
    text = "Ein Text in Latin script, 一些中文, и немного кириллицы."
    first = normalise.script_counts(text)
    first["latin"] = 0
    second = normalise.script_counts(text)
    assert second["latin"] > 0
    assert second == normalise._script_counts(text)
    assert normalise.script_counts("другой текст") == normalise._script_counts("другой текст")


def test_warming_up_builds_the_name_tables_of_every_watched_language() -> None:
    pipeline.warm_up()
    for code in ("en", "tr", "zh", "ug", "ru", "fa"):
        assert states.forms(code)
        assert gazetteer.matcher(code).pattern
    assert states._matcher.cache_info().currsize >= 6


def test_warming_up_builds_the_count_start_classes_before_workers_fork() -> None:
    people_counts._count_starts.cache_clear()
    pipeline.warm_up()
    built = people_counts._count_starts.cache_info().currsize
    assert built == len(people_counts._COUNTED_FROM_STARTS) == 2


def test_ascii_texts_are_counted_as_findall_counts_them() -> None:
    every_pair = "".join(a + b for a in normalise._ASCII for b in normalise._ASCII)
    for text in [every_pair, "Plain news, 2019: 3 men_held.\n\tNext\x1cline", ""]:
        for pattern in (normalise._WHITESPACE, normalise._LETTER, *normalise.SCRIPTS.values()):
            assert normalise._count_chars(pattern, text) == len(pattern.findall(text))
        assert normalise._count_words(text) == len(normalise._WORDS.findall(text))
    # Every match of these has a character beyond ASCII: none among all pairs of ASCII ones.
    for pattern in (normalise._MOJIBAKE, normalise._MIXED_WORD):
        assert not pattern.search(every_pair)
        assert normalise._count_beyond_ascii(pattern, "Ã©tÃ©") == len(pattern.findall("Ã©tÃ©"))


def test_other_texts_are_counted_as_findall_counts_them() -> None:
    bmp = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000)
    mixed = "Ein Text, 一些中文 и кириллица\tئۇيغۇرچە"
    for text in [bmp, mixed, "Astral 𝐀𝐁 and 汉字", "lone \ud800 x", "é"]:
        for pattern in (normalise._WHITESPACE, normalise._LETTER, *normalise.SCRIPTS.values()):
            assert normalise._count_chars(pattern, text) == len(pattern.findall(text))
        expected = {name: len(pattern.findall(text)) for name, pattern in normalise.SCRIPTS.items()}
        counts = normalise._script_counts(text)
        assert list(counts) == [name for name, found in expected.items() if found]
        assert counts == {name: found for name, found in expected.items() if found}


def test_cleaning_tidies_spaces_and_invisible_characters_as_line_by_line_did() -> None:
    def line_by_line(text: str) -> str:  # the way clean() was written before it was faster
        text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
        text = normalise._CONTROL.sub(" ", text.translate(normalise._INVISIBLE))
        runs = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
        lines = [runs.sub(" ", line).strip() for line in text.split("\n")]
        return normalise._BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()

    alphabet = [" ", "\t", "\u00a0", "\u3000", "\n", "\r", "\u200b", "\x0b", "\u2028", "a", "я"]
    for size in range(1, 5):
        for chars in itertools.product(alphabet, repeat=size):
            text = "x" + "".join(chars) + "y" + "".join(reversed(chars))
            assert normalise.clean(text) == line_by_line(text), repr(text)


class _SwappedOnRead(tuple[str, object]):
    """A kept tally that another thread replaces the moment this one reads it."""

    def __getitem__(self, index):  # type: ignore[no-untyped-def,override]  # test double
        value = tuple.__getitem__(self, index)
        normalise._last_tally = ("another thread's text", {})
        return value


def test_the_kept_tally_is_read_once_so_another_thread_cannot_swap_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Немного кириллицы и 一些中文."
    expected = normalise._tally(text)
    monkeypatch.setattr(normalise, "_last_tally", _SwappedOnRead((text, expected)))
    assert normalise._tally(text) == expected


def _texts_in_six_languages() -> list[str]:
    corpus = sorted((Path(__file__).parents[1] / "corpus").glob("*/*.txt"))[::5]
    texts = [normalise.clean(normalise.decode(path.read_bytes()).text) for path in corpus]
    bmp = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000)
    return [*texts, bmp, "Ein Text, 一些中文 и кириллица\tئۇيغۇرچە", "Astral 𝐀𝐁 and 汉字",
            "lone \ud800 x", "é", "_a_ ßtraße", "MIXеd Greek αb", "Straße 2019", ""]  # fmt: skip


def test_words_and_mixed_words_of_other_texts_are_counted_as_findall_counts_them() -> None:
    for text in _texts_in_six_languages():
        assert normalise._count_words(text) == len(normalise._WORDS.findall(text))
        assert normalise._count_mixed(text) == len(normalise._MIXED_WORD.findall(text))


def test_the_fingerprint_read_without_the_regex_is_the_regex_one() -> None:
    every_pair = "".join(a + b for a in normalise._ASCII for b in normalise._ASCII)
    for text in [every_pair, " \x1c a_b ", *_texts_in_six_languages()]:
        expected = normalise._FINGERPRINT.sub(" ", text.casefold()).strip()
        assert normalise.fingerprint(text) == expected
