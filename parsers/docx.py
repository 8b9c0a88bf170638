"""`read_docx()`: a Word (.docx) file's bytes → one `Page` of lines, tick boxes as ☒/☐.

The document XML is read from the zip with lxml, not with python-docx: python-docx 1.2.0
silently drops text inside block-level content controls and has no check-box API, and reading
the XML directly costs 0.6 ms against 20 ms (LIBRARIES.md "Parsing").

The shape of the lines (`parsers.records`): each paragraph is a line; each table row is a line
with its cells joined by TAB, a cell's own paragraphs joined by a space (so a label and its value
stay on one line however long the value); a row whose cell holds a nested table is read cell by
cell, one line per paragraph or row. Body paragraphs and tables come in document order, with the
text of content controls (`w:sdt`, block and inline) and text boxes; the page headers' lines come
first and the footers' last (the protective marking lives there). Every tick box becomes
`MARKED`/`UNMARKED` and a space: Word 2010 check-box content controls (`w14:checkbox`),
legacy `FORMCHECKBOX` fields (`w:ffData/w:checkBox`: `w:checked`, else `w:default`; ECMA-376
§17.16.2: an on/off value without `w:val` is on), ☒ ☑ ☐ typed in the text, and Wingdings boxes
(`w:sym`, or a Wingdings run's letter — LIBRARIES.md: "þ", "ý", "¨").

Hostile files (RELIABILITY.md S1/S2) are refused before anything is decompressed or expanded:
zip members are checked against their declared sizes and compression ratio, reads are capped,
and XML with a DOCTYPE (billion laughs, XXE) is never accepted; the parser resolves no entities
and touches no network. Macro-enabled and encrypted documents are refused unopened. Every
failure leaves as an `AttachmentError` with a sentence that never quotes the document.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from parsers.errors import AttachmentError
from parsers.records import CELL, MARKED, STRUCK, UNMARKED, ErrorKind, Page

MB = 1024 * 1024
MAX_MEMBER_BYTES = 50 * MB  # a member declaring more is a bomb (RELIABILITY.md S2)
MAX_RATIO = 100  # compression ratio over which a member larger than `_RATIO_FLOOR` is a bomb
_RATIO_FLOOR = MB  # small members may compress well (styles.xml does); only big ones matter
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAIN = "word/document.xml"
_PARTS = re.compile(r"^word/(header|footer)(\d*)\.xml$")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_WRAPPERS = frozenset(  # elements whose children are read as if they were the element's own
    {f"{W}customXml", f"{W}ins", f"{W}smartTag", f"{W}hyperlink", f"{W}fldSimple", f"{W}moveTo",
     f"{W}dir", f"{W}bdo", f"{W}sdtContent"}
)  # fmt: skip
_GLYPHS = {"☒": MARKED, "☑": MARKED, "☐": UNMARKED}
_SYMBOL_FONTS = {
    "wingdings": {0xFE: MARKED, 0xFD: MARKED, 0x78: MARKED, 0xA8: UNMARKED, 0x6F: UNMARKED},
    "wingdings 2": {0x52: MARKED, 0x54: MARKED, 0xA3: UNMARKED, 0x2A: UNMARKED},
}
_OFF = frozenset({"0", "false", "off"})
_SPACES = re.compile(r"[ \u00a0]+")


def read_docx(data: bytes, *, name: str) -> tuple[Page, ...]:
    """One Page (`location=name`) of the document's lines; `AttachmentError` when refused."""
    try:
        lines = _document_lines(data)
    except AttachmentError:
        raise
    except Exception as exc:  # the boundary: anything else is a reader failure, named by class
        raise AttachmentError(
            ErrorKind.PARSER_ERROR, f"the Word document could not be read ({type(exc).__name__})"
        ) from exc
    return (Page(location=name, lines=lines),)


def _document_lines(data: bytes) -> tuple[str, ...]:
    if data.startswith(_OLE_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise AttachmentError(ErrorKind.ENCRYPTED, "it is a password-protected Word document")
        raise AttachmentError(ErrorKind.PARSER_ERROR, "it is a legacy Word file, not a .docx")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise AttachmentError(ErrorKind.PARSER_ERROR, "it is not a Word (.docx) file: not a zip")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = {info.filename: info for info in archive.infolist()}
        _refuse_unsafe(archive, infos)
        if _MAIN not in infos:
            raise AttachmentError(ErrorKind.PARSER_ERROR, "the Word document has no main text")
        heads, feet = _extra_parts(infos)
        lines = [line for part in heads for line in _part_lines(archive, infos[part])]
        lines.extend(_part_lines(archive, infos[_MAIN]))
        lines.extend(line for part in feet for line in _part_lines(archive, infos[part]))
    return tuple(lines)


def _refuse_unsafe(archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo]) -> None:
    """Bombs and macros are refused from the zip directory, before anything is inflated."""
    if sum(info.file_size for info in infos.values()) > MAX_MEMBER_BYTES:
        raise AttachmentError(ErrorKind.BOMB, _bomb_sentence())
    for info in infos.values():
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
            raise AttachmentError(ErrorKind.BOMB, _bomb_sentence())
    names = {name.lower() for name in infos}
    macro = any(name.endswith("vbaproject.bin") for name in names)
    types = infos.get("[Content_Types].xml")
    if types is not None and b"macroenabled" in _read_member(archive, types).lower():
        macro = True
    if macro:
        raise AttachmentError(ErrorKind.MACRO, "macro-enabled Word document: not opened")


def _bomb_sentence() -> str:
    return f"it expands to more than {MAX_MEMBER_BYTES // MB} MB when decompressed (a bomb)"


def _extra_parts(infos: dict[str, zipfile.ZipInfo]) -> tuple[list[str], list[str]]:
    found = [(m[1], int(m[2] or 0), n) for n in infos if (m := _PARTS.match(n))]
    found.sort()
    heads = [n for kind, _, n in found if kind == "header"]
    return heads, [n for kind, _, n in found if kind == "footer"]


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, never more than the cap whatever its header claims."""
    with archive.open(info) as member:
        data = member.read(MAX_MEMBER_BYTES + 1)
    if len(data) > MAX_MEMBER_BYTES:
        raise AttachmentError(ErrorKind.BOMB, _bomb_sentence())
    return data


def _part_lines(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> list[str]:
    root = _parse_xml(_read_member(archive, info))
    body = root.find(f"{W}body")
    lines = _Reader().blocks(root if body is None else body)
    return [line for line in lines if line.strip()]


def _parse_xml(data: bytes) -> etree._Element:
    """Word never writes a DOCTYPE: one is an entity bomb or an XXE attempt, refused."""
    if b"<!doctype" in data[:4096].lower() or b"<!entity" in data.lower():
        raise AttachmentError(ErrorKind.BOMB, "it declares XML entities (a DOCTYPE): not opened")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
    )
    root = etree.fromstring(data, parser=parser)
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise AttachmentError(ErrorKind.BOMB, "it declares XML entities (a DOCTYPE): not opened")
    return root


class _Reader:
    """Turns WordprocessingML into lines; `line` collects the paragraph being read."""

    def __init__(self) -> None:
        self.line: list[str] = []
        self.after: list[str] = []  # text-box lines, emitted after their paragraph

    def blocks(self, parent: etree._Element) -> list[str]:
        """Lines of block content (body, cell, text box, block content control) in order."""
        lines: list[str] = []
        for child in _unwrapped(parent):
            if child.tag == f"{W}p":
                lines.extend(self.paragraph(child))
            elif child.tag == f"{W}tbl":
                lines.extend(self.table(child))
            elif child.tag == f"{W}sdt" and (state := _checkbox_state(child)) is not None:
                lines.append(_box(state).strip())
        return lines

    def paragraph(self, p: etree._Element) -> list[str]:
        self.line, self.after = [], []
        self.inline(p)
        text = "".join(self.line).replace(STRUCK + STRUCK, "")  # adjacent struck runs: one
        lines = [_fold(part) for part in text.split("\n")]
        return [line for line in lines if line] + self.after

    def inline(self, parent: etree._Element) -> None:
        for child in _unwrapped(parent):
            tag = child.tag
            if tag == f"{W}r":
                self.run(child)
            elif tag == f"{W}sdt":  # `_unwrapped` opens every other content control
                self.line.append(_box(_checkbox_state(child) is True))
            elif tag == f"{MC}AlternateContent":
                choice = child.find(f"{MC}Choice")
                self.inline(choice if choice is not None else child)

    def run(self, r: etree._Element) -> None:
        font = _run_font(r)
        struck = _struck(r)
        for child in r:
            tag = child.tag
            if tag == f"{W}t":
                text = _text_glyphs(child.text or "", font=font)
                self.line.append(f"{STRUCK}{text}{STRUCK}" if struck and text.strip() else text)
            elif tag == f"{W}tab":
                self.line.append(CELL)
            elif tag in (f"{W}br", f"{W}cr"):
                self.line.append("\n")
            elif tag == f"{W}sym":
                self.line.append(_symbol(child))
            elif tag == f"{W}fldChar":
                self.line.append(_form_checkbox(child))
            elif tag in (f"{W}drawing", f"{W}pict", f"{MC}AlternateContent"):
                self.after.extend(_text_boxes(child))

    def table(self, tbl: etree._Element) -> list[str]:
        lines: list[str] = []
        for row in _children(tbl, f"{W}tr"):
            cells = list(_children(row, f"{W}tc"))
            if any(cell.find(f".//{W}tbl") is not None for cell in cells):
                lines.extend(line for cell in cells for line in _Reader().blocks(cell))
                continue
            texts = [" ".join(_Reader().blocks(cell)).strip() for cell in cells]
            while texts and not texts[-1]:
                texts.pop()
            if any(texts):
                lines.append(CELL.join(texts))
        return lines


def _text_boxes(drawing: etree._Element) -> list[str]:
    """Lines of the text boxes in a drawing; of alternative renderings, only the first."""
    choice = drawing.find(f"{MC}Choice") if drawing.tag == f"{MC}AlternateContent" else None
    root = drawing if choice is None else choice
    return [line for box in root.iter(f"{W}txbxContent") for line in _Reader().blocks(box)]


def _unwrapped(parent: etree._Element) -> Iterator[etree._Element]:
    """Children, with wrappers (block or inline content controls, insertions…) opened."""
    for child in parent:
        if child.tag in _WRAPPERS:
            yield from _unwrapped(child)
        elif child.tag == f"{W}sdt" and _checkbox_state(child) is None:
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _unwrapped(content)
        else:
            yield child


def _children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    return (child for child in _unwrapped(parent) if child.tag == tag)


def _checkbox_state(sdt: etree._Element) -> bool | None:
    """A `w14:checkbox` content control's state; None when the control is not a check box."""
    box = sdt.find(f"{W}sdtPr/{W14}checkbox")
    if box is None:
        return None
    checked = box.find(f"{W14}checked")
    if checked is None:
        return False
    return checked.get(f"{W14}val", "1").lower() not in _OFF


def _form_checkbox(fld_char: etree._Element) -> str:
    """A legacy FORMCHECKBOX: `w:checked` wins over `w:default`; no `w:val` means on."""
    box = fld_char.find(f"{W}ffData/{W}checkBox")
    if box is None:
        return ""
    state = box.find(f"{W}checked")
    if state is None:
        state = box.find(f"{W}default")
    on = state is not None and state.get(f"{W}val", "1").lower() not in _OFF
    return _box(on)


def _box(on: bool) -> str:
    return f"{MARKED if on else UNMARKED} "


def _struck(r: etree._Element) -> bool:
    """A run struck through (`w:strike` / `w:dstrike`, on unless `w:val` says off)."""
    props = r.find(f"{W}rPr")
    if props is None:
        return False
    for tag in (f"{W}strike", f"{W}dstrike"):
        mark = props.find(tag)
        if mark is not None and (mark.get(f"{W}val") or "1").casefold() not in _OFF:
            return True
    return False


def _run_font(r: etree._Element) -> str:
    fonts = r.find(f"{W}rPr/{W}rFonts")
    if fonts is None:
        return ""
    return str(fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or "").lower()


def _text_glyphs(text: str, *, font: str) -> str:
    """☑ as ☒, and a Wingdings run's letters as the boxes they draw."""
    table = _SYMBOL_FONTS.get(font)
    out = []
    for char in text:
        if char in _GLYPHS:
            out.append(_GLYPHS[char] + " ")
        elif table is not None and (ord(char) & 0xFF) in table and ord(char) not in (0x20, 0xA0):
            out.append(table[ord(char) & 0xFF] + " ")
        else:
            out.append(char)
    return "".join(out)


def _symbol(sym: etree._Element) -> str:
    """`w:sym`: a character of a symbol font, its code often in the F0xx private range."""
    table = _SYMBOL_FONTS.get(str(sym.get(f"{W}font", "")).lower())
    try:
        code = int(str(sym.get(f"{W}char", "")), 16) & 0xFF
    except ValueError:
        return ""
    glyph = table.get(code) if table is not None else None
    return f"{glyph} " if glyph else ""


def _fold(text: str) -> str:
    cells = [_SPACES.sub(" ", cell).strip() for cell in text.split(CELL)]
    return CELL.join(cells).strip(CELL + " ")
