"""The health job: the heartbeat row, and systemd's WATCHDOG=1 unless a poll is stuck.

The watchdog is fed only while no poll has been stuck on one message for longer than
`stall_s`, so a wedged worker gets the daemon restarted by systemd (RELIABILITY.md R7). The
stall limit is longer than a message's own budget and its grace (`cpc_triage.budget`), which
end a stuck message without systemd's help.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from cpc_triage.notify import notify
from cpc_triage.settings import ParsingSettings
from intake import health
from intake.ports import EventLog


def stall_seconds(parsing: ParsingSettings) -> float:
    """How long one message may hold a poll before the daemon counts as wedged."""
    return max(120.0, 4 * parsing.attachment_timeout_seconds, parsing.message_timeout_seconds + 60)


class Watchdog:
    def __init__(self, engine: Engine, *, instance: str, stall_s: float, log: EventLog) -> None:
        self.instance = instance
        self.started_at = datetime.now(UTC)
        self._engine = engine
        self._stall_s = stall_s
        self._log = log
        self._busy_since: dict[str, float] = {}

    @contextmanager
    def busy(self, mailbox: str) -> Iterator[None]:
        """`mailbox`'s poll is working on one message."""
        self._busy_since[mailbox] = time.monotonic()
        try:
            yield
        finally:
            self._busy_since.pop(mailbox, None)

    def beat(self) -> None:
        """Record the heartbeat; feed systemd's watchdog unless a poll is stalled."""
        stalled = [
            name
            for name, since in self._busy_since.items()
            if time.monotonic() - since > self._stall_s
        ]
        try:
            with self._engine.begin() as conn:
                health.beat(conn, self.instance, at=datetime.now(UTC), started_at=self.started_at)
        except SQLAlchemyError as exc:
            self._log.error("heartbeat_failed", error=type(exc).__name__)
            return
        if stalled:
            self._log.error("poll_stalled", mailboxes=stalled)
            return  # no WATCHDOG=1: systemd restarts us after WatchdogSec
        notify("WATCHDOG=1")
