"""`open_msg()`: an Outlook item (`.msg`) attached to an email → its message text and files.

Why: councils forward an invitation by attaching the original email as an Outlook item
(`application/vnd.ms-outlook`, or octet-stream named `.msg`, or no useful name at all). Inside
is the invitation's own text — often the booking form as an HTML table — and its attachments,
the booking form PDF or Word file among them. Unopened, the form is lost. `parsers.unpack`
reads what this returns as it reads a winmail.dat's (`parsers.tnef`): each file as an
attachment of its own, and the item's text, when the item is attached to the email itself,
as a *forwarded message's* body (`Packed.forwarded`: named for the item, as
`parsers.mime` names a `message/rfc822` part's body, so it has the same kind and quote
handling). An Outlook item attached inside the item is walked here, its text and files
listed under its name ("Fwd.msg/Original/form.pdf").

The format: a Compound File Binary ([MS-CFB]) holding MAPI properties ([MS-OXMSG]); the
property layer is `parsers.msg_props`. The container is read by **olefile 0.47** (BSD-2,
pure Python, no dependencies; the reader python-oletools and many forensic tools build on,
kept since 2005). Weighed in December 2026: `extract-msg` reads .msg whole but is GPL-3.0,
which this product cannot ship; `compoundfiles` (MIT) is unmaintained since 2014; writing the
FAT, mini FAT and directory walk here would be 300 lines of the kind of code olefile has
already been fuzzed on. Its faults are answered here:

- by default it logs structural faults (a stream shorter than its directory says, a broken
  sector chain) and goes on with what it has, so a truncated item would give a truncated
  form and no error: it is opened with `raise_defects=DEFECT_INCORRECT`, and every stream's
  length is checked against its directory entry, so damage is an error that names itself;
- it reads a stream as long as its directory entry claims; its chains are bounded by the file
  (its FAT is cut to the file's sectors) but two entries may share sectors, so every stream
  read here is counted against one budget: no more bytes than the file is long (a compound
  file cannot hold more than it is made of), and never more than the attachment's containers
  may still spend (`Spend.bytes`);
- it builds the directory tree recursively: a crafted tree of thousands of entries is
  `RecursionError`, answered as damage.

Caps: at most `MAX_FILES` attachments at every level together (`parsers.unpack.refuse_over`),
Outlook items inside the item at most `MAX_DEPTH` deep (deeper ones are listed, not read).
Only what is written here raises: `AttachmentError` with a sentence a person can act on; a
damaged stream inside a sound container is that file's reason, and the item's too.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from typing import Any

from parsers.errors import AttachmentError, ParserError
from parsers.msg_props import (
    ATTACH_DATA,
    ATTACH_FILENAME,
    ATTACH_LONG_FILENAME,
    ATTACH_METHOD,
    BODY,
    BODY_HTML,
    DISPLAY_NAME,
    EMBEDDED_HEADER,
    EMBEDDED_MESSAGE,
    OBJECT_HEADER,
    PROPERTIES_STREAM,
    PT_BINARY,
    PT_OBJECT,
    PT_STRING8,
    PT_UNICODE,
    RTF_COMPRESSED,
    SUBJECT,
    TOP_HEADER,
    Properties,
    codec_of,
    decode_string,
    read_properties,
    stream_name,
)
from parsers.records import ErrorKind
from parsers.unpack import Opened, Packed, Spend, refuse_over, safe_path

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # MS-CFB 2.2
#: Outlook items inside the item: a forward of a forward of the invitation is 2.
MAX_DEPTH = 3
_ATTACHMENT = "__attach_version1.0_#"
_TEXT = "message text"
_DAMAGED = "the Outlook item (.msg) is damaged"
_ROOT_STREAM = PROPERTIES_STREAM.encode("utf-16-le")  # directory names are UTF-16LE (MS-CFB)
_PROPERTY_STREAM = "__substg1.0_".encode("utf-16-le")


class _Damaged(ParserError):
    """A stream inside a sound container is cut off or its sectors are broken."""


def open_msg(data: bytes, *, spend: Spend, message_text: bool) -> Opened:
    """The item's text (a file marked `body` and `forwarded`) and its attachments.

    `message_text`: the item is attached to the email itself, so its text is a forwarded
    message's body; inside an archive or a winmail.dat it is just another file.
    """
    if not data.startswith(MAGIC):
        raise AttachmentError(ErrorKind.PARSER_ERROR, "it is not an Outlook item (.msg)")
    ole = _open(data)
    try:
        tree = _Tree(ole, budget=min(len(data), spend.bytes))
        if not tree.has(((), PROPERTIES_STREAM)):
            sentence = "it is a compound file but not an Outlook item (no message properties)"
            raise AttachmentError(ErrorKind.PARSER_ERROR, sentence)
        walk = _Walk(tree, spend=spend, body=message_text)
        files = walk.message((), prefix="", depth=0)
    finally:
        ole.close()
    problem = None if tree.damage is None else (ErrorKind.PARSER_ERROR, tree.damage)
    return Opened(tuple(files), problem)


def is_outlook_item(data: bytes) -> bool:
    """True when the compound file's root holds MAPI message properties (MS-OXMSG 2.1): the
    property stream and `__substg1.0_` streams — not a Word or Excel file, whose root holds
    `WordDocument` or `Workbook`, even one that carries an Outlook item inside it. A compound
    file whose directory cannot be read is one when its bytes name both kinds of stream: its
    reader then refuses it with the damage named (a cut-off .msg is not a "legacy Office file")."""
    try:
        ole = _open(data)
    except AttachmentError:
        return _ROOT_STREAM in data and _PROPERTY_STREAM in data
    try:
        names = {entry.name.lower() for entry in ole.root.kids}
    finally:
        ole.close()
    return PROPERTIES_STREAM in names and any(n.startswith("__substg1.0_") for n in names)


def _open(data: bytes) -> Any:
    """olefile's reading of the container (`Any`: olefile has no type hints)."""
    import olefile

    logging.getLogger("olefile").disabled = True  # see the module docstring
    try:
        return olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_INCORRECT)
    except MemoryError:
        raise
    except RecursionError as exc:
        raise AttachmentError(
            ErrorKind.PARSER_ERROR, f"{_DAMAGED}: its directory is nested too deeply to read"
        ) from exc
    except Exception as exc:  # OleFileError, OSError, struct.error on a cut header …
        raise AttachmentError(
            ErrorKind.PARSER_ERROR,
            f"{_DAMAGED} or cut off: its compound file cannot be read ({type(exc).__name__})",
        ) from exc


_Path = tuple[tuple[str, ...], str]  # (the storage's path, a stream or storage name in it)


@dataclass(slots=True)
class _Tree:
    """The container's storages, read within the byte budget (module docstring)."""

    ole: Any
    budget: int
    damage: str | None = None
    _kids: dict[tuple[str, ...], dict[str, Any]] = field(default_factory=dict)

    def children(self, storage: tuple[str, ...]) -> dict[str, Any]:
        """The entries in a storage by lower-cased name (empty: not a storage)."""
        if storage not in self._kids:
            entry = self.ole.root
            for step in storage:
                entry = entry.kids_dict.get(step.lower()) if entry is not None else None
            kids = getattr(entry, "kids", None) or []
            self._kids[storage] = {kid.name.lower(): kid for kid in kids}
        return self._kids[storage]

    def has(self, path: _Path) -> bool:
        return path[1].lower() in self.children(path[0])

    def is_storage(self, path: _Path) -> bool:
        import olefile

        kid = self.children(path[0]).get(path[1].lower())
        return kid is not None and kid.entry_type == olefile.STGTY_STORAGE

    def read(self, path: _Path) -> bytes | None:
        """The stream's bytes; None when there is no such stream. `_Damaged` when it cannot
        be read whole; `AttachmentError` when it would pass the budget."""
        import olefile

        kid = self.children(path[0]).get(path[1].lower())
        if kid is None or kid.entry_type != olefile.STGTY_STREAM:
            return None
        if kid.size > self.budget:
            raise AttachmentError(
                ErrorKind.BOMB,
                "its streams claim more bytes than the Outlook item holds (damaged or a "
                "bomb): it was not opened",
            )
        self.budget -= kid.size
        try:
            data = bytes(self.ole.openstream([*path[0], path[1]]).read())
        except MemoryError:
            raise
        except Exception as exc:  # a broken chain, a sector out of range, a cut stream
            self.damage = f"{_DAMAGED}: a part of it is cut off or broken"
            raise _Damaged from exc
        if len(data) != kid.size:
            self.damage = f"{_DAMAGED}: a part of it is shorter than it claims (cut off)"
            raise _Damaged
        return data


@dataclass(slots=True)
class _Walk:
    """One item's messages, walked to `MAX_DEPTH`, its attachments counted against `spend`."""

    tree: _Tree
    spend: Spend
    body: bool
    files: int = 0

    def message(self, storage: tuple[str, ...], *, prefix: str, depth: int) -> list[Packed]:
        """The message text first, then each attachment (an attached item's files after it)."""
        header = TOP_HEADER if depth == 0 else EMBEDDED_HEADER
        props = self._properties(storage, header=header)
        codec = codec_of(props)
        out = [] if (text := self._text(storage, codec, prefix=prefix)) is None else [text]
        names = sorted(n for n in self.tree.children(storage) if n.startswith(_ATTACHMENT))
        self.files += len(names)
        refuse_over(self.files, 0, self.spend)
        for number, name in enumerate(names, 1):
            out.extend(
                self._attachment((*storage, name), codec, prefix=prefix, number=number, depth=depth)
            )
        return out

    def _attachment(
        self, storage: tuple[str, ...], codec: str, *, prefix: str, number: int, depth: int
    ) -> list[Packed]:
        props = self._properties(storage, header=OBJECT_HEADER)
        raw = self._string(storage, ATTACH_LONG_FILENAME, codec) or self._string(
            storage, ATTACH_FILENAME, codec
        )
        raw = raw or self._string(storage, DISPLAY_NAME, codec)
        path = prefix + safe_path(raw or "", fallback=f"attachment {number}")
        inner = (storage, stream_name(ATTACH_DATA, PT_OBJECT))
        if self.tree.is_storage(inner):
            item = (*storage, inner[1])
            if props.long(ATTACH_METHOD) != EMBEDDED_MESSAGE and not self.tree.has(
                (item, PROPERTIES_STREAM)
            ):
                sentence = "it is an object embedded by Outlook (OLE), not a file: not read"
                return [Packed(path, None, (ErrorKind.UNSUPPORTED, sentence))]
            if depth + 1 > MAX_DEPTH:
                sentence = f"it is an Outlook item inside {depth + 1} others: not opened"
                return [Packed(path, None, (ErrorKind.BOMB, sentence))]
            if path == prefix + f"attachment {number}":
                subject = self._string(item, SUBJECT, codec)
                path = prefix + safe_path(subject or "", fallback=f"attached message {number}")
            return self.message(item, prefix=f"{path}/", depth=depth + 1)
        try:
            data = self.tree.read((storage, stream_name(ATTACH_DATA, PT_BINARY)))
        except _Damaged:
            sentence = "it is cut off or damaged inside the Outlook item"
            return [Packed(path, None, (ErrorKind.PARSER_ERROR, sentence))]
        if data is None:
            sentence = "the Outlook item holds no data for it (attached as a link): not read"
            return [Packed(path, None, (ErrorKind.UNSUPPORTED, sentence))]
        return [Packed(path, data)]

    def _text(self, storage: tuple[str, ...], codec: str, *, prefix: str) -> Packed | None:
        """The message text, the one that keeps a form's table best: HTML, else RTF written
        as RTF (not a plain or HTML message wrapped in RTF: MS-OXRTFEX), else plain, else
        whatever RTF there is. A text that cannot be read is listed with its reason."""
        where = f"{prefix}{_TEXT}"
        try:
            html = self._html(storage, codec)
            if html:
                return self._packed(f"{where}.html", html)
            rtf = self._rtf(storage)
            plain = self._read_string(storage, BODY, codec)
        except _Damaged:
            sentence = "the message text is cut off or damaged inside the Outlook item"
            return Packed(
                f"{where}.txt",
                None,
                (ErrorKind.PARSER_ERROR, sentence),
                self.body,
                forwarded=self.body,
            )
        if isinstance(rtf, bytes) and (not plain or not _wrapped(rtf)):
            return self._packed(f"{where}.rtf", rtf)
        if plain and plain.strip():
            return self._packed(f"{where}.txt", plain.encode("utf-8"))
        if isinstance(rtf, str):
            return Packed(
                f"{where}.rtf", None, (ErrorKind.PARSER_ERROR, rtf), self.body, forwarded=self.body
            )
        return None

    def _packed(self, path: str, data: bytes) -> Packed:
        return Packed(path, data, body=self.body, forwarded=self.body)

    def _html(self, storage: tuple[str, ...], codec: str) -> bytes | None:
        """PidTagHtml: binary in the message's code page, or a string (either type is seen)."""
        data = self.tree.read((storage, stream_name(BODY_HTML, PT_BINARY)))
        if data is not None:
            html = decode_string(data, prop_type=PT_STRING8, codec=codec)
            return html.encode("utf-8") if html.strip() else None
        text = self._read_string(storage, BODY_HTML, codec)
        return text.encode("utf-8") if text and text.strip() else None

    def _rtf(self, storage: tuple[str, ...]) -> bytes | str | None:
        """The decompressed RTF, or a sentence saying why it could not be had."""
        data = self.tree.read((storage, stream_name(RTF_COMPRESSED, PT_BINARY)))
        if not data:
            return None
        import compressed_rtf

        try:
            rtf = bytes(compressed_rtf.decompress(data))
        except MemoryError:
            raise
        except Exception as exc:  # a bad CRC, a short header, a reference past the output
            return f"its compressed RTF is damaged ({type(exc).__name__})"
        if not rtf.lstrip().startswith(b"{\\rtf"):
            return "its compressed RTF did not decompress to RTF"
        return rtf

    def _string(self, storage: tuple[str, ...], prop_id: int, codec: str) -> str | None:
        """A name or a subject: a damaged one is no name (the damage is the item's problem)."""
        try:
            return self._read_string(storage, prop_id, codec)
        except _Damaged:
            return None

    def _read_string(self, storage: tuple[str, ...], prop_id: int, codec: str) -> str | None:
        for prop_type in (PT_UNICODE, PT_STRING8):
            data = self.tree.read((storage, stream_name(prop_id, prop_type)))
            if data is not None:
                return decode_string(data, prop_type=prop_type, codec=codec)
        return None

    def _properties(self, storage: tuple[str, ...], *, header: int) -> Properties:
        try:
            stream = self.tree.read((storage, PROPERTIES_STREAM))
        except _Damaged:
            stream = None
        return read_properties(stream or b"", header=header)


def _wrapped(rtf: bytes) -> bool:
    """Outlook's RTF that only wraps a plain or HTML message (MS-OXRTFEX 2.1.3.1)."""
    head = rtf[:2048]
    return b"\\fromhtml" in head or b"\\fromtext" in head
