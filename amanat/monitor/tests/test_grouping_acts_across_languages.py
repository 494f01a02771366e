"""grouping-11: across languages, an act read in one text and not in the other is the tagger's
reading (the tactic rules read fewer acts in some languages than in others), so it no longer
keeps apart two texts that share a fact particular to one event (a name, its key, a number, a
month or a day). Texts that share only a city and the states they name stay apart, as do two
texts of one language, where both are read by the same rules; and the written facts a
translation must share are asked at α = 0.5 (``CROSS_LANGUAGE_RATE``). Invented features only."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import grouping
from amanat.monitor.nlp.grouping_readings import shares_particulars
from amanat.monitor.nlp.story_events import _event, _other_event
from amanat.monitor.tests.grouping_docs import crowd
from amanat.monitor.tests.grouping_docs import feature_doc as _doc

# The report: an act (a bounty) read, with its origin, family and host.
ACT = ["o:QQ", "k:bounty_or_warrant", "f:distance", "x:QQ>RR", "e:QQ:2031-05"]
# A text read with the same origin and no act.
NO_ACT = ["o:QQ", "e:QQ:2031-05"]


def _joins(written: list[str], first: str = "zh", second: str = "en") -> bool:
    grouper = crowd()
    grouper.add(_doc("report", [*written, *ACT], first))
    return not grouper.add(_doc("other", [*written, *NO_ACT], second)).new_group


def test_a_translation_with_no_act_read_joins_through_a_shared_name_and_month() -> None:
    # A name's key, a number, the month and one country: not beyond doubt (about 4.3 nats).
    assert _joins(["s:tlbk", "d:4711", "t:2031-05", "c:QQ"])


def test_the_same_pair_in_one_language_stays_apart() -> None:
    # Read by the same rules, an act in one text only is another event (a trial, a release).
    assert not _joins(["s:tlbk", "d:4711", "t:2031-05", "c:QQ", "n:tlbk"], "en", "en")


def test_a_text_sharing_only_a_city_and_states_stays_apart_from_a_report() -> None:
    # A restaurant in the report's city, naming the same state: no name, number or date shared.
    written = ["p:kashgar", "c:QQ", "c:RR"]
    assert not shares_particulars(written)
    assert not _joins(written)


@pytest.mark.parametrize(
    ("shared", "particular"),
    [
        (["nn:erkin_tohti"], True),
        (["n:tohti"], True),
        (["s:tlbk"], True),
        (["d:4711"], True),
        (["t:2031-05"], True),
        (["t:2031-05-14"], True),
        (["p:kashgar", "c:QQ", "o:QQ", "x:QQ>RR", "k:detention"], False),
        ([], False),
    ],
)
def test_particulars_are_names_numbers_and_dates(shared: list[str], particular: bool) -> None:
    assert shares_particulars(shared) is particular


def test_the_act_gate_still_splits_events_of_one_language() -> None:
    acted = _event(["t:2031-05", "o:QQ", "k:detention", "f:direct"])
    recalled = _event(["t:2031-05", "o:QQ"])
    assert _other_event(acted, recalled)
    assert not _other_event(acted, recalled, translated=True)


def test_a_translation_is_still_split_by_its_months() -> None:
    acted = _event(["t:2031-05", "o:QQ", "k:detention", "f:direct"])
    later = _event(["t:2033-01", "o:QQ"])
    assert _other_event(acted, later, translated=True)


def test_a_translation_sharing_few_facts_joins_at_the_new_rate_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Among twenty stories, a month across languages, both read alike: about 3.9 nats, between
    # the two bars (about 3.7 at α = 0.5, 4.6 at 0.2).
    written = ["t:2031-05"]
    reading = ["o:QQ", "k:bounty_or_warrant", "f:distance", "e:QQ:2031-05"]

    def joins() -> bool:
        grouper = crowd(20)
        grouper.add(_doc("report", [*written, *reading], "zh"))
        return not grouper.add(_doc("other", [*written, *reading], "en")).new_group

    assert grouping.CROSS_LANGUAGE_RATE == 0.5
    assert joins()
    monkeypatch.setattr(grouping, "CROSS_LANGUAGE_RATE", 0.2)
    assert not joins()
