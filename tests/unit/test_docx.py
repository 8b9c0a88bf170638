"""`read_docx`: Word forms as lines in document order, every tick box as ☒/☐, hostile files
refused before they are expanded."""

from __future__ import annotations

import contextlib
import functools
import io
import struct
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.docx import read_docx
from parsers.errors import AttachmentError
from parsers.mime import read_message
from parsers.records import CELL, MARKED, UNMARKED, ErrorKind
from tests.builders import docx_builder as db

SAMPLES = Path(__file__).parent.parent / "corpus" / "samples"
STYLES = ["content_control", "legacy_field", "legacy_default", "glyph", "wingdings"]


def lines_of(data: bytes) -> tuple[str, ...]:
    pages = read_docx(data, name="form.docx")
    assert [(page.location, page.number) for page in pages] == [("form.docx", None)]
    return pages[0].lines


def refusal(data: bytes) -> AttachmentError:
    with pytest.raises(AttachmentError) as caught:
        read_docx(data, name="form.docx")
    return caught.value


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("ticked", ["required", "report"])
def test_every_kind_of_tick_box_reads_in_both_states(style: db.Style, ticked: db.Ticked) -> None:
    lines = lines_of(db.booking_form(ticked=ticked, style=style))
    required, report = (MARKED, UNMARKED) if ticked == "required" else (UNMARKED, MARKED)
    assert f"{required} {db.REQUIRED}" in lines
    assert f"{report} {db.REPORT}" in lines


@pytest.mark.parametrize("style", STYLES)
def test_tick_boxes_inside_table_cells_read_the_same(style: db.Style) -> None:
    lines = lines_of(db.booking_form(ticked="report", style=style, boxes_in_table=True))
    assert f"{UNMARKED} {db.REQUIRED}" in lines
    assert f"{MARKED} {db.REPORT}" in lines


def test_a_legacy_check_box_with_checked_and_no_value_is_ticked() -> None:
    fragment = db.checkbox_xml(True, style="legacy_field")[0]
    assert "<w:checked/>" in fragment  # the state the test is about
    lines = lines_of(db.booking_form(ticked="required", style="legacy_field"))
    assert f"{MARKED} {db.REQUIRED}" in lines


def test_a_ballot_box_with_check_is_read_as_marked_and_a_wingdings_letter_as_a_box() -> None:
    body = (
        "<w:p><w:r><w:t>☑ Yes ☐ No</w:t></w:r></w:p>"
        '<w:p><w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
        "<w:t>þ</w:t></w:r><w:r><w:t> Attend</w:t></w:r></w:p>"
    )
    data = db.with_members(db.booking_form(), {"word/document.xml": db.document_xml(body)})
    assert lines_of(data) == (f"{MARKED} Yes {UNMARKED} No", f"{MARKED} Attend")


def test_paragraphs_and_tables_come_in_document_order() -> None:
    lines = lines_of(
        db.booking_form(rows=[("Date of conference", "08/12/2026"), ("Time", "13:30")])
    )
    assert lines == (
        "CHILD PROTECTION CONFERENCE BOOKING FORM",
        f"Date of conference{CELL}08/12/2026",
        f"Time{CELL}13:30",
        "West Yorkshire Police (please tick one):",
        f"{MARKED} {db.REQUIRED}",
        f"{UNMARKED} {db.REPORT}",
        "Completed by: Marcus Kaur",
    )


def test_text_inside_a_block_content_control_is_not_dropped() -> None:
    reason = "Current police investigation into physical abuse."
    data = db.booking_form(reason_in_control=reason)
    python_docx_text = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert reason not in python_docx_text  # the library really does drop it (LIBRARIES.md)
    lines = lines_of(data)
    assert lines.index("Reason for conference") + 1 == lines.index(reason)


def test_inline_content_controls_rows_in_controls_and_nested_tables_are_read() -> None:
    body = (
        "<w:p><w:r><w:t>Chair: </w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent><w:r>"
        "<w:t>Nadia Tetley</w:t></w:r></w:sdtContent></w:sdt></w:p>"
        "<w:tbl><w:sdt><w:sdtContent><w:tr><w:tc><w:p><w:r><w:t>Venue</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>Teams</w:t></w:r></w:p></w:tc></w:tr></w:sdtContent></w:sdt>"
        "<w:tr><w:tc><w:p><w:r><w:t>Outer</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r>"
        "<w:t>Inner A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Inner B</w:t></w:r></w:p>"
        "</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>"
    )
    data = db.with_members(db.booking_form(), {"word/document.xml": db.document_xml(body)})
    assert lines_of(data) == (
        "Chair: Nadia Tetley",
        f"Venue{CELL}Teams",
        "Outer",
        f"Inner A{CELL}Inner B",
    )


def test_text_boxes_breaks_and_headers_are_read() -> None:
    body = (
        "<w:p><w:r><w:t>Before</w:t><w:br/><w:t>After</w:t></w:r><w:r><w:drawing><x:any "
        'xmlns:x="urn:x"><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent>'
        "</x:any></w:drawing></w:r></w:p>"
    )
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    data = db.with_members(db.save(doc), {"word/document.xml": db.document_xml(body)})
    assert lines_of(data) == ("OFFICIAL-SENSITIVE", "Before", "After", "Boxed")


def test_a_macro_enabled_document_is_refused_unopened() -> None:
    data = db.with_members(db.booking_form(), {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"})
    error = refusal(data)
    assert error.kind is ErrorKind.MACRO
    assert error.message == "macro-enabled Word document: not opened"


def test_a_document_declaring_a_macro_enabled_content_type_is_refused() -> None:
    data = db.booking_form()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = archive.read("[Content_Types].xml")
    types = types.replace(
        b"wordprocessingml.document.main+xml", b"vnd.ms-word.document.macroEnabled.main+xml"
    )
    assert refusal(db.with_members(data, {"[Content_Types].xml": types})).kind is ErrorKind.MACRO


def test_a_member_that_compresses_too_well_is_a_bomb() -> None:
    padding = b"<w:p/>" * (2 * 1024 * 1024)  # 12 MB that deflates to a few KB
    data = db.with_members(
        db.booking_form(), {"word/document.xml": db.document_xml(padding.decode())}
    )
    assert refusal(data).kind is ErrorKind.BOMB


def test_a_declared_size_over_the_limit_is_a_bomb_before_anything_is_inflated() -> None:
    data = bytearray(db.booking_form())
    at = data.index(b"PK\x01\x02")  # the first central-directory entry
    data[at + 24 : at + 28] = struct.pack("<I", 60 * 1024 * 1024)  # uncompressed size field
    assert refusal(bytes(data)).kind is ErrorKind.BOMB


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">'
    '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>'
    f'<w:document xmlns:w="{db.W_NS}"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p>'
    "</w:body></w:document>"
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    f'<w:document xmlns:w="{db.W_NS}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>'
    "</w:body></w:document>"
)


@pytest.mark.parametrize(
    "xml",
    [
        LAUGHS.encode(),
        XXE.encode(),
        XXE.replace('"1.0"?>', '"1.0" encoding="UTF-16"?>').encode("utf-16"),
    ],
    ids=["billion-laughs", "xxe", "xxe-utf16"],
)
def test_entity_declarations_are_refused_and_nothing_is_expanded(xml: bytes) -> None:
    data = db.with_members(db.booking_form(), {"word/document.xml": xml})
    error = refusal(data)
    assert error.kind in (ErrorKind.BOMB, ErrorKind.PARSER_ERROR)
    assert "root:x:0:0" not in error.message
    assert "lollol" not in error.message


def test_an_xxe_in_a_header_part_is_refused_too() -> None:
    data = db.with_members(db.booking_form(), {"word/header1.xml": XXE.encode()})
    assert "root:x:0:0" not in str(refusal(data))


def test_bytes_that_are_not_a_zip_are_a_parser_error() -> None:
    assert refusal(b"%PDF-1.7 not a word file").kind is ErrorKind.PARSER_ERROR


def test_a_password_protected_office_file_is_encrypted() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "EncryptionInfo".encode("utf-16-le")
    assert refusal(ole).kind is ErrorKind.ENCRYPTED
    assert refusal(ole.replace(b"E\x00n\x00c", b"X\x00X\x00X")).kind is ErrorKind.PARSER_ERROR


def test_broken_xml_and_a_missing_main_part_are_parser_errors() -> None:
    broken = db.with_members(db.booking_form(), {"word/document.xml": b"<w:document><w:body>"})
    assert refusal(broken).kind is ErrorKind.PARSER_ERROR
    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert refusal(empty.getvalue()).kind is ErrorKind.PARSER_ERROR


@functools.cache
def legacy_form() -> bytes:
    return db.booking_form(style="legacy_field")


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 10**6), st.binary(min_size=1, max_size=16))
def test_a_damaged_document_raises_only_attachment_errors(position: int, noise: bytes) -> None:
    data = bytearray(legacy_form())
    at = position % len(data)
    data[at : at + len(noise)] = noise
    with contextlib.suppress(AttachmentError):
        read_docx(bytes(data), name="form.docx")


def sample_docx(prefix: str) -> bytes:
    path = next(SAMPLES.glob(f"{prefix}-*.eml"))
    parts = [p for p in read_message(path.read_bytes()).parts if p.filename.endswith(".docx")]  # type: ignore[union-attr]
    assert len(parts) == 1
    return parts[0].data


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="the sample corpus is not in this checkout")
def test_sample_02_glyph_tick_boxes_and_rows_read_right() -> None:
    lines = lines_of(sample_docx("02"))
    assert (
        f"Is police attendance requested at this conference?{CELL}Yes{CELL}☒{CELL}No{CELL}☐"
        in lines
    )
    assert f"Conference date{CELL}08/12/2026" in lines
    assert f"Amelia Mellor{CELL}24/05/2018{CELL}Female{CELL}Springhill Academy" in lines
    assert lines[0] == "OFFICIAL-SENSITIVE"


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="the sample corpus is not in this checkout")
def test_sample_12_forwarded_form_is_found_and_read() -> None:
    lines = lines_of(sample_docx("12"))
    assert f"Conference type{CELL}Transfer In CPC" in lines
    assert f"Gemma Mellor{CELL}Mother{CELL}14/05/1998" in lines


def _table_docx(rows: list[list[list[str]]]) -> bytes:
    """A Word table whose cells hold the given paragraphs (Enter pressed inside a cell)."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, paragraphs in enumerate(row):
            cell = table.cell(r, c)
            cell.text = paragraphs[0] if paragraphs else ""
            for more in paragraphs[1:]:
                cell.add_paragraph(more)
    return db.save(document)


def test_a_row_whose_cells_each_hold_one_paragraph_a_person_is_that_many_rows() -> None:
    """Issue 11, set r: "Kayden Firth ¶ Lacey-Mae Firth" | "7 ¶ 4" | "M ¶ F" — Enter pressed
    in every cell instead of a row added — read as one person "Kayden Firth Lacey-Mae Firth"."""
    data = _table_docx(
        [
            [["Name(s)"], ["Age"], ["School"], ["Gender"]],
            [["Kai Rowe", "Lily Rowe"], ["7", "4"], ["Oak Primary", "Oak Nursery"], ["M", "F"]],
        ]
    )
    lines = read_docx(data, name="form.docx")[0].lines
    assert f"Kai Rowe{CELL}7{CELL}Oak Primary{CELL}M" in lines
    assert f"Lily Rowe{CELL}4{CELL}Oak Nursery{CELL}F" in lines


def test_a_label_and_a_value_of_several_paragraphs_stay_one_row() -> None:
    data = _table_docx([[["Reason for conference"], ["Bruising to arm.", "Police informed."]]])
    lines = read_docx(data, name="form.docx")[0].lines
    assert f"Reason for conference{CELL}Bruising to arm. Police informed." in lines
