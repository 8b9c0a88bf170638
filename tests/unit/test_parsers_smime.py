"""Opaque-signed S/MIME (`parsers.smime`): the signed entity inside smime.p7m is the message's
body, while an encrypted one stays unread (set m, layout 62: 62-04 read as an unreadable
attachment and sent to manual review)."""

from __future__ import annotations

import base64
import functools

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.mime import read_message
from parsers.smime import signed_content
from tests.builders.smime import cert, key

ENTITY = (
    b'Content-Type: text/plain; charset="utf-8"\r\n\r\n'
    b"Initial Child Protection Conference\r\nDate of conference: 5 January 2027\r\n"
    b"Police attendance required\r\n"
)
DATA_OID = bytes.fromhex("06092a864886f70d010701")
SIGNED_OID = bytes.fromhex("06092a864886f70d010702")


@functools.cache
def opaque_der(entity: bytes = ENTITY) -> bytes:
    """A SignedData made by cryptography with the content inside (not detached)."""
    signer_key = key()
    signer = cert("clerk", signer_key, issuer=None, ca=False)
    builder = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(entity)
        .add_signer(signer, signer_key, hashes.SHA256())
    )
    return builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])


def email(blob: bytes, content_type: str) -> bytes:
    encoded = base64.encodebytes(blob)
    return (
        b"From: Conference Service <cs@bradford.gov.uk>\r\nTo: cppu@example.police.uk\r\n"
        b"Subject: Invitation: ICPC\r\nMIME-Version: 1.0\r\n"
        + f"Content-Type: {content_type}\r\n".encode()
        + b'Content-Disposition: attachment; filename="smime.p7m"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + encoded
    )


def ber(tag: int, *children: bytes) -> bytes:
    """A constructed element with an indefinite length (as a streaming signer writes it)."""
    return bytes([tag, 0x80]) + b"".join(children) + b"\x00\x00"


def der(tag: int, content: bytes) -> bytes:
    length = len(content)
    head = bytes([length]) if length < 0x80 else b"\x82" + length.to_bytes(2, "big")
    return bytes([tag]) + head + content


def test_an_opaque_signed_message_is_read_as_its_signed_body() -> None:
    message = read_message(email(opaque_der(), "application/pkcs7-mime; smime-type=signed-data"))
    assert message.encrypted is False
    assert message.parts == ()  # no unreadable smime.p7m attachment
    assert message.body[0].lines == (
        "Initial Child Protection Conference",
        "Date of conference: 5 January 2027",
        "Police attendance required",
    )


def test_a_p7m_without_its_smime_type_or_sent_as_octet_stream_is_still_unwrapped() -> None:
    for declared in ("application/pkcs7-mime", "application/octet-stream"):
        message = read_message(email(opaque_der(), declared))
        assert message.body and message.body[0].lines[0] == "Initial Child Protection Conference"
        assert message.encrypted is False


def test_indefinite_lengths_and_a_chunked_octet_string_are_read() -> None:
    octets = ber(0x24, der(0x04, ENTITY[:20]), ber(0x24, der(0x04, ENTITY[20:])))
    encap = ber(0x30, DATA_OID, ber(0xA0, octets))
    signed = ber(0x30, der(0x02, b"\x01"), der(0x31, b""), encap, der(0x31, b""))
    blob = ber(0x30, SIGNED_OID, ber(0xA0, signed))
    assert signed_content(blob) == ENTITY


def test_an_encrypted_message_stays_encrypted() -> None:
    enveloped = der(0x30, bytes.fromhex("06092a864886f70d010703") + der(0xA0, der(0x30, b"")))
    for declared in ("application/pkcs7-mime; smime-type=enveloped-data", "application/pkcs7-mime"):
        message = read_message(email(enveloped, declared))
        assert message.encrypted is True and message.body == ()


def test_a_detached_signature_in_a_p7m_has_no_content_to_read() -> None:
    encap = der(0x30, DATA_OID)  # no [0] eContent
    signed = der(0x30, der(0x02, b"\x01") + der(0x31, b"") + encap + der(0x31, b""))
    assert signed_content(der(0x30, SIGNED_OID + der(0xA0, signed))) is None


def test_deep_nesting_is_refused_not_recursed() -> None:
    blob = b"\x30\x80" * 10_000 + b"\x00\x00" * 10_000
    assert signed_content(blob) is None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=512))
def test_any_bytes_give_content_or_none(blob: bytes) -> None:
    assert signed_content(blob) is None or isinstance(signed_content(blob), bytes)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_damaged_signed_message_never_raises(data: st.DataObject) -> None:
    blob = bytearray(opaque_der())
    for _ in range(data.draw(st.integers(1, 6))):
        blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
    found = signed_content(bytes(blob))
    assert found is None or isinstance(found, bytes)
    read_message(email(bytes(blob), "application/pkcs7-mime; smime-type=signed-data"))
