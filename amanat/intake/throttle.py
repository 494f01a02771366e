"""The hotline's global limits (per worker process): submissions and wrong receipts.

Over Tor every client comes from 127.0.0.1, so per-IP limits would be both useless and a record
of who connected; these buckets are global and hold no client identifier at all.
"""

from __future__ import annotations

import threading

from django.conf import settings

from amanat.core.throttle import TokenBucket

# A small burst allowance (a tenth of a minute's budget): a flood meets the "try again" page
# within seconds instead of after a full minute's worth of submissions (bench/flood.py).
submissions = TokenBucket(
    settings.INTAKE_PER_MINUTE, capacity=max(10, settings.INTAKE_PER_MINUTE // 10)
)
receipt_failures = TokenBucket(settings.RECEIPT_FAILURES_PER_MINUTE)
# At most this many submissions are processed at once per worker process (stripping and
# encryption are the CPU-heavy part); the others get "try again in a few minutes" at once instead
# of queueing until they time out, and the remaining threads stay free for staff pages.
intake_slots = threading.BoundedSemaphore(settings.INTAKE_CONCURRENCY)
SLOT_WAIT_SECONDS = 2.0
SESSION_FAILURE_LIMIT = 5
SESSION_LOCK_SECONDS = 60
