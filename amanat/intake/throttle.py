"""The hotline's global limits (per worker process): submissions and wrong receipts.

Over Tor every client comes from 127.0.0.1, so per-IP limits would be both useless and a record
of who connected; these buckets are global and hold no client identifier at all.
"""

from __future__ import annotations

from django.conf import settings

from amanat.core.throttle import TokenBucket

submissions = TokenBucket(settings.INTAKE_PER_MINUTE)
receipt_failures = TokenBucket(settings.RECEIPT_FAILURES_PER_MINUTE)
SESSION_FAILURE_LIMIT = 5
SESSION_LOCK_SECONDS = 60
