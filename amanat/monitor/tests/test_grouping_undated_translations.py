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
