"""The Excel workbook reader (`parsers.xlsx`, `parsers.sheet_lines`): a booking form kept as a
workbook reads as the one form model, and a hostile workbook is refused, never opened past the
guards (set m, layout 63)."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import sniff
from parsers.attachment import Limits, read_attachment
from parsers.errors import AttachmentError
from parsers.records import ErrorKind, PoliceTick
from parsers.sheet_lines import cell_text, grid_lines
from parsers.xlsx import MAX_SHEET_XML, read_xlsx
from tests.builders import xlsx_builder as xb
from tests.builders.xlsx_builder import DATE, LONG_DATE, SHORT_DATE, TIME, F, Num, Sheet

LIMITS = Limits(timeout_s=10, ocr=False)
LISTS = Sheet(
    "Lists",
    [["Police attendance required", "Yes"], ["Written report sufficient", "No"]],
    state="hidden",
)


def lines_of(*sheets: Sheet, **kwargs: object) -> list[str]:
    pages = read_xlsx(xb.package(*sheets, **kwargs), name="form.xlsx")  # type: ignore[arg-type]
    return [line for page in pages for line in page.lines]


def conference() -> Sheet:
    return Sheet(
        "Conference",
        [
            ["Child Protection Conference Booking Form"],
            ["Date of conference", Num(xb.serial(2027, 1, 5), DATE)],
            ["Date of referral", Num(xb.serial(2026, 12, 1), SHORT_DATE)],
            ["Start time", Num(10.5 / 24, TIME)],
            ["Review date", Num(xb.serial(2027, 1, 26), LONG_DATE)],
            ["Interpreter needed", False],
        ],
    )


def test_each_visible_sheet_is_a_page_of_label_and_value_lines() -> None:
    pages = read_xlsx(xb.package(conference(), LISTS), name="form.xlsx")
    assert [(p.location, p.number) for p in pages] == [("form.xlsx p1", 1)]
    assert pages[0].lines == (
        "Conference",
        "Child Protection Conference Booking Form",
        "Date of conference\t05/01/2027",
        "Date of referral\t01/12/2026",
        "Start time\t10:30",
        "Review date\tTuesday 26 January 2027",
        "Interpreter needed\tNo",
    )


def test_a_hidden_sheet_row_or_column_is_not_read() -> None:
    sheet = Sheet(
        "Police",
        [
            ["Police attendance required", "Yes", "secret"],
            ["Written report sufficient", "No", "secret"],
        ],
        hidden_rows={1},
        hidden_columns={3},
    )
    lines = lines_of(
        sheet, LISTS, Sheet("Very", [["Police attendance required"]], state="veryHidden")
    )
    assert lines == ["Police", "Written report sufficient\tNo"]


def test_empty_spacing_columns_and_leading_empty_cells_leave_no_line_starting_with_a_tab() -> None:
    sheet = Sheet(
        "Sheet1",
        [
            [None, "Children", None, None],
            [None, None, "Name", None, "Date of birth"],
            [None, None, "Leo Hall", None, Num(xb.serial(2019, 5, 19), DATE)],
        ],
    )
    assert lines_of(sheet) == ["Children", "Name\tDate of birth", "Leo Hall\t19/05/2019"]


def test_a_merged_cell_is_one_cell() -> None:
    sheet = Sheet("Form", [["Reason", None, None, "Neglect"]], merged=["A1:C1"])
    assert lines_of(sheet) == ["Form", "Reason\tNeglect"]


def test_a_blank_drop_down_shows_its_options_unmarked_and_a_chosen_one_its_value() -> None:
    police = Sheet(
        "Police",
        [["West Yorkshire Police - select one", None], ["Lives in household", "Yes"]],
        validations=[("B1", "Lists!$A$1:$A$2"), ("B2", '"Yes,No"')],
    )
    assert lines_of(police, LISTS)[1] == (
        "West Yorkshire Police - select one\t☐ Police attendance required"
        " ☐ Written report sufficient"
    )
    police.rows[0][1] = "Written report sufficient"
    assert lines_of(police, LISTS)[1:] == [
        "West Yorkshire Police - select one\tWritten report sufficient",
        "Lives in household\tYes",
    ]


def test_a_drop_down_fed_by_a_defined_name_or_a_long_list() -> None:
    police = Sheet("Police", [["Police", None]], validations=[("B1", "Options")])
    named = '<definedName name="Options">Lists!$A$1:$A$2</definedName>'
    assert lines_of(police, LISTS, names=named)[1].endswith("☐ Written report sufficient")
    long = Sheet("Police", [["Police", None]], validations=[("B1", "Lists!$A$1:$A$500")])
    assert lines_of(long, LISTS) == ["Police", "Police"]  # a look-up list is no question


def test_formulas_give_the_value_excel_cached_and_are_never_evaluated() -> None:
    sheet = Sheet(
        "Sums",
        [
            ["Children", F("COUNTA(Children!A:A)", 3)],
            ["Linked", F("'[1]Other'!A1", "from elsewhere")],
            ["Not cached", F("1+1")],
        ],
    )
    assert lines_of(sheet) == ["Sums", "Children\t3", "Linked\tfrom elsewhere", "Not cached"]


def test_booleans_are_yes_and_no_and_the_tick_reads_them() -> None:
    police = Sheet(
        "Police",
        [["West Yorkshire Police (tick one)"], ["Police attendance required", True],
         ["Written report sufficient", False]],
    )  # fmt: skip
    data = xb.package(conference(), police, LISTS)
    content = read_attachment(data, filename="form.xlsx", declared_type=None, limits=LIMITS)
    assert content.media_type == sniff.XLSX and content.error is None
    from parsers.fields_tick import police_tick

    assert police_tick(content.pages) is PoliceTick.REQUIRED


def test_a_workbook_attachment_is_read_not_refused() -> None:
    content = read_attachment(
        xb.package(conference()), filename=None, declared_type="application/octet-stream",
        limits=LIMITS,
    )  # fmt: skip
    assert content.error_kind is None
    assert "Date of conference\t05/01/2027" in content.pages[0].lines


# --- hostile workbooks ------------------------------------------------------------------


def with_member(data: bytes, name: str, body: bytes, *, stored: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info), zipfile.ZIP_DEFLATED)
        target.writestr(name, body, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_a_zip_bomb_is_refused_from_the_directory() -> None:
    bomb = with_member(xb.package(conference()), "xl/media/fill.bin", b"\0" * (60 * 1024 * 1024))
    with pytest.raises(AttachmentError) as refused:
        read_xlsx(bomb, name="x.xlsx")
    assert refused.value.kind is ErrorKind.BOMB


def test_an_entity_declaration_is_refused_before_openpyxl_parses_it() -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;'
        b"</t></si></sst>"
    )
    data = with_member(xb.package(conference()), "xl/sharedStrings.xml", laughs)
    with pytest.raises(AttachmentError) as refused:
        read_xlsx(data, name="x.xlsx")
    assert refused.value.kind is ErrorKind.BOMB


def test_sheets_over_the_cell_cap_are_refused_as_too_large() -> None:
    huge = "".join(
        f"<row><c><v>{i * 7919 % 1000003}</v></c></row>" for i in range(MAX_SHEET_XML // 25)
    )
    data = with_member(
        xb.package(conference()),
        "xl/worksheets/sheet1.xml",
        f'<worksheet xmlns="{xb.MAIN}"><sheetData>{huge}</sheetData></worksheet>'.encode(),
    )
    with pytest.raises(AttachmentError) as refused:
        read_xlsx(data, name="x.xlsx")
    assert refused.value.kind is ErrorKind.TOO_LARGE


def test_a_cell_at_the_far_corner_is_not_walked_to() -> None:
    far = Sheet("Form", [["Date of conference", Num(xb.serial(2027, 1, 5), DATE)]])
    far.extra = ""
    xml = xb.sheet_xml(far).replace(
        "</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
    )
    data = with_member(xb.package(far), "xl/worksheets/sheet1.xml", xml.encode())
    started = time.monotonic()
    lines = [line for page in read_xlsx(data, name="x.xlsx") for line in page.lines]
    assert time.monotonic() - started < 5
    assert lines == ["Form", "Date of conference\t05/01/2027"]


def test_a_macro_project_in_a_workbook_is_refused() -> None:
    data = with_member(xb.package(conference()), "xl/vbaProject.bin", b"\0" * 64)
    with pytest.raises(AttachmentError) as refused:
        read_xlsx(data, name="x.xlsx")
    assert refused.value.kind is ErrorKind.MACRO


FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.data())
def test_a_damaged_workbook_never_escapes_the_reader_boundary(data: st.DataObject) -> None:
    good = bytearray(xb.package(conference(), LISTS))
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(good) - 1))
        good[at] = data.draw(st.integers(0, 255))
    content = read_attachment(bytes(good), filename="x.xlsx", declared_type=None, limits=LIMITS)
    assert (content.error is None) == (content.error_kind is None)


@FAST
@given(
    st.text(max_size=40),
    st.lists(
        st.one_of(
            st.none(), st.booleans(), st.integers(-10**6, 10**6), st.text(max_size=20),
            st.floats(allow_nan=False, allow_infinity=False, min_value=0, max_value=80000),
        ),
        max_size=6,
    ),
)  # fmt: skip
def test_any_cells_read_as_lines_without_a_leading_tab(title: str, row: list[object]) -> None:
    sheet = Sheet(title.replace("\x00", "") or "S", [row, [Num(45000.25, DATE), *row]])
    try:
        data = xb.package(sheet)
    except ValueError:  # a character XML cannot hold: no workbook can carry it either
        return
    content = read_attachment(data, filename="x.xlsx", declared_type=None, limits=LIMITS)
    for page in content.pages:
        assert all(line and not line.startswith("\t") for line in page.lines)


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (True, None, "Yes"),
        (3.0, "General", "3"),
        (0.1 + 0.2, "General", "0.3"),
        ("  two\nlines ", None, "two lines"),
    ],
)
def test_cell_text(value: object, number_format: str | None, shown: str) -> None:
    assert cell_text(value, number_format) == shown


def test_grid_lines_drop_empty_columns_and_each_rows_leading_empty_cells() -> None:
    rows = [["Name", "", "Date of birth"], ["", "", "01/02/2020"], ["Leo", "", ""]]
    assert grid_lines(rows) == ["Name\tDate of birth", "01/02/2020", "Leo"]


def png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims `width` × `height` pixels (a decompression bomb for Pillow)."""
    import struct
    import zlib

    head = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + head
    ihdr = struct.pack(">I", len(head)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    end = struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    return b"\x89PNG\r\n\x1a\n" + ihdr + end


def test_pictures_and_charts_are_left_out_unopened() -> None:
    """A picture is no text of the form: openpyxl would hand it to Pillow (here a header
    claiming ten billion pixels, which Pillow refuses as a bomb)."""
    import openpyxl
    from openpyxl.chart import BarChart, Reference
    from openpyxl.drawing.image import Image

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Form"
    sheet["A1"], sheet["B1"] = "Date of conference", "05/01/2027"
    picture = Image(io.BytesIO(png_header(8, 8)))
    sheet.add_image(picture, "D1")
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=1, min_row=1, max_row=1))
    sheet.add_chart(chart, "D5")
    saved = io.BytesIO()
    workbook.save(saved)
    bomb = with_member(saved.getvalue(), "xl/media/image1.png", png_header(100_000, 100_000))
    assert lines_of_bytes(bomb) == ["Form", "Date of conference\t05/01/2027"]


def lines_of_bytes(data: bytes) -> list[str]:
    return [line for page in read_xlsx(data, name="x.xlsx") for line in page.lines]
