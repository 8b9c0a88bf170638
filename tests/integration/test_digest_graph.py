"""The digest through Microsoft Graph `sendMail`, against the local server speaking its wire format.

The token comes from msal's client-credentials flow against the server's Entra token endpoint
(certificate credential), as in production; the assertions are on the JSON Graph received.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from desk.digest_outbox import run_digests
from intake.oauth import AppCredentials, TokenProvider
from tasks.mailout import GraphSendMail
from tests.servers.graph import FakeGraph
from tests.servers.tls import app_certificate
from tests.unit.test_digest_support import (
    BASE_URL,
    NOW,
    SUPERVISOR,
    RecordingLog,
    config,
    make_engine,
    make_store,
    seed_cases,
)
from tests.unit.test_tasks_support import AesGcmCipher


@pytest.fixture
def graph(tmp_path: Path) -> Iterator[tuple[FakeGraph, AppCredentials]]:
    cert_path, key_path = app_certificate(tmp_path)
    with FakeGraph(tmp_path, certificate_pem=cert_path.read_bytes()) as server:
        yield (
            server,
            AppCredentials(
                tenant_id=server.state.tenant,
                client_id=server.state.client_id,
                certificate_file=cert_path,
                private_key_file=key_path,
                authority_host=server.base,
                ca_file=str(server.ca_path),
            ),
        )


def _sender(server: FakeGraph, credentials: AppCredentials, **kwargs: Any) -> GraphSendMail:
    return GraphSendMail(
        mailbox=kwargs.pop("mailbox", server.state.mailbox),
        token=TokenProvider(credentials).token,
        root=f"{server.base}/v1.0",
        ca_file=str(server.ca_path),
        **kwargs,
    )


def test_the_digest_is_posted_to_send_mail_as_html_to_the_allowed_recipients(
    graph: tuple[FakeGraph, AppCredentials], tmp_path: Path
) -> None:
    server, credentials = graph
    engine = make_engine(tmp_path / "cpc.db")
    cipher = AesGcmCipher()
    ids = seed_cases(make_store(engine, cipher), engine)
    sender = _sender(server, credentials)
    try:
        outcomes = run_digests(
            engine,
            make_store(engine, cipher),
            sender,
            config=config(),
            now=NOW,
            log=RecordingLog(),
        )
    finally:
        sender.close()
        engine.dispose()
    assert [o.outcome for o in outcomes] == ["sent"]
    assert len(server.state.sent) == 1
    message = server.state.sent[0]["message"]
    assert message["subject"] == "OFFICIAL-SENSITIVE: CPC digest – Wakefield – Tue 24 Nov 2026"
    assert message["body"]["contentType"] == "HTML"
    assert message["toRecipients"] == [{"emailAddress": {"address": SUPERVISOR}}]
    assert f'href="{BASE_URL}/tasks/{ids["attend"]}"' in message["body"]["content"]
    assert "Quillfeather" not in message["body"]["content"]
    headers = {h["name"]: h["value"] for h in message["internetMessageHeaders"]}
    assert headers["X-CPC-Digest-Id"] == "cpc-digest.wakefield.20261124@cpc-triage.invalid"


def test_a_mailbox_the_app_may_not_send_from_is_refused_and_retried_later(
    graph: tuple[FakeGraph, AppCredentials], tmp_path: Path
) -> None:
    server, credentials = graph
    engine = make_engine(tmp_path / "cpc.db")
    cipher = AesGcmCipher()
    seed_cases(make_store(engine, cipher), engine)
    sender = _sender(server, credentials, mailbox="someone.else@force.example")
    try:
        outcomes = run_digests(
            engine,
            make_store(engine, cipher),
            sender,
            config=config(),
            now=NOW,
            log=RecordingLog(),
        )
    finally:
        sender.close()
        engine.dispose()
    assert outcomes[0].outcome == "retrying" and "403" in (outcomes[0].error or "")
    assert server.state.sent == []


def test_throttling_is_a_retry_after_the_servers_delay(
    graph: tuple[FakeGraph, AppCredentials], tmp_path: Path
) -> None:
    server, credentials = graph
    engine = make_engine(tmp_path / "cpc.db")
    cipher = AesGcmCipher()
    seed_cases(make_store(engine, cipher), engine)
    sender = _sender(server, credentials)
    server.throttle_next(1, retry_after=600)
    try:
        first = run_digests(
            engine,
            make_store(engine, cipher),
            sender,
            config=config(),
            now=NOW,
            log=RecordingLog(),
        )
        early = run_digests(
            engine,
            make_store(engine, cipher),
            sender,
            config=config(),
            now=NOW + timedelta(minutes=5),
            log=RecordingLog(),
        )
        later = run_digests(
            engine,
            make_store(engine, cipher),
            sender,
            config=config(),
            now=NOW + timedelta(minutes=11),
            log=RecordingLog(),
        )
    finally:
        sender.close()
        engine.dispose()
    assert [o.outcome for o in (*first, *early, *later)] == ["retrying", "skipped", "sent"]
    assert len(server.state.sent) == 1
