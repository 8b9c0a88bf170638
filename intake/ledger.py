"""The ledger: what was received, what was filed, what was marked done at the source.

The ledger, not the mailbox flags, is the state (LIBRARIES.md "Mail in": never `\\Seen`). One row
per received message, keyed on the source identity and the SHA-256 of the raw bytes; the
Message-ID is kept but never trusted alone (one mail to two addresses shares it, some have
none) — and kept only as a keyed hash (`message_id_index`): a sender chooses it, and a child's
name reached the database through it (issue 13 item 4). The hash is the keyring's blind index
(HMAC-SHA256, `intake.keys.KeyRing.blind_index`) of `message_id_text(...)`, so equal ids give
equal indexes: an In-Reply-To or a References id put through the same function finds the
message it answers (RFC 5322 §3.6.4) without the id ever being stored in clear. States, in
order (RFC 5321 §6.1: accept responsibility only once it is on disk):

    received   raw bytes in the vault, row committed; not yet filed
    filed      the task is committed — in the SAME transaction as this state (`mark_filed`)
    done       the source was told (drop folder: deleted; a mailbox: moved to its folder)

A crash anywhere leaves a row in one of these states and the next start carries it on; errors
(an error kind and the stage, never content) are recorded on the row for `cpc-triage status`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, and_, func, insert, select, update

from intake.tables import data_keys, ledger
from intake.vault import Stored

MESSAGE_ID_MAX = 998  # RFC 5322 §2.1.1 line limit


class State(enum.StrEnum):
    RECEIVED = "received"
    FILED = "filed"
    DONE = "done"
    FAILED = "failed"  # not even a manual_review task could be filed; moved to failed/


@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    source: str
    source_id: str
    message_id_index: str | None  # keyed hash of the Message-ID (`message_id_index`)
    sha256: str
    key_id: str | None
    vault_name: str | None
    state: State
    task_id: str | None
    attempts: int  # counted before each starts; given back when a death was not its fault
    strikes: int = 0  # attempts the message itself ended: its own time or memory budget
    error: str | None = None
    error_at: datetime | None = None

    @property
    def ref(self) -> str:
        """How logs name the message: the source and the ledger id, never a file name."""
        return f"{self.source}#{self.id}"


def message_id_text(message_id: str) -> str:
    """What the blind index is taken of: the id as written (angle brackets kept, outer spaces
    dropped, cut at the line limit), tagged so it can never equal a name's index."""
    return f"message-id:{message_id.strip()[:MESSAGE_ID_MAX]}"


def message_id_index(message_id: str | None, *, index: Callable[[str], str]) -> str | None:
    """The keyed hash kept for a Message-ID (or an In-Reply-To / References id to match)."""
    if message_id is None or not message_id.strip():
        return None
    return index(message_id_text(message_id))


def find(conn: Connection, *, source: str, source_id: str, sha256: str) -> Entry | None:
    row = conn.execute(
        select(ledger).where(
            ledger.c.source == source,
            ledger.c.source_id == source_id,
            ledger.c.sha256 == sha256,
        )
    ).first()
    return _entry(row) if row is not None else None


def record_received(
    conn: Connection,
    *,
    source: str,
    source_id: str,
    message_id_index: str | None,
    sha256: str,
    size: int,
    key_id: str,
    vault_name: str,
) -> Entry:
    """Insert the `received` row (the caller commits it with the vault's data key)."""
    now = datetime.now(UTC)
    conn.execute(
        insert(ledger).values(
            source=source,
            source_id=source_id,
            message_id_index=message_id_index,
            sha256=sha256,
            size=size,
            key_id=key_id,
            vault_name=vault_name,
            state=State.RECEIVED.value,
            received_at=now,
            attempts=0,
            strikes=0,
        )
    )
    found = find(conn, source=source, source_id=source_id, sha256=sha256)
    assert found is not None
    return found


def mark_attempt(conn: Connection, entry_id: int) -> int:
    """Count one processing attempt (a crash loop shows as a growing count); return it."""
    conn.execute(
        update(ledger).where(ledger.c.id == entry_id).values(attempts=ledger.c.attempts + 1)
    )
    count = conn.execute(select(ledger.c.attempts).where(ledger.c.id == entry_id)).scalar_one()
    return int(count)


def refund_attempt(conn: Connection, entry_id: int) -> None:
    """Give back an attempt that ended for a reason not the message's (a kill from outside, a
    transient fault): `attempts` then counts only the tries the message itself could have
    ended (issue 15 item 8; `cpc_triage.witness` tells the two apart)."""
    conn.execute(
        update(ledger)
        .where(ledger.c.id == entry_id, ledger.c.attempts > 0)
        .values(attempts=ledger.c.attempts - 1)
    )


def mark_strike(conn: Connection, entry_id: int, *, error: str) -> int:
    """Count an attempt the message itself ended (its budget), with the kind; return the count.

    Only these count towards setting a message aside: a daemon killed for another reason while
    the message was in flight is not the message's fault (issue 15 item 8).
    """
    conn.execute(
        update(ledger)
        .where(ledger.c.id == entry_id)
        .values(strikes=ledger.c.strikes + 1, error=error[:200], error_at=datetime.now(UTC))
    )
    count = conn.execute(select(ledger.c.strikes).where(ledger.c.id == entry_id)).scalar_one()
    return int(count)


def mark_filed(
    conn: Connection, entry_id: int, *, occurrence_id: str | None, task_id: str | None
) -> None:
    """`filed`, in the caller's transaction — the one that wrote the task."""
    conn.execute(
        update(ledger)
        .where(ledger.c.id == entry_id)
        .values(
            state=State.FILED.value,
            filed_at=datetime.now(UTC),
            occurrence_id=occurrence_id,
            task_id=task_id,
        )
    )


def mark_done(conn: Connection, entry_id: int) -> None:
    conn.execute(
        update(ledger)
        .where(ledger.c.id == entry_id)
        .values(state=State.DONE.value, done_at=datetime.now(UTC))
    )


def mark_failed(conn: Connection, entry_id: int, *, error: str) -> None:
    conn.execute(
        update(ledger)
        .where(ledger.c.id == entry_id)
        .values(state=State.FAILED.value, error=error[:200], error_at=datetime.now(UTC))
    )


def record_error(conn: Connection, entry_id: int, *, error: str) -> None:
    """Note an error kind on the row (the message goes on, as a manual_review task)."""
    conn.execute(
        update(ledger)
        .where(ledger.c.id == entry_id)
        .values(error=error[:200], error_at=datetime.now(UTC))
    )


def filed_not_done(conn: Connection, *, source: str) -> list[Entry]:
    """Rows whose task is committed but whose source was not told (a crash in between)."""
    rows = conn.execute(
        select(ledger)
        .where(ledger.c.source == source, ledger.c.state == State.FILED.value)
        .order_by(ledger.c.id)
    ).all()
    return [_entry(r) for r in rows]


def filed_before(conn: Connection, *, sha256: str) -> bool:
    """Whether a message with these bytes has its task committed (filed or done)."""
    row = conn.execute(
        select(ledger.c.id).where(
            ledger.c.sha256 == sha256,
            ledger.c.state.in_((State.FILED.value, State.DONE.value)),
        )
    ).first()
    return row is not None


def counts_by_state(conn: Connection) -> dict[str, int]:
    """How many messages are in each state."""
    rows = conn.execute(select(ledger.c.state, func.count()).group_by(ledger.c.state)).all()
    return {str(state): int(n) for state, n in rows}


def counts_by_source(conn: Connection) -> dict[str, dict[str, int]]:
    """How many messages are in each state, per source (mailbox)."""
    rows = conn.execute(
        select(ledger.c.source, ledger.c.state, func.count()).group_by(
            ledger.c.source, ledger.c.state
        )
    ).all()
    counts: dict[str, dict[str, int]] = {}
    for source, state, count in rows:
        counts.setdefault(str(source), {})[str(state)] = int(count)
    return counts


def oldest_waiting(conn: Connection) -> datetime | None:
    """When the oldest message received but neither done nor failed arrived."""
    waiting = ledger.c.state.not_in((State.DONE.value, State.FAILED.value))
    return conn.execute(select(func.min(ledger.c.received_at)).where(waiting)).scalar()


@dataclass(frozen=True, slots=True)
class RecordedError:
    id: int
    source: str
    state: str
    error: str
    at: datetime | None


def recent_errors(
    conn: Connection, *, limit: int, since: datetime | None = None
) -> list[RecordedError]:
    """The latest errors recorded on messages, newest first: every one since `since`, else
    the last `limit`. Error kinds only (`pipeline`): never a message's words."""
    query = (
        select(ledger.c.id, ledger.c.source, ledger.c.state, ledger.c.error, ledger.c.error_at)
        .where(ledger.c.error.is_not(None))
        .order_by(ledger.c.error_at.desc())
    )
    query = query.where(ledger.c.error_at >= since) if since is not None else query.limit(limit)
    return [
        RecordedError(r.id, r.source, r.state, r.error, r.error_at) for r in conn.execute(query)
    ]


def error_counts(conn: Connection) -> dict[str, int]:
    """How many messages carry each recorded error."""
    rows = conn.execute(
        select(ledger.c.error, func.count())
        .where(ledger.c.error.is_not(None))
        .group_by(ledger.c.error)
    ).all()
    return {str(error): int(count) for error, count in rows}


def stored_original(conn: Connection, sha256: str) -> Stored | None:
    """Where the vault keeps the message with these bytes (ids and hashes only)."""
    row = conn.execute(
        select(ledger.c.key_id, ledger.c.vault_name)
        .where(ledger.c.sha256 == sha256, ledger.c.vault_name.is_not(None))
        .order_by(ledger.c.id)
        .limit(1)
    ).first()
    if row is None or row.key_id is None:
        return None
    return Stored(key_id=row.key_id, name=row.vault_name)


def vaulted_before(conn: Connection, cutoff: datetime) -> list[tuple[int, Stored]]:
    """(ledger id, vault place) of every message received before `cutoff` still in the vault."""
    old = and_(ledger.c.received_at < cutoff, ledger.c.key_id.is_not(None))
    rows = conn.execute(select(ledger.c.id, ledger.c.key_id, ledger.c.vault_name).where(old))
    return [(r.id, Stored(key_id=r.key_id, name=r.vault_name)) for r in rows]


def one_openable(conn: Connection) -> Stored | None:
    """One vault place whose data key the database still holds (a backup's proof it opens)."""
    row = conn.execute(
        select(ledger.c.key_id, ledger.c.vault_name)
        .join(data_keys, data_keys.c.id == ledger.c.key_id)
        .where(data_keys.c.wrapped.is_not(None), ledger.c.vault_name.is_not(None))
        .limit(1)
    ).first()
    return None if row is None else Stored(key_id=row.key_id, name=row.vault_name)


def forget_vaulted(conn: Connection, entry_id: int) -> None:
    """The message's vault file is erased: the row keeps its ids, hashes and state."""
    conn.execute(update(ledger).where(ledger.c.id == entry_id).values(key_id=None, vault_name=None))


def _entry(row: object) -> Entry:
    r = row._mapping  # type: ignore[attr-defined]
    return Entry(
        id=r["id"],
        source=r["source"],
        source_id=r["source_id"],
        message_id_index=r["message_id_index"],
        sha256=r["sha256"],
        key_id=r["key_id"],
        vault_name=r["vault_name"],
        state=State(r["state"]),
        task_id=r["task_id"],
        attempts=r["attempts"],
        strikes=r["strikes"],
        error=r["error"],
        error_at=r["error_at"],
    )
