"""The tactic model reads the rules' tactics (nlp/tacticmodel.py ``reread``, session 20): in a
report it reads, a rules' tactic it gives p under DROP is dropped, never the last one, and the
likeliest tactic the rules lack is added at p ≥ ADD with the sentence that weighs most for it
and the model's version and p as its rule, unless a rule named it and a veto dropped it as not
done. The grouper still reads the rules' tactics; a text the model does not read and the
switch off change nothing."""

from __future__ import annotations

import numpy as np
import pytest

from amanat.monitor.nlp import shingles, tacticmodel, tagging, textmodel
from amanat.monitor.tests.test_short_reports_read_by_the_model import _tag
from amanat.monitor.tests.test_tactic_model import REQUESTED

# Invented. The rules read threat_to_family; "if he is deported he may face torture" names a
# deportation that a veto drops as not done.
FEARED = (
    "Chinese police detained the mother of a Uyghur activist living in Turkey in Urumqi on "
    "Monday, his family said. The activist fears that if he is deported he may face torture; "
    "he has lived in Istanbul since 2016 and campaigns against the camps."
)
SHORT = "Turkish agents abducted a teacher in Nairobi and flew him to Ankara."


def _fake(monkeypatch: pytest.MonkeyPatch, biases: dict[str, float],
          weighed: dict[str, list[str]] | None = None) -> None:  # fmt: skip
    """Tactics of the given biases; a tactic in ``weighed`` also weighs 5 on those words."""
    codes = tuple(biases)
    index = np.unique(
        np.concatenate(
            [textmodel._buckets(words) for words in (weighed or {}).values()] or [np.array([1])]
        )
    )
    weights = np.zeros((len(codes), index.size), np.float32)
    for row, code in enumerate(codes):
        if code in (weighed or {}):
            weights[row, np.isin(index, textmodel._buckets(weighed[code]))] = 5.0
    tactics = tacticmodel.Tactics(codes, index.astype(np.int64), weights,
                                  np.array([biases[c] for c in codes]))  # fmt: skip
    monkeypatch.setattr(tacticmodel, "load", lambda: tactics)


def test_a_rules_tactic_the_model_finds_unlikely_is_dropped(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake(monkeypatch, {"rendition": -5.0, "surveillance": -5.0})
    monkeypatch.setattr(tacticmodel, "DROP", 0.3)
    found = tacticmodel.reread(REQUESTED, [REQUESTED], {"rendition": 1, "surveillance": 1}, set())
    assert found is not None
    assert len(found.dropped) == 1  # both unlikely: the likelier (the first of equals) stays
    _fake(monkeypatch, {"rendition": 5.0, "surveillance": -5.0})
    found = tacticmodel.reread(REQUESTED, [REQUESTED], {"rendition": 1, "surveillance": 1}, set())
    assert found is not None
    assert (found.dropped, found.added) == (frozenset({"surveillance"}), None)


def test_the_last_tactic_is_never_dropped(model_on: None, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake(monkeypatch, {"rendition": -8.0})
    tagged = _tag(REQUESTED)
    assert tagged.is_tnr
    assert tagged.tactics == ["rendition"]


def test_the_likeliest_tactic_the_rules_lack_is_added_with_its_sentence(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake(monkeypatch, {"rendition": 5.0, "deportation": 2.0}, {"deportation": ["flew"]})
    tagged = _tag(REQUESTED)
    assert tagged.tactics == ["rendition", "deportation"]
    added = tagged.of_kind("tactic")[1]
    assert added.rule.startswith(f"tactic.{tacticmodel.VERSION}[p=0.")
    assert added.rule.endswith(" beside the rules]")
    assert added.evidence.startswith("Turkish intelligence agents abducted a teacher")


def test_a_tactic_a_veto_dropped_as_not_done_is_never_added(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake(monkeypatch, {"threat_to_family": 5.0, "deportation": 6.0})
    feared = _tag(FEARED)
    assert feared.is_tnr
    assert feared.tactics == ["threat_to_family"]  # deportation named, dropped: not added back
    assert _tag(REQUESTED).tactics == ["rendition", "deportation"]  # added where not named


def test_the_grouper_reads_the_rules_tactics(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake(monkeypatch, {"rendition": 5.0, "deportation": 5.0})
    tagged = tagging.tag(REQUESTED, "en")
    assert tagged.tactics == ["rendition", "deportation"]
    assert tagged.before_veto is not None
    assert tagged.before_veto.tactics == ["rendition"]
    features = shingles.event_features(tagging.analyse(REQUESTED, "en"), tagged)
    assert "k:rendition" in features
    assert "k:deportation" not in features


def test_a_text_the_model_does_not_read_or_the_switch_off_changes_nothing(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake(monkeypatch, {"rendition": -8.0, "deportation": 8.0})
    assert textmodel.short_size(SHORT) is None
    assert tacticmodel.reread(SHORT, [SHORT], {"rendition": 1}, set()) is None
    short = tagging.tag(SHORT, "en")
    assert "deportation" not in short.tactics
    monkeypatch.setattr(textmodel, "ENABLED", False)
    off = tagging.tag(REQUESTED, "en")
    assert off.tactics == ["rendition"]
    assert off.before_veto is None


def test_the_shipped_thresholds() -> None:
    assert (tacticmodel.VERSION, tacticmodel.DROP, tacticmodel.ADD) == ("tacticmodel-12", 0.3, 0.7)
