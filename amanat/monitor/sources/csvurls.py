"""A CSV of URLs (a column named ``url``; optional ``outlet`` and ``published`` columns): each
URL is fetched politely as a web page."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import replace

from amanat.monitor.nlp.normalise import BadInput, decode
from amanat.monitor.sources import Item, RawArticle, Skipped, parse_day
from amanat.monitor.sources.fetch import PoliteFetcher
from amanat.monitor.sources.web import read_page

MAX_ROWS = 10_000


def read_csv(data: bytes, where: str, fetcher: PoliteFetcher) -> Iterator[Item]:
    try:
        text = decode(data).text
    except BadInput as exc:
        yield Skipped(where, exc.reason)
        return
    reader = csv.DictReader(io.StringIO(text))
    columns = {name.strip().lower(): name for name in reader.fieldnames or []}
    if "url" not in columns:
        yield Skipped(where, "no 'url' column in the CSV header")
        return
    for number, row in enumerate(reader, start=2):
        if number > MAX_ROWS + 1:
            yield Skipped(where, f"more than {MAX_ROWS} rows: the rest ignored")
            return
        url = (row.get(columns["url"]) or "").strip()
        if not url.startswith(("http://", "https://")):
            yield Skipped(f"{where}:{number}", "not an http(s) URL")
            continue
        page = read_page(url, fetcher)
        if isinstance(page, RawArticle):
            outlet = (row.get(columns.get("outlet", ""), "") or "").strip()
            day = parse_day(row.get(columns.get("published", ""), ""))
            page = replace(page, outlet=outlet or page.outlet,
                           published_on=day or page.published_on)  # fmt: skip
        yield page
