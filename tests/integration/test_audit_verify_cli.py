"""RELIABILITY.md S6: `cpc-triage audit verify` names the first row a "DBA" edited or deleted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import typer
from typer.testing import CliRunner

from cpc_demo import generate
from cpc_triage.cli.daemon import register
from cpc_triage.daemon import Daemon
from tests.integration.daemon_app import fixed_triage, open_test_app
from tests.integration.daemon_fixtures import Backend, deliver


def _verify(settings: Path) -> tuple[int, str]:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["audit", "verify", "--config", str(settings)])
    return result.exit_code, result.output


def _as_dba(database: Path, *statements: str) -> None:
    """What someone with the database file could do: drop the guards, then edit."""
    with sqlite3.connect(database) as conn:
        triggers = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        ]
        for name in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        for statement in statements:
            conn.execute(statement)


def test_verify_passes_on_an_untouched_log_and_names_the_edited_and_the_deleted_row(
    tmp_path: Path,
) -> None:
    app, _ = open_test_app(tmp_path, Backend("sqlite", "", ""), triage_fn=fixed_triage)
    try:
        inbox = app.settings.mailbox_path(app.settings.mailboxes[0]) / "inbox"  # type: ignore[arg-type]
        deliver(inbox, generate(tmp_path / "mail", count=4, mix="demo"))
        assert Daemon(app).run_once() == 4
        database = Path(str(app.engine.url.database))
    finally:
        app.close()
    settings = tmp_path / "settings.toml"
    code, output = _verify(settings)
    assert code == 0 and "audit log intact" in output, output

    _as_dba(database, "UPDATE audit_log SET purpose = 'nothing to see' WHERE id = 2")
    code, output = _verify(settings)
    assert code == 1 and "BROKEN at row 2" in output

    _as_dba(
        database,
        "UPDATE audit_log SET purpose = purpose WHERE id = 2",
        "DELETE FROM audit_log WHERE id = 1",
    )
    code, output = _verify(settings)
    assert code == 1 and "BROKEN at row 1" in output
