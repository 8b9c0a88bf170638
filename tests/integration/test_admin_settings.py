"""Admin commands run by a person on the server read the service's settings (issue 13.7).

`status`, `report`, `digest`, `keys`, `audit` and `web-account` find the settings the daemon
uses — `--config`, else `$CPC_TRIAGE_CONFIG`, else `/etc/cpc-triage/settings.toml` — resolve
relative paths in that file against the file's folder, and never make an empty database in
whatever directory the person happens to be in.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cpc_triage import settings as settings_module
from cpc_triage.cli.daemon import register as register_daemon
from cpc_triage.cli.desk import register as register_desk
from cpc_triage.cli.report import register as register_report
from cpc_triage.settings import find_settings, load_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A person's working directory, no $CPC_TRIAGE_CONFIG, and a service settings path that
    this test controls (never the machine's own /etc)."""
    cwd = tmp_path / "home"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.delenv("CPC_TRIAGE_CONFIG", raising=False)
    monkeypatch.delenv("STATE_DIRECTORY", raising=False)
    monkeypatch.setattr(settings_module, "SYSTEM_CONFIG", tmp_path / "etc" / "settings.toml")
    return cwd


def _cli(*args: str) -> tuple[int, str]:
    app = typer.Typer()
    register_daemon(app)
    register_desk(app)
    register_report(app)
    result = CliRunner().invoke(app, list(args), input="pw\npw\n")
    return result.exit_code, result.output


@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["report", "--month", "2026-11"],
        ["digest", "--preview", "--district", "wakefield"],
        ["keys", "rotate"],
        ["audit", "verify"],
        ["web-account", "ds.smith", "--role", "supervisor"],
    ],
)
def test_an_admin_command_without_settings_makes_no_database_in_the_current_directory(
    elsewhere: Path, command: list[str]
) -> None:
    code, output = _cli(*command)
    assert code == 2, output
    assert "no database at" in output and "--config" in output
    assert list(elsewhere.iterdir()) == []


def test_the_service_settings_are_found_by_default_and_the_env_and_flag_come_first(
    elsewhere: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert find_settings() is None
    system = tmp_path / "etc" / "settings.toml"
    system.parent.mkdir()
    system.write_text('data_dir = "/var/lib/cpc-triage"\n')
    assert find_settings() == system
    assert load_settings().data_path() == Path("/var/lib/cpc-triage")
    other = tmp_path / "other.toml"
    other.write_text('data_dir = "/srv/x"\n')
    monkeypatch.setenv("CPC_TRIAGE_CONFIG", str(other))
    assert find_settings() == other
    assert find_settings(system) == system


def test_relative_paths_in_a_settings_file_are_relative_to_that_file(elsewhere: Path) -> None:
    folder = elsewhere.parent / "etc"
    folder.mkdir()
    path = folder / "settings.toml"
    path.write_text(
        'data_dir = "state"\nconfig_dir = "triage-config"\n'
        '[database]\nurl = "sqlite:///db/cpc.db"\n'
        '[keys]\nkeyring_file = "keyring"\n'
        '[smime]\nca_file = "pki/ca.pem"\n'
        '[[mailboxes]]\nname = "wakefield"\npath = "drop"\n'
        '[[sinks]]\nname = "niche"\nkind = "folder"\npath = "/srv/abs"\n'
    )
    settings = load_settings(path)
    assert settings.data_path() == folder / "state"
    assert settings.triage_config_dir() == folder / "triage-config"
    assert settings.database_url() == f"sqlite:///{folder / 'db' / 'cpc.db'}"
    assert settings.keyring_path() == folder / "keyring"
    assert settings.smime.ca_file == str(folder / "pki" / "ca.pem")
    assert settings.mailbox_path(settings.mailboxes[0]) == folder / "drop"  # type: ignore[arg-type]
    assert settings.sinks[0].path == "/srv/abs"
