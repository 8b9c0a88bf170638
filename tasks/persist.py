"""Write occurrence and task records to their tables (used only by `TaskStore`, which audits).

Updates are optimistic: a row is changed only `WHERE version = <the version the plan read>`,
and `ConcurrentChange` is raised otherwise, so a reschedule can never silently undo a
supervisor's decision made a moment earlier; the caller rolls back and plans again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, update

from tasks.codec import detail_json
from tasks.errors import ConcurrentChange
from tasks.names import name_key, reference_key
from tasks.records import HistoryEntry, NominalRole, Occurrence, Task
from tasks.sealing import Sealer
from tasks.tables import nominals, occurrence_history, occurrences, tasks


def write_occurrence(
    connection: Connection, occurrence: Occurrence, *, sealer: Sealer, is_new: bool
) -> None:
    values = _occurrence_values(occurrence, sealer=sealer)
    if is_new:
        connection.execute(
            insert(occurrences).values(id=occurrence.id, key_id=sealer.key_id, version=1, **values)
        )
        return
    result = connection.execute(
        update(occurrences)
        .where(occurrences.c.id == occurrence.id, occurrences.c.version == occurrence.version)
        .values(version=occurrences.c.version + 1, **values)
    )
    if result.rowcount != 1:
        raise ConcurrentChange(f"occurrence {occurrence.id} changed since it was read")


def write_nominals(
    connection: Connection,
    occurrence: Occurrence,
    *,
    sealer: Sealer,
    blind_index: Callable[[str], str],
) -> None:
    connection.execute(delete(nominals).where(nominals.c.occurrence_id == occurrence.id))
    for position, nominal in enumerate(occurrence.nominals):
        where = f"nominals:{occurrence.id}/{position}"
        is_child = nominal.role is not NominalRole.ADULT
        connection.execute(
            insert(nominals).values(
                occurrence_id=occurrence.id,
                position=position,
                role=nominal.role.value,
                name_enc=sealer.seal(nominal.name, where=f"{where}/name"),
                date_of_birth_enc=sealer.seal_date(nominal.date_of_birth, where=f"{where}/dob"),
                relationship_enc=sealer.seal(nominal.relationship, where=f"{where}/relationship"),
                name_index=blind_index(name_key(nominal.name)) if is_child else None,
            )
        )


def write_task(connection: Connection, task: Task, *, sealer: Sealer, is_new: bool) -> None:
    values = _task_values(task, sealer=sealer)
    if is_new:
        connection.execute(insert(tasks).values(id=task.id, version=1, **values))
        return
    result = connection.execute(
        update(tasks)
        .where(tasks.c.id == task.id, tasks.c.version == task.version)
        .values(version=tasks.c.version + 1, **values)
    )
    if result.rowcount != 1:
        raise ConcurrentChange(f"task {task.id} changed since it was read")


def append_history(
    connection: Connection,
    *,
    table: Table,
    owner_id: str,
    entries: Sequence[HistoryEntry],
    sealer: Sealer,
) -> None:
    """Insert the entries not yet stored (history only grows)."""
    owner = table.c.occurrence_id if table is occurrence_history else table.c.task_id
    stored = connection.execute(select(func.count()).where(owner == owner_id)).scalar_one()
    for position in range(stored, len(entries)):
        entry = entries[position]
        connection.execute(
            insert(table).values(
                {
                    owner.name: owner_id,
                    "position": position,
                    "at": entry.at,
                    "actor": entry.actor,
                    "action": entry.action,
                    "detail_enc": sealer.seal(
                        entry.detail, where=f"{table.name}:{owner_id}/{position}"
                    ),
                }
            )
        )


def _occurrence_values(occurrence: Occurrence, *, sealer: Sealer) -> dict[str, Any]:
    return {
        "type": occurrence.type,
        "subtype": occurrence.subtype,
        "district": occurrence.district,
        "kind": occurrence.kind.value if occurrence.kind else None,
        "pre_birth": occurrence.pre_birth,
        "conference_date": occurrence.date,
        "conference_time": occurrence.time,
        "venue_enc": sealer.seal(occurrence.venue, where=f"occurrences:{occurrence.id}/venue"),
        "local_reference": occurrence.local_reference,
        "reference_key": reference_key(occurrence.local_reference)
        if occurrence.local_reference
        else None,
        "marking": occurrence.marking,
        "status": occurrence.status.value,
        "created_at": occurrence.created_at,
        "updated_at": max(
            [occurrence.created_at, *(h.at for h in occurrence.history)], default=None
        ),
    }


def _task_values(task: Task, *, sealer: Sealer) -> dict[str, Any]:
    detail = detail_json(reasons=task.reasons, criteria=task.criteria, mentions=task.mentions)
    return {
        "occurrence_id": task.occurrence_id,
        "queue": task.queue,
        "suggested": task.suggested.value,
        "rule": task.rule,
        "flags": "|" + "|".join(f.value for f in task.flags) + "|",
        "status": task.status.value,
        "decision": task.decision.value if task.decision else None,
        "decided_by": task.decided_by,
        "decided_at": task.decided_at,
        "allocated_officer": task.allocated_officer,
        "report_due": task.report_due,
        "notice_working_days": task.notice_working_days,
        "notice_ok": task.notice_ok,
        "source_sha256": task.source_sha256,
        "detail_enc": sealer.seal_json(detail, where=f"tasks:{task.id}/detail"),
        "decision_reason_enc": sealer.seal(task.decision_reason, where=f"tasks:{task.id}/reason"),
        "created_at": task.created_at,
        "updated_at": task.updated_at,
    }
