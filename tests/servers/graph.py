"""A local HTTPS server that speaks the parts of Microsoft Graph and Entra ID the project uses.

Microsoft's cloud cannot run here, so this implements the real wire format of:
- `GET /{tenant}/v2.0/.well-known/openid-configuration` and `POST /{tenant}/oauth2/v2.0/token`
  (client-credentials with a certificate: the client assertion JWT is verified against the
  registered certificate, as Entra ID does);
- `GET /v1.0/users/{mailbox}/mailFolders/{folder}/messages/delta` with `@odata.nextLink` paging
  and `@odata.deltaLink`, and 410 Gone for an expired delta link;
- `GET /v1.0/users/{mailbox}/messages/{id}/$value` (raw MIME);
- `POST /v1.0/users/{mailbox}/messages/{id}/move` (201 with the moved message; the id changes
  unless the request sent `Prefer: IdType="ImmutableId"`, as Graph does);
- `GET /v1.0/users/{mailbox}/mailFolders?$filter=displayName eq '…'`;
- `POST /v1.0/users/{mailbox}/sendMail` (recorded in `sent`);
- throttling: 429 with Retry-After for the next N requests.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

import jwt
from cryptography import x509

from tests.servers.https import LoopbackHttps

PAGE_SIZE = 2


@dataclass
class StoredMessage:
    id: str
    raw: bytes
    folder: str
    internet_message_id: str


@dataclass
class GraphState:
    tenant: str
    client_id: str
    certificate_pem: bytes
    mailbox: str
    messages: dict[str, StoredMessage] = field(default_factory=dict)
    folders: dict[str, str] = field(default_factory=lambda: {"inbox": "inbox", "Processed": ""})
    tokens: set[str] = field(default_factory=set)
    delta_states: dict[str, set[str]] = field(default_factory=dict)
    throttle: list[float] = field(default_factory=list)
    expired_delta: bool = False
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class FakeGraph(LoopbackHttps):
    """Start with `with FakeGraph(tmp_path, certificate_pem=…) as graph:`; deliver with `add`."""

    def __init__(
        self, root: Path, *, certificate_pem: bytes, mailbox: str = "cppu@force.example"
    ) -> None:
        self.state = GraphState(
            tenant="test-tenant",
            client_id="cpc-triage-test-app",
            certificate_pem=certificate_pem,
            mailbox=mailbox,
        )
        self.state.folders["Processed"] = "folder-" + secrets.token_hex(6)
        handler = type("Handler", (_Handler,), {"state": self.state})
        super().__init__(root, handler)
        self.base = f"https://127.0.0.1:{self.port}"

    # -- scripting the mailbox ----------------------------------------------------------------
    def add(self, raw: bytes, *, folder: str = "inbox") -> str:
        message_id = "AAMk" + secrets.token_urlsafe(18)
        match = re.search(rb"^Message-ID:\s*(\S+)", raw, re.MULTILINE | re.IGNORECASE)
        internet_id = match.group(1).decode() if match else f"<{message_id}@fake>"
        with self.state.lock:
            self.state.messages[message_id] = StoredMessage(message_id, raw, folder, internet_id)
        return message_id

    def in_folder(self, folder: str) -> list[StoredMessage]:
        folder_id = self.state.folders.get(folder, folder)
        return [m for m in self.state.messages.values() if m.folder == folder_id]

    def throttle_next(self, count: int, *, retry_after: float = 0.0) -> None:
        self.state.throttle.extend([retry_after] * count)

    def expire_delta_links(self) -> None:
        self.state.expired_delta = True


class _Handler(BaseHTTPRequestHandler):
    state: GraphState

    def log_message(self, format: str, *args: Any) -> None:
        return

    # -- dispatch -----------------------------------------------------------------------------
    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        url = urlparse(self.path)
        path = unquote(url.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        with self.state.lock:
            self.state.requests.append((method, path, dict(self.headers)))
            if self.state.throttle and path.startswith("/v1.0/"):
                retry_after = self.state.throttle.pop(0)
                return self._json(
                    429,
                    {"error": {"code": "TooManyRequests"}},
                    headers={"Retry-After": str(retry_after)},
                )
        for pattern, verb, handler in self._routes():
            match = re.fullmatch(pattern, path)
            if match and verb == method:
                return handler(*match.groups(), query=query)
        self._json(404, {"error": {"code": "ResourceNotFound", "path": path}})

    def _routes(self) -> Iterator[tuple[str, str, Any]]:
        yield r"/([^/]+)/v2\.0/\.well-known/openid-configuration", "GET", self._openid
        yield r"/([^/]+)/oauth2/v2\.0/token", "POST", self._token
        users = r"/v1\.0/users/([^/]+)"
        yield users + r"/mailFolders/([^/]+)/messages/delta", "GET", self._delta
        yield users + r"/messages/([^/]+)/\$value", "GET", self._value
        yield users + r"/messages/([^/]+)/move", "POST", self._move
        yield users + r"/mailFolders", "GET", self._folders
        yield users + r"/sendMail", "POST", self._send_mail

    # -- Entra ID ------------------------------------------------------------------------------
    def _openid(self, tenant: str, *, query: dict[str, str]) -> None:
        base = f"https://127.0.0.1:{self.server.server_address[1]}/{tenant}"
        self._json(
            200,
            {
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "issuer": f"{base}/v2.0",
                "jwks_uri": f"{base}/discovery/v2.0/keys",
            },
        )

    def _token(self, tenant: str, *, query: dict[str, str]) -> None:
        form = {k: v[0] for k, v in parse_qs(self._body().decode()).items()}
        endpoint = f"https://127.0.0.1:{self.server.server_address[1]}/{tenant}/oauth2/v2.0/token"
        public_key = x509.load_pem_x509_certificate(self.state.certificate_pem).public_key()
        try:
            claims = jwt.decode(
                form.get("client_assertion", ""),
                public_key,  # type: ignore[arg-type]
                algorithms=["RS256", "PS256"],
                audience=endpoint,
            )
        except jwt.PyJWTError:
            return self._json(401, {"error": "invalid_client"})
        if (
            form.get("grant_type") != "client_credentials"
            or claims.get("iss") != self.state.client_id
            or tenant != self.state.tenant
        ):
            return self._json(400, {"error": "unauthorized_client"})
        token = secrets.token_urlsafe(24)
        with self.state.lock:
            self.state.tokens.add(token)
        self._json(200, {"token_type": "Bearer", "expires_in": 3599, "access_token": token})

    # -- Graph ---------------------------------------------------------------------------------
    def _authorised(self, mailbox: str) -> bool:
        token = self.headers.get("Authorization", "").removeprefix("Bearer ")
        if token not in self.state.tokens:
            self._json(401, {"error": {"code": "InvalidAuthenticationToken"}})
            return False
        if mailbox != self.state.mailbox:
            self._json(403, {"error": {"code": "ErrorAccessDenied"}})
            return False
        return True

    def _delta(self, mailbox: str, folder: str, *, query: dict[str, str]) -> None:
        if not self._authorised(mailbox):
            return
        with self.state.lock:
            token = query.get("$deltatoken") or query.get("$skiptoken")
            if token and self.state.expired_delta and "$deltatoken" in query:
                self.state.expired_delta = False
                return self._json(410, {"error": {"code": "SyncStateNotFound"}})
            seen = set(self.state.delta_states.get(token, set())) if token else set()
            fresh = [
                m for m in self.state.messages.values() if m.folder == folder and m.id not in seen
            ]
            page, rest = fresh[:PAGE_SIZE], fresh[PAGE_SIZE:]
            seen |= {m.id for m in page}
            next_token = secrets.token_urlsafe(12)
            self.state.delta_states[next_token] = seen
        base = f"https://127.0.0.1:{self.server.server_address[1]}/v1.0/users/{mailbox}"
        link = f"{base}/mailFolders/{folder}/messages/delta"
        body: dict[str, Any] = {
            "value": [{"id": m.id, "internetMessageId": m.internet_message_id} for m in page]
        }
        if rest:
            body["@odata.nextLink"] = f"{link}?$skiptoken={next_token}"
        else:
            body["@odata.deltaLink"] = f"{link}?$deltatoken={next_token}"
        self._json(200, body)

    def _value(self, mailbox: str, message_id: str, *, query: dict[str, str]) -> None:
        if not self._authorised(mailbox):
            return
        message = self.state.messages.get(message_id)
        if message is None:
            return self._json(404, {"error": {"code": "ErrorItemNotFound"}})
        self._send(200, message.raw, "message/rfc822")

    def _move(self, mailbox: str, message_id: str, *, query: dict[str, str]) -> None:
        if not self._authorised(mailbox):
            return
        destination = json.loads(self._body() or b"{}").get("destinationId")
        with self.state.lock:
            message = self.state.messages.pop(message_id, None)
            if message is None or destination not in self.state.folders.values():
                return self._json(404, {"error": {"code": "ErrorItemNotFound"}})
            if 'IdType="ImmutableId"' not in self.headers.get("Prefer", ""):
                message.id = "AAMk" + secrets.token_urlsafe(18)  # Graph's default ids change
            message.folder = destination
            self.state.messages[message.id] = message
        self._json(201, {"id": message.id, "parentFolderId": destination})

    def _folders(self, mailbox: str, *, query: dict[str, str]) -> None:
        if not self._authorised(mailbox):
            return
        wanted = re.fullmatch(r"displayName eq '(.*)'", query.get("$filter", ""))
        value = [
            {"id": folder_id, "displayName": name}
            for name, folder_id in self.state.folders.items()
            if wanted is None or name == wanted.group(1).replace("''", "'")
        ]
        self._json(200, {"value": value})

    def _send_mail(self, mailbox: str, *, query: dict[str, str]) -> None:
        if not self._authorised(mailbox):
            return
        with self.state.lock:
            self.state.sent.append(json.loads(self._body()))
        self._send(202, b"", "text/plain")

    # -- plumbing ------------------------------------------------------------------------------
    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _json(self, status: int, body: Any, *, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(body).encode(), "application/json", headers=headers)

    def _send(
        self, status: int, body: bytes, content_type: str, *, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)
