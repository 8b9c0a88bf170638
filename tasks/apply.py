"""Write a `Filing` plan in the caller's transaction (the write half of `TaskStore.apply`).

Order matters: the idempotency key (`filed_messages`) is inserted first, inside a savepoint, so
a second daemon filing the same message fails before it writes anything (`DuplicateFiling`);
then the occurrence, its nominals and history, its tasks, one outbox row per sink (the
transactional outbox), and the s.62 rows: collection, plus alteration (reschedule, cancel) or
combination (attached to an existing occurrence).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from tasks import audit
from tasks.audit import Operation
from tasks.errors import DuplicateFiling, NotFound
from tasks.filing import AlreadyFiled, Filing, FilingAction
from tasks.load import key_id_of
from tasks.names import name_key
from tasks.persist import append_history, write_nominals, write_occurrence, write_task
from tasks.ports import FieldCipher
from tasks.readtext import store_read_text
from tasks.records import UNASSIGNED, NominalRole, Occurrence
from tasks.sealing import Sealer
from tasks.tables import (
    filed_messages,
    id_counters,
    name_tokens,
    occurrence_history,
    outbox,
    task_history,
)

_OPERATION = {
    FilingAction.NEW_OCCURRENCE: None,
    FilingAction.RESCHEDULE: Operation.ALTERATION,
    FilingAction.CANCEL: Operation.ALTERATION,
    FilingAction.ATTACH: Operation.COMBINATION,
    FilingAction.POSSIBLE_DUPLICATE: Operation.COMBINATION,
}


@dataclass(frozen=True, slots=True)
class Filed:
    occurrence_id: str | None
    task_id: str | None
    action: str
    already: bool = False


def already_filed(conn: Connection, plan: AlreadyFiled) -> Filed:
    row = conn.execute(
        select(filed_messages).where(filed_messages.c.sha256 == plan.earlier.sha256)
    ).first()
    return Filed(
        occurrence_id=row.occurrence_id if row else None,
        task_id=row.task_id if row else None,
        action="already_filed",
        already=True,
    )


def write_filing(
    conn: Connection,
    plan: Filing,
    *,
    cipher: FieldCipher,
    blind_index: Callable[[str], str],
    sinks: Sequence[str],
    actor: str,
    now: datetime,
) -> Filed:
    occurrence, is_new = plan.occurrence, plan.occurrence.id == UNASSIGNED
    if is_new:
        number = _next_number(conn, f"occurrence:{occurrence.created_at.year}")
        occurrence = _with_id(occurrence, f"CPC-{occurrence.created_at.year}-{number:06d}")
        key_id = cipher.new_key()
    else:
        key_id = key_id_of(conn, occurrence.id) or _missing(occurrence.id)
    occurrence = _number_tasks(occurrence)
    task = occurrence.tasks[plan.task_index]
    _claim(conn, plan, occurrence_id=occurrence.id, task_id=task.id, now=now)
    sealer = Sealer(cipher, key_id)
    write_occurrence(conn, occurrence, sealer=sealer, is_new=is_new)
    if is_new:
        write_nominals(conn, occurrence, sealer=sealer, blind_index=blind_index)
        write_name_tokens(conn, occurrence, blind_index=blind_index)
    append_history(
        conn,
        table=occurrence_history,
        owner_id=occurrence.id,
        entries=occurrence.history,
        sealer=sealer,
    )
    for each, original in zip(occurrence.tasks, plan.occurrence.tasks, strict=True):
        write_task(conn, each, sealer=sealer, is_new=original.id == UNASSIGNED)
        append_history(
            conn, table=task_history, owner_id=each.id, entries=each.history, sealer=sealer
        )
    if plan.read is not None:
        store_read_text(
            conn,
            plan.read,
            occurrence_id=occurrence.id,
            sha256=plan.key.sha256,
            sealer=sealer,
            now=now,
        )
    for sink in sinks:
        conn.execute(
            insert(outbox).values(
                sink=sink,
                occurrence_id=occurrence.id,
                event=plan.action.value,
                created_at=now,
                attempts=0,
                next_attempt_at=now,
            )
        )
    ids = [occurrence.id, task.id]
    audit.append(
        conn,
        operation=Operation.COLLECTION,
        actor=actor,
        record_ids=ids,
        at=now,
        purpose=f"filing a received message ({plan.action.value})",
    )
    combined = _OPERATION[plan.action]
    if combined is not None:
        audit.append(
            conn,
            operation=combined,
            actor=actor,
            record_ids=ids,
            at=now,
            purpose=f"{plan.action.value} from a received message",
        )
    return Filed(occurrence_id=occurrence.id, task_id=task.id, action=plan.action.value)


def write_name_tokens(
    conn: Connection, occurrence: Occurrence, *, blind_index: Callable[[str], str]
) -> None:
    """The keyed index of each word of each child's name (`tasks.tables.name_tokens`)."""
    words = {
        w
        for n in occurrence.nominals
        if n.role is not NominalRole.ADULT
        for w in name_key(n.name).split()
        if len(w) >= 2
    }
    for token in sorted({blind_index(f"token:{w}") for w in words}):
        conn.execute(insert(name_tokens).values(occurrence_id=occurrence.id, token_index=token))


def _claim(
    conn: Connection, plan: Filing, *, occurrence_id: str, task_id: str, now: datetime
) -> None:
    """Insert the idempotency key first, so a second filer fails before writing anything."""
    key = plan.key
    try:
        with conn.begin_nested():
            conn.execute(
                insert(filed_messages).values(
                    source=key.source,
                    source_id=key.source_id,
                    message_id_index=key.message_id_index,
                    sha256=key.sha256,
                    occurrence_id=occurrence_id,
                    task_id=task_id,
                    action=plan.action.value,
                    filed_at=now,
                )
            )
    except IntegrityError as exc:
        raise DuplicateFiling(f"message sha256:{key.sha256[:16]} already filed") from exc


def _missing(occurrence_id: str) -> str:
    raise NotFound(f"occurrence {occurrence_id}")


def _with_id(occurrence: Occurrence, occurrence_id: str) -> Occurrence:
    tasks_ = tuple(replace(t, occurrence_id=occurrence_id) for t in occurrence.tasks)
    return replace(occurrence, id=occurrence_id, tasks=tasks_)


def _number_tasks(occurrence: Occurrence) -> Occurrence:
    """Tasks only ever append, so position + 1 is a stable task number ("…-T2")."""
    numbered = tuple(
        replace(t, id=f"{occurrence.id}-T{i + 1}", occurrence_id=occurrence.id)
        if t.id == UNASSIGNED
        else t
        for i, t in enumerate(occurrence.tasks)
    )
    return replace(occurrence, tasks=numbered)


def _next_number(conn: Connection, name: str) -> int:
    """A gapless counter per year; the row lock serialises concurrent filers on PostgreSQL."""
    bump = (
        update(id_counters)
        .where(id_counters.c.name == name)
        .values(last=id_counters.c.last + 1)
        .returning(id_counters.c.last)
    )
    number = conn.execute(bump).scalar()
    if number is None:
        try:
            with conn.begin_nested():
                conn.execute(insert(id_counters).values(name=name, last=0))
        except IntegrityError:
            pass  # created by a concurrent filer
        number = conn.execute(bump).scalar_one()
    return int(number)
