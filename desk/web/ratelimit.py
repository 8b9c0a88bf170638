"""Sign-in attempts limited per client address and per username (ASVS 2.2.1, OWASP ATO).

A sliding window of failures in memory: the desk runs as one process (served by the daemon or
`cpc-triage web`). After `limit` failures within `window` seconds further attempts from that
address, or for that username, are refused with 429 until the oldest failure ages out; a
success clears the username's count. Keys are hashed so no username sits in memory in clear.
"""

from __future__ import annotations

import hashlib
import threading
from collections import defaultdict, deque
from datetime import datetime, timedelta


class RateLimiter:
    def __init__(self, *, limit: int = 5, window_seconds: int = 900) -> None:
        self._limit = limit
        self._window = timedelta(seconds=window_seconds)
        self._failures: defaultdict[str, deque[datetime]] = defaultdict(deque)
        self._lock = threading.Lock()

    def blocked(self, *keys: str, now: datetime) -> bool:
        with self._lock:
            return any(len(self._recent(_key(k), now)) >= self._limit for k in keys)

    def failed(self, *keys: str, now: datetime) -> None:
        with self._lock:
            for k in keys:
                self._recent(_key(k), now).append(now)

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(_key(key), None)

    def _recent(self, key: str, now: datetime) -> deque[datetime]:
        times = self._failures[key]
        while times and now - times[0] > self._window:
            times.popleft()
        return times


def _key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]
