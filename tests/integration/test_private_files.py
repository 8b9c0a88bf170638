"""Secrets and state are private whatever the caller's umask (issue 13.3, RELIABILITY.md S7).

A secret file (a password, a webhook key, a private key) that group or others can read is
refused at start-up and by `check-config`, as the keyring already is; the data directory and the
SQLite file are made 0700 / 0600 even when an operator runs a command outside systemd with a
permissive umask. Real files, real commands, a real SQLite database.
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cpc_triage.bootstrap import open_app
from cpc_triage.cli.daemon import register
from cpc_triage.logs import get_logger
from cpc_triage.settings import load_settings
from cpc_triage.startup import StartupError
from tests.builders.smime import make_pki
from tests.integration.daemon_fixtures import CLI, ROOT

SECRET = "webhook key of the force"


def _settings(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(f'data_dir = "{tmp_path / "var"}"\nconfig_dir = "{ROOT / "config"}"\n{extra}')
    return path


def _webhook(secret: Path) -> str:
    return (
        '[[sinks]]\nname = "niche"\nkind = "webhook"\nurl = "https://niche.invalid/in"\n'
        f'secret_file = "{secret}"\n'
    )


def _check(settings: Path) -> tuple[int, str]:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["check-config", "--config", str(settings)])
    return result.exit_code, result.output


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604])
def test_a_secret_file_readable_by_group_or_others_is_refused_by_check_config_and_start_up(
    tmp_path: Path, mode: int
) -> None:
    secret = tmp_path / "webhook.key"
    secret.write_text(SECRET)
    secret.chmod(mode)
    config = _settings(tmp_path, _webhook(secret))
    code, output = _check(config)
    assert code == 1
    assert f"FAIL  sinks: sink niche: secret file {secret} is readable by group or others" in output
    assert "chmod 600" in output and SECRET not in output
    with pytest.raises(StartupError, match="readable by group or others"):
        open_app(load_settings(config), log=get_logger(), load_nlp=False).close()
    secret.chmod(0o600)
    assert "ok    sinks" in _check(config)[1]


def test_a_private_key_readable_by_others_is_refused(tmp_path: Path) -> None:
    (tmp_path / "pki").mkdir()
    pki = make_pki(tmp_path / "pki")
    Path(pki["unit_key_file"]).chmod(0o644)
    config = _settings(
        tmp_path,
        f'[smime]\ncertificate_file = "{pki["unit_cert_file"]}"\n'
        f'private_key_file = "{pki["unit_key_file"]}"\n',
    )
    code, output = _check(config)
    assert code == 1
    assert "FAIL  S/MIME: smime: private key: secret file" in output
    assert "readable by group or others (mode 644)" in output


def test_the_data_directory_and_the_sqlite_file_are_private_under_a_permissive_umask(
    tmp_path: Path,
) -> None:
    config = _settings(tmp_path, "")
    for command in (["check-config"], ["db", "upgrade"]):
        ran = subprocess.run(
            [CLI, *command, "--config", str(config)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            preexec_fn=lambda: os.umask(0),  # the umask is what is tested
        )
        assert ran.returncode == 0, ran.stdout + ran.stderr
    data = tmp_path / "var"
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    database = data / "cpc-triage.db"
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    for companion in (Path(f"{database}-wal"), Path(f"{database}-shm")):
        if companion.exists():
            assert stat.S_IMODE(companion.stat().st_mode) == 0o600


def test_the_desks_oidc_client_secret_readable_by_others_is_refused(tmp_path: Path) -> None:
    from cpc_triage.desk_setup import read_oidc_config

    secret = tmp_path / "client-secret"
    secret.write_text(SECRET)
    secret.chmod(0o644)
    oidc = tmp_path / "oidc.toml"
    oidc.write_text(
        'issuer = "https://login.invalid"\nclient_id = "desk"\n'
        f'client_secret_file = "{secret}"\nredirect_uri = "https://desk.invalid/auth"\n'
    )
    with pytest.raises(ValueError, match="readable by group or others"):
        read_oidc_config(oidc)
    secret.chmod(0o600)
    assert read_oidc_config(oidc).client_secret == SECRET
