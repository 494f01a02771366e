"""The same people or the same state in another event stay apart (round 12d): one state's reach
into two host countries the same month, an act and the report that recalls it without one, and
a vague translation that matches both. Translations of one event still join. Invented features
and sentences only."""

from __future__ import annotations

from amanat.monitor.nlp.grouping import Doc, StoryGrouper
from amanat.monitor.tests.grouping_docs import crowd
from amanat.monitor.tests.grouping_docs import feature_doc as _doc


def _event(origin: str, host: str, month: str, tactic: str, family: str) -> list[str]:
    return [f"o:{origin}", f"x:{origin}>{host}", f"e:{origin}:{month}", f"t:{month}",
            f"k:{tactic}", f"f:{family}", f"c:{origin}", f"c:{host}"]  # fmt: skip


def _together(grouper: StoryGrouper, *docs: Doc) -> list[bool]:
    for doc in docs:
        grouper.add(doc)
    first = grouper.group_of(docs[0].key)
    return [grouper.group_of(doc.key) == first for doc in docs[1:]]


def test_one_state_acting_in_two_host_countries_the_same_month_is_two_events() -> None:
    # A killing in one host country and a threat in another, the same month; the second report
    # recalls the first victim's name (key s:ksk) — not a translation of it.
    killing = _doc("zh", [*_event("QQ", "TR", "2031-10", "assassination", "direct"), "s:ksk"], "zh")
    threat = _doc("en", [*_event("QQ", "CA", "2031-10", "assassination", "direct"), "s:ksk",
                         "n:omar", "s:mr"], "en")  # fmt: skip
    assert _together(crowd(), killing, threat) == [False]


def test_a_translation_reading_another_host_joins_when_both_name_the_same_day() -> None:
    day = ["t:2031-02-09", "s:fstlfl", "d:4711"]
    english = _doc("en", [*_event("QQ", "DE", "2031-02", "surveillance", "physical"), *day], "en")
    turkish = _doc("tr", [*_event("QQ", "AT", "2031-02", "surveillance", "physical"), *day], "tr")
    assert _together(crowd(), english, turkish) == [True]


def test_reports_blaming_different_states_are_not_kept_apart_by_their_hosts() -> None:
    # The tagger read the origin differently in a translation: the host gate does not apply.
    shared = ["t:2031-11", "s:kbt", "s:nkl", "d:4711", "k:assassination", "f:direct", "c:US"]
    english = _doc("en", [*shared, "o:QQ", "x:QQ>US"], "en")
    turkish = _doc("tr", [*shared, "o:US", "x:US>QQ"], "tr")
    assert _together(crowd(), english, turkish) == [True]


ARREST = ["n:ayan", "n:tebo", "nn:ayan_tebo", "p:zorbu", "n:anglo", "o:QQ", "k:detention",
          "k:deportation", "f:direct", "x:QQ>RR", "c:RR", "d:47"]  # fmt: skip
SENTENCE = ["n:ayan", "n:tebo", "nn:ayan_tebo", "p:zorbu", "n:anglo", "t:2031-01", "d:250"]


def test_an_arrest_and_the_sentence_recalling_it_in_one_language_stay_apart() -> None:
    # One report blames a state for an act; the other, in the same language, names no state
    # and no act (a trial at home): the same people, another event.
    grouper = crowd()
    arrest, sentence = _doc("arrest", ARREST, "en"), _doc("sentence", SENTENCE, "en")
    assert _together(grouper, arrest, sentence) == [False]


def test_a_vague_translation_matching_two_events_does_not_unite_them() -> None:
    # A short translation of the sentence that lost its date: it matches both the sentence and
    # the arrest firmly, but cannot tell which it retells — it joins one, they stay two.
    grouper = crowd()
    arrest, sentence = _doc("arrest", ARREST, "en"), _doc("sentence", SENTENCE, "en")
    vague = _doc("vague", ["n:ayan", "n:tebo", "nn:ayan_tebo", "p:zorbu", "n:anglo", "d:250"], "tr")
    together = _together(grouper, arrest, sentence, vague)
    assert together[0] is False
    assert grouper.group_of("vague") in {grouper.group_of("arrest"), grouper.group_of("sentence")}
    assert grouper.group_of("arrest") != grouper.group_of("sentence")


def test_a_round_up_naming_its_own_dates_still_bridges_two_groups() -> None:
    grouper = crowd()
    first = _doc("a", ["n:ayan", "nn:ayan_tebo", "n:tebo", "t:2031-05", "d:4711"], "en")
    second = _doc("b", ["n:mirza", "nn:mirza_kol", "n:kol", "t:2031-05", "d:4712"], "en")
    both = _doc("ab", [*first.features, *second.features], "en")
    _together(grouper, first, second, both)
    assert grouper.group_of("a") == grouper.group_of("b")


def _countries_crowd(size: int = 200) -> StoryGrouper:
    """Unrelated stories, each naming one of many countries and its own month."""
    grouper = StoryGrouper()
    for index in range(size):
        year, month = 2000 + index // 12, 1 + index % 12
        features = [f"t:{year}-{month:02d}", f"c:C{index % 60:02d}", f"d:{1000 + index}"]
        grouper.add(_doc(f"crowd{index}", features, ("en", "zh")[index % 2]))
    return grouper


def test_a_translation_sharing_its_countries_and_month_joins_across_languages() -> None:
    # A sanctions story in Chinese and Russian: no name survives, only the two states named
    # and the month.
    chinese = _doc("zh", ["c:QQ", "c:RR", "t:2031-08"], "zh")
    russian = _doc("ru", ["c:QQ", "c:RR", "t:2031-08", "o:QQ", "e:QQ:2031-08"], "ru")
    assert _together(_countries_crowd(), chinese, russian) == [True]


def test_countries_and_a_month_shared_in_one_language_are_not_enough() -> None:
    # In one language a rewrite shares its names; two stories naming the same states the same
    # month are not one story.
    first = _doc("a", ["c:QQ", "c:RR", "t:2031-08", "n:mirza", "d:7"], "en")
    second = _doc("b", ["c:QQ", "c:RR", "t:2031-08", "n:tebo", "d:9"], "en")
    assert _together(_countries_crowd(), first, second) == [False]


def test_a_host_country_shared_through_the_state_and_host_pair_counts_once() -> None:
    # x:QQ>RR already says both countries: c:QQ and c:RR add nothing to it.
    grouper = _countries_crowd()
    pair = grouper._evidence({"x:QQ>RR"}, across=True)
    assert grouper._evidence({"x:QQ>RR", "c:QQ", "c:RR"}, across=True) == pair
    assert grouper._evidence({"c:QQ", "c:RR"}, across=True) > 0
    assert grouper._evidence({"c:QQ", "c:RR"}, across=False) == 0


def test_a_report_of_another_month_does_not_join_a_story_through_its_undated_member() -> None:
    # A 2032 plot; an undated Chinese piece about the same person joins it; a 2031 kidnap plot
    # report matching only that undated piece is another story.
    grouper = crowd()
    plot = _doc("plot", ["n:masih", "s:msk", "t:2032-07", "d:4711", "o:QQ", "k:assassination",
                         "f:direct"], "en")  # fmt: skip
    book = _doc("book", ["s:msk", "n:masih", "d:4711", "d:4712"], "zh")
    kidnap = _doc("kidnap", ["n:masih", "s:msk", "t:2031-07", "d:4712", "o:QQ", "k:rendition",
                             "f:direct"], "ru")  # fmt: skip
    assert _together(grouper, plot, book, kidnap) == [True, False]
