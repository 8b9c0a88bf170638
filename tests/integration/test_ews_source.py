"""The EWS adapter (exchangelib) against a local HTTPS server speaking EWS's SOAP wire format."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from intake.ews import EwsMailbox, EwsRefused, EwsSettings, EwsUnavailable
from tests.servers.ews import FakeEws
from tests.servers.tls import make_self_signed

T0 = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.UTC)


def _mail(n: int) -> bytes:
    message = EmailMessage()
    message["From"] = "cpc.admin@leeds.gov.uk"
    message["Message-ID"] = f"<ews{n}@leeds.gov.uk>"
    message["Subject"] = f"ICPC invitation {n}"
    message.set_content(f"Initial child protection conference {n}.\r\nÉquipe £ – non-ASCII.\r\n")
    return message.as_bytes()


@pytest.fixture
def ews(tmp_path: Path) -> Iterator[FakeEws]:
    with FakeEws(tmp_path) as server:
        server.add_folder("Processed")
        yield server


def _box(server: FakeEws, sleeps: list[float] | None = None, **overrides: Any) -> EwsMailbox:
    token = server.issue_token()
    settings = EwsSettings(
        service_endpoint=server.endpoint,
        mailbox=server.state.mailbox,
        auth="oauth",
        ca_file=str(server.ca_path),
        timeout_s=10,
    )
    return EwsMailbox(
        dataclasses.replace(settings, **overrides),
        token=lambda: token,
        sleep=(sleeps if sleeps is not None else []).append,
    )


def test_delivered_mail_is_listed_oldest_first_and_fetched_byte_for_byte(ews: FakeEws) -> None:
    # delivered out of order: the queue must follow the received time, not the insertion order
    ids = {n: ews.add(_mail(n), received=T0 + dt.timedelta(minutes=n)) for n in (2, 0, 1)}
    with _box(ews) as box:
        pending = box.pending_ids()
        assert pending == [ids[0], ids[1], ids[2]]
        fetched = [box.fetch(item_id) for item_id in pending]
    assert [m.raw if m else None for m in fetched] == [_mail(0), _mail(1), _mail(2)]


def test_a_backlog_larger_than_the_servers_page_is_listed_completely(ews: FakeEws) -> None:
    ews.state.find_count_limit = 4  # Exchange's EWSFindCountLimit: short pages, paged by offset
    ids = [ews.add(_mail(n), received=T0 + dt.timedelta(seconds=n)) for n in range(11)]
    with _box(ews) as box:
        assert box.pending_ids() == ids
    assert ews.state.operations.count("FindItem") == 3


def test_a_done_item_moves_to_processed_and_leaves_the_queue(ews: FakeEws) -> None:
    first = ews.add(_mail(1), received=T0)
    second = ews.add(_mail(2), received=T0 + dt.timedelta(minutes=1))
    with _box(ews) as box:
        box.mark_done(first)
        assert box.pending_ids() == [second]
        assert box.fetch(first) is None  # EWS gave the moved item a new id
    assert [item.raw for item in ews.in_folder("Processed")] == [_mail(1)]
    assert [item.raw for item in ews.in_folder("inbox")] == [_mail(2)]


def test_the_processed_folder_may_be_a_child_of_the_inbox(tmp_path: Path) -> None:
    with FakeEws(tmp_path) as server:
        server.add_folder("Triaged", parent="inbox")
        item = server.add(_mail(1), received=T0)
        with _box(server, processed_folder="Triaged") as box:
            box.mark_done(item)
        assert [i.raw for i in server.in_folder("Triaged")] == [_mail(1)]


def test_a_missing_processed_folder_is_a_configuration_error(ews: FakeEws) -> None:
    with pytest.raises(EwsRefused, match="Done"):
        _box(ews, processed_folder="Done").connect()


def test_server_busy_is_honoured_with_its_back_off_hint_then_succeeds(ews: FakeEws) -> None:
    item = ews.add(_mail(1), received=T0)
    sleeps: list[float] = []
    with _box(ews, sleeps) as box:
        ews.busy_next(2, back_off_ms=750)
        assert box.pending_ids() == [item]
        assert sleeps == [0.75, 0.75]
        message = box.fetch(item)
    assert message is not None and message.raw == _mail(1)


def test_a_back_off_longer_than_we_wait_ends_the_poll_as_unavailable(ews: FakeEws) -> None:
    ews.add(_mail(1), received=T0)
    sleeps: list[float] = []
    with _box(ews, sleeps) as box:
        ews.busy_next(1, back_off_ms=300_000)  # Exchange's hints run to minutes
        with pytest.raises(EwsUnavailable):
            box.pending_ids()
        assert sleeps == []
        assert len(box.pending_ids()) == 1  # the next poll finds the mail still there


def test_an_item_deleted_after_listing_is_skipped_not_an_error(ews: FakeEws) -> None:
    gone = ews.add(_mail(1), received=T0)
    kept = ews.add(_mail(2), received=T0 + dt.timedelta(minutes=1))
    with _box(ews) as box:
        assert box.pending_ids() == [gone, kept]
        ews.delete(gone)
        assert box.fetch(gone) is None
        box.mark_done(gone)  # already gone: the queue's post-condition holds
        assert box.fetch(kept) is not None
    assert ews.state.operations.count("GetItem") == 2


def test_an_unknown_token_is_refused_as_configuration(ews: FakeEws) -> None:
    settings = EwsSettings(
        service_endpoint=ews.endpoint,
        mailbox=ews.state.mailbox,
        auth="oauth",
        ca_file=str(ews.ca_path),
    )
    box = EwsMailbox(settings, token=lambda: "forged-token")
    with pytest.raises(EwsRefused):
        box.pending_ids()
    assert ews.state.operations == []  # rejected at HTTP level, before any operation


def test_a_mailbox_the_app_may_not_impersonate_is_refused(ews: FakeEws) -> None:
    with pytest.raises(EwsRefused):
        _box(ews, mailbox="someone.else@force.example").connect()


@pytest.mark.parametrize("trusted", ["default bundle", "another certificate"])
def test_a_server_certificate_we_do_not_trust_is_unavailable(
    ews: FakeEws, tmp_path: Path, trusted: str
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    ca_file = str(make_self_signed(other)[0]) if trusted == "another certificate" else None
    with pytest.raises(EwsUnavailable):
        _box(ews, ca_file=ca_file).connect()
    assert ews.state.operations == []


def test_ntlm_authenticates_with_the_service_accounts_password(
    ews: FakeEws, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    users = tmp_path / "ntlm-users"
    users.write_text("FORCE:svc-cpc:correct horse battery\n")
    monkeypatch.setenv("NTLM_USER_FILE", str(users))  # pyspnego's acceptor reads it
    item = ews.add(_mail(1), received=T0)
    settings = EwsSettings(
        service_endpoint=ews.endpoint,
        mailbox=ews.state.mailbox,
        auth="ntlm",
        username="FORCE\\svc-cpc",
        ca_file=str(ews.ca_path),
    )
    with EwsMailbox(settings, password=lambda: "correct horse battery") as box:
        assert box.pending_ids() == [item]
    with pytest.raises(EwsRefused):
        EwsMailbox(settings, password=lambda: "wrong").connect()


def test_the_bearer_token_is_asked_for_again_before_exchange_sees_it_stale(ews: FakeEws) -> None:
    ews.add(_mail(1), received=T0)
    issued: list[str] = []

    def token() -> str:
        issued.append(ews.issue_token())
        return issued[-1]

    settings = EwsSettings(
        service_endpoint=ews.endpoint,
        mailbox=ews.state.mailbox,
        auth="oauth",
        ca_file=str(ews.ca_path),
    )
    with EwsMailbox(settings, token=token, token_reuse_s=1) as box:
        assert len(box.pending_ids()) == 1
        time.sleep(1.6)  # past the declared lifetime
        ews.state.tokens.difference_update(issued)  # the server now rejects every old token
        assert len(box.pending_ids()) == 1
    assert len(issued) == 2
