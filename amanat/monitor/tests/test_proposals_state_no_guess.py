"""A proposed incident states only what its articles support: a field no tag supports stays
"not stated" (blank) for the analyst, never a default that reads as a fact (issue #18 item 5)."""

from __future__ import annotations

from dataclasses import dataclass

from amanat.monitor.proposing import proposed_fields


@dataclass
class Article:
    title: str = "Police visit the family of an activist abroad"
    url: str = "https://example.org/story"
    outlet: str = "Example"


@dataclass
class Tag:
    kind: str
    value: str


def test_fields_no_article_supports_stay_not_stated() -> None:
    fields = proposed_fields([(Article(), [Tag("origin_state", "CN"), Tag("tactic", "threat")])])
    assert fields["origin_state"] == "CN"
    for name in ("stage", "community", "perpetrator", "response"):
        assert fields[name] == "", name


def test_a_tagged_stage_and_perpetrator_are_proposed() -> None:
    tags = [Tag("stage", "stage2"), Tag("stage", "stage3"), Tag("perpetrator", "police")]
    fields = proposed_fields([(Article(), tags)])
    assert fields["stage"] == "stage3"
    assert fields["perpetrator"] == "police"
