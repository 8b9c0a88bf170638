"""The restore drill (issue 13.2): back up a data directory the daemon filed mail into, prove the
backup opens with its keyring and not with another, refuse an altered one, restore it into an
empty directory and read the filed cases back; `keys rotate` keeps the old keyring for the
backups made before it. Real daemon run, real SQLite, real vault, real keyrings.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cpc_triage.cli.backup import register as register_backup
from cpc_triage.cli.daemon import register as register_daemon
from intake.keys import create_keyring, read_keyring
from tests.integration.daemon_fixtures import ROOT, run_daemon


def _cli(*args: str) -> tuple[int, str]:
    app = typer.Typer()
    register_backup(app)
    register_daemon(app)
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def _settings(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "settings.toml"
    path.write_text(f'data_dir = "{folder / "var"}"\nconfig_dir = "{ROOT / "config"}"\n')
    return path


@pytest.fixture(scope="module")
def filed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory after `run --once` filed four demo emails."""
    folder = tmp_path_factory.mktemp("live")
    config = _settings(folder)
    ran = run_daemon("run", "--once", "--seed-demo", "4", "--config", str(config), timeout=600)
    assert ran.returncode == 0, ran.stderr[-2000:]
    return folder


def test_a_backup_verifies_with_its_keyring_restores_and_reads_back(
    filed: Path, tmp_path: Path
) -> None:
    config = filed / "settings.toml"
    keyring = filed / "var" / "keys" / "keyring"
    backup = tmp_path / "backup-1"
    code, output = _cli("backup", str(backup), "--config", str(config))
    assert code == 0, output
    assert not any(p.name == "keyring" for p in backup.rglob("*"))
    assert (backup / "manifest.json").is_file() and (backup / "cpc-triage.db").is_file()

    code, output = _cli("backup", str(backup), "--verify", "--keyring", str(keyring))
    assert code == 0, output
    assert "verified" in output and "a vault file decrypted" in output

    other = tmp_path / "other" / "keyring"
    create_keyring(other)
    code, output = _cli("backup", str(backup), "--verify", "--keyring", str(other))
    assert code == 1 and "lacks KEK" in output

    restored = tmp_path / "restored"
    kept = tmp_path / "kept-keyring"
    shutil.copy2(keyring, kept)
    code, output = _cli(
        "restore", str(backup), "--keyring", str(kept), "--config", str(_settings(restored))
    )
    assert code == 0, output
    status = run_daemon("status", "--config", str(restored / "settings.toml"))
    assert status.returncode == 0, status.stderr
    assert "done 4" in status.stdout
    check = run_daemon("check-config", "--config", str(restored / "settings.toml"))
    assert "ok    keyring" in check.stdout, check.stdout


def test_an_altered_backup_and_one_beside_the_keyring_are_refused(
    filed: Path, tmp_path: Path
) -> None:
    config = filed / "settings.toml"
    keyring = filed / "var" / "keys" / "keyring"
    code, output = _cli("backup", str(filed / "var" / "keys" / "b"), "--config", str(config))
    assert code == 2 and "back the keyring up apart" in output
    backup = tmp_path / "backup-2"
    assert _cli("backup", str(backup), "--config", str(config))[0] == 0
    vault_file = next((backup / "vault").rglob("*.msg"))
    vault_file.write_bytes(vault_file.read_bytes()[:-1] + b"\0")
    code, output = _cli("backup", str(backup), "--verify", "--keyring", str(keyring))
    assert code == 1 and "altered" in output
    restored = tmp_path / "restored"
    code, output = _cli(
        "restore", str(backup), "--keyring", str(keyring), "--config", str(_settings(restored))
    )
    assert code == 2 and "not restored" in output
    assert not (restored / "var" / "cpc-triage.db").exists()


def test_keys_rotate_keeps_the_old_keyring_for_older_backups(filed: Path, tmp_path: Path) -> None:
    live = tmp_path / "live"
    shutil.copytree(filed, live)
    config = live / "settings.toml"
    config.write_text(config.read_text().replace(str(filed), str(live)))
    keyring = live / "var" / "keys" / "keyring"
    backup = tmp_path / "before-rotation"
    assert _cli("backup", str(backup), "--config", str(config))[0] == 0
    old_kek = read_keyring(keyring).current[0]
    code, output = _cli("keys", "rotate", "--config", str(config))
    assert code == 0, output
    retired = keyring.with_name(f"keyring.{old_kek}.retired")
    assert str(retired) in output and "archive it" in output
    assert _cli("backup", str(backup), "--verify", "--keyring", str(keyring))[0] == 1
    code, output = _cli("backup", str(backup), "--verify", "--keyring", str(retired))
    assert code == 0, output


def test_a_backup_is_taken_beside_a_writer_and_holds_only_what_was_committed(
    filed: Path, tmp_path: Path
) -> None:
    import sqlite3

    config = filed / "settings.toml"
    database = filed / "var" / "cpc-triage.db"
    writer = sqlite3.connect(database, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # the daemon, mid-transaction
    writer.execute(
        "INSERT INTO heartbeats VALUES ('uncommitted:1', '2026-01-01 00:00:00', "
        "'2026-01-01 00:00:00')"
    )
    try:
        code, output = _cli("backup", str(tmp_path / "b"), "--config", str(config))
    finally:
        writer.rollback()
        writer.close()
    assert code == 0, output
    copy = sqlite3.connect(tmp_path / "b" / "cpc-triage.db")
    try:
        instances = [r[0] for r in copy.execute("SELECT instance FROM heartbeats")]
        done = copy.execute("SELECT count(*) FROM ledger WHERE state = 'done'").fetchone()[0]
    finally:
        copy.close()
    assert "uncommitted:1" not in instances
    assert done == 4
