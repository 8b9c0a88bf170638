"""Id-only look-ups on the tasks tables: which task ids to load, never what they contain.

Case data is read only through `TaskStore`, which audits each read (RELIABILITY.md S5). Before
calling it the desk must know *which* ids a person may see, so that nothing is loaded (and
logged as consulted) that the person was not going to be shown: an officer's allocated tasks,
the tasks matched by a search. These queries touch clear columns only — ids, the allocated
officer, the keyed blind index and the folded council reference (`tasks.tables`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, or_, select

from tasks.names import name_key, reference_key
from tasks.records import TaskStatus
from tasks.tables import nominals, occurrences, tasks


@dataclass(frozen=True, slots=True)
class TaskRef:
    task_id: str
    occurrence_id: str
    source_sha256: str
    allocated_officer: str | None


def task_ref(conn: Connection, task_id: str) -> TaskRef | None:
    row = conn.execute(
        select(
            tasks.c.id, tasks.c.occurrence_id, tasks.c.source_sha256, tasks.c.allocated_officer
        ).where(tasks.c.id == task_id)
    ).first()
    return TaskRef(*row) if row is not None else None


def allocated_task_ids(conn: Connection, officer_id: str) -> list[str]:
    return list(
        conn.execute(
            select(tasks.c.id)
            .where(
                tasks.c.allocated_officer == officer_id,
                tasks.c.status != TaskStatus.CLOSED.value,
            )
            .order_by(tasks.c.report_due, tasks.c.id)
        ).scalars()
    )


def matching_task_ids(
    conn: Connection, text: str, *, blind_index: Callable[[str], str]
) -> list[str]:
    """Tasks whose occurrence has this council reference or a child with this name.

    The name goes through `tasks.names.name_key` and the keyed blind index (HMAC), exactly as
    filing indexed it, so the search compares keyed hashes and never plaintext names.
    """
    clauses: list[ColumnElement[bool]] = []
    key = name_key(text)
    if key:
        by_child = select(nominals.c.occurrence_id).where(nominals.c.name_index == blind_index(key))
        clauses.append(occurrences.c.id.in_(by_child))
    ref = reference_key(text)
    if ref:
        clauses.append(occurrences.c.reference_key == ref)
    if not clauses:
        return []
    query = (
        select(tasks.c.id)
        .join(occurrences, occurrences.c.id == tasks.c.occurrence_id)
        .where(or_(*clauses))
        .order_by(occurrences.c.conference_date.desc(), tasks.c.id)
        .limit(50)
    )
    return list(conn.execute(query).scalars())
