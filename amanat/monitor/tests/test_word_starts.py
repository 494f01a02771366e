"""Names are matched at the start of a word only, the look-behind checked outside the regex:
the same matches as ``(?<!\\w)`` in the pattern, found faster."""

from __future__ import annotations

import itertools
import re

from amanat.monitor import synthetic
from amanat.monitor.nlp import (
    amounts,
    extract,
    gazetteer,
    literals,
    normalise,
    people_counts,
    shingles,
    solar_hijri,
    states,
    tries,
)
from amanat.monitor.tests.test_literals import CORPUS


def _old_and_new(pattern: str, text: str) -> tuple[list[str], list[str]]:
    with_lookbehind = re.compile(rf"(?<!\w)(?:{pattern})")
    without = re.compile(f"(?:{pattern})")
    found = [m.group(0) for m in tries.at_word_starts(without, text)]
    return [m.group(0) for m in with_lookbehind.finditer(text)], found


def test_a_name_inside_a_word_is_skipped_and_one_starting_within_it_still_found() -> None:
    old, new = _old_and_new(r"New York|York|Iran", "xNew York, Miran and Iran; _Iran 2Iran")
    assert old == new == ["York", "Iran"]


def test_place_and_state_names_match_as_with_the_look_behind_in_the_regex() -> None:
    text = ("ÖzIran İran'da; Iranian police in Iran and xIran, Türkiye'de, Rusya'ya, в России, "
            "вРоссии, New York, Dubai-based; در ایران و چین")  # fmt: skip
    patterns = [gazetteer.matcher(language) for language in ("en", "tr", "ru", "fa", "ug")]
    patterns += [states._matcher(language) for language in ("en", "tr", "ru", "fa", "ug")]
    found = 0
    for pattern in patterns:
        reference = re.compile(rf"(?<!\w)(?:{pattern.pattern})")
        expected = [m.span() for m in reference.finditer(text)]
        assert [m.span() for m in tries.at_word_starts(pattern, text)] == expected
        found += len(expected)
    assert found > 10


def test_both_ways_find_the_names_of_latin_and_of_arabic_script_text() -> None:
    latin = "ÖzIran İran'da; Iranian police in Iran and xIran, в России, вРоссии, New York"
    arabic = "در ایران و چین، درایران؛ ئىراندا ۋە جۇڭگودا، خىتايدا. Iran and xIran"
    found = 0
    for text in (latin, arabic):  # the loop in Python; the look-behind in the regex
        for language in ("en", "ru", "fa", "ug"):
            for pattern in (gazetteer.matcher(language), states._matcher(language)):
                reference = re.compile(rf"(?<!\w)(?:{pattern.pattern})")
                expected = [m.span() for m in reference.finditer(text)]
                assert [m.span() for m in tries.at_word_starts(pattern, text)] == expected
                found += len(expected)
    assert found > 10


def test_folding_a_word_again_gives_the_same_answer() -> None:
    assert shingles.fold("GÜLNAR") == shingles.fold("Gulnar") == "gulnar"
    assert shingles.fold("İlham") == shingles.fold("Ilham") == "ilham"


# The name and number patterns read their look-behind after the first character (so that they
# open with a character class ``re`` skips to); these are the forms they had before.
_LOOK_BEHIND_FIRST = [
    (r"(?<![\w'’])[A-ZÀ-ÖØ-ÞĞİŞ][a-zà-öø-ÿğış]+(?:['’][a-zçğıöşü]+)?", 0, shingles._CAPITALISED),
    (r"(?<!\w)[А-ЯЁ][а-яё]+", 0, shingles._CAPITALISED_CYRILLIC),
    (r"(?<![A-Za-z0-9.,])(?:\d{1,3}(?:,\d{3})+|\d{2,})(?![A-Za-z0-9,]|\.\d)", 0, extract._NUMBER),
    (r"(?<![A-Za-z0-9.,])(\d{1,3}(?:,\d{3})+|\d+)(?:[.,](\d{1,2}))?(?![\d,]\d)"
     rf"\s?({amounts._WORDS})", re.IGNORECASE, amounts._AMOUNT),
    (r"[$£€¥](?<![A-Za-z0-9.,])(\d{1,3}(?:,\d{3})+|\d+)(?:[.,](\d{1,2}))?(?![\d,]\d)(m|bn)\b",
     0, amounts._SHORT),
]  # fmt: skip


def test_a_look_behind_read_after_the_first_character_finds_the_same_matches() -> None:
    texts = ["Ali'nin O'Brien x'Ali, Dr Ayşe, İlham, McCain; Али иАли Анна. 12,345 1,23 x12 .45 "
             ",33 1.5 million 3,000,000 2,5 млн a5 5a 5,5 5.55 $1m HK$2.5bn 100万 5 bina 7", "5",
             "Ab", "55 Ивана", "\nAb\n12"]  # fmt: skip
    for path in sorted(CORPUS.glob("*/*.txt"))[::3]:
        texts.append(normalise.clean(normalise.decode(path.read_bytes()).text))
    found = 0
    for source, flags, pattern in _LOOK_BEHIND_FIRST:
        before = re.compile(source, flags)
        for text in texts + [extract.ascii_digits(text) for text in texts]:
            expected = [(m.span(), m.groups()) for m in before.finditer(text)]
            assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == expected
            found += len(expected)
    assert found > 1000


def test_a_trie_with_its_own_script_first_or_its_root_in_groups_finds_the_same_matches() -> None:
    words = ["Iran", "Iraq", "Ирана", "Иран", "ایران", "ئىران", "伊朗", "Ka", "Kazakhstan", "-x"]
    texts = ["Iranian Iraq, Ирана и Иран; در ایران ئىراندا 伊朗 Kazakhstan Kab -x"]
    for path in sorted(CORPUS.glob("*/*.txt"))[::5]:
        texts.append(normalise.clean(normalise.decode(path.read_bytes()).text))
    lead = tries.LEAD["ru"]
    plain = re.compile(tries.trie_pattern(words))
    for variant in (tries.trie_pattern(words, lead), tries.trie_pattern(words, lead, 3),
                    tries.trie_pattern(words, None, 2)):  # fmt: skip
        expected = [m.span() for m in plain.finditer(texts[0])]
        assert [m.span() for m in re.finditer(variant, texts[0])] == expected
    assert len(expected) == 10
    found = 0
    for language in ("en", "tr", "ru", "fa", "ug", "zh"):
        names = list(gazetteer._lookup(gazetteer._matcher_language(language)))
        forms = sorted(states.forms(language))
        for words in (names, forms):
            plain = re.compile(rf"(?<!\w)(?:{tries.trie_pattern(words)})")
            lead = tries.LEAD.get(language)
            led = re.compile(rf"(?<!\w)(?:{tries.trie_pattern(words, lead)})")
            grouped = re.compile(rf"(?<!\w)(?:{tries.trie_pattern(words, lead, tries.GROUPS)})")
            for text in texts:
                expected = [m.span() for m in plain.finditer(text)]
                assert [m.span() for m in led.finditer(text)] == expected
                assert [m.span() for m in grouped.finditer(text)] == expected
                found += len(expected)
    assert found > 1000


def test_the_date_forms_with_the_look_behind_after_a_digit_find_the_same_dates() -> None:
    old_year, old_day = r"\b((?:19|20)\d\d)", r"\b(\d{1,2})"
    texts = ["x12 March 2020, 3 марта 2021 года, 5 مهر 1999 ۱۲ مهر ۲۰۲۰ a2019-01-02 2019-01-02 "
             "1990'da 2001 yılında 2003 yılının Mart ayında 2004 году x2005 год 22 January 1998 "
             "122 June 2001 2 June 20012", "2020 год", "1 May 2020"]  # fmt: skip
    for path in sorted(CORPUS.glob("*/*.txt"))[::3]:
        texts.append(normalise.clean(normalise.decode(path.read_bytes()).text))
    windows = []
    for text in map(extract.ascii_digits, texts):
        windows += [text[begin:end] for begin, end in extract._year_windows(text)]
    forms = dict(extract._DATE_PATTERNS)
    gates = dict(extract._DATE_GATES)
    found = 0
    for kind in ("iso", "dmy", "y_month_tr", "fa_dmy", "ru_dmy", "year_tr", "year_ru"):
        source = (forms[kind].pattern.replace(extract._Y_FIRST, old_year)
                  .replace(extract._D_FIRST, old_day)
                  .replace(r"(\d(?<!\d.)\d?)", r"(?<!\d)(\d{1,2})"))  # fmt: skip
        before = re.compile(source, forms[kind].flags)
        assert before.pattern != forms[kind].pattern
        gate = literals.Gate(before)
        assert (gate.folds, gate.required) == (gates[kind].folds, gates[kind].required)
        for window in windows:
            expected = [(m.span(), m.groups()) for m in before.finditer(window)]
            assert [(m.span(), m.groups()) for m in forms[kind].finditer(window)] == expected
            found += len(expected)
    assert found > 100


def _dates_without_gates(text: str) -> list[extract.DateMention]:
    """``extract.dates`` as it reads without gates or shared tests: every form's own search."""
    found = []
    text = extract.ascii_digits(text)
    for begin, end in extract._year_windows(text):
        window, taken = text[begin:end], []
        for kind, pattern in extract._DATE_PATTERNS:
            for match in pattern.finditer(window):
                if any(match.start() < stop and start < match.end() for start, stop in taken):
                    continue
                year, month, day = extract._build(kind, match.groups())
                mention = extract._mention(year, month, day, *(begin + i for i in match.span()))
                if mention is not None:
                    found.append(mention)
                    taken.append(match.span())
    for start, end, date in solar_hijri.dates(text):  # no gate: one search of its own
        if (mention := extract._mention(*date, start, end)) is not None:
            found.append(mention)
    return sorted(found, key=lambda mention: mention.start)


def test_dates_with_one_literal_test_per_window_and_literal_set_are_every_forms_own() -> None:
    texts = ["Detained 3 March 2020 (in 2019), 2014年5月3日 2014年 2014年5月, 2019-يىلى 3-ئاينىڭ "
             "5-كۈنى 2019-يىلى 18-ئىيۇل, 2019-يىلى ماي, 12 مه 2020 در 2018, 3 мая 2021 года, "
             "май 2020, 2019'da, 2001 yılının Mart ayında, March 5, 2020"]  # fmt: skip
    for path in sorted(CORPUS.glob("*/*.txt"))[1::4]:
        texts.append(normalise.clean(normalise.decode(path.read_bytes()).text))
    found = 0
    for text in texts:
        expected = _dates_without_gates(text)
        assert extract.dates(text) == expected
        found += len(expected)
    assert found > 300
    assert len(extract._DATE_PATTERNS) > extract._TESTS  # forms share their literal tests


def test_ascii_text_is_tokenised_by_plain_classes_as_by_the_unicode_ones() -> None:
    every_pair = "".join(a + b for a in map(chr, range(128)) for b in map(chr, range(128)))
    texts = [every_pair, "Ali_Veli 2019'da x2y", "Gülnar 2019年 Скрипаль", "Ali's home; it’s"]
    for path in sorted(CORPUS.glob("*/*.txt"))[2::4]:
        texts.append(normalise.clean(normalise.decode(path.read_bytes()).text))
    for text in texts:
        assert shingles._tokens(text) == shingles._TOKEN.findall(text)
        assert shingles.tokens(text) == shingles._TOKEN.findall(text.casefold())
        words = shingles._text(text, [])
        old = shingles._Text(text, set(shingles._TOKEN.findall(text)), set())
        assert shingles._names(words) == shingles._names(old)


def test_a_text_without_latin_letters_has_no_count_of_a_latin_pattern() -> None:
    letters = [re.compile(letter, re.IGNORECASE) for letter in "abcdefghijklmnopqrstuvwxyz"]
    for code in range(0x10000):
        char = chr(code)
        if any(letter.fullmatch(char) for letter in letters):
            assert people_counts._LATIN_LETTER.fullmatch(char), hex(code)
    assert people_counts._NEEDS_LATIN["en"]
    assert not people_counts._NEEDS_LATIN["zh"]
    texts = ["Iki kardeşi ve 3 Uygur", "۳ نفر از بستگان two people", "２人", "KİŞİ 5 PEOPLE"]
    for path in sorted(CORPUS.glob("*/*.txt"))[3::4]:
        texts.append(normalise.clean(normalise.decode(path.read_bytes()).text))
    found = 0
    for text in texts:
        for language in [*people_counts._COUNT_PATTERNS, "fa"]:
            pattern = people_counts._COUNT_PATTERNS.get(
                language, people_counts._COUNT_PATTERNS["en"]
            )
            if not people_counts._LATIN_LETTER.search(text) and people_counts._NEEDS_LATIN.get(
                language, True
            ):
                assert pattern.search(text) is None
            else:
                found += len(people_counts.people_counts(text, language))
    assert found > 100


def test_sentence_ends_matched_at_their_marks_are_the_patterns_own() -> None:
    texts = ["。\n\n好", "a.\n\nb", "a. “b", "a.) b", "x؟ y", ".。\n x", "a.  \n  b", "！\n！\n"]
    # Every string of up to five of these characters: marks, line breaks, quotes, letters.
    for size in range(1, 6):
        texts += map("".join, itertools.product(["。", ".", "\n", " ", "a", "”", "?"], repeat=size))
    for path in sorted(CORPUS.glob("*/*.txt"))[::2]:
        texts.append(normalise.clean(normalise.decode(path.read_bytes()).text))
    for text in texts:
        expected = [match.span() for match in extract._SENTENCE_END.finditer(text)]
        assert [match.span() for match in extract._sentence_ends(text)] == expected, text


def test_eastern_digits_replaced_one_by_one_and_kept_read_as_translate_reads_them() -> None:
    every = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000)
    texts = [every, "۱۲۳ ٤٥ abc ۰٠", "plain 2019", "Çin 2019", ""]
    for path in sorted(CORPUS.glob("*/*.txt"))[::3]:
        texts.append(normalise.clean(normalise.decode(path.read_bytes()).text))
    for text in texts:
        expected = text.translate(extract._DIGITS)
        assert extract.ascii_digits(text) == expected
        assert extract.ascii_digits(text) == expected  # the kept answer
        assert extract.ascii_digits(text + "۷") == expected + "7"


def test_english_counts_matched_where_one_can_start_are_the_patterns_own() -> None:
    texts = ["a dozens people", "More Than 300 PEOPLE", "x2 men, _3 men, 4 men", "Up to 20 men",
             "some two men and around a dozen Uyghur activists", "2,000 people",
             "over 5 over 6 men"]  # fmt: skip
    texts += synthetic.generate(300)[0]
    for path in sorted(CORPUS.glob("*/*.txt")):
        text = normalise.clean(normalise.decode(path.read_bytes()).text)
        if text.isascii():
            texts.append(text)
    found = 0
    for text in texts:
        expected = [match.span() for match in people_counts._COUNT_PATTERNS["en"].finditer(text)]
        assert [match.span() for match in people_counts._english_counts(text)] == expected, text
        found += len(expected)
    assert found > 100
