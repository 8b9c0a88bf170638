"""`read_odt`: OpenDocument forms as the Word reader's lines — tables as TAB-joined rows, form
check boxes and content controls as ☒/☐ before their labels, struck text as ~~…~~ — and hostile
packages refused before they are expanded."""

from __future__ import annotations

import io
import zipfile

import pytest

from parsers import sniff
from parsers.attachment import Limits, read_attachment
from parsers.errors import AttachmentError
from parsers.odt import read_odt
from parsers.records import CELL, ErrorKind
from tests.builders import odt_builder as ob

TABLE = (
    "<table:table><table:table-column/><table:table-column/>"
    "<table:table-row><table:table-cell><text:p>Child's name</text:p></table:table-cell>"
    "<table:table-cell><text:p>Leo Hall</text:p><text:p>DOB 02/03/2019</text:p>"
    "</table:table-cell></table:table-row>"
    "<table:table-row><table:table-cell><text:p>Venue</text:p></table:table-cell>"
    '<table:table-cell><text:p>Civic<text:s text:c="4"/>Centre</text:p></table:table-cell>'
    "<table:covered-table-cell/></table:table-row></table:table>"
)


def lines_of(data: bytes) -> tuple[str, ...]:
    pages = read_odt(data, name="form.odt")
    assert [page.location for page in pages] == ["form.odt"]
    return pages[0].lines


def refusal(data: bytes) -> AttachmentError:
    with pytest.raises(AttachmentError) as caught:
        read_odt(data, name="form.odt")
    return caught.value


def test_paragraphs_headings_and_tables_read_as_the_word_reader_reads_them() -> None:
    body = (
        "<text:h>Initial Child Protection Conference</text:h>"
        "<text:p>Date:<text:tab/>Tuesday 12 January 2027</text:p>"
        f"{TABLE}<text:list><text:list-item><text:p>Reason: neglect</text:p>"
        "</text:list-item></text:list><text:p>Line one<text:line-break/>Line two</text:p>"
    )
    assert lines_of(ob.document(body)) == (
        "Initial Child Protection Conference",
        f"Date:{CELL}Tuesday 12 January 2027",
        f"Child's name{CELL}Leo Hall DOB 02/03/2019",
        f"Venue{CELL}Civic Centre",
        "Reason: neglect",
        "Line one",
        "Line two",
    )


@pytest.mark.parametrize(
    ("current", "state", "expected"),
    [
        ("checked", None, "☒"),
        ("unchecked", None, "☐"),
        (None, "checked", "☒"),  # no current state: the default state applies
        ("unchecked", "checked", "☐"),  # the current state wins over the default
        (None, None, "☐"),
    ],
)
def test_a_form_check_box_is_a_box_before_its_label(
    current: str | None, state: str | None, expected: str
) -> None:
    body = f"<text:p>{ob.control('c1')} Police attendance required</text:p>"
    forms = ob.checkbox("c1", current=current, state=state)
    assert lines_of(ob.document(body, forms=forms)) == (f"{expected} Police attendance required",)


def test_a_check_box_that_carries_its_own_label_shows_the_label_after_the_box() -> None:
    body = f"<text:p>{ob.control('a')}{ob.control('b')}</text:p>"
    forms = ob.checkbox("a", current="unchecked", label="Attend") + ob.checkbox(
        "b", current="checked", label="Written report"
    )
    assert lines_of(ob.document(body, forms=forms)) == ("☐ Attend ☒ Written report",)


def test_libreoffice_content_control_boxes_and_typed_glyphs_are_boxes() -> None:
    body = (
        '<text:p><loext:content-control loext:checkbox="true" loext:checked="true">'
        "<text:span>☒</text:span></loext:content-control> Attend "
        '<loext:content-control loext:checkbox="true" loext:checked="false">☐'
        "</loext:content-control> Report</text:p>"
        "<text:p>☑ Yes ☐ No</text:p>"
        '<text:p><text:span text:style-name="T2">þ</text:span> Signed '
        '<text:span text:style-name="T2">¨</text:span> Unsigned</text:p>'
    )
    assert lines_of(ob.document(body)) == (
        "☒ Attend ☐ Report",
        "☒ Yes ☐ No",
        "☒ Signed ☐ Unsigned",
    )


def test_struck_text_is_marked_through_automatic_and_inherited_styles() -> None:
    body = (
        '<text:p>Police: <text:span text:style-name="T1">attend</text:span>'
        ' / <text:span text:style-name="T3">written report</text:span></text:p>'
        '<text:p text:style-name="T1">Whole line deleted <text:span text:style-name="T4">'
        "but not this</text:span></text:p>"
    )
    assert lines_of(ob.document(body)) == (
        "Police: ~~attend~~ / ~~written report~~",
        "~~Whole line deleted~~ but not this",
    )


def test_unicode_header_footer_and_text_boxes_are_read_and_deleted_changes_are_not() -> None:
    body = (
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>Removed words"
        "</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        "<text:p>Zoë Ławrence-Nwosu <text:note><text:note-body><text:p>a footnote</text:p>"
        "</text:note-body></text:note>(née Ørsted)"
        "<draw:frame><draw:text-box><text:p>Boxed: 10:00</text:p></draw:text-box></draw:frame>"
        "</text:p>"
    )
    data = ob.document(body, header="OFFICIAL-SENSITIVE", footer="Page 1")
    assert lines_of(data) == (
        "OFFICIAL-SENSITIVE",
        "Zoë Ławrence-Nwosu (née Ørsted)",
        "Boxed: 10:00",
        "Page 1",
    )


def test_a_nested_table_is_read_cell_by_cell() -> None:
    inner = (
        "<table:table><table:table-row><table:table-cell><text:p>Name</text:p>"
        "</table:table-cell><table:table-cell><text:p>Role</text:p></table:table-cell>"
        "</table:table-row></table:table>"
    )
    body = (
        "<table:table><table:table-row><table:table-cell><text:p>Adults</text:p>"
        f"</table:table-cell><table:table-cell>{inner}</table:table-cell></table:table-row>"
        "</table:table>"
    )
    assert lines_of(ob.document(body)) == ("Adults", f"Name{CELL}Role")


def test_an_odt_attachment_is_sniffed_by_content_and_read_whatever_its_name_says() -> None:
    data = ob.document(
        f"<text:p>{ob.control('c')} Attend</text:p>", forms=ob.checkbox("c", current="checked")
    )
    content = read_attachment(data, filename="form.bin", declared_type="application/octet-stream",
                              limits=Limits(ocr=False))  # fmt: skip
    assert (content.media_type, content.error) == (sniff.ODT, None)
    assert content.pages[0].lines == ("☒ Attend",)


def test_a_zip_bomb_is_refused_from_its_directory() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), ob.MIMETYPE)
        archive.writestr("content.xml", ob.content_xml("<text:p>x</text:p>"))
        archive.writestr("Pictures/big.bin", b"\0" * (60 * 1024 * 1024))
    data = buffer.getvalue()
    assert len(data) < 1024 * 1024
    assert refusal(data).kind is ErrorKind.BOMB
    content = read_attachment(data, filename="bomb.odt", declared_type=None, limits=Limits())
    assert content.error_kind is ErrorKind.BOMB


def test_an_entity_bomb_or_external_entity_is_refused_unexpanded() -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">'
        b"&b;</office:document-content>"
    )
    assert refusal(ob.package(laughs)).kind is ErrorKind.BOMB
    xxe = laughs.replace(b'<!ENTITY a "aaaaaaaaaa">', b'<!ENTITY a SYSTEM "file:///etc/passwd">')
    assert refusal(ob.package(xxe)).kind is ErrorKind.BOMB


def test_a_password_protected_or_broken_package_is_refused_with_a_reason() -> None:
    manifest = b"<manifest:manifest><manifest:encryption-data/></manifest:manifest>"
    protected = ob.package(b"\x8a\x01garbage", extra={"META-INF/manifest.xml": manifest})
    assert refusal(protected).kind is ErrorKind.ENCRYPTED
    broken = ob.package(b"<office:document-content")
    error = refusal(broken)
    assert (error.kind, error.message) == (
        ErrorKind.PARSER_ERROR, "the OpenDocument file could not be read (XMLSyntaxError)",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("current", "default", "expected"),
    [("true", None, "☒"), ("false", "true", "☐"), (None, "true", "☒"), (None, None, "☐")],
)
def test_a_form_option_button_is_a_box_before_its_label(
    current: str | None, default: str | None, expected: str
) -> None:
    """LibreOffice option buttons (`form:radio`) answer the police question as boxes do."""
    attrs = "".join(
        f' form:{name}="{value}"'
        for name, value in (("current-selected", current), ("selected", default))
        if value is not None
    )
    forms = (
        f'<form:radio form:id="r1" xml:id="r1" form:name="police"{attrs}/>'
        '<form:radio form:id="r2" xml:id="r2" form:name="police" form:label="Written report"/>'
    )
    body = f"<text:p>{ob.control('r1')} Police attendance required {ob.control('r2')}</text:p>"
    assert lines_of(ob.document(body, forms=forms)) == (
        f"{expected} Police attendance required ☐ Written report",
    )
