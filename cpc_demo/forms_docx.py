"""Word booking forms: python-docx for the body, raw OOXML for what it has no API for.

Three tick-box styles (DOMAIN.md §2.2, LIBRARIES.md "Parsing"):
- `content_control`: Word 2010 check-box content controls (`w14:checkbox`, `w14:checked`),
  and the free-text answers inside block-level rich-text content controls — the text that
  python-docx 1.2 silently drops;
- `legacy`: `FORMCHECKBOX` fields (`w:ffData/w:checkBox`, state in `w:checked`, else in
  `w:default`);
- `glyph`: ☒/☐ typed into table cells (sample 02).
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import parse_xml

from cpc_demo.content import Form
from cpc_demo.phrasing import UNTICKED_LIST

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
NS = f'xmlns:w="{W}" xmlns:w14="{W14}"'


def _checkbox_sdt(checked: bool) -> str:
    glyph = "☒" if checked else "☐"
    return (
        f'<w:sdt {NS}><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'
    )


def _formcheckbox(checked: bool, name: str, by_default: bool) -> list[str]:
    state = (
        f'<w:default w:val="{int(checked)}"/>'
        if by_default
        else ('<w:default w:val="0"/>' + ("<w:checked/>" if checked else '<w:checked w:val="0"/>'))
    )
    return [
        f'<w:r {NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
        f"<w:enabled/><w:calcOnExit w:val=\"0\"/><w:checkBox><w:sizeAuto/>{state}"
        "</w:checkBox></w:ffData></w:fldChar></w:r>",
        f'<w:r {NS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {NS}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {NS}><w:fldChar w:fldCharType="end"/></w:r>',
    ]  # fmt: skip


def _block_sdt(text: str, tag: str) -> str:
    return (
        f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>'
        f'</w:sdtPr><w:sdtContent><w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t>'
        "</w:r></w:p></w:sdtContent></w:sdt>"
    )


def _table(doc: object, head: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    table = doc.add_table(rows=1, cols=len(head))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _ticks(doc: object, form: Form, style: str, rng: random.Random) -> None:
    question, required, report = form.tick_words
    doc.add_heading(question, level=2)  # type: ignore[attr-defined]
    marks = (form.tick in ("required", "both"), form.tick in ("report", "both"))
    if style == "glyph":
        table = doc.add_table(rows=1, cols=4)  # type: ignore[attr-defined]
        table.style = "Table Grid"
        cells = table.rows[0].cells
        for n, (label, on) in enumerate(zip((required, report), marks, strict=True)):
            cells[2 * n].text = label
            cells[2 * n + 1].text = "☒" if on else "☐"
        return
    by_default = rng.random() < 0.5
    for n, (label, on) in enumerate(zip((required, report), marks, strict=True)):
        paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
        if style == "content_control":
            paragraph._p.append(parse_xml(_checkbox_sdt(on)))
        else:
            for run in _formcheckbox(on, f"Check{n + 1}", by_default):
                paragraph._p.append(parse_xml(run))
        paragraph.add_run(f" {label}")


def render(form: Form, style: str, rng: random.Random) -> tuple[bytes, list[str]]:
    """(DOCX bytes, the fixed strings this layout adds)."""
    doc = Document()
    if form.marking:
        doc.sections[0].header.paragraphs[0].text = form.marking
    doc.add_heading(form.title, level=1)
    doc.add_paragraph(form.org)
    _table(doc, ("Conference details", ""), form.details)
    doc.add_heading("Child(ren) subject of the conference", level=2)
    _table(doc, form.children_head, form.children)
    doc.add_heading("Parents, carers and significant adults", level=2)
    _table(doc, form.adults_head, form.adults)
    if form.tick != "absent":
        _ticks(doc, form, style, rng)
    if form.risk_list:
        doc.add_paragraph("Known risk factors (tick all that apply)")
        doc.add_paragraph("   ".join(f"☐ {r}" for r in UNTICKED_LIST))
    body = doc.element.body
    for heading, paragraphs in form.sections:
        doc.add_heading(heading, level=2)
        for text in paragraphs:
            if style == "content_control":
                body.insert(len(body) - 1, parse_xml(_block_sdt(text, heading)))
            else:
                doc.add_paragraph(text)
    for label, value in form.completed:
        doc.add_paragraph(f"{label}: {value}")
    buffer = io.BytesIO()
    doc.save(buffer)
    extra = ["Conference details", "Child(ren) subject of the conference",
             "Parents, carers and significant adults", "☒", "☐"]  # fmt: skip
    return _fixed_times(buffer.getvalue()), extra


def _fixed_times(data: bytes) -> bytes:
    """Re-zip with one fixed timestamp: python-docx stamps members with the clock, and a seed
    must give the same bytes whenever it runs."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item.filename))
    return out.getvalue()
