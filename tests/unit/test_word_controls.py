"""Word content controls as answers: a drop-down's chosen item, a control left on its
placeholder ("Choose an item.", "Click or tap here to enter text.") as no answer
(`parsers.word_controls`; first-sight set l, layout 57)."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.docx import read_docx
from parsers.fields_tick import police_tick
from parsers.records import CELL, MARKED, UNMARKED, Page, PoliceTick
from tests.builders import docx_builder as db

POLICE = ("Police attendance required", "Written report sufficient")
CHOOSE = "Choose an item."
TYPE_HERE = "Click or tap here to enter text."


def control(
    shown: str,
    *,
    items: tuple[str, ...] = (),
    kind: str = "dropDownList",
    placeholder: bool = False,
    flag: bool = True,
    full: str | None = None,
) -> str:
    """An inline content control as Word writes it: the list (if any) with Word's own empty
    "Choose an item." entry first; a placeholder shown with `w:showingPlcHdr` (when `flag`)
    and Word's grey "PlaceholderText" run style."""
    props = '<w:alias w:val="answer"/><w:id w:val="7"/>'
    if placeholder and flag:
        props += '<w:placeholder><w:docPart w:val="DefaultPlaceholder_1"/></w:placeholder>'
        props += "<w:showingPlcHdr/>"
    if full is not None:
        props += (
            f'<w:date w:fullDate="{full}T00:00:00Z"><w:dateFormat w:val="MM/dd/yyyy"/></w:date>'
        )
    elif items:
        listed = f'<w:listItem w:displayText="{CHOOSE}" w:value=""/>' + "".join(
            f"<w:listItem w:displayText={quoteattr(i)} w:value={quoteattr(i)}/>" for i in items
        )
        props += f"<w:{kind}>{listed}</w:{kind}>"
    else:
        props += "<w:text/>"
    style = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else ""
    return (
        f"<w:sdt><w:sdtPr>{props}</w:sdtPr><w:sdtContent><w:r>{style}"
        f'<w:t xml:space="preserve">{escape(shown)}</w:t></w:r></w:sdtContent></w:sdt>'
    )


def row(label: str, cell: str) -> str:
    return (
        f"<w:tr><w:tc><w:p><w:r><w:t>{escape(label)}</w:t></w:r></w:p></w:tc>"
        f"<w:tc><w:p>{cell}</w:p></w:tc></w:tr>"
    )


def lines_of(*rows: str) -> tuple[str, ...]:
    body = "<w:tbl>" + "".join(rows) + "</w:tbl>"
    data = db.with_members(db.booking_form(), {"word/document.xml": db.document_xml(body)})
    return read_docx(data, name="form.docx")[0].lines


def test_a_drop_down_left_on_choose_an_item_reads_as_its_options_unmarked() -> None:
    lines = lines_of(row("Police attendance", control(CHOOSE, items=POLICE, placeholder=True)))
    assert lines == (f"Police attendance{CELL}{UNMARKED} {POLICE[0]} {UNMARKED} {POLICE[1]}",)


def test_the_police_drop_down_left_on_its_placeholder_is_neither_box_marked() -> None:
    """README of set l, 57-03: no option chosen on a form that asks → `tickbox_ambiguous`."""
    lines = lines_of(
        row("Category", control("Physical abuse", items=("Neglect", "Physical abuse"))),
        row("Police attendance", control(CHOOSE, items=POLICE, placeholder=True)),
        row("Interpreter required", control("No", items=("Yes", "No"))),
    )
    assert police_tick([Page("form.docx", lines)]) is PoliceTick.NEITHER


def test_an_answered_drop_down_reads_as_its_choice_and_never_its_other_items() -> None:
    lines = lines_of(row("Police", control(POLICE[1], items=POLICE)))
    assert lines == (f"Police{CELL}{POLICE[1]}",)
    assert police_tick([Page("form.docx", lines)]) is PoliceTick.REPORT_SUFFICIENT


def test_a_text_control_or_date_picker_on_its_placeholder_is_an_empty_answer() -> None:
    lines = lines_of(
        row("Venue", control(TYPE_HERE, placeholder=True)),
        row("Date", control("Click or tap to enter a date.", placeholder=True)),
        row("Time", control("10:00")),
    )
    assert lines == ("Venue", "Date", f"Time{CELL}10:00")


def test_the_placeholder_style_alone_also_marks_an_unanswered_control() -> None:
    """Some generators set Word's grey "PlaceholderText" style and not `w:showingPlcHdr`."""
    shown = control(CHOOSE, items=POLICE, kind="comboBox", placeholder=True, flag=False)
    lines = lines_of(row("Police", shown))
    assert lines == (f"Police{CELL}{UNMARKED} {POLICE[0]} {UNMARKED} {POLICE[1]}",)


def test_a_block_control_on_its_placeholder_gives_no_line() -> None:
    block = (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:p><w:r>"
        f"<w:t>{TYPE_HERE}</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    body = f"<w:p><w:r><w:t>Any other information</w:t></w:r></w:p>{block}"
    data = db.with_members(db.booking_form(), {"word/document.xml": db.document_xml(body)})
    assert read_docx(data, name="form.docx")[0].lines == ("Any other information",)


def test_a_repeating_section_around_rows_is_read_whatever_its_flag() -> None:
    """A control around table rows holds the form's own rows, not a placeholder."""
    rows = f"<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{row('Venue', '')}"
    rows += "</w:sdtContent></w:sdt>"
    assert lines_of(rows) == ("Venue",)


@pytest.mark.parametrize(
    ("shown", "read"),
    [
        ("Thursday, 7 January 2027", "Thursday, 7 January 2027"),  # the display reads right
        ("14-Jan-27", "14-Jan-27"),
        ("01/14/2027", "14 January 2027"),  # a US template's order: no such date in UK order
        ("01/07/2027", "7 January 2027"),  # … or the wrong one (1 July)
        ("Thursday 7 January", "7 January 2027"),  # no year
    ],
)
def test_a_date_picker_reads_as_the_date_it_holds(shown: str, read: str) -> None:
    full = "2027-01-14" if "14" in shown else "2027-01-07"
    assert lines_of(row("Date of conference", control(shown, full=full))) == (
        f"Date of conference{CELL}{read}",
    )


_ITEM = st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(_ITEM, min_size=1, max_size=15, unique=True), st.data())
def test_a_list_reads_as_its_choice_or_every_option_unmarked(
    items: list[str], data: st.DataObject
) -> None:
    chosen = data.draw(st.sampled_from([None, *items]))
    shown = CHOOSE if chosen is None else chosen
    lines = lines_of(row("Answer", control(shown, items=tuple(items), placeholder=chosen is None)))
    assert MARKED not in "".join(lines)
    if chosen is not None:
        assert lines == (f"Answer{CELL}{chosen}",)
    elif len(items) <= 12:
        assert lines == ("Answer" + CELL + " ".join(f"{UNMARKED} {i}" for i in items),)
    else:
        assert lines == ("Answer",)  # a picker's long list is not a question's options
