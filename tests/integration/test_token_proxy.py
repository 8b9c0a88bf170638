"""With `ca_file` set, the token request still goes through the outbound proxy (issue 13.9).

A force's server reaches Microsoft only through its web proxy (`HTTPS_PROXY`). Setting
`ca_file` for the force's own CA must not switch the proxy off for msal's token requests: a
real CONNECT proxy on loopback counts the tunnels it opens to the local Entra ID stand-in.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake.oauth import AppCredentials, TokenProvider
from tests.servers.graph import FakeGraph
from tests.servers.tls import app_certificate


class _Tunnel(socketserver.BaseRequestHandler):
    """HTTP CONNECT, then bytes both ways until either side closes."""

    def handle(self) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.request.recv(4096)
            if not chunk:
                return
            head += chunk
        target = head.split(b" ", 2)[1].decode()
        host, _, port = target.rpartition(":")
        self.server.tunnels.append(target)  # type: ignore[attr-defined]
        with socket.create_connection((host, int(port))) as upstream:
            self.request.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            pump = threading.Thread(target=_copy, args=(upstream, self.request), daemon=True)
            pump.start()
            _copy(self.request, upstream)
            pump.join(timeout=10)


def _copy(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        return
    finally:
        with contextlib.suppress(OSError):
            target.shutdown(socket.SHUT_WR)


@pytest.fixture
def proxy() -> Iterator[tuple[str, list[str]]]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Tunnel)
    server.daemon_threads = True
    server.tunnels = []  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.tunnels  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()


def test_a_token_request_with_ca_file_goes_through_the_outbound_proxy(
    tmp_path: Path, proxy: tuple[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    address, tunnels = proxy
    cert_path, key_path = app_certificate(tmp_path)
    with FakeGraph(tmp_path, certificate_pem=cert_path.read_bytes()) as server:
        for name in ("HTTPS_PROXY", "https_proxy"):
            monkeypatch.setenv(name, address)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.setenv(name, "")
        provider = TokenProvider(
            AppCredentials(
                tenant_id=server.state.tenant,
                client_id=server.state.client_id,
                certificate_file=cert_path,
                private_key_file=key_path,
                authority_host=server.base,
                ca_file=str(server.ca_path),
            )
        )
        assert provider.token()
    assert tunnels, "the token request bypassed the proxy"
    assert all(t.endswith(server.base.rsplit(":", 1)[1]) for t in tunnels)
