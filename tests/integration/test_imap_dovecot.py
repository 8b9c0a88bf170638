"""The IMAP adapter against a real Dovecot on loopback (tests/servers/dovecot.py)."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake.imap import (
    ImapMailbox,
    ImapSettings,
    MailboxRefused,
    MailboxUnavailable,
    password_login,
)
from tests.servers.dovecot import PASSWORD, USER, DovecotServer, dovecot_available

pytestmark = pytest.mark.skipif(not dovecot_available(), reason="dovecot-imapd not installed")


def _mail(n: int) -> bytes:
    return (
        f"From: clerk{n}@wakefield.gov.uk\r\nTo: cppu@example.police.uk\r\n"
        f"Message-ID: <m{n}@wakefield.gov.uk>\r\nSubject: ICPC {n}\r\n\r\nBody {n}\r\n"
    ).encode()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[DovecotServer]:
    with DovecotServer(tmp_path) as srv:
        yield srv


def _mailbox(
    server: DovecotServer, *, security: str = "tls", password: str = PASSWORD
) -> ImapMailbox:
    port = server.imaps_port if security == "tls" else server.imap_port
    settings = ImapSettings(
        host="127.0.0.1",
        port=port,
        username=USER,
        security=security,
        ca_file=str(server.ca_path),
        timeout_s=10,
    )
    return ImapMailbox(settings, authenticate=password_login(USER, lambda: password))


def test_delivered_mail_is_fetched_whole_and_moved_when_done(server: DovecotServer) -> None:
    for n in range(3):
        server.deliver(_mail(n))
    with _mailbox(server) as box:
        uids = box.pending_uids()
        fetched = list(box.fetch(uids))
        assert [m.raw.replace(b"\r\n", b"\n") for m in fetched] == [
            _mail(n).replace(b"\r\n", b"\n") for n in range(3)
        ]
        box.mark_done(fetched[0].uid)
        assert len(box.pending_uids()) == 2
    processed = list((server.maildir / ".Processed" / "cur").iterdir()) + list(
        (server.maildir / ".Processed" / "new").iterdir()
    )
    assert len(processed) == 1


def test_starttls_works_and_identity_is_uidvalidity_and_uid(server: DovecotServer) -> None:
    server.deliver(_mail(1))
    with _mailbox(server, security="starttls") as box:
        (message,) = list(box.fetch(box.pending_uids()))
        assert message.source_id == f"{box.uidvalidity}:{message.uid}"


def test_a_server_certificate_we_do_not_trust_is_refused(server: DovecotServer) -> None:
    settings = ImapSettings(host="127.0.0.1", port=server.imaps_port, username=USER, timeout_s=5)
    box = ImapMailbox(settings, authenticate=password_login(USER, lambda: PASSWORD))
    with pytest.raises(MailboxUnavailable) as info:
        box.connect()
    assert isinstance(info.value.__cause__, ssl.SSLError)


def test_a_wrong_password_is_a_configuration_problem_not_a_retry(server: DovecotServer) -> None:
    with pytest.raises(MailboxRefused):
        _mailbox(server, password="wrong").connect()


def test_uidvalidity_change_is_seen_and_every_message_is_listed_again(
    server: DovecotServer,
) -> None:
    for n in range(2):
        server.deliver(_mail(n))
    with _mailbox(server) as box:
        before = box.uidvalidity
        assert len(box.pending_uids()) == 2
    server.reset_uidvalidity()
    with _mailbox(server) as box:
        assert box.uidvalidity != before
        assert len(list(box.fetch(box.pending_uids()))) == 2


def test_idle_wakes_up_when_mail_arrives(server: DovecotServer) -> None:
    with _mailbox(server) as box:
        timer = threading.Timer(0.5, lambda: server.deliver(_mail(9)))
        timer.start()
        started = time.monotonic()
        woke = box.wait_for_mail(20)
        elapsed = time.monotonic() - started
        timer.join()
        assert woke
        assert elapsed < 5
        assert len(box.pending_uids()) == 1


def test_a_server_restart_is_reported_as_unavailable_then_recovers(server: DovecotServer) -> None:
    server.deliver(_mail(1))
    box = _mailbox(server)
    box.connect()
    server.restart()
    with pytest.raises(MailboxUnavailable):
        box.pending_uids()
    assert len(box.pending_uids()) == 1  # reconnects on the next call
    box.close()


def test_the_imap_source_hands_each_message_out_once_until_it_is_done(
    server: DovecotServer,
) -> None:
    from intake.mailbox_sources import ImapSource

    for n in range(3):
        server.deliver(_mail(n))
    source = ImapSource("imap:test", _mailbox(server), batch=2)
    handed = [source.fetch_next() for _ in range(3)]
    assert all(h is not None for h in handed)
    assert source.fetch_next() is None  # the three are in flight, nothing else waits
    refs = [h.ref for h in handed if h is not None]
    assert len({r.source_id for r in refs}) == 3
    for ref in refs:
        source.mark_done(ref)
    assert source.mailbox.pending_uids() == []
    source.close()


def test_a_message_not_marked_done_is_offered_again_after_a_restart(
    server: DovecotServer,
) -> None:
    from intake.mailbox_sources import ImapSource

    server.deliver(_mail(1))
    first = ImapSource("imap:test", _mailbox(server))
    offered = first.fetch_next()
    first.close()  # a crash before mark_done
    second = ImapSource("imap:test", _mailbox(server))
    again = second.fetch_next()
    assert offered is not None and again is not None
    assert again.ref == offered.ref and again.raw == offered.raw
    second.mark_failed(again.ref)
    assert second.mailbox.pending_uids() == []
    second.close()
