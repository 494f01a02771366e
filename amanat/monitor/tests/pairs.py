"""A helper for regression pairs: an invented look-alike that must stay rejected beside a
minimally different text of transnational repression that must stay found."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from amanat.monitor.nlp.tagging import tag


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


def assert_rejected(pair: Pair) -> None:
    result = tag(pair.look_alike, pair.language)
    assert not result.is_tnr, (pair.kind, result.tags)


def assert_found(pair: Pair) -> None:
    result = tag(pair.tnr, pair.language)
    assert result.is_tnr, (pair.kind, result.tags)
    assert result.origin_state == pair.origin, (pair.kind, result.tags)
