"""A short report in which the rules read no origin state (nlp/textmodel.py, session 25), with
nlp/unplaced.py switched off (test_unplaced.py tests it on): made TNR when the word model's p
reaches :data:`textmodel.SURE_RESCUE`; never below it, never a long text or a snippet, never
with the switch off. The report carries no origin or host, the tactic
model's tactic, an evidence sentence, and the model's version and p in its relevance rule; the
grouper reads the rules' negative (no event).

The model's p is set here (``_p``): which real texts it reads beyond doubt is measured on blind
splits (docs/monitor/learned-models.md), not pinned on invented ones."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import lang, tagging, textmodel, unplaced

# Invented. A court named by its city, the exile's state never named: the rules read no origin.
IN_ABSENTIA = (
    "Court jails exiled former minister in absentia\n"
    "A court in the capital sentenced the former interior minister, who has lived in Paris since "
    "he fell out with the president, to nine years in prison in absentia on Tuesday. His lawyer "
    "called the verdict revenge for his interviews with foreign media."
)
# Invented. The same length and no state named either: a cup final.
CUP_FINAL = (
    "Local football club wins the regional cup\n"
    "The club beat its rivals two to one in the final on Sunday, with a late goal from the "
    "captain. Fans celebrated in the town square until midnight, and the mayor promised a "
    "reception at the town hall next week for the players and their families."
)
LONG = IN_ABSENTIA + " " + " ".join(["The case drew wide attention abroad."] * 6)
SNIPPET = "A court jailed an exiled former minister in absentia on Tuesday."


def _tag(text: str) -> tagging.Tagging:
    return tagging.tag(text, lang.identify(text).code)


def _p(monkeypatch: pytest.MonkeyPatch, p: float) -> None:
    monkeypatch.setattr(textmodel, "_score", lambda _buckets: p)
    monkeypatch.setattr(unplaced, "ENABLED", False)  # the word model's sure rescue alone


def test_the_rules_read_no_origin_in_these_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textmodel, "ENABLED", False)
    for text in (IN_ABSENTIA, CUP_FINAL, LONG, SNIPPET):
        found = _tag(text)
        assert not found.is_tnr
        assert found.of_kind("relevance")[0].rule == "relevance.rules[]"
        assert found.of_kind("origin_state") == []


def test_a_short_report_the_model_is_sure_of_is_rescued(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _p(monkeypatch, textmodel.SURE_RESCUE)
    found = _tag(IN_ABSENTIA)
    assert found.is_tnr
    assert (found.origin_state, found.host_countries) == (None, [])
    assert found.before_veto is not None  # the grouper reads the rules' negative
    assert not found.before_veto.is_tnr
    relevance = found.of_kind("relevance")[0]
    assert relevance.value == "tnr"
    assert relevance.rule.startswith(
        f"relevance.textmodel[{textmodel.VERSION} p=0.85 rescue, no origin read] over "
    )
    assert relevance.evidence  # the tactic's sentence, else the headline
    assert relevance.evidence in IN_ABSENTIA


def test_the_rescued_reports_tactics_are_the_tactic_models_with_their_sentences(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _p(monkeypatch, 0.99)
    found = _tag(IN_ABSENTIA)
    tactic_tags = found.of_kind("tactic")
    assert [t.value for t in tactic_tags] == found.tactics
    for tag in tactic_tags:
        assert tag.rule.startswith("tactic.tacticmodel-")
        assert tag.evidence in IN_ABSENTIA


def test_below_the_sure_p_it_stays_not_a_report(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _p(monkeypatch, textmodel.SURE_RESCUE - 0.01)
    found = _tag(IN_ABSENTIA)
    assert not found.is_tnr
    assert found.of_kind("relevance")[0].rule == "relevance.rules[]"


@pytest.mark.parametrize("text", [LONG, SNIPPET], ids=["long", "snippet"])
def test_a_long_text_or_a_snippet_is_never_rescued(
    model_on: None, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    _p(monkeypatch, 1.0)
    assert not _tag(text).is_tnr


def test_with_the_model_off_nothing_is_rescued(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textmodel, "ENABLED", False)
    _p(monkeypatch, 1.0)
    assert not _tag(IN_ABSENTIA).is_tnr


def test_the_shipped_model_does_not_rescue_a_cup_final(model_on: None) -> None:
    assert textmodel.rescues_unplaced(CUP_FINAL) is None
    assert not _tag(CUP_FINAL).is_tnr
