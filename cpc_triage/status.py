"""What `cpc-triage status` shows: the queue, each mailbox's last poll, recent errors, digests.

Counts, states, ids and error kinds only: no personal data, so reading the status is not a
consultation of case data (no s.62 row; RELIABILITY.md S5 covers reads of case data).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from desk.digest_runs import DigestRun, recent_runs
from intake import health as intake_health
from intake import ledger
from intake.health import MailboxPoll
from tasks.lookup import QueueCount, queue_by_district


@dataclass(frozen=True, slots=True)
class RecentError:
    ref: str
    state: str
    error: str
    at: datetime | None


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
        queue = queue_by_district(conn)
        polls = intake_health.polls(conn)
        states = ledger.counts_by_state(conn)
        recent = ledger.recent_errors(conn, limit=errors, since=errors_since)
        beats = intake_health.beats(conn)
        oldest_pending = ledger.oldest_waiting(conn)
        per_source = ledger.counts_by_source(conn)
        runs = recent_runs(conn, limit=digests)
    return Status(
        queue=queue,
        mailboxes=polls,
        ledger=states,
        errors=[RecentError(f"{r.source}#{r.id}", r.state, r.error, r.at) for r in recent],
        heartbeats=[(b.instance, b.at) for b in beats],
        daemons=[
            DaemonBeat(b.instance, b.at, b.started_at, now - b.at <= alive_within)
            for b in sorted(beats, key=lambda b: b.at, reverse=True)
        ],
        by_source=per_source,
        oldest_pending=oldest_pending,
        digests=runs,
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


def mailbox_failures(engine: Engine, *, since: datetime) -> list[tuple[str, str]]:
    """(mailbox, error) for each mailbox whose last poll since `since` failed (`run --once`)."""
    with engine.connect() as conn:
        return intake_health.failing_since(conn, since)
