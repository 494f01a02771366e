"""A growing delay after wrong sign-ins, per user name and kind of client — never a hard lock.

Why not a lock: anyone who guesses a user name ("coordinator") could keep its owner out. Why
per name and not per account: unknown names must be delayed exactly like real ones, or the
delay itself would tell which names exist. Why a device cookie: a browser where the member
signed in before has its own count, so a stranger's guessing delays only strangers (OWASP's
"device cookies"). The first few failures cost nothing; then each one doubles the wait, up to
a cap; a success on that client forgets them; a day without failures forgets them too.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone

from amanat.accounts.models import SignInDelay
from amanat.core import crypto

FREE_FAILURES = 3
MAX_DELAY = timedelta(minutes=15)
FORGET_AFTER = timedelta(days=1)
_DEVICE_SALT = "amanat.staff-device"
DEVICE_COOKIE_AGE = timedelta(days=180)


def name_digest(username: str) -> str:
    """A keyed hash of the name as typed: the table lists no user names."""
    key = crypto.keyed_hash(settings.SECRET_KEY.encode(), person=b"amanat:signin-k")
    return crypto.keyed_hash(username.encode(), person=b"amanat:signin", key=key).hex()


def delay_after(failures: int) -> timedelta:
    """Nothing for the first few; then 2, 4, 8 … seconds, capped."""
    if failures <= FREE_FAILURES:
        return timedelta(0)
    seconds = 2 ** min(failures - FREE_FAILURES, 20)
    return min(timedelta(seconds=seconds), MAX_DELAY)


def seconds_to_wait(username: str, device: str, *, now: datetime | None = None) -> int:
    """Whole seconds before this client may try this name again (0: now)."""
    row = SignInDelay.objects.filter(name_digest=name_digest(username), device=device).first()
    return _remaining(row, now or timezone.now())


def _remaining(row: SignInDelay | None, now: datetime) -> int:
    if row is None or row.not_before is None or row.not_before <= now:
        return 0
    return math.ceil((row.not_before - now).total_seconds())


@transaction.atomic
def count_failure(username: str, device: str) -> SignInDelay:
    """One more failure for this name and client; old, quiet rows are forgotten first."""
    now = timezone.now()
    SignInDelay.objects.filter(last_failure__lt=now - FORGET_AFTER).delete()
    row, _ = SignInDelay.objects.select_for_update().get_or_create(
        name_digest=name_digest(username), device=device, defaults={"last_failure": now}
    )
    row.failures += 1
    row.last_failure = now
    delay = delay_after(row.failures)
    row.not_before = now + delay if delay else None
    row.save(update_fields=["failures", "last_failure", "not_before"])
    return row


def forget(username: str, device: str) -> None:
    """A full sign-in on this client: its failures no longer count."""
    SignInDelay.objects.filter(name_digest=name_digest(username), device=device).delete()


def delays_by_name(usernames: list[str]) -> dict[str, int]:
    """For the team page: seconds each name is still delayed on any client (0s left out)."""
    now = timezone.now()
    by_digest = {name_digest(name): name for name in usernames}
    found: dict[str, int] = {}
    for row in SignInDelay.objects.filter(name_digest__in=by_digest, not_before__gt=now):
        name = by_digest[row.name_digest]
        found[name] = max(found.get(name, 0), _remaining(row, now))
    return found


def new_device_cookie(username: str) -> str:
    """A signed cookie value that marks this browser as one the member signed in from."""
    token = crypto.random_bytes(16).hex()
    return signing.dumps({"n": name_digest(username), "t": token}, salt=_DEVICE_SALT)


def device_from_cookie(value: str | None, username: str) -> str:
    """The device id for this name if the cookie is genuine and was made for it, else ''."""
    if not value:
        return ""
    try:
        data = signing.loads(value, salt=_DEVICE_SALT, max_age=DEVICE_COOKIE_AGE)
    except signing.BadSignature:
        return ""
    if not isinstance(data, dict) or data.get("n") != name_digest(username):
        return ""
    token = str(data.get("t", ""))
    return crypto.keyed_hash(token.encode(), person=b"amanat:device").hex() if token else ""
