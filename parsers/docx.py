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
(`w:sym`, or a Wingdings run's letter — LIBRARIES.md: "þ", "ý", "¨"). A content control still
showing its placeholder ("Choose an item.") is no answer: a list's options come unmarked, other
controls give nothing (`parsers.word_controls`).

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

from parsers.errors import AttachmentError, reader_boundary
from parsers.guidance import wrapped
from parsers.records import CELL, MARKED, ErrorKind, Page
from parsers.word_controls import (
    W,
    date_answer,
    picked_date,
    showing_placeholder,
    shown_text,
    unanswered_text,
)
from parsers.word_emphasis import marked_options
from parsers.word_help import WordStyles, document_styles
from parsers.word_lines import SYMBOL_FONTS, box, paragraph_lines, row_line, text_glyphs
from parsers.word_lines import struck as struck_text
from parsers.word_lists import ListBoxes, all_struck, list_boxes
from parsers.xml_package import parse_xml, read_member, refuse_bombs

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAIN = "word/document.xml"
_STYLES = "word/styles.xml"
_NUMBERING = "word/numbering.xml"
_PARTS = re.compile(r"^word/(header|footer)(\d*)\.xml$")

W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_WRAPPERS = frozenset(  # elements whose children are read as if they were the element's own
    {f"{W}customXml", f"{W}ins", f"{W}smartTag", f"{W}hyperlink", f"{W}fldSimple", f"{W}moveTo",
     f"{W}dir", f"{W}bdo", f"{W}sdtContent"}
)  # fmt: skip
_OFF = frozenset({"0", "false", "off"})


def read_docx(data: bytes, *, name: str) -> tuple[Page, ...]:
    """One Page (`location=name`) of the document's lines; `AttachmentError` when refused."""
    with reader_boundary("the Word document"):
        lines = _document_lines(data)
    return (Page(location=name, lines=lines, paragraphs=True),)


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
        styles = document_styles(read_member(archive, infos[_STYLES]) if _STYLES in infos else None)
        lists = list_boxes(read_member(archive, infos[_NUMBERING]) if _NUMBERING in infos else None)
        lines = [
            line for part in heads for line in _part_lines(archive, infos[part], styles, lists)
        ]
        lines.extend(_part_lines(archive, infos[_MAIN], styles, lists))
        lines.extend(
            line for part in feet for line in _part_lines(archive, infos[part], styles, lists)
        )
    return tuple(lines)


def _refuse_unsafe(archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo]) -> None:
    """Bombs and macros are refused from the zip directory, before anything is inflated."""
    refuse_bombs(infos)
    names = {name.lower() for name in infos}
    macro = any(name.endswith("vbaproject.bin") for name in names)
    types = infos.get("[Content_Types].xml")
    if types is not None and b"macroenabled" in read_member(archive, types).lower():
        macro = True
    if macro:
        raise AttachmentError(ErrorKind.MACRO, "macro-enabled Word document: not opened")


def _extra_parts(infos: dict[str, zipfile.ZipInfo]) -> tuple[list[str], list[str]]:
    found = [(m[1], int(m[2] or 0), n) for n in infos if (m := _PARTS.match(n))]
    found.sort()
    heads = [n for kind, _, n in found if kind == "header"]
    return heads, [n for kind, _, n in found if kind == "footer"]


def _part_lines(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, styles: WordStyles, lists: ListBoxes
) -> list[str]:
    root = parse_xml(read_member(archive, info))
    body = root.find(f"{W}body")
    lines = _Reader(styles, lists).blocks(root if body is None else body)
    return [line for line in lines if line.strip()]


class _Reader:
    """Turns WordprocessingML into lines; `line` collects the paragraph being read. A run the
    form prints as help (`parsers.word_help`) is wrapped as guidance (`parsers.guidance`); a
    list paragraph whose bullet is a box is a checklist item (`parsers.word_lists`)."""

    def __init__(self, styles: WordStyles, lists: ListBoxes) -> None:
        self.styles = styles
        self.lists = lists
        self.done_item = False  # a checklist item struck through: done, its strike no deletion
        self.line: list[str] = []
        self.after: list[str] = []  # text-box lines, emitted after their paragraph
        self.paragraph_style: str | None = None
        self.field_result = 0  # inside a field's result (`_field`)

    def blocks(self, parent: etree._Element) -> list[str]:
        """Lines of block content (body, cell, text box, block content control) in order."""
        lines: list[str] = []
        for child in _unwrapped(parent):
            if child.tag == f"{W}p":
                lines.extend(self.paragraph(child))
            elif child.tag == f"{W}tbl":
                lines.extend(self.table(child))
            elif child.tag == f"{W}sdt" and (state := _checkbox_state(child)) is not None:
                lines.append(box(state).strip())
            elif child.tag == f"{W}sdt" and picked_date(child) is not None:
                lines.append(date_answer(child, shown=shown_text(child)))
            elif child.tag == f"{W}sdt" and (options := unanswered_text(child).strip()):
                lines.append(options)  # a list left on its placeholder: `parsers.word_controls`
        return lines

    def paragraph(self, p: etree._Element) -> list[str]:
        if (options := marked_options(p)) is not None:  # "☐ Initial ☒ Review": highlighted
            return paragraph_lines(options)
        self.line, self.after = [], []
        style = p.find(f"{W}pPr/{W}pStyle")
        self.paragraph_style = style.get(f"{W}val") if style is not None else None
        bullet = self.lists.bullet(p)
        self.done_item = bullet is not None and all_struck(p, _struck)
        if bullet is not None:  # the box the list prints before the item
            self.line.append(box(bullet == MARKED or self.done_item))
        self.inline(p)
        self.done_item = False
        return paragraph_lines("".join(self.line)) + self.after

    def inline(self, parent: etree._Element) -> None:
        for child in _unwrapped(parent):
            tag = child.tag
            if tag == f"{W}r":
                self.run(child)
            elif tag == f"{W}sdt" and _checkbox_state(child) is not None:
                self.line.append(box(_checkbox_state(child) is True))
            elif tag == f"{W}sdt" and picked_date(child) is not None:
                self.line.append(date_answer(child, shown=shown_text(child)))
            elif tag == f"{W}sdt":  # `_unwrapped` opens every other control showing an answer
                self.line.append(unanswered_text(child))
            elif tag == f"{MC}AlternateContent":
                choice = child.find(f"{MC}Choice")
                self.inline(choice if choice is not None else child)

    def run(self, r: etree._Element) -> None:
        font = _run_font(r)
        struck = _struck(r) and not self.done_item
        # what was typed in a content control or merged into a field is an answer in whatever
        # colour it came (a control's grey placeholder formatting stays on what is typed); a
        # done checklist item is greyed by the editor, not printed as help
        helps = (
            not self.field_result
            and not self.done_item
            and not _in_answered_control(r)
            and self.styles.run_is_help(r, paragraph_style=self.paragraph_style)
        )
        for child in r:
            tag = child.tag
            if tag == f"{W}t":
                text = text_glyphs(child.text or "", font=font)
                text = struck_text(text) if struck else text
                self.line.append(wrapped(text) if helps else text)
            elif tag == f"{W}tab":
                self.line.append(CELL)
            elif tag in (f"{W}br", f"{W}cr"):
                self.line.append("\n")
            elif tag == f"{W}sym":
                self.line.append(_symbol(child))
            elif tag == f"{W}fldChar":
                self.line.append(_form_checkbox(child))
                self._field(child)
            elif tag in (f"{W}drawing", f"{W}pict", f"{MC}AlternateContent"):
                self.after.extend(_text_boxes(child, self.styles, self.lists))

    def _field(self, fld_char: etree._Element) -> None:
        """Counts the field results being read: from "separate" to "end" is a field's result."""
        kind = fld_char.get(f"{W}fldCharType")
        if kind == "separate":
            self.field_result += 1
        elif kind == "end" and self.field_result:
            self.field_result -= 1

    def table(self, tbl: etree._Element) -> list[str]:
        lines: list[str] = []
        for row in _children(tbl, f"{W}tr"):
            cells = list(_children(row, f"{W}tc"))
            if any(cell.find(f".//{W}tbl") is not None for cell in cells):
                readers = (_Reader(self.styles, self.lists).blocks(cell) for cell in cells)
                lines.extend(line for cell_lines in readers for line in cell_lines)
                continue
            blocks = [_Reader(self.styles, self.lists).blocks(cell) for cell in cells]
            for stacked in _stacked_rows(blocks):
                line = row_line(stacked)
                if line is not None:
                    lines.append(line)
        return lines


#: How many cells of a row must hold the same number of paragraphs for it to be that many rows.
_STACKED_CELLS = 3


def _stacked_rows(blocks: list[list[str]]) -> list[list[str]]:
    """A row's cells, each cell's paragraphs joined by a space — or, when three or more cells
    each hold the same number k ≥ 2 of paragraphs and the rest are empty, k rows: a writer who
    pressed Enter in every cell instead of adding a row ("Kayden Firth ¶ Lacey-Mae Firth" |
    "7 ¶ 4" | "M ¶ F": issue 11, set r, two children read as one adult)."""
    filled = [b for b in blocks if any(p.strip() for p in b)]
    counts = {len(b) for b in filled}
    if len(filled) >= _STACKED_CELLS and len(counts) == 1 and (k := counts.pop()) >= 2:
        return [[b[i] if b else "" for b in blocks] for i in range(k)]
    return [[" ".join(b) for b in blocks]]


def _in_answered_control(r: etree._Element) -> bool:
    """Whether a run is inside a content control's answer (one showing its placeholder is not
    opened: `_unwrapped`) — up to its table cell; a control around a table is the form's own."""
    for ancestor in r.iterancestors():
        if ancestor.tag in (f"{W}tc", f"{W}body", f"{W}txbxContent"):
            return False
        if ancestor.tag == f"{W}sdtContent":
            return ancestor.find(f".//{W}tbl") is None
    return False


def _text_boxes(drawing: etree._Element, styles: WordStyles, lists: ListBoxes) -> list[str]:
    """Lines of the text boxes in a drawing; of alternative renderings, only the first."""
    choice = drawing.find(f"{MC}Choice") if drawing.tag == f"{MC}AlternateContent" else None
    root = drawing if choice is None else choice
    return [
        line for box in root.iter(f"{W}txbxContent") for line in _Reader(styles, lists).blocks(box)
    ]


def _unwrapped(parent: etree._Element) -> Iterator[etree._Element]:
    """Children, with wrappers (block or inline content controls, insertions…) opened; a
    control still showing its placeholder is not opened (`parsers.word_controls`)."""
    for child in parent:
        if child.tag in _WRAPPERS:
            yield from _unwrapped(child)
        elif child.tag == f"{W}sdt" and _checkbox_state(child) is None:
            if showing_placeholder(child):
                yield child  # read as no answer, or as its list's options unmarked
                continue
            if picked_date(child) is not None:
                yield child  # read as the date it holds when its display says otherwise
                continue
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _unwrapped(content)
        else:
            yield child


def _children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    return (child for child in _unwrapped(parent) if child.tag == tag)


def _checkbox_state(sdt: etree._Element) -> bool | None:
    """A `w14:checkbox` content control's state; None when the control is not a check box."""
    control = sdt.find(f"{W}sdtPr/{W14}checkbox")
    if control is None:
        return None
    checked = control.find(f"{W14}checked")
    if checked is None:
        return False
    return checked.get(f"{W14}val", "1").lower() not in _OFF


def _form_checkbox(fld_char: etree._Element) -> str:
    """A legacy FORMCHECKBOX: `w:checked` wins over `w:default`; no `w:val` means on."""
    field = fld_char.find(f"{W}ffData/{W}checkBox")
    if field is None:
        return ""
    state = field.find(f"{W}checked")
    if state is None:
        state = field.find(f"{W}default")
    on = state is not None and state.get(f"{W}val", "1").lower() not in _OFF
    return box(on)


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


def _symbol(sym: etree._Element) -> str:
    """`w:sym`: a character of a symbol font, its code often in the F0xx private range."""
    table = SYMBOL_FONTS.get(str(sym.get(f"{W}font", "")).lower())
    try:
        code = int(str(sym.get(f"{W}char", "")), 16) & 0xFF
    except ValueError:
        return ""
    glyph = table.get(code) if table is not None else None
    return f"{glyph} " if glyph else ""
