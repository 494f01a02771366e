"""Latin names of a text (shingles._names): each capitalised word judged once per text
(shingles._name_key), with the same names as the loop that judged every occurrence."""

from __future__ import annotations

from itertools import pairwise

from amanat.monitor.nlp import normalise, shingles
from amanat.monitor.nlp.gazetteer import DEMONYMS_EN
from amanat.monitor.tests.conftest import CORPUS


def _names_judging_every_occurrence(words: shingles._Text) -> list[str]:
    """``_names`` as it was before session 16: every occurrence judged again."""
    text, lowered, skipped = words
    found = []
    for match in shingles._CAPITALISED.finditer(text):
        start, end = match.span()
        if start in skipped:
            continue
        word = match.group(0)
        if "'" in word or "’" in word:
            word = shingles._APOSTROPHE.split(word, maxsplit=1)[0]
        key = shingles.fold(word)
        if (len(key) < 3 or key in shingles._NOT_NAMES or key.startswith(shingles._STOP_PREFIXES)
                or word in DEMONYMS_EN or word.casefold() in lowered):  # fmt: skip
            continue
        found.append((start, end, key, shingles._sentence_start(text[max(0, start - 3) : start])))
    confirmed = {key for _s, _e, key, initial in found if not initial}
    starts = {start for start, _e, _k, _i in found}
    kept = [(s, e, key) for s, e, key, initial in found
            if not initial or key in confirmed or e + 1 in starts]  # fmt: skip
    names = [key for _s, _e, key in kept]
    for (_s1, end1, first), (start2, _e2, second) in pairwise(kept):
        if 0 < start2 - end1 <= 1:
            names.append(f"{first}_{second}")
    return names


def test_names_judged_once_per_word_are_the_names_judged_at_every_occurrence() -> None:
    named = 0
    for path in sorted(CORPUS.glob("labelled/*.txt")):
        text = normalise.clean(normalise.decode(path.read_bytes()).text)
        words = shingles._text(text, [])
        names = shingles._names(words)
        assert names == _names_judging_every_occurrence(words), path.name
        named += len(names) > len(set(names))  # a name written more than once
    assert named > 20


def test_a_capitalised_word_is_no_name_when_short_a_stop_word_a_demonym_or_written_lower() -> None:
    tokens = shingles._Tokens("Gulnara met Ali in Paris; the paris agreement; Uyghurs and Kazakhs")
    assert shingles._name_key("Gulnara", tokens) == "gulnara"
    assert shingles._name_key("Gülnara", tokens) == "gulnara"  # folded
    assert shingles._name_key("Ali", tokens) == "ali"  # three letters are enough
    assert shingles._name_key("Al", tokens) is None  # short
    assert shingles._name_key("The", tokens) is None  # a stop word
    assert shingles._name_key("Uyghurs", tokens) is None  # a stop prefix
    assert shingles._name_key("Paris", tokens) is None  # written in lower case in the text
    assert shingles._name_key("British", tokens) is None  # a demonym


def test_a_name_written_twice_is_kept_each_time_and_joined_with_the_next() -> None:
    words = shingles._text("Reports said Gulnara Tursun left. Then Gulnara Tursun spoke.", [])
    assert shingles._names(words) == ["gulnara", "tursun", "gulnara", "tursun",
                                      "gulnara_tursun", "gulnara_tursun"]  # fmt: skip
