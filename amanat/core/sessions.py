"""Sessions whose stored data is useless without the browser's cookie.

The cookie holds a random session key. The database row is found by a hash of that key, and its
data is encrypted with another key derived from it, so a copied ``django_session`` table yields
neither a usable cookie nor the unwrapped keys a logged-in session holds (architecture.md:
"kept only for the session, itself encrypted with a secret that lives in the session cookie").
Expiry dates are rounded up to the next midnight (UTC), so a row never dates a sign-in to the
hour; the precise idle and absolute timeouts live inside the ciphertext, and the background worker
deletes rows past their expiry (``core.tasks.purge_expired_sessions``). Anonymous pages write no
row at all: CSRF uses a cookie (settings), and nothing else touches the session before sign-in.
"""

from __future__ import annotations

import base64
import json
import time
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore as DbSessionStore
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers

from amanat.core import crypto

STAFF_PREFIX = "/staff/"
_ABSOLUTE_SECONDS = 8 * 3600


def _storage_id(session_key: str) -> str:
    digest = crypto.keyed_hash(session_key.encode(), person=b"amanat:sess-id", size=20)
    return digest.hex()


def _data_key(session_key: str) -> bytes:
    return crypto.keyed_hash(session_key.encode(), person=b"amanat:sess-key")


class SessionStore(DbSessionStore):
    """Django's database sessions, keyed by hash and encrypted under the cookie's secret."""

    def _get_session_from_db(self) -> Any:
        if self.session_key is None:
            return None
        try:
            return self.model.objects.get(
                session_key=_storage_id(self.session_key), expire_date__gt=_now()
            )
        except self.model.DoesNotExist:
            self._session_key = None
            return None

    def encode(self, session_dict: dict[str, Any]) -> str:
        if self.session_key is None:  # Django creates the key before encoding; never None here
            raise RuntimeError("a session is encoded only after its key exists")
        plain = json.dumps(session_dict, separators=(",", ":")).encode()
        sealed = crypto.encrypt(_data_key(self.session_key), plain, aad=b"session")
        return base64.b64encode(sealed).decode("ascii")

    def decode(self, session_data: bytes | str) -> dict[str, Any]:
        if self.session_key is None:
            return {}
        try:
            sealed = base64.b64decode(session_data)
            plain = crypto.decrypt(_data_key(self.session_key), sealed, aad=b"session")
            data: dict[str, Any] = json.loads(plain)
            return data
        except (ValueError, crypto.CryptoError):
            return {}

    def exists(self, session_key: str) -> bool:
        return self.model.objects.filter(session_key=_storage_id(session_key)).exists()

    def create_model_instance(self, data: dict[str, Any]) -> Any:
        key = self._get_or_create_session_key()  # type: ignore[attr-defined]  # SessionBase's own helper, missing from the stubs
        return self.model(
            session_key=_storage_id(key),
            session_data=self.encode(data),
            expire_date=coarse_expiry(self.get_expiry_date()),
        )

    def delete(self, session_key: str | None = None) -> None:
        key = session_key or self.session_key
        if key is None:
            return
        self.model.objects.filter(session_key=_storage_id(key)).delete()


def coarse_expiry(expiry: datetime) -> datetime:
    """The next UTC midnight after ``expiry``: every session saved on one day shares it."""
    from datetime import UTC

    day = expiry.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return day + timedelta(days=1)


def _now() -> datetime:
    from django.utils import timezone

    return timezone.now()


def cookie_name_for(path: str) -> str:
    """Each trust zone has its own cookie, so a hotline cookie never reaches staff pages."""
    if path.startswith(STAFF_PREFIX):
        return str(settings.STAFF_SESSION_COOKIE)
    return str(settings.HOTLINE_SESSION_COOKIE)


class ZoneSessionMiddleware(SessionMiddleware):
    """Session middleware with a cookie per zone, session-only cookies and an idle timeout."""

    def process_request(self, request: HttpRequest) -> None:
        name = cookie_name_for(request.path)
        request.session = self.SessionStore(request.COOKIES.get(name))
        _enforce_timeouts(request)

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        session = getattr(request, "session", None)
        if session is None:
            return response
        name = cookie_name_for(request.path)
        if name in request.COOKIES and session.is_empty():
            response.delete_cookie(name, path="/", samesite="Strict")
            patch_vary_headers(response, ("Cookie",))
            return response
        if session.accessed:
            patch_vary_headers(response, ("Cookie",))
        if session.modified and not session.is_empty() and response.status_code < 500:
            session["_seen"] = int(time.time())
            session.save()
            response.set_cookie(
                name,
                session.session_key,
                path="/",
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Strict",
            )
        return response


def _enforce_timeouts(request: HttpRequest) -> None:
    """Flush a session idle longer than the setting or older than the absolute limit."""
    session = request.session
    if session.session_key is None or session.is_empty():
        return
    now = int(time.time())
    born = int(session.get("_born", now))
    seen = int(session.get("_seen", now))
    if now - seen > settings.SESSION_IDLE_SECONDS or now - born > _ABSOLUTE_SECONDS:
        session.flush()
        return
    session.setdefault("_born", now)
    session["_seen"] = now
