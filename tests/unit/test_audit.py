"""The s.62 audit chain: append-only for the app, tamper-evident against a DBA (RELIABILITY S6)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from tasks.audit import (
    ChainHead,
    Operation,
    append,
    chain_head,
    install_audit_guards,
    row_hash,
    verify_chain,
)
from tasks.tables import audit_head, audit_log, metadata
from tests.unit.test_tasks_support import AT, sqlite_engine

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
OPERATIONS = list(Operation)


def _fill(engine: Engine, rows: int = 6) -> ChainHead:
    head = ChainHead(0, "")
    for n in range(rows):
        with engine.begin() as conn:
            operation = OPERATIONS[n % len(OPERATIONS)]
            head = append(
                conn,
                operation=operation,
                actor=f"ds.{1000 + n}",
                purpose="review queue",
                record_ids=[f"CPC-2026-{n:06d}", f"CPC-2026-{n:06d}-T1"],
                recipients=["mailto:tasking@example.police.uk"]
                if operation is Operation.DISCLOSURE
                else (),
                at=AT + timedelta(minutes=n),
            )
    return head


@pytest.fixture
def db(tmp_path: Path) -> Iterator[tuple[Engine, Path]]:
    path = tmp_path / "audit.db"
    engine = sqlite_engine(path)
    metadata.create_all(engine, tables=[audit_log, audit_head])
    with engine.begin() as conn:
        install_audit_guards(conn)
    _fill(engine)
    yield engine, path
    engine.dispose()


def _dba(path: Path, *statements: str) -> None:
    """A database administrator with the sqlite3 shell: drops the guard, then edits."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def _verify(engine: Engine, anchor: ChainHead | None = None) -> tuple[bool, int | None]:
    with engine.connect() as conn:
        result = verify_chain(conn, anchor=anchor)
    return result.ok, result.first_bad_id


def test_an_untouched_chain_verifies(db: tuple[Engine, Path]) -> None:
    engine, _ = db
    with engine.connect() as conn:
        result = verify_chain(conn)
        head = chain_head(conn)
    assert result.ok and result.checked == 6 and head.last_id == 6


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET purpose = 'nothing to see' WHERE id = 2", "DELETE FROM audit_log"],
)
def test_the_app_connection_cannot_change_or_delete_audit_rows(
    db: tuple[Engine, Path], statement: str
) -> None:
    engine, _ = db
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text(statement))
    assert _verify(engine) == (True, None)


def test_an_edited_row_is_named(db: tuple[Engine, Path]) -> None:
    engine, path = db
    _dba(path, "UPDATE audit_log SET actor = 'ds.9999' WHERE id = 3")
    assert _verify(engine) == (False, 3)


def test_a_deleted_row_is_named(db: tuple[Engine, Path]) -> None:
    engine, path = db
    _dba(path, "DELETE FROM audit_log WHERE id = 3")
    assert _verify(engine) == (False, 3)


def test_reordered_rows_are_named(db: tuple[Engine, Path]) -> None:
    engine, path = db
    _dba(
        path,
        "UPDATE audit_log SET id = -2 WHERE id = 2",
        "UPDATE audit_log SET id = 2 WHERE id = 4",
        "UPDATE audit_log SET id = 4 WHERE id = -2",
    )
    assert _verify(engine) == (False, 2)


def test_an_inserted_row_is_named(db: tuple[Engine, Path]) -> None:
    engine, path = db
    shifts = [f"UPDATE audit_log SET id = {n + 1} WHERE id = {n}" for n in range(6, 2, -1)]
    forged = (
        "INSERT INTO audit_log (id, at, operation, actor, purpose, record_ids, recipients, "
        "prev_hash, row_hash) SELECT 3, at, 'consultation', 'ds.1000', 'x', '[]', '[]', "
        "row_hash, row_hash FROM audit_log WHERE id = 2"
    )
    _dba(path, *shifts, forged)
    assert _verify(engine) == (False, 3)


def test_a_row_appended_without_the_chain_is_named(db: tuple[Engine, Path]) -> None:
    engine, path = db
    _dba(
        path,
        "INSERT INTO audit_log (id, at, operation, actor, purpose, record_ids, recipients, "
        f"prev_hash, row_hash) VALUES (7, 'x', 'erasure', 'dba', 'x', '[]', '[]', "
        f"'{'0' * 64}', '{'1' * 64}')",
    )
    assert _verify(engine) == (False, 7)


def test_a_deleted_last_row_is_caught_by_the_head(db: tuple[Engine, Path]) -> None:
    engine, path = db
    _dba(path, "DELETE FROM audit_log WHERE id = 6")
    assert _verify(engine) == (False, 6)


def test_a_rewritten_chain_is_caught_by_a_published_anchor(db: tuple[Engine, Path]) -> None:
    engine, path = db
    with engine.connect() as conn:
        anchor = chain_head(conn)  # what journald / the digest carried
    with closing(sqlite3.connect(path)) as conn:  # the DBA recomputes every hash after row 4
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET purpose = 'routine' WHERE id = 4")
        conn.row_factory = sqlite3.Row
        prev = conn.execute("SELECT row_hash FROM audit_log WHERE id = 3").fetchone()[0]
        for row in conn.execute("SELECT * FROM audit_log WHERE id >= 4 ORDER BY id").fetchall():
            new_hash = row_hash(prev, dict(row))
            conn.execute(
                "UPDATE audit_log SET prev_hash = ?, row_hash = ? WHERE id = ?",
                (prev, new_hash, row["id"]),
            )
            prev = new_hash
        conn.execute("UPDATE audit_head SET last_hash = ?", (prev,))
        conn.commit()
    assert _verify(engine) == (True, None)  # the limit of a keyless chain
    assert _verify(engine, anchor) == (False, 6)


def test_an_audit_row_refuses_text_where_ids_belong(db: tuple[Engine, Path]) -> None:
    engine, _ = db
    with pytest.raises(ValueError, match="ids"), engine.begin() as conn:
        append(
            conn,
            operation=Operation.CONSULTATION,
            actor="ds.1",
            purpose="look",
            record_ids=["Zebedee Quillfeather"],
            at=AT,
        )
    with pytest.raises(ValueError, match="recipients"), engine.begin() as conn:
        append(
            conn,
            operation=Operation.DISCLOSURE,
            actor="ds.1",
            purpose="export",
            record_ids=["CPC-2026-000001"],
            at=AT,
        )


@pytest.mark.postgres
def test_postgresql_refuses_update_delete_and_truncate_of_audit_rows() -> None:
    schema = f"cpc_audit_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except OperationalError:
        pytest.skip("PostgreSQL is not reachable")
    engine = create_engine(PG_URL, connect_args={"options": f"-csearch_path={schema}"})
    try:
        metadata.create_all(engine, tables=[audit_log, audit_head])
        with engine.begin() as conn:
            install_audit_guards(conn)
        _fill(engine)
        for statement in (
            "UPDATE audit_log SET purpose = 'x'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
        ):
            with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
                conn.execute(text(statement))
        assert _verify(engine) == (True, None)
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
