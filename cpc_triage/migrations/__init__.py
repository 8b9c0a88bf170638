"""Alembic migrations, configured in code so they run from an installed package.

There is no `alembic.ini`: `alembic_config()` points Alembic at this folder and hands it the
caller's connection, so `cpc-triage db upgrade`, the daemon's start-up upgrade and the tests all
run the same revisions (STYLE.md: an Alembic revision per schema change, reviewed like code).
The schema is the union of `intake.tables.metadata` and `tasks.tables.metadata`; a test
compares `upgrade head` on an empty database with both, so drift fails a test.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent

#: Opens the keyring's blind index for a revision that must hash stored values (0005 hashes
#: Message-IDs). Called only when there is something to hash, so a fresh database needs no key.
IndexOpener = Callable[[], Callable[[str], str]]


def alembic_config(engine: Engine, *, blind_index: IndexOpener | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["engine"] = engine
    if blind_index is not None:
        config.attributes["blind_index"] = blind_index
    return config


def upgrade(
    engine: Engine, *, revision: str = "head", blind_index: IndexOpener | None = None
) -> None:
    """Bring the schema to `revision` (idempotent; one transaction per revision).

    On SQLite the WAL is truncated afterwards: a revision that replaces values (0005: clear
    Message-IDs and file names) must not leave the old pages behind in the -wal file.
    """
    command.upgrade(alembic_config(engine, blind_index=blind_index), revision)
    if engine.dialect.name == "sqlite":
        raw = engine.raw_connection()  # outside any transaction: a checkpoint cannot run in one
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
        finally:
            raw.close()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def schema_is_current(engine: Engine) -> bool:
    """Alembic's answer: the database's revision is this code's head (None on an empty one)."""
    return current_revision(engine) == head_revision(engine)
