"""What a report's event is, read once per article, and the gates that keep two reports of
the same people apart when they tell different events (used by :mod:`grouping`)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

_EVENT_KINDS = ("e:", "x:", "o:", "k:", "f:", "s:", "a:")
_EVENT_HEADS = frozenset(_EVENT_KINDS)
# A report whose latest date is this many months after every date of another tells a later
# event (a trial, a conviction, a release), even when it recalls the first one's date.
LATER_EVENT = 12


class _Event(NamedTuple):
    """What :func:`_other_event` compares, read once per article."""

    months: frozenset[str]
    days: frozenset[str]
    families: frozenset[str]
    origins: frozenset[str]
    acts: bool  # a tactic is reported
    wordy: tuple[str, ...]
    hosts: frozenset[str]  # origin>host pairs (``x:``)
    years: frozenset[str]  # a short report's years (``a:``, shingles.event_features)


def _event(features: Iterable[str]) -> _Event:
    months: set[str] = set()
    days: set[str] = set()
    families: set[str] = set()
    origins: set[str] = set()
    hosts: set[str] = set()
    years: set[str] = set()
    acts = False
    wordy: list[str] = []
    for feature in features:
        head = feature[:2]
        if head not in _EVENT_HEADS:
            wordy.append(sys.intern(feature))  # the same objects as the article's features
            if head == "t:":
                months.add(sys.intern(feature[2:9]))
                if len(feature) == _DAY:
                    days.add(feature)
        elif head == "f:":
            families.add(feature)
        elif head == "o:":
            origins.add(feature)
        elif head == "k:":
            acts = True
        elif head == "x:":
            hosts.add(feature)
        elif head == "a:":
            years.add(sys.intern(feature[2:]))
    return _Event(
        _frozen(months),
        _frozen(days),
        _frozen(families),
        _frozen(origins),
        acts,
        tuple(wordy),
        _frozen(hosts),
        _frozen(years),
    )


def matched(features: list[str]) -> list[str]:
    """The features the grouper matches with: all but the years (``a:``), which only the
    years gate reads (a year is shared by too many stories to be evidence of one)."""
    return [feature for feature in features if not feature.startswith("a:")]


_NONE: frozenset[str] = frozenset()
_DAY = len("t:2019-06-01")


def _frozen(items: set[str]) -> frozenset[str]:
    """One shared empty set: each ``frozenset()`` is a new 216-byte object, and most articles
    name no tactic family or origin — kept for every article seen."""
    return frozenset(items) if items else _NONE


def _months_apart(mine: frozenset[str], theirs: frozenset[str]) -> int:
    """Months between the latest month each report names (``2019-12`` and ``2018-02``: 22)."""
    return _latest_apart(max(mine), max(theirs))


@lru_cache(maxsize=1 << 16)  # few distinct months: pairs recur across a stream
def _latest_apart(one: str, two: str) -> int:
    latest = sorted((one, two))
    (year_a, month_a), (year_b, month_b) = (map(int, m.split("-")) for m in latest)
    return 12 * (year_b - year_a) + month_b - month_a


def _months_differ(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """No month in common, or the latest a year or more apart."""
    return not mine & theirs or _months_apart(mine, theirs) >= LATER_EVENT


def _other_host(mine: _Event, theirs: _Event) -> bool:
    """Both blame one state for acts in host countries, and no host is shared: the state's
    reach into another country is another event (a dissident killed in Istanbul and one
    threatened in Toronto the same month; a basketball player's passport cancelled in Bucharest
    and a bodyguards' brawl in Washington) — unless both name the same day, which a translation
    keeps when the host is read differently."""
    return (
        bool(mine.hosts and theirs.hosts and mine.origins & theirs.origins)
        and not mine.hosts & theirs.hosts
        and not mine.days & theirs.days
    )


def _vague(event: _Event) -> bool:
    """A report naming no month, no state and no act."""
    return not (event.months or event.origins or event.acts)


def _act_and_no_act(mine: _Event, theirs: _Event) -> bool:
    """In one language (read by the same rules, so a rewrite is read alike), one report
    blames a state for an act and the other names neither a state nor an act: a trial, a
    sentence or a release that recalls the arrest, not the arrest — unless both name one day."""
    if mine.days & theirs.days:
        return False
    return (bool(mine.acts and mine.origins) and not (theirs.acts or theirs.origins)) or (
        bool(theirs.acts and theirs.origins) and not (mine.acts or mine.origins)
    )


def _other_event(mine: _Event, theirs: _Event, translated: bool = False) -> bool:
    """Two reports naming the same people tell different events when dated to different
    months (a 2021 arrest and a 2025 release; a July and a December bounty) or when one is
    dated a year or more after the latest date of the other (a 2019 conviction recalling the
    2018 threat it punishes: a report does not leave out the date of its own news), or when their
    tactics share no family (an assault, a cancelled passport): never a rewrite. (The origin
    and host states read by the tagger differ too often between a report and its rewrite to
    gate on.) ``translated``: the two are in different languages and share a particular fact
    (:func:`grouping_readings.shares_particulars`); an act read in one and not in the other is
    then the tagger's reading, not another event (grouping-11). Two reports that both name
    years and none in common tell different events whatever else they share (a 1977 arrest
    at home and a 1981 parcel bomb in Paris; grouping-12): a year is written in digits in
    every language, and a retelling keeps the year of its news."""
    if mine.years and theirs.years and not mine.years & theirs.years:
        return True
    if mine.months and theirs.months and _months_differ(mine.months, theirs.months):
        return True
    if mine.families and theirs.families and not mine.families & theirs.families:
        return True
    if _other_host(mine, theirs):
        return True
    # Both blame one state, but only one reports an act of repression: a trial at home, a
    # release or a festival is another story than the abduction it may recall — unless both
    # name the same day (a translation whose tactics were not read keeps its dates), or they
    # are a translation sharing a name, a number or a date: the tactic rules read fewer acts
    # in some languages than in others (docs/monitor/learned-models.md, session 26).
    return (
        not translated
        and bool(mine.origins & theirs.origins)
        and mine.acts != theirs.acts
        and not mine.days & theirs.days
    )
