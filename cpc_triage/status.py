"""What `cpc-triage status` shows: the queue, each mailbox's last poll, recent errors, digests.

Counts, states, ids and error kinds only: no personal data, so reading the status is not a
consultation of case data (no s.62 row; RELIABILITY.md S5 covers reads of case data).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, func, select

from desk.digest_tables import digest_runs
from intake.tables import heartbeats, ledger, mailbox_polls
from tasks.tables import occurrences, tasks


@dataclass(frozen=True, slots=True)
class QueueCount:
    district: str
    status: str
    suggested: str
    count: int


@dataclass(frozen=True, slots=True)
class MailboxPoll:
    mailbox: str
    last_poll_at: datetime | None
    last_ok_at: datetime | None
    last_error: str | None
    processed: int
    leader: str | None


@dataclass(frozen=True, slots=True)
class RecentError:
    ref: str
    state: str
    error: str
    at: datetime | None


@dataclass(frozen=True, slots=True)
class DigestRun:
    district: str
    day: date
    outcome: str  # sent | failed | pending
    attempts: int
    items: int | None
    last_error: str | None


@dataclass(frozen=True, slots=True)
class Status:
    queue: list[QueueCount]
    mailboxes: list[MailboxPoll]
    ledger: dict[str, int]
    errors: list[RecentError]
    heartbeats: list[tuple[str, datetime]]
    digests: list[DigestRun]


def read_status(engine: Engine, *, errors: int = 10, digests: int = 10) -> Status:
    with engine.connect() as conn:
        queue = conn.execute(
            select(
                occurrences.c.district, tasks.c.status, tasks.c.suggested, func.count(tasks.c.id)
            )
            .join(occurrences, occurrences.c.id == tasks.c.occurrence_id)
            .group_by(occurrences.c.district, tasks.c.status, tasks.c.suggested)
            .order_by(occurrences.c.district, tasks.c.status, tasks.c.suggested)
        ).all()
        polls = conn.execute(select(mailbox_polls).order_by(mailbox_polls.c.mailbox)).all()
        states = conn.execute(select(ledger.c.state, func.count()).group_by(ledger.c.state)).all()
        recent = conn.execute(
            select(ledger.c.id, ledger.c.source, ledger.c.state, ledger.c.error, ledger.c.error_at)
            .where(ledger.c.error.is_not(None))
            .order_by(ledger.c.error_at.desc())
            .limit(errors)
        ).all()
        beats = conn.execute(select(heartbeats.c.instance, heartbeats.c.at)).all()
        runs = conn.execute(
            select(digest_runs)
            .order_by(digest_runs.c.day.desc(), digest_runs.c.district)
            .limit(digests)
        ).all()
    return Status(
        queue=[QueueCount(d or "unknown", s, g, int(n)) for d, s, g, n in queue],
        mailboxes=[
            MailboxPoll(
                p.mailbox, p.last_poll_at, p.last_ok_at, p.last_error, p.processed, p.leader
            )
            for p in polls
        ],
        ledger={str(s): int(n) for s, n in states},
        errors=[RecentError(f"{r.source}#{r.id}", r.state, r.error, r.error_at) for r in recent],
        heartbeats=[(b.instance, b.at) for b in beats],
        digests=[
            DigestRun(
                r.district,
                r.day,
                "sent" if r.sent_at else "failed" if r.failed_at else "pending",
                r.attempts,
                r.items,
                r.last_error,
            )
            for r in runs
        ],
    )


def mailbox_failures(engine: Engine, *, since: datetime) -> list[tuple[str, str]]:
    """(mailbox, error) for each mailbox whose last poll since `since` failed (`run --once`)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(mailbox_polls.c.mailbox, mailbox_polls.c.last_error)
            .where(mailbox_polls.c.last_error_at >= since)
            .where(
                (mailbox_polls.c.last_ok_at.is_(None))
                | (mailbox_polls.c.last_ok_at < mailbox_polls.c.last_error_at)
            )
            .order_by(mailbox_polls.c.mailbox)
        ).all()
    return [(row.mailbox, row.last_error or "unknown") for row in rows]
