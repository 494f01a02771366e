"""The tactic model reads the beginnings of words (``tacticmodel-11``, session 37): the first
:data:`tacticmodel.PREFIX` letters of every longer word are a feature beside the word, so the
forms of one word share a weight the model learnt from any of them; words no longer than that
give none, and a beginning never falls in a whole word's bucket by construction of the hash."""

from __future__ import annotations

import numpy as np
import pytest

from amanat.monitor.nlp import tacticmodel, textmodel

# Invented. A Turkish report that names its act only in a form the fake model never weighed.
THREATENED = (
    "Almanya'da yaşayan bir gazeteci, Ankara'daki ailesinin polis tarafından tehdidi "
    "üzerine yazılarını durdurduğunu söyledi."
)


def _weighed_on(monkeypatch: pytest.MonkeyPatch, code: str, buckets: np.ndarray) -> None:
    """``code`` weighs 30 on ``buckets`` only, ``surveillance`` nothing; both have bias −2
    (p 0.12 where nothing weighs)."""
    index = np.asarray(buckets, dtype=np.int64)
    weights = np.zeros((2, index.size), np.float32)
    weights[0] = 30.0
    tactics = tacticmodel.Tactics((code, "surveillance"), index, weights, np.array([-2.0, -2.0]))
    monkeypatch.setattr(tacticmodel, "load", lambda: tactics)


FORMS = [
    ("tehdit", "tehdidi", "tehditler"),
    ("угрозы", "угрозами", "угрозой"),
    ("threatened", "threats", "threatening"),
]


@pytest.mark.parametrize("forms", FORMS)
def test_the_forms_of_one_word_share_a_beginning(forms: tuple[str, ...]) -> None:
    buckets = [tuple(textmodel.prefix_buckets([form], 5)) for form in forms]
    assert len(set(buckets)) == 1
    assert len(buckets[0]) == 1


def test_a_word_no_longer_than_the_beginning_gives_none() -> None:
    assert textmodel.prefix_buckets(["polis", "ailesi", "ev"], 5).size == 1  # ailesi only
    assert textmodel.prefix_buckets(["threatened"], 0).size == 0
    assert textmodel.prefix_buckets([], 5).size == 0


def test_a_beginning_is_hashed_apart_from_the_same_letters_as_a_word() -> None:
    assert not set(textmodel.prefix_buckets(["threatened"], 5)) & set(textmodel._buckets(["threa"]))


def test_the_models_features_are_the_words_their_pairs_and_the_beginnings() -> None:
    words = textmodel.tokens(THREATENED)
    found = tacticmodel.features(THREATENED)
    expected = np.union1d(textmodel._buckets(words),
                          textmodel.prefix_buckets(words, tacticmodel.PREFIX))  # fmt: skip
    assert np.array_equal(found, expected)
    assert np.all(np.diff(found) > 0)  # sorted and distinct, as the sums need


def test_a_form_never_weighed_is_read_through_its_beginning(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fake model weighs only the beginning of ``tehditler``; the report says ``tehdidi``."""
    _weighed_on(monkeypatch, "threat_to_family", textmodel.prefix_buckets(["tehditler"], 5))
    guess = tacticmodel.likeliest(THREATENED, [THREATENED])
    assert guess is not None
    assert guess.code == "threat_to_family"
    monkeypatch.setattr(tacticmodel, "PREFIX", 0)  # words only, as before tacticmodel-11
    assert tacticmodel.likeliest(THREATENED, [THREATENED]) is None


def test_the_reread_weighs_the_beginnings_too(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Of two rules' tactics the model finds unlikely, the likelier stays: with the beginnings
    it is the one they weigh; without them the two are equal and the first stays."""
    text = THREATENED + " " + " ".join(["Gazeteci yıllardır Berlin'de yaşıyor."] * 3)
    assert textmodel.short_size(text) is not None  # a short report: the model reads it
    textmodel.reading.cache_clear()
    _weighed_on(monkeypatch, "threat_to_family", textmodel.prefix_buckets(["tehditler"], 5))
    found = {"threat_to_family": 1, "surveillance": 1}
    kept = tacticmodel.reread(text, [text], found, set())
    assert kept is not None
    assert kept.dropped == frozenset({"surveillance"})
    monkeypatch.setattr(tacticmodel, "PREFIX", 0)
    textmodel.reading.cache_clear()
    words_only = tacticmodel.reread(text, [text], found, set())
    assert words_only is not None
    assert words_only.dropped == frozenset({"threat_to_family"})


def test_beginnings_added_to_read_buckets_are_the_buckets_of_one_pass() -> None:
    """The reread adds the beginnings to the words' buckets the word model already hashed; it
    must read exactly what the model was trained on."""
    words = textmodel.tokens(THREATENED + " Угрозы и угрозами; threatened, threats.")
    once = textmodel._buckets(words, 5)
    assert np.array_equal(textmodel.with_beginnings(textmodel._buckets(words), words, 5), once)
    assert np.array_equal(textmodel.with_beginnings(textmodel._buckets(words), words, 0),
                          textmodel._buckets(words))  # fmt: skip
