"""`cpc-triage status` tells the truth (issue 13.12).

On a real migrated SQLite database with rows as a daemon leaves them: whether a daemon runs now
(a fresh heartbeat) or only once did (a stale one, its PID still in the leader column); each
mailbox's queue, a wedged message in a drop folder's `working/` and a parked one in `failed/`;
processed counts from the ledger, which a killed run cannot lose; every error since a time; and
an answer while the daemon holds the database's write lock.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import typer
from sqlalchemy import insert
from typer.testing import CliRunner

from cpc_triage.bootstrap import open_database
from cpc_triage.cli.daemon import register
from cpc_triage.settings import load_settings
from intake.tables import heartbeats, ledger, mailbox_polls

ROOT = Path(__file__).resolve().parents[2]
SOURCE = "dropfolder:default"


def _config(tmp_path: Path) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(f'data_dir = "{tmp_path / "var"}"\nconfig_dir = "{ROOT / "config"}"\n')
    engine = open_database(load_settings(path), upgrade=True)
    engine.dispose()
    return path


def _status(config: Path, *extra: str) -> str:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["status", "--config", str(config), *extra])
    assert result.exit_code == 0, result.output
    return result.output


def _ledger_row(
    n: int, state: str, *, error: str | None = None, at: datetime | None = None
) -> dict[str, object]:
    at = at or datetime.now(UTC)
    return {
        "source": SOURCE,
        "source_id": f"m{n}.eml",
        "sha256": f"{n:064x}",
        "size": 100,
        "attempts": 0,
        "state": state,
        "received_at": at,
        "error": error,
        "error_at": at if error else None,
    }


def test_status_shows_a_dead_daemon_as_not_running_and_counts_from_the_ledger(
    tmp_path: Path,
) -> None:
    now = datetime.now(UTC)
    config = _config(tmp_path)
    engine = open_database(load_settings(config), upgrade=False)
    with engine.begin() as conn:
        conn.execute(
            insert(heartbeats).values(
                instance="cpc1:4242",
                at=now - timedelta(hours=3),
                started_at=now - timedelta(days=1),
            )
        )
        # A run killed before it recorded its poll: the ledger has 7 done, the poll row 0.
        conn.execute(
            insert(mailbox_polls).values(
                mailbox=SOURCE,
                last_poll_at=now - timedelta(hours=3),
                processed=0,
                leader="cpc1:4242",
            )
        )
        conn.execute(insert(ledger), [_ledger_row(n, "done") for n in range(7)])
        conn.execute(insert(ledger), [_ledger_row(7, "received")])
    engine.dispose()
    out = _status(config)
    assert "Daemon: NOT RUNNING (last heartbeat" in out and "cpc1:4242" in out
    row = next(line for line in out.splitlines() if SOURCE in line)
    assert "- (cpc1:4242 not running)" in row
    cells = [c.strip() for c in row.split("│")]
    assert cells[5:8] == ["7", "1", "0"]  # processed, in progress, failed

    engine = open_database(load_settings(config), upgrade=False)
    with engine.begin() as conn:
        conn.execute(insert(heartbeats).values(instance="cpc1:5151", at=now, started_at=now))
    engine.dispose()
    assert "Daemon: running — cpc1:5151" in _status(config)


def test_a_wedged_and_a_parked_drop_folder_message_are_counted(tmp_path: Path) -> None:
    config = _config(tmp_path)
    mailbox = tmp_path / "var" / "mailbox"
    for folder, names in (("inbox", ["a", "b"]), ("working", ["c"]), ("failed", ["d"])):
        (mailbox / folder).mkdir(parents=True, exist_ok=True)
        for name in names:
            (mailbox / folder / f"{name}.eml").write_bytes(b"x")
    assert "inbox 2, working 1, failed 1" in _status(config)


def test_every_error_since_a_time_is_listed_not_only_the_last_ten(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    config = _config(tmp_path)
    engine = open_database(load_settings(config), upgrade=False)
    old = now - timedelta(days=30)
    with engine.begin() as conn:
        conn.execute(
            insert(ledger),
            [
                _ledger_row(n, "failed", error="ParseTimeout", at=now - timedelta(minutes=n))
                for n in range(15)
            ]
            + [_ledger_row(99, "failed", error="OldError", at=old)],
        )
    engine.dispose()
    assert _status(config).count("ParseTimeout") == 10
    since = (now - timedelta(days=1)).astimezone(UTC).isoformat()
    out = _status(config, "--errors-since", since)
    assert out.count("ParseTimeout") == 15
    assert "OldError" not in out


def test_status_answers_while_the_daemon_holds_the_write_lock(tmp_path: Path) -> None:
    config = _config(tmp_path)
    holder = sqlite3.connect(tmp_path / "var" / "cpc-triage.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute(
        "INSERT INTO heartbeats VALUES ('cpc1:77', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
    )
    try:
        out = _status(config)
    finally:
        holder.rollback()
        holder.close()
    assert "Ledger: empty" in out


def _check(config: Path) -> tuple[int, str]:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["status", "--check", "--config", str(config)])
    return result.exit_code, result.output


def test_status_check_gives_nagios_exit_codes(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    config = _config(tmp_path)
    code, output = _check(config)
    assert (code, output.split(" - ")[0]) == (2, "CPC-TRIAGE CRITICAL")
    assert "no daemon running" in output

    engine = open_database(load_settings(config), upgrade=False)
    with engine.begin() as conn:
        conn.execute(insert(heartbeats).values(instance="cpc1:1", at=now, started_at=now))
        conn.execute(
            insert(mailbox_polls).values(
                mailbox=SOURCE, last_poll_at=now, last_ok_at=now, processed=0, leader="cpc1:1"
            )
        )
    assert _check(config) == (0, "CPC-TRIAGE OK - daemon running, 1 mailbox(es) read, 0 done\n")

    with engine.begin() as conn:
        conn.execute(insert(ledger), [_ledger_row(1, "received", at=now - timedelta(hours=2))])
    code, output = _check(config)
    assert code == 1 and "a message has waited 2 h" in output
    engine.dispose()

    missing = tmp_path / "missing.toml"
    code, output = _check(missing)
    assert code == 3 and output.startswith("CPC-TRIAGE UNKNOWN")
