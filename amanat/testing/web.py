"""Form posts as a browser sends them: the page's CSRF token read from the page itself.

Tests drive the real views through ``staff_client`` (password + TOTP, CSRF checks on); these
helpers only build what a browser would send. They import no app, so any app's tests may use them.
"""

from __future__ import annotations

import re
from typing import Any

from django.test import Client

_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def csrf_token(client: Client, path: str = "/staff/incidents/") -> str:
    """The session's CSRF token, read from a staff page as a browser would."""
    page = client.get(path).content.decode()
    match = _TOKEN.search(page)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def post(client: Client, path: str, data: dict[str, Any]) -> Any:
    """POST with the CSRF token, like the browser submitting the page's form."""
    return client.post(path, {"csrfmiddlewaretoken": csrf_token(client), **data})
