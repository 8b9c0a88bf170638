"""Checklists of online editors in .docx (`parsers.word_lists`): a list bullet that is a box is
the item's tick box; a checklist item struck through is done; Wingdings box and tick codes."""

from __future__ import annotations

import pytest

from parsers.docx import read_docx
from parsers.fields import read_fields
from parsers.records import MARKED, STRUCK, UNMARKED, Page, PoliceTick
from tests.builders import docx_builder as db
from tests.unit.test_fields import _info

W_NS = db.W_NS
ARIAL = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'


def _level(bullet: str, font: str = ARIAL, *, level: int = 0) -> str:
    return (
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="{bullet}"/><w:lvlJc w:val="left"/><w:rPr>{font}</w:rPr></w:lvl>'
    )


def _numbering(*bullets: str | tuple[str, str]) -> bytes:
    """numbering.xml: list n (numId n+1) prints bullets[n] (a glyph, or glyph and font XML)."""
    parts = []
    for n, bullet in enumerate(bullets, start=1):
        glyph, font = bullet if isinstance(bullet, tuple) else (bullet, ARIAL)
        parts.append(f'<w:abstractNum w:abstractNumId="{n}">{_level(glyph, font)}</w:abstractNum>')
    parts.extend(
        f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>'
        for n in range(1, len(bullets) + 1)
    )
    return f'<w:numbering xmlns:w="{W_NS}">{"".join(parts)}</w:numbering>'.encode()


def _item(text: str, num_id: int | None, *, struck: bool = False, grey: bool = False) -> str:
    numbering = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
    props = ARIAL + ('<w:strike w:val="1"/>' if struck else "")
    props += '<w:color w:val="666666"/>' if grey else ""
    return (
        f"<w:p><w:pPr>{numbering if num_id else ''}</w:pPr>"
        f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    )


def _lines(body: str, numbering: bytes) -> tuple[str, ...]:
    members = {"word/document.xml": db.document_xml(body), "word/numbering.xml": numbering}
    data = db.with_members(db.paragraphs_docx("x"), members)
    return read_docx(data, name="form.docx")[0].lines


def test_a_list_whose_bullet_is_a_box_reads_as_tick_boxes_ticked_by_its_list() -> None:
    """Google Docs: unticked items in a ☐ list, ticked ones in a ☑ list (set t 98-01)."""
    body = (
        _item("Police attendance required", 2)
        + _item("Written report sufficient", 1)
        + _item("Mother and partner", 3)
    )
    lines = _lines(body, _numbering("☐", "☑", "•"))
    assert lines == (
        f"{MARKED} Police attendance required",
        f"{UNMARKED} Written report sufficient",
        "Mother and partner",
    )


def test_a_checklist_item_struck_through_is_done_not_deleted() -> None:
    """Google Docs greys and strikes a done item (set t 98-02); strike outside a checklist
    stays "delete as appropriate"."""
    body = (
        _item("Police attendance required", 1, struck=True, grey=True)
        + _item("Written report sufficient", 1)
        + _item("Initial / Review", None, struck=True)
    )
    lines = _lines(body, _numbering("☐"))
    assert lines == (
        f"{MARKED} Police attendance required",
        f"{UNMARKED} Written report sufficient",
        f"{STRUCK}Initial / Review{STRUCK}",
    )
    fields = read_fields(info=_info(), pages=[Page("form.docx", lines)])
    assert fields.police_tick is PoliceTick.REQUIRED


def test_a_tick_bullet_is_a_tick_only_in_a_document_whose_lists_print_boxes() -> None:
    """Word offers ✓ as a plain bullet: a report bulleted with ticks has ticked nothing."""
    body = _item("Parents invited", 1) + _item("Interpreter booked", 2)
    assert _lines(body, _numbering("✓", "•")) == ("Parents invited", "Interpreter booked")
    assert _lines(body, _numbering("✓", "☐")) == (
        f"{MARKED} Parents invited",
        f"{UNMARKED} Interpreter booked",
    )


@pytest.mark.parametrize(
    ("glyph", "font", "box"),
    [
        ("\uf0a8", "Wingdings", UNMARKED),
        ("q", "Wingdings", UNMARKED),
        ("\uf0fe", "Wingdings", MARKED),
        ("R", "Wingdings 2", MARKED),
        ("\uf0a3", "Wingdings 2", UNMARKED),
    ],
)
def test_a_symbol_font_bullet_that_draws_a_box_is_one(glyph: str, font: str, box: str) -> None:
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/>'
    lines = _lines(_item("Written report sufficient", 1), _numbering((glyph, fonts)))
    assert lines == (f"{box} Written report sufficient",)


@pytest.mark.parametrize(
    ("font", "code", "read"),
    [
        ("Wingdings", "F0FC", "✓"),
        ("Wingdings", "F071", UNMARKED),
        ("Wingdings 2", "F051", MARKED),
        ("Wingdings 2", "F053", MARKED),
        ("Wingdings 2", "F050", "✓"),
    ],
)
def test_every_common_wingdings_box_and_tick_symbol_is_read(
    font: str, code: str, read: str
) -> None:
    """Word for the web keeps a box typed from Insert > Symbol as `w:sym` (set t 98-03)."""
    body = (
        f'<w:p><w:r><w:sym w:font="{font}" w:char="{code}"/></w:r>'
        '<w:r><w:t xml:space="preserve"> Police attendance required</w:t></w:r></w:p>'
    )
    assert _lines(body, _numbering("•")) == (f"{read} Police attendance required",)
