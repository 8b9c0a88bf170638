"""Read occurrence and task records back from their tables (used only by `TaskStore`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, Table, select

from parsers.records import ConferenceKind
from tasks.codec import detail_from_json
from tasks.ports import FieldCipher
from tasks.records import (
    Attendance,
    HistoryEntry,
    Nominal,
    NominalRole,
    Occurrence,
    OccurrenceStatus,
    Task,
    TaskStatus,
)
from tasks.sealing import Sealer
from tasks.tables import nominals, occurrence_history, occurrences, task_history, tasks
from triage.records import Flag, Suggestion


def load_occurrences(
    connection: Connection,
    ids: Sequence[str],
    *,
    cipher: FieldCipher,
    history: bool = True,
    detail: bool = True,
) -> list[Occurrence]:
    """Return the occurrences with these ids (in that order), decrypted, with their tasks.

    `history=False` leaves the histories empty (a list such as the desk's queue does not show
    them, and each entry is one more decryption). `detail=False` leaves empty what a list does
    not show either: the venue, a task's reasons, criteria and evidence (its largest sealed
    field), and the decision's reason — so a queue page decrypts only the names, dates and
    states it shows (issue 12's load test).
    """
    if not ids:
        return []
    rows = connection.execute(select(occurrences).where(occurrences.c.id.in_(ids))).all()
    by_id = {row.id: row for row in rows}
    task_rows = connection.execute(
        select(tasks).where(tasks.c.occurrence_id.in_(ids)).order_by(tasks.c.created_at, tasks.c.id)
    ).all()
    task_ids = [t.id for t in task_rows]
    by_owner: defaultdict[str, list[Row[Any]]] = defaultdict(list)
    for t in task_rows:
        by_owner[t.occurrence_id].append(t)
    people = _grouped(connection, nominals, nominals.c.occurrence_id, ids)
    no_history: defaultdict[str, list[Row[Any]]] = defaultdict(list)
    o_history = (
        _grouped(connection, occurrence_history, occurrence_history.c.occurrence_id, ids)
        if history
        else no_history
    )
    t_history = (
        _grouped(connection, task_history, task_history.c.task_id, task_ids)
        if history
        else no_history
    )
    loaded = []
    for occurrence_id in ids:
        row = by_id.get(occurrence_id)
        if row is None:
            continue
        sealer = Sealer(cipher, row.key_id)
        owned = [
            _task(t, sealer=sealer, history=t_history[t.id], detail=detail)
            for t in by_owner[occurrence_id]
        ]
        loaded.append(
            _occurrence(
                row,
                sealer=sealer,
                people=people[occurrence_id],
                history=o_history[occurrence_id],
                owned=owned,
                detail=detail,
            )
        )
    return loaded


def key_id_of(connection: Connection, occurrence_id: str) -> str | None:
    return connection.execute(
        select(occurrences.c.key_id).where(occurrences.c.id == occurrence_id)
    ).scalar_one_or_none()


def _grouped(
    connection: Connection, table: Table, owner: Any, ids: Sequence[str]
) -> defaultdict[str, list[Row[Any]]]:
    groups: defaultdict[str, list[Row[Any]]] = defaultdict(list)
    if ids:
        query = select(table).where(owner.in_(ids)).order_by(owner, table.c.position)
        for row in connection.execute(query):
            groups[getattr(row, owner.name)].append(row)
    return groups


def _occurrence(
    row: Row[Any],
    *,
    sealer: Sealer,
    people: list[Row[Any]],
    history: list[Row[Any]],
    owned: list[Task],
    detail: bool = True,
) -> Occurrence:
    return Occurrence(
        id=row.id,
        type=row.type,
        district=row.district,
        subtype=row.subtype,
        kind=ConferenceKind(row.kind) if row.kind else None,
        pre_birth=row.pre_birth,
        date=row.conference_date,
        time=row.conference_time,
        venue=sealer.open(row.venue_enc, where=f"occurrences:{row.id}/venue") if detail else None,
        local_reference=row.local_reference,
        marking=row.marking,
        nominals=tuple(_nominal(p, sealer=sealer) for p in people),
        created_at=row.created_at,
        status=OccurrenceStatus(row.status),
        history=_history(history, table="occurrence_history", owner=row.id, sealer=sealer),
        tasks=tuple(owned),
        version=row.version,
    )


def _nominal(row: Row[Any], *, sealer: Sealer) -> Nominal:
    where = f"nominals:{row.occurrence_id}/{row.position}"
    return Nominal(
        role=NominalRole(row.role),
        name=sealer.open(row.name_enc, where=f"{where}/name") or "",
        date_of_birth=sealer.open_date(row.date_of_birth_enc, where=f"{where}/dob"),
        relationship=sealer.open(row.relationship_enc, where=f"{where}/relationship"),
    )


def _task(row: Row[Any], *, sealer: Sealer, history: list[Row[Any]], detail: bool = True) -> Task:
    reasons, criteria, mentions = (
        detail_from_json(sealer.open_json(row.detail_enc, where=f"tasks:{row.id}/detail"))
        if detail
        else ((), (), ())
    )
    return Task(
        id=row.id,
        occurrence_id=row.occurrence_id,
        queue=row.queue,
        suggested=Suggestion(row.suggested),
        reasons=reasons,
        rule=row.rule,
        criteria=criteria,
        mentions=mentions,
        report_due=row.report_due,
        notice_working_days=row.notice_working_days,
        notice_ok=row.notice_ok,
        flags=tuple(Flag(f) for f in row.flags.split("|") if f),
        source_sha256=row.source_sha256,
        created_at=row.created_at,
        updated_at=row.updated_at,
        status=TaskStatus(row.status),
        decision=Attendance(row.decision) if row.decision else None,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        decision_reason=(
            sealer.open(row.decision_reason_enc, where=f"tasks:{row.id}/reason") if detail else None
        ),
        allocated_officer=row.allocated_officer,
        history=_history(history, table="task_history", owner=row.id, sealer=sealer),
        version=row.version,
    )


def _history(
    rows: list[Row[Any]], *, table: str, owner: str, sealer: Sealer
) -> tuple[HistoryEntry, ...]:
    return tuple(
        HistoryEntry(
            at=r.at,
            actor=r.actor,
            action=r.action,
            detail=sealer.open(r.detail_enc, where=f"{table}:{owner}/{r.position}"),
        )
        for r in rows
    )
