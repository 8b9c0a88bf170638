"""The Graph adapter and msal tokens against a local server speaking Graph's wire format."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from intake.graph import GraphMailbox, GraphRefused, GraphSettings, iter_new
from intake.oauth import AppCredentials, TokenError, TokenProvider
from tests.servers.graph import FakeGraph
from tests.servers.tls import app_certificate


def _mail(n: int) -> bytes:
    return f"Message-ID: <g{n}@leeds.gov.uk>\r\nSubject: ICPC {n}\r\n\r\nbody {n}\r\n".encode()


@pytest.fixture
def graph(tmp_path: Path) -> Iterator[tuple[FakeGraph, AppCredentials]]:
    cert_path, key_path = app_certificate(tmp_path)
    with FakeGraph(tmp_path, certificate_pem=cert_path.read_bytes()) as server:
        credentials = AppCredentials(
            tenant_id=server.state.tenant,
            client_id=server.state.client_id,
            certificate_file=cert_path,
            private_key_file=key_path,
            authority_host=server.base,
            ca_file=str(server.ca_path),
        )
        yield server, credentials


def _mailbox(
    server: FakeGraph, credentials: AppCredentials, sleeps: list[float], mailbox: str | None = None
) -> GraphMailbox:
    settings = GraphSettings(
        mailbox=mailbox or server.state.mailbox,
        root=f"{server.base}/v1.0",
        ca_file=str(server.ca_path),
    )
    return GraphMailbox(settings, token=TokenProvider(credentials).token, sleep=sleeps.append)


def test_new_mail_is_read_raw_through_delta_paging_and_moved_with_its_id(graph) -> None:
    server, credentials = graph
    ids = [server.add(_mail(n)) for n in range(5)]
    box = _mailbox(server, credentials, [])
    fetched = list(iter_new(box))
    assert [m.raw for m in fetched] == [_mail(n) for n in range(5)]
    for message in fetched:
        box.mark_done(message.id)
    assert sorted(m.id for m in server.in_folder("Processed")) == sorted(ids)  # ids immutable
    assert all(
        'IdType="ImmutableId"' in h.get("Prefer", "")
        for _, p, h in server.state.requests
        if "/v1.0/" in p
    )


def test_the_second_poll_returns_only_what_arrived_since(graph) -> None:
    server, credentials = graph
    server.add(_mail(1))
    box = _mailbox(server, credentials, [])
    assert len(box.changed_ids()) == 1
    later = server.add(_mail(2))
    assert box.changed_ids() == [later]
    assert box.changed_ids() == []


def test_throttling_is_honoured_with_retry_after(graph) -> None:
    server, credentials = graph
    server.add(_mail(1))
    sleeps: list[float] = []
    box = _mailbox(server, credentials, sleeps)
    server.throttle_next(2, retry_after=7)
    assert len(list(iter_new(box))) == 1
    assert sleeps == [7.0, 7.0]


def test_an_expired_delta_link_starts_a_full_resync(graph) -> None:
    server, credentials = graph
    first = server.add(_mail(1))
    box = _mailbox(server, credentials, [])
    assert box.changed_ids() == [first]
    second = server.add(_mail(2))
    server.expire_delta_links()
    assert sorted(box.changed_ids()) == sorted([first, second])  # the ledger dedupes the first


def test_a_mailbox_the_app_may_not_read_is_a_configuration_error(graph) -> None:
    server, credentials = graph
    box = _mailbox(server, credentials, [], mailbox="someone.else@force.example")
    with pytest.raises(GraphRefused):
        box.changed_ids()


def test_a_certificate_the_tenant_does_not_know_gets_no_token(graph, tmp_path: Path) -> None:
    _, credentials = graph
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    cert_path, key_path = app_certificate(other_dir)
    stranger = AppCredentials(
        tenant_id=credentials.tenant_id,
        client_id=credentials.client_id,
        certificate_file=cert_path,
        private_key_file=key_path,
        authority_host=credentials.authority_host,
        ca_file=credentials.ca_file,
    )
    with pytest.raises(TokenError):
        TokenProvider(stranger).token()


def test_the_graph_source_files_each_message_once_and_reconciles_after_a_crash(graph) -> None:
    from intake.mailbox_sources import GraphSource

    server, credentials = graph
    for n in range(3):
        server.add(_mail(n))
    source = GraphSource("graph:test", _mailbox(server, credentials, []), reconcile_every=2)
    first = source.fetch_next()
    assert first is not None
    # the process dies before mark_done; a new one starts from scratch
    restarted = GraphSource("graph:test", _mailbox(server, credentials, []), reconcile_every=2)
    seen = []
    while (fetched := restarted.fetch_next()) is not None:
        seen.append(fetched.ref.source_id)
        restarted.mark_done(fetched.ref)
    assert first.ref.source_id in seen and len(seen) == 3
    assert len(server.in_folder("Processed")) == 3 and server.in_folder("inbox") == []
