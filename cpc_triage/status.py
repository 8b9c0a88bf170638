"""What `cpc-triage status` shows: the queue, each mailbox's last poll, recent errors, digests.

Counts, states, ids and error kinds only: no personal data, so reading the status is not a
consultation of case data (no s.62 row; RELIABILITY.md S5 covers reads of case data).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Row, func, select

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
class DaemonBeat:
    instance: str
    at: datetime
    started_at: datetime
    alive: bool  # a heartbeat within the window: a daemon runs now


@dataclass(frozen=True, slots=True)
class Status:
    queue: list[QueueCount]
    mailboxes: list[MailboxPoll]
    ledger: dict[str, int]
    errors: list[RecentError]
    heartbeats: list[tuple[str, datetime]]
    digests: list[DigestRun]
    daemons: list[DaemonBeat] = field(default_factory=list)
    by_source: dict[str, dict[str, int]] = field(default_factory=dict)  # the ledger's, per mailbox

    def alive(self, instance: str | None) -> bool:
        return any(d.alive and d.instance == instance for d in self.daemons)


def read_status(
    engine: Engine,
    *,
    errors: int = 10,
    digests: int = 10,
    errors_since: datetime | None = None,
    now: datetime | None = None,
    alive_within: timedelta = timedelta(seconds=60),
) -> Status:
    """What `status` shows. Processed counts come from the ledger (committed per message, so
    they survive a killed run); a daemon is running when its heartbeat is fresh; with
    `errors_since`, every error since then instead of the latest `errors`."""
    now = now or datetime.now(UTC)
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
        recent_query = (
            select(ledger.c.id, ledger.c.source, ledger.c.state, ledger.c.error, ledger.c.error_at)
            .where(ledger.c.error.is_not(None))
            .order_by(ledger.c.error_at.desc())
        )
        if errors_since is not None:
            recent_query = recent_query.where(ledger.c.error_at >= errors_since)
        else:
            recent_query = recent_query.limit(errors)
        recent = conn.execute(recent_query).all()
        beats = conn.execute(
            select(heartbeats.c.instance, heartbeats.c.at, heartbeats.c.started_at)
        ).all()
        per_source = conn.execute(
            select(ledger.c.source, ledger.c.state, func.count()).group_by(
                ledger.c.source, ledger.c.state
            )
        ).all()
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
        daemons=[
            DaemonBeat(b.instance, b.at, b.started_at, now - b.at <= alive_within)
            for b in sorted(beats, key=lambda b: b.at, reverse=True)
        ],
        by_source=_by_source(per_source),
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


def _by_source(rows: Sequence[Row[Any]]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for source, state, count in (tuple(row) for row in rows):
        counts.setdefault(str(source), {})[str(state)] = int(count)
    return counts


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
