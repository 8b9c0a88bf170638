"""`TaskStore`: the one repository through which case data is read or written, and audited.

Every method that reads or changes case data writes its s.62 row (`tasks.audit`) in the same
transaction (RELIABILITY.md S5): collection when a message is filed, alteration for a
reschedule, a cancellation or a decision, combination when a message is attached to an
existing occurrence, consultation for every view (each id of a list), disclosure for every
export (with the recipient), erasure when an occurrence is deleted.

Transactions belong to the caller: the daemon passes the connection on which it also writes the
ledger row, so the ledger and the task commit together (DESIGN.md "Nothing is filed twice").
Methods called without a connection open and commit their own.

Errors are in `tasks.errors` (StoreError: DuplicateFiling, ConcurrentChange, NotFound) and
`tasks.sealing.RecordErased` when an occurrence's key is destroyed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime

from sqlalchemy import Connection, Engine, and_, delete, or_, select

from tasks import audit
from tasks.apply import Filed, already_filed, write_filing
from tasks.audit import Operation
from tasks.errors import (
    ChangedSinceRead,
    ConcurrentChange,
    DuplicateFiling,
    NotFound,
    StoreError,
)
from tasks.filing import AlreadyFiled, FilingPlan
from tasks.lifecycle import Action, transition
from tasks.load import key_id_of, load_occurrences
from tasks.names import name_key, reference_key
from tasks.persist import (
    append_history,
    write_task,
)
from tasks.ports import FieldCipher
from tasks.readtext import ReadText, load_read_text
from tasks.records import SYSTEM_ACTOR, MessageKey, Occurrence, OccurrenceStatus, Task
from tasks.sealing import Sealer
from tasks.tables import (
    filed_messages,
    name_tokens,
    nominals,
    occurrence_history,
    occurrences,
    outbox,
    read_texts,
    task_history,
    tasks,
)

__all__ = ["ConcurrentChange", "DuplicateFiling", "Filed", "NotFound", "StoreError", "TaskStore"]


class TaskStore:
    def __init__(
        self,
        engine: Engine,
        *,
        cipher: FieldCipher,
        blind_index: Callable[[str], str],
        sinks: Sequence[str] = (),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._engine = engine
        self._cipher = cipher
        self._blind_index = blind_index
        self._sinks = tuple(sinks)
        self._clock = clock

    @contextmanager
    def _tx(self, connection: Connection | None) -> Iterator[Connection]:
        if connection is not None:
            yield connection
            return
        with self._engine.begin() as own:
            yield own

    def filed_keys_for(
        self, key: MessageKey, *, connection: Connection | None = None
    ) -> list[MessageKey]:
        """The filed keys with the same source identity or the same bytes (no case data)."""
        same = or_(
            and_(
                filed_messages.c.source == key.source, filed_messages.c.source_id == key.source_id
            ),
            filed_messages.c.sha256 == key.sha256,
        )
        with self._tx(connection) as conn:
            rows = conn.execute(select(filed_messages).where(same)).all()
        return [MessageKey(r.source, r.source_id, r.message_id_index, r.sha256) for r in rows]

    def occurrences_for_matching(
        self,
        *,
        district: str | None,
        local_reference: str | None,
        child_names: Sequence[str],
        connection: Connection | None = None,
        actor: str = SYSTEM_ACTOR,
    ) -> list[Occurrence]:
        """Live occurrences with this council reference or one of these children (blind index)."""
        wanted = [self._blind_index(name_key(n)) for n in child_names if name_key(n)]
        clauses = []
        if local_reference and district:
            clauses.append(
                and_(
                    occurrences.c.district == district,
                    occurrences.c.reference_key == reference_key(local_reference),
                )
            )
        if wanted:
            by_child = select(nominals.c.occurrence_id).where(nominals.c.name_index.in_(wanted))
            clauses.append(occurrences.c.id.in_(by_child))
        if not clauses:
            return []
        query = (
            select(occurrences.c.id)
            .where(or_(*clauses), occurrences.c.status != OccurrenceStatus.CLOSED.value)
            .order_by(occurrences.c.id)
        )
        with self._tx(connection) as conn:
            ids = list(conn.execute(query).scalars())
            found = load_occurrences(conn, ids, cipher=self._cipher)
            if found:
                self._audit(
                    conn,
                    Operation.CONSULTATION,
                    actor=actor,
                    ids=ids,
                    purpose="matching a received message to its conference",
                )
        return found

    def apply(
        self, plan: FilingPlan, *, connection: Connection | None = None, actor: str = SYSTEM_ACTOR
    ) -> Filed:
        """Write the plan; raise `DuplicateFiling`/`ConcurrentChange` if another got there first."""
        with self._tx(connection) as conn:
            if isinstance(plan, AlreadyFiled):
                return already_filed(conn, plan)
            return write_filing(
                conn,
                plan,
                cipher=self._cipher,
                blind_index=self._blind_index,
                sinks=self._sinks,
                actor=actor,
                now=self._clock(),
            )

    def get_task(
        self, task_id: str, *, actor: str, purpose: str, connection: Connection | None = None
    ) -> tuple[Occurrence, Task]:
        with self._tx(connection) as conn:
            occurrence, task = self._load_task(conn, task_id)
            self._audit(
                conn,
                Operation.CONSULTATION,
                actor=actor,
                purpose=purpose,
                ids=[occurrence.id, task.id],
            )
        return occurrence, task

    def get_case(
        self,
        task_id: str,
        *,
        actor: str,
        purpose: str,
        connection: Connection | None = None,
        audited: bool = True,
    ) -> tuple[Occurrence, Task, ReadText | None]:
        """The task, and the text read from its message at filing (None if filed before).

        `audited=False` as for `get_tasks`: the caller records the consultation before showing.
        """
        with self._tx(connection) as conn:
            occurrence, task = self._load_task(conn, task_id)
            sealer = Sealer(self._cipher, _key_id(conn, occurrence.id))
            text = load_read_text(
                conn, occurrence_id=occurrence.id, sha256=task.source_sha256, sealer=sealer
            )
            if audited:
                self._audit(
                    conn,
                    Operation.CONSULTATION,
                    actor=actor,
                    purpose=purpose,
                    ids=[occurrence.id, task.id],
                )
        return occurrence, task, text

    def record_consultation(
        self, ids: Sequence[str], *, actor: str, purpose: str, connection: Connection | None = None
    ) -> None:
        """The s.62 consultation row for records read with `audited=False` (before showing)."""
        with self._tx(connection) as conn:
            self._audit(conn, Operation.CONSULTATION, actor=actor, purpose=purpose, ids=ids)

    def get_tasks(
        self,
        task_ids: Sequence[str],
        *,
        actor: str,
        purpose: str,
        connection: Connection | None = None,
        audited: bool = True,
        history: bool = True,
        detail: bool = True,
    ) -> list[tuple[Occurrence, Task]]:
        """These tasks in this order (unknown ids left out), one audit row for all (S5).

        `audited=False` reads on a read transaction (the desk: no write lock while decrypting);
        the caller must then `record_consultation` before it shows anything. `history=False`
        and `detail=False`: for a list, as `tasks.load.load_occurrences` says.
        """
        if not task_ids:
            return []
        with self._tx(connection) as conn:
            owners = {
                r.id: r.occurrence_id
                for r in conn.execute(
                    select(tasks.c.id, tasks.c.occurrence_id).where(tasks.c.id.in_(task_ids))
                )
            }
            loaded = {
                o.id: o
                for o in load_occurrences(
                    conn,
                    list(dict.fromkeys(owners.values())),
                    cipher=self._cipher,
                    history=history,
                    detail=detail,
                )
            }
            items = [
                (loaded[owners[i]], _task_in(loaded[owners[i]], i))
                for i in task_ids
                if i in owners and owners[i] in loaded
            ]
            if items and audited:
                self._audit(
                    conn,
                    Operation.CONSULTATION,
                    actor=actor,
                    purpose=purpose,
                    ids=[t.id for _, t in items],
                )
        return items

    def list_queue(
        self,
        *,
        actor: str,
        purpose: str,
        queue: str | None = None,
        district: str | None = None,
        status: str | None = None,
        suggested: str | None = None,
        flag: str | None = None,
        conference_from: date | None = None,
        conference_to: date | None = None,
        limit: int = 200,
        connection: Connection | None = None,
    ) -> list[tuple[Occurrence, Task]]:
        """Tasks by conference date then report due; every id shown is audited (S5)."""
        query = (
            select(tasks.c.id, tasks.c.occurrence_id)
            .join(occurrences, occurrences.c.id == tasks.c.occurrence_id)
            .order_by(occurrences.c.conference_date, tasks.c.report_due, tasks.c.id)
            .limit(limit)
        )
        for column, value in (
            (tasks.c.queue, queue),
            (occurrences.c.district, district),
            (tasks.c.status, status),
            (tasks.c.suggested, suggested),
        ):
            if value is not None:
                query = query.where(column == value)
        if flag is not None:
            query = query.where(tasks.c.flags.contains(f"|{flag}|", autoescape=True))
        if conference_from is not None:
            query = query.where(occurrences.c.conference_date >= conference_from)
        if conference_to is not None:
            query = query.where(occurrences.c.conference_date <= conference_to)
        with self._tx(connection) as conn:
            ids = [row.id for row in conn.execute(query)]
            return self.get_tasks(ids, actor=actor, purpose=purpose, connection=conn)

    def record_transition(
        self,
        task_id: str,
        *,
        action: Action,
        actor: str,
        purpose: str,
        reason: str | None = None,
        officer: str | None = None,
        expected_version: int | None = None,
        connection: Connection | None = None,
    ) -> Task:
        """Apply a supervisor's or clerk's action (`tasks.lifecycle`) and audit it.

        `expected_version` is the version the person's page showed: if the task has changed
        since, nothing is written and `ChangedSinceRead` names who changed it last and when.
        """
        at = self._clock()
        with self._tx(connection) as conn:
            occurrence, task = self._load_task(conn, task_id)
            if expected_version is not None and task.version != expected_version:
                last = task.history[-1] if task.history else None
                raise ChangedSinceRead(
                    task_id, by=last.actor if last else None, at=last.at if last else None
                )
            changed = transition(
                task, action=action, actor=actor, at=at, reason=reason, officer=officer
            )
            sealer = Sealer(self._cipher, _key_id(conn, occurrence.id))
            write_task(conn, changed, sealer=sealer, is_new=False)
            append_history(
                conn, table=task_history, owner_id=task.id, entries=changed.history, sealer=sealer
            )
            self._audit(
                conn,
                Operation.ALTERATION,
                actor=actor,
                purpose=purpose,
                ids=[occurrence.id, task.id],
            )
        return replace(changed, version=task.version + 1)

    def export_occurrence(
        self,
        occurrence_id: str,
        *,
        actor: str,
        recipients: Sequence[str],
        purpose: str,
        connection: Connection | None = None,
    ) -> Occurrence:
        """Read an occurrence to send it outside the store: a disclosure naming its recipients."""
        with self._tx(connection) as conn:
            found = load_occurrences(conn, [occurrence_id], cipher=self._cipher)
            if not found:
                raise NotFound(f"occurrence {occurrence_id}")
            self._audit(
                conn,
                Operation.DISCLOSURE,
                actor=actor,
                purpose=purpose,
                ids=[occurrence_id, *(t.id for t in found[0].tasks)],
                recipients=recipients,
            )
        return found[0]

    def delete_occurrence(
        self, occurrence_id: str, *, actor: str, purpose: str, connection: Connection | None = None
    ) -> None:
        """Delete the rows and destroy the data key, so backups cannot be read either (S9)."""
        with self._tx(connection) as conn:
            key_id = key_id_of(conn, occurrence_id)
            if key_id is None:
                raise NotFound(f"occurrence {occurrence_id}")
            task_ids = select(tasks.c.id).where(tasks.c.occurrence_id == occurrence_id)
            ids = [occurrence_id, *conn.execute(task_ids).scalars()]
            conn.execute(delete(task_history).where(task_history.c.task_id.in_(task_ids)))
            for table, column in (
                (read_texts, read_texts.c.occurrence_id),
                (name_tokens, name_tokens.c.occurrence_id),
                (tasks, tasks.c.occurrence_id),
                (nominals, nominals.c.occurrence_id),
                (occurrence_history, occurrence_history.c.occurrence_id),
                (outbox, outbox.c.occurrence_id),
                (occurrences, occurrences.c.id),
            ):
                conn.execute(delete(table).where(column == occurrence_id))
            self._audit(conn, Operation.ERASURE, actor=actor, purpose=purpose, ids=ids)
            self._cipher.destroy(key_id)

    def _load_task(self, conn: Connection, task_id: str) -> tuple[Occurrence, Task]:
        owner = conn.execute(select(tasks.c.occurrence_id).where(tasks.c.id == task_id)).scalar()
        found = load_occurrences(conn, [owner], cipher=self._cipher) if owner else []
        if not found:
            raise NotFound(f"task {task_id}")
        return found[0], _task_in(found[0], task_id)

    def _audit(
        self,
        conn: Connection,
        operation: Operation,
        *,
        actor: str,
        purpose: str,
        ids: Sequence[str],
        recipients: Sequence[str] = (),
    ) -> None:
        audit.append(
            conn,
            operation=operation,
            actor=actor,
            purpose=purpose,
            record_ids=ids,
            recipients=recipients,
            at=self._clock(),
        )


def _key_id(conn: Connection, occurrence_id: str) -> str:
    key_id = key_id_of(conn, occurrence_id)
    if key_id is None:
        raise NotFound(f"occurrence {occurrence_id}")
    return key_id


def _task_in(occurrence: Occurrence, task_id: str) -> Task:
    return next(t for t in occurrence.tasks if t.id == task_id)
