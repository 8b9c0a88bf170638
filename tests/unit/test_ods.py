"""The OpenDocument spreadsheet reader (`parsers.ods`): a booking form saved from LibreOffice
Calc reads as the Excel one does — same form model, same hidden-content and size rules."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import sniff
from parsers.attachment import Limits, read_attachment
from parsers.ods import read_ods
from parsers.sniff import sniff_media_type
from tests.builders import odt_builder as ob

LIMITS = Limits(timeout_s=10, ocr=False)
HIDDEN_STYLE = (
    '<style:style style:name="ta2" style:family="table">'
    '<style:table-properties table:display="false"/></style:style>'
)
LISTS = (
    '<table:table table:name="Lists" table:style-name="ta2"><table:table-row>'
    "<table:table-cell><text:p>Police attendance required</text:p></table:table-cell>"
    "</table:table-row><table:table-row>"
    "<table:table-cell><text:p>Written report sufficient</text:p></table:table-cell>"
    "</table:table-row></table:table>"
)


def cell(text: str = "", **attrs: str) -> str:
    shown = "".join(f' {k.replace("__", ":").replace("_", "-")}="{v}"' for k, v in attrs.items())
    body = f"<text:p>{text}</text:p>" if text else ""
    return f"<table:table-cell{shown}>{body}</table:table-cell>"


def row(*cells: str, **attrs: str) -> str:
    shown = "".join(f' {k.replace("__", ":").replace("_", "-")}="{v}"' for k, v in attrs.items())
    return f"<table:table-row{shown}>{''.join(cells)}</table:table-row>"


def table(name: str, *rows: str, columns: str = "") -> str:
    return f'<table:table table:name="{name}">{columns}{"".join(rows)}</table:table>'


def lines_of(data: bytes) -> list[str]:
    return [line for page in read_ods(data, name="form.ods") for line in page.lines]


def test_typed_cells_read_as_the_sheet_shows_them() -> None:
    form = table(
        "Conference",
        row(
            cell("Date of conference"),
            cell("05/01/27", office__value_type="date", office__date_value="2027-01-05"),
        ),
        row(
            cell("Start time"),
            cell("10:30", office__value_type="time", office__time_value="PT10H30M00S"),
        ),
        row(
            cell("Interpreter needed"),
            cell("FALSE", office__value_type="boolean", office__boolean_value="false"),
        ),
        row(cell("Children"), cell("3", office__value_type="float", office__value="3")),
        row(cell("Police<text:s/>attendance<text:s text:c='2'/>required")),
    )
    data = ob.spreadsheet(form)
    assert sniff_media_type(data) == sniff.ODS
    assert lines_of(data) == [
        "Conference",
        "Date of conference\t05/01/2027",
        "Start time\t10:30",
        "Interpreter needed\tNo",
        "Children\t3",
        "Police attendance required",
    ]


def test_hidden_sheets_rows_columns_and_covered_cells_are_not_read() -> None:
    form = table(
        "Police",
        row(cell("Police attendance required"), cell("Yes")),
        row(cell("Written report sufficient"), cell("No"), cell(), cell("secret")),
        row(
            cell("Reason", table__number_columns_spanned="2"),
            "<table:covered-table-cell/>",
            cell("Neglect"),
        ),
        row(cell("hidden row"), table__visibility="collapse"),
        columns=(
            '<table:table-column table:number-columns-repeated="3"/>'
            '<table:table-column table:visibility="collapse"/>'
        ),
    )
    assert lines_of(ob.spreadsheet(form + LISTS, styles=HIDDEN_STYLE)) == [
        "Police",
        "Police attendance required\tYes",
        "Written report sufficient\tNo",
        "Reason\tNeglect",
    ]


def test_a_blank_drop_down_shows_its_options_unmarked() -> None:
    validations = (
        '<table:content-validation table:name="val1" table:condition='
        '"of:cell-content-is-in-list([$Lists.$A$1:.$A$2])"/>'
        '<table:content-validation table:name="val2" table:condition='
        '"of:cell-content-is-in-list(&quot;Yes&quot;;&quot;No&quot;)"/>'
    )
    form = table(
        "Police",
        row(
            cell("West Yorkshire Police - select one"), cell(table__content_validation_name="val1")
        ),
        row(cell("Lives in household"), cell(table__content_validation_name="val2")),
    )
    data = ob.spreadsheet(form + LISTS, styles=HIDDEN_STYLE, validations=validations)
    assert lines_of(data) == [
        "Police",
        "West Yorkshire Police - select one\t☐ Police attendance required"
        " ☐ Written report sufficient",
        "Lives in household\t☐ Yes ☐ No",
    ]


def test_a_million_repeated_rows_and_columns_are_not_expanded() -> None:
    form = table(
        "Form",
        row(cell("Date of conference"), cell("05/01/2027")),
        row(cell(table__number_columns_repeated="16384"), table__number_rows_repeated="1048575"),
        row(
            cell("x", table__number_columns_repeated="16384"), table__number_rows_repeated="999999"
        ),
    )
    started = time.monotonic()
    lines = lines_of(ob.spreadsheet(form))
    assert time.monotonic() - started < 5
    assert lines[:2] == ["Form", "Date of conference\t05/01/2027"]


def test_a_spreadsheet_attachment_is_read() -> None:
    data = ob.spreadsheet(table("Sheet1", row(cell("Date of conference"), cell("05/01/2027"))))
    content = read_attachment(data, filename=None, declared_type=None, limits=LIMITS)
    assert content.media_type == sniff.ODS and content.error is None
    assert content.pages[0].lines == ("Date of conference\t05/01/2027",)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_damaged_spreadsheet_never_escapes_the_reader_boundary(data: st.DataObject) -> None:
    good = bytearray(ob.spreadsheet(table("Form", row(cell("Date"), cell("05/01/2027")))))
    for _ in range(data.draw(st.integers(1, 8))):
        good[data.draw(st.integers(0, len(good) - 1))] = data.draw(st.integers(0, 255))
    content = read_attachment(bytes(good), filename="x.ods", declared_type=None, limits=LIMITS)
    assert (content.error is None) == (content.error_kind is None)
