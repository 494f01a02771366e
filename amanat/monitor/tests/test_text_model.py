"""The text model that reads a whole article and vetoes the rules' positives it reads as a
look-alike (nlp/textmodel.py; trained by ``python -m bench.monitor_textmodel --write``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from amanat.monitor.nlp import pipeline, tagging, textmodel

TRIAL_AT_HOME = (
    "A court in the capital sentenced the opposition politician to seven years in prison on "
    "Tuesday on charges of inciting unrest, in a trial that rights groups described as "
    "politically motivated. The politician, who has been held since his arrest at a rally last "
    "spring, denied all the charges. Prosecutors said he had organised illegal gatherings and "
    "insulted state officials in speeches posted online. His lawyers said they would appeal. "
    "Several foreign embassies sent observers to the hearing, which was closed to the press. "
    "The government said the case was a matter for the independent courts and rejected "
    "criticism from abroad as interference in its internal affairs."
)
RELATIVES_PRESSED = (
    "Relatives of an exiled journalist living in Germany were summoned by the security service "
    "in their home town and told that they would suffer if he continued to publish his reports, "
    "the journalist said on Monday. His elderly father was questioned for six hours and his "
    "brother lost his job at a state company the following week. The journalist, who fled the "
    "country in 2019 and now works for an opposition channel in Berlin, said officers also "
    "demanded that his family persuade him to return home and stop criticising the president. "
    "Rights groups said the pressure on relatives is part of a wider campaign against critics "
    "abroad."
)


def test_chinese_text_is_read_as_pairs_of_characters() -> None:
    assert textmodel.tokens("警方 拘留了他 in Paris") == [
        "警方",
        "拘留",
        "留了",
        "了他",
        "in",
        "paris",
    ]


def test_features_are_sorted_hashed_buckets_of_words_and_word_pairs() -> None:
    found = textmodel.features("The police The police")
    assert found == sorted(set(found))
    assert len(found) == 4  # "the", "police", "the police", "police the": each once
    assert all(0 <= b < 1 << textmodel.BITS for b in found)


def test_it_abstains_on_a_text_shorter_than_an_article() -> None:
    assert textmodel.probability("Police detained the exiled activist's brother in Urumqi.") is None


def test_it_reads_a_trial_at_home_as_a_look_alike_and_pressure_on_relatives_as_tnr() -> None:
    trial, relatives = (
        textmodel.probability(TRIAL_AT_HOME),
        textmodel.probability(RELATIVES_PRESSED),
    )
    assert trial is not None
    assert trial < textmodel.THRESHOLD
    assert relatives is not None
    assert relatives > textmodel.THRESHOLD
    assert textmodel.vetoes(TRIAL_AT_HOME) == trial
    assert textmodel.vetoes(RELATIVES_PRESSED) is None


def test_without_a_model_file_the_rules_decide_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textmodel, "MODEL", Path("/nonexistent/text-model.npz"))
    textmodel._weights.cache_clear()
    try:
        assert textmodel.probability(TRIAL_AT_HOME) is None
    finally:
        textmodel._weights.cache_clear()


def test_a_veto_turns_the_rules_positive_negative_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = ("Turkish intelligence agents abducted the teacher in Nairobi and flew him to Ankara, "
            "his family said.")  # fmt: skip
    found = tagging.tag(text, "en")
    assert found.is_tnr
    monkeypatch.setattr(textmodel, "vetoes", lambda _text: 0.2)
    vetoed = tagging.tag(text, "en")
    assert not vetoed.is_tnr
    assert vetoed.tactics == []
    assert vetoed.origin_state is None
    rule = vetoed.of_kind("relevance")[0].rule
    assert rule.startswith(f"{textmodel.VERSION}.veto[p=0.20] over relevance.rules[")


def test_the_model_is_asked_only_about_the_rules_positives(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(textmodel, "vetoes", lambda text: asked.append(text))
    pipeline.prepare("x", TRIAL_AT_HOME.replace("opposition politician", "baker"))
    assert asked == []


def test_the_shipped_model_is_what_the_training_script_makes_of_the_corpus() -> None:
    from bench import monitor_blind, monitor_textmodel

    train = [t for s in monitor_blind.splits() if s not in monitor_textmodel.HELD_OUT
             for t in monitor_textmodel.texts(s)]  # fmt: skip
    index, weight, bias = monitor_textmodel.fit(train)
    with np.load(textmodel.MODEL) as shipped:
        assert np.array_equal(shipped["index"], index)
        assert np.allclose(shipped["weight"], weight, atol=1e-3)
        assert abs(float(shipped["bias"]) - bias) < 1e-3
