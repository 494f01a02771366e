"""A polite HTTP fetcher: robots.txt, one request per host every few seconds, timeouts, retries
with backoff, a size cap, and a neutral User-Agent (``AMANAT_MONITOR_USER_AGENT``).

The User-Agent does not say what the reader is for: "human-rights research" in every request
would tell each watched site, and anyone on the path, who is watching it. robots.txt rules
are read for the agent's product token (``FeedFetcher`` by default) and for ``*``.

Every refusal is a :class:`FetchError` whose ``reason`` the run log shows ("disallowed by
robots.txt", "timeout after 3 attempts", "too large (…)"); the caller skips the item and goes on.
The network is reached only through ``opener`` (``urllib``'s by default); tests pass a fake one.
"""

from __future__ import annotations

import logging
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from typing import Any, Protocol
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from django.conf import settings

from amanat.monitor.nlp.normalise import MAX_BYTES

logger = logging.getLogger("amanat.monitor")
DEFAULT_USER_AGENT = "Mozilla/5.0 (compatible; FeedFetcher/1.0)"
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_CHUNK = 64 * 1024


def configured_user_agent() -> str:
    return str(getattr(settings, "MONITOR_USER_AGENT", "") or DEFAULT_USER_AGENT)


def robots_token(user_agent: str) -> str:
    """The token robots.txt groups name: "FeedFetcher" in "… (compatible; FeedFetcher/1.0)"."""
    inside = user_agent.partition("compatible;")[2] if "compatible;" in user_agent else user_agent
    return inside.strip().split("/")[0].split(";")[0].split()[0] if inside.strip() else "*"


class FetchError(Exception):
    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


class Opener(Protocol):
    def open(self, fullurl: urllib.request.Request, *, timeout: float) -> Any: ...


@dataclass(frozen=True)
class Response:
    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes


def _read_capped(response: Any, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise FetchError(f"too large (more than {limit} bytes)")
        chunks.append(chunk)


@dataclass
class PoliteFetcher:
    opener: Opener = field(default_factory=urllib.request.build_opener)
    user_agent: str = field(default_factory=configured_user_agent)
    timeout: float = 20.0
    attempts: int = 3
    backoff: float = 2.0
    min_interval: float = 5.0
    max_bytes: int = MAX_BYTES
    respect_robots: bool = True
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _robots: dict[str, RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)

    def get(self, url: str) -> Response:
        """The body of ``url``, or :class:`FetchError` with the reason it was not fetched."""
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise FetchError(f"not an http(s) URL: {url[:200]}")
        if self.respect_robots and not self.allowed(url):
            raise FetchError("disallowed by robots.txt")
        return self._with_retries(url)

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        rules = self._robots[origin]
        return rules is not None and rules.can_fetch(robots_token(self.user_agent), url)

    def _load_robots(self, origin: str) -> RobotFileParser | None:
        """Parsed robots.txt; a missing file allows all, an unreachable or forbidden one
        allows nothing (None) — we do not crawl a site we cannot ask."""
        rules = RobotFileParser(f"{origin}/robots.txt")
        try:
            response = self._with_retries(f"{origin}/robots.txt")
        except FetchError as exc:
            if (
                exc.status is not None
                and 400 <= exc.status < 500
                and exc.status not in {401, 403, 429}
            ):
                rules.parse([])
                return rules
            logger.warning("monitor: robots.txt of %s unavailable: %s", origin, exc.reason)
            return None
        rules.parse(response.body.decode("utf-8", errors="replace").splitlines())
        return rules

    def _wait_turn(self, host: str) -> None:
        """At most one request per host every ``min_interval`` seconds (or its Crawl-delay)."""
        interval = self.min_interval
        for origin, rules in self._robots.items():
            if rules is not None and urlsplit(origin).netloc == host:
                interval = max(
                    interval, float(rules.crawl_delay(robots_token(self.user_agent)) or 0)
                )
        last = self._last.get(host)
        if last is not None:
            wait = last + interval - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def _with_retries(self, url: str) -> Response:
        host = urlsplit(url).netloc
        problem, status = "no attempt", None
        for attempt in range(self.attempts):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            self._wait_turn(host)
            try:
                return self._once(url)
            except urllib.error.HTTPError as exc:
                problem, status = f"HTTP {exc.code}", exc.code
                if exc.code not in _RETRY_STATUS:
                    raise FetchError(problem, status) from exc
            except TimeoutError:
                problem = "timeout"
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, TimeoutError | socket.timeout):
                    problem = "timeout"
                else:
                    problem = f"connection failed ({exc.reason})"
        raise FetchError(f"{problem} after {self.attempts} attempts", status)

    def _once(self, url: str) -> Response:
        request = urllib.request.Request(  # noqa: S310 - scheme checked in get(): http(s) only
            url, headers={"User-Agent": self.user_agent, "Accept": "*/*"}
        )
        with self.opener.open(request, timeout=self.timeout) as response:
            headers: Message = response.headers
            length = headers.get("Content-Length")
            if length is not None and length.isdigit() and int(length) > self.max_bytes:
                raise FetchError(f"too large ({length} bytes > {self.max_bytes})")
            body = _read_capped(response, self.max_bytes)
            return Response(
                url=response.geturl() or url,
                status=getattr(response, "status", 200),
                content_type=headers.get_content_type(),
                charset=headers.get_content_charset(),
                body=body,
            )
