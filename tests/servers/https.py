"""A threaded HTTPS server on loopback with a self-signed certificate, for the fake services."""

from __future__ import annotations

import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self

from tests.servers.tls import make_self_signed


class LoopbackHttps:
    """Serve `handler` on 127.0.0.1 over TLS while used as a context manager."""

    def __init__(self, root: Path, handler: type[BaseHTTPRequestHandler]) -> None:
        self.ca_path, key_path = make_self_signed(root)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.ca_path, key_path)
        self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
