"""`cpc-triage check-config` against real servers: Dovecot, and the Graph/Entra and EWS wire fakes.

Each test writes a settings file the way an operator would, runs the command, and reads what it
printed: a working setup passes; each typical mistake is named in plain words and fails (exit 1).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cpc_triage.cli.daemon import register
from tests.servers.dovecot import PASSWORD, USER, DovecotServer, dovecot_available
from tests.servers.ews import FakeEws
from tests.servers.graph import FakeGraph
from tests.servers.smtp import SmtpInbox, SmtpServer
from tests.servers.tls import app_certificate

ROOT = Path(__file__).resolve().parents[2]
SECRET = "correct horse battery"


def _settings(tmp_path: Path, mailbox: str, *, extra: str = "") -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(
        f'data_dir = "{tmp_path / "var"}"\nconfig_dir = "{ROOT / "config"}"\n{extra}\n'
        f"[[mailboxes]]\n{mailbox}"
    )
    return path


def _secret_file(tmp_path: Path, name: str, value: str) -> Path:
    path = tmp_path / name
    path.write_text(value + "\n")
    path.chmod(0o600)
    return path


def _check(settings: Path) -> tuple[int, str]:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["check-config", "--config", str(settings)])
    return result.exit_code, result.output


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- IMAP ------------------------------------------------------------------------------------
@pytest.fixture
def dovecot(tmp_path: Path) -> Iterator[DovecotServer]:
    if not dovecot_available():
        pytest.skip("dovecot-imapd not installed")
    (tmp_path / "dovecot").mkdir()
    with DovecotServer(tmp_path / "dovecot") as server:
        yield server


def _imap(
    tmp_path: Path,
    server: DovecotServer,
    *,
    password: str = PASSWORD,
    ca: bool = True,
    **keys: object,
) -> str:
    values: dict[str, object] = {
        "name": "wakefield",
        "kind": "imap",
        "host": "127.0.0.1",
        "port": server.imaps_port,
        "username": USER,
        "password_file": str(_secret_file(tmp_path, "imap-password", password)),
        "district": "wakefield",
        "timeout_seconds": 5,
    }
    if ca:
        values["ca_file"] = str(server.ca_path)
    values.update(keys)
    return "".join(
        f"{k} = {v}\n" if isinstance(v, int | float) else f'{k} = "{v}"\n'
        for k, v in values.items()
    )


def test_a_working_imap_mailbox_passes_every_check(tmp_path: Path, dovecot: DovecotServer) -> None:
    dovecot.deliver(b"From: a@wakefield.gov.uk\r\nSubject: x\r\n\r\nbody\r\n")
    code, output = _check(_settings(tmp_path, _imap(tmp_path, dovecot)))
    assert code == 0, output
    assert "certificate verified" in output and "1 message(s) waiting in INBOX" in output
    assert "all checks passed" in output
    assert PASSWORD not in output


def test_a_wrong_imap_password_is_named_without_showing_it(
    tmp_path: Path, dovecot: DovecotServer
) -> None:
    code, output = _check(_settings(tmp_path, _imap(tmp_path, dovecot, password="wrong-one")))
    assert code == 1
    assert "FAIL  mailbox wakefield (imap): IMAP login refused by 127.0.0.1" in output
    assert "check username and the password file" in output
    assert "wrong-one" not in output


def test_an_untrusted_server_certificate_is_explained(
    tmp_path: Path, dovecot: DovecotServer
) -> None:
    code, output = _check(_settings(tmp_path, _imap(tmp_path, dovecot, ca=False)))
    assert code == 1
    assert "certificate is not trusted" in output and "set ca_file" in output


def test_starttls_where_only_imaps_listens_and_a_closed_port_are_told_apart(
    tmp_path: Path, dovecot: DovecotServer
) -> None:
    closed = _free_port()
    code, output = _check(_settings(tmp_path, _imap(tmp_path, dovecot, port=closed)))
    assert code == 1 and "nothing accepts connections there" in output
    starttls = _imap(tmp_path, dovecot, port=dovecot.imap_port, security="starttls")
    code, output = _check(_settings(tmp_path, starttls))
    assert code == 0, output  # Dovecot offers STARTTLS on 143: verified, then logged in


def test_a_missing_password_file_and_an_unknown_district_are_named(
    tmp_path: Path, dovecot: DovecotServer
) -> None:
    mailbox = _imap(tmp_path, dovecot).replace(
        str(tmp_path / "imap-password"), str(tmp_path / "nowhere")
    )
    code, output = _check(_settings(tmp_path, mailbox))
    assert code == 1 and f"secret file {tmp_path / 'nowhere'} unreadable" in output
    code, output = _check(_settings(tmp_path, _imap(tmp_path, dovecot, district="narnia")))
    assert code == 1 and "district 'narnia' has no policy" in output


# -- Graph -----------------------------------------------------------------------------------
@pytest.fixture
def graph(tmp_path: Path) -> Iterator[tuple[FakeGraph, Path, Path]]:
    cert, key = app_certificate(tmp_path)
    with FakeGraph(tmp_path, certificate_pem=cert.read_bytes()) as server:
        server.state.folders["Failed"] = "folder-failed"
        yield server, cert, key


def _graph(server: FakeGraph, cert: Path, key: Path, **keys: str) -> str:
    values = {
        "name": "leeds",
        "kind": "graph",
        "mailbox": server.state.mailbox,
        "tenant_id": server.state.tenant,
        "client_id": server.state.client_id,
        "certificate_file": str(cert),
        "private_key_file": str(key),
        "authority_host": server.base,
        "graph_root": f"{server.base}/v1.0",
        "ca_file": str(server.ca_path),
        **keys,
    }
    return "".join(f'{k} = "{v}"\n' for k, v in values.items())


def test_a_working_graph_mailbox_passes(
    tmp_path: Path, graph: tuple[FakeGraph, Path, Path]
) -> None:
    server, cert, key = graph
    server.add(b"Message-ID: <1@leeds.gov.uk>\r\nSubject: ICPC\r\n\r\nbody\r\n")
    code, output = _check(_settings(tmp_path, _graph(server, cert, key)))
    assert code == 0, output
    assert "token obtained; 1 message(s) in inbox; folders found" in output
    assert [m.folder for m in server.state.messages.values()] == ["inbox"]  # nothing moved


def test_graph_says_whether_entra_or_the_mailbox_refused(
    tmp_path: Path, graph: tuple[FakeGraph, Path, Path]
) -> None:
    server, cert, key = graph
    code, output = _check(_settings(tmp_path, _graph(server, cert, key, client_id="someone-else")))
    assert code == 1 and "Entra ID did not give the app a token" in output
    other = _graph(server, cert, key, mailbox="chief.constable@force.example")
    code, output = _check(_settings(tmp_path, other))
    assert code == 1
    assert "authenticated with Entra ID, but Graph refused mailbox chief.constable" in output
    assert "application access policy" in output


def test_a_graph_processed_folder_that_does_not_exist_is_named(
    tmp_path: Path, graph: tuple[FakeGraph, Path, Path]
) -> None:
    server, cert, key = graph
    code, output = _check(_settings(tmp_path, _graph(server, cert, key, processed_folder="Done")))
    assert code == 1 and "no folder named 'Done'" in output


# -- EWS -------------------------------------------------------------------------------------
def test_ews_with_ntlm_passes_with_the_right_password_and_names_the_wrong_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    users = tmp_path / "ntlm-users"
    users.write_text(f"FORCE:svc-cpc:{SECRET}\n")
    monkeypatch.setenv("NTLM_USER_FILE", str(users))
    with FakeEws(tmp_path) as ews:
        ews.add_folder("Processed")

        def mailbox(password: str) -> str:
            secret = _secret_file(tmp_path, "ews-password", password)
            return (
                'name = "calderdale"\nkind = "ews"\n'
                f'service_endpoint = "{ews.endpoint}"\nmailbox = "{ews.state.mailbox}"\n'
                f'username = "FORCE\\\\svc-cpc"\npassword_file = "{secret}"\n'
                f'ca_file = "{ews.ca_path}"\n'
            )

        code, output = _check(_settings(tmp_path, mailbox(SECRET)))
        assert code == 0, output
        assert "(ntlm); folders found; 0 message(s) in inbox" in output
        code, output = _check(_settings(tmp_path, mailbox("wrong")))
        assert code == 1 and "EWS refused" in output
        assert SECRET not in output


# -- the rest --------------------------------------------------------------------------------
def test_a_keyring_readable_by_others_fails_the_check(tmp_path: Path) -> None:
    settings = _settings(tmp_path, 'name = "default"\n')
    assert _check(settings)[0] == 0
    keyring = tmp_path / "var" / "keys" / "keyring"
    keyring.parent.mkdir(parents=True)
    keyring.write_text("not a keyring")
    keyring.chmod(0o644)
    code, output = _check(settings)
    assert code == 1 and "readable by others (mode 644): chmod 600" in output


def test_smime_settings_with_a_missing_key_are_named(tmp_path: Path) -> None:
    cert, _key = app_certificate(tmp_path)
    extra = f'[smime]\ncertificate_file = "{cert}"\nprivate_key_file = "{tmp_path / "none.key"}"\n'
    code, output = _check(_settings(tmp_path, 'name = "default"\n', extra=extra))
    assert code == 1 and "FAIL  S/MIME: smime:" in output and "none.key" in output


# -- digest transport ------------------------------------------------------------------------
def _digest(server: SmtpServer, *, ca: bool = True, auth: str = "") -> str:
    ca_line = f'ca_file = "{server.ca_file}"\n' if ca else ""
    return (
        '[digest]\nenabled = true\nbase_url = "https://cpc.force.example"\n'
        'sender = "cpc-triage@force.example"\nallow_list = ["@force.example"]\n'
        '[digest.recipients]\nwakefield = ["ds.wakefield@force.example"]\n'
        f'[digest.transport]\nkind = "relay"\nhost = "127.0.0.1"\nport = {server.port}\n'
        f"timeout_seconds = 5\n{ca_line}{auth}"
    )


def test_the_digest_relay_is_tried_without_sending_anything(tmp_path: Path) -> None:
    with SmtpServer(tmp_path / "smtp") as server:
        code, output = _check(_settings(tmp_path, 'name = "default"\n', extra=_digest(server)))
        assert code == 0, output
        assert f"digest: relay: 127.0.0.1:{server.port}: TLS verified, accepted us" in output
        code, output = _check(
            _settings(tmp_path, 'name = "default"\n', extra=_digest(server, ca=False))
        )
        assert code == 1 and "certificate did not verify" in output
        assert server.inbox.messages == []


def test_a_digest_relay_that_refuses_the_login_is_named(tmp_path: Path) -> None:
    inbox = SmtpInbox(logins={"cpc-triage": SECRET})
    with SmtpServer(tmp_path / "smtp", auth=True, inbox=inbox) as server:
        password = _secret_file(tmp_path, "smtp-password", "not it")
        login = f'username = "cpc-triage"\npassword_file = "{password}"\n'
        extra = _digest(server, auth=login)
        code, output = _check(_settings(tmp_path, 'name = "default"\n', extra=extra))
        assert code == 1 and "SMTP authentication refused (535)" in output
        assert "not it" not in output
        _secret_file(tmp_path, "smtp-password", SECRET)
        assert _check(_settings(tmp_path, 'name = "default"\n', extra=extra))[0] == 0


def test_a_schema_behind_head_is_told_from_alembic_whether_start_up_upgrades_it(
    tmp_path: Path,
) -> None:
    """Issue 14 item 7: whether the schema is current is Alembic's answer, not an error's words."""
    from cpc_triage import migrations
    from cpc_triage.db import make_engine

    (tmp_path / "var").mkdir()
    engine = make_engine(f"sqlite:///{tmp_path / 'var' / 'cpc-triage.db'}")
    migrations.upgrade(engine, revision="0002")
    engine.dispose()
    upgrades = _settings(tmp_path, 'name = "default"\n')
    code, output = _check(upgrades)
    assert code == 0 and "the daemon will upgrade the schema when it starts" in output
    refuses = _settings(
        tmp_path, 'name = "default"\n', extra="[database]\nupgrade_on_start = false"
    )
    code, output = _check(refuses)
    assert code == 1 and "cpc-triage db upgrade" in output
