"""Fixtures for the browser journeys: Debian's Chromium driven by pytest-playwright.

No browser is ever downloaded: Playwright launches ``/usr/bin/chromium`` (``make test-browser``
installs it from apt). A browser test module imports these fixtures by name, which activates them
for that module only::

    from amanat.testing.browser import (
        allow_django_under_playwright,
        base_url,
        browser_type_launch_args,
    )

The application runs in pytest-django's ``live_server`` thread; the test talks to the database
directly (factories, ``read_report``) from the main thread.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # containers and CI runners have no user namespaces for the sandbox
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",  # no calls home: tests must not reach the network
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",  # small /dev/shm in containers
]
ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"


@pytest.fixture(scope="session")
def browser_type_launch_args() -> dict[str, Any]:
    """Overrides pytest-playwright's: Debian's Chromium, headless, nothing fetched or updated."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test-browser` (apt-get install chromium)")
    return {"executable_path": str(CHROMIUM), "headless": True, "args": list(CHROMIUM_ARGS)}


@pytest.fixture(scope="session")
def base_url(live_server: Any) -> str:
    """Overrides pytest-playwright's fallback ``base_url`` (a session fixture written as an
    instance method, which pytest 9 deprecates; warnings are errors here). Pages are opened with
    paths relative to the Django live server: ``page.goto("/ug/report/")``."""
    return str(live_server.url)


@pytest.fixture(scope="session", autouse=True)
def allow_django_under_playwright() -> Iterator[None]:
    """Playwright's sync API keeps an asyncio loop running in the main thread, so Django would
    refuse ORM calls from the test (SynchronousOnlyOperation). The test is still synchronous and
    single-threaded, so the check is switched off — for the session of a browser test only, not
    when the module is merely imported, so the other suites keep Django's guard."""
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    yield
    if previous is None:
        os.environ.pop(ASYNC_UNSAFE, None)
    else:
        os.environ[ASYNC_UNSAFE] = previous
