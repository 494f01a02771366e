"""Sources by kind and location → one stream of items for :func:`actions.ingest`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from amanat.monitor.sources import Item, Skipped
from amanat.monitor.sources.csvurls import read_csv
from amanat.monitor.sources.feed import read_feed
from amanat.monitor.sources.fetch import FetchError, PoliteFetcher
from amanat.monitor.sources.files import read_path
from amanat.monitor.sources.web import read_page


def items(
    locations: Iterable[tuple[str, str]], fetcher: PoliteFetcher, *, follow_links: bool = True
) -> Iterator[Item]:
    """Articles from every (kind, location); a source that fails is one Skipped, not a crash."""
    for kind, location in locations:
        if kind == "feed":
            yield from read_feed(location, fetcher, follow_links=follow_links)
        elif kind == "page":
            yield read_page(location, fetcher)
        elif kind == "path":
            yield from read_path(Path(location))
        elif kind == "csv":
            yield from _csv(location, fetcher)
        else:
            yield Skipped(location, f"unknown kind of source {kind!r}")


def _csv(location: str, fetcher: PoliteFetcher) -> Iterator[Item]:
    if location.startswith(("http://", "https://")):
        try:
            data = fetcher.get(location).body
        except FetchError as exc:
            yield Skipped(location, exc.reason)
            return
    else:
        path = Path(location)
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Skipped(location, f"unreadable ({exc.strerror})")
            return
    yield from read_csv(data, location, fetcher)
