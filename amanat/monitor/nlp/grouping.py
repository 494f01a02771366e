"""Grouping articles into stories, incrementally.

Three kinds of match link a new article to ones already seen:

1. ``exact`` — the same text hash (syndication copied word for word);
2. ``near_duplicate`` — MinHash LSH over word 3-shingles (rensa), verified by the estimated
   Jaccard similarity (an edited syndicated copy, a new headline or footer);
3. ``rewrite`` — the same names, numbers, dates and places in different words or another
   language. Two tests: the features shared must be improbable by chance (their *evidence*,
   Σ −log p(feature) where p is the share of the S stories containing it, smoothed by a prior
   per kind, exceeds log S + log(1/α): under independence fewer than α unrelated stories would
   share them all), and they must be a fair part of the shorter article's features
   (IDF-weighted overlap coefficient ≥ ``rewrite_threshold``, or ≥ :data:`STRONG_OVERLAP` when
   the evidence is overwhelming; across languages, where the written facts shared are evidence
   by themselves, ≥ :data:`ACROSS_OVERLAP`, or ≥ :data:`CROSS_LANGUAGE_OVERLAP`). Both
   scale with the collection: a name found in ten stories is weak evidence among 50, strong
   among 50,000. A learned second look (:mod:`link_veto`, grouping-14) may turn it down.

Stable as articles arrive: an article joins the group of what it matches, or starts one; an
older article never moves, except when a new article matches two groups — then the younger
group is merged into the older one (a union, reported in :attr:`Assignment.merged`).
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain, repeat

from rensa import RMinHash

from amanat.monitor.nlp import link_veto
from amanat.monitor.nlp.bands import BandIndex
from amanat.monitor.nlp.grouping_readings import (
    _CUT_NAMES,
    _implied,
    _unshared_keys,
    _wordy,
    disputed,
    origins_disagree,
    read_apart_only,
    shares_a_fact,
    shares_particulars,
    thin_translation,
    written_facts,
)
from amanat.monitor.nlp.story_events import (
    _NONE,
    _act_and_no_act,
    _Event,
    _event,
    _months_differ,
    _other_event,
    _vague,
    matched,
)

VERSION = "grouping-16"  # 16, 15: ACROSS_OVERLAP; 14: the learned second look (link_veto.py)
_KIND_WEIGHT = {"nn": 2.0, "n": 1.0, "d": 1.0, "t": 1.2, "p": 0.6, "c": 0.3, "y": 0.3,
                "e": 2.0, "o": 0.3, "k": 0.3, "f": 0.2, "x": 1.0, "s": 1.0}  # fmt: skip
# Feature kinds that can tell one story from another (a country or a bare year cannot), with
# the prior share of stories a value of that kind appears in — what a small collection cannot
# yet measure (a full name is rare, a city or a month is not).
_PRIOR = {"nn": 0.001, "n": 0.01, "d": 0.02, "t": 0.01, "p": 0.05, "e": 0.005, "x": 0.01, "s": 0.01}
# A country named: the one written fact every translation keeps (a sanctions or diaspora story
# names its states in each language), counted only across languages, where names do not carry.
_PRIOR["c"] = 0.05
_ACROSS_ONLY = frozenset({"c"})
_DISTINCTIVE = frozenset(_PRIOR)
_PRIOR_WEIGHT = 50.0  # the prior counts as this many stories
FALSE_MATCH_RATE = 0.01  # α: expected unrelated stories sharing the evidence, per article
# Across languages names and words do not survive translation, only dates, numbers, places and
# the event (origin, tactics): less can be shared, so less is asked — the event gates
# (:func:`_other_event`) keep different events apart. 0.5 since grouping-11 (0.2 before):
# on 110 read splits, every wave of eight grouped better at 0.5 to 1 (learned-models.md).
CROSS_LANGUAGE_RATE = 0.5
FIRM_OVERLAP = 0.5  # a match this strong may merge two groups
# Overwhelming evidence (this many nats beyond what α needs) lets a smaller overlap do: a long
# report and its short rewrite share every rare name, but the report says much more.
STRONG_EVIDENCE = 10.0
STRONG_OVERLAP = 0.3
# Written facts this many nats beyond α are beyond doubt (:meth:`StoryGrouper._beyond_doubt`):
# a short translation seldom shares ten (docs/monitor/accuracy.md, session 19).
BEYOND_DOUBT = 5.0
CROSS_LANGUAGE_OVERLAP = 0.3  # :func:`grouping_readings.thin_translation` says why
# A rewrite across languages whose written facts tell (grouping-16; grouping-15: any): names
# are cut and spelt another way, words are other words, so what is shared weighs less.
ACROSS_OVERLAP = 0.35


@dataclass(frozen=True)
class Doc:
    key: Hashable
    text_hash: str
    shingles: list[str]
    features: list[str]
    language: str = ""


@dataclass(frozen=True)
class Match:
    key: Hashable
    kind: str  # "exact", "near_duplicate" or "rewrite"
    score: float


@dataclass
class Assignment:
    key: Hashable
    group: int
    new_group: bool
    matches: list[Match] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)


class StoryGrouper:
    """Keeps the LSH index, the feature postings and the group of every article it has seen."""

    def __init__(
        self,
        *,
        num_perm: int = 128,
        num_bands: int = 32,
        seed: int = 20250,
        near_threshold: float = 0.5,
        rewrite_threshold: float = 0.5,
        min_shared: int = 2,
        max_postings: int = 40,
        new_group: Callable[[], int] | None = None,
    ) -> None:
        self.num_perm, self.seed = num_perm, seed
        self.near_threshold, self.rewrite_threshold = near_threshold, rewrite_threshold
        self.min_shared, self.max_postings = min_shared, max_postings
        self._new_group = new_group or self._next_group
        # rensa's RMinHashLSH answers the same, in about 3 KB per article (bands.py: < 1 KB).
        self._bands = BandIndex(num_perm, num_bands)
        self._keys: list[Hashable] = []
        self._index: dict[Hashable, int] = {}
        self._minhash: list[RMinHash] = []
        self._features: list[tuple[str, ...]] = []
        self._events: list[_Event] = []  # each article's event, read once (see _other_event)
        self._languages: list[str] = []
        self._group: list[int] = []
        self._parent: dict[int, int] = {}
        self._by_hash: dict[str, int] = {}
        self._df: Counter[str] = Counter()
        self._postings: dict[str, list[int]] = {}
        self._saturated: set[str] = set()
        # Per feature: the first and latest story it was seen in, and about how many stories.
        self._feature_groups: dict[str, tuple[int, int, int]] = {}
        self._max_group = 0
        # Per story (its root group): every month its articles are dated to (see _dated_apart).
        self._story_months: dict[int, frozenset[str]] = {}
        self._sets: dict[frozenset[str], frozenset[str]] = {}  # one of each event set (_event_of)

    def __len__(self) -> int:
        return len(self._keys)

    # -- reading state -------------------------------------------------------------------------
    def group_of(self, key: Hashable) -> int:
        return self._find(self._group[self._index[key]])

    def groups(self) -> dict[int, list[Hashable]]:
        found: dict[int, list[Hashable]] = {}
        for position, key in enumerate(self._keys):
            found.setdefault(self._find(self._group[position]), []).append(key)
        return found

    def signature(self, key: Hashable) -> bytes:
        """The article's MinHash as bytes, to store and :meth:`restore` later."""
        state: bytes = self._minhash[self._index[key]].__getstate__()
        return state

    def minhash(self, shingles: list[str]) -> RMinHash:
        sketch = RMinHash(self.num_perm, self.seed)
        sketch.update(shingles)
        return sketch

    # -- adding --------------------------------------------------------------------------------
    def _next_group(self) -> int:
        return self._max_group + 1

    def _sketch(self, doc: Doc, signature: bytes | None) -> RMinHash:
        if signature is None:
            return self.minhash(doc.shingles)
        sketch = RMinHash(self.num_perm, self.seed)
        sketch.__setstate__(signature)
        return sketch

    def restore(self, doc: Doc, group: int, signature: bytes | None = None) -> None:
        """Re-index an article already grouped (loading saved state): no matching, no moves."""
        sketch = self._sketch(doc, signature)
        event = self._event_of(doc.features)
        doc = replace(doc, features=matched(doc.features))
        self._insert(doc, sketch, sketch.digest(), self._find(group), event)

    def add(self, doc: Doc, *, signature: bytes | None = None) -> Assignment:
        """Match a new article against everything seen, then index it. ``signature`` is its
        MinHash if already computed (by a worker process): then ``doc.shingles`` is unused."""
        if doc.key in self._index:
            raise ValueError(f"article {doc.key!r} was already grouped")
        sketch = self._sketch(doc, signature)
        digest = sketch.digest()
        event = self._event_of(doc.features)
        doc = replace(doc, features=matched(doc.features))
        matches = self._matches(doc, sketch, digest, event)
        groups = self._groups_to_join(matches, event)
        if not groups:
            assignment = Assignment(doc.key, self._new_group(), True, matches)
        else:
            target = groups[0]
            for other in groups[1:]:
                self._parent[other] = target
                self._note_months(target, self._story_months.pop(other, _NONE))
            assignment = Assignment(doc.key, target, False, matches, groups[1:])
        self._insert(doc, sketch, digest, assignment.group, event)
        return assignment

    def _event_of(self, features: list[str]) -> _Event:
        """:func:`_event`, each of its sets the first equal one seen (compared by value only):
        four a report, most like an earlier one's, each 216 bytes and walked by the cyclic
        collector at every full collection as the index grows."""
        months, days, families, origins, acts, wordy, hosts, years = _event(features)
        one = self._sets.setdefault
        return _Event(one(months, months), one(days, days), one(families, families),
                      one(origins, origins), acts, wordy, one(hosts, hosts),
                      one(years, years))  # fmt: skip

    def _groups_to_join(self, matches: list[Match], event: _Event) -> list[int]:
        """The groups the article joins, oldest first. Bridging two groups (a union that can
        never be undone) needs a firm match into each; otherwise the best match alone counts.
        A vague article (no month, state or act of its own: a short translation that lost
        them) cannot tell which event it retells, so it does not unite groups whose articles
        the event gates keep apart (an arrest and the sentence that recalls it). A rewrite
        does not join a story dated to other months (:meth:`_dated_apart`)."""
        matches = [m for m in matches if m.kind != "rewrite" or not self._dated_apart(m, event)]
        firm = {self._group_of_key(m.key) for m in matches if m.score >= FIRM_OVERLAP}
        if len(firm) > 1 and not (
            _vague(event) and self._apart(m for m in matches if m.score >= FIRM_OVERLAP)
        ):
            return sorted(firm)
        if not matches:
            return []
        best = max(matches, key=lambda m: m.score)
        return [self._group_of_key(best.key)]

    def _dated_apart(self, match: Match, event: _Event) -> bool:
        """Whether the story the match belongs to is dated to other months than the article
        (:func:`_other_event`'s month test against every month of the story): an article
        joins a story through an undated member (a translation that lost its dates) only if
        the story's dated articles tell its months."""
        months = self._story_months.get(self._group_of_key(match.key), _NONE)
        return bool(event.months and months) and _months_differ(event.months, months)

    def _note_months(self, group: int, months: frozenset[str]) -> None:
        if months:  # a story's months grow seldom: a set is made only when they do
            root = self._find(group)
            known = self._story_months.get(root, _NONE)
            if not months <= known:
                self._story_months[root] = known | months if known else months

    def _apart(self, matches: Iterable[Match]) -> bool:
        """Whether two of the articles matched, in different groups, tell different events
        (:func:`_other_event`)."""
        seen: list[tuple[int, int]] = []
        for match in matches:
            position = self._index[match.key]
            group = self._find(self._group[position])
            for other, other_group in seen:
                if other_group != group and self._different(position, other):
                    return True
            seen.append((position, group))
        return False

    def _different(self, one: int, two: int) -> bool:
        first, second = self._events[one], self._events[two]
        return _other_event(first, second) or (
            self._languages[one] == self._languages[two] and _act_and_no_act(first, second)
        )

    def _group_of_key(self, key: Hashable) -> int:
        return self._find(self._group[self._index[key]])

    def _insert(
        self, doc: Doc, sketch: RMinHash, digest: list[int], group: int, event: _Event
    ) -> None:
        position = len(self._keys)
        self._keys.append(doc.key)
        self._index[doc.key] = position
        self._minhash.append(sketch)
        self._group.append(group)
        self._parent.setdefault(group, group)
        self._max_group = max(self._max_group, group)
        self._by_hash.setdefault(doc.text_hash, position)
        self._bands.insert(position, digest)
        # Interned: one copy of each feature string however many articles and indexes hold it.
        features = tuple(map(sys.intern, doc.features))
        self._features.append(features)
        self._events.append(event)
        self._note_months(group, event.months)
        self._languages.append(doc.language)
        self._df.update(features)  # counted in C, as ``df[feature] += 1`` would
        root = self._find(group)
        for feature in features:
            if feature[: feature.index(":")] in _DISTINCTIVE:
                self._post(feature, position)
                self._note_group(feature, group, root)

    def _post(self, feature: str, position: int) -> None:
        """Index rare distinctive features only: a feature in many articles says nothing."""
        if feature in self._saturated:
            return
        postings = self._postings.setdefault(feature, [])
        if len(postings) >= self.max_postings:
            del self._postings[feature]
            self._saturated.add(feature)
        else:
            postings.append(position)

    def _note_group(self, feature: str, group: int, root: int) -> None:
        """Count (approximately: repeats within a story are not all recognised) the stories a
        distinctive feature appears in. ``root``: the group's root (:meth:`_find`), found
        once per article; the feature's latest or first group being it (the usual case
        within a story) decides without following the others' parents."""
        seen = self._feature_groups.get(feature)
        if seen is None:
            self._feature_groups[feature] = (group, group, 1)
            return
        first, last, stories = seen
        if last == root or first == root:
            return
        parent = self._parent  # a group still its own root is :meth:`_find`'s answer at once
        if root != (last if parent[last] == last else self._find(last)) and root != (
            first if parent[first] == first else self._find(first)
        ):
            self._feature_groups[feature] = (first, group, stories + 1)

    def _stories_with(self, feature: str) -> int:
        seen = self._feature_groups.get(feature)
        return seen[2] if seen else 1

    def _find(self, group: int) -> int:
        root = group
        while self._parent.get(root, root) != root:
            root = self._parent[root]
        while group != root:  # path compression
            self._parent[group], group = root, self._parent[group]
        return root

    # -- matching ------------------------------------------------------------------------------
    def _matches(self, doc: Doc, sketch: RMinHash, digest: list[int], event: _Event) -> list[Match]:
        found: dict[int, Match] = {}
        exact = self._by_hash.get(doc.text_hash)
        if exact is not None:
            found[exact] = Match(self._keys[exact], "exact", 1.0)
        for position in self._bands.query(digest):
            if position not in found:
                similarity = sketch.jaccard(self._minhash[position])
                if similarity >= self.near_threshold:
                    found[position] = Match(self._keys[position], "near_duplicate", similarity)
        for position, score in self._rewrites(doc, event):
            found.setdefault(position, Match(self._keys[position], "rewrite", score))
        return list(found.values())

    def _candidates(self, features: list[str]) -> Iterator[int]:
        # The postings of every feature, counted in C (positions in the order a loop over
        # features and postings would meet them).
        postings = map(self._postings.get, features, repeat(()))
        shared: Counter[int] = Counter(chain.from_iterable(postings))
        return (position for position, n in shared.items() if n >= self.min_shared)

    def _evidence(self, shared: set[str], across: bool = False) -> float:
        """Nats of evidence that sharing these features is no coincidence: Σ log(S / stories
        with the feature), over features not implied by others shared (:func:`_implied`: a full
        name's words, a day's month); an origin-and-month key counts only what it adds to its
        month (the chain rule: p(origin ∧ month) = p(month) · p(origin | month)), else a
        translation that shares one date would count it twice or three times."""
        implied = _implied(shared)
        evidence = 0.0
        # _surprise written out, its loop-invariant parts read once (as it computes them).
        stories, groups, log = len(self._parent) + _PRIOR_WEIGHT, self._feature_groups.get, math.log
        for feature in shared:
            kind = feature[: feature.index(":")]
            if (
                kind in _DISTINCTIVE
                and feature not in implied
                and (across or kind not in _ACROSS_ONLY)
            ):
                seen = groups(feature)
                surprise = -log(
                    min(1.0, ((seen[2] if seen else 1) + _PRIOR[kind] * _PRIOR_WEIGHT) / stories)
                )
                evidence += surprise
                if kind == "e":
                    month = f"t:{feature.rsplit(':', 1)[1]}"
                    if month in shared:
                        evidence -= min(surprise, self._surprise(month, "t"))
        return evidence

    def _surprise(self, feature: str, kind: str) -> float:
        """−log of the share of stories with the feature, smoothed by the kind's prior."""
        stories = len(self._parent) + _PRIOR_WEIGHT
        seen = self._stories_with(feature) + _PRIOR[kind] * _PRIOR_WEIGHT
        return -math.log(min(1.0, seen / stories))

    def _weight(self, feature: str, total: int) -> float:
        kind = feature[: feature.index(":")]
        return _KIND_WEIGHT.get(kind, 1.0) * math.log(1 + (total + 10) / (self._df[feature] + 1))

    def _weights(self, features: set[str], total: int) -> dict[str, float]:
        """:meth:`_weight` of each feature, in the set's order."""
        df, kind_weight, log, grown = self._df, _KIND_WEIGHT.get, math.log, total + 10
        return {f: kind_weight(f[: f.index(":")], 1.0) * log(1 + grown / (df[f] + 1))
                for f in features}  # fmt: skip

    def _rewrites(self, doc: Doc, my_event: _Event) -> Iterator[tuple[int, float]]:
        mine = set(doc.features)
        total = len(self._keys)
        # Weighed when a candidate first passes the evidence test (most articles have none).
        weights: dict[str, float] = {}
        my_wordy: tuple[str, ...] = ()
        own, weighed = 0.0, False
        needed = math.log(len(self._parent) + 1) + math.log(1 / FALSE_MATCH_RATE)
        relaxed = math.log(len(self._parent) + 1) + math.log(1 / CROSS_LANGUAGE_RATE)
        for position in self._candidates(doc.features):
            their_event = self._events[position]
            other_language = bool(doc.language) and self._languages[position] != doc.language
            # Within one language names and words carry a story; the event's features (a
            # state and a month…) are shared by too many stories to count there.
            their_features = self._features[position] if other_language else their_event.wordy
            shared = mine.intersection(their_features)
            translated = other_language and shares_particulars(shared)
            if (
                _other_event(my_event, their_event, translated)
                and not (other_language and self._beyond_doubt(mine, my_event, their_event, needed))
            ) or (not other_language and _act_and_no_act(my_event, their_event)):
                continue
            evidence = self._evidence(shared, other_language)
            # Across languages a link that shares no fact needs the evidence asked within one
            # language (grouping-13).
            if evidence < (relaxed if other_language and shares_a_fact(shared) else needed):
                continue
            if not weighed:
                weights, weighed = self._weights(mine, total), True
                own = sum(weights.values())
                my_wordy = _wordy(mine)  # in the set's order: the sums add in that order
            other = sum(weights.get(f) or self._weight(f, total) for f in their_features)
            mine_total = own if other_language else sum(weights[f] for f in my_wordy)
            if other_language and self._languages[position] in _CUT_NAMES:
                other -= sum(weights.get(f) or self._weight(f, total)
                             for f in _unshared_keys(their_features, shared))  # fmt: skip
            if other_language and doc.language in _CUT_NAMES:
                mine_total -= sum(weights[f] for f in _unshared_keys(mine, shared))
            if other_language and origins_disagree(my_event, their_event, mine, their_features):
                other -= sum(weights.get(f) or self._weight(f, total)
                             for f in disputed(their_features))  # fmt: skip
                mine_total -= sum(weights[f] for f in disputed(mine))
            score = sum(weights[f] for f in shared) / (min(mine_total, other) or 1.0)
            strong = evidence >= needed + STRONG_EVIDENCE
            overlap = self._overlap_needed(strong, other_language, shared, my_event, their_event,
                                           score)  # fmt: skip
            if score >= overlap and not self._vetoed(mine, position, my_event, score, doc.language):
                yield position, score

    def _vetoed(self, mine: set[str], at: int, event: _Event, score: float, lang: str) -> bool:
        """Whether the learned second look turns the link down (:mod:`link_veto`)."""
        if not link_veto.active():
            return False
        theirs, other = self._features[at], self._languages[at]
        across = bool(lang) and other != lang  # as _rewrites reads "other language"
        evidence = self._evidence(mine.intersection(theirs), across)
        found = link_veto.link(mine, theirs, event, self._events[at], score, evidence, across,
                               (lang, other))  # fmt: skip
        return link_veto.vetoes(found)

    def _overlap_needed(self, strong: bool, other_language: bool, shared: set[str], mine: _Event,
                        theirs: _Event, score: float | None = None) -> float:  # fmt: skip
        """The overlap a rewrite needs: less when the evidence is overwhelming, or across
        languages where the written facts tell; less again for a :func:`thin_translation`.
        Given the link's ``score``, the facts are weighed only where they can decide it."""
        needed = STRONG_OVERLAP if strong else self.rewrite_threshold
        undecided = score is None or CROSS_LANGUAGE_OVERLAP <= score < needed
        if not other_language or not undecided or not self._facts_tell(shared):
            return needed
        less = CROSS_LANGUAGE_OVERLAP if thin_translation(mine, theirs) else ACROSS_OVERLAP
        return min(needed, less)

    def _facts_tell(self, shared: set[str]) -> bool:
        """Whether the written facts shared (none: never) are by themselves evidence enough
        across languages (grouping-10): in a folder of forty a city or an age is rare, in a
        stream not."""
        enough = math.log(len(self._parent) + 1) + math.log(1 / CROSS_LANGUAGE_RATE)
        return self._evidence(written_facts(shared), across=True) >= enough

    def _beyond_doubt(
        self, mine: set[str], my_event: _Event, theirs: _Event, needed: float
    ) -> bool:
        """Across languages: only the tagger's reading tells the two events apart (a month in
        common), and the written facts shared are evidence beyond doubt without it
        (:mod:`grouping_readings`); then the reading's gates do not split a translation."""
        if not read_apart_only(my_event, theirs):
            return False
        written = self._evidence(mine.intersection(theirs.wordy), across=True)
        return written >= needed + BEYOND_DOUBT
