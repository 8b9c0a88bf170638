"""`open_tnef()`: an Outlook `winmail.dat` (`application/ms-tnef`) → its files and message text.

Why: Outlook and Exchange send rich-text mail to recipients outside the organisation as TNEF
(MS-OXTNEF): the MIME message carries a one-line plain body ("This message has been sent in
rich text format") and `winmail.dat`, and inside it are the real attachments — the booking
form — and the message text as compressed RTF (PR_RTF_COMPRESSED, MS-OXRTFCP), sometimes as
HTML or plain text too. `parsers.unpack` reads the files like any attachment, and the text with
the RTF (or HTML, or text) reader as the email's body.

The attributes and MAPI properties are read by tnefparse 1.4.0 (LGPL-3.0, pure Python, no
dependencies; imported unmodified, which the LGPL allows a proprietary program), the RTF
decompressed by compressed_rtf 1.0.7 (MIT). Weighed in December 2026: tnefparse's repository is
kept (its CI updated in 2025-26) but its last release is from January 2021 and it has no type
hints; its API gives what is needed (attachments with their long names and bytes, embedded
messages, the RTF/HTML/plain bodies); its faults are on damaged input, and they are answered
here rather than by writing the MAPI property reader again (about 300 lines to keep):

- an attribute cut off by the end of the data is silently taken as a shorter one, so a
  truncated winmail.dat would give a truncated form and no error. `_frame` walks the attribute
  framing first (level, id, length, checksum: MS-OXTNEF 2.1.3.1) and hands the library only
  the attributes before the first cut or damaged one; the container is then recorded as cut off
  or damaged, naming where ("inside an attachment's data"), and an attachment whose data was
  lost is listed as unreadable, never dropped;
- its loops trust counts read from the file (a property list claiming 4 billion entries, a
  multi-valued property claiming as many values), it re-slices the rest of the file for every
  attribute (quadratic), and it parses attached Outlook items recursively without a limit:
  `_frame` walks every property list the library will decode as the library does
  (`parsers.tnef_props`) and refuses counts larger than their data, more than
  `_MAX_ATTRIBUTES` attributes and more than `_MAX_EMBEDDED` attached items, before the
  library sees the bytes; the parse worker's time and memory limits remain the backstop;
- it logs through the `tnefparse` logger: silenced here, as the worker silences everything.

Only what is written here raises: `AttachmentError` with a sentence a person can act on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from parsers.errors import AttachmentError
from parsers.records import ErrorKind
from parsers.tnef_props import IMESSAGE, sound_list, sound_rows
from parsers.unpack import Opened, Packed, safe_path

SIGNATURE = b"\x78\x9f\x3e\x22"  # 0x223E9F78 little-endian (MS-OXTNEF 2.1.3.1)
_HEADER = 9  # level (1 byte), attribute id and type (4), length (4)
_CHECKSUM = 2
_LEVEL_MESSAGE = 1
_LEVEL_ATTACHMENT = 2
_LEVELS = (_LEVEL_MESSAGE, _LEVEL_ATTACHMENT)
#: A message with 20 attachments has about 200 attributes; a crafted one, millions.
_MAX_ATTRIBUTES = 4_096
#: Outlook items attached inside the winmail.dat, counted by their IMessage signature.
_MAX_EMBEDDED = 8
_ATT_BODY = 0x800C
_ATT_ATTACH_DATA = 0x800F
_ATT_MAPI_PROPS = 0x9003
_ATT_RECIP_TABLE = 0x9004
_ATT_ATTACHMENT = 0x9005
_WHERE = {
    _ATT_ATTACH_DATA: "an attachment's data",
    _ATT_ATTACHMENT: "an attachment's properties",
    _ATT_MAPI_PROPS: "the message's properties (where its text is)",
    _ATT_BODY: "the message text",
}
_TEXT = "message text"


@dataclass(frozen=True, slots=True)
class _Frame:
    """How far the framing is sound, and what is wrong just past it (None: all of it)."""

    end: int
    damage: str | None


def open_tnef(data: bytes, *, message_text: bool) -> Opened:
    """The winmail.dat's files, and its message text as a file marked `body` (RTF, HTML or text).

    `message_text`: this winmail.dat is the email's own (a direct attachment), so its text is
    the email's body; inside an archive or an attached message it is just another file.
    """
    if not data.startswith(SIGNATURE):
        raise AttachmentError(ErrorKind.PARSER_ERROR, "it is not a TNEF (winmail.dat) file")
    if data.count(IMESSAGE) > _MAX_EMBEDDED:
        raise AttachmentError(
            ErrorKind.BOMB,
            f"it holds more than {_MAX_EMBEDDED} attached Outlook messages (nested): not opened",
        )
    frame = _frame(data)
    parsed = _parse(data[: frame.end])
    files = list(_files(parsed, prefix="", message_text=message_text, cut=frame.damage))
    problem = None
    if frame.damage is not None:
        problem = (ErrorKind.PARSER_ERROR, f"the winmail.dat is {frame.damage}")
    return Opened(tuple(files), problem)


def _frame(data: bytes, *, depth: int = 0) -> _Frame:
    """Walk the attributes (MS-OXTNEF 2.1.3.1) to the first one cut off or damaged; property
    lists and attached items are walked too (`parsers.tnef_props`). `depth`: items inside."""
    offset, count = 6, 0
    while len(data) - offset >= _HEADER + _CHECKSUM:
        level = data[offset]
        attribute = int.from_bytes(data[offset + 1 : offset + 3], "little")
        length = int.from_bytes(data[offset + 5 : offset + 9], "little")
        start, end = offset + _HEADER, offset + _HEADER + length
        where = _WHERE.get(attribute, "an attribute")
        if level not in _LEVELS:
            return _Frame(offset, "damaged: an attribute has an unknown level")
        if end + _CHECKSUM > len(data):
            return _Frame(offset, f"cut off (truncated): it ends inside {where}")
        if sum(data[start:end]) & 0xFFFF != int.from_bytes(data[end : end + 2], "little"):
            return _Frame(offset, f"damaged: {where} does not match its checksum")
        if not _sound(data[start:end], (level, attribute), depth=depth):
            return _Frame(offset, f"damaged: {where} claims more entries than it holds")
        count += 1
        if count > _MAX_ATTRIBUTES:
            return _Frame(offset, f"damaged: it has more than {_MAX_ATTRIBUTES} attributes")
        offset = end + _CHECKSUM
    if data[offset:].strip(b"\x00"):  # a few bytes left that are not padding: a cut header
        return _Frame(offset, "cut off (truncated): it ends inside an attribute's header")
    return _Frame(offset, None)


def _sound(value: bytes, where: tuple[int, int], *, depth: int) -> bool:
    """The property lists tnefparse decodes — the message's, each attachment's, the recipient
    rows — hold no count larger than their data (`parsers.tnef_props`)."""

    def item(stream: bytes) -> bool:  # an Outlook item attached: a winmail.dat of its own
        inner = depth + 1 <= _MAX_EMBEDDED and stream.startswith(SIGNATURE)
        return inner and _frame(stream, depth=depth + 1).damage is None

    if where in ((_LEVEL_MESSAGE, _ATT_MAPI_PROPS), (_LEVEL_ATTACHMENT, _ATT_ATTACHMENT)):
        return sound_list(value, check=item) is not None
    if where == (_LEVEL_MESSAGE, _ATT_RECIP_TABLE):
        return sound_rows(value, check=item)
    return True


def _parse(data: bytes) -> Any:
    """The library's reading of sound framing (`Any`: tnefparse has no type hints)."""
    from tnefparse import TNEF

    logging.getLogger("tnefparse").disabled = True  # see the module docstring
    try:
        return TNEF(data, do_checksum=False)  # the checksums were checked by `_frame`
    except RecursionError:
        raise
    except MemoryError:
        raise
    except Exception as exc:  # the library on a file whose framing is sound but content odd
        raise AttachmentError(
            ErrorKind.PARSER_ERROR,
            f"the winmail.dat could not be read ({type(exc).__name__})",
        ) from exc


def _files(parsed: Any, *, prefix: str, message_text: bool, cut: str | None) -> list[Packed]:
    """The message text first, then each attachment; an attached message's own files follow
    it under its name ("Attached message/form.pdf"), its text as a file of its own."""
    files = [] if (text := _text(parsed, prefix=prefix, body=message_text)) is None else [text]
    attachments = list(getattr(parsed, "attachments", []) or [])
    for number, attachment in enumerate(attachments, 1):
        name = safe_path(_name(attachment), fallback=f"attachment {number}")
        path = f"{prefix}{name}"
        embedded = getattr(attachment, "embed", None)
        if embedded is not None:
            files.extend(_files(embedded, prefix=f"{path}/", message_text=False, cut=None))
            continue
        data = attachment.data if isinstance(attachment.data, bytes) else b""
        if not data and cut is not None and number == len(attachments):
            sentence = "the winmail.dat is cut off or damaged before or inside it: it was lost"
            files.append(Packed(path, None, (ErrorKind.PARSER_ERROR, sentence)))
        else:
            files.append(Packed(path, data))
    return files


def _text(parsed: Any, *, prefix: str, body: bool) -> Packed | None:
    """The message text, the richest there is: HTML, else RTF (decompressed), else plain."""
    html = getattr(parsed, "htmlbody", None)
    if html:
        return Packed(f"{prefix}{_TEXT}.html", _encoded(html), body=body)
    try:
        rtf = parsed.rtfbody  # None without PR_RTF_COMPRESSED
    except MemoryError:
        raise
    except Exception as exc:  # compressed_rtf: a bad CRC, a short header
        sentence = f"its compressed RTF is damaged ({type(exc).__name__})"
        return Packed(f"{prefix}{_TEXT}.rtf", None, (ErrorKind.PARSER_ERROR, sentence), body)
    if rtf:
        if isinstance(rtf, bytes) and rtf.lstrip().startswith(b"{\\rtf"):
            return Packed(f"{prefix}{_TEXT}.rtf", rtf, body=body)
        sentence = "its compressed RTF did not decompress to RTF"
        return Packed(f"{prefix}{_TEXT}.rtf", None, (ErrorKind.PARSER_ERROR, sentence), body)
    plain = getattr(parsed, "body", None)
    if plain:
        return Packed(f"{prefix}{_TEXT}.txt", _encoded(plain), body=body)
    return None


def _encoded(text: object) -> bytes:
    if isinstance(text, bytes):
        return text.rstrip(b"\x00")
    return str(text).rstrip("\x00").encode("utf-8")


def _name(attachment: Any) -> str:
    """Its long file name, else its 8.3 title; tnefparse decodes a title as UTF-8 and raises
    on Outlook's usual cp1252, so that one is decoded here."""
    try:
        name = attachment.long_filename()
    except (UnicodeDecodeError, AttributeError):
        raw = getattr(attachment, "_name", b"")
        name = raw.decode("cp1252", "replace") if isinstance(raw, bytes) else str(raw)
    return str(name or "").strip("\x00")
