"""Rate limits kept in process memory: no IP address or client key is ever recorded.

Over Tor every client comes from 127.0.0.1, so per-IP limits would be both useless and a record
of who connected. Each worker process holds its own buckets; limits are per worker.
"""

from __future__ import annotations

import threading
import time


class TokenBucket:
    """Classic token bucket: ``capacity`` tokens, refilled at ``per_minute`` a minute."""

    def __init__(self, per_minute: int, capacity: int | None = None) -> None:
        self.capacity = float(capacity if capacity is not None else per_minute)
        self.rate = per_minute / 60.0
        self.tokens = self.capacity
        self.updated = time.monotonic()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def take(self) -> bool:
        """Spend one token if there is one."""
        with self._lock:
            self._refill()
            if self.tokens >= 1:
                self.tokens -= 1
                return True
            return False

    def empty(self) -> bool:
        """True while no token is left (without spending one)."""
        with self._lock:
            self._refill()
            return self.tokens < 1

    def full(self) -> bool:
        """True once the bucket has refilled to its capacity."""
        with self._lock:
            self._refill()
            return self.tokens >= self.capacity

    def reset(self) -> None:
        with self._lock:
            self.tokens = self.capacity
            self.updated = time.monotonic()
