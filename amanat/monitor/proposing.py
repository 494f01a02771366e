"""From a story's tagged articles to the coded fields of a proposed incident.

Only codes the codebook has and the tagger can support with evidence are proposed; everything
else stays "not stated" (blank) for the analyst to fill in. The dates proposed are
the first dated event mentioned in the earliest article (a month or a day when the text gives
one), which an analyst must check: a date in a news story may be a residence year or a
publication date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, Protocol

_STAGE_ORDER = ("stage1", "stage2", "stage3")
_PRECISION = {10: "day", 7: "month", 4: "year"}


class TagLike(Protocol):
    kind: str
    value: str


class ArticleLike(Protocol):
    title: str
    url: str
    outlet: str


def _most_common(values: Sequence[str], default: str = "") -> str:
    return Counter(values).most_common(1)[0][0] if values else default


def _first_date(tags: Sequence[TagLike]) -> tuple[str, str]:
    dates = [t.value for t in tags if t.kind == "date"]
    for value in dates:
        if len(value) >= 7:
            return value, _PRECISION[len(value)]
    if dates:
        return dates[0], "year"
    return "", "unknown"


def proposed_fields(articles: Sequence[tuple[ArticleLike, Sequence[TagLike]]]) -> dict[str, Any]:
    """The proposal for a story, from its TNR articles (oldest first) and their tags."""
    every = [tag for _article, tags in articles for tag in tags]

    def values(kind: str) -> list[str]:
        return [tag.value for tag in every if tag.kind == kind]

    lead, lead_tags = articles[0]
    hosts = list(dict.fromkeys(values("host_country")))
    stages = [s for s in values("stage") if s in _STAGE_ORDER]
    date, precision = _first_date(lead_tags)
    return {
        "origin_state": _most_common(values("origin_state")),
        "host_country": _most_common(values("host_country")),
        "host_countries": hosts,
        "tactics": list(dict.fromkeys(values("tactic"))),
        # What no article states stays "not stated" (blank) for the analyst: never a guess.
        "stage": max(stages, key=_STAGE_ORDER.index) if stages else "",
        "community": _most_common(values("community"), ""),
        "perpetrator": _most_common(values("perpetrator"), ""),
        "response": "",
        "date_start": date,
        "date_start_precision": precision,
        "people_counts": list(dict.fromkeys(values("people_count")))[:10],
        "summary": f"{lead.title}\n{lead.url or lead.outlet}".strip(),
        "articles": len(articles),
    }
