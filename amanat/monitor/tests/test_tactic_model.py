"""The tactic model (nlp/tacticmodel.py, session 18): a report found with no tactic gets the
likeliest one, with the sentence that weighs most for it as evidence and the model's version
and p as its rule; a report with a tactic the rules read, a report not found, a guess under
the threshold and the switch off get none; a missing file stops the monitor at start; the
shipped file is trained on the text model's splits."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from amanat.monitor.nlp import decider, pipeline, tacticmodel, textmodel
from amanat.monitor.tests.test_short_reports_read_by_the_model import SEND_BACK, VISITED, _tag

# Invented. The rules read a tactic here (an extradition request): the model is never asked.
REQUESTED = (
    "Turkish intelligence agents abducted a teacher in Nairobi and flew him to Ankara, his "
    "family said on Monday. The teacher, who had lived in Kenya for ten years, had criticised "
    "the government in Ankara, and rights groups called the abduction a rendition."
)


def _fake(monkeypatch: pytest.MonkeyPatch, code: str, words: list[str], weight: float,
          bias: float) -> None:  # fmt: skip
    """One tactic whose weight sits on the buckets of ``words``."""
    index = textmodel._buckets(words)
    tactics = tacticmodel.Tactics((code,), index, np.full((1, index.size), weight, np.float32),
                                  np.array([bias]))  # fmt: skip
    monkeypatch.setattr(tacticmodel, "load", lambda: tactics)


def test_a_report_found_with_no_tactic_gets_the_likeliest_with_its_sentence(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake(monkeypatch, "threat_to_family", ["family", "home", "mother"], 10.0, 0.0)
    found = _tag(VISITED)
    assert found.is_tnr
    assert found.tactics == ["threat_to_family"]
    tag = found.of_kind("tactic")[0]
    assert tag.rule.startswith(f"tactic.{tacticmodel.VERSION}[p=0.")
    assert tag.evidence.startswith("Armed men still turn up at the family home")
    relevance = found.of_kind("relevance")[0]
    assert relevance.rule.startswith(f"relevance.decider[{decider.VERSION}")  # relevance stays
    assert "tactic" not in relevance.rule.split("]")[1]  # the rules' reading, not the model's


def test_the_evidence_is_the_sentence_that_weighs_most(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake(monkeypatch, "surveillance", ["followed", "photographed"], 5.0, 0.0)
    sentences = ["The activist lives in Berlin.", "Men followed and photographed him at night."]
    guess = tacticmodel.likeliest(" ".join(sentences), sentences)
    assert guess is not None
    assert (guess.code, guess.sentence) == ("surveillance", sentences[1])


def test_a_guess_under_the_threshold_adds_nothing(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake(monkeypatch, "threat_to_family", ["family"], 0.0, -5.0)  # p ≈ 0.007
    found = _tag(VISITED)
    assert found.is_tnr
    assert found.tactics == []
    assert tacticmodel.likeliest(VISITED, [VISITED]) is None


def test_a_report_with_a_tactic_read_or_not_found_is_never_asked(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(tacticmodel, "likeliest", lambda text, _s: asked.append(text))
    with_tactic = _tag(REQUESTED)
    assert with_tactic.is_tnr
    assert with_tactic.tactics
    assert not _tag("The city council approved a larger budget for parks on Tuesday.").is_tnr
    assert asked == []
    _tag(VISITED)
    assert asked == [VISITED]


def test_with_the_switch_off_no_tactic_is_guessed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textmodel, "ENABLED", False)

    def asked(_text: str, _sentences: list[str]) -> None:
        raise AssertionError("the tactic model was asked with the switch off")

    monkeypatch.setattr(tacticmodel, "likeliest", asked)
    _tag(VISITED)
    _tag(SEND_BACK)


def test_a_weight_counts_only_for_a_bucket_the_text_has() -> None:
    weights = np.array([[1.0, 2.0, 4.0], [0.5, 0.0, 1.0]])
    tactics = tacticmodel.Tactics(("x", "y"), np.array([3, 8, 20]), weights, np.zeros(2))
    assert tactics.raw(np.array([1, 8, 20, 99])).tolist() == [6.0, 1.0]
    assert tactics.raw(np.array([], dtype=np.int64)).tolist() == [0.0, 0.0]
    empty = tacticmodel.Tactics((), np.array([], dtype=np.int64), np.zeros((0, 0)), np.zeros(0))
    assert empty.raw(np.array([8])).tolist() == []
    assert empty.raw(np.array([8])).size == 0


def test_a_missing_tactic_model_stops_the_monitor_at_start(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tacticmodel, "SHIPPED", Path("/nonexistent/tactic-model.npz"))
    tacticmodel.load.cache_clear()
    try:
        with pytest.raises(textmodel.ModelFileError, match="missing; rebuild it with `python"):
            pipeline.warm_up()
    finally:
        tacticmodel.load.cache_clear()


def test_a_tactic_model_of_another_version_is_refused(
    model_on: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "tactic-model.npz"
    np.savez(path, version=np.array("tacticmodel-0"), codes=np.array([]), biases=np.array([]))
    monkeypatch.setattr(tacticmodel, "SHIPPED", path)
    tacticmodel.load.cache_clear()
    try:
        with pytest.raises(
            textmodel.ModelFileError, match=f"not written as '{tacticmodel.VERSION}'"
        ):
            tacticmodel.ready()
    finally:
        tacticmodel.load.cache_clear()


def test_the_shipped_tactics_are_trained_on_the_text_models_splits() -> None:
    from bench import monitor_tacticmodel, monitor_textmodel

    splits = monitor_textmodel.training_splits()
    with np.load(tacticmodel.SHIPPED) as shipped:
        assert str(shipped["version"]) == tacticmodel.VERSION
        assert [str(s) for s in shipped["splits"]] == splits
        train = [t for s in splits for t in monitor_textmodel.texts(s)]
        assert str(shipped["digest"]) == monitor_tacticmodel.digest(train), (
            "the training corpus changed: rebuild with " + tacticmodel.REBUILD
        )
        assert len(shipped["codes"]) >= 15
        assert shipped["weights"].shape == (len(shipped["codes"]), shipped["index"].size)
