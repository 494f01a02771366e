"""Written facts beyond doubt overrule the reading's gates across languages at ``BEYOND_DOUBT``
nats beyond α (session 19; 10 nats before): a short translation whose act the other language's
rules did not read, or read as another family of tactics, shares a name, a number, the month and
two countries, which is less than a long report shares. Fewer facts leave the gates in force
(since grouping-11 the gate of tactic families: an act read in one text only no longer splits a
translation that shares a name, a number or a date, test_grouping_acts_across_languages.py).
Invented features only."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import grouping
from amanat.monitor.tests.grouping_docs import crowd
from amanat.monitor.tests.grouping_docs import feature_doc as _doc

# What the tagger read in the report of the act: origin, tactic, family, origin>host, origin+month.
ACT = ["o:QQ", "k:bounty_or_warrant", "f:distance", "x:QQ>RR", "e:QQ:2031-05"]
# The translation's reading: the origin only (no act read), and a name of its own.
NO_ACT = ["o:QQ", "e:QQ:2031-05", "n:lammy", "s:lm"]
# Another reading of the translation: an act of another family of tactics.
OTHER_FAMILY = ["o:QQ", "k:assault", "f:physical", "e:QQ:2031-05", "n:lammy", "s:lm"]


def _joins(written: list[str], reading: list[str] = OTHER_FAMILY) -> bool:
    grouper = crowd()
    grouper.add(_doc("zh", [*written, *ACT], "zh"))
    return not grouper.add(_doc("en", [*written, *reading], "en")).new_group


# About 8.6 nats beyond α: a name's key, a number, the month and two countries.
SHARED = ["s:tlbk", "d:4711", "t:2031-05", "c:QQ", "c:RR"]


def test_a_translation_with_no_act_read_joins_when_its_few_facts_are_beyond_doubt() -> None:
    assert _joins(SHARED, NO_ACT)


def test_a_translation_read_as_another_tactic_joins_when_its_few_facts_are_beyond_doubt() -> None:
    assert _joins(SHARED)


def test_the_same_pair_stayed_apart_at_ten_nats(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grouping, "BEYOND_DOUBT", 10.0)
    assert not _joins(SHARED)


def test_a_translation_sharing_one_country_less_is_kept_apart_by_the_family_gate() -> None:
    # About 4.3 nats beyond α: not beyond doubt, so tactics of no family in common split them.
    assert not _joins([f for f in SHARED if f != "c:RR"])
