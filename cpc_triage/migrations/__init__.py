"""Alembic migrations, configured in code so they run from an installed package.

There is no `alembic.ini`: `alembic_config()` points Alembic at this folder and hands it the
caller's connection, so `cpc-triage db upgrade`, the daemon's start-up upgrade and the tests all
run the same revisions (STYLE.md: an Alembic revision per schema change, reviewed like code).
The schema is the union of `intake.tables.metadata` and `tasks.tables.metadata`; a test
compares `upgrade head` on an empty database with both, so drift fails a test.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, *, revision: str = "head") -> None:
    """Bring the schema to `revision` (idempotent; one transaction per revision)."""
    command.upgrade(alembic_config(engine), revision)


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def schema_is_current(engine: Engine) -> bool:
    """Alembic's answer: the database's revision is this code's head (None on an empty one)."""
    return current_revision(engine) == head_revision(engine)
