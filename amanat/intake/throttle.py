"""The hotline's global limits (per worker process): submissions and wrong receipts.

Over Tor every client comes from 127.0.0.1, so per-IP limits would be both useless and a record
of who connected; these buckets hold no client identifier at all.

Wrong receipts are budgeted per receipt prefix (its first ``PREFIX_DIGITS`` digits), not in one
shared bucket: with one bucket, anyone sending wrong codes at its rate locked every returning
reporter out (issue #11.5). Now a flood must empty all 1,000 prefix buckets at once, 1,000 times
the old rate and far above the front's request limit (docs/deploy.md), to lock everyone out; a
flood of one prefix delays only the reporters whose code starts with it, whom it cannot pick
(codes are uniformly random). Guessing stays hopeless: 93-bit codes against at most
``1000 × RECEIPT_FAILURES_PER_MINUTE`` tries a minute. A bucket records a 3-digit prefix of codes
that were *wrong*, in memory only; a full bucket is forgotten.
"""

from __future__ import annotations

import threading

from django.conf import settings
from django.http import HttpRequest

from amanat.core.throttle import TokenBucket

# A small burst allowance (a tenth of a minute's budget): a flood meets the "try again" page
# within seconds instead of after a full minute's worth of submissions (bench/flood.py).
submissions = TokenBucket(
    settings.INTAKE_PER_MINUTE, capacity=max(10, settings.INTAKE_PER_MINUTE // 10)
)
# At most this many submissions are processed at once per worker process (stripping and
# encryption are the CPU-heavy part); the others get "try again in a few minutes" at once instead
# of queueing until they time out, and the remaining threads stay free for staff pages.
intake_slots = threading.BoundedSemaphore(settings.INTAKE_CONCURRENCY)
SLOT_WAIT_SECONDS = 2.0
PREFIX_DIGITS = 3
BUDGET_ATTRIBUTE = "_amanat_intake_budget"


def budget_granted(request: HttpRequest) -> bool:
    """Whether this post may be processed: decided once per request, before its body was read
    (middleware.py), or here when the middleware did not see the request."""
    granted = getattr(request, BUDGET_ATTRIBUTE, None)
    if granted is None:
        granted = submissions.take()
        setattr(request, BUDGET_ATTRIBUTE, granted)
    return bool(granted)


class PrefixBudgets:
    """One token bucket of wrong receipts per receipt prefix, created on the first failure."""

    def __init__(self, per_minute: int, digits: int = PREFIX_DIGITS) -> None:
        self.per_minute = per_minute
        self.digits = digits
        self._buckets: dict[str, TokenBucket] = {}
        self._lock = threading.Lock()

    def _bucket(self, receipt_digits: str) -> TokenBucket | None:
        return self._buckets.get(receipt_digits[: self.digits])

    def exhausted(self, receipt_digits: str) -> bool:
        """True while this receipt's prefix has no failure left (without spending one)."""
        bucket = self._bucket(receipt_digits)
        return bucket is not None and bucket.empty()

    def spend(self, receipt_digits: str) -> None:
        prefix = receipt_digits[: self.digits]
        with self._lock:
            bucket = self._buckets.setdefault(prefix, TokenBucket(self.per_minute))
            bucket.take()  # before forgetting full buckets, or a new one would be dropped
            self._forget_full()

    def _forget_full(self) -> None:
        """Drop buckets that refilled completely: they hold nothing worth keeping."""
        if len(self._buckets) < 10**self.digits // 2:
            return
        for prefix in [p for p, b in self._buckets.items() if b.full()]:
            del self._buckets[prefix]

    def reset(self) -> None:
        with self._lock:
            self._buckets.clear()


receipt_failures = PrefixBudgets(settings.RECEIPT_FAILURES_PER_MINUTE)
