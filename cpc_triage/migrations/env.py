"""Alembic environment: online only, on the engine passed in `config.attributes`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine, text

from desk.digest_tables import metadata as digest_metadata
from desk.tables import metadata as desk_metadata
from intake.tables import metadata as intake_metadata
from tasks.tables import metadata as tasks_metadata

target_metadata = [intake_metadata, tasks_metadata, desk_metadata, digest_metadata]


#: Two daemons starting together on one PostgreSQL database must not both migrate: the first
#: takes this session lock, the second waits, then finds the schema at head and does nothing.
MIGRATION_LOCK = 0x637063_6D6967  # "cpcmig"


def _serialise(connection: Connection, *, lock: bool) -> None:
    if connection.dialect.name == "postgresql":
        verb = "pg_advisory_lock" if lock else "pg_advisory_unlock"
        connection.execute(text(f"SELECT {verb}(:k)"), {"k": MIGRATION_LOCK})
        connection.commit()


def run_migrations_online() -> None:
    engine = context.config.attributes["engine"]
    assert isinstance(engine, Engine)
    with engine.connect() as connection:
        _serialise(connection, lock=True)
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            transaction_per_migration=True,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        try:
            with context.begin_transaction():
                context.run_migrations()
            connection.commit()
        finally:
            _serialise(connection, lock=False)


if context.is_offline_mode():
    raise SystemExit(
        "offline (SQL script) migrations are not supported: run `cpc-triage db upgrade`"
    )
run_migrations_online()
