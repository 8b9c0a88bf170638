"""Mail sink against a real SMTP server on loopback (aiosmtpd) that requires STARTTLS."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tasks.delivery import DeliveryError, DeliveryRefused
from tasks.mailout import SmtpRelay
from tasks.sinks.mail import MailSink
from tests.unit.test_tasks_support import Tls, make_tls, stored_occurrence


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _serve(inbox: Inbox, tls: Tls | None) -> Controller:
    options: dict[str, Any] = {"tls_context": tls.server, "require_starttls": True} if tls else {}
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port(), **options)
    controller.start()
    return controller


@pytest.fixture
def tls(tmp_path: Path) -> Tls:
    return make_tls(tmp_path)


@pytest.fixture
def inbox(tls: Tls) -> Iterator[tuple[Inbox, int]]:
    box = Inbox()
    controller = _serve(box, tls)
    yield box, controller.port
    controller.stop()


def _sink(port: int, context: ssl.SSLContext, **kwargs: Any) -> MailSink:
    return MailSink(
        mailout=SmtpRelay(host="127.0.0.1", port=port, tls=context, timeout=10),
        sender="cpc-triage@example.police.uk",
        to="cd.case.conference@example.police.uk",
        **kwargs,
    )


def test_a_mail_goes_over_starttls_with_references_and_dates_only(
    inbox: tuple[Inbox, int], tls: Tls
) -> None:
    box, port = inbox
    _sink(port, tls.client).deliver(
        stored_occurrence(), event="new_occurrence", delivery_id="outbox-9"
    )
    assert len(box.messages) == 1
    mail_from, rcpt, raw = box.messages[0]
    assert mail_from == "cpc-triage@example.police.uk"
    assert rcpt == ["cd.case.conference@example.police.uk"]
    message = message_from_bytes(raw, policy=policy.default)
    # a long Subject is folded; unfolded, it starts with the marking
    assert message["Subject"].strip().startswith("OFFICIAL-SENSITIVE CPC CPC-2026-000001")
    assert message["Message-ID"] == "<outbox-9.CPC-2026-000001@cpc-triage.invalid>"
    body = message.get_content()
    assert "2026-12-03" in body and "LCS991421" in body and "2026-11-30" in body
    for personal in (b"Quillfeather", b"Northgate", b"sex offender", b"2019-05-01"):
        assert personal not in raw


def test_names_are_included_only_when_enabled(inbox: tuple[Inbox, int], tls: Tls) -> None:
    box, port = inbox
    _sink(port, tls.client, include_personal=True).deliver(
        stored_occurrence(), event="new_occurrence", delivery_id="outbox-10"
    )
    assert b"Zebedee Quillfeather" in box.messages[0][2]


def test_a_server_without_starttls_is_refused_and_gets_nothing(tls: Tls) -> None:
    box = Inbox()
    controller = _serve(box, None)
    try:
        with pytest.raises(DeliveryRefused, match="STARTTLS"):
            _sink(controller.port, tls.client).deliver(
                stored_occurrence(), event="e", delivery_id="outbox-1"
            )
    finally:
        controller.stop()
    assert box.messages == []


def test_a_certificate_the_client_does_not_trust_is_refused(
    inbox: tuple[Inbox, int],
) -> None:
    box, port = inbox
    with pytest.raises(DeliveryError):
        _sink(port, ssl.create_default_context()).deliver(
            stored_occurrence(), event="e", delivery_id="outbox-1"
        )
    assert box.messages == []


def test_an_unverifying_tls_context_is_refused_up_front(tls: Tls) -> None:
    lax = ssl.create_default_context()
    lax.check_hostname = False
    lax.verify_mode = ssl.CERT_NONE
    with pytest.raises(ValueError, match="verify"):
        _sink(25, lax)
