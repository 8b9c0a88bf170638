"""Builders shared by the digest tests (no tests in this module).

A real SQLite file with the tasks tables, the digest table and the audit guards; cases filed
through `TaskStore` as the daemon files them; a recording `EventLog` (a fake of the port that
keeps what was logged, so a test can grep it for personal data).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from desk.digest_load import DigestConfig
from desk.digest_tables import metadata as digest_metadata
from parsers.records import Person
from tasks.audit import install_audit_guards
from tasks.filing import plan_filing
from tasks.store import TaskStore
from tasks.tables import metadata as tasks_metadata
from tests.unit.test_tasks_support import (
    AesGcmCipher,
    blind_index,
    make_key,
    make_result,
    sqlite_engine,
)
from triage.records import Flag, Suggestion, TriageResult

# Tuesday 24 November 2026, 07:45 in London (GMT in November, so the same in UTC)
NOW = datetime(2026, 11, 24, 7, 45, tzinfo=UTC)
DAY = date(2026, 11, 24)
ARRIVED = NOW - timedelta(hours=5)  # Monday night: inside the first window
BASE_URL = "https://cpc-desk.force.example"
SUPERVISOR = "wakefield.supervisors@force.example"
OTHER_CHILD = "Ottoline Brackenridge"


def make_engine(path: Path) -> Engine:
    engine = sqlite_engine(path)
    tasks_metadata.create_all(engine)
    digest_metadata.create_all(engine)
    with engine.begin() as conn:
        install_audit_guards(conn)
    return engine


def make_store(engine: Engine, cipher: AesGcmCipher, *, now: datetime = NOW) -> TaskStore:
    return TaskStore(engine, cipher=cipher, blind_index=blind_index, clock=lambda: now)


def file_case(
    store: TaskStore,
    engine: Engine,
    result: TriageResult,
    n: int,
    *,
    at: datetime = ARRIVED,
    bind: Callable[[Connection], AbstractContextManager[object]] = lambda _c: nullcontext(),
) -> str:
    """File one message as the daemon does, in one transaction; return the task id."""
    fields = result.invitation.fields
    with engine.begin() as conn, bind(conn):
        existing = store.occurrences_for_matching(
            district=result.district,
            local_reference=fields.local_reference,
            child_names=[c.name for c in fields.children],
            connection=conn,
        )
        filed = store.filed_keys_for(make_key(n), connection=conn)
        plan = plan_filing(result, key=make_key(n), existing=existing, filed_keys=filed, at=at)
        task_id = store.apply(plan, connection=conn).task_id
    assert task_id is not None
    return task_id


def seed_cases(store: TaskStore, engine: Engine) -> dict[str, str]:
    """Three Wakefield cases and one Leeds case; returns task ids by role."""
    attend = file_case(
        store,
        engine,
        make_result(
            district="wakefield", reference="WK-1001", report_due=DAY, on=date(2026, 11, 27)
        ),
        1,
    )
    review = file_case(
        store,
        engine,
        make_result(
            district="wakefield",
            reference="WK-1002",
            suggested=Suggestion.MANUAL_REVIEW,
            flags=(Flag.LATE_NOTICE,),
            children=(Person(OTHER_CHILD, date(2020, 2, 2)),),
            report_due=date(2026, 11, 25),
        ),
        2,
    )
    old = file_case(
        store,
        engine,
        make_result(
            district="wakefield",
            reference="WK-0999",
            suggested=Suggestion.REPORT_ONLY,
            children=(Person("Percival Underhay", None),),
            report_due=date(2026, 11, 20),
        ),
        3,
        at=NOW - timedelta(days=10),
    )
    leeds = file_case(
        store,
        engine,
        make_result(district="leeds", reference="LS-77", children=(Person("Lara Leeds", None),)),
        4,
    )
    return {"attend": attend, "review": review, "old": old, "leeds": leeds}


def config(**overrides: Any) -> DigestConfig:
    values: dict[str, Any] = {
        "base_url": BASE_URL,
        "sender": "cpc-triage@force.example",
        "recipients": {"wakefield": (SUPERVISOR, "someone@gmail.example")},
        "allow_list": ("@force.example",),
    }
    values.update(overrides)
    return DigestConfig(**values)


@dataclass
class RecordingLog:
    """Implements `intake.ports.EventLog`; keeps each event and its fields."""

    events: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)

    def info(self, event: str, **fields: Any) -> None:
        self.events.append(("info", event, fields))

    def warning(self, event: str, **fields: Any) -> None:
        self.events.append(("warning", event, fields))

    def error(self, event: str, **fields: Any) -> None:
        self.events.append(("error", event, fields))

    def named(self, event: str) -> list[dict[str, Any]]:
        return [f for _, e, f in self.events if e == event]

    def text(self) -> str:
        return repr(self.events)
