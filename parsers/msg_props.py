"""An Outlook item's (.msg) MAPI properties: the property stream, string streams, code pages.

Why: an Outlook item stores each property of a message, an attachment or an attached message
either in its storage's `__properties_version1.0` stream (fixed-size values: integers, times,
flags) or in a stream of its own named for the property (`__substg1.0_PPPPTTTT`: strings,
binary data), or — an attached message — in a storage of that name (MS-OXMSG 2.1, 2.4). This
module reads the first two; `parsers.msg` walks the storages with olefile.

Hostile input: nothing here trusts a count from the file. The property stream's header counts
(recipients, attachments) are never read; the entries are the stream's own 16-byte records,
at most `MAX_PROPERTIES` of them (a message has a few hundred), and a record's value is read
only from its own 8 bytes. A string whose code page is unknown or damaged is still text:
Windows-1252, Outlook's default, with replacement characters where bytes do not decode.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

#: MS-OXMSG 2.4.1: the property stream's header before its records, by what holds the stream.
TOP_HEADER = 32  # the message of the .msg file itself
EMBEDDED_HEADER = 24  # a message attached inside it
OBJECT_HEADER = 8  # an attachment or a recipient
_RECORD = 16
#: Records read from one property stream; past this the rest is not read (real items: < 500).
MAX_PROPERTIES = 4_096
PROPERTIES_STREAM = "__properties_version1.0"

PT_LONG = 0x0003
PT_OBJECT = 0x000D
PT_STRING8 = 0x001E
PT_UNICODE = 0x001F
PT_BINARY = 0x0102

# Property ids (MS-OXPROPS)
SUBJECT = 0x0037
BODY = 0x1000
RTF_COMPRESSED = 0x1009
BODY_HTML = 0x1013
DISPLAY_NAME = 0x3001
ATTACH_DATA = 0x3701
ATTACH_FILENAME = 0x3704
ATTACH_METHOD = 0x3705
ATTACH_LONG_FILENAME = 0x3707
INTERNET_CODEPAGE = 0x3FDE
MESSAGE_CODEPAGE = 0x3FFD
#: PidTagAttachMethod (MS-OXCMSG 2.2.2.9): afEmbeddedMessage, afOle
EMBEDDED_MESSAGE = 5
OLE_OBJECT = 6

#: Windows code pages whose Python codec is not simply "cp<number>" (MS-OXCMSG: the code page
#: of PT_STRING8 values is PidTagInternetCodepage, else PidTagMessageCodepage).
_CODE_PAGES = {
    65001: "utf-8",
    20127: "ascii",
    1200: "utf-16-le",
    1201: "utf-16-be",
    10000: "mac_roman",
    20866: "koi8_r",
    21866: "koi8_u",
    50220: "iso2022_jp",
    50221: "iso2022_jp",
    50222: "iso2022_jp",
    51932: "euc_jp",
    51949: "euc_kr",
    52936: "hz",
    54936: "gb18030",
    **{28590 + n: f"iso8859_{n}" for n in range(1, 16) if n != 12},
}
DEFAULT_CODEC = "cp1252"


@dataclass(frozen=True, slots=True)
class Properties:
    """The fixed-size values of one property stream, by property id: (type, its 8 bytes)."""

    values: dict[int, tuple[int, bytes]]

    def long(self, prop_id: int) -> int | None:
        """A PT_LONG value, or None when it is missing or of another type."""
        found = self.values.get(prop_id)
        if found is None or found[0] != PT_LONG:
            return None
        return int.from_bytes(found[1][:4], "little")


def read_properties(stream: bytes, *, header: int) -> Properties:
    """The records of a `__properties_version1.0` stream after its `header` bytes."""
    values: dict[int, tuple[int, bytes]] = {}
    end = min(len(stream), header + MAX_PROPERTIES * _RECORD)
    for at in range(header, end - _RECORD + 1, _RECORD):
        tag = int.from_bytes(stream[at : at + 4], "little")
        values.setdefault(tag >> 16, (tag & 0xFFFF, stream[at + 8 : at + 16]))
    return Properties(values)


def stream_name(prop_id: int, prop_type: int) -> str:
    """The stream (or storage) that holds a variable-size property (MS-OXMSG 2.1.3)."""
    return f"__substg1.0_{prop_id:04X}{prop_type:04X}"


def codec_of(properties: Properties) -> str:
    """The Python codec for the message's 8-bit strings (module docstring)."""
    for prop_id in (INTERNET_CODEPAGE, MESSAGE_CODEPAGE):
        page = properties.long(prop_id)
        if page is None:
            continue
        name = _CODE_PAGES.get(page, f"cp{page}")
        try:
            codecs.lookup(name)
        except LookupError:
            continue
        return name
    return DEFAULT_CODEC


def decode_string(data: bytes, *, prop_type: int, codec: str) -> str:
    """A PT_UNICODE (UTF-16LE) or PT_STRING8 (`codec`) value, without its terminating NULs."""
    if prop_type == PT_UNICODE:
        return data.decode("utf-16-le", errors="replace").rstrip("\x00")
    try:
        return data.decode(codec, errors="replace").rstrip("\x00")
    except LookupError:  # a codec found by name but unusable for decoding
        return data.decode(DEFAULT_CODEC, errors="replace").rstrip("\x00")
