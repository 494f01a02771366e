"""A translation must share a written fact (session 19, ``grouping-9``): two texts in different
languages that share only the countries they name and the tagger's reading (origin, tactics)
are two reports of one state's acts, not one story, however little else the shorter one says;
a shared name, number, place or date lets them join. Invented features only."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import grouping
from amanat.monitor.nlp.grouping import Doc
from amanat.monitor.tests.grouping_docs import crowd
from amanat.monitor.tests.grouping_docs import feature_doc as _doc

# A report of an entry refused: its people, places and the countries and origin read.
REPORT = ["n:darsi", "n:ferret", "nn:darsi_ferret", "s:frt", "p:miami", "t:2031-05", "c:QQ",
          "c:RR", "o:QQ"]  # fmt: skip
# Another state-refused entry, in another language, that names only the two countries.
BARE = ["c:QQ", "c:RR", "o:QQ"]


def _joins(second: Doc, size: int = 30) -> bool:
    grouper = crowd(size)
    grouper.add(_doc("report", REPORT, "tr"))
    return not grouper.add(second).new_group


def test_a_translation_sharing_only_countries_and_the_reading_stays_apart() -> None:
    assert not _joins(_doc("ug", BARE, "ug"))


def test_it_would_have_joined_in_full_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grouping, "shares_a_written_fact", lambda _shared: True)
    assert _joins(_doc("ug", BARE, "ug"))


@pytest.mark.parametrize("fact", ["s:frt", "p:miami", "t:2031-05"])
def test_a_shared_name_place_or_date_lets_the_translation_join(fact: str) -> None:
    assert _joins(_doc("ug", [*BARE, fact], "ug"))
