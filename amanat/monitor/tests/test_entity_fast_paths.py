"""The faster paths of the entity features, input checks and dates give the old paths'
answers, over corpus texts in six languages (round 2 of session 12's CPU work)."""

from __future__ import annotations

from amanat.monitor.nlp import extract, literals, normalise, shingles
from amanat.monitor.nlp.name_keys import han_name_keys, name_key
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
    return [f"s:{key}" for key in dict.fromkeys(keys) if key]


def test_names_and_their_keys_with_the_token_set_made_when_first_asked_are_the_olds() -> None:
    languages, built = set(), 0
    for text in _corpus(3):
        old = shingles._Text(text, set(shingles._tokens(text)), set())
        new = shingles._text(text, [])
        names = shingles._names(new)
        assert names == shingles._names(old)
        assert shingles._name_keys(new, names) == _old_name_keys(old, names)
        assert isinstance(new.lowered, shingles._Tokens)
        built += new.lowered._set is not None
        if names:
            languages.add(text.isascii())
    assert built > 50
    assert languages == {True, False}


def test_the_token_set_answers_as_the_set_of_tokens() -> None:
    for text in _corpus(7, 1):
        tokens = set(shingles._tokens(text))
        lazy = shingles._Tokens(text)
        for word in [*list(tokens)[:50], "zzzq", "", "the", "Gülnar"]:
            assert (word in lazy) == (word in tokens)


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
