"""Outlook winmail.dat (TNEF) streams and zip archives for tests, written from the specifications.

TNEF per MS-OXTNEF 2.1.3: a signature and key, then attributes (level, id with its type in the
high word, length, data, a 16-bit sum of the data); message properties (attMAPIProps) as a
MAPI property list (MS-OXTNEF 2.1.3.4); each attachment as attAttachRendData, attAttachTitle,
attAttachData and attAttachment (its own property list). The message text is PR_RTF_COMPRESSED
(MS-OXRTFCP), compressed ("LZFu", by compressed_rtf) or stored ("MELA", written here).

Zip archives come from `zipfile`, except a password-protected one: `zipfile` cannot write one,
so `encrypted_zip` writes the traditional PKWARE encryption (APPNOTE 6.1) itself, and
`zipfile` with the password reads it back (tests/unit/test_archive.py checks that).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

SIGNATURE = 0x223E9F78
LVL_MESSAGE = 1
LVL_ATTACHMENT = 2
ATT_TNEF_VERSION = 0x00089006
ATT_OEM_CODEPAGE = 0x00069007
ATT_MESSAGE_CLASS = 0x00078008
ATT_SUBJECT = 0x00018004
ATT_MAPI_PROPS = 0x00069003
ATT_ATTACH_REND_DATA = 0x00069002
ATT_ATTACH_TITLE = 0x00018010
ATT_ATTACH_DATA = 0x0006800F
ATT_ATTACHMENT = 0x00069005
PT_LONG = 0x0003
PT_STRING8 = 0x001E
PT_UNICODE = 0x001F
PT_OBJECT = 0x000D
PT_BINARY = 0x0102
PR_SUBJECT = 0x0037
PR_BODY = 0x1000
PR_RTF_COMPRESSED = 0x1009
PR_BODY_HTML = 0x1013
PR_ATTACH_DATA = 0x3701
PR_ATTACH_METHOD = 0x3705
PR_ATTACH_LONG_FILENAME = 0x3707
IMESSAGE = b"\x07\x03\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46"


def attribute(level: int, attribute_id: int, data: bytes) -> bytes:
    """One TNEF attribute with its checksum (MS-OXTNEF 2.1.3.3)."""
    head = struct.pack("<BII", level, attribute_id, len(data))
    return head + data + struct.pack("<H", sum(data) & 0xFFFF)


def properties(props: list[tuple[int, int, bytes]]) -> bytes:
    """A MAPI property list: (type, id, value) each; variable values counted and padded."""
    out = struct.pack("<I", len(props))
    for kind, prop, value in props:
        out += struct.pack("<HH", kind, prop)
        if kind in (PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT):
            out += struct.pack("<II", 1, len(value)) + value + b"\0" * (-len(value) % 4)
        else:
            out += value
    return out


def stored_rtf(rtf: bytes) -> bytes:
    """PR_RTF_COMPRESSED in its uncompressed form (MS-OXRTFCP 2.1.3.1: "MELA", CRC 0)."""
    return struct.pack("<II", len(rtf) + 12, len(rtf)) + b"MELA" + struct.pack("<I", 0) + rtf


def compressed_rtf(rtf: bytes) -> bytes:
    """PR_RTF_COMPRESSED compressed ("LZFu")."""
    import compressed_rtf as library

    return bytes(library.compress(rtf, compressed=True))


@dataclass(frozen=True)
class Packed:
    """A file for a winmail.dat: its 8.3 title, long name and bytes, or an attached message."""

    title: bytes
    data: bytes = b""
    long_name: str | None = None
    message: bytes | None = None  # a whole TNEF stream: an Outlook item attached (method 5)


def winmail(
    *,
    rtf: bytes | None = None,
    stored: bool = False,
    html: bytes | None = None,
    text: str | None = None,
    files: tuple[Packed, ...] = (),
    subject: str = "Conference",
) -> bytes:
    """A winmail.dat as Outlook writes one: message attributes, properties, then attachments."""
    out = struct.pack("<IH", SIGNATURE, 0x0A1B)
    out += attribute(LVL_MESSAGE, ATT_TNEF_VERSION, struct.pack("<I", 0x00010000))
    out += attribute(LVL_MESSAGE, ATT_OEM_CODEPAGE, struct.pack("<II", 1252, 0))
    out += attribute(LVL_MESSAGE, ATT_MESSAGE_CLASS, b"IPM.Microsoft Mail.Note\0")
    out += attribute(LVL_MESSAGE, ATT_SUBJECT, subject.encode("cp1252") + b"\0")
    props: list[tuple[int, int, bytes]] = [
        (PT_STRING8, PR_SUBJECT, subject.encode("cp1252") + b"\0")
    ]
    if rtf is not None:
        props.append(
            (PT_BINARY, PR_RTF_COMPRESSED, stored_rtf(rtf) if stored else compressed_rtf(rtf))
        )
    if html is not None:
        props.append((PT_BINARY, PR_BODY_HTML, html))
    if text is not None:
        props.append((PT_STRING8, PR_BODY, text.encode("cp1252") + b"\0"))
    out += attribute(LVL_MESSAGE, ATT_MAPI_PROPS, properties(props))
    for packed in files:
        out += attachment(packed)
    return out


def attachment(packed: Packed) -> bytes:
    rendering = struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0xFFFF, 0xFFFF, 0)
    out = attribute(LVL_ATTACHMENT, ATT_ATTACH_REND_DATA, rendering)
    out += attribute(LVL_ATTACHMENT, ATT_ATTACH_TITLE, packed.title + b"\0")
    if packed.message is not None:
        props = [
            (PT_LONG, PR_ATTACH_METHOD, struct.pack("<I", 5)),
            (PT_OBJECT, PR_ATTACH_DATA, IMESSAGE + packed.message),
        ]
        return out + attribute(LVL_ATTACHMENT, ATT_ATTACHMENT, properties(props))
    out += attribute(LVL_ATTACHMENT, ATT_ATTACH_DATA, packed.data)
    props = [(PT_LONG, PR_ATTACH_METHOD, struct.pack("<I", 1))]
    if packed.long_name is not None:
        props.append(
            (PT_STRING8, PR_ATTACH_LONG_FILENAME, packed.long_name.encode("cp1252") + b"\0")
        )
    return out + attribute(LVL_ATTACHMENT, ATT_ATTACHMENT, properties(props))


def a_zip(files: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def encrypted_zip(
    files: dict[str, bytes], *, password: bytes, locked: set[str] | None = None
) -> bytes:
    """A stored zip whose entries (those named in `locked`, else all) are encrypted with the
    traditional PKWARE cipher; the others are plain."""
    out, central = bytearray(), bytearray()
    for name, data in files.items():
        crc = zlib.crc32(data)
        secret = locked is None or name in locked
        if secret:
            header = bytes(range(11)) + bytes([crc >> 24])  # the last byte checks the password
            body = _ZipCrypto(password).encrypt(header + data)
        else:
            body = data
        encoded = name.encode()
        flags = (0x1 if secret else 0) | (0 if name.isascii() else 0x800)  # 0x800: UTF-8 name
        fields = struct.pack("<HHHHHIII", 20, flags, 0, 0, 0, crc, len(body), len(data))
        offset = len(out)
        out += b"PK\x03\x04" + fields + struct.pack("<HH", len(encoded), 0) + encoded + body
        central += (
            b"PK\x01\x02"
            + struct.pack("<H", 20)
            + fields
            + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, offset)
            + encoded
        )
    start = len(out)
    count = len(files)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), start, 0)
    return bytes(out + central + end)


class _ZipCrypto:
    """APPNOTE 6.1.5: three keys updated with each plain byte, a keystream byte from key2."""

    def __init__(self, password: bytes) -> None:
        self.keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in password:
            self._update(byte)

    @staticmethod
    def _crc(value: int, byte: int) -> int:
        return ~zlib.crc32(bytes([byte]), ~value & 0xFFFFFFFF) & 0xFFFFFFFF

    def _update(self, byte: int) -> None:
        k0, k1, k2 = self.keys
        k0 = self._crc(k0, byte)
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = self._crc(k2, k1 >> 24)
        self.keys = [k0, k1, k2]

    def encrypt(self, plain: bytes) -> bytes:
        out = bytearray()
        for byte in plain:
            temp = (self.keys[2] | 2) & 0xFFFF
            out.append(byte ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
            self._update(byte)
        return bytes(out)
