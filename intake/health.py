"""Each mailbox's health and each daemon's heartbeat: the intake stage's answers about itself.

The daemon records every poll of a mailbox (`record_poll`: when, led by which instance, the
count processed, the last error's kind) and beats once a health interval (`beat`); `status`,
the metrics and the digest's health section read them back here (`polls`, `beats`,
`failing_since`) instead of querying `intake.tables` themselves (issue 14 item 3: each stage
owns its tables). Error kinds and counts only: no message content is ever stored here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Table, insert, select, update

from intake.tables import heartbeats, mailbox_polls


@dataclass(frozen=True, slots=True)
class MailboxPoll:
    mailbox: str
    last_poll_at: datetime | None
    last_ok_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    processed: int
    leader: str | None


@dataclass(frozen=True, slots=True)
class Beat:
    instance: str
    at: datetime
    started_at: datetime


def record_poll(
    conn: Connection,
    mailbox: str,
    *,
    at: datetime,
    processed: int,
    error: str | None,
    leader: str | None,
) -> None:
    """A poll of `mailbox` at `at`: good when `error` is None; `leader`: the instance that
    holds the mailbox's lease, None when another daemon leads it."""
    values: dict[str, object] = {"last_poll_at": at, "leader": leader}
    if error is None:
        values["last_ok_at"] = at
    else:
        values.update(last_error=error, last_error_at=at)
    _upsert(
        conn,
        mailbox_polls,
        key={"mailbox": mailbox},
        values=values,
        extra={"processed": 0},
        increment=("processed", processed),
    )


def beat(conn: Connection, instance: str, *, at: datetime, started_at: datetime) -> None:
    """The daemon `instance` is alive at `at` (its heartbeat row)."""
    _upsert(
        conn,
        heartbeats,
        key={"instance": instance},
        values={"at": at},
        extra={"started_at": started_at},
    )


def polls(conn: Connection) -> list[MailboxPoll]:
    """Every mailbox's last poll, by mailbox name."""
    rows = conn.execute(select(mailbox_polls).order_by(mailbox_polls.c.mailbox)).all()
    return [
        MailboxPoll(
            r.mailbox,
            r.last_poll_at,
            r.last_ok_at,
            r.last_error,
            r.last_error_at,
            r.processed,
            r.leader,
        )
        for r in rows
    ]


def beats(conn: Connection) -> list[Beat]:
    """Every daemon's last heartbeat."""
    rows = conn.execute(select(heartbeats.c.instance, heartbeats.c.at, heartbeats.c.started_at))
    return [Beat(r.instance, r.at, r.started_at) for r in rows]


def failing_since(conn: Connection, since: datetime) -> list[tuple[str, str]]:
    """(mailbox, error kind) for each mailbox whose last poll since `since` failed."""
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


def _upsert(
    conn: Connection,
    table: Table,
    *,
    key: dict[str, object],
    values: dict[str, object],
    extra: dict[str, object],
    increment: tuple[str, int] | None = None,
) -> None:
    """UPDATE, else INSERT (portable; the rows are per instance or per mailbox)."""
    where = [table.c[k] == v for k, v in key.items()]
    changes = dict(values)
    if increment is not None:
        column, by = increment
        changes[column] = table.c[column] + by
    if conn.execute(update(table).where(*where).values(**changes)).rowcount == 0:
        initial = {**extra, **values}
        if increment is not None:
            initial[increment[0]] = increment[1]
        conn.execute(insert(table).values(**key, **initial))
