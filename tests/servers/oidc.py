"""A local OpenID Connect issuer for tests: discovery, authorize, token (PKCE), JWKS.

It signs ID tokens with an RSA key generated for the run (the "fixture key"), approves every
authorization request for `issuer.user` at once, and checks what a real provider checks: the
client's secret (client_secret_basic), the redirect URI, the PKCE verifier (RFC 7636 S256) and
one use per code. `audience` and `nonce_override` let a test make it misbehave.
Served by uvicorn on 127.0.0.1 in a thread (`serve_in_thread`, shared with the e2e tests).
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import uvicorn
from cryptography.hazmat.primitives.asymmetric import rsa
from joserfc import jwt
from joserfc.jwk import RSAKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

CLIENT_ID = "cpc-desk"
CLIENT_SECRET = "issuer-test-secret"  # a test fixture, not a real secret


@dataclass
class LocalIssuer:
    base: str
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    user: dict[str, Any] = field(
        default_factory=lambda: {
            "sub": "a1b2c3",
            "preferred_username": "DS.Oidc",
            "name": "DS Oidc",
            "roles": ["supervisor"],
        }
    )
    audience: str = CLIENT_ID
    nonce_override: str | None = None
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    key: RSAKey = field(
        default_factory=lambda: RSAKey.import_key(
            rsa.generate_private_key(public_exponent=65537, key_size=2048),
            {"kid": "fixture-1", "use": "sig", "alg": "RS256"},
        )
    )

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/.well-known/openid-configuration", self._discovery),
                Route("/authorize", self._authorize),
                Route("/token", self._token, methods=["POST"]),
                Route("/jwks", self._jwks),
            ]
        )

    async def _discovery(self, request: Request) -> Response:
        return JSONResponse(
            {
                "issuer": self.base,
                "authorization_endpoint": f"{self.base}/authorize",
                "token_endpoint": f"{self.base}/token",
                "jwks_uri": f"{self.base}/jwks",
                "response_types_supported": ["code"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "code_challenge_methods_supported": ["S256"],
            }
        )

    async def _authorize(self, request: Request) -> Response:
        q = request.query_params
        if q.get("client_id") != CLIENT_ID or q.get("code_challenge_method") != "S256":
            return Response("bad request", status_code=400)
        code = secrets.token_urlsafe(16)
        self.codes[code] = {
            "nonce": q.get("nonce", ""),
            "challenge": q.get("code_challenge", ""),
            "redirect_uri": q.get("redirect_uri", ""),
        }
        target = f"{q['redirect_uri']}?{urlencode({'code': code, 'state': q.get('state', '')})}"
        return RedirectResponse(target, status_code=302)

    async def _token(self, request: Request) -> Response:
        form = await _form(request)
        auth = request.headers.get("authorization", "")
        expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        grant = self.codes.pop(form.get("code", ""), None)
        if auth != f"Basic {expected}" or grant is None:
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        verifier = form.get("code_verifier", "")
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            .rstrip(b"=")
            .decode()
        )
        if challenge != grant["challenge"] or form.get("redirect_uri") != grant["redirect_uri"]:
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        now = int(self.clock().timestamp())
        claims = {
            **self.user,
            "iss": self.base,
            "aud": self.audience,
            "iat": now,
            "exp": now + 300,
            "nonce": self.nonce_override or grant["nonce"],
        }
        token = jwt.encode({"alg": "RS256", "kid": "fixture-1"}, claims, self.key)
        return JSONResponse({"access_token": "opaque", "token_type": "Bearer", "id_token": token})

    async def _jwks(self, request: Request) -> Response:
        return JSONResponse({"keys": [self.key.as_dict(private=False)]})


async def _form(request: Request) -> dict[str, str]:
    from urllib.parse import parse_qs

    parsed = parse_qs((await request.body()).decode())
    return {k: v[-1] for k, v in parsed.items()}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve_in_thread(app: Any, *, port: int) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on 127.0.0.1:port until the block ends."""
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def running_issuer(clock: Callable[[], datetime] | None = None) -> Iterator[LocalIssuer]:
    port = free_port()
    issuer = LocalIssuer(base=f"http://127.0.0.1:{port}")
    if clock is not None:
        issuer.clock = clock
    with serve_in_thread(issuer.app(), port=port):
        yield issuer
