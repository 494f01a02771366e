"""A short report whose rules read no origin state (session 19, nlp/textmodel.py): found as TNR
when the text model's p reaches :data:`textmodel.ORPHAN_RESCUE` (surer than the rescue of a
report with an origin), with no origin state, the hosts the text locates, the tactic model's
tactic, the sentence that weighs most as evidence and the model's version and p as the rule; the
grouper reads no event from it, and a proposal leaves its origin blank for the analyst. Never
under that p, never a long text or a snippet, never with the switch off."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from amanat.monitor import proposing
from amanat.monitor.nlp import lang, shingles, tagging, textmodel

# Invented. An abduction told with no state named: no origin for the rules (p ≈ 0.86).
TAKEN = (
    "Two men pulled a prominent businessman of Tigrayan descent out of his car in Nairobi late on "
    "Friday and drove off with him, his family said on Saturday. Rights groups fear he was taken "
    "by agents hunting critics of the war who fled abroad, and urged the police to find him."
)


def _tag(text: str) -> tagging.Tagging:
    return tagging.tag(text, lang.identify(text).code)


def _rules_alone(text: str) -> tagging.Tagging:
    with pytest.MonkeyPatch.context() as off:
        off.setattr(textmodel, "ENABLED", False)
        return _tag(text)


def test_a_short_report_with_no_origin_read_is_found_when_the_model_is_sure(
    model_on: None,
) -> None:
    rules = _rules_alone(TAKEN)
    assert not rules.is_tnr
    assert rules.of_kind("relevance")[0].rule == "relevance.rules[]"
    found = _tag(TAKEN)
    assert found.is_tnr
    assert found.origin_state is None
    assert found.of_kind("origin_state") == []
    assert found.host_countries == ["KE"]
    p = textmodel.probability(TAKEN)
    assert p is not None
    assert p >= textmodel.ORPHAN_RESCUE
    relevance = found.of_kind("relevance")[0]
    assert relevance.value == "tnr"
    assert relevance.rule == (f"relevance.textmodel[textmodel-4 p={p:.2f} rescue, no origin] "
                              "over relevance.rules[]")  # fmt: skip
    assert relevance.evidence.startswith("Rights groups fear he was taken")
    tactics = found.of_kind("tactic")
    assert [t.value for t in tactics] == found.tactics != []
    assert all(t.rule.startswith("tactic.tacticmodel-1[p=") and t.evidence in TAKEN
               for t in tactics)  # fmt: skip


def test_it_needs_a_surer_yes_than_the_rescue_of_a_report_with_an_origin(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert textmodel.ORPHAN_RESCUE > textmodel.RESCUE
    monkeypatch.setattr(textmodel, "_score", lambda _words: textmodel.ORPHAN_RESCUE - 0.01)
    assert not _tag(TAKEN).is_tnr
    monkeypatch.setattr(textmodel, "_score", lambda _words: textmodel.ORPHAN_RESCUE)
    assert _tag(TAKEN).is_tnr


def test_a_long_text_or_a_snippet_is_never_found_without_an_origin(model_on: None) -> None:
    longer = TAKEN + " " + " ".join(["The family said they had heard nothing since then."] * 2)
    assert textmodel.word_count(longer) >= textmodel.MIN_WORDS
    assert textmodel.probability(longer) is not None
    assert not _tag(longer).is_tnr
    snippet = "Two men pulled a businessman out of his car in Nairobi and drove off with him."
    assert textmodel.short_size(snippet) is None
    assert not _tag(snippet).is_tnr


def test_with_the_switch_off_it_is_not_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textmodel, "ENABLED", False)
    assert not _tag(TAKEN).is_tnr


def test_the_grouper_reads_no_event_from_it(model_on: None) -> None:
    code = lang.identify(TAKEN).code
    analysis = tagging.analyse(TAKEN, code)
    found = tagging.tag(TAKEN, code, analysis)
    assert found.is_tnr
    assert shingles.event_features(analysis, found) == []


def test_its_proposal_leaves_the_origin_for_the_analyst(model_on: None) -> None:
    article = SimpleNamespace(title="Businessman taken in Nairobi", url="", outlet="wire")
    fields = proposing.proposed_fields([(article, _tag(TAKEN).tags)])
    assert fields["origin_state"] == ""
    assert fields["host_country"] == "KE"
    assert fields["tactics"] != []
