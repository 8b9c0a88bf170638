"""Tables whose records are columns are read record by record, in every format (issue 11,
set o layout 73: only the first child and the first adult of such a table were read).

Each table is built in its own format — a Word table, an HTML body, a ruled PDF, a plain-text
grid — and read through the reader the daemon uses, then the field reader."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from parsers.docx import read_docx
from parsers.fields import read_fields
from parsers.html_text import html_to_lines
from parsers.labels import logical_lines
from parsers.pdf import read_pdf
from parsers.records import BookingFields, Mailbox, MessageInfo, Page
from parsers.transposed import records_as_rows
from tests.builders.docx_builder import save

_INFO = MessageInfo(
    message_id="<t@x>",
    sender=Mailbox("cp.conferences@kirklees.gov.uk", None),
    to=(),
    subject="Conference",
    date_header=None,
    received_at=dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC),
    authentication_results=(),
)

#: Young people side by side under numbered titles, their fields as the first column.
YOUNG_PEOPLE = [
    ["", "Young person 1", "Young person 2", "Young person 3"],
    ["Full name", "Oskar Wiśniewski", "Lena Wiśniewska", "Tomasz Wiśniewski"],
    ["Date of birth", "03/05/2012", "17/10/2015", "29/01/2020"],
    ["Sex", "M", "F", "M"],
    ["Setting", "Castle Hall Academy", "Crossley Fields", "Crossley Fields Nursery"],
]
#: The carers side by side under their relationships, no name row's own title.
CARERS = [
    ["", "Mother", "Stepfather"],
    ["Name", "Agnieszka Wiśniewska", "Darren Holt"],
    ["D.O.B.", "12/12/1988", "02/07/1984"],
]


def _fields(pages: tuple[Page, ...]) -> BookingFields:
    return read_fields(info=_INFO, pages=list(pages))


def _children(fields: BookingFields) -> list[tuple[str, dt.date | None]]:
    return [(c.name, c.date_of_birth) for c in fields.children]


def _adults(fields: BookingFields) -> list[tuple[str, str | None]]:
    return [(a.name, a.relationship) for a in fields.adults]


EXPECTED_CHILDREN = [
    ("Oskar Wiśniewski", dt.date(2012, 5, 3)),
    ("Lena Wiśniewska", dt.date(2015, 10, 17)),
    ("Tomasz Wiśniewski", dt.date(2020, 1, 29)),
]
EXPECTED_ADULTS = [("Agnieszka Wiśniewska", "Mother"), ("Darren Holt", "Stepfather")]


def _word(*tables: list[list[str]]) -> tuple[Page, ...]:
    doc = Document()
    doc.add_paragraph("Review Child Protection Conference - request")
    doc.add_paragraph("Date of conference: 12/01/2027 at 10:00")
    for heading, rows in zip(("The young people", "Parents and carers"), tables, strict=True):
        doc.add_paragraph(heading)
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    return read_docx(save(doc), name="request.docx")


def test_a_word_table_of_young_people_in_columns_gives_every_one_of_them() -> None:
    fields = _fields(_word(YOUNG_PEOPLE, CARERS))
    assert _children(fields) == EXPECTED_CHILDREN
    assert _adults(fields) == EXPECTED_ADULTS


def _html(*tables: list[list[str]]) -> str:
    def table(rows: list[list[str]]) -> str:
        body = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
        )
        return f"<table border=1>{body}</table>"

    headings = ("People", "Carers")
    sections = "".join(f"<h3>{h}</h3>{table(t)}" for h, t in zip(headings, tables, strict=True))
    return f"<p>Please book the review below.</p><p>Date of conference: 12/01/2027</p>{sections}"


def test_an_html_table_of_people_in_columns_gives_every_one_of_them() -> None:
    page = Page("body", html_to_lines(_html(YOUNG_PEOPLE, CARERS)))
    fields = _fields((page,))
    assert _children(fields) == EXPECTED_CHILDREN
    assert _adults(fields) == EXPECTED_ADULTS


def test_an_html_record_with_its_last_cells_empty_keeps_its_place() -> None:
    rows = [row[:] for row in YOUNG_PEOPLE]
    rows[4][3] = ""  # the youngest has no setting: the HTML row drops its last cell
    page = Page("body", html_to_lines(_html(rows, CARERS)))
    assert _children(_fields((page,))) == EXPECTED_CHILDREN


def _pdf(rows: list[list[str]]) -> bytes:
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("FONT", (0, 0), (-1, -1), "Helvetica", 9)]))  # fmt: skip
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=landscape(A4)).build([table])
    return buffer.getvalue()


def test_a_pdf_grid_of_children_by_name_columns_gives_each_child() -> None:
    # the children's names are the column titles; the first column holds the other fields
    rows = [
        ["", "Kacper Nowicki", "Zuzanna Nowicka"],
        ["Date of birth", "14/02/2014", "08/08/2019"],
        ["School", "Rawthorpe High", "Rawthorpe Infants"],
    ]
    content = read_pdf(_pdf(rows), name="grid.pdf")
    page = content.pages[0]
    fields = _fields(
        (Page("body", ("Initial conference on 12/01/2027 at 10:00.", "Children")), page)
    )
    assert _children(fields) == [
        ("Kacper Nowicki", dt.date(2014, 2, 14)),
        ("Zuzanna Nowicka", dt.date(2019, 8, 8)),
    ]


def test_a_plain_text_grid_of_pupils_in_columns_gives_each_pupil() -> None:
    text = [
        "Initial conference: 12/01/2027 at 10:00",
        "+------------+-----------------+-----------------+",
        "|            | Pupil 1         | Pupil 2         |",
        "+============+=================+=================+",
        "| Name       | Kayla Birch     | Jaxon Outram    |",
        "+------------+-----------------+-----------------+",
        "| D.O.B.     | 30/03/2013      | 11/11/2017      |",
        "+------------+-----------------+-----------------+",
        "| Year group | Year 8          | Year 4          |",
        "+------------+-----------------+-----------------+",
        "Mother: Chantelle Birch",
    ]
    fields = _fields((Page("body", tuple(text)),))
    assert _children(fields) == [
        ("Kayla Birch", dt.date(2013, 3, 30)),
        ("Jaxon Outram", dt.date(2017, 11, 11)),
    ]


def test_the_titles_glued_to_the_line_above_are_parted_from_it() -> None:
    # a Word row whose corner cell is empty starts with a TAB and is joined to the line above
    page = Page(
        "form.docx",
        ("Case no\tSocial worker", "KC/88120\tJo Firth", "\tChild A\tChild B",
         "Name\tAmir Saleem\tHana Saleem", "DOB\t05/06/2016\t21/09/2021"),
    )  # fmt: skip
    lines = logical_lines(page)
    assert lines[:4] == [
        "Case no\tSocial worker",
        "KC/88120\tJo Firth",
        "Child",
        "Name\tDate of birth",  # "DOB" spelt out (`parsers.code_labels`)
    ]
    assert lines[4:] == ["Amir Saleem\t05/06/2016", "Hana Saleem\t21/09/2021"]


def test_only_the_table_of_records_is_turned_among_grids_and_pairs() -> None:
    agency = ["Agency\tInvited\tAttend\tReport", "School\tX\tX\tX", "GP\tX\t\tX", "Police\tX\tX"]
    pairs = ["Name\tAva Gill\tDOB\t12/03/2015", "School\tLowerhouses\tGender\tF"]
    table = ["Name\tDOB\tSchool", "Ava Gill\t12/03/2015\tLowerhouses", "Noah Gill\t01/02/2018\t-"]
    one = ["Name\tAva Gill", "DOB\t12/03/2015", "School\tLowerhouses"]
    noted = ["Date\t30/11/2026\t(provisional)", "Time\t10:00\t(tbc)"]  # a value and a note
    turned = ["Name\tAva Gill\tNoah Gill", "DOB\t12/03/2015\t01/02/2018"]
    lines = [*agency, "", *pairs, "", *table, "", *one, "", *noted, "", *turned]
    assert records_as_rows(lines) == (
        *agency, "", *pairs, "", *table, "", *one, "", *noted, "",
        "Name\tDOB", "Ava Gill\t12/03/2015", "Noah Gill\t01/02/2018",
    )  # fmt: skip


# --- a row of labels over one row of values -----------------------------------------------


def test_a_word_header_row_over_a_value_row_with_an_empty_cell_keeps_each_in_its_place() -> None:
    doc = Document()
    doc.add_paragraph("Conference arrangements")
    rows = [["Date", "Start", "Room", "Chair"], ["14/01/2027", "", "Civic Centre 2", "Jo Firth"]]
    table = doc.add_table(rows=2, cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    fields = _fields(read_docx(save(doc), name="arrangements.docx"))
    assert (fields.date, fields.time) == (dt.date(2027, 1, 14), None)
    assert (fields.venue, fields.chair) == ("Civic Centre 2", "Jo Firth")


def test_an_html_header_row_with_a_header_no_reader_knows_and_a_last_value_left_out() -> None:
    html = (
        "<table><tr><th>Meeting date</th><th>Start</th><th>Interpreter needs</th><th>Venue</th>"
        "<th>Chair</th></tr><tr><td>14/01/2027</td><td>13:15</td><td>Polish</td>"
        "<td>Brighouse Library</td></tr></table>"
    )
    fields = _fields((Page("body", html_to_lines(html)),))
    assert (fields.date, fields.time) == (dt.date(2027, 1, 14), dt.time(13, 15))
    assert (fields.venue, fields.chair) == ("Brighouse Library", None)


def test_a_label_and_a_value_that_names_a_room_are_a_pair_not_a_header() -> None:
    page = Page(
        "form.docx",
        ("Meeting location\tDewsbury Town Hall, Room 2", "Core group members\tSW, school, GP"),
    )
    assert _fields((page,)).venue == "Dewsbury Town Hall, Room 2"


def test_a_row_of_relationships_among_records_in_columns_is_their_relationship_column() -> None:
    """Set q: "Name | A | B | C" over "Role | Child | Child | Mother": kin words are labels
    elsewhere, so the table was read as label–value pairs and every record after the first
    was lost."""
    lines = [
        "Household",
        "Full name\tRio Kemp\tSkye Kemp\tDanielle Kemp",
        "Relationship\tChild\tChild\tMother",
        "D.O.B.\t05/05/2016\t17/02/2020\t30/09/1992",
        "Notes",
    ]
    assert records_as_rows(lines) == (
        "Household",
        "Full name\tRelationship\tD.O.B.",
        "Rio Kemp\tChild\t05/05/2016",
        "Skye Kemp\tChild\t17/02/2020",
        "Danielle Kemp\tMother\t30/09/1992",
        "Notes",
    )
