"""Send each district's digest once a working day, at least once, and report a failure.

RELIABILITY R8 (a transactional outbox, like `tasks.sinks.outbox`, with the same claim, lease
and back-off: `tasks.delivery`; it goes out through the one mail-out port, `tasks.mailout`):

1. `digest_runs` gets its row for (district, day) before anything is sent — UNIQUE, so a
   restart or a second daemon finds it instead of starting another digest. The row fixes the
   window ("new since the last digest") and the Message-ID, so a retry sends the same digest
   under the same id;
2. the row is claimed with a conditional UPDATE that leases it (`next_attempt_at` moves
   forward): whoever's UPDATE matched sends, the others skip;
3. the tasks are read through `TaskStore.list_queue` (consultation rows), the digest built and
   the s.62 disclosure row written, naming the recipients (RELIABILITY S5), then it is sent;
4. `sent_at` is set. A crash between the send and 4 sends it again after the lease: the
   digest arrives once or twice, never zero times, with the same Message-ID. A failure is
   retried with back-off on later calls and, after `max_attempts`, marked failed and reported
   (an error log line, the returned outcome, `digest_runs.failed_at` for `status`).

Recipients come from an allow-list (RELIABILITY S12); others are dropped and logged as a hash,
never as the address. Logs carry the district, day, counts and error classes only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal

import structlog
from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from desk.digest import MARKINGS, Digest, MailboxHealth
from desk.digest_load import DigestConfig, KeyBinder, build_digest, unbound
from desk.digest_recipients import allowed_recipients, message_id_for
from desk.digest_render import RenderedDigest, render_digest
from desk.digest_schedule import digest_day, digest_due
from desk.digest_tables import digest_runs
from intake.ports import EventLog
from tasks import audit
from tasks.audit import Operation
from tasks.delivery import DeliveryError, RetryPolicy, claim, retry_later
from tasks.mailout import MailOut, OutgoingMail
from tasks.records import SYSTEM_ACTOR
from tasks.store import TaskStore

MAX_BACKOFF = timedelta(minutes=30)
#: The digest's own header naming it (Graph accepts only X- headers in internetMessageHeaders).
DIGEST_ID_HEADER = "X-CPC-Digest-Id"
FIRST_WINDOW = timedelta(days=1)
Outcome = Literal["sent", "retrying", "failed", "skipped"]


@dataclass(frozen=True, slots=True)
class DigestOutcome:
    district: str
    day: date
    outcome: Outcome
    error: str | None = None


def run_digests(
    engine: Engine,
    store: TaskStore,
    mailout: MailOut,
    *,
    config: DigestConfig,
    now: datetime,
    health: Sequence[MailboxHealth] = (),
    log: EventLog | None = None,
    bind_keys: KeyBinder = unbound,
    actor: str = SYSTEM_ACTOR,
) -> tuple[DigestOutcome, ...]:
    """The daemon's digest job: send every due district's digest (idempotent; call often).

    `actor` is who the audit rows name: the daemon, or `cli:<user>` for `cpc-triage digest`.
    """
    if not digest_due(now, send_at=config.send_at):
        return ()
    logger: EventLog = log or structlog.get_logger("cpc_triage.digest")
    day = digest_day(now)
    return tuple(
        _run_one(
            engine,
            store,
            mailout,
            district=district,
            day=day,
            now=now,
            config=config,
            health=health,
            log=logger,
            bind_keys=bind_keys,
            actor=actor,
        )
        for district in sorted(config.recipients)
    )


def preview_digest(
    store: TaskStore,
    *,
    engine: Engine,
    district: str,
    config: DigestConfig,
    now: datetime,
    health: Sequence[MailboxHealth] = (),
    actor: str = SYSTEM_ACTOR,
    bind_keys: KeyBinder = unbound,
) -> RenderedDigest:
    """Today's digest for `district` as it would go out, without sending or recording it."""
    with engine.begin() as conn, bind_keys(conn):
        since = _last_window_end(conn, district=district) or now - FIRST_WINDOW
        digest = build_digest(
            store,
            conn,
            district=district,
            day=digest_day(now),
            since=since,
            until=now,
            config=config,
            health=health,
            purpose="previewing the daily digest",
            actor=actor,
        )
    return render_digest(digest, base_url=config.base_url)


def _run_one(
    engine: Engine,
    store: TaskStore,
    mailout: MailOut,
    *,
    district: str,
    day: date,
    now: datetime,
    config: DigestConfig,
    health: Sequence[MailboxHealth],
    log: EventLog,
    bind_keys: KeyBinder,
    actor: str,
) -> DigestOutcome:
    _ensure_row(engine, district=district, day=day, now=now, config=config)
    row = _claim(engine, district=district, day=day, now=now)
    if row is None:
        return DigestOutcome(district, day, "skipped")
    to = allowed_recipients(
        config.recipients[district], allow_list=config.allow_list, district=district, log=log
    )
    if not to:
        return _give_up(engine, row, now=now, error="no_allowed_recipients", log=log)
    with engine.begin() as conn, bind_keys(conn):
        digest = build_digest(
            store,
            conn,
            district=district,
            day=day,
            since=row.window_start,
            until=row.window_end,
            config=config,
            health=health,
            actor=actor,
        )
        if MARKINGS.index(digest.marking) > MARKINGS.index(config.max_marking):
            refused = "marking_too_high"
        else:
            refused = None
            _disclose(conn, digest, to=to, via=mailout.name, at=now, actor=actor)
    if refused:
        return _give_up(engine, row, now=now, error=refused, log=log)
    rendered = render_digest(digest, base_url=config.base_url)
    mail = OutgoingMail(
        sender=config.sender,
        to=to,
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        message_id=row.message_id,
        date=now,
        headers=((DIGEST_ID_HEADER, row.message_id.strip("<>")),),
    )
    try:
        mailout.send(mail)
    except DeliveryError as exc:
        return _failed_attempt(engine, row, now=now, exc=exc, config=config, log=log)
    _finish(engine, row.id, sent_at=now, items=len(digest.items), recipients=len(to))
    log.info(
        "digest_sent",
        district=district,
        day=day.isoformat(),
        items=len(digest.items),
        recipients=len(to),
        transport=mailout.name,
        attempt=row.attempts,
    )
    return DigestOutcome(district, day, "sent")


def _disclose(
    conn: Connection, digest: Digest, *, to: Sequence[str], via: str, at: datetime, actor: str
) -> None:
    ids = [i.occurrence_id for i in digest.items] + [i.task_id for i in digest.items]
    if ids:
        audit.append(
            conn,
            operation=Operation.DISCLOSURE,
            actor=actor,
            purpose=f"daily digest {digest.district} {digest.day.isoformat()} by {via}",
            record_ids=list(dict.fromkeys(ids)),
            recipients=[f"mailto:{a}" for a in to],
            at=at,
        )


def _ensure_row(
    engine: Engine, *, district: str, day: date, now: datetime, config: DigestConfig
) -> None:
    with engine.begin() as conn:
        exists = conn.execute(
            select(digest_runs.c.id).where(
                digest_runs.c.district == district, digest_runs.c.day == day
            )
        ).first()
        if exists:
            return
        since = _last_window_end(conn, district=district) or now - FIRST_WINDOW
        try:
            with conn.begin_nested():
                conn.execute(
                    insert(digest_runs).values(
                        district=district,
                        day=day,
                        message_id=message_id_for(district, day, domain=config.message_domain),
                        window_start=since,
                        window_end=now,
                        created_at=now,
                        attempts=0,
                        next_attempt_at=now,
                    )
                )
        except IntegrityError:
            pass  # another daemon created it first: UNIQUE(district, day)


def _last_window_end(conn: Connection, *, district: str) -> datetime | None:
    query = select(func.max(digest_runs.c.window_end)).where(
        digest_runs.c.district == district, digest_runs.c.sent_at.is_not(None)
    )
    found: datetime | None = conn.execute(query).scalar()  # max() keeps the column's type
    return found


def _retry_policy(config: DigestConfig) -> RetryPolicy:
    """1, 2, 4 … minutes apart (at most 30), then reported as failed for the day."""
    return RetryPolicy(max_wait=MAX_BACKOFF, max_attempts=config.max_attempts)


def _claim(engine: Engine, *, district: str, day: date, now: datetime) -> Any:
    where = (
        digest_runs.c.district == district,
        digest_runs.c.day == day,
        digest_runs.c.sent_at.is_(None),
        digest_runs.c.failed_at.is_(None),
    )
    with engine.begin() as conn:
        if not claim(conn, digest_runs, *where, now=now):
            return None
        return conn.execute(
            select(digest_runs).where(digest_runs.c.district == district, digest_runs.c.day == day)
        ).one()


def _failed_attempt(
    engine: Engine,
    row: Any,
    *,
    now: datetime,
    exc: DeliveryError,
    config: DigestConfig,
    log: EventLog,
) -> DigestOutcome:
    error = str(exc)[:200]
    policy = _retry_policy(config)
    if policy.gives_up(row.attempts):
        return _give_up(engine, row, now=now, error=error, log=log)
    wait = policy.wait(row.attempts, retry_after=exc.retry_after)
    with engine.begin() as conn:
        retry_later(conn, digest_runs, row.id, at=now + wait, error=error)
    log.warning(
        "digest_retry",
        district=row.district,
        day=row.day.isoformat(),
        attempt=row.attempts,
        error=type(exc).__name__,
    )
    return DigestOutcome(row.district, row.day, "retrying", error)


def _give_up(
    engine: Engine, row: Any, *, now: datetime, error: str, log: EventLog
) -> DigestOutcome:
    _finish(engine, row.id, failed_at=now, last_error=error)
    log.error(
        "digest_failed",
        district=row.district,
        day=row.day.isoformat(),
        attempts=row.attempts,
        error=error,
    )
    return DigestOutcome(row.district, row.day, "failed", error)


def _finish(engine: Engine, row_id: int, **values: object) -> None:
    with engine.begin() as conn:
        conn.execute(update(digest_runs).where(digest_runs.c.id == row_id).values(**values))
