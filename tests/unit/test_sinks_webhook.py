"""Webhook sink against a real HTTPS server on loopback (stdlib http.server, test CA)."""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tasks.delivery import DeliveryError, DeliveryRefused
from tasks.sinks.webhook import WebhookSink, retry_after_seconds
from tests.unit.test_tasks_support import Tls, make_tls, stored_occurrence

SECRET = b"webhook-canary-secret-7f3a"


@dataclass
class Script:
    """What the server answers, in order, and what it received."""

    answers: list[tuple[int, dict[str, str]]]
    received: list[dict[str, object]] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    script: Script

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        timestamp = self.headers["X-CPC-Timestamp"]
        expected = (
            "v1=" + hmac.new(SECRET, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
        )
        self.script.received.append(
            {
                "path": self.path,
                "signature_ok": hmac.compare_digest(expected, self.headers["X-CPC-Signature"]),
                "idempotency_key": self.headers["Idempotency-Key"],
                "body": json.loads(body),
            }
        )
        status, headers = self.script.answers.pop(0) if self.script.answers else (200, {})
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class Server:
    url: str
    script: Script
    tls: Tls


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    tls = make_tls(tmp_path)
    script = Script(answers=[])
    handler = type("Handler", (_Handler,), {"script": script})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.socket = tls.server.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield Server(f"https://127.0.0.1:{httpd.server_address[1]}/cpc/hook", script, tls)
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def _sink(server: Server, sleeps: list[float], **kwargs: object) -> WebhookSink:
    options: dict[str, object] = {
        "verify": server.tls.client,
        "sleep": sleeps.append,
        "rng": random.Random(7),
        "base_delay": 0.5,
        **kwargs,
    }
    return WebhookSink(server.url, secret=SECRET, **options)  # type: ignore[arg-type]


def test_a_delivery_retries_two_503s_honouring_retry_after_then_succeeds(server: Server) -> None:
    server.script.answers += [(503, {"Retry-After": "2"}), (503, {"Retry-After": "3"})]
    sleeps: list[float] = []
    _sink(server, sleeps).deliver(
        stored_occurrence(), event="new_occurrence", delivery_id="outbox-42"
    )
    received = server.script.received
    assert len(received) == 3 and sleeps == [2.0, 3.0]
    assert all(r["signature_ok"] for r in received)
    assert {r["idempotency_key"] for r in received} == {"outbox-42"}
    body = received[-1]["body"]
    assert isinstance(body, dict) and body["occurrence"]["id"] == "CPC-2026-000001"
    assert body["event"] == "new_occurrence" and received[-1]["path"] == "/cpc/hook"


def test_without_retry_after_the_wait_is_jittered_exponential_back_off(server: Server) -> None:
    server.script.answers += [(502, {}), (429, {}), (500, {})]
    sleeps: list[float] = []
    _sink(server, sleeps).deliver(stored_occurrence(), event="e", delivery_id="outbox-1")
    assert len(server.script.received) == 4
    assert [0 <= s <= 0.5 * 2**i for i, s in enumerate(sleeps)] == [True, True, True]
    assert len(set(sleeps)) == 3


def test_a_client_error_is_not_retried(server: Server) -> None:
    server.script.answers.append((400, {}))
    with pytest.raises(DeliveryRefused):
        _sink(server, []).deliver(stored_occurrence(), event="e", delivery_id="outbox-1")
    assert len(server.script.received) == 1


def test_giving_up_after_the_last_attempt_is_an_error(server: Server) -> None:
    server.script.answers += [(503, {})] * 3
    sleeps: list[float] = []
    with pytest.raises(DeliveryError):
        _sink(server, sleeps, attempts=3).deliver(
            stored_occurrence(), event="e", delivery_id="outbox-1"
        )
    assert len(server.script.received) == 3 and len(sleeps) == 2


def test_a_retry_after_beyond_the_cap_is_left_to_the_outbox(server: Server) -> None:
    server.script.answers.append((503, {"Retry-After": "3600"}))
    with pytest.raises(DeliveryError) as caught:
        _sink(server, []).deliver(stored_occurrence(), event="e", delivery_id="outbox-1")
    assert caught.value.retry_after == 3600.0


def test_a_server_the_client_does_not_trust_gets_nothing(server: Server) -> None:
    sleeps: list[float] = []
    with pytest.raises(DeliveryError):
        _sink(server, sleeps, verify=ssl.create_default_context(), attempts=2).deliver(
            stored_occurrence(), event="e", delivery_id="outbox-1"
        )
    assert server.script.received == []


def test_plain_http_and_unverified_tls_are_refused_and_the_secret_is_not_shown(
    server: Server,
) -> None:
    with pytest.raises(ValueError, match="https"):
        WebhookSink("http://127.0.0.1/hook", secret=SECRET, verify=server.tls.client)
    lax = ssl.create_default_context()
    lax.check_hostname = False
    lax.verify_mode = ssl.CERT_NONE
    with pytest.raises(ValueError, match="verify"):
        WebhookSink(server.url, secret=SECRET, verify=lax)
    assert SECRET.decode() not in repr(_sink(server, []))


def test_retry_after_reads_seconds_and_http_dates() -> None:
    assert retry_after_seconds("120", now=0.0) == 120.0
    assert retry_after_seconds("Thu, 01 Jan 1970 00:01:40 GMT", now=40.0) == 60.0
    assert retry_after_seconds("soon", now=0.0) is None
