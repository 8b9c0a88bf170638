"""The desk as `cpc-triage web` builds it: the README's engine, the migrations, the real key ring.

`real_world` files the two test tasks the way the daemon does (the key ring bound to the
filing transaction) and serves the desk through `cpc_triage.desk_setup.desk_app`, the same wiring
as the command, on SQLite (the default set-up) or on PostgreSQL in a fresh schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import insert

from cpc_triage import migrations
from cpc_triage.db import make_engine
from cpc_triage.desk_setup import desk_app
from desk.tables import desk_accounts
from intake.keys import KeyRing, create_keyring
from intake.vault import Vault
from tasks.store import TaskStore
from tests.integration.daemon_fixtures import Backend
from tests.integration.test_desk_support import (
    ORIGIN,
    Clock,
    World,
    _account_rows,
    file_task,
    raw_invitation,
    result_for,
)
from triage.records import Flag, Suggestion, TriageResult


@contextmanager
def real_world(
    backend: Backend, tmp_path: Path, *, origin: str = ORIGIN, open_connections: int | None = 2
) -> Iterator[World]:
    """`open_connections`: the desk opens this many at start (None: all its pool keeps, as
    `cpc-triage web` does); two, so the suite's worlds do not crowd the PostgreSQL that other
    test runs on this machine share (max_connections 100)."""
    if backend.name == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'var' / 'cpc-triage.db'}")
    else:
        engine = make_engine(backend.url, schema=backend.schema)
    try:
        migrations.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(insert(desk_accounts), _account_rows())
        keyring_path = tmp_path / "var" / "keys" / "keyring"
        create_keyring(keyring_path)
        keyring = KeyRing(engine, keyring_path=keyring_path)
        clock = Clock()
        store = TaskStore(engine, cipher=keyring, blind_index=keyring.blind_index, clock=clock)
        vault_dir = tmp_path / "var" / "vault"
        with desk_app(
            engine,
            keyring=keyring,
            vault_dir=vault_dir,
            origin=origin,
            clock=clock,
            open_connections=open_connections,
        ) as app:
            vault = Vault(vault_dir, cipher=keyring)
            world = World(engine, store, keyring, vault, clock, app, bind_keys=keyring.using)
            for n, (name, result) in enumerate(_results(), start=1):
                raw = raw_invitation(result.invitation.fields.children[0].name, n=n)
                world.task_ids[name] = file_task(world, result, raw, n=n, bind_keys=keyring.using)
            keyring.forget_cached()  # the desk must read each data key from the database
            yield world
    finally:
        engine.dispose()


def _results() -> list[tuple[str, TriageResult]]:
    late = result_for(
        "Yusuf Barraclough",
        reference="LCS000777",
        suggested=Suggestion.REPORT_ONLY,
        report_due=date(2026, 11, 20),
        flags=(Flag.LATE_NOTICE,),
    )
    return [("rso", result_for()), ("late", late)]
