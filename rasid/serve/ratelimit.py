"""A per-client limit on ``POST /api/extract``: extraction is CPU-heavy and needs no token, so one client
could otherwise keep every worker busy and starve the rest.

Each client (its address as the server sees it) has a token bucket of ``per_minute`` calls that refills
at ``per_minute`` a minute: a burst of that many goes through, then one call every ``60 / per_minute`` s.
The buckets live in the process; with ``rasid serve --workers N`` each worker keeps its own.
"""

from __future__ import annotations

import threading
import time
from typing import Callable


class RateLimiter:
    """Token buckets by client key.

    Args:
        per_minute: calls a client may make in a minute (and in one burst); must be positive.
        clock: seconds, monotonic (a test passes its own).
        max_clients: buckets kept; past it the full ones (idle clients) are dropped first.
    """

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic,
                 max_clients: int = 10_000) -> None:
        if per_minute <= 0:
            raise ValueError(f"per_minute must be positive, not {per_minute}")
        self.per_minute = per_minute
        self._rate = per_minute / 60.0  # tokens a second
        self._clock = clock
        self._max_clients = max_clients
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, when counted)
        self._lock = threading.Lock()

    def acquire(self, key: str) -> float:
        """Take one call for ``key``: 0.0 when allowed, else the seconds until the next one is."""
        now = self._clock()
        with self._lock:
            tokens, then = self._buckets.get(key, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - then) * self._rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                if len(self._buckets) > self._max_clients:
                    self._prune(now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self._rate

    def _prune(self, now: float) -> None:
        # a bucket that has refilled is the same as no bucket: forget it
        full = [k for k, (t, then) in self._buckets.items() if t + (now - then) * self._rate >= self.per_minute]
        for k in full:
            del self._buckets[k]
        if len(self._buckets) > self._max_clients:  # all busy: drop the oldest, which errs towards allowing
            for k in sorted(self._buckets, key=lambda k: self._buckets[k][1])[: len(self._buckets) // 2]:
                del self._buckets[k]
