"""Shared helpers for the daemon's tests: a database per backend, settings files, a fresh app.

The PostgreSQL tests use the real server on 127.0.0.1:5432 (trust auth, database "test"; the
README's setup starts it) with a fresh schema per test, dropped afterwards.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from intake.dropfolder import source_id_of

PG_URL = os.environ.get("CPC_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PG_DSN = PG_URL.replace("postgresql+psycopg://", "postgresql://")
ROOT = Path(__file__).resolve().parents[2]
CLI = str(Path(sys.executable).parent / "cpc-triage")


@dataclass(frozen=True)
class Backend:
    name: str
    url: str
    schema: str

    def toml(self) -> str:
        if self.name == "sqlite":
            return ""
        return f'[database]\nurl = "{self.url}"\nschema = "{self.schema}"\n'


def pg_available() -> bool:
    try:
        with psycopg.connect(PG_DSN, connect_timeout=3):
            return True
    except psycopg.Error:
        return False


@pytest.fixture(
    name="backend", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def backend_fixture(request: pytest.FixtureRequest) -> Iterator[Backend]:
    """Each test twice: SQLite in its tmp dir, PostgreSQL in a fresh schema.

    Test modules take it with `backend_fixture = daemon_fixtures.backend_fixture`."""
    if request.param == "sqlite":
        yield Backend("sqlite", "", "")
        return
    yield from _pg_backend()


@pytest.fixture(name="pg_backend")
def pg_backend_fixture() -> Iterator[Backend]:
    yield from _pg_backend()


def _pg_backend() -> Iterator[Backend]:
    if not pg_available():
        pytest.fail("PostgreSQL is not answering on 127.0.0.1:5432 (run scripts/setup)")
    schema = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(PG_DSN, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield Backend("postgresql", PG_URL, schema)
    finally:
        with psycopg.connect(PG_DSN, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def write_settings(
    tmp: Path,
    backend: Backend,
    *,
    poll_seconds: float = 0.3,
    extra: str = "",
    data: Path | None = None,
) -> Path:
    data = data or tmp / "var"
    text = (
        f'data_dir = "{data}"\n'
        f'config_dir = "{ROOT / "config"}"\n'
        f"{extra}\n"
        f"{backend.toml()}\n"
        "[[mailboxes]]\n"
        'name = "default"\n'
        f"poll_seconds = {poll_seconds}\n"
        "[schedule]\nhealth_seconds = 0.5\n"
        "[parsing]\nattachment_timeout_seconds = 20\nworkers = 1\n"
    )
    tmp.mkdir(parents=True, exist_ok=True)
    path = tmp / "settings.toml"
    path.write_text(text)
    return path


def deliver(inbox: Path, sources: list[Path]) -> None:
    """Deliver like an MTA: write beside the inbox, then rename in (no half file is seen)."""
    inbox.mkdir(parents=True, exist_ok=True)
    for path in sources:
        tmp = inbox / f".{path.name}.tmp"
        tmp.write_bytes(path.read_bytes())
        os.replace(tmp, inbox / path.name)


def pg_dump_data(schema: str) -> bytes:
    """The data of one schema as `pg_dump` writes it: what a leak test greps on PostgreSQL."""
    dump = subprocess.run(
        ["pg_dump", "--data-only", "-n", schema, PG_DSN], capture_output=True, check=True
    )
    assert b"COPY" in dump.stdout
    return dump.stdout


def names_by_source_id(mail: list[Path]) -> dict[str, str]:
    """The drop folder's source id of each delivered file → its name (ids are content hashes:
    a file name never reaches the ledger, issue 13 item 4)."""
    return {source_id_of(p.read_bytes()): p.name for p in mail}


def left_in_drop_folder(root: Path) -> list[str]:
    """Every file a drop folder still holds, in any folder: none once all is filed (issue 12.16)."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def daemon_argv(*args: str) -> list[str]:
    return [CLI, *args]


def start_daemon(
    *args: str, env: dict[str, str] | None = None, log: Path
) -> subprocess.Popen[bytes]:
    with log.open("ab") as handle:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            daemon_argv(*args),
            stdout=handle,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
            cwd=ROOT,
        )


def run_daemon(
    *args: str, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        daemon_argv(*args),
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )
