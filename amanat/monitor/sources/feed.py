"""RSS and Atom feeds through feedparser; each entry's page is fetched for its full text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import feedparser

from amanat.monitor.sources import Item, RawArticle, Skipped, html_to_text, outlet_of
from amanat.monitor.sources.fetch import FetchError, PoliteFetcher
from amanat.monitor.sources.web import read_page

MAX_ENTRIES = 500


def _day(entry: Any) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except ValueError:
        return None


def _summary(entry: Any) -> str:
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    return html_to_text(html or "")


def entries_from_bytes(body: bytes, url: str) -> tuple[str, list[Any]] | Skipped:
    """The feed's title and entries, parsed from bytes (feedparser never fetches here)."""
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        return Skipped(
            url, f"not a feed or no entries ({type(problem).__name__ if problem else 'empty'})"
        )
    return parsed.feed.get("title") or outlet_of(url), list(parsed.entries[:MAX_ENTRIES])


def read_feed(url: str, fetcher: PoliteFetcher, *, follow_links: bool = True) -> Iterator[Item]:
    """Every entry of the feed as an article: the linked page's main text when it can be
    fetched, else the entry's own summary."""
    try:
        response = fetcher.get(url)
    except FetchError as exc:
        yield Skipped(url, exc.reason)
        return
    found = entries_from_bytes(response.body, url)
    if isinstance(found, Skipped):
        yield found
        return
    outlet, entries = found
    for entry in entries:
        yield _article(entry, outlet, url, fetcher, follow_links)


def _article(entry: Any, outlet: str, feed_url: str, fetcher: PoliteFetcher,
             follow_links: bool) -> Item:  # fmt: skip
    link = entry.get("link") or ""
    title = html_to_text(entry.get("title", ""))[:500]
    summary = RawArticle(url=link, text=_summary(entry), title=title, outlet=outlet,
                         published_on=_day(entry), authors=entry.get("author", "")[:500],
                         where=feed_url)  # fmt: skip
    if not (follow_links and link):
        return summary if summary.text else Skipped(link or feed_url, "entry without text")
    page = read_page(link, fetcher)
    if isinstance(page, Skipped):
        return summary if len(summary.text) >= 200 else page
    return RawArticle(url=page.url, text=page.text, title=page.title or title,
                      outlet=outlet or page.outlet,
                      published_on=page.published_on or summary.published_on,
                      authors=page.authors or summary.authors, where=feed_url)  # fmt: skip
