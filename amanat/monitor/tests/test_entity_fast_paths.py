"""The faster paths of the entity features, input checks and dates give the old paths'
answers, over corpus texts in six languages (round 2 of session 12's CPU work)."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources
from itertools import pairwise

from amanat.monitor.nlp import extract, literals, name_keys, normalise, shingles
from amanat.monitor.nlp.name_keys import han_name_keys, name_key
from amanat.monitor.tests.conftest import corpus_sentences
from amanat.monitor.tests.test_literals import CORPUS

_TEXTS = ["Gülnar Gulnar said. Skripal met Скрипаль and 韦罗妮卡·科曼 in Dubai.", "Kerim Zair, a "
          "Uyghur who", "Алексей Навальный и Навального.", "", "only lower case words"]  # fmt: skip


def _corpus(step: int, offset: int = 0) -> list[str]:
    paths = sorted(CORPUS.glob("*/*.txt"))[offset::step]
    return _TEXTS + [normalise.clean(normalise.decode(path.read_bytes()).text) for path in paths]


def _old_name_keys(words: shingles._Text, latin: list[str]) -> list[str]:
    """``shingles._name_keys`` as it read before: both searches over every text."""
    names = [name for name in latin if "_" not in name]
    if shingles._HAS_CYRILLIC.search(words.text):
        names += [n for n in shingles._names(words, shingles._CAPITALISED_CYRILLIC) if "_" not in n]
    keys = list(map(name_key, names))
    if shingles._HAS_INTERPUNCT.search(words.text):
        keys += han_name_keys(words.text)
    if shingles._HAS_ARABIC.search(words.text):
        keys += name_keys.arabic_script_keys(words.text)
    return [f"s:{key}" for key in dict.fromkeys(keys) if key]


def test_names_and_their_keys_with_the_token_set_made_when_first_asked_are_the_olds() -> None:
    languages = set()
    for text in _corpus(3):
        old = shingles._Text(text, set(shingles._tokens(text)), set())
        new = shingles._text(text, [])
        names = shingles._names(new)
        assert names == shingles._names(old)
        assert shingles._name_keys(new, names) == _old_name_keys(old, names)
        assert isinstance(new.lowered, shingles._Tokens)
        if names:
            languages.add(text.isascii())
    assert languages == {True, False}


def test_the_token_set_answers_as_the_set_of_tokens() -> None:
    for text in _corpus(7, 1):
        tokens = set(shingles._tokens(text))
        lazy = shingles._Tokens(text)
        for word in [*list(tokens)[:50], "zzzq", "", "the", "Gülnar"]:
            assert (word in lazy) == (word in tokens)


_EDGES = ["abc² x", "x abc½", "中abc文 abc", "abc_d abc1 1abc", "i̇stanbul İstanbul", "ab ab", "b"]


def test_a_word_found_between_non_letters_is_a_token_exactly_when_the_set_holds_it() -> None:
    """``_Tokens`` finds the word in the text instead of building the set of its tokens: the
    same answer for every token, every token's parts and neighbours' joins, and the lower case
    of every capitalised word, over corpus sentences in six languages and texts of edge cases
    (digits, ``_``, Han characters, letter-like numerals next to letters, combining marks)."""
    sentences = list(corpus_sentences()[::5])
    texts = _EDGES + _corpus(11, 2) + [" ".join(sentences[i : i + 6]) for i in range(0, 600, 6)]
    asked = 0
    for text in texts:
        tokens = set(shingles._tokens(text))
        fast = shingles._Tokens(text)
        words = list(tokens) + [m.group(0).casefold() for m in shingles._CAPITALISED.finditer(text)]
        words += [w[1:] for w in tokens] + [w[:-1] for w in tokens] + ["", " ", "a b", "_"]
        words += [f"{a}{b}" for a, b in pairwise(words)][:40]
        for word in words:
            assert (word in fast) == (word in tokens), (text[:40], word)
            asked += 1
    assert asked > 20_000


def test_ascii_counts_by_bytes_are_the_findall_counts() -> None:
    texts = [text for text in _corpus(3, 2) if text.isascii()]
    texts += ["", "a", " a", "a ", "_x_ 12 y\x1c z", "".join(map(chr, range(128)))]
    patterns = (normalise._WHITESPACE, normalise._LETTER, *normalise.SCRIPTS.values())
    for text in texts:
        for pattern in patterns:
            assert normalise._count_chars(pattern, text) == len(pattern.findall(text))
        assert normalise._count_words(text) == len(normalise._WORDS.findall(text))
    assert len(texts) > 60


def test_a_window_folded_by_its_lower_case_is_folded_as_literals_folds_it() -> None:
    every = [chr(code) for code in range(0x10000)]
    for char in every:
        assert extract._fold(char) == literals.fold(char)
        assert extract._fold(f"ж{char}Σ a") == literals.fold(f"ж{char}Σ a")
    windows = ["ΑΣ ΑΣΑ σς", "İstanbul'da 2019", "Скрипаль 2019 года", "2019年5月", "𐐀 2019"]
    for text in _corpus(2):
        digits = extract.ascii_digits(text)
        windows += [digits[begin:end] for begin, end in extract._year_windows(digits)]
    for window in windows:
        assert extract._fold(window) == literals.fold(window)
    assert sum(not window.isascii() for window in windows) > 300


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”«»—–-]\s*|\n)\s*$")


def test_a_sentence_start_read_by_rstrip_is_the_searchs() -> None:
    """``_sentence_start`` answers as the search it replaced, for every three characters drawn
    from every white space character, the stops and quotes, letters and digits, and for the
    three characters before every capitalised word of corpus texts."""
    spaces = [chr(c) for c in range(0x10000) if re.fullmatch(r"\s", chr(c))]
    assert spaces == [chr(c) for c in range(0x10000) if chr(c).isspace()]
    chars = [*spaces, *'.!?:;"“”«»—–-', "a", "Ş", "1", ",", "'", "(", "_", "中"]
    windows = ["", *chars, *(a + b for a in chars for b in chars)]
    windows += [a + b + c for a in chars for b in chars[::3] for c in chars]
    for text in _corpus(5):
        windows += [
            text[max(0, m.start() - 3) : m.start()] for m in shingles._CAPITALISED.finditer(text)
        ]
    assert len(windows) > 20_000
    for window in windows:
        assert shingles._sentence_start(window) == bool(_SENTENCE_START.search(window)), window


@cache
def _raw_readings() -> dict[str, str]:
    data = resources.files("pypinyin").joinpath("pinyin_dict.json").read_text("utf-8")
    table: dict[str, str] = {}
    for code, readings in json.loads(data).items():
        first = unicodedata.normalize("NFKD", readings.split(",", 1)[0])
        table[chr(int(code))] = "".join(c for c in first if c.isascii())
    return table


def _old_pinyin(han: str) -> str:
    """``name_keys._pinyin`` as it read before: the raw reading, then ``_as_latin``, per
    character."""
    table = _raw_readings()
    return "".join(name_keys._as_latin(table.get(char, "")) for char in han)


def test_pinyin_read_from_the_table_as_latin_is_the_old_per_character_reading() -> None:
    """The table holds each character's reading already as Latin: every character of it, and
    characters outside it, read as before; Chinese names' keys in corpus texts too."""
    table = name_keys._pinyin_table()
    han = "".join(table) + "aZ·、"
    assert name_keys._pinyin(han) == _old_pinyin(han)
    assert all(name_keys._pinyin(char) == _old_pinyin(char) for char in list(table)[::97])
    texts = [text for text in _corpus(1) if "·" in text]
    assert texts
    for text in texts:
        for match in name_keys._HAN_NAME.finditer(text):
            for size in range(1, 6):
                span = match.group(0).replace("·", "")[:size]
                assert name_keys._pinyin(span) == _old_pinyin(span)


def test_shingles_joined_in_c_are_the_old_set_in_the_old_order() -> None:
    """``shingle_set`` joins the triples with ``str.join`` over ``map``: the same shingles in the
    same order as the set comprehension of f-strings it replaced."""
    for text in _corpus(4, 1):
        words = shingles.tokens(text)
        triples = zip(words, words[1:], words[2:], strict=False)
        assert shingles.shingle_set(words) == list({f"{a} {b} {c}" for a, b, c in triples})
