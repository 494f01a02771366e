"""Web pages: main text, title, date, authors and site name through trafilatura."""

from __future__ import annotations

import logging

import trafilatura

from amanat.monitor.nlp.normalise import MAX_BYTES, BadInput, decode
from amanat.monitor.sources import RawArticle, Skipped, outlet_of, parse_day
from amanat.monitor.sources.fetch import FetchError, PoliteFetcher

logger = logging.getLogger("amanat.monitor")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", ""})


def page_from_html(body: bytes, url: str, charset: str | None = None) -> RawArticle | Skipped:
    """Extract the article from a page's bytes (no network)."""
    if len(body) > MAX_BYTES:
        return Skipped(url, f"too large ({len(body)} bytes > {MAX_BYTES})")
    try:
        html = decode(body, charset).text
    except BadInput as exc:
        return Skipped(url, exc.reason)
    if not html.strip():
        return Skipped(url, "empty page")
    document = trafilatura.bare_extraction(
        html, url=url or None, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        return Skipped(url, "no main text found on the page")
    return RawArticle(
        url=url,
        text=text,
        title=(getattr(document, "title", None) or "")[:500],
        outlet=(getattr(document, "sitename", None) or outlet_of(url))[:200],
        published_on=parse_day(getattr(document, "date", None)),
        authors=(getattr(document, "author", None) or "")[:500],
        where=url,
    )


def read_page(url: str, fetcher: PoliteFetcher) -> RawArticle | Skipped:
    """Fetch one page politely and extract its article."""
    try:
        response = fetcher.get(url)
    except FetchError as exc:
        return Skipped(url, exc.reason)
    if response.content_type not in HTML_TYPES:
        return Skipped(url, f"not a web page ({response.content_type})")
    return page_from_html(response.body, response.url or url, response.charset)
