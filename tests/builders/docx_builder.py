"""Word booking forms built for tests: python-docx for the body, raw OOXML for tick boxes.

python-docx has no API for check boxes, so the three encodings councils use are written as raw
WordprocessingML (LIBRARIES.md "Parsing"; ECMA-376 §17.16, MS-DOCX §2.6.2):

- `content_control`: a Word 2010 check-box content control (`w14:checkbox`/`w14:checked`);
- `legacy_field`: a `FORMCHECKBOX` field whose state is in `w:checked` (`legacy_default`: only
  `w:default`, as forms that were never clicked have);
- `glyph`: ☒/☐ typed as text; `wingdings`: `w:sym` boxes in the Wingdings font.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping, Sequence
from typing import Literal
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import parse_xml

Style = Literal["content_control", "legacy_field", "legacy_default", "glyph", "wingdings"]
Ticked = Literal["required", "report", "both", "none"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
NS = f'xmlns:w="{W_NS}" xmlns:w14="{W14_NS}"'
REQUIRED = "Police attendance required"
REPORT = "Written report sufficient"
DEFAULT_ROWS: tuple[tuple[str, str], ...] = (
    ("Type of conference", "Initial Child Protection Conference"),
    ("Date of conference", "08/12/2026"),
    ("Time", "13:30"),
    ("Chair", "Karen Pollard"),
)


def checkbox_xml(checked: bool, *, style: Style) -> list[str]:
    """The runs (or content control) of one tick box, each a standalone XML fragment."""
    if style == "content_control":
        glyph = "☒" if checked else "☐"
        return [
            f'<w:sdt {NS}><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            f"<w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
        ]
    if style in ("legacy_field", "legacy_default"):
        if style == "legacy_default":
            state = f'<w:default w:val="{int(checked)}"/>'
        else:  # the opposite default proves that w:checked wins
            state = f'<w:default w:val="{int(not checked)}"/>' + (
                "<w:checked/>" if checked else '<w:checked w:val="0"/>'
            )
        return [
            f'<w:r {NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>'
            f"<w:enabled/><w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>",
            f'<w:r {NS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
            f'<w:r {NS}><w:fldChar w:fldCharType="separate"/></w:r>',
            f'<w:r {NS}><w:fldChar w:fldCharType="end"/></w:r>',
        ]
    if style == "wingdings":
        code = "F0FE" if checked else "F0A8"
        return [f'<w:r {NS}><w:sym w:font="Wingdings" w:char="{code}"/></w:r>']
    return [f"<w:r {NS}><w:t>{'☒' if checked else '☐'}</w:t></w:r>"]


def block_control_xml(text: str) -> str:
    """A block-level rich-text content control: the text python-docx 1.2 drops."""
    return (
        f'<w:sdt {NS}><w:sdtPr><w:alias w:val="Reason"/><w:tag w:val="reason"/></w:sdtPr>'
        f'<w:sdtContent><w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        "</w:sdtContent></w:sdt>"
    )


def booking_form(
    rows: Sequence[tuple[str, str]] = DEFAULT_ROWS,
    *,
    ticked: Ticked = "required",
    style: Style = "content_control",
    boxes_in_table: bool = False,
    reason_in_control: str | None = None,
    closing: str = "Completed by: Marcus Kaur",
) -> bytes:
    """A booking form: a heading, a label/value table, the police tick boxes, a closing line."""
    doc = Document()
    doc.add_paragraph("CHILD PROTECTION CONFERENCE BOOKING FORM")
    table = doc.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_paragraph("West Yorkshire Police (please tick one):")
    marks = {REQUIRED: ticked in ("required", "both"), REPORT: ticked in ("report", "both")}
    box_table = doc.add_table(rows=0, cols=1) if boxes_in_table else None
    for label, on in marks.items():
        paragraph = box_table.add_row().cells[0].paragraphs[0] if box_table else doc.add_paragraph()
        for fragment in checkbox_xml(on, style=style):
            paragraph._p.append(parse_xml(fragment))
        paragraph.add_run(f" {label}")
    if reason_in_control is not None:
        doc.add_paragraph("Reason for conference")
        doc.element.body.insert(
            len(doc.element.body) - 1, parse_xml(block_control_xml(reason_in_control))
        )
    doc.add_paragraph(closing)
    return save(doc)


def save(doc: object) -> bytes:
    out = io.BytesIO()
    doc.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


def paragraphs_docx(*lines: str) -> bytes:
    """A Word document of one paragraph a line."""
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return save(document)


def with_members(
    data: bytes,
    members: Mapping[str, bytes],
    *,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """The same package with members replaced or added (macros, bombs, hostile XML)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", compression) as dst:
        for info in src.infolist():
            if info.filename not in members:
                dst.writestr(info.filename, src.read(info.filename))
        for name, content in members.items():
            dst.writestr(name, content)
    return out.getvalue()


def document_xml(body: str) -> bytes:
    """A `word/document.xml` with the given body XML (w: and w14: prefixes bound)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}>'
        f"<w:body>{body}</w:body></w:document>"
    ).encode()
