"""S/MIME opaque-signed messages: the signed MIME entity inside `smime.p7m` is the message.

An opaque-signed message (RFC 8551 §3.5.2: `application/pkcs7-mime; smime-type=signed-data`,
usually named `smime.p7m`) carries its whole body inside a CMS SignedData (RFC 5652 §5.1):
ContentInfo { signedData, SignedData { version, digestAlgorithms, encapContentInfo { id-data,
[0] OCTET STRING <the MIME entity> }, certificates, crls, signerInfos } }. Outlook shows such a
message as any other, so it is not encrypted and not an attachment: `signed_entity` returns the
entity for `parsers.mime` to read as the body. An enveloped (encrypted) blob is no SignedData
and stays unread (`Invitation.encrypted`); the decision rests on the bytes' content type, not
on the `smime-type` label, which a client may leave out.

The signature is not checked here: the parsers have no keys or CAs. `intake.smime` checks it
with `openssl cms -verify` when CAs are configured (`MessageInfo.signature_valid`, None when
not checked), and a failed one marks the sender unverified (`triage.senders`).

cryptography (pinned) parses PKCS#7 only to decrypt or to load certificates, with no API to
reach a SignedData's content, and asn1crypto is not a dependency; the few BER steps needed are
walked here, bounded: definite and indefinite lengths (a streaming signer writes the latter),
a constructed OCTET STRING's chunks joined, at most `_MAX_DEPTH` levels and `_MAX_LENGTH_BYTES`
length octets. Bytes that are not that shape give None, never an exception.
"""

from __future__ import annotations

from email.message import Message

from parsers.errors import ParserError

_PKCS7_TYPES = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})
#: DER of the object identifiers (RFC 5652 §5.1, §4): id-signedData 1.2.840.113549.1.7.2 and
#: id-data 1.2.840.113549.1.7.1.
_SIGNED_DATA = bytes.fromhex("2a864886f70d010702")
_DATA = bytes.fromhex("2a864886f70d010701")
_SEQUENCE, _OID, _OCTETS, _CONSTRUCTED_OCTETS, _EXPLICIT_0 = 0x30, 0x06, 0x04, 0x24, 0xA0
_MAX_DEPTH = 24
_MAX_LENGTH_BYTES = 4  # a length over 4 GiB is no message's


class _NotCms(ParserError):
    """The bytes are not the CMS shape looked for (a private signal; never leaves the module)."""


def signed_entity(part: Message) -> Message | None:
    """The MIME entity an opaque-signed part carries, or None for any other part. Never
    raises: a part this cannot read is left to the MIME reader's own handling."""
    try:
        return _signed_entity(part)
    except Exception:  # a malformed header or payload: not an opaque-signed message we can open
        return None


def _signed_entity(part: Message) -> Message | None:
    filename = part.get_filename() if part.get_content_maintype() == "application" else None
    named = isinstance(filename, str) and filename.lower().endswith(".p7m")
    if part.get_content_type() not in _PKCS7_TYPES and not named:
        return None
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return None
    content = signed_content(data)
    if content is None or not content.strip():
        return None
    from parsers.mime import parse_bytes  # mime imports this module: imported when needed

    return parse_bytes(content)


def signed_content(der: bytes) -> bytes | None:
    """The encapsulated content of a CMS SignedData whose content type is id-data, or None."""
    try:
        info = _children(der, *_element(der, 0, _SEQUENCE)[1:3], depth=0)
        if len(info) < 2 or _value(der, info[0], _OID) != _SIGNED_DATA or info[1][0] != _EXPLICIT_0:
            return None
        signed = _children(der, info[1][1], info[1][2], depth=1)
        if not signed or signed[0][0] != _SEQUENCE:
            return None
        fields = _children(der, signed[0][1], signed[0][2], depth=2)
        if len(fields) < 3 or fields[2][0] != _SEQUENCE:
            return None
        encap = _children(der, fields[2][1], fields[2][2], depth=3)
        if len(encap) < 2 or _value(der, encap[0], _OID) != _DATA or encap[1][0] != _EXPLICIT_0:
            return None  # detached (no content) or another content type
        octets = _children(der, encap[1][1], encap[1][2], depth=4)
        return _octets(der, octets[0], depth=5) if octets else None
    except _NotCms:
        return None


#: An element: (tag, content start, content end, end of the element).
_Element = tuple[int, int, int, int]


def _element(data: bytes, at: int, tag: int | None = None, *, depth: int = 0) -> _Element:
    """The element starting at `at`; an indefinite length is ended by its end-of-contents."""
    if depth > _MAX_DEPTH or at + 2 > len(data):
        raise _NotCms
    found = data[at]
    if found & 0x1F == 0x1F or (tag is not None and found != tag):
        raise _NotCms  # CMS uses no high tag numbers
    first = data[at + 1]
    start = at + 2
    if first == 0x80:  # indefinite: constructed only, children up to 00 00
        if not found & 0x20:
            raise _NotCms
        end = start
        while data[end : end + 2] != b"\x00\x00":
            end = _element(data, end, depth=depth + 1)[3]
            if end >= len(data):
                raise _NotCms
        return found, start, end, end + 2
    if first & 0x80:
        count = first & 0x7F
        if count > _MAX_LENGTH_BYTES or start + count > len(data):
            raise _NotCms
        length = int.from_bytes(data[start : start + count], "big")
        start += count
    else:
        length = first
    if start + length > len(data):
        raise _NotCms
    return found, start, start + length, start + length


def _children(data: bytes, start: int, end: int, *, depth: int) -> list[_Element]:
    children: list[_Element] = []
    at = start
    while at < end:
        child = _element(data, at, depth=depth + 1)
        children.append(child)
        at = child[3]
    if at != end:
        raise _NotCms
    return children


def _value(data: bytes, element: _Element, tag: int) -> bytes:
    if element[0] != tag:
        raise _NotCms
    return data[element[1] : element[2]]


def _octets(data: bytes, element: _Element, *, depth: int) -> bytes:
    """An OCTET STRING's bytes; a constructed one (BER) is its chunks in order."""
    if element[0] == _OCTETS:
        return data[element[1] : element[2]]
    if element[0] != _CONSTRUCTED_OCTETS or depth > _MAX_DEPTH:
        raise _NotCms
    chunks = _children(data, element[1], element[2], depth=depth)
    return b"".join(_octets(data, chunk, depth=depth + 1) for chunk in chunks)
