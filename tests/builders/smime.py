"""Certificates for S/MIME tests: a council CA, the unit's key, a sender, a forger, a stranger."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from intake.smime import UnitKey


def cert(
    name: str,
    key: rsa.RSAPrivateKey,
    *,
    issuer: tuple[x509.Name, rsa.RSAPrivateKey] | None,
    ca: bool,
    days: float = 30,
) -> x509.Certificate:
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, f"{name}@example.org"),
        ]
    )
    issuer_name, issuer_key = issuer or (subject, key)
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if not ca:
        builder = (
            builder.add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
            )
            .add_extension(
                x509.SubjectAlternativeName([x509.RFC822Name(f"{name}@example.org")]),
                critical=False,
            )
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=True,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
        )
    return builder.sign(issuer_key, hashes.SHA256())


def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_pki(folder: Path) -> dict[str, Any]:
    """A CA and its certificates; the unit's certificate and key also written as PEM files."""
    ca_key, other_ca_key = key(), key()
    ca = cert("council-ca", ca_key, issuer=None, ca=True)
    other_ca = cert("other-ca", other_ca_key, issuer=None, ca=True)
    unit_key, sender_key, stranger_key = key(), key(), key()
    unit = cert("cppu", unit_key, issuer=(ca.subject, ca_key), ca=False)
    sender = cert("clerk", sender_key, issuer=(ca.subject, ca_key), ca=False)
    forged = cert("clerk", stranger_key, issuer=(other_ca.subject, other_ca_key), ca=False)
    ca_file = folder / "ca.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    unit_cert_file, unit_key_file = folder / "unit.pem", folder / "unit.key"
    unit_cert_file.write_bytes(unit.public_bytes(serialization.Encoding.PEM))
    unit_key_file.write_bytes(
        unit_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    unit_key_file.chmod(0o600)
    return {
        "ca_cert": ca,
        "ca_key": ca_key,
        "ca_file": ca_file,
        "unit_cert_file": unit_cert_file,
        "unit_key_file": unit_key_file,
        "unit": UnitKey(unit, unit_key),
        "unit_cert": unit,
        "sender": (sender, sender_key),
        "forged": (forged, stranger_key),
        "stranger": UnitKey(cert("x", stranger_key, issuer=None, ca=False), stranger_key),
    }
