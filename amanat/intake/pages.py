"""Anonymous pages rendered once per language and address, then served with a fresh CSRF token.

A blank report form, the landing page and the receipt sign-in page hold nothing of the visitor's:
only the CSRF token differs between two requests; the receipt page of a text-only report differs
only by its receipt. Rendering them anew each time was most of the
cost of a submission (issue #14), and that cost is what a flooder spends our capacity with. So
each is rendered once with a placeholder where the token goes; a request gets that text with its
own token put in. A setting changed at run time (tests) empties the cache, translations reloaded
in the process (``amanat translations import``) make each page render anew, and ``AMANAT_DEBUG``
(template editing) disables it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.signals import setting_changed
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.html import escape
from django.utils.translation import get_language, trans_real

# The same length and alphabet as a real (masked) token, so the page's bytes are those of a
# fresh render with that token.
PLACEHOLDER = "CSRFPLACEHOLDER" + "0" * 49
RECEIPT_PLACEHOLDER = "RECEIPTPLACEHOLDER0000000000000000"
_pages: dict[tuple[str, str, str], tuple[object, bytes, dict[str, str]]] = {}
_lock = threading.Lock()


def cached(
    request: HttpRequest,
    template: str,
    render: Callable[[str], HttpResponse],
    fills: dict[str, str] | None = None,
) -> HttpResponse:
    """The page for this template, address and language, with this request's CSRF token (and
    its cookie) only where the page holds a form, and each placeholder of ``fills`` (which the
    caller's ``render`` put in the page) replaced by its escaped value."""
    key = (template, request.path, get_language() or "")
    catalogue = trans_real.catalog()  # a new object once translations are reloaded (review import)
    entry = None if settings.DEBUG else _pages.get(key)
    if entry is None or entry[0] is not catalogue:
        first = render(PLACEHOLDER)
        if first.status_code != 200 or first.streaming:
            return first
        entry = (catalogue, first.content, dict(first.headers))
        if not settings.DEBUG:
            with _lock:
                _pages[key] = entry
    _, content, headers = entry
    marker = PLACEHOLDER.encode()
    if marker in content:
        content = content.replace(marker, get_token(request).encode())
    for placeholder, value in (fills or {}).items():
        content = content.replace(placeholder.encode(), str(escape(value)).encode())
    response = HttpResponse(content)
    for name, value in headers.items():
        if name.lower() != "content-length":
            response.headers[name] = value
    return response


def clear(**kwargs: Any) -> None:
    with _lock:
        _pages.clear()


setting_changed.connect(clear)
