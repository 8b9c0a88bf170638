"""Deliver the transactional outbox: rows written with the filing, sent after it commits.

`TaskStore.apply()` writes one `outbox` row per configured sink in the filing transaction, so a
filed occurrence is always exported and nothing is exported that was not filed. This loop:

1. claims one due row with a conditional UPDATE (another daemon that got there first changes
   `next_attempt_at`, so our UPDATE matches nothing — healthchecks' pattern), leasing it;
2. reads the occurrence through `TaskStore.export_occurrence()` (the s.62 disclosure row,
   naming the sink's recipient) and delivers it;
3. marks it sent; on failure, schedules the next attempt with back-off.

A crash between 2 and 3 delivers again when the lease ends: at-least-once, which is why every
sink carries the delivery id (RELIABILITY.md R8). Errors are recorded by class name only. The
claim, the lease and the back-off are `tasks.delivery`'s, as for the digest; an export never
gives up (a refused one waits, at most an hour apart, for a person to fix the receiver).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, select, update

from tasks.delivery import DeliveryError, RetryPolicy, claim, retry_later
from tasks.records import SYSTEM_ACTOR
from tasks.sinks.base import Sink
from tasks.store import NotFound, TaskStore
from tasks.tables import outbox

RETRY = RetryPolicy(max_wait=timedelta(hours=1))


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    sent: int = 0
    failed: int = 0


def deliver_due(
    engine: Engine,
    store: TaskStore,
    sinks: Mapping[str, Sink],
    *,
    now: datetime,
    limit: int = 50,
) -> DeliveryReport:
    """Try every due delivery once (up to `limit`); return how many were sent and failed."""
    sent = failed = 0
    for _ in range(limit):
        claimed = _claim_one(engine, sinks=sinks, now=now)
        if claimed is None:
            break
        row_id, sink_name, occurrence_id, event, attempts = claimed
        sink = sinks[sink_name]
        try:
            with engine.begin() as conn:
                occurrence = store.export_occurrence(
                    occurrence_id,
                    actor=SYSTEM_ACTOR,
                    recipients=[sink.recipient],
                    purpose=f"export to {sink_name} ({event})",
                    connection=conn,
                )
            sink.deliver(occurrence, event=event, delivery_id=f"outbox-{row_id}")
        except NotFound:
            _finish(engine, row_id, now=now, error="erased before delivery")
            continue
        except DeliveryError as exc:
            _retry_later(engine, row_id, attempts=attempts, now=now, exc=exc)
            failed += 1
            continue
        _finish(engine, row_id, now=now, error=None)
        sent += 1
    return DeliveryReport(sent=sent, failed=failed)


def _claim_one(
    engine: Engine, *, sinks: Mapping[str, Sink], now: datetime
) -> tuple[int, str, str, str, int] | None:
    query = (
        select(outbox)
        .where(
            outbox.c.sent_at.is_(None),
            outbox.c.next_attempt_at <= now,
            outbox.c.sink.in_(list(sinks)),
        )
        .order_by(outbox.c.next_attempt_at, outbox.c.id)
        .limit(1)
    )
    with engine.begin() as conn:
        row = conn.execute(query).first()
        if row is None:
            return None
        mine = outbox.c.id == row.id, outbox.c.next_attempt_at == row.next_attempt_at
        if not claim(conn, outbox, *mine, now=now, lease=RETRY.lease):
            return None
    return row.id, row.sink, row.occurrence_id, row.event, row.attempts + 1


def _finish(engine: Engine, row_id: int, *, now: datetime, error: str | None) -> None:
    with engine.begin() as conn:
        conn.execute(
            update(outbox).where(outbox.c.id == row_id).values(sent_at=now, last_error=error)
        )


def _retry_later(
    engine: Engine, row_id: int, *, attempts: int, now: datetime, exc: DeliveryError
) -> None:
    wait = RETRY.wait(attempts, retry_after=exc.retry_after)
    with engine.begin() as conn:
        retry_later(conn, outbox, row_id, at=now + wait, error=type(exc).__name__)
