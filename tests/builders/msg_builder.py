"""Outlook items (.msg) for tests, written from [MS-OXMSG] on `cfb_builder`'s compound files.

The layout Outlook writes: the message's property stream (`__properties_version1.0`, a 32-byte
header for the file's own message, 24 for an attached one, 8 for an attachment, then 16-byte
records), a stream per string or binary property (`__substg1.0_PPPPTTTT`), the named-property
map's storage, one recipient, and a storage per attachment (`__attach_version1.0_#0000000N`)
holding its data as a binary stream, or an attached message as a storage of its own.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass, field

from tests.builders.cfb_builder import Tree, compound_file

PT_LONG, PT_OBJECT, PT_STRING8, PT_UNICODE, PT_BINARY = 0x3, 0xD, 0x1E, 0x1F, 0x102
SUBJECT, BODY, RTF_COMPRESSED, BODY_HTML = 0x0037, 0x1000, 0x1009, 0x1013
DISPLAY_NAME, ATTACH_DATA, ATTACH_FILENAME, ATTACH_METHOD = 0x3001, 0x3701, 0x3704, 0x3705
ATTACH_LONG_FILENAME, ATTACH_MIME_TAG = 0x3707, 0x370E
INTERNET_CODEPAGE, MESSAGE_CODEPAGE = 0x3FDE, 0x3FFD
BY_VALUE, EMBEDDED = 1, 5


@dataclass(frozen=True)
class File:
    """An attachment: a file by value, or (`item`) an Outlook item attached inside."""

    name: str | None
    data: bytes = b""
    mime: str = "application/octet-stream"
    item: Item | None = None
    short_name: str | None = None  # PidTagAttachFilename, the 8.3 name


@dataclass(frozen=True)
class Item:
    """One message's properties. `code_page` set: strings are PT_STRING8 in that code page."""

    subject: str = "Child Protection Conference"
    body: str | None = None
    html: bytes | str | None = None  # bytes: PT_BINARY, str: a PT_UNICODE string
    rtf: bytes | None = None  # PR_RTF_COMPRESSED as stored
    files: Sequence[File] = field(default_factory=tuple)
    code_page: int | None = None


def outlook_item(item: Item) -> bytes:
    """The item as a .msg file."""
    return compound_file(message_tree(item, embedded=False))


def message_tree(item: Item, *, embedded: bool) -> dict[str, bytes | Tree]:
    records: list[bytes] = []
    tree: dict[str, bytes | Tree] = {}
    _string(tree, records, SUBJECT, item.subject, item.code_page)
    if item.body is not None:
        _string(tree, records, BODY, item.body, item.code_page)
    if isinstance(item.html, bytes):
        _binary(tree, records, BODY_HTML, item.html)
    elif isinstance(item.html, str):
        _string(tree, records, BODY_HTML, item.html, None)
    if item.rtf is not None:
        _binary(tree, records, RTF_COMPRESSED, item.rtf)
    if item.code_page is not None:
        records.append(_long(MESSAGE_CODEPAGE, item.code_page))
        records.append(_long(INTERNET_CODEPAGE, item.code_page))
    if not embedded:
        tree["__nameid_version1.0"] = {
            "__substg1.0_00020102": b"",
            "__substg1.0_00030102": b"",
            "__substg1.0_00040102": b"",
        }
    recipient: list[bytes] = []
    recip_tree: dict[str, bytes | Tree] = {}
    _string(recip_tree, recipient, DISPLAY_NAME, "CPPU Referrals", None)
    recip_tree["__properties_version1.0"] = b"\0" * 8 + b"".join(recipient)
    tree["__recip_version1.0_#00000000"] = recip_tree
    for number, file in enumerate(item.files):
        tree[f"__attach_version1.0_#{number:08X}"] = _attachment(file, item.code_page)
    head = struct.pack("<8sIIII", b"", 1, len(item.files), 1, len(item.files))
    head += b"" if embedded else b"\0" * 8
    tree["__properties_version1.0"] = head + b"".join(records)
    return tree


def _attachment(file: File, code_page: int | None) -> dict[str, bytes | Tree]:
    records: list[bytes] = []
    tree: dict[str, bytes | Tree] = {}
    if file.name is not None:
        _string(tree, records, ATTACH_LONG_FILENAME, file.name, code_page)
    if file.short_name is not None:
        _string(tree, records, ATTACH_FILENAME, file.short_name, code_page)
    if file.item is not None:
        _string(tree, records, DISPLAY_NAME, file.item.subject, code_page)
        records.append(_long(ATTACH_METHOD, EMBEDDED))
        records.append(_record(ATTACH_DATA, PT_OBJECT, struct.pack("<II", 0xFFFFFFFF, 4)))
        tree[f"__substg1.0_{ATTACH_DATA:04X}{PT_OBJECT:04X}"] = message_tree(
            file.item, embedded=True
        )
    else:
        records.append(_long(ATTACH_METHOD, BY_VALUE))
        _binary(tree, records, ATTACH_DATA, file.data)
        _string(tree, records, ATTACH_MIME_TAG, file.mime, code_page)
    tree["__properties_version1.0"] = b"\0" * 8 + b"".join(records)
    return tree


def _record(prop_id: int, prop_type: int, value: bytes) -> bytes:
    return struct.pack("<II", (prop_id << 16) | prop_type, 6) + value


def _long(prop_id: int, value: int) -> bytes:
    return _record(prop_id, PT_LONG, struct.pack("<II", value, 0))


def _binary(tree: dict[str, bytes | Tree], records: list[bytes], prop_id: int, data: bytes) -> None:
    tree[f"__substg1.0_{prop_id:04X}{PT_BINARY:04X}"] = data
    records.append(_record(prop_id, PT_BINARY, struct.pack("<II", len(data), 0)))


def _string(
    tree: dict[str, bytes | Tree],
    records: list[bytes],
    prop_id: int,
    text: str,
    code_page: int | None,
) -> None:
    if code_page is None:
        prop_type, data, size = PT_UNICODE, text.encode("utf-16-le"), 2
    else:
        prop_type, data, size = PT_STRING8, text.encode(f"cp{code_page}"), 1
    tree[f"__substg1.0_{prop_id:04X}{prop_type:04X}"] = data
    records.append(_record(prop_id, prop_type, struct.pack("<II", len(data) + size, 0)))
