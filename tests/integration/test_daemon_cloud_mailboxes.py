"""The daemon reading Microsoft 365 through Graph and Exchange Server through EWS, from settings.

The same wiring as production (`[[mailboxes]]` kind graph / ews → `open_app` → `Daemon`), the
real parser and triage, against local servers speaking Graph's and Entra ID's wire format
(`tests/servers/graph.py`) and EWS SOAP with a real NTLM handshake (`tests/servers/ews.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cpc_demo import generate
from cpc_triage.bootstrap import App, open_app
from cpc_triage.daemon import Daemon
from cpc_triage.logs import configure_logging, get_logger
from cpc_triage.settings import load_settings
from intake.tables import ledger, mailbox_polls
from tasks.tables import filed_messages
from tests.servers.ews import FakeEws
from tests.servers.graph import FakeGraph
from tests.servers.tls import app_certificate

ROOT = Path(__file__).resolve().parents[2]
SECRET = "correct horse battery"


@pytest.fixture(scope="module")
def mail(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    return [p.read_bytes() for p in generate(tmp_path_factory.mktemp("mail"), count=4, mix="demo")]


def _open(tmp_path: Path, mailbox: str) -> App:
    configure_logging("info", stream=None)
    settings = tmp_path / "settings.toml"
    settings.write_text(
        f'data_dir = "{tmp_path / "var"}"\nconfig_dir = "{ROOT / "config"}"\n'
        f"[parsing]\nworkers = 1\n[[mailboxes]]\n{mailbox}"
    )
    return open_app(load_settings(settings), log=get_logger())


def _filed(app: App) -> int:
    with app.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(filed_messages)).scalar_one())


@pytest.fixture
def graph(tmp_path: Path) -> Iterator[tuple[FakeGraph, str]]:
    cert, key = app_certificate(tmp_path)
    with FakeGraph(tmp_path, certificate_pem=cert.read_bytes()) as server:
        server.state.folders["Failed"] = "folder-failed"
        toml = (
            f'name = "leeds-m365"\nkind = "graph"\nmailbox = "{server.state.mailbox}"\n'
            f'tenant_id = "{server.state.tenant}"\nclient_id = "{server.state.client_id}"\n'
            f'certificate_file = "{cert}"\nprivate_key_file = "{key}"\n'
            f'authority_host = "{server.base}"\ngraph_root = "{server.base}/v1.0"\n'
            f'ca_file = "{server.ca_path}"\ndistrict = "leeds"\n'
        )
        yield server, toml


def test_graph_mail_is_filed_once_moved_and_not_read_again(
    tmp_path: Path, graph: tuple[FakeGraph, str], mail: list[bytes]
) -> None:
    server, toml = graph
    for raw in mail:
        server.add(raw)
    server.throttle_next(2, retry_after=0)  # Graph's 429s are honoured, not fatal
    app = _open(tmp_path, toml)
    try:
        assert Daemon(app).run_once() == len(mail)
        assert _filed(app) == len(mail)
        server.add(mail[0])  # the same message delivered again: recognised by its hash
        Daemon(app).run_once()
        assert _filed(app) == len(mail)
        with app.engine.connect() as conn:
            states = dict(
                conn.execute(select(ledger.c.state, func.count()).group_by(ledger.c.state)).all()
            )
    finally:
        app.close()
    assert len(server.in_folder("Processed")) == len(mail) + 1
    assert server.in_folder("inbox") == []
    assert states == {"done": len(mail) + 1}


def test_a_graph_outage_is_recorded_and_the_mail_is_filed_when_it_is_back(
    tmp_path: Path, graph: tuple[FakeGraph, str], mail: list[bytes]
) -> None:
    server, toml = graph
    server.add(mail[0])
    app = _open(tmp_path, toml)
    try:
        daemon = Daemon(app)
        server.throttle_next(100, retry_after=0)  # Graph keeps answering 429
        assert daemon.poll(app.sources[0]) is None
        with app.engine.connect() as conn:
            poll = conn.execute(select(mailbox_polls)).one()
        assert poll.last_error == "SourceUnavailable" and _filed(app) == 0
        server.state.throttle.clear()
        daemon.backoff.clear()  # the back-off has passed
        assert daemon.poll(app.sources[0]) == 1
        assert _filed(app) == 1
    finally:
        app.close()


def test_exchange_server_mail_is_filed_with_ntlm_and_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mail: list[bytes]
) -> None:
    users = tmp_path / "ntlm-users"
    users.write_text(f"FORCE:svc-cpc:{SECRET}\n")
    monkeypatch.setenv("NTLM_USER_FILE", str(users))
    password = tmp_path / "ews-password"
    password.write_text(SECRET)
    password.chmod(0o600)
    with FakeEws(tmp_path) as ews:
        ews.add_folder("Processed")
        ews.add_folder("Failed")
        start = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
        for n, raw in enumerate(mail):
            ews.add(raw, received=start + dt.timedelta(minutes=n))
        app = _open(
            tmp_path,
            f'name = "calderdale"\nkind = "ews"\nservice_endpoint = "{ews.endpoint}"\n'
            f'mailbox = "{ews.state.mailbox}"\nusername = "FORCE\\\\svc-cpc"\n'
            f'password_file = "{password}"\nca_file = "{ews.ca_path}"\n',
        )
        try:
            assert Daemon(app).run_once() == len(mail)
            assert Daemon(app).run_once() == 0
            assert _filed(app) == len(mail)
        finally:
            app.close()
        assert len(ews.in_folder("Processed")) == len(mail)
        assert ews.in_folder("inbox") == []
