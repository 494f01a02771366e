"""Written facts beyond doubt overrule the reading's gates across languages at ``BEYOND_DOUBT``
nats beyond α (session 19; 10 nats before): a short translation whose act the other language's
rules did not read shares a name, a number, the month and two countries, which is less than a
long report shares. Fewer facts leave the gates in force. Invented features only."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import grouping
from amanat.monitor.tests.grouping_docs import crowd
from amanat.monitor.tests.grouping_docs import feature_doc as _doc

# What the tagger read in the report of the act: origin, tactic, family, origin>host, origin+month.
ACT = ["o:QQ", "k:bounty_or_warrant", "f:distance", "x:QQ>RR", "e:QQ:2031-05"]
# The translation's reading: the origin only (no act read), and a name of its own.
NO_ACT = ["o:QQ", "e:QQ:2031-05", "n:lammy", "s:lm"]


def _joins(written: list[str]) -> bool:
    grouper = crowd()
    grouper.add(_doc("zh", [*written, *ACT], "zh"))
    return not grouper.add(_doc("en", [*written, *NO_ACT], "en")).new_group


# About 8.6 nats beyond α: a name's key, a number, the month and two countries.
SHARED = ["s:tlbk", "d:4711", "t:2031-05", "c:QQ", "c:RR"]


def test_a_translation_with_no_act_read_joins_when_its_few_facts_are_beyond_doubt() -> None:
    assert _joins(SHARED)


def test_the_same_pair_stayed_apart_at_ten_nats(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grouping, "BEYOND_DOUBT", 10.0)
    assert not _joins(SHARED)


def test_a_translation_sharing_one_country_less_is_kept_apart_by_the_act_gate() -> None:
    # About 4.3 nats beyond α: not beyond doubt, so an act in one text only still splits them.
    assert not _joins([f for f in SHARED if f != "c:RR"])
