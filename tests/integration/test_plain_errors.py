"""Storage and mailbox errors in plain words, from their codes (issue 13.11).

Each error is produced for real — a locked, read-only or full SQLite file, a full device, a
PostgreSQL port nobody listens on, a role that does not exist, an IMAP server that is not there
— and the words an operator reads are checked: never only "OperationalError". `run --once` that
could not read a mailbox exits 1 and says which and why.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from cpc_triage.bootstrap import open_database
from cpc_triage.diagnose import why
from cpc_triage.settings import Settings
from cpc_triage.startup import StartupError
from tests.integration.daemon_fixtures import ROOT, pg_available, run_daemon
from tests.servers.dovecot import PASSWORD


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "db.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x BLOB)")
    return path


def test_a_locked_sqlite_database_is_named_locked(tmp_path: Path) -> None:
    path = _database(tmp_path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    try:
        with pytest.raises(OperationalError) as raised, engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))
    finally:
        holder.close()
        engine.dispose()
    assert why(raised.value) == "the database is locked by another process (SQLITE_BUSY)"


def test_a_read_only_sqlite_database_is_named_read_only(tmp_path: Path) -> None:
    path = _database(tmp_path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as raised:
        conn.execute("INSERT INTO t VALUES (1)")
    conn.close()
    assert "SQLITE_READONLY" in (why(raised.value) or "")


def test_a_full_sqlite_database_and_a_full_disk_are_named_full(tmp_path: Path) -> None:
    conn = sqlite3.connect(_database(tmp_path))
    conn.execute("PRAGMA max_page_count = 8")
    with pytest.raises(sqlite3.Error) as raised:
        for _ in range(100):
            conn.execute("INSERT INTO t VALUES (zeroblob(4096))")
    conn.close()
    assert why(raised.value) == "the disk is full (SQLITE_FULL): free space in the data directory"
    with pytest.raises(OSError) as full, open("/dev/full", "wb") as device:
        device.write(b"x")
        device.flush()
    assert why(full.value) == "the disk is full (ENOSPC)"


def test_postgresql_refused_connection_and_missing_role_are_named(tmp_path: Path) -> None:
    port = _free_port()
    with pytest.raises(StartupError) as refused:
        open_database(
            Settings.model_validate(
                {"database": {"url": f"postgresql+psycopg://postgres@127.0.0.1:{port}/test"}}
            )
        )
    assert f"connection refused on port {port}" in str(refused.value)
    if not pg_available():
        pytest.skip("no PostgreSQL on 127.0.0.1:5432")
    with pytest.raises(StartupError) as no_role:
        open_database(
            Settings.model_validate(
                {"database": {"url": "postgresql+psycopg://cpc_no_such_role@127.0.0.1:5432/test"}}
            )
        )
    assert 'role "cpc_no_such_role" does not exist' in str(no_role.value)


def test_run_once_exits_1_and_says_why_when_a_mailbox_could_not_be_read(tmp_path: Path) -> None:
    password = tmp_path / "imap-password"
    password.write_text(PASSWORD)
    password.chmod(0o600)
    config = tmp_path / "settings.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "var"}"\nconfig_dir = "{ROOT / "config"}"\n'
        "[[mailboxes]]\n"
        f'name = "wakefield"\nkind = "imap"\nhost = "127.0.0.1"\nport = {_free_port()}\n'
        f'username = "cpc"\npassword_file = "{password}"\n'
    )
    ran = run_daemon("run", "--once", "--config", str(config), timeout=300)
    assert ran.returncode == 1, ran.stderr[-2000:]
    assert "mailbox wakefield could not be read" in ran.stderr
    assert "connection refused" in ran.stderr
    status = run_daemon("status", "--config", str(config))
    assert "connection refused" in status.stdout
