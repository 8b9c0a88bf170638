"""Sign-in back-off per account and client (ASVS 2.2.1, OWASP Blocking Brute Force Attacks).

Issue 12 item 15: a limit per username locked a named colleague out for 15 minutes after five
wrong passwords typed by anyone, and a limit per address locked out the whole unit behind one
reverse proxy. So the count that slows guessing is kept per (username, client address) pair:

- the first `free` failures of a pair cost nothing; each one after makes the pair wait
  `2 ** (n - free)` seconds, up to `cap` seconds — a guesser gets a handful of tries a minute,
  the rightful user on another machine is not slowed at all, and on the same machine waits
  seconds, not a quarter of an hour;
- a client that fails for many usernames (password spraying) is slowed as a whole past
  `per_client` failures, far above what one office's typing produces;
- a pair's count is forgotten after `window` without failures, and on a successful sign-in.

The client address is the peer's, unless the peer is a configured trusted proxy
(`DeskConfig.trusted_proxies`): then it is the nearest untrusted address in its
`X-Forwarded-For`. A header from anyone else is ignored, so it cannot be used to rotate
addresses. Keys are hashed so no username sits in memory in clear. One process (the desk is
served by one uvicorn process), so memory is the right place.
"""

from __future__ import annotations

import hashlib
import ipaddress
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(slots=True)
class _Count:
    failures: int
    last: datetime


class RateLimiter:
    def __init__(
        self,
        *,
        free: int = 5,
        cap_seconds: int = 60,
        per_client: int = 100,
        window_seconds: int = 900,
    ) -> None:
        self._free = free
        self._cap = cap_seconds
        self._per_client = per_client
        self._window = timedelta(seconds=window_seconds)
        self._counts: dict[str, _Count] = {}
        self._lock = threading.Lock()

    def wait_seconds(self, *, username: str, client: str, now: datetime) -> float:
        """How long this client must wait before trying this username again (0: go ahead)."""
        with self._lock:
            waits = [
                self._wait(_key(f"pair:{client}:{username}"), self._free, now),
                self._wait(_key(f"client:{client}"), self._per_client, now),
            ]
        return max(waits)

    def failed(self, *, username: str, client: str, now: datetime) -> None:
        with self._lock:
            for key in (_key(f"pair:{client}:{username}"), _key(f"client:{client}")):
                count = self._current(key, now)
                self._counts[key] = _Count(count.failures + 1 if count else 1, now)

    def succeeded(self, *, username: str, client: str) -> None:
        with self._lock:
            self._counts.pop(_key(f"pair:{client}:{username}"), None)

    def _wait(self, key: str, free: int, now: datetime) -> float:
        count = self._current(key, now)
        if count is None or count.failures < free:
            return 0.0
        delay = float(min(self._cap, 2 ** (count.failures - free)))
        return max(0.0, delay - (now - count.last).total_seconds())

    def _current(self, key: str, now: datetime) -> _Count | None:
        count = self._counts.get(key)
        if count is not None and now - count.last > self._window:
            del self._counts[key]
            return None
        return count


def client_address(peer: str | None, forwarded_for: str | None, *, trusted: Sequence[str]) -> str:
    """The client's address: the peer's, or behind a trusted proxy the header's nearest
    untrusted hop (RFC 7239 §7.4: only the entries added by proxies you trust mean anything)."""
    if peer is None:
        return "unknown"
    if not trusted or not _in(peer, trusted) or not forwarded_for:
        return peer
    for hop in reversed([h.strip() for h in forwarded_for.split(",") if h.strip()]):
        if not _in(hop, trusted):
            return hop if _is_address(hop) else peer
    return peer


def _in(address: str, networks: Sequence[str]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in ipaddress.ip_network(n, strict=False) for n in networks)


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]
