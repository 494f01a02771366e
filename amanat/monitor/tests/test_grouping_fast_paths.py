"""The grouper's faster paths (session 12) answer exactly what the plain loops they replaced
answered, over the features of synthetic news in the six languages the monitor reads."""

from __future__ import annotations

import itertools
from collections import Counter
from functools import cache

from amanat.monitor import synthetic
from amanat.monitor.nlp import normalise, pipeline
from amanat.monitor.nlp.grouping import _ACROSS_ONLY, _DISTINCTIVE, Doc, StoryGrouper
from amanat.monitor.nlp.grouping_readings import _implied
from amanat.monitor.nlp.story_events import _DAY, _months_apart, matched


@cache
def _docs() -> list[Doc]:
    texts = synthetic.generate(120, multilingual=True)[0]
    docs = []
    for index, text in enumerate(texts):
        try:
            docs.append(pipeline.prepare(str(index), text).doc)
        except normalise.BadInput:
            continue
    return docs


def _implied_loops(shared: set[str]) -> set[str]:
    """:func:`grouping_readings._implied` as written before its one-pass form."""
    implied: set[str] = set()
    if any(feature.startswith("n:") for feature in shared):
        implied.update(feature for feature in shared if feature.startswith("s:"))
    for feature in shared:
        if feature.startswith("nn:"):
            implied.update(f"n:{part}" for part in feature[3:].split("_"))
        elif feature.startswith("t:") and len(feature) == _DAY:
            implied.add(feature[:9])
        elif feature.startswith("x:"):
            implied.update(f"c:{iso}" for iso in feature[2:].split(">"))
    return implied


def test_the_synthetic_news_covers_the_six_languages() -> None:
    assert {doc.language for doc in _docs()} >= {"en", "tr", "zh", "ug", "ru", "fa"}


def test_implied_features_are_those_of_the_plain_loops() -> None:
    docs = _docs()
    checked = 0
    for one, two in itertools.combinations(docs[:60], 2):
        shared = set(one.features) & set(two.features)
        assert _implied(shared) == _implied_loops(shared)
        checked += bool(shared)
    for doc in docs:
        assert _implied(set(doc.features)) == _implied_loops(set(doc.features))
    assert checked > 100
    invented = {"nn:anna_koman", "n:anna", "s:kmn", "t:2019-06-01", "t:2019-06", "x:CN>TR"}
    assert _implied(invented) == {"n:anna", "n:koman", "s:kmn", "t:2019-06", "c:CN", "c:TR"}


def test_months_apart_is_read_from_the_latest_months_as_before() -> None:
    months = ["2018-02", "2019-12", "2019-01", "2020-06", "2021-11", "1999-12"]
    for mine, theirs in itertools.product(itertools.combinations(months, 2), repeat=2):
        latest = sorted((max(mine), max(theirs)))
        (year_a, month_a), (year_b, month_b) = (map(int, m.split("-")) for m in latest)
        expected = 12 * (year_b - year_a) + month_b - month_a
        assert _months_apart(frozenset(mine), frozenset(theirs)) == expected


class _PlainCounts(StoryGrouper):
    """The grouper with :meth:`StoryGrouper._note_group` as written before its shortcut."""

    def _note_group(self, feature: str, group: int, root: int) -> None:
        seen = self._feature_groups.get(feature)
        if seen is None:
            self._feature_groups[feature] = (group, group, 1)
            return
        first, last, stories = seen
        if self._find(group) not in {self._find(first), self._find(last)}:
            self._feature_groups[feature] = (first, group, stories + 1)


def test_candidates_weights_and_story_counts_match_the_plain_loops() -> None:
    grouper, plain = StoryGrouper(), _PlainCounts()
    for doc in _docs():
        total = len(grouper._keys)
        weights = grouper._weights(set(doc.features), total)
        assert weights == {f: grouper._weight(f, total) for f in set(doc.features)}
        assert list(weights) == list(set(doc.features))
        counted: Counter[int] = Counter()
        for feature in doc.features:
            for position in grouper._postings.get(feature, ()):
                counted[position] += 1
        expected = [p for p, n in counted.items() if n >= grouper.min_shared]
        assert list(grouper._candidates(doc.features)) == expected
        assert grouper.add(doc) == plain.add(doc)
    assert grouper._feature_groups == plain._feature_groups
    assert grouper._df == Counter(f for doc in _docs() for f in matched(doc.features))
    assert len(grouper.groups()) < len(_docs())  # some articles were grouped


def _evidence_plain(grouper: StoryGrouper, shared: set[str], across: bool) -> float:
    """:meth:`StoryGrouper._evidence` as written before :meth:`_surprise` was written out."""
    implied = _implied(shared)
    evidence = 0.0
    for feature in shared:
        kind = feature[: feature.index(":")]
        if kind in _DISTINCTIVE and feature not in implied and (across or kind not in _ACROSS_ONLY):
            evidence += grouper._surprise(feature, kind)
            if kind == "e":
                month = f"t:{feature.rsplit(':', 1)[1]}"
                if month in shared:
                    evidence -= min(grouper._surprise(feature, kind), grouper._surprise(month, "t"))
    return evidence


def test_evidence_is_the_plain_sum_of_surprises() -> None:
    grouper = StoryGrouper()
    seen: list[set[str]] = []
    for doc in _docs():
        mine = set(doc.features)
        for theirs in seen[-40:]:
            shared = mine & theirs
            for across in (False, True):
                assert grouper._evidence(shared, across) == _evidence_plain(grouper, shared, across)
        grouper.add(doc)
        seen.append(mine)
