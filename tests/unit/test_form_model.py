"""One form model for every format (issue 11): struck options, agency grids, meeting requests.

Each test builds the document in its own format (Word XML, HTML, RFC 5545) and checks what the
field reader makes of it, through the same readers the daemon uses."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

from docx import Document

from parsers.calendar_part import calendar_lines
from parsers.docx import read_docx
from parsers.fields_tick import police_tick
from parsers.html_text import html_to_lines
from parsers.labels import unstruck
from parsers.mime import read_message
from parsers.records import ConferenceKind, Page, PoliceTick
from tests.builders.docx_builder import document_xml, save, with_members
from tests.unit.test_label_meaning import _fields


def _docx(body: str) -> bytes:
    return with_members(save(Document()), {"word/document.xml": document_xml(body)})


def _run(text: str, *, struck: bool = False) -> str:
    props = "<w:rPr><w:strike/></w:rPr>" if struck else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def test_a_struck_word_option_is_deleted_and_the_one_left_is_the_kind() -> None:
    body = (
        f"<w:p>{_run('Conference type (delete as appropriate): ')}{_run('Initial', struck=True)}"
        f"{_run(' / Review / ')}{_run('Transfer In', struck=True)}</w:p>"
    )
    (page,) = read_docx(_docx(body), name="form.docx")
    assert page.lines == (
        "Conference type (delete as appropriate): ~~Initial~~ / Review / ~~Transfer In~~",
    )
    fields = _fields(page.text)
    assert fields.kind is ConferenceKind.REVIEW  # type: ignore[attr-defined]


def test_a_menu_of_kinds_with_nothing_struck_names_no_kind() -> None:
    fields = _fields(
        "Conference type:\tInitial / Review / Transfer In\nDate of conference: 14/01/2027"
    )
    assert fields.kind is None  # type: ignore[attr-defined]


def test_html_struck_text_is_marked_and_read_as_deleted() -> None:
    lines = html_to_lines(
        "<p>Police attendance: <s>Required</s> / Not required</p>"
        '<p><span style="text-decoration: line-through">Review</span> Initial</p>'
    )
    assert lines[0] == "Police attendance: ~~Required~~ / Not required"
    assert unstruck(lines[1]).strip() == "Initial"


def test_the_police_row_of_an_agency_grid_gives_the_answer_by_its_column() -> None:
    def tick(rows: str) -> PoliceTick:
        header = "Agency\tAttendance required\tWritten report sufficient"
        return police_tick([Page("form.docx", (header, *rows.split("\n")))])

    assert tick("Health visitor\t\t✓\nWest Yorkshire Police\t✓") is PoliceTick.REQUIRED
    assert tick("West Yorkshire Police\t\tX\nSchool\t✓") is PoliceTick.REPORT_SUFFICIENT
    assert tick("West Yorkshire Police\t✓\t✓") is PoliceTick.BOTH
    assert tick("West Yorkshire Police\t\t") is PoliceTick.NEITHER


def test_one_word_options_under_the_police_question_are_read() -> None:
    page = Page(
        "form.docx",
        ("Is police attendance at the conference requested?", "☒ Requested ☐ Not requested"),
    )
    assert police_tick([page]) is PoliceTick.REQUIRED


_ICS = b"""BEGIN:VCALENDAR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
SUMMARY:ICPC - K family
DTSTART;TZID=Europe/London:20260615T093000
LOCATION:Wakefield One\\, Room 2
END:VEVENT
END:VCALENDAR
"""


def test_a_meeting_request_gives_its_start_in_london_time_and_its_place() -> None:
    assert calendar_lines(_ICS) == (
        "Meeting request\tICPC - K family",
        "Date of meeting\t15/06/2026",
        "Start time\t09:30",
        "Venue\tWakefield One, Room 2",
    )
    utc = _ICS.replace(b"DTSTART;TZID=Europe/London:20260615T093000", b"DTSTART:20260615T083000Z")
    assert "Start time\t09:30" in calendar_lines(utc)  # British Summer Time
    assert calendar_lines(b"BEGIN:VCALENDAR\nnot a calendar") == ()


def test_a_meeting_request_whose_only_date_is_in_its_calendar_part_is_dated() -> None:
    msg = EmailMessage()
    msg["From"] = "sru.admin@wakefield.gov.uk"
    msg["Subject"] = "Initial Child Protection Conference"
    msg.set_content(
        "Please accept this meeting request for an Initial Child Protection Conference."
    )
    msg.add_alternative(_ICS.decode(), subtype="calendar", params={"method": "REQUEST"})
    message = read_message(msg.as_bytes())
    fields = _fields("\n".join(line for page in message.body for line in page.lines))
    assert fields.date == dt.date(2026, 6, 15)  # type: ignore[attr-defined]
    assert fields.time == dt.time(9, 30)  # type: ignore[attr-defined]
