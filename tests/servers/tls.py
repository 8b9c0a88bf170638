"""Self-signed certificates for the loopback test servers (IMAP, SMTP, HTTPS)."""

from __future__ import annotations

import datetime as dt
import ipaddress
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID


def make_self_signed(folder: Path, *, host: str = "127.0.0.1") -> tuple[Path, Path]:
    """A CA-less self-signed certificate for `host` (IP and localhost SANs); returns cert, key."""
    key = ec.generate_private_key(ec.SECP256R1())
    builder = _builder("cpc-triage test server", key.public_key(), days=2).add_extension(
        x509.SubjectAlternativeName(
            [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(host))]
        ),
        critical=False,
    )
    builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
    return _write(folder, "cert.pem", "key.pem", builder.sign(key, hashes.SHA256()), key)


def app_certificate(folder: Path) -> tuple[Path, Path]:
    """An RSA certificate and key for an app registration (Entra ID client credentials)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = _builder("cpc-triage app", key.public_key(), days=1).sign(key, hashes.SHA256())
    return _write(folder, "app.crt", "app.key", cert, key)


def _builder(common_name: str, public_key: Any, *, days: int) -> x509.CertificateBuilder:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
    )


def _write(
    folder: Path, cert_name: str, key_name: str, cert: x509.Certificate, key: Any
) -> tuple[Path, Path]:
    cert_path, key_path = folder / cert_name, folder / key_name
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path
