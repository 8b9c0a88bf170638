"""S/MIME with certificates the test makes: decrypt with the unit's key, verify with openssl."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from intake.smime import UnitKey, open_message

OUTER = b"From: Clerk <clerk@leeds.gov.uk>\r\nSubject: ICPC\r\nMessage-ID: <s1@leeds.gov.uk>\r\n"
INNER = b"Content-Type: text/plain; charset=utf-8\r\n\r\nConference on 12/03/2027 at 10am.\r\n"


def _cert(
    name: str,
    key: rsa.RSAPrivateKey,
    *,
    issuer: tuple[x509.Name, rsa.RSAPrivateKey] | None,
    ca: bool,
    days: int = 30,
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


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("pki")
    ca_key, other_ca_key = _key(), _key()
    ca = _cert("council-ca", ca_key, issuer=None, ca=True)
    other_ca = _cert("other-ca", other_ca_key, issuer=None, ca=True)
    unit_key, sender_key, stranger_key = _key(), _key(), _key()
    unit = _cert("cppu", unit_key, issuer=(ca.subject, ca_key), ca=False)
    sender = _cert("clerk", sender_key, issuer=(ca.subject, ca_key), ca=False)
    forged = _cert("clerk", stranger_key, issuer=(other_ca.subject, other_ca_key), ca=False)
    ca_file = folder / "ca.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return {
        "ca_file": ca_file,
        "unit": UnitKey(unit, unit_key),
        "unit_cert": unit,
        "sender": (sender, sender_key),
        "forged": (forged, stranger_key),
        "stranger": UnitKey(_cert("x", stranger_key, issuer=None, ca=False), stranger_key),
    }


def _encrypted(for_cert: x509.Certificate, body: bytes = INNER) -> bytes:
    smime = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(body)
        .add_recipient(for_cert)
        .encrypt(serialization.Encoding.SMIME, [])
    )
    return OUTER + smime


def _signed(cert: x509.Certificate, key: rsa.RSAPrivateKey) -> bytes:
    smime = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(INNER)
        .add_signer(cert, key, hashes.SHA256())
        .sign(serialization.Encoding.SMIME, [pkcs7.PKCS7Options.DetachedSignature])
    )
    return OUTER + smime


def test_mail_encrypted_for_the_unit_is_opened_and_keeps_its_outer_headers(pki) -> None:
    opened = open_message(_encrypted(pki["unit_cert"]), key=pki["unit"], ca_file=pki["ca_file"])
    assert opened.encrypted and opened.readable
    assert b"Conference on 12/03/2027" in opened.raw
    assert b"clerk@leeds.gov.uk" in opened.raw and b"Message-ID: <s1@leeds.gov.uk>" in opened.raw


def test_mail_encrypted_for_someone_else_is_unreadable_and_kept_as_it_came(pki) -> None:
    raw = _encrypted(pki["unit_cert"])
    opened = open_message(raw, key=pki["stranger"], ca_file=pki["ca_file"])
    assert opened.encrypted and not opened.readable
    assert opened.raw == raw and opened.problem


def test_encrypted_mail_without_a_configured_key_is_unreadable(pki) -> None:
    opened = open_message(_encrypted(pki["unit_cert"]), key=None, ca_file=None)
    assert not opened.readable


def test_a_signature_from_the_configured_ca_verifies(pki) -> None:
    opened = open_message(_signed(*pki["sender"]), key=pki["unit"], ca_file=pki["ca_file"])
    assert opened.signed and opened.signature_valid is True


def test_a_signature_from_another_ca_does_not_verify(pki) -> None:
    opened = open_message(_signed(*pki["forged"]), key=pki["unit"], ca_file=pki["ca_file"])
    assert opened.signed and opened.signature_valid is False and opened.problem


def test_a_tampered_signed_message_does_not_verify(pki) -> None:
    raw = _signed(*pki["sender"]).replace(b"12/03/2027", b"12/03/2028")
    assert open_message(raw, key=pki["unit"], ca_file=pki["ca_file"]).signature_valid is False


def test_plain_mail_passes_through_untouched(pki) -> None:
    raw = OUTER + INNER
    opened = open_message(raw, key=pki["unit"], ca_file=pki["ca_file"])
    assert opened.raw == raw and not opened.encrypted and not opened.signed
