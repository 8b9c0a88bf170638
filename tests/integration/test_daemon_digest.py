"""The daily digest through the daemon: `[digest]` settings → `open_app` → `Daemon.digest`.

The real wiring on a real data directory (migrations, keyring, TaskStore), cases filed as the
daemon files them, and the digest sent to a real SMTP server on loopback (aiosmtpd, STARTTLS
required, a test certificate trusted only through `transport.ca_file`) or to the local Graph
server speaking `sendMail`. The assertions are on what the server received (RELIABILITY S12,
R8): the marked subject, the recipients, both parts, the links, no names; one digest a day
across a restart; a relay that is down is retried, then reported.

`Daemon.digest(now=…)` is the scheduled job with the clock given, so a test runs "Tuesday
07:45" without waiting for it.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cpc_triage.bootstrap import App, StartupError, open_app
from cpc_triage.daemon import Daemon
from cpc_triage.logs import configure_logging, get_logger
from cpc_triage.settings import load_settings
from cpc_triage.status import read_status
from desk.digest_tables import digest_runs
from parsers.records import Person
from tasks.tables import audit_log
from tests.integration import daemon_fixtures
from tests.integration.daemon_fixtures import Backend, write_settings
from tests.servers.graph import FakeGraph
from tests.servers.smtp import SmtpServer, free_port
from tests.servers.tls import app_certificate, make_self_signed
from tests.unit.test_digest_support import ARRIVED, BASE_URL, NOW, SUPERVISOR, file_case
from tests.unit.test_tasks_support import CANARY_CHILD, make_result
from triage.records import Suggestion

backend_fixture = daemon_fixtures.backend_fixture

SENDER = "cpc-triage@force.example"
LEEDS = ("leeds.supervisors@force.example", "di.leeds@force.example")
SUBJECT = "OFFICIAL-SENSITIVE: CPC digest – Wakefield – Tue 24 Nov 2026"
OTHER_CHILD = "Ottoline Brackenridge"


def digest_toml(transport: str, *, extra: str = "") -> str:
    return (
        "[digest]\nenabled = true\n"
        f'base_url = "{BASE_URL}"\nsender = "{SENDER}"\n'
        'allow_list = ["@force.example"]\nsend_at = "07:30"\n'
        f"{extra}"
        "[digest.recipients]\n"
        f'wakefield = ["{SUPERVISOR}"]\n'
        f"leeds = {json.dumps(list(LEEDS))}\n"
        f"[digest.transport]\n{transport}\n"
    )


def relay_toml(server: SmtpServer, **keys: str | int) -> str:
    values: dict[str, str | int] = {
        "kind": "relay",
        "host": "127.0.0.1",
        "port": server.port,
        "ca_file": str(server.ca_file),
        "timeout_seconds": 10,
    }
    values.update(keys)
    return "".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items())


@dataclass
class Cases:
    attend: str
    review: str
    leeds: str


@dataclass
class Running:
    app: App
    logs: io.StringIO

    def daemon(self) -> Daemon:
        return Daemon(self.app)


def _open(tmp: Path, backend: Backend, digest: str) -> Running:
    logs = io.StringIO()
    configure_logging("info", stream=logs)
    settings = load_settings(write_settings(tmp, backend, extra=digest))
    return Running(open_app(settings, log=get_logger(), load_nlp=False), logs)


def _file_cases(app: App) -> Cases:
    def file(n: int, **fields: object) -> str:
        result = make_result(**fields)  # type: ignore[arg-type]
        return file_case(app.parts.store, app.engine, result, n, at=ARRIVED, bind=app.keyring.using)

    return Cases(
        attend=file(1, district="wakefield", reference="WK-1001"),
        review=file(
            2,
            district="wakefield",
            reference="WK-1002",
            suggested=Suggestion.MANUAL_REVIEW,
            children=(Person(OTHER_CHILD, None),),
        ),
        leeds=file(3, district="leeds", reference="LS-77"),
    )


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[SmtpServer]:
    with SmtpServer(tmp_path / "smtp") as server:
        yield server


def _runs(app: App) -> dict[str, Any]:
    with app.engine.connect() as conn:
        return {r.district: r for r in conn.execute(select(digest_runs)).all()}


def _parts(message: EmailMessage) -> tuple[str, str]:
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert text is not None and html is not None
    return text.get_content(), html.get_content()


def test_the_daemon_sends_each_district_one_marked_digest_through_the_starttls_relay(
    backend: Backend, tmp_path: Path, relay: SmtpServer
) -> None:
    running = _open(tmp_path, backend, digest_toml(relay_toml(relay)))
    try:
        cases = _file_cases(running.app)
        running.daemon().digest(now=NOW)
        runs = _runs(running.app)
        with running.app.engine.connect() as conn:
            disclosures = conn.execute(
                select(audit_log).where(audit_log.c.operation == "disclosure")
            ).all()
    finally:
        running.app.close()
    received = {tuple(rcpt): raw for rcpt, raw in relay.inbox.messages}
    assert set(received) == {(SUPERVISOR,), LEEDS}  # the configured, allow-listed addresses
    by_to = {m["To"]: m for m in relay.inbox.parsed()}
    wakefield = by_to[SUPERVISOR]
    assert wakefield["Subject"] == SUBJECT
    assert wakefield["From"] == SENDER
    assert wakefield["Message-ID"] == "<cpc-digest.wakefield.20261124@force.example>"
    assert wakefield.get_content_type() == "multipart/alternative"
    text, html = _parts(wakefield)
    for body in (text, html):
        assert f"{BASE_URL}/tasks/{cases.attend}" in body
        assert f"{BASE_URL}/tasks/{cases.review}" in body
        assert cases.leeds not in body and "LS-77" not in body
        assert "WK-1001" in body and "Z.Q." in body
        for personal in (CANARY_CHILD, "Quillfeather", OTHER_CHILD, "Northgate"):
            assert personal not in body
    assert b"Quillfeather" not in received[(SUPERVISOR,)]
    assert by_to[", ".join(LEEDS)]["Subject"].startswith("OFFICIAL-SENSITIVE: CPC digest – Leeds")
    assert {d: (r.sent_at is not None, r.items) for d, r in runs.items()} == {
        "leeds": (True, 1),
        "wakefield": (True, 2),
    }
    assert sorted(json.loads(d.recipients) for d in disclosures) == sorted(
        [[f"mailto:{SUPERVISOR}"], [f"mailto:{a}" for a in LEEDS]]
    )
    logged = running.logs.getvalue()
    assert logged.count('"digest_sent"') == 2
    assert "Quillfeather" not in logged and SUPERVISOR not in logged


def test_one_digest_a_day_per_district_across_a_restart(tmp_path: Path, relay: SmtpServer) -> None:
    sqlite = Backend("sqlite", "", "")
    first = _open(tmp_path, sqlite, digest_toml(relay_toml(relay)))
    try:
        _file_cases(first.app)
        first.daemon().digest(now=NOW)
        first.daemon().digest(now=NOW + timedelta(minutes=5))  # the next firing
    finally:
        first.app.close()
    restarted = _open(tmp_path, sqlite, digest_toml(relay_toml(relay)))
    try:
        restarted.daemon().digest(now=NOW + timedelta(hours=3))
    finally:
        restarted.app.close()
    assert len(relay.inbox.messages) == 2  # wakefield and leeds, once each
    assert '"digest_sent"' not in restarted.logs.getvalue()


def test_a_relay_that_is_down_is_retried_and_the_digest_then_arrives(tmp_path: Path) -> None:
    port = free_port()
    down = SmtpServer(tmp_path / "smtp", port=port)  # built (certificate made), not started
    running = _open(tmp_path, Backend("sqlite", "", ""), digest_toml(relay_toml(down)))
    try:
        _file_cases(running.app)
        running.daemon().digest(now=NOW)
        after_failure = _runs(running.app)
        with down:
            running.daemon().digest(now=NOW + timedelta(seconds=30))  # before the back-off
            assert down.inbox.messages == []
            running.daemon().digest(now=NOW + timedelta(minutes=2))
        after_retry = _runs(running.app)
    finally:
        running.app.close()
    wakefield = after_failure["wakefield"]
    assert wakefield.sent_at is None and wakefield.attempts == 1
    assert "ConnectionRefusedError" in wakefield.last_error
    assert all(r.sent_at is not None for r in after_retry.values())
    assert len(down.inbox.messages) == 2
    assert running.logs.getvalue().count('"digest_retry"') == 2


def test_a_send_that_keeps_failing_is_reported_as_failed_for_the_day(tmp_path: Path) -> None:
    with SmtpServer(tmp_path / "smtp") as server:
        server.inbox.refuse = 100
        running = _open(
            tmp_path,
            Backend("sqlite", "", ""),
            digest_toml(relay_toml(server), extra="max_attempts = 2\n"),
        )
        try:
            _file_cases(running.app)
            for minutes in (0, 2, 10):
                running.daemon().digest(now=NOW + timedelta(minutes=minutes))
            runs = _runs(running.app)
            shown = read_status(running.app.engine).digests
        finally:
            running.app.close()
    assert server.inbox.messages == []
    assert sorted((d.district, d.outcome, d.attempts) for d in shown) == [
        ("leeds", "failed", 2),
        ("wakefield", "failed", 2),
    ]  # `cpc-triage status` shows it
    for run in runs.values():
        assert run.failed_at is not None and run.attempts == 2
        assert "451" in run.last_error
    failed = [
        json.loads(line)
        for line in running.logs.getvalue().splitlines()
        if '"digest_failed"' in line
    ]
    assert sorted(f["district"] for f in failed) == ["leeds", "wakefield"]
    assert all(f["level"] == "error" for f in failed)


@pytest.mark.parametrize("problem", ["no TLS", "untrusted certificate"])
def test_a_relay_without_tls_or_with_a_certificate_we_do_not_trust_gets_nothing(
    tmp_path: Path, problem: str
) -> None:
    security = "none" if problem == "no TLS" else "starttls"
    with SmtpServer(tmp_path / "smtp", security=security) as server:  # type: ignore[arg-type]
        trusted = server.ca_file
        if problem == "untrusted certificate":
            (tmp_path / "stranger").mkdir()
            trusted, _ = make_self_signed(tmp_path / "stranger")  # not the server's
        transport = relay_toml(server, ca_file=str(trusted))
        running = _open(tmp_path, Backend("sqlite", "", ""), digest_toml(transport))
        try:
            _file_cases(running.app)
            running.daemon().digest(now=NOW)
            runs = _runs(running.app)
        finally:
            running.app.close()
    assert server.inbox.messages == []
    expected = "STARTTLS" if problem == "no TLS" else "certificate did not verify"
    assert all(expected in r.last_error for r in runs.values())


def test_a_relay_login_uses_the_password_file_inside_tls(tmp_path: Path) -> None:
    password = tmp_path / "relay-password"
    password.write_text("correct horse\n")
    password.chmod(0o600)
    with SmtpServer(tmp_path / "smtp", auth=True) as server:
        server.inbox.logins = {"cpc-triage": "correct horse"}
        transport = relay_toml(server, username="cpc-triage", password_file=str(password))
        running = _open(tmp_path, Backend("sqlite", "", ""), digest_toml(transport))
        try:
            _file_cases(running.app)
            running.daemon().digest(now=NOW)
        finally:
            running.app.close()
    assert len(server.inbox.messages) == 2
    assert "correct horse" not in running.logs.getvalue()


@pytest.fixture
def graph(tmp_path: Path) -> Iterator[tuple[FakeGraph, str]]:
    """The local Graph + Entra ID server, and the transport settings for its app."""
    cert, key = app_certificate(tmp_path)
    (tmp_path / "graph").mkdir()
    with FakeGraph(tmp_path / "graph", certificate_pem=cert.read_bytes()) as server:
        identity = {
            "tenant_id": server.state.tenant,
            "client_id": server.state.client_id,
            "certificate_file": str(cert),
            "private_key_file": str(key),
            "authority_host": server.base,
            "authority_ca_file": str(server.ca_path),
        }
        yield server, "".join(f"{k} = {json.dumps(v)}\n" for k, v in identity.items())


def test_graph_send_mail_through_the_daemon(tmp_path: Path, graph: tuple[FakeGraph, str]) -> None:
    server, identity = graph
    transport = (
        'kind = "graph"\n'
        f"{identity}"
        f'mailbox = "{server.state.mailbox}"\n'
        f'graph_root = "{server.base}/v1.0"\n'
        f'ca_file = "{server.ca_path}"\n'
    )
    running = _open(tmp_path, Backend("sqlite", "", ""), digest_toml(transport))
    try:
        cases = _file_cases(running.app)
        running.daemon().digest(now=NOW)
        running.daemon().digest(now=NOW + timedelta(minutes=5))
    finally:
        running.app.close()
    assert len(server.state.sent) == 2
    by_to = {
        tuple(r["emailAddress"]["address"] for r in s["message"]["toRecipients"]): s["message"]
        for s in server.state.sent
    }
    message = by_to[(SUPERVISOR,)]
    assert message["subject"] == SUBJECT
    assert message["body"]["contentType"] == "HTML"
    assert f'href="{BASE_URL}/tasks/{cases.attend}"' in message["body"]["content"]
    assert CANARY_CHILD not in message["body"]["content"]
    assert set(by_to) == {(SUPERVISOR,), LEEDS}


def test_smtp_xoauth2_logs_in_with_a_token_from_the_identity_provider(
    tmp_path: Path, graph: tuple[FakeGraph, str]
) -> None:
    identity_server, identity = graph
    with SmtpServer(tmp_path / "smtp", auth=True) as server:
        server.inbox.tokens = identity_server.state.tokens  # issued by the token endpoint
        transport = relay_toml(server, kind="xoauth2", username=SENDER) + identity
        running = _open(tmp_path, Backend("sqlite", "", ""), digest_toml(transport))
        try:
            _file_cases(running.app)
            running.daemon().digest(now=NOW)
        finally:
            running.app.close()
    assert len(server.inbox.messages) == 2
    assert identity_server.state.tokens  # the token came from the Entra endpoint


def test_the_digest_job_fires_on_weekdays_from_send_at_and_not_at_all_when_disabled(
    tmp_path: Path, relay: SmtpServer
) -> None:
    running = _open(tmp_path / "on", Backend("sqlite", "", ""), digest_toml(relay_toml(relay)))
    try:
        job = running.daemon()._scheduler().get_job("digest")
    finally:
        running.app.close()
    saturday = NOW.replace(day=28, hour=12)
    monday = job.trigger.get_next_fire_time(None, saturday)
    assert (monday.strftime("%a %H:%M"), str(monday.tzinfo)) == ("Mon 07:30", "Europe/London")
    after = job.trigger.get_next_fire_time(None, monday + timedelta(seconds=1))
    assert after - monday == timedelta(minutes=5)  # a missed or failed send is caught up
    off = _open(tmp_path / "off", Backend("sqlite", "", ""), "")
    try:
        assert off.app.digest is None
        assert off.daemon()._scheduler().get_job("digest") is None
    finally:
        off.app.close()


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"district": "wakefeld"}, "digest.recipients.wakefeld"),
        ({"ca_file": "/nonexistent/ca.pem"}, "digest.transport.ca_file"),
        ({"password_file": "/nonexistent/pw", "username": "u"}, "/nonexistent/pw"),
    ],
)
def test_a_digest_setting_that_cannot_work_stops_the_start_naming_it(
    tmp_path: Path, relay: SmtpServer, change: dict[str, str], named: str
) -> None:
    district = change.pop("district", "wakefield")
    settings = digest_toml(relay_toml(relay, **change)).replace("wakefield = ", f"{district} = ")
    with pytest.raises(StartupError, match=named):
        _open(tmp_path, Backend("sqlite", "", ""), settings)
