"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives, for the mail-out tests.

STARTTLS is required by default (a self-signed certificate the test trusts through its own CA
file, never the system's), or implicit TLS, or none at all (to show that a client refuses it).
AUTH is optional: PLAIN/LOGIN against a user → password table, and XOAUTH2 against the
bearer tokens an identity provider issued (e.g. `tests.servers.graph.FakeGraph.state.tokens`).
"""

from __future__ import annotations

import base64
import socket
import ssl
from collections.abc import Collection
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal, Self

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.servers.tls import make_self_signed

Security = Literal["starttls", "implicit", "none"]


@dataclass
class SmtpInbox:
    """The handler: keeps each message; `refuse` answers 451 to the next DATAs."""

    messages: list[tuple[list[str], bytes]] = field(default_factory=list)
    refuse: int = 0
    logins: dict[str, str] = field(default_factory=dict)  # AUTH PLAIN/LOGIN user → password
    tokens: Collection[str] = ()  # AUTH XOAUTH2 bearer tokens accepted

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse:
            self.refuse -= 1
            return "451 4.3.0 try again later"
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        decoded = base64.b64decode(args[1]).decode() if len(args) > 1 else ""
        fields = dict(part.split("=", 1) for part in decoded.split("\x01") if "=" in part)
        bearer = fields.get("auth", "").removeprefix("Bearer ")
        return AuthResult(success=bool(bearer) and bearer in self.tokens, handled=False)

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user, password = auth_data.login.decode(), auth_data.password.decode()
        return AuthResult(success=self.logins.get(user) == password, handled=False)

    def parsed(self) -> list[EmailMessage]:
        return [message_from_bytes(raw, policy=policy.default) for _, raw in self.messages]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SmtpServer:
    """aiosmtpd on 127.0.0.1 while used as a context manager; `ca_file` is its certificate."""

    def __init__(
        self,
        folder: Path,
        *,
        security: Security = "starttls",
        auth: bool = False,
        port: int | None = None,
        inbox: SmtpInbox | None = None,
    ) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        cert, key = make_self_signed(folder)
        self.ca_file = cert
        self.inbox = inbox or SmtpInbox()
        self.port = port or free_port()
        server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server_tls.load_cert_chain(cert, key)
        options: dict[str, Any] = {}
        if security == "starttls":
            options.update(tls_context=server_tls, require_starttls=True)
        elif security == "implicit":
            options.update(ssl_context=server_tls)
        if auth:
            options.update(auth_required=True, authenticator=self.inbox.authenticate)
        self._controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, **options)

    def __enter__(self) -> Self:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()
