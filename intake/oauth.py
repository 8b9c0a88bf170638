"""OAuth 2.0 client-credentials tokens from Microsoft Entra ID, with msal.

One `TokenProvider` per app registration; `token()` returns a bearer token, served from msal's
cache and renewed by msal before it expires. The credential is a certificate (Microsoft's
recommendation for app-only access), read from files by reference — never from configuration.
Used by the Graph source (`intake/graph.py`), IMAP XOAUTH2 and Graph `sendMail`.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

import msal
import requests
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from intake.errors import RemoteMailboxError

GRAPH_SCOPE = "https://graph.microsoft.com/.default"
OUTLOOK_SCOPE = "https://outlook.office365.com/.default"


class TokenError(RemoteMailboxError):
    """The identity provider refused or could not be reached; the message says which."""


@dataclass(frozen=True, slots=True)
class AppCredentials:
    tenant_id: str
    client_id: str
    certificate_file: Path  # PEM certificate (public), registered on the app
    private_key_file: Path  # PEM private key, a 0600 file or a systemd credential
    authority_host: str = "https://login.microsoftonline.com"
    ca_file: str | None = None  # an extra CA bundle (a test identity provider)


class TokenProvider:
    """Bearer tokens for one scope, thread-safe, renewed by msal before expiry."""

    def __init__(self, credentials: AppCredentials, *, scope: str = GRAPH_SCOPE) -> None:
        self.credentials = credentials
        self.scope = scope
        self._lock = threading.Lock()
        self._app: msal.ConfidentialClientApplication | None = None

    def token(self) -> str:
        with self._lock:
            result = self._client().acquire_token_for_client(scopes=[self.scope])
        if "access_token" not in result:
            raise TokenError(
                f"token refused for client {self.credentials.client_id}: "
                f"{result.get('error', 'unknown error')}"
            )
        return str(result["access_token"])

    def _client(self) -> msal.ConfidentialClientApplication:
        if self._app is None:
            c = self.credentials
            certificate = c.certificate_file.read_bytes()
            session = requests.Session()  # msal's own transport; TLS always verified
            if c.ca_file:  # an explicit CA wins over REQUESTS_CA_BUNDLE & co. from the environment
                session.verify = c.ca_file
                session.trust_env = False
                # … but the outbound proxy still applies (HTTPS_PROXY, NO_PROXY): on a force's
                # server the proxy is often the only way to Microsoft's endpoints.
                session.proxies = requests.utils.get_environ_proxies(c.authority_host)
            self._app = msal.ConfidentialClientApplication(
                c.client_id,
                authority=f"{c.authority_host.rstrip('/')}/{c.tenant_id}",
                client_credential={
                    "private_key": c.private_key_file.read_text(),
                    "thumbprint": certificate_thumbprint(certificate),
                },
                http_client=session,
                validate_authority=c.authority_host.startswith("https://login.microsoftonline."),
                instance_discovery=c.authority_host.startswith("https://login.microsoftonline."),
                timeout=30,
            )
        return self._app


def certificate_thumbprint(pem: bytes) -> str:
    """The SHA-1 thumbprint Entra ID shows for a certificate (hex, upper case)."""
    der = x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    return hashlib.sha1(der, usedforsecurity=False).hexdigest().upper()
