"""Source adapters, one per kind: feeds, web pages, local files and folders, CSV of URLs.

Each yields :class:`RawArticle` or :class:`Skipped` (with the reason) and never raises for one
bad item, so a run goes on. They need no Django; fetching goes through
:class:`~amanat.monitor.sources.fetch.PoliteFetcher`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from urllib.parse import urlsplit


@dataclass(frozen=True)
class RawArticle:
    url: str
    text: str
    title: str = ""
    outlet: str = ""
    published_on: date | None = None
    authors: str = ""
    where: str = ""  # the source it came from, for the run log


@dataclass(frozen=True)
class Skipped:
    where: str
    reason: str


Item = RawArticle | Skipped


def outlet_of(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def parse_day(value: str | None) -> date | None:
    """``YYYY-MM-DD`` (optionally followed by a time) → date; anything else → None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


class _TextOnly(HTMLParser):
    """Text of an HTML snippet (feed summaries), paragraphs kept apart."""

    _BREAKS = frozenset({"p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr", "blockquote"})
    _SKIP = frozenset({"script", "style", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(snippet: str) -> str:
    parser = _TextOnly()
    parser.feed(snippet)
    parser.close()
    return "".join(parser.parts).strip()
