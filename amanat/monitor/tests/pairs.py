"""A helper for regression pairs: an invented look-alike that must stay rejected beside a
minimally different text of transnational repression that must stay found — by the rules.
The pairs pin what the rules read; the text model reads short reports since session 18 and
overrules the rules on a few pairs, listed and pinned in test_short_reports_read_by_the_model.py."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from amanat.monitor.nlp import textmodel
from amanat.monitor.nlp.tagging import Tagging, tag


@dataclass(frozen=True)
class Pair:
    kind: str
    language: str
    look_alike: str
    tnr: str
    origin: str

    @property
    def id(self) -> str:
        return f"{self.kind}-{self.language}"


def look_alikes(pairs: list[Pair]) -> list[object]:
    return [pytest.param(p, id=p.id) for p in pairs]


def rules_tag(text: str, language: str) -> Tagging:
    """The rules' tagging alone: the text model switched off for the call."""
    with pytest.MonkeyPatch.context() as off:
        off.setattr(textmodel, "ENABLED", False)
        return tag(text, language)


def assert_rejected(pair: Pair) -> None:
    result = rules_tag(pair.look_alike, pair.language)
    assert not result.is_tnr, (pair.kind, result.tags)


def assert_found(pair: Pair) -> None:
    result = rules_tag(pair.tnr, pair.language)
    assert result.is_tnr, (pair.kind, result.tags)
    assert result.origin_state == pair.origin, (pair.kind, result.tags)
