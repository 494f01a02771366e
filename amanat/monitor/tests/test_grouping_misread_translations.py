"""Translations the tagger reads differently still join (round 16c, ``nlp/grouping_readings.py``):
a report and its translation that share many written facts and a month are not kept apart by
the reading's gates (tactic families, hosts, an act in one text only), and origins read
differently do not count against their overlap. The same person in another event, or two texts
sharing little, stay apart. Invented features only."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import amounts, grouping, literals, normalise
from amanat.monitor.nlp.grouping import Doc, StoryGrouper
from amanat.monitor.tests.grouping_docs import crowd
from amanat.monitor.tests.grouping_docs import feature_doc as _doc
from amanat.monitor.tests.test_literals import CORPUS

# The written facts of one invented report: a full name and its key, a place, three countries,
# two numbers and the month — what a translation keeps when every word changes.
WRITTEN = ["s:tlbk", "s:msr", "p:zorbu", "c:QQ", "c:RR", "c:SS", "d:4711", "d:83", "t:2031-05"]


def _read(origin: str, host: str, tactic: str, family: str) -> list[str]:
    """What the tagger read: origin, tactic, family, origin>host, origin and month."""
    return [f"o:{origin}", f"k:{tactic}", f"f:{family}", f"x:{origin}>{host}",
            f"e:{origin}:2031-05"]  # fmt: skip


def _together(grouper: StoryGrouper, *docs: Doc) -> list[bool]:
    for doc in docs:
        grouper.add(doc)
    first = grouper.group_of(docs[0].key)
    return [grouper.group_of(doc.key) == first for doc in docs[1:]]


def test_a_translation_read_with_a_tactic_of_another_family_joins() -> None:
    # A detention in Turkish, the extradition request behind it in English: one event.
    turkish = _doc("tr", [*WRITTEN, *_read("QQ", "RR", "detention", "direct")], "tr")
    english = _doc("en", [*WRITTEN, *_read("QQ", "RR", "extradition_request", "host_state")], "en")
    assert _together(crowd(), turkish, english) == [True]


def test_the_same_reading_in_one_language_still_keeps_the_two_events_apart() -> None:
    # Within one language the same rules read a rewrite alike: other families, other events.
    first = _doc("a", [*WRITTEN, "n:talbek", *_read("QQ", "RR", "detention", "direct")], "en")
    second = _doc("b", [*WRITTEN, "n:talbek", *_read("QQ", "RR", "hacking_spyware", "digital")],
                  "en")  # fmt: skip
    assert _together(crowd(), first, second) == [False]


def test_a_translation_with_no_act_read_joins_the_report_of_the_act() -> None:
    # The Chinese report names the bounty; its English rewrite was read with no tactic.
    chinese = _doc("zh", [*WRITTEN, *_read("QQ", "RR", "bounty_or_warrant", "distance")], "zh")
    english = _doc("en", [*WRITTEN, "o:QQ", "e:QQ:2031-05", "n:lammy", "s:lm"], "en")
    assert _together(crowd(), chinese, english) == [True]


def test_the_same_person_in_another_event_the_same_month_stays_apart() -> None:
    # Another language, the same month and the person's name, but not the report's numbers,
    # places and countries: the reading's gates still apply.
    arrest = _doc("zh", [*WRITTEN, *_read("QQ", "RR", "detention", "direct")], "zh")
    hacking = _doc("en", ["s:tlbk", "s:msr", "t:2031-05", "c:QQ", "d:19", "n:phone",
                          *_read("QQ", "TT", "hacking_spyware", "digital")], "en")  # fmt: skip
    assert _together(crowd(), arrest, hacking) == [False]


def test_another_month_stays_apart_however_much_is_shared() -> None:
    later = [f for f in WRITTEN if not f.startswith("t:")] + ["t:2032-09"]
    first = _doc("tr", [*WRITTEN, *_read("QQ", "RR", "detention", "direct")], "tr")
    second = _doc("en", [*later, "o:QQ", "k:detention", "f:direct", "x:QQ>RR"], "en")
    assert _together(crowd(), first, second) == [False]


# A short Uyghur or Persian translation: names not keyed, a day, two countries, the act.
SHORT = ["c:QQ", "c:RR", "t:2031-05", "t:2031-05-17", "k:deportation", "f:direct"]


def test_origins_read_differently_do_not_count_against_a_translation() -> None:
    english = _doc("en", [*SHORT, "n:rishi", "n:sunak", "nn:rishi_sunak", "s:snk", "n:reed",
                          "s:lfntn", "o:RR", "x:RR>QQ", "e:RR:2031-05"], "en")  # fmt: skip
    uyghur = _doc("ug", [*SHORT, "o:QQ", "x:QQ>RR", "e:QQ:2031-05"], "ug")
    assert _together(crowd(), english, uyghur) == [True]


def test_origins_read_alike_still_count_what_one_text_lacks() -> None:
    # The same origin read in both: the Uyghur text's host and its own key count as before,
    # and a text sharing only a day and two countries with a long report stays apart.
    english = _doc("en", ["c:QQ", "c:RR", "t:2031-05", "t:2031-05-17", "n:rishi", "n:sunak",
                          "nn:rishi_sunak", "s:snk", "n:reed", "s:lfntn", "d:140", "p:kigali",
                          "o:QQ"], "en")  # fmt: skip
    uyghur = _doc("ug", ["c:QQ", "c:RR", "t:2031-05", "t:2031-05-17", "d:77", "d:31", "p:hama",
                         "o:QQ", "x:QQ>TT", "e:QQ:2031-05"], "ug")  # fmt: skip
    assert _together(crowd(), english, uyghur) == [False]


# Amounts with a scale word (``nlp/amounts.py``): invented sentences, one value in each language.
AMOUNTS = [
    ("en", "Police offered HK$1 million for information on the two activists.", 1_000_000),
    ("en", "A reward of $2.5m was placed on the blogger.", 2_500_000),
    ("zh", "警方对两名活动人士悬红100万港元。", 1_000_000),
    ("zh", "该公司被指洗钱2.5亿元。", 250_000_000),
    ("ru", "За информацию о блогере назначили 1 млн долларов.", 1_000_000),
    ("ru", "Ущерб оценили в 2,7 млрд рублей.", 2_700_000_000),
    ("tr", "Blogcunun başına 1,5 milyon dolar ödül kondu.", 1_500_000),
    ("fa", "برای دستگیری او ۵ میلیون دلار جایزه تعیین شد.", 5_000_000),
    ("ug", "ئۇنىڭ بېشىغا 2.5 مىليون دوللار مۇكاپات قويۇلدى.", 2_500_000),
]


def test_an_amount_with_a_scale_word_is_read_as_its_value_in_every_language() -> None:
    from amanat.monitor.nlp.amounts import amount_features

    for language, sentence, value in AMOUNTS:
        assert amount_features(sentence) == [f"d:{value}"], (language, sentence)


def test_numbers_near_an_amount_are_not_read_as_one() -> None:
    from amanat.monitor.nlp.amounts import amount_features

    for sentence in ["Polis 5 bina aradı.", "He ran the 100m in Oslo.", "Arrested in 2019, 3 men",
                     "He is 42 and has 3 children.", "Задержали 12 человек."]:  # fmt: skip
        assert amount_features(sentence) == [], sentence


def test_an_english_report_and_its_chinese_translation_share_the_bounty() -> None:
    from amanat.monitor.nlp import pipeline

    english = pipeline.prepare("en", (
        "Hong Kong police offered HK$1 million for information on each of the activists, who "
        "live abroad. Officers said they were wanted for collusion with foreign forces. The "
        "activists told reporters they would not stop speaking out."))  # fmt: skip
    chinese = pipeline.prepare("zh", (
        "香港警方宣布对数名身在海外的民主派人士发出通缉令，并就每人悬红100万港元，征集可令其被捕的"
        "线索。警方指他们涉嫌勾结外国势力。有关人士表示不会停止发声。"))  # fmt: skip
    assert "d:1000000" in set(english.doc.features) & set(chinese.doc.features)


def test_a_report_of_another_states_act_that_names_no_such_state_stays_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A state's act abroad (Uyghur) and a short Persian report of the host's own trial, the
    # same month and city: the origins differ and the trial report never names the first
    # state, so its origin still counts against the overlap (0.39 here). Measured against the
    # within-language overlap this rule was written for: since grouping-15 a rewrite across
    # languages whose written facts tell needs only ACROSS_OVERLAP (0.35), and these two would
    # join (test_grouping_across_overlap.py).
    monkeypatch.setattr(grouping, "ACROSS_OVERLAP", 0.5)
    act = _doc("ug", ["p:zorbu", "t:2031-07", "d:12", "c:QQ", "c:RR", "o:QQ", "x:QQ>RR",
                      "e:QQ:2031-07", "k:detention", "f:direct"], "ug")  # fmt: skip
    trial = _doc("fa", ["p:zorbu", "t:2031-07", "d:12", "o:RR", "e:RR:2031-07", "t:2030-06",
                        "t:2031-07-19"], "fa")  # fmt: skip
    assert _together(crowd(), act, trial) == [False]


def test_ascii_text_without_a_scale_word_has_no_amount_without_the_search() -> None:
    texts = ["$5 million", "5 MILLION", "5 bin", "2 bn dollars", "3 trillion", "7,5 milyon"]
    for path in sorted(CORPUS.glob("*/*.txt"))[1::3]:
        texts.append(normalise.clean(normalise.decode(path.read_bytes()).text))
    held = 0
    for text in texts:
        if text.isascii() and not amounts._AMOUNT_GATE.holds(text, literals.fold(text)):
            assert amounts._AMOUNT.search(text) is None
        else:
            held += 1
    assert held > 10
    assert amounts.amount_features("HK$1.5 million and 3 Million") == ["d:1500000", "d:3000000"]
