"""A keyring that does not belong to the database is refused, never silently replaced (issue 13.1).

The keyring (the key-encryption key) is backed up apart from the database. A restore that forgets
it, or brings back another one, must stop the daemon, `check-config` and the admin commands with a
message that says so — before a single message is sealed under a key nobody will be able to open
with the database's old records. Each test uses a real migrated SQLite database, real data keys
wrapped by a real keyring file, and the real commands.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cpc_triage.bootstrap import open_database, open_keyring
from cpc_triage.cli.daemon import register
from cpc_triage.settings import Settings, load_settings
from cpc_triage.startup import StartupError
from intake.files import write_atomically
from intake.keys import Keyring, create_keyring, read_keyring
from tests.integration.daemon_fixtures import run_daemon

ROOT = Path(__file__).resolve().parents[2]


def _settings_file(tmp_path: Path) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(f'data_dir = "{tmp_path / "var"}"\nconfig_dir = "{ROOT / "config"}"\n')
    return path


def _with_data_keys(tmp_path: Path, count: int = 3) -> tuple[Settings, Path]:
    """A data directory as the daemon leaves it: a migrated database holding sealed data keys."""
    settings = load_settings(_settings_file(tmp_path))
    engine = open_database(settings, upgrade=True)
    try:
        keyring = open_keyring(settings, engine)
        for _ in range(count):
            keyring.new_key()
    finally:
        engine.dispose()
    return settings, settings.keyring_path()


def _cli(*args: str) -> tuple[int, str]:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def _open(settings: Settings) -> None:
    engine = open_database(settings, upgrade=False)
    try:
        open_keyring(settings, engine)
    finally:
        engine.dispose()


def test_a_missing_keyring_on_a_database_with_keys_stops_start_up_and_none_is_created(
    tmp_path: Path,
) -> None:
    settings, path = _with_data_keys(tmp_path)
    path.rename(tmp_path / "keyring.elsewhere")
    with pytest.raises(StartupError, match="restore the keyring") as refused:
        _open(settings)
    assert "3 data keys" in str(refused.value)
    assert not path.exists()
    code, output = _cli("check-config", "--config", str(tmp_path / "settings.toml"))
    assert code == 1
    assert "FAIL  keyring" in output and "restore the keyring" in output
    assert "will be created" not in output
    assert not path.exists()


def test_another_valid_keyring_is_refused_by_start_up_and_check_config(tmp_path: Path) -> None:
    settings, path = _with_data_keys(tmp_path)
    path.unlink()
    create_keyring(path)  # a perfectly good keyring — of another installation
    with pytest.raises(StartupError, match="not the keyring this database was sealed with"):
        _open(settings)
    code, output = _cli("check-config", "--config", str(tmp_path / "settings.toml"))
    assert code == 1
    assert "not the keyring this database was sealed with" in output


def test_a_keyring_with_the_same_kek_id_but_other_key_bytes_is_refused(tmp_path: Path) -> None:
    settings, path = _with_data_keys(tmp_path)
    original = read_keyring(path)
    kek_id, _ = original.current
    forged = Keyring(index_seed=original.index_seed, keks=((kek_id, os.urandom(32)),))
    write_atomically(path, forged.render().encode(), mode=0o600)
    with pytest.raises(StartupError, match="not the keyring this database was sealed with"):
        _open(settings)


def test_the_right_keyring_opens_and_check_config_says_it_unwrapped_a_key(
    tmp_path: Path,
) -> None:
    _with_data_keys(tmp_path)
    code, output = _cli("check-config", "--config", str(tmp_path / "settings.toml"))
    assert code == 0, output
    assert "ok    keyring" in output
    assert "unwrapped" in output


def test_a_keyring_that_is_a_fifo_is_refused_without_waiting_for_a_writer(
    tmp_path: Path,
) -> None:
    settings, path = _with_data_keys(tmp_path)
    path.unlink()
    os.mkfifo(path, 0o600)
    # A blocking open of a FIFO waits for a writer for ever: the generous timeout only turns
    # such a hang into a failure, it measures nothing.
    ran = run_daemon("check-config", "--config", str(tmp_path / "settings.toml"), timeout=120)
    assert ran.returncode == 1
    assert "not a regular file" in ran.stdout
    with pytest.raises(StartupError, match="not a regular file"):
        _open(settings)


def test_keys_init_makes_a_keyring_once_and_never_over_a_database_with_keys(
    tmp_path: Path,
) -> None:
    config = _settings_file(tmp_path)
    keyring = tmp_path / "var" / "keys" / "keyring"
    code, output = _cli("keys", "init", "--config", str(config))
    assert code == 0, output
    assert keyring.stat().st_mode & 0o777 == 0o600
    first = keyring.read_bytes()
    code, output = _cli("keys", "init", "--config", str(config))
    assert code == 2 and "already exists" in output
    assert keyring.read_bytes() == first

    (tmp_path / "second").mkdir()
    _, path = _with_data_keys(tmp_path / "second")
    path.unlink()
    code, output = _cli("keys", "init", "--config", str(tmp_path / "second" / "settings.toml"))
    assert code == 2
    assert "restore the keyring" in output
    assert not path.exists()
