"""Round 17c (grouping): an undated translation is judged on its written facts
(``nlp/grouping_readings.py``). Invented features only; each "joins" test fails without its
change, each "stays apart" test passes before and after."""

from __future__ import annotations

from amanat.monitor.nlp.grouping import Doc, StoryGrouper
from amanat.monitor.tests.grouping_docs import crowd
from amanat.monitor.tests.grouping_docs import feature_doc as _doc

# The written facts of one invented, undated report: two names and their keys, two places,
# three countries and two numbers — what a translation keeps when every word changes.
UNDATED = ["s:tlbk", "s:msr", "s:kntlf", "p:zorbu", "p:halvik", "c:QQ", "c:RR", "c:SS",
           "d:4711", "d:83"]  # fmt: skip


def _together(grouper: StoryGrouper, *docs: Doc) -> list[bool]:
    for doc in docs:
        grouper.add(doc)
    first = grouper.group_of(docs[0].key)
    return [grouper.group_of(doc.key) == first for doc in docs[1:]]


def test_an_undated_translation_read_with_no_act_joins_the_report_of_the_act() -> None:
    # English names the threat to the family; its Russian rewrite, dated nowhere, was read
    # with the origin but no tactic: only the reading tells them apart.
    english = _doc("en", [*UNDATED, "n:talbek", "o:QQ", "k:threat_to_family", "f:proxy",
                          "x:QQ>RR"], "en")  # fmt: skip
    russian = _doc("ru", [*UNDATED, "o:QQ"], "ru")
    assert _together(crowd(), english, russian) == [True]


def test_an_undated_translation_read_with_another_family_joins() -> None:
    turkish = _doc("tr", [*UNDATED, "o:QQ", "k:threat_to_family", "f:proxy", "x:QQ>RR"], "tr")
    english = _doc("en", [*UNDATED, "n:talbek", "o:QQ", "k:direct_threat", "f:distance",
                          "x:QQ>RR"], "en")  # fmt: skip
    assert _together(crowd(), turkish, english) == [True]


def test_an_undated_report_of_the_same_person_in_another_event_stays_apart() -> None:
    # The person's name, key and country, but not the report's numbers and places: the
    # reading's gates still keep a hacking apart from a threat to the family.
    threat = _doc("en", [*UNDATED, "n:talbek", "o:QQ", "k:threat_to_family", "f:proxy",
                         "x:QQ>RR"], "en")  # fmt: skip
    hacking = _doc("ru", ["s:tlbk", "s:msr", "c:QQ", "d:19", "o:QQ", "k:hacking_spyware",
                          "f:digital"], "ru")  # fmt: skip
    assert _together(crowd(), threat, hacking) == [False]


def test_an_undated_rewrite_in_the_same_language_is_still_gated() -> None:
    # In one language the same rules read a rewrite alike: other families, other events.
    first = _doc("a", [*UNDATED, "n:talbek", "o:QQ", "k:detention", "f:direct"], "en")
    second = _doc("b", [*UNDATED, "n:talbek", "o:QQ", "k:hacking_spyware", "f:digital"], "en")
    assert _together(crowd(), first, second) == [False]


# Names in Arabic script (``nlp/grouping_scripts.py``): invented names in Persian and Uyghur.
def test_a_persian_or_uyghur_word_keys_like_the_latin_spelling_of_the_name() -> None:
    from amanat.monitor.nlp.grouping_scripts import arabic_script_keys
    from amanat.monitor.nlp.name_keys import name_key

    for text, latin in [("دادگاه پرونده فرهاد کامیاری را بررسی کرد.", "Kamyari"),
                        ("وکیل او گفت که ورزنده آزاد شد.", "Varzandeh"),
                        ("ساقىتجان مەمتىلىنىڭ ئايالى گۇۋاھلىق بەردى.", "Memtili"),
                        ("ئۇ قازانبېكنى ئىزدىدى.", "Kazanbek")]:  # fmt: skip
        assert f"a:{name_key(latin)}" in arabic_script_keys(text), (text, latin)


def test_a_word_key_is_no_name_of_its_own() -> None:
    # Persian and Uyghur share loanwords: their words' keys never meet each other.
    from amanat.monitor.nlp.grouping_scripts import spelled

    assert spelled({"a:klmtn", "a:tlt"}, {"a:klmtn", "a:tlt", "c:QQ"}) == set()
    assert spelled({"s:klmtn"}, {"a:klmtn"}) == {"s:klmtn"}


SPELLED_NAMES = ["s:kmklt", "s:fstnbk", "s:tlbk", "s:sbkn"]


def test_a_uyghur_translation_joins_through_the_names_its_words_spell() -> None:
    english = _doc("en", ["n:kamakli", "n:vostinbek", "n:talbik", "n:sabakin", *SPELLED_NAMES,
                          "c:QQ", "c:RR", "p:zorbu", "d:45"], "en")  # fmt: skip
    uyghur = _doc("ug", ["a:kmklt", "a:fstnbk", "a:tlbk", "a:sbkn", "a:kltk", "a:bktl",
                         "c:QQ", "d:51"], "ug")  # fmt: skip
    assert _together(crowd(), english, uyghur) == [True]


def test_a_text_of_many_names_finds_a_few_spelled_by_chance_and_stays_apart() -> None:
    # Forty name keys: one or two of them are some words of any Uyghur text by chance.
    names = [f"s:{a}{b}{c}{d}" for a in "bkl" for b in "mnst" for c in "tfk" for d in "ln"][:40]
    turkish = _doc("tr", [*names, "c:QQ", "p:zorbu", "d:45"], "tr")
    words = [f"a:{a}{b}{c}{d}" for a in "mn" for b in "kl" for c in "bt" for d in "fsmnk"][:38]
    uyghur = _doc("ug", [f"a:{n[2:]}" for n in names[::20]] + [*words, "c:RR", "d:51"], "ug")
    assert _together(crowd(), turkish, uyghur) == [False]


# A story, its thin translation (no state, no act read) and a later report on the same people.
THREAT = ["n:talbek", "s:tlbk", "s:msr", "d:4711", "t:2031-05", "t:2031-05-17", "c:QQ", "c:RR",
          "o:QQ", "k:threat_to_family", "f:proxy", "x:QQ>RR", "e:QQ:2031-05"]  # fmt: skip
THIN = ["s:tlbk", "s:msr", "d:4711", "t:2031-05", "t:2031-05-17", "c:QQ", "c:RR"]


def test_a_report_does_not_join_a_story_through_its_thin_translation_when_gated_apart() -> None:
    # The bail hearing names the people and the state but no act: in English it is kept apart
    # from the English threat report, so it does not join the story through the Chinese text.
    grouper = crowd()
    bail = _doc("bail", ["n:talbek", "s:tlbk", "s:msr", "t:2031-05", "c:QQ", "c:RR", "o:QQ",
                         "d:20000"], "en")  # fmt: skip
    _together(grouper, _doc("threat", THREAT, "en"), _doc("thin", THIN, "zh"))
    grouper.add(bail)
    assert grouper.group_of("bail") != grouper.group_of("threat")


def test_a_translation_still_joins_a_story_through_its_thin_translation() -> None:
    # A Russian rewrite of the threat itself (read alike) joins, through either text.
    russian = _doc("ru", ["s:tlbk", "s:msr", "d:4711", "t:2031-05", "t:2031-05-17", "c:QQ",
                          "c:RR", "o:QQ", "k:threat_to_family", "f:proxy"], "ru")  # fmt: skip
    together = _together(crowd(), _doc("threat", THREAT, "en"), _doc("thin", THIN, "zh"), russian)
    assert together == [True, True]
