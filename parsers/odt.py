"""`read_odt()`: an OpenDocument text (.odt) file's bytes → one `Page` of form-model lines.

Councils on LibreOffice (and old systems that export ODF) send their booking forms as .odt. The
package is a zip of XML (OASIS ODF 1.3 Part 2 §3): the text is `content.xml`, the named styles,
page headers and footers are `styles.xml`. It is read with lxml directly, as the Word reader
reads its XML, and under the same guards (`parsers.xml_package`: zip bombs refused from the
directory, members read under a cap, no DOCTYPE, no entities, no network). odfdo and odfpy were
weighed: both load every part with lxml's default parser and no size checks, flatten tables
without cell boundaries, and read neither form-control check boxes nor strike-through; the
reading they would save is the few lines of `_Reader` below.

The shape is the Word reader's (`parsers.records`): a paragraph or heading is a line
(`text:line-break` splits it); a table row is a line of cells joined by TAB, a cell's own
paragraphs joined by a space; a row whose cell holds a nested table is read cell by cell;
`text:s` is spaces and `text:tab` a cell break. Text boxes (`draw:text-box`) come after their
paragraph; header lines first and footer lines last. Every tick box becomes `☒`/`☐` before its
label: a form check box or option button (`draw:control` → `form:checkbox`, `form:current-state`
over `form:state`, or `form:radio`, `form:current-selected` over `form:selected`; its
`form:label` after the box), a LibreOffice check-box content control
(`loext:content-control loext:checkbox`), a ☒ ☑ ☐ typed in the text, and Wingdings letters.
Text whose style (or its parent style) strikes it through (`style:text-line-through-style` or
`-type` other than "none") is wrapped in `~~…~~`. Deleted text kept for change tracking
(`text:tracked-changes`), notes and annotations are not read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from parsers.errors import reader_boundary
from parsers.records import CELL, Page
from parsers.word_lines import box, paragraph_lines, row_line, struck, text_glyphs
from parsers.xml_package import odf_parts

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
FORM = "{urn:oasis:names:tc:opendocument:xmlns:form:1.0}"
XML = "{http://www.w3.org/XML/1998/namespace}"
LOEXT = "{urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0}"
_MAX_SPACES = 200  # `text:s text:c="1000000000"` must not build a gigabyte string
_MAX_STYLE_DEPTH = 30  # parent-style chains are short; a cycle must not loop
_BLOCKS = {f"{TEXT}p", f"{TEXT}h", f"{TABLE}table"}
_SKIPPED = {
    f"{TEXT}tracked-changes", f"{TEXT}note", f"{OFFICE}annotation", f"{OFFICE}annotation-end",
    f"{OFFICE}forms", f"{TEXT}sequence-decls", f"{TEXT}variable-decls", f"{TEXT}user-field-decls",
    f"{TABLE}table-columns", f"{TABLE}table-column", f"{TABLE}table-header-columns",
    f"{TABLE}covered-table-cell", f"{TEXT}soft-page-break", f"{TEXT}bookmark-ref",
}  # fmt: skip


def read_odt(data: bytes, *, name: str) -> tuple[Page, ...]:
    """One Page (`location=name`) of the document's lines; `AttachmentError` when refused."""
    with reader_boundary("the OpenDocument file"):
        lines = _document_lines(data)
    return (Page(location=name, lines=lines, paragraphs=True),)


def _document_lines(data: bytes) -> tuple[str, ...]:
    parts = odf_parts(data, what="OpenDocument", names=("content.xml", "styles.xml"))
    content, styles = parts["content.xml"], parts.get("styles.xml")
    common = _style_elements(styles, f"{OFFICE}styles", f"{OFFICE}font-face-decls")
    page_styles = _Styles([*common, *_style_elements(styles, f"{OFFICE}automatic-styles")])
    body_styles = _Styles([*common, *_style_elements(content, f"{OFFICE}automatic-styles",
                                                     f"{OFFICE}font-face-decls")])  # fmt: skip
    heads, feet = _page_parts(styles)
    lines = [line for part in heads for line in _Reader(page_styles, {}).blocks(part)]
    text = content.find(f"{OFFICE}body/{OFFICE}text")
    if text is not None:
        lines.extend(_Reader(body_styles, _checkboxes(content)).blocks(text))
    lines.extend(line for part in feet for line in _Reader(page_styles, {}).blocks(part))
    return tuple(line for line in lines if line.strip())


def _style_elements(root: etree._Element | None, *containers: str) -> list[etree._Element]:
    if root is None:
        return []
    return [child for tag in containers for part in root.iter(tag) for child in part]


def _page_parts(styles: etree._Element | None) -> tuple[list[etree._Element], list[etree._Element]]:
    """The master pages' headers and footers (first-page and left-page variants included)."""
    if styles is None:
        return [], []
    heads: list[etree._Element] = []
    feet: list[etree._Element] = []
    for page in styles.iter(f"{STYLE}master-page"):
        for part in page:
            name = etree.QName(part).localname
            if name.startswith("header") and part.get(f"{STYLE}display") != "false":
                heads.append(part)
            elif name.startswith("footer") and part.get(f"{STYLE}display") != "false":
                feet.append(part)
    return heads, feet


@dataclass(frozen=True, slots=True)
class _Props:
    """The character properties that matter: struck through, and the font (lower case)."""

    struck: bool = False
    font: str = ""


class _Styles:
    """Style name → its struck/font properties, resolved through `style:parent-style-name`."""

    def __init__(self, elements: Iterable[etree._Element]) -> None:
        self.raw: dict[str, tuple[str | None, bool | None, str | None]] = {}
        self.fonts: dict[str, str] = {}
        for element in elements:
            name = element.get(f"{STYLE}name")
            if name is None:
                continue
            if element.tag == f"{STYLE}font-face":
                family = element.get(f"{SVG}font-family") or name
                self.fonts[name] = family.strip("'\" ").lower()
            elif element.tag == f"{STYLE}style":
                self.raw[name] = _own_props(element)
        self.cache: dict[str, _Props] = {}

    def props(self, name: str | None, inherited: _Props) -> _Props:
        """`inherited` overridden by what the style `name` (and its parents) set."""
        if name is None or name not in self.raw:
            return inherited
        strike: bool | None = None
        font: str | None = None
        current: str | None = name
        for _ in range(_MAX_STYLE_DEPTH):
            if current is None or current not in self.raw:
                break
            parent, own_strike, own_font = self.raw[current]
            strike = own_strike if strike is None else strike
            font = own_font if font is None else font
            current = parent
        return _Props(
            struck=inherited.struck if strike is None else strike,
            font=inherited.font if font is None else self.fonts.get(font, font.lower()),
        )


def _own_props(style: etree._Element) -> tuple[str | None, bool | None, str | None]:
    text = style.find(f"{STYLE}text-properties")
    strike: bool | None = None
    font: str | None = None
    if text is not None:
        kinds = [text.get(f"{STYLE}text-line-through-{k}") for k in ("style", "type")]
        if any(kind is not None for kind in kinds):
            strike = any(kind not in (None, "none") for kind in kinds)
        font = text.get(f"{STYLE}font-name") or text.get(f"{FO}font-family")
    return style.get(f"{STYLE}parent-style-name"), strike, font


def _checkboxes(content: etree._Element) -> dict[str, tuple[bool, str]]:
    """Form check boxes and option buttons by control id → (marked, label).

    ODF 1.3 Part 3 (form controls): a check box's `form:current-state` over its default
    `form:state`, an option button's `form:current-selected` over its default `form:selected`
    — "Attendance required ( ) / Written report (•)" drawn as option buttons is the same
    question as two check boxes."""
    found: dict[str, tuple[bool, str]] = {}
    for control in content.iter(f"{FORM}checkbox", f"{FORM}radio"):
        if control.tag == f"{FORM}checkbox":
            state = control.get(f"{FORM}current-state") or control.get(f"{FORM}state") or ""
            marked = state == "checked"
        else:
            chosen = control.get(f"{FORM}current-selected") or control.get(f"{FORM}selected")
            marked = chosen == "true"
        entry = (marked, (control.get(f"{FORM}label") or "").strip())
        for key in (control.get(f"{FORM}id"), control.get(f"{XML}id")):
            if key:
                found[key] = entry
    return found


class _Reader:
    """ODF text → lines; `line` collects the paragraph being read, `after` its text boxes."""

    def __init__(self, styles: _Styles, boxes: dict[str, tuple[bool, str]]) -> None:
        self.styles = styles
        self.boxes = boxes
        self.line: list[str] = []
        self.after: list[str] = []

    def blocks(self, parent: etree._Element) -> list[str]:
        """Lines of block content (body, cell, section, list, text box) in document order."""
        return [line for child in parent for line in self.block(child)]

    def block(self, child: etree._Element) -> list[str]:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:  # comments, processing instructions
            return []
        if tag in (f"{TEXT}p", f"{TEXT}h"):
            return self.paragraph(child)
        if tag == f"{TABLE}table":
            return self.table(child)
        if tag == f"{DRAW}control":  # a check box anchored to the page, not to a paragraph
            self.line = []
            self.control(child.get(f"{DRAW}control"))
            return paragraph_lines("".join(self.line))
        return self.blocks(child)  # sections, lists, list items, indexes, header rows, frames

    def paragraph(self, p: etree._Element) -> list[str]:
        self.line, self.after = [], []
        self.inline(p, self.styles.props(p.get(f"{TEXT}style-name"), _Props()))
        return paragraph_lines("".join(self.line)) + self.after

    def inline(self, parent: etree._Element, props: _Props) -> None:
        self.text(parent.text, props)
        for child in parent:
            if isinstance(child.tag, str) and child.tag not in _SKIPPED:
                self.element(child, props)
            self.text(child.tail, props)

    def text(self, text: str | None, props: _Props) -> None:
        if not text:
            return
        text = text_glyphs(" ".join(text.split("\n")).replace("\t", " "), font=props.font)
        self.line.append(struck(text) if props.struck else text)

    def element(self, child: etree._Element, props: _Props) -> None:
        tag = child.tag
        if tag == f"{TEXT}s":
            count = _count(child.get(f"{TEXT}c"))
            self.text(" " * count, props)
        elif tag == f"{TEXT}tab":
            self.line.append(CELL)
        elif tag == f"{TEXT}line-break":
            self.line.append("\n")
        elif tag == f"{DRAW}control":
            self.control(child.get(f"{DRAW}control"))
        elif tag == f"{LOEXT}content-control" and child.get(f"{LOEXT}checkbox") == "true":
            self.line.append(box(child.get(f"{LOEXT}checked") == "true"))
        elif tag == f"{DRAW}frame":
            for text_box in child.iter(f"{DRAW}text-box"):
                self.after.extend(self._fresh().blocks(text_box))
        elif tag in _BLOCKS:  # a paragraph or table where only inline content is allowed
            self.after.extend(self._fresh().block(child))
        else:  # spans, links, fields, ruby, content controls: their text in their style
            self.inline(child, self.styles.props(child.get(f"{TEXT}style-name"), props))

    def control(self, control_id: str | None) -> None:
        found = self.boxes.get(control_id or "")
        if found is not None:
            checked, label = found
            self.line.append(box(checked) + (f"{label} " if label else ""))

    def table(self, table: etree._Element) -> list[str]:
        lines: list[str] = []
        for row in table.iter(f"{TABLE}table-row"):
            if _owner_table(row) is not table:
                continue  # a row of a table nested in one of this table's cells
            cells = [c for c in row if c.tag == f"{TABLE}table-cell"]
            if any(cell.find(f".//{TABLE}table") is not None for cell in cells):
                lines.extend(line for cell in cells for line in self._fresh().blocks(cell))
                continue
            line = row_line([" ".join(self._fresh().blocks(cell)) for cell in cells])
            if line is not None:
                lines.append(line)
        return lines

    def _fresh(self) -> _Reader:
        return _Reader(self.styles, self.boxes)


def _owner_table(row: etree._Element) -> etree._Element | None:
    parent = row.getparent()
    while parent is not None and parent.tag != f"{TABLE}table":
        parent = parent.getparent()
    return parent


def _count(value: str | None) -> int:
    try:
        return max(1, min(_MAX_SPACES, int(value or "1")))
    except ValueError:
        return 1
