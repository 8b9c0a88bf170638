"""The migrations build exactly the schema the code declares, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, event, text
from sqlalchemy.exc import DBAPIError

from cpc_triage import migrations
from cpc_triage.db import DurabilityRefused, check_durability, make_engine
from desk.digest_tables import metadata as digest_metadata
from desk.tables import metadata as desk_metadata
from intake.tables import metadata as intake_metadata
from tasks.tables import metadata as tasks_metadata
from tests.integration import daemon_fixtures
from tests.integration.daemon_fixtures import Backend

backend_fixture = daemon_fixtures.backend_fixture
pg_backend_fixture = daemon_fixtures.pg_backend_fixture


def _engine(backend: Backend, tmp_path: Path):  # type: ignore[no-untyped-def]
    if backend.name == "sqlite":
        return make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    return make_engine(backend.url, schema=backend.schema)


def test_upgrade_head_on_an_empty_database_gives_exactly_the_declared_tables(
    backend: Backend, tmp_path: Path
) -> None:
    engine = _engine(backend, tmp_path)
    migrations.upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(
            context, [intake_metadata, tasks_metadata, desk_metadata, digest_metadata]
        )
    engine.dispose()
    assert diffs == []


def test_upgrading_twice_changes_nothing_and_reports_the_head(
    backend: Backend, tmp_path: Path
) -> None:
    engine = _engine(backend, tmp_path)
    migrations.upgrade(engine)
    migrations.upgrade(engine)
    assert migrations.current_revision(engine) == migrations.head_revision(engine) is not None
    engine.dispose()


def test_the_migrated_audit_log_refuses_updates(backend: Backend, tmp_path: Path) -> None:
    engine = _engine(backend, tmp_path)
    migrations.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (id, at, operation, actor, purpose, record_ids, "
                "recipients, prev_hash, row_hash) VALUES (1, 'x', 'collection', 'a', 'p', "
                "'[]', '[]', 'h', 'h')"
            )
        )
    with pytest.raises(DBAPIError), engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'b'"))
    engine.dispose()


def test_sqlite_with_normal_synchronous_is_refused(tmp_path: Path) -> None:
    plain = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")

    @event.listens_for(plain, "connect")
    def _normal(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")

    with pytest.raises(DurabilityRefused, match="synchronous"):
        check_durability(plain)
    plain.dispose()


def test_sqlite_without_wal_is_refused(tmp_path: Path) -> None:
    plain = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with pytest.raises(DurabilityRefused, match="journal_mode"):
        check_durability(plain)
    plain.dispose()


def test_our_sqlite_engine_passes_the_durability_check(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    check_durability(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    engine.dispose()


@pytest.mark.postgres
def test_postgresql_with_synchronous_commit_off_is_refused(pg_backend: Backend) -> None:
    engine = create_engine(pg_backend.url, connect_args={"options": "-csynchronous_commit=off"})
    with pytest.raises(DurabilityRefused, match="synchronous_commit"):
        check_durability(engine)
    engine.dispose()


@pytest.mark.postgres
def test_postgresql_as_configured_here_passes_the_durability_check(pg_backend: Backend) -> None:
    engine = make_engine(pg_backend.url, schema=pg_backend.schema)
    check_durability(engine)
    engine.dispose()
