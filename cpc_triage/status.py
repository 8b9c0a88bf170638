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
    oldest_pending: datetime | None = None  # the oldest message received but not yet done

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
        oldest_pending = conn.execute(
            select(func.min(ledger.c.received_at)).where(ledger.c.state.not_in(("done", "failed")))
        ).scalar()
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
        oldest_pending=oldest_pending,
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


OK, WARNING, CRITICAL = 0, 1, 2  # Nagios plugin exit codes (monitoring-plugins guidelines)


def health(status: Status, *, now: datetime, stale: timedelta) -> tuple[int, str]:
    """(exit code, one line) for a Nagios-style check: CRITICAL when no daemon runs, a mailbox
    has not been read for `stale` or a message failed; WARNING when a message has waited for
    `stale` or the latest digest failed."""
    critical, warning = [], []
    if not any(d.alive for d in status.daemons):
        critical.append("no daemon running")
    for poll in status.mailboxes:
        if poll.last_ok_at is None or now - poll.last_ok_at > stale:
            critical.append(f"mailbox {poll.mailbox} not read since {_ago(poll.last_ok_at, now)}")
    if failed := status.ledger.get("failed", 0):
        critical.append(f"{failed} message(s) failed")
    if status.oldest_pending is not None and now - status.oldest_pending > stale:
        warning.append(f"a message has waited {_ago(status.oldest_pending, now)}")
    if status.digests and status.digests[0].outcome == "failed":
        warning.append(f"digest for {status.digests[0].district} failed")
    done = status.ledger.get("done", 0)
    if critical:
        return CRITICAL, f"CPC-TRIAGE CRITICAL - {'; '.join(critical + warning)}"
    if warning:
        return WARNING, f"CPC-TRIAGE WARNING - {'; '.join(warning)}"
    return (
        OK,
        f"CPC-TRIAGE OK - daemon running, {len(status.mailboxes)} mailbox(es) read, {done} done",
    )


def _ago(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "never"
    minutes = int((now - moment).total_seconds() // 60)
    return f"{minutes} min" if minutes < 120 else f"{minutes // 60} h"


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
