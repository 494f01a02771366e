"""Translations the tagger reads differently (round 16c, used by :mod:`grouping`).

Across languages a report and its translation share their written facts (names, numbers,
places, dates, the countries named) but seldom the tagger's reading of them: on text no rule
had seen, every pair of one story that the grouper left apart was in two languages, and in most
the two texts were read with another origin (a Hong Kong bounty read as China's in Chinese and
as no state's in English; a Sudanese warning read as China's in Chinese), tactics of other
families (a detention in Turkish, the extradition request behind it in English), or tactics in
one text only. Two readings that disagree are not two facts, so:

- an act read in one text only does not keep apart two texts in different languages that
  share a name, a number or a date (:func:`shares_particulars`, grouping-11);
- the event gates that rest on the reading (tactic families, hosts, an act in one text only;
  :func:`story_events._other_event`) do not keep apart two texts in different languages that
  name a month in common (and none a year later) when their written facts alone are evidence
  beyond doubt (:func:`read_apart_only`; the grouper asks ``BEYOND_DOUBT`` nats beyond the
  within-language α): a person's other event the same month shares the person but not the
  numbers, places and countries of the report;
- when both texts read an origin, the origins differ and each text names the other's origin
  (:func:`origins_disagree`), the origin and what is keyed on it (``o:``, ``e:`` origin and
  month, ``x:`` origin and host) are left out of both texts' totals in the overlap
  (:func:`disputed`): neither reading is a fact the other text lacks;
- a short translation keeps its few names, numbers and dates, but what one text alone has (a
  name cut another way, a title read as a name, a place the other leaves out) weighs as much
  as what is shared, so it shares less than half of its features: across languages the
  grouper asks an overlap of ``CROSS_LANGUAGE_OVERLAP`` (0.3, not the 0.5 of one language or the
  ``ACROSS_OVERLAP`` 0.35 of a rewrite across languages whose facts tell, grouping-16) of one that
  shares a written fact and does not blame another state (:func:`thin_translation`; session
  19, measured on 1,840 short texts in docs/monitor/accuracy.md), when the written facts it
  shares are by themselves evidence enough (:func:`written_facts`; ``grouping-10``: in a stream
  of thousands a city or an age is not).
"""

from __future__ import annotations

from collections.abc import Iterable

from amanat.monitor.nlp.story_events import _DAY, _EVENT_KINDS, _Event, _months_differ

# Facts particular to one event: a name, its spelling-free key, a number, a date. The city and
# the states a text names are shared by every story of a diaspora there (a restaurant in
# Istanbul and a threat to an Istanbul teacher's father, both naming China).
_PARTICULAR_HEADS = frozenset({"nn", "n:", "s:", "d:", "t:"})
# The features keyed on the origin read by the tagger.
_ORIGIN_KEYED = ("o:", "e:", "x:")
# Written facts a translation keeps: names, their spelling-free keys, numbers, places.
_WRITTEN_KINDS = frozenset({"nn", "n", "s", "d", "p"})


def read_apart_only(mine: _Event, theirs: _Event) -> bool:
    """Whether only the reading can tell the two events apart: both name a month in common and
    neither's latest month is a year after the other's (the date gates would not fire), or one
    of them names no month at all (round 17c: a translation that drops its dates, or two
    undated texts, leave only the reading to tell them apart — a dated report is still kept
    apart from an undated one by its written facts, which must be evidence beyond doubt)."""
    if not (mine.months and theirs.months):
        return True
    return bool(mine.months & theirs.months) and not _months_differ(mine.months, theirs.months)


def shares_particulars(shared: Iterable[str]) -> bool:
    """Whether two texts share a fact particular to one event (a name, a number, a date), not
    only the places and states a story of another kind names too (grouping-11: across
    languages, such a pair is not kept apart by an act read in one text only)."""
    return any(feature[:2] in _PARTICULAR_HEADS for feature in shared)


# What makes a link across languages more than the states, cities and act that stories of
# other kinds share: a particular fact, an origin-and-month key, a year-like number.
_LINK_HEADS = _PARTICULAR_HEADS | {"e:", "y:"}


def shares_a_fact(shared: Iterable[str]) -> bool:
    """Whether a link across languages shares a fact (:data:`_LINK_HEADS`). Without one, the
    relaxed evidence across languages does not apply (grouping-13): in a folder of forty a
    Persian and a Russian report of two Moscow verdicts share Russia and Moscow, rare there."""
    return any(feature[:2] in _LINK_HEADS for feature in shared)


def origins_disagree(
    mine: _Event, theirs: _Event, my_features: Iterable[str], their_features: Iterable[str]
) -> bool:
    """Both texts were read with an origin, with no origin in common, and each text names the
    state the other was read with: the readings disagree on which of the states both name
    acted (a deportation from Britain to Rwanda read as either's act) — not a report of one
    state's act beside a report of another's that the first does not name."""
    if not (mine.origins and theirs.origins) or mine.origins & theirs.origins:
        return False
    return _named(mine.origins, their_features) and _named(theirs.origins, my_features)


def _named(origins: frozenset[str], features: Iterable[str]) -> bool:
    """Whether the text with these features names every one of the origins as a country or
    a host (``c:QQ``, ``x:…>QQ``)."""
    named = {f[2:] for f in features if f[:2] == "c:"}
    named |= {f.rsplit(">", 1)[1] for f in features if f[:2] == "x:"}
    return all(origin[2:] in named for origin in origins)


def disputed(features: Iterable[str]) -> list[str]:
    """The features keyed on the origin (:func:`origins_disagree` decides when they count)."""
    return [feature for feature in features if feature.startswith(_ORIGIN_KEYED)]


def thin_translation(mine: _Event, theirs: _Event) -> bool:
    """Whether a translation may join with a smaller overlap, as far as the readings go: the two
    texts do not blame different states (a host's own trial beside the act it answers). What
    it must share besides, written facts that are evidence on their own (:func:`written_facts`;
    a day and the countries alone are what two events of one day share), the grouper weighs."""
    return not (mine.origins and theirs.origins and mine.origins.isdisjoint(theirs.origins))


def written_facts(shared: Iterable[str]) -> set[str]:
    """The written facts among the features shared: names, name keys, numbers, places."""
    return {feature for feature in shared if feature[: feature.index(":")] in _WRITTEN_KINDS}


# (Helpers of the grouper's overlap and evidence, kept here to keep grouping.py short.)
# Languages whose names are cut from the words around them, each in several ways
# (:func:`name_keys.han_name_keys`), or not told from other words at all: every Persian and
# Uyghur word is keyed (:func:`name_keys.arabic_script_keys`, grouping-13).
_CUT_NAMES = frozenset({"zh", "fa", "ug", "ar"})


def _unshared_keys(features: Iterable[str], shared: set[str]) -> list[str]:
    """Spelling-free name keys the other text does not share: a Chinese name gives a key for
    each way of cutting it from the words around it, all but one of them no name's, which
    should not make its text look longer than it is."""
    return [f for f in features if f[:2] == "s:" and f not in shared]


def _wordy(features: Iterable[str]) -> tuple[str, ...]:
    """The features written in the text (names, numbers, dates, places), not the event's."""
    return tuple(f for f in features if not f.startswith(_EVENT_KINDS))


def _implied(shared: set[str]) -> set[str]:
    """Shared features another shared feature already implies: the words of a full name, the
    month of a day; and the spelling-free name keys (``s:``) when names are shared as written
    (two texts in one script), which key the same names again."""
    implied: set[str] = set()
    names, keys = False, []
    for feature in shared:  # one pass, by the kind's first two characters
        head = feature[:2]
        if head == "n:":
            names = True
        elif head == "s:":
            keys.append(feature)
        elif head == "nn":
            if feature[2:3] == ":":
                implied.update(f"n:{part}" for part in feature[3:].split("_"))
        elif head == "t:":
            if len(feature) == _DAY:
                implied.add(feature[:9])
        elif head == "x:":  # origin>host: both countries
            implied.update(f"c:{iso}" for iso in feature[2:].split(">"))
    if names:
        implied.update(keys)
    return implied
