"""S/MIME with certificates the test makes: decrypt with the unit's key, verify with openssl."""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs7

from intake.smime import open_message
from tests.builders.smime import make_pki

OUTER = b"From: Clerk <clerk@leeds.gov.uk>\r\nSubject: ICPC\r\nMessage-ID: <s1@leeds.gov.uk>\r\n"
INNER = b"Content-Type: text/plain; charset=utf-8\r\n\r\nConference on 12/03/2027 at 10am.\r\n"


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return make_pki(tmp_path_factory.mktemp("pki"))


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
