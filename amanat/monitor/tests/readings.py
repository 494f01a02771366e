"""The one check the invented-sentence tests of each generalising round make: the text is read
as transnational repression, from the right state, against people in the right host, by acts
that include the expected ones."""

from __future__ import annotations

from amanat.monitor.nlp.rules import for_language
from amanat.monitor.nlp.tagging import TACTIC_RULES, tag


def assert_read_as(language: str, text: str, origin: str, host: str, tactics: set[str]) -> None:
    result = tag(text, language)
    assert result.is_tnr, result.tags
    assert result.origin_state == origin
    assert host in result.host_countries
    assert tactics <= set(result.tactics)


def tactics_in(sentence: str, language: str) -> set[str]:
    """The tactics the rules of a language fire on one sentence (before any veto)."""
    return {rule.value for rule in for_language(TACTIC_RULES, language)
            if rule.fires(sentence.lower())}  # fmt: skip


def origin_if_tnr(text: str, language: str) -> str | None:
    """The origin state the tagger gives a text it reads as transnational repression, else
    None (a test then shows both the reading and the state in one comparison)."""
    result = tag(text, language)
    return result.origin_state if result.is_tnr else None
