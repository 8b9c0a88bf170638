"""The daily digest through a real SMTP server on loopback (aiosmtpd) that requires STARTTLS.

RELIABILITY S12 (marking, allow-list, STARTTLS and certificate refused, no names) and R8 (one
digest a day across restarts, at least once with the same Message-ID, retried and reported).
"""

from __future__ import annotations

import base64
import json
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from sqlalchemy import Engine, select

from desk.digest_outbox import run_digests
from desk.digest_tables import digest_runs
from tasks.mailout import MailOut, OutgoingMail, SmtpRelay, SmtpXoauth2
from tasks.tables import audit_log
from tests.servers.tls import make_self_signed
from tests.unit.test_digest_support import (
    BASE_URL,
    NOW,
    OTHER_CHILD,
    SUPERVISOR,
    RecordingLog,
    config,
    file_case,
    make_engine,
    make_store,
    seed_cases,
)
from tests.unit.test_tasks_support import CANARY_CHILD, AesGcmCipher, make_result, sqlite_engine


@dataclass
class Inbox:
    """An aiosmtpd handler that keeps each message; `refuse` answers 451 to the next DATAs."""

    messages: list[tuple[list[str], bytes]] = field(default_factory=list)
    refuse: int = 0
    token: str | None = None  # when set, AUTH XOAUTH2 must carry this bearer token

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse:
            self.refuse -= 1
            return "451 4.3.0 try again later"
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        decoded = base64.b64decode(args[1]).decode() if len(args) > 1 else ""
        fields = dict(part.split("=", 1) for part in decoded.split("\x01") if "=" in part)
        ok = self.token is not None and fields.get("auth") == f"Bearer {self.token}"
        return AuthResult(success=ok, handled=False)

    def parsed(self) -> list[EmailMessage]:
        return [message_from_bytes(raw, policy=policy.default) for _, raw in self.messages]


@dataclass(frozen=True)
class Tls:
    server: ssl.SSLContext
    client: ssl.SSLContext


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _tls(folder: Path) -> Tls:
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = make_self_signed(folder)
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert, key)
    return Tls(server=server, client=ssl.create_default_context(cafile=str(cert)))


@pytest.fixture
def tls(tmp_path: Path) -> Tls:
    return _tls(tmp_path / "tls")


def _serve(inbox: Inbox, tls: Tls | None, **options: Any) -> Controller:
    if tls is not None and "ssl_context" not in options:
        options.update(tls_context=tls.server, require_starttls=True)
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port(), **options)
    controller.start()
    return controller


@pytest.fixture
def smtp(tls: Tls) -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    controller = _serve(inbox, tls)
    yield inbox, controller.port
    controller.stop()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[tuple[Engine, AesGcmCipher, dict[str, str]]]:
    engine = make_engine(tmp_path / "cpc.db")
    cipher = AesGcmCipher()
    ids = seed_cases(make_store(engine, cipher), engine)
    yield engine, cipher, ids
    engine.dispose()


def _relay(port: int, context: ssl.SSLContext) -> SmtpRelay:
    return SmtpRelay(host="127.0.0.1", port=port, tls=context, timeout=10)


def _run(engine: Engine, cipher: AesGcmCipher, mailout: MailOut, **kwargs: Any) -> Any:
    now = kwargs.pop("now", NOW)
    log = kwargs.pop("log", RecordingLog())
    return run_digests(
        engine,
        make_store(engine, cipher, now=now),
        mailout,
        config=config(**kwargs),
        now=now,
        log=log,
    )


def _parts(message: EmailMessage) -> tuple[str, str]:
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert text is not None and html is not None
    return text.get_content(), html.get_content()


def test_the_digest_arrives_marked_with_links_both_parts_and_no_names(
    db: Any, smtp: tuple[Inbox, int], tls: Tls
) -> None:
    engine, cipher, ids = db
    log = RecordingLog()
    outcomes = _run(engine, cipher, _relay(smtp[1], tls.client), log=log)
    assert [o.outcome for o in outcomes] == ["sent"]
    inbox = smtp[0]
    assert len(inbox.messages) == 1
    rcpt, raw = inbox.messages[0]
    assert rcpt == [SUPERVISOR]  # the gmail address is not on the allow-list
    message = inbox.parsed()[0]
    assert message["Subject"] == "OFFICIAL-SENSITIVE: CPC digest – Wakefield – Tue 24 Nov 2026"
    assert message.get_content_type() == "multipart/alternative"
    assert message["Message-ID"] == "<cpc-digest.wakefield.20261124@cpc-triage.invalid>"
    text, html = _parts(message)
    for body in (text, html):
        for role in ("attend", "review", "old"):
            assert f"{BASE_URL}/tasks/{ids[role]}" in body
        assert ids["leeds"] not in body and "LS-77" not in body
        assert "Z.Q." in body and "WK-1001" in body
        for personal in ("Zebedee", "Quillfeather", OTHER_CHILD, "sex offender", "Northgate"):
            assert personal not in body
    assert b"Quillfeather" not in raw
    refused = log.named("digest_recipient_refused")
    assert len(refused) == 1 and "gmail" not in log.text()


def test_sending_writes_a_disclosure_row_naming_the_recipients(
    db: Any, smtp: tuple[Inbox, int], tls: Tls
) -> None:
    engine, cipher, ids = db
    _run(engine, cipher, _relay(smtp[1], tls.client))
    with engine.connect() as conn:
        rows = conn.execute(select(audit_log).where(audit_log.c.operation == "disclosure")).all()
    assert len(rows) == 1
    assert json.loads(rows[0].recipients) == [f"mailto:{SUPERVISOR}"]
    text, _ = _parts(smtp[0].parsed()[0])  # the chain head before the disclosure (S6)
    assert f"Audit log chain head: {rows[0].id - 1}:{rows[0].prev_hash}" in text
    record_ids = json.loads(rows[0].record_ids)
    assert {ids["attend"], ids["review"], ids["old"]} <= set(record_ids)
    assert ids["leeds"] not in record_ids


def test_names_appear_only_when_enabled(db: Any, smtp: tuple[Inbox, int], tls: Tls) -> None:
    engine, cipher, _ = db
    _run(engine, cipher, _relay(smtp[1], tls.client), include_names=True)
    text, html = _parts(smtp[0].parsed()[0])
    assert CANARY_CHILD in text and CANARY_CHILD in html


def test_a_server_without_starttls_is_refused_and_gets_nothing(db: Any, tls: Tls) -> None:
    engine, cipher, _ = db
    inbox = Inbox()
    controller = _serve(inbox, None)
    try:
        outcomes = _run(engine, cipher, _relay(controller.port, tls.client))
    finally:
        controller.stop()
    assert outcomes[0].outcome == "retrying" and "STARTTLS" in (outcomes[0].error or "")
    assert inbox.messages == []


def test_a_certificate_the_client_does_not_trust_is_refused(
    db: Any, smtp: tuple[Inbox, int], tmp_path: Path
) -> None:
    engine, cipher, _ = db
    stranger = _tls(tmp_path / "other-ca")  # trusts a different self-signed certificate
    outcomes = _run(engine, cipher, _relay(smtp[1], stranger.client))
    assert outcomes[0].outcome == "retrying" and "certificate" in (outcomes[0].error or "")
    assert smtp[0].messages == []


def test_implicit_tls_on_a_submissions_port_delivers(db: Any, tls: Tls) -> None:
    engine, cipher, _ = db
    inbox = Inbox()
    controller = _serve(inbox, tls, ssl_context=tls.server)
    try:
        relay = SmtpRelay(
            host="127.0.0.1", port=controller.port, tls=tls.client, security="implicit", timeout=10
        )
        outcomes = _run(engine, cipher, relay)
    finally:
        controller.stop()
    assert outcomes[0].outcome == "sent" and len(inbox.messages) == 1


def test_one_digest_a_day_across_a_restart(
    db: Any, smtp: tuple[Inbox, int], tls: Tls, tmp_path: Path
) -> None:
    engine, cipher, _ = db
    _run(engine, cipher, _relay(smtp[1], tls.client))
    engine.dispose()  # the daemon stops; a new process opens the same file
    restarted = sqlite_engine(tmp_path / "cpc.db")
    try:
        later = _run(restarted, cipher, _relay(smtp[1], tls.client), now=NOW + timedelta(hours=2))
    finally:
        restarted.dispose()
    assert [o.outcome for o in later] == ["skipped"]
    assert len(smtp[0].messages) == 1


class ProcessKilled(BaseException):
    """Stands for SIGKILL: nothing after it runs, not even `except Exception`."""


class DiesAfterSending:
    def __init__(self, inner: MailOut) -> None:
        self.inner = inner

    @property
    def name(self) -> str:
        return self.inner.name

    def send(self, mail: OutgoingMail) -> None:
        self.inner.send(mail)
        raise ProcessKilled


def test_a_crash_after_data_resends_with_the_same_message_id(
    db: Any, smtp: tuple[Inbox, int], tls: Tls, tmp_path: Path
) -> None:
    engine, cipher, _ = db
    with pytest.raises(ProcessKilled):
        _run(engine, cipher, DiesAfterSending(_relay(smtp[1], tls.client)))
    engine.dispose()
    restarted = sqlite_engine(tmp_path / "cpc.db")
    try:
        soon = _run(restarted, cipher, _relay(smtp[1], tls.client), now=NOW + timedelta(minutes=1))
        after_lease = _run(
            restarted, cipher, _relay(smtp[1], tls.client), now=NOW + timedelta(minutes=6)
        )
        again = _run(
            restarted, cipher, _relay(smtp[1], tls.client), now=NOW + timedelta(minutes=30)
        )
    finally:
        restarted.dispose()
    assert [o.outcome for o in (*soon, *after_lease, *again)] == ["skipped", "sent", "skipped"]
    ids = {m["Message-ID"] for m in smtp[0].parsed()}
    assert len(smtp[0].messages) == 2 and ids == {
        "<cpc-digest.wakefield.20261124@cpc-triage.invalid>"
    }


def test_a_failed_send_is_retried_and_then_delivered(
    db: Any, smtp: tuple[Inbox, int], tls: Tls
) -> None:
    engine, cipher, _ = db
    smtp[0].refuse = 1
    first = _run(engine, cipher, _relay(smtp[1], tls.client))
    too_soon = _run(engine, cipher, _relay(smtp[1], tls.client), now=NOW + timedelta(seconds=30))
    retried = _run(engine, cipher, _relay(smtp[1], tls.client), now=NOW + timedelta(minutes=2))
    assert [o.outcome for o in (*first, *too_soon, *retried)] == ["retrying", "skipped", "sent"]
    assert len(smtp[0].messages) == 1
    with engine.connect() as conn:
        row = conn.execute(select(digest_runs)).one()
    assert row.attempts == 2 and row.sent_at is not None


def test_a_send_that_keeps_failing_is_reported_and_then_left_alone(
    db: Any, smtp: tuple[Inbox, int], tls: Tls
) -> None:
    engine, cipher, _ = db
    smtp[0].refuse = 10
    log = RecordingLog()
    relay = _relay(smtp[1], tls.client)
    outcomes = [
        _run(engine, cipher, relay, now=NOW + timedelta(minutes=m), max_attempts=3, log=log)[0]
        for m in (0, 2, 5, 20)
    ]
    assert [o.outcome for o in outcomes] == ["retrying", "retrying", "failed", "skipped"]
    failed = log.named("digest_failed")
    assert len(failed) == 1 and failed[0]["district"] == "wakefield" and "451" in failed[0]["error"]
    with engine.connect() as conn:
        assert conn.execute(select(digest_runs.c.failed_at)).scalar() is not None
    assert smtp[0].messages == []


def test_xoauth2_sends_the_bearer_token_and_a_wrong_token_is_refused(db: Any, tls: Tls) -> None:
    engine, cipher, _ = db
    inbox = Inbox(token="good-token")
    controller = _serve(inbox, tls, auth_required=True)

    def relay(token: str) -> SmtpXoauth2:
        return SmtpXoauth2(
            host="127.0.0.1",
            port=controller.port,
            tls=tls.client,
            user="cpc-triage@force.example",
            token=lambda: token,
            timeout=10,
        )

    try:
        refused = _run(engine, cipher, relay("stolen-token"))
        accepted = _run(engine, cipher, relay("good-token"), now=NOW + timedelta(minutes=2))
    finally:
        controller.stop()
    assert refused[0].outcome == "retrying" and "authentication" in (refused[0].error or "")
    assert accepted[0].outcome == "sent" and len(inbox.messages) == 1


def test_no_digest_on_a_bank_holiday(db: Any, smtp: tuple[Inbox, int], tls: Tls) -> None:
    engine, cipher, _ = db
    christmas = NOW.replace(month=12, day=25, hour=9)
    assert _run(engine, cipher, _relay(smtp[1], tls.client), now=christmas) == ()
    assert smtp[0].messages == []


def test_cases_with_no_district_go_to_the_unknown_digest_only(
    db: Any, smtp: tuple[Inbox, int], tls: Tls
) -> None:
    engine, cipher, ids = db
    store = make_store(engine, cipher)
    lost = file_case(store, engine, make_result(district=None, reference="NO-DISTRICT-1"), 9)
    recipients = {"unknown": ("triage.team@force.example",), "wakefield": (SUPERVISOR,)}
    outcomes = _run(engine, cipher, _relay(smtp[1], tls.client), recipients=recipients)
    assert [(o.district, o.outcome) for o in outcomes] == [
        ("unknown", "sent"),
        ("wakefield", "sent"),
    ]
    by_recipient = {rcpt[0]: raw for rcpt, raw in smtp[0].messages}
    assert lost.encode() in by_recipient["triage.team@force.example"]
    assert ids["attend"].encode() not in by_recipient["triage.team@force.example"]
    assert lost.encode() not in by_recipient[SUPERVISOR]


def test_a_digest_marked_above_official_sensitive_is_not_e_mailed(
    db: Any, smtp: tuple[Inbox, int], tls: Tls
) -> None:
    engine, cipher, _ = db
    secret = make_result(district="wakefield", reference="WK-SECRET", marking="SECRET")
    file_case(make_store(engine, cipher), engine, secret, 8)
    log = RecordingLog()
    outcomes = _run(engine, cipher, _relay(smtp[1], tls.client), log=log)
    assert [(o.outcome, o.error) for o in outcomes] == [("failed", "marking_too_high")]
    assert smtp[0].messages == [] and len(log.named("digest_failed")) == 1
