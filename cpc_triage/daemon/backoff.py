"""After a failed poll a mailbox waits before the next: 2, 4, 8 … seconds, up to 5 minutes.

Per mailbox, so one server that is down does not slow the others; reset by the next good
poll. `run --once` waits out a transient fault with its own shorter ceiling (`once_delay`).
"""

from __future__ import annotations

import time

BACKOFF_S = 2.0  # after a failed poll: 2, 4, 8 … seconds, up to MAX_BACKOFF_S
MAX_BACKOFF_S = 300.0
MAX_ONCE_BACKOFF_S = 15.0


def delay(failures: int, *, ceiling: float = MAX_BACKOFF_S) -> float:
    """The wait after the `failures`-th failure in a row."""
    return float(min(ceiling, BACKOFF_S * 2 ** (failures - 1)))


def once_delay(failures: int) -> float:
    """`run --once`'s wait after a transient fault (it has a person waiting)."""
    return delay(failures, ceiling=MAX_ONCE_BACKOFF_S)


class Backoff:
    """Failures in a row and the time of the next try, by mailbox."""

    def __init__(self) -> None:
        self._failures: dict[str, int] = {}
        self._retry_at: dict[str, float] = {}

    def failed(self, mailbox: str) -> float:
        """Count a failure; the seconds to wait before the next poll."""
        failures = self._failures.get(mailbox, 0) + 1
        self._failures[mailbox] = failures
        wait = delay(failures)
        self._retry_at[mailbox] = time.monotonic() + wait
        return wait

    def recovered(self, mailbox: str) -> None:
        self._failures.pop(mailbox, None)

    def failing(self, mailbox: str) -> bool:
        """The last poll of `mailbox` failed."""
        return mailbox in self._failures

    def remaining(self, mailbox: str) -> float:
        """Seconds before `mailbox` may be polled again (0: now)."""
        return max(0.0, self._retry_at.get(mailbox, 0.0) - time.monotonic())

    def clear(self) -> None:
        """Let every mailbox be polled now (the wait is over)."""
        self._retry_at.clear()
