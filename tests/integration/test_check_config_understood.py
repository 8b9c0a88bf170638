"""`check-config` names missing programs and prints the configuration as understood (13.14).

Like `doveconf -n`: the settings file it read, the resolved data directory, database, keyring,
triage configuration and mailboxes — so an operator sees what the daemon will use, not what
they meant to write. The programs the daemon runs (Tesseract, openssl) are looked for on the
real PATH, and a PATH without them fails the check in plain words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cpc_triage.cli.daemon import register

ROOT = Path(__file__).resolve().parents[2]


def _check(config: Path) -> tuple[int, str]:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["check-config", "--config", str(config)])
    return result.exit_code, result.output


def _config(tmp_path: Path, extra: str = "") -> Path:
    folder = tmp_path / "etc"
    folder.mkdir()
    path = folder / "settings.toml"
    path.write_text(
        f'data_dir = "state"\nconfig_dir = "{ROOT / "config"}"\n{extra}'
        '[[mailboxes]]\nname = "wakefield"\ndistrict = "wakefield"\n'
    )
    return path


def test_the_configuration_is_printed_as_understood_with_paths_resolved(tmp_path: Path) -> None:
    config = _config(tmp_path)
    code, output = _check(config)
    assert code == 0, output
    state = tmp_path / "etc" / "state"
    assert f"settings file:        {config}" in output
    assert f"data directory:       {state}" in output
    assert f"database:             sqlite {state / 'cpc-triage.db'}" in output
    assert f"keyring:              {state / 'keys' / 'keyring'}" in output
    assert f"mailbox wakefield: dropfolder, {state / 'mailbox-wakefield'}, district wakefield" in (
        output
    )
    assert "ok    tools: tesseract" in output


def test_missing_tesseract_and_openssl_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _config(tmp_path, extra=f'[smime]\nca_file = "{tmp_path / "ca.pem"}"\n')
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    code, output = _check(config)
    assert code == 1
    tools = next(line for line in output.splitlines() if "tools" in line)
    assert tools.startswith("FAIL  tools: missing: tesseract")
    assert "apt install tesseract-ocr" in tools and "openssl" in tools


def test_a_host_that_never_answers_fails_within_the_timeout_with_a_message(
    tmp_path: Path,
) -> None:
    import socket

    silent = socket.socket()  # accepts the connection (the kernel does), never says a word
    silent.bind(("127.0.0.1", 0))
    silent.listen(5)
    password = tmp_path / "pw"
    password.write_text("x")
    password.chmod(0o600)
    config = _config(
        tmp_path,
        extra="",
    )
    config.write_text(
        config.read_text() + '[[mailboxes]]\nname = "leeds"\nkind = "imap"\nhost = "127.0.0.1"\n'
        f'port = {silent.getsockname()[1]}\nusername = "u"\npassword_file = "{password}"\n'
        "timeout_seconds = 2\n"
    )
    try:
        code, output = _check(config)
    finally:
        silent.close()
    assert code == 1
    assert "FAIL  mailbox leeds (imap): no answer in time" in output
