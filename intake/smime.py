"""S/MIME: open encrypted mail with the unit's key, check signatures against configured CAs.

Secure email between councils and the police may arrive S/MIME-encrypted (RFC 8551). We:
- decrypt `application/pkcs7-mime; smime-type=enveloped-data` with `cryptography`'s
  `pkcs7_decrypt_smime` (cryptography ≥ 50: CVE-2026-69247 is fixed there), keeping the outer
  headers (Received, Authentication-Results, From…) and replacing the body with the opened one;
- verify a signature (`multipart/signed` or `signed-data`) with `openssl cms -verify` in a
  subprocess, because cryptography has no API to verify PKCS#7 (LIBRARIES.md).

What cannot be opened is not an exception: `open_message` says why, the caller files the raw
bytes as they came with `encrypted_unreadable` and `manual_review` (issue 5).
"""

from __future__ import annotations

import email
import email.policy
import subprocess
import tempfile
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import rsa

OPENSSL = "openssl"
VERIFY_TIMEOUT_S = 20


@dataclass(frozen=True, slots=True)
class UnitKey:
    certificate: x509.Certificate
    private_key: rsa.RSAPrivateKey  # pkcs7_decrypt_* takes RSA keys only

    @classmethod
    def from_files(cls, certificate: Path, private_key: Path) -> UnitKey:
        # cryptography (15 MB) only where a key is configured: every message passes through
        # `open_message`, and with no key nothing here needs it (issue 11: the `triage`
        # command's memory and start-up)
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = serialization.load_pem_private_key(private_key.read_bytes(), password=None)
        if not isinstance(key, rsa.RSAPrivateKey):
            raise ValueError(f"{private_key}: S/MIME decryption needs an RSA private key")
        return cls(x509.load_pem_x509_certificate(certificate.read_bytes()), key)


@dataclass(frozen=True, slots=True)
class Opened:
    raw: bytes  # the message with its body opened (or as it came, when it was not encrypted)
    encrypted: bool  # it was S/MIME-encrypted
    readable: bool  # False: encrypted and the configured key could not open it
    signed: bool
    signature_valid: bool | None  # None when not signed
    problem: str | None = None


def open_message(raw: bytes, *, key: UnitKey | None, ca_file: Path | None) -> Opened:
    """Decrypt if encrypted, then check the signature if signed. Never raises."""
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    encrypted = _is_enveloped(message)
    if encrypted:
        if key is None:
            return Opened(raw, True, False, False, None, "S/MIME-encrypted and no unit key set")
        from cryptography.hazmat.primitives.serialization import pkcs7  # a key: loaded already

        try:
            inner = pkcs7.pkcs7_decrypt_smime(raw, key.certificate, key.private_key, [])
        except (ValueError, TypeError) as exc:
            return Opened(
                raw,
                True,
                False,
                False,
                None,
                f"S/MIME-encrypted for another recipient or damaged ({type(exc).__name__})",
            )
        raw = _rewrap(message, inner)
        message = email.message_from_bytes(raw, policy=email.policy.compat32)
    if not _is_signed(message):
        return Opened(raw, encrypted, True, False, None)
    valid = verify_signature(raw, ca_file=ca_file) if ca_file else False
    problem = None if valid else "S/MIME signature not verified against the configured CAs"
    return Opened(raw, encrypted, True, True, valid, problem)


def verify_signature(raw: bytes, *, ca_file: Path) -> bool:
    """`openssl cms -verify` against `ca_file` only (not the system store)."""
    with tempfile.NamedTemporaryFile(suffix=".eml") as handle:
        handle.write(raw)
        handle.flush()
        try:
            proc = subprocess.run(
                [
                    OPENSSL,
                    "cms",
                    "-verify",
                    "-in",
                    handle.name,
                    "-CAfile",
                    str(ca_file),
                    "-no-CApath",
                    "-no-CAstore",
                    "-purpose",
                    "smimesign",
                    "-out",
                    "/dev/null",
                ],
                capture_output=True,
                timeout=VERIFY_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            return False
    return proc.returncode == 0


def _is_enveloped(message: Message) -> bool:
    kind = message.get_content_type()
    smime_type = (message.get_param("smime-type") or "").__str__().lower()
    return kind in ("application/pkcs7-mime", "application/x-pkcs7-mime") and (
        smime_type in ("enveloped-data", "authenveloped-data", "")
    )


def _is_signed(message: Message) -> bool:
    kind = message.get_content_type()
    if kind == "multipart/signed":
        return True
    smime_type = (message.get_param("smime-type") or "").__str__().lower()
    return kind in ("application/pkcs7-mime", "application/x-pkcs7-mime") and (
        smime_type == "signed-data"
    )


def _rewrap(outer: Message, inner: bytes) -> bytes:
    """The outer headers (routing, authentication, From, Subject) over the decrypted entity."""
    inner_message = email.message_from_bytes(inner, policy=email.policy.compat32)
    for name, value in outer.items():
        if name.lower().startswith("content-") or name.lower() == "mime-version":
            continue
        inner_message[name] = value
    return inner_message.as_bytes(policy=email.policy.compat32.clone(linesep="\r\n"))
