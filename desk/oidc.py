"""OpenID Connect sign-in (authorization code flow with PKCE) against the force's provider.

OpenID Connect Core 1.0 §3.1 with RFC 7636 PKCE (S256): the desk sends the browser to the
provider with a fresh `state` (CSRF on the redirect), `nonce` (binds the ID token to this
sign-in) and code challenge, kept in the anonymous server-side session; on the way back it
exchanges the code at the token endpoint (client_secret_basic) and validates the ID token
itself (§3.1.3.7): signature against the provider's JWKS, `iss`, `aud`, `exp`/`iat` with a
minute of leeway, and `nonce`. The role comes from the `roles` claim (Entra ID app roles),
mapped through `role_map`; an account without a desk role is refused.

authlib builds the authorization request and the token request (its parameter helpers; its
httpx integration warns it is deprecated, so httpx is driven here directly); joserfc (authlib's
JOSE successor) checks the signature and the claims.

Errors: `OidcError` (ValueError) for anything that stops a sign-in; its message has no token.
"""

from __future__ import annotations

import secrets
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx
from authlib.oauth2.rfc6749.parameters import (  # type: ignore[import-untyped]
    prepare_grant_uri,
    prepare_token_request,
)
from authlib.oauth2.rfc7636 import create_s256_code_challenge  # type: ignore[import-untyped]
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from desk.accounts import Account, Role
from desk.errors import DeskError

_ALGORITHMS = ("RS256", "ES256", "PS256")


class OidcError(DeskError, ValueError):
    """The sign-in cannot be completed (bad state, refused code, invalid token, no role)."""


@dataclass(frozen=True, slots=True)
class OidcConfig:
    issuer: str
    client_id: str
    client_secret: str
    redirect_uri: str  # https://desk.example/auth/oidc/callback
    scope: str = "openid profile email"
    role_map: Mapping[str, Role] = field(default_factory=lambda: {r.value: r for r in Role})
    username_claim: str = "preferred_username"
    officer_claim: str | None = None  # e.g. "employee_id": what tasks record as the officer
    ca_file: str | None = None  # a private CA for the provider's TLS certificate
    #: Group claim values → the district they limit an account to ("CPPU-Leeds" → "leeds").
    #: Empty: accounts from the provider see every district.
    district_map: Mapping[str, str] = field(default_factory=dict)
    groups_claim: str = "groups"


@dataclass(frozen=True, slots=True)
class Start:
    url: str
    state: str
    nonce: str
    verifier: str


class OidcProvider:
    def __init__(self, config: OidcConfig, *, clock: Callable[[], datetime]) -> None:
        self.config = config
        self._clock = clock
        self._metadata: dict[str, Any] | None = None

    async def start(self) -> Start:
        """The provider URL to send the browser to, and the secrets to keep for the callback."""
        meta = await self._discover()
        state, nonce = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        verifier = secrets.token_urlsafe(64)
        url = prepare_grant_uri(
            meta["authorization_endpoint"],
            self.config.client_id,
            "code",
            redirect_uri=self.config.redirect_uri,
            scope=self.config.scope,
            state=state,
            nonce=nonce,
            code_challenge=create_s256_code_challenge(verifier),
            code_challenge_method="S256",
        )
        return Start(url=str(url), state=state, nonce=nonce, verifier=verifier)

    async def finish(self, *, code: str, nonce: str, verifier: str) -> Account:
        """Exchange the code, validate the ID token, and return the account it names."""
        meta = await self._discover()
        body = prepare_token_request(
            "authorization_code",
            code=code,
            redirect_uri=self.config.redirect_uri,
            code_verifier=verifier,
        )
        async with self._client() as client:
            response = await client.post(
                meta["token_endpoint"],
                content=body,
                headers={"Content-Type": "application/x-www-form-urlencoded"},
                auth=(self.config.client_id, self.config.client_secret),
            )
            if response.status_code != 200:
                raise OidcError(f"token endpoint answered {response.status_code}")
            id_token = response.json().get("id_token")
            if not isinstance(id_token, str):
                raise OidcError("no id_token in the token response")
            keys = KeySet.import_key_set((await client.get(meta["jwks_uri"])).json())
        return self._account(self._claims(id_token, keys=keys, nonce=nonce))

    def _claims(self, id_token: str, *, keys: KeySet, nonce: str) -> dict[str, Any]:
        now = int(self._clock().timestamp())
        registry = jwt.JWTClaimsRegistry(
            now=now,
            leeway=60,
            iss={"essential": True, "value": self.config.issuer},
            aud={"essential": True, "value": self.config.client_id},
            sub={"essential": True},
            exp={"essential": True},
            iat={"essential": True},
            nonce={"essential": True, "value": nonce},
        )
        try:
            token = jwt.decode(id_token, keys, algorithms=list(_ALGORITHMS))
            registry.validate(token.claims)
        except (JoseError, ValueError) as exc:
            raise OidcError(f"ID token rejected ({type(exc).__name__})") from None
        return dict(token.claims)

    def _account(self, claims: dict[str, Any]) -> Account:
        granted = claims.get("roles") or []
        roles = [self.config.role_map[r] for r in granted if r in self.config.role_map]
        if not roles:
            raise OidcError("the provider gave this account no desk role")
        role = min(roles, key=list(Role).index)
        username = str(claims.get(self.config.username_claim) or claims["sub"])
        officer = claims.get(self.config.officer_claim) if self.config.officer_claim else None
        return Account(
            id=f"oidc:{claims['sub']}"[:120],
            username=username.lower()[:120],
            display_name=str(claims.get("name") or username)[:120],
            role=role,
            officer_id=str(officer or username.lower()) if role is Role.OFFICER else None,
            districts=self._districts(claims),
        )

    def _districts(self, claims: dict[str, Any]) -> tuple[str, ...]:
        """The districts the provider's groups limit the account to (none mapped: all)."""
        groups = claims.get(self.config.groups_claim) or []
        if isinstance(groups, str):
            groups = [groups]
        return tuple(
            sorted({self.config.district_map[g] for g in groups if g in self.config.district_map})
        )

    async def _discover(self) -> dict[str, Any]:
        if self._metadata is None:
            url = self.config.issuer.rstrip("/") + "/.well-known/openid-configuration"
            async with self._client() as client:
                response = await client.get(url)
            if response.status_code != 200:
                raise OidcError(f"discovery answered {response.status_code}")
            meta = response.json()
            if meta.get("issuer") != self.config.issuer:
                raise OidcError("discovery issuer does not match the configured issuer")
            self._metadata = meta
        return self._metadata

    def _client(self) -> httpx.AsyncClient:
        verify: ssl.SSLContext | bool = True
        if self.config.ca_file:
            verify = ssl.create_default_context(cafile=self.config.ca_file)
        return httpx.AsyncClient(timeout=10.0, verify=verify, follow_redirects=False)
