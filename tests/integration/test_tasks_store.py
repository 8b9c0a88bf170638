"""`TaskStore` against a real SQLite file (WAL) and the real PostgreSQL on loopback."""

from __future__ import annotations

import base64
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.exc import OperationalError

from parsers.records import MessageKind
from tasks.audit import install_audit_guards, verify_chain
from tasks.errors import ConcurrentChange
from tasks.filing import AlreadyFiled, Filing, plan_filing
from tasks.lifecycle import Action
from tasks.records import MessageKey, OccurrenceStatus, TaskStatus
from tasks.sealing import RecordErased
from tasks.sinks.folder import FolderSink
from tasks.sinks.outbox import deliver_due
from tasks.store import DuplicateFiling, NotFound, TaskStore
from tasks.tables import audit_log, filed_messages, metadata, outbox, tasks
from tests.unit.test_tasks_support import (
    AT,
    CANARY_CHILD,
    AesGcmCipher,
    blind_index,
    make_key,
    make_result,
    sqlite_engine,
)
from triage.records import Flag, TriageResult

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        db = sqlite_engine(tmp_path / "cpc.db")
        _create(db)
        yield db
        db.dispose()
        return
    schema = f"cpc_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except OperationalError:
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")
    db = create_engine(PG_URL, connect_args={"options": f"-csearch_path={schema}"})
    try:
        _create(db)
        yield db
    finally:
        db.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _create(db: Engine) -> None:
    metadata.create_all(db)
    with db.begin() as conn:
        install_audit_guards(conn)


@pytest.fixture
def cipher() -> AesGcmCipher:
    return AesGcmCipher()


@pytest.fixture
def store(engine: Engine, cipher: AesGcmCipher) -> TaskStore:
    return TaskStore(
        engine, cipher=cipher, blind_index=blind_index, sinks=("folder",), clock=lambda: AT
    )


def file_message(store: TaskStore, engine: Engine, result: TriageResult, key: MessageKey) -> Any:
    """What the daemon does for one message, in one transaction."""
    fields = result.invitation.fields
    with engine.begin() as conn:
        existing = store.occurrences_for_matching(
            district=result.district,
            local_reference=fields.local_reference,
            child_names=[c.name for c in fields.children],
            connection=conn,
        )
        filed = store.filed_keys_for(key, connection=conn)
        plan = plan_filing(result, key=key, existing=existing, filed_keys=filed, at=AT)
        return store.apply(plan, connection=conn)


def _count(engine: Engine, table: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_a_filed_invitation_reads_back_decrypted(store: TaskStore, engine: Engine) -> None:
    filed = file_message(store, engine, make_result(), make_key(1))
    assert filed.occurrence_id == "CPC-2026-000001" and filed.task_id == "CPC-2026-000001-T1"
    occurrence, task = store.get_task(filed.task_id, actor="ds.1234", purpose="review queue")
    assert occurrence.nominals[0].name == CANARY_CHILD and occurrence.venue == "Northgate House"
    assert task.criteria == make_result().criteria and task.mentions == make_result().mentions
    assert task.report_due == date(2026, 11, 30) and task.created_at == AT
    assert occurrence.history[0].detail is not None and "sha256:" in occurrence.history[0].detail


def test_the_same_message_applied_twice_is_filed_once(store: TaskStore, engine: Engine) -> None:
    result, key = make_result(), make_key(1)
    plan = plan_filing(result, key=key, existing=(), filed_keys=(), at=AT)
    store.apply(plan)
    with pytest.raises(DuplicateFiling):
        store.apply(plan)  # a second daemon with a stale plan: refused before writing
    again = file_message(store, engine, result, key)  # re-planned: already filed
    assert again.already and again.task_id == "CPC-2026-000001-T1"
    assert _count(engine, tasks) == 1 and _count(engine, filed_messages) == 1


def test_a_reschedule_updates_the_stored_occurrence_and_task(
    store: TaskStore, engine: Engine
) -> None:
    file_message(store, engine, make_result(), make_key(1))
    moved = make_result(
        on=date(2026, 12, 10),
        reschedules=True,
        previous_date=date(2026, 12, 3),
        report_due=date(2026, 12, 7),
        children=(),
    )
    filed = file_message(store, engine, moved, make_key(2))
    occurrence, task = store.get_task(filed.task_id, actor="ds.1234", purpose="review")
    assert occurrence.id == "CPC-2026-000001" and occurrence.date == date(2026, 12, 10)
    assert task.report_due == date(2026, 12, 7) and Flag.RESCHEDULED in task.flags
    assert [h.action for h in occurrence.history] == ["created", "reschedule"]
    assert _count(engine, tasks) == 1


def test_a_cancellation_leaves_the_occurrence_closing(store: TaskStore, engine: Engine) -> None:
    file_message(store, engine, make_result(), make_key(1))
    cancelled = make_result(message_kind=MessageKind.CANCELLATION, cancels=True)
    filed = file_message(store, engine, cancelled, make_key(2))
    occurrence, task = store.get_task(filed.task_id, actor="ds.1234", purpose="review")
    assert occurrence.status is OccurrenceStatus.CLOSING and Flag.CANCELLED in task.flags


def test_a_stale_plan_cannot_overwrite_a_supervisors_decision(
    store: TaskStore, engine: Engine
) -> None:
    first = file_message(store, engine, make_result(), make_key(1))
    with engine.connect() as conn:
        existing = store.occurrences_for_matching(
            district="calderdale", local_reference="LCS991421", child_names=[], connection=conn
        )
        conn.commit()
    stale = plan_filing(
        make_result(reschedules=True, on=date(2026, 12, 11)),
        key=make_key(2),
        existing=existing,
        filed_keys=(),
        at=AT,
    )
    decided = store.record_transition(
        first.task_id,
        action=Action.ATTEND,
        actor="ds.1234",
        purpose="decide attendance",
        officer="pc.5678",
    )
    assert decided.status is TaskStatus.DECIDED
    with pytest.raises(ConcurrentChange):
        store.apply(stale)
    _, task = store.get_task(first.task_id, actor="ds.1234", purpose="review")
    assert task.allocated_officer == "pc.5678" and task.history[-1].action == "attend"


def test_the_queue_filters_and_audits_every_id_it_shows(store: TaskStore, engine: Engine) -> None:
    file_message(store, engine, make_result(), make_key(1))
    file_message(
        store,
        engine,
        make_result(district="wakefield", reference="W1", on=date(2026, 12, 4)),
        make_key(2),
    )
    items = store.list_queue(actor="ds.1234", purpose="morning queue", district="calderdale")
    assert [t.id for _, t in items] == ["CPC-2026-000001-T1"]
    both = store.list_queue(actor="ds.1234", purpose="morning queue", status="new")
    assert [o.date for o, _ in both] == [date(2026, 12, 3), date(2026, 12, 4)]
    flagged = store.list_queue(actor="ds.1234", purpose="dups", flag="possible_duplicate")
    assert flagged == []
    with engine.connect() as conn:
        last = conn.execute(select(audit_log).order_by(audit_log.c.id.desc())).first()
    assert last is not None and last.operation == "consultation"
    assert last.record_ids == '["CPC-2026-000001-T1","CPC-2026-000002-T1"]'


def test_no_personal_data_reaches_the_audit_log(store: TaskStore, engine: Engine) -> None:
    filed = file_message(store, engine, make_result(), make_key(1))
    store.record_transition(
        filed.task_id,
        action=Action.NOT_ATTENDING,
        actor="ds.1234",
        purpose="decide",
        reason=f"{CANARY_CHILD} is known to us only",
    )
    store.get_task(filed.task_id, actor="ds.1234", purpose="review")
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(select(audit_log))]
        assert verify_chain(conn).ok
    assert rows and CANARY_CHILD.split()[1] not in repr(rows)
    assert {r[2] for r in rows} >= {"collection", "consultation", "alteration"}


def test_deleting_an_occurrence_shreds_it_even_in_an_earlier_backup(
    store: TaskStore, engine: Engine, cipher: AesGcmCipher, tmp_path: Path
) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("the file backup is the SQLite case; the key is the same on PostgreSQL")
    filed = file_message(store, engine, make_result(), make_key(1))
    backup = tmp_path / "backup.db"
    with (
        closing(sqlite3.connect(tmp_path / "cpc.db")) as source,
        closing(sqlite3.connect(backup)) as target,
    ):
        source.backup(target)  # what a nightly backup job does
    store.delete_occurrence(filed.occurrence_id, actor="ds.1234", purpose="retention expired")
    with pytest.raises(NotFound):
        store.get_task(filed.task_id, actor="ds.1234", purpose="review")
    restored = TaskStore(sqlite_engine(backup), cipher=cipher, blind_index=blind_index)
    with pytest.raises(RecordErased):
        restored.get_task(filed.task_id, actor="ds.1234", purpose="restore test")
    with engine.connect() as conn:
        erasure = conn.execute(select(audit_log).where(audit_log.c.operation == "erasure")).one()
        assert verify_chain(conn).ok
    assert filed.occurrence_id in erasure.record_ids
    assert _count(engine, filed_messages) == 1  # the key stays: the message is not refiled


def test_a_canary_child_name_never_reaches_the_sqlite_file(
    store: TaskStore, engine: Engine, tmp_path: Path
) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("raw file bytes are the SQLite case")
    filed = file_message(store, engine, make_result(), make_key(1))
    store.record_transition(
        filed.task_id,
        action=Action.NOT_ATTENDING,
        actor="ds.1234",
        purpose="decide",
        reason=f"{CANARY_CHILD} not known",
    )
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("cpc.db*"))
    assert (tmp_path / "cpc.db-wal").exists()
    for needle in (CANARY_CHILD, "Quillfeather", "registered sex offender", "2019-05-01"):
        for encoded in (
            needle.encode(),
            needle.encode("utf-16-le"),
            base64.b64encode(needle.encode()),
        ):
            assert encoded not in raw, needle


def test_the_outbox_is_written_with_the_filing_and_delivered_after(
    store: TaskStore, engine: Engine, tmp_path: Path
) -> None:
    filed = file_message(store, engine, make_result(), make_key(1))
    drop = tmp_path / "drop"
    drop.mkdir()
    sink = FolderSink(drop)
    report = deliver_due(engine, store, {"folder": sink}, now=AT + timedelta(seconds=1))
    assert report.sent == 1 and (drop / f"{filed.occurrence_id}.json").exists()
    assert deliver_due(engine, store, {"folder": sink}, now=AT + timedelta(hours=1)).sent == 0
    with engine.connect() as conn:
        row = conn.execute(select(outbox)).one()
        disclosure = conn.execute(
            select(audit_log).where(audit_log.c.operation == "disclosure")
        ).one()
    assert row.sent_at is not None and row.attempts == 1
    assert disclosure.recipients == f'["folder:{drop}"]'


def test_a_rolled_back_filing_leaves_nothing_behind(store: TaskStore, engine: Engine) -> None:
    plan = plan_filing(make_result(), key=make_key(1), existing=(), filed_keys=(), at=AT)
    assert isinstance(plan, Filing)
    with engine.connect() as conn:
        conn.begin()
        store.apply(plan, connection=conn)
        conn.rollback()  # the daemon crashed before commit
    assert _count(engine, tasks) == 0 and _count(engine, outbox) == 0
    assert isinstance(
        plan_filing(
            make_result(),
            key=make_key(1),
            existing=(),
            filed_keys=store.filed_keys_for(make_key(1)),
            at=AT,
        ),
        Filing,
    )
    filed = store.apply(replace(plan))
    assert filed.occurrence_id is not None and not isinstance(filed, AlreadyFiled)
