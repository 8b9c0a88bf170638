"""At-least-once delivery: the one error pair and the one lease-and-retry helper.

Every way data leaves the system after it is committed — an export to a sink (`tasks.sinks`,
fed by `tasks.sinks.outbox`) and the daily digest (`desk.digest_outbox`), both over the one
mail-out port where they send mail (`tasks.mailout`) — is a row in a table that is claimed,
tried, and then marked sent or tried again later (RELIABILITY.md R8; Mailman's one `Runner` for
every queue). They share this module, so a lease, a back-off and a give-up rule mean the same
everywhere; what differs between queues is only their `RetryPolicy`'s figures.

Errors (STYLE.md habit 5):
    DeliveryError          not delivered this time: retry later; `retry_after` hints when
     └── DeliveryRefused   the receiver or the configuration refused (no STARTTLS, a bad
                           certificate, a 4xx/5xx answer): it will not go through until someone
                           acts. A queue may still retry it (the export outbox does, until a
                           person fixes the receiver); the digest gives up after its attempts.

The claim (healthchecks' conditional UPDATE): a due row's `attempts` goes up by one and its
`next_attempt_at` moves forward by the lease in one statement that matches only while the row
is still due, so of two daemons exactly one gets it; a crash mid-delivery leaves the lease to
run out, and the row is tried again — at least once, never lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, update

from tasks.errors import TasksError

#: How long a claimed row is ours: longer than any one delivery takes (timeouts are 30 s).
LEASE = timedelta(minutes=5)
_MAX_DOUBLINGS = 20  # beyond it the wait is capped anyway; keeps 2**n small


class DeliveryError(TasksError, RuntimeError):
    """Not delivered this time; try again later (`retry_after`: seconds the receiver asked)."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class DeliveryRefused(DeliveryError):
    """Refused by the receiver or by our own rules: retrying will not help until someone acts."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """One queue's lease, back-off and give-up rule.

    The wait after the n-th failed attempt is `first_wait * 2**(n-1)`, capped at `max_wait`, and
    never shorter than the receiver's Retry-After. `max_attempts` None: retry until it goes.
    """

    max_wait: timedelta
    lease: timedelta = LEASE
    first_wait: timedelta = timedelta(minutes=1)
    max_attempts: int | None = None

    def wait(self, attempts: int, *, retry_after: float | None = None) -> timedelta:
        doublings = min(max(attempts - 1, 0), _MAX_DOUBLINGS)
        wait = min(self.max_wait, self.first_wait * (1 << doublings))
        if retry_after:
            wait = max(wait, timedelta(seconds=retry_after))
        return wait

    def gives_up(self, attempts: int) -> bool:
        return self.max_attempts is not None and attempts >= self.max_attempts


def claim(
    conn: Connection,
    table: Table,
    *where: ColumnElement[bool],
    now: datetime,
    lease: timedelta = LEASE,
) -> bool:
    """Lease the row `where` selects if it is due: True when this caller got it.

    `table` has `attempts` and `next_attempt_at` columns; the UPDATE counts the attempt."""
    claimed = conn.execute(
        update(table)
        .where(*where, table.c.next_attempt_at <= now)
        .values(attempts=table.c.attempts + 1, next_attempt_at=now + lease)
    )
    return bool(claimed.rowcount == 1)


def retry_later(
    conn: Connection, table: Table, row_id: Any, *, at: datetime, error: str, **values: object
) -> None:
    """Give the lease back: the row is due again `at`; `error` names the failure (a class and
    a status code, never content)."""
    conn.execute(
        update(table)
        .where(table.c.id == row_id)
        .values(next_attempt_at=at, last_error=error[:200], **values)
    )
