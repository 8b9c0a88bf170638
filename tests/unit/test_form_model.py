"""One form model for every format (issue 11): struck options, agency grids, meeting requests.

Each test builds the document in its own format (Word XML, HTML, RFC 5545) and checks what the
field reader makes of it, through the same readers the daemon uses."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

import pytest
from docx import Document

from parsers.calendar_part import calendar_lines
from parsers.checklists import mark_checklists
from parsers.dates import parse_time
from parsers.docx import read_docx
from parsers.fields import read_fields
from parsers.fields_tick import police_tick
from parsers.html_text import html_to_lines
from parsers.labels import unstruck
from parsers.mime import read_message
from parsers.records import ConferenceKind, Mailbox, MessageInfo, Page, PoliceTick
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


_BOOKED_IN_THE_INVITE = _ICS.replace(
    b"END:VEVENT",
    b"DESCRIPTION:BOOKING DETAILS\\nChild: Bailey Rhodes (DOB 08/08/2022)\\nMother: Jade Rhodes"
    b"\\nWest Yorkshire Police: [X] Police attendance requ\r\n ired  [ ] Written report suffic"
    b"ient\r\nEND:VEVENT",
)


@pytest.mark.parametrize("ctype", [("text", "calendar"), ("application", "ics")])
def test_an_invite_ics_attachment_beside_a_one_line_body_gives_the_booking_it_carries(
    ctype: tuple[str, str],
) -> None:
    """Issue 11, set l: the whole booking was in an attached invite's description — unread,
    the invitation answered `report_only` with the police asked to attend."""
    msg = EmailMessage()
    msg["From"] = "sru.admin@wakefield.gov.uk"
    msg["Subject"] = "ICPC"
    msg.set_content("Please accept the attached invite. Booking details are in the invite.")
    msg.add_attachment(
        _BOOKED_IN_THE_INVITE, maintype=ctype[0], subtype=ctype[1], filename="invite.ics"
    )
    message = read_message(msg.as_bytes())
    lines = [line for page in message.body for line in page.lines]
    assert "Date of meeting\t15/06/2026" in lines
    assert "Child: Bailey Rhodes (DOB 08/08/2022)" in lines
    page = Page("meeting request", tuple(lines))
    assert police_tick([page]) is PoliceTick.REQUIRED


def test_a_memos_own_date_is_not_the_conference_date_and_prose_gives_it() -> None:
    memo = "\n".join(
        [
            "MEMORANDUM",
            "To:    West Yorkshire Police - Safeguarding Unit",
            "From:  Child Protection Administration",
            "Date:  27 November 2026",
            "Re:    Conference arrangements",
            "",
            "An Initial Child Protection Conference will take place at 9.30 on the morning of",
            "Friday 11 December 2026, at Northgate House, Halifax.",
        ]
    )
    info = MessageInfo(
        message_id="<m@x>", sender=Mailbox("a@calderdale.gov.uk", None), to=(), subject="Memo",
        date_header=None, received_at=dt.datetime(2026, 11, 27, 9, tzinfo=dt.UTC),
        authentication_results=(),
    )  # fmt: skip
    fields = read_fields(info=info, pages=[Page("body", tuple(memo.split("\n")))])
    assert (fields.date, fields.time) == (dt.date(2026, 12, 11), dt.time(9, 30))


def test_a_letters_date_under_a_letterhead_that_names_the_conference_team_is_the_letters() -> None:
    """Issue 11, set n: "Conference Team" in the letterhead above "19 January 2027" made the
    letter's own date read as the conference's; a short label line above still introduces."""
    letter = [
        "Kirklees Council\tSafeguarding – Conference Team Civic Centre 1, Huddersfield HD1 2NF",
        "19 January 2027",
        "Dear Colleague,",
        "A transfer in conference will be held on Friday 29th January 2027 at 10.00am at Batley.",
    ]
    info = MessageInfo(
        message_id="<m@x>", sender=Mailbox("a@kirklees.gov.uk", None), to=(), subject="Letter",
        date_header=None, received_at=dt.datetime(2027, 1, 19, 9, tzinfo=dt.UTC),
        authentication_results=(),
    )  # fmt: skip
    fields = read_fields(info=info, pages=[Page("body", tuple(letter))])
    assert (fields.date, fields.time) == (dt.date(2027, 1, 29), dt.time(10))
    labelled = ["Date of conference:", "Friday 29 January 2027", "Thanks, Joanne"]
    fields = read_fields(info=info, pages=[Page("body", tuple(labelled))])
    assert fields.date == dt.date(2027, 1, 29)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Given the concerns, the Chair asks that a police officer attends the conference.",
         PoliceTick.REQUIRED),
        ("Police are asked to provide a written report for the conference; attendance by an "
         "officer is not required on this occasion.", PoliceTick.REPORT_SUFFICIENT),
        ("A written police report will be sufficient; the Chair does not require police "
         "attendance.", PoliceTick.REPORT_SUFFICIENT),
        ("Please let us know whether an officer will attend the conference.", PoliceTick.NOT_FOUND),
        ("Police were asked to attend the address after a 999 call.", PoliceTick.NOT_FOUND),
    ],
)  # fmt: skip
def test_one_plain_sentence_about_the_police_attending_is_read(
    sentence: str, expected: PoliceTick
) -> None:
    assert police_tick([Page("body", (sentence,))]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("11 o'clock start", dt.time(11)), ("at half past one", dt.time(13, 30)),
     ("quarter past ten in the morning", dt.time(10, 15)), ("quarter to two", dt.time(13, 45))],
)  # fmt: skip
def test_times_in_words_are_read(text: str, expected: dt.time) -> None:
    assert parse_time(text) == expected


def test_marked_options_choose_the_kind_and_an_unticked_pre_birth_is_not_one() -> None:
    fields = _fields(
        "Conference type\t☐ Initial\t☒ Review\t☐ Transfer in\t☐ Pre-birth\nDate: 22/12/2026"
    )
    assert fields.kind is ConferenceKind.REVIEW  # type: ignore[attr-defined]
    assert fields.pre_birth is False  # type: ignore[attr-defined]


def test_a_police_row_that_answers_in_its_own_cell_is_read_there() -> None:
    page = Page(
        "form.docx",
        (
            "Agency\tAttendance required\tWritten report sufficient",
            "Health visitor\t✓",
            "West Yorkshire Police: attendance requested / ~~not requested~~",
        ),
    )
    assert police_tick([page]) is PoliceTick.REQUIRED


def test_a_mark_column_becomes_boxes_and_an_unmarked_risk_is_no_evidence() -> None:
    page = Page(
        "body",
        ("Risk factor\tMark with X", "Child sexual exploitation", "Parental substance misuse\tX",
         "Police\tMark with X", "Attendance required", "Written report sufficient\tX"),
    )  # fmt: skip
    marked = mark_checklists(page)
    assert marked.lines[1:3] == ("☐ Child sexual exploitation", "☒ Parental substance misuse")
    assert police_tick([marked]) is PoliceTick.REPORT_SUFFICIENT
    untouched = Page("body", ("Name\tDate of birth", "Ava Gill\t12/03/2015"))
    assert mark_checklists(untouched) is untouched


def test_an_attend_and_report_grid_is_answered_by_its_attend_column() -> None:
    def tick(row: str) -> PoliceTick:
        return police_tick([Page("form.pdf p1", ("Agencies\tAttend\tReport", row))])

    assert tick("WYP Child Exploitation Team\tYes\tYes") is PoliceTick.REQUIRED
    assert tick("West Yorkshire Police\tNo\tYes") is PoliceTick.REPORT_SUFFICIENT


def test_a_line_labelled_with_the_police_answers_for_them() -> None:
    page = Page("form.pdf p1", ("Where: Northgate House", "WYP: Written report sufficient"))
    assert police_tick([page]) is PoliceTick.REPORT_SUFFICIENT


def test_an_attendance_column_answered_in_words_and_a_bracketed_instruction() -> None:
    grid = Page(
        "form.pdf p1",
        ("Agency\tWhat we are asking for\tAttendance at conference",
         "School\tAttendance and disclosures\tRequested",
         "West Yorkshire Police\tPNC checks\tNot required (written report)"),
    )  # fmt: skip
    assert police_tick([grid]) is PoliceTick.REPORT_SUFFICIENT
    blank = Page(
        "form.pdf p1",
        ("Is police attendance at the conference required? (write YES or NO in the box)",
         "Form completed by O. Hepworth"),
    )  # fmt: skip
    assert police_tick([blank]) is PoliceTick.NOT_FOUND  # never the instruction's YES


def test_a_police_heading_with_a_short_answer_under_it() -> None:
    page = Page("form.docx", ("Police", "Written report to the chair"))
    assert police_tick([page]) is PoliceTick.REPORT_SUFFICIENT
    said = Page(
        "body", ("Police", "West Yorkshire Police are requested to attend this conference.")
    )
    assert police_tick([said]) is PoliceTick.REQUIRED


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Police", "Is Police attendance requested? ☐ Yes\t☒ No (please circle)"),
         PoliceTick.REPORT_SUFFICIENT),
        (("Police - is attendance at conference requested? (please give details)",
          "A written report will be sufficient."), PoliceTick.REPORT_SUFFICIENT),
        (("Police (tick as appropriate)", "Police to attend conference",
          "Police report sufficient\tX"), PoliceTick.REPORT_SUFFICIENT),
        (("Agency\tWhat we are asking for\tAttendance at conference",
          "School\tAttendance, presentation and any disclosures\tRequested",
          "West Yorkshire Police\tReport and attendance\tYes - attendance requested"),
         PoliceTick.REQUIRED),
    ],
)  # fmt: skip
def test_instructions_are_no_answers_and_grid_rows_are_no_headers(
    lines: tuple[str, ...], expected: PoliceTick
) -> None:
    assert police_tick([Page("form.pdf p1", lines)]) is expected


def test_a_numbered_household_table_and_a_family_list_tell_children_by_age() -> None:
    fields = _fields(
        "HOUSEHOLD\nNO.  NAME                  DOB          RELATIONSHIP TO CHILDREN\n"
        "1    Aria Sutcliffe        12/09/2023   SUBJECT CHILD\n"
        "2    Liam Brear            20/02/1997   FATHER - NOT AT HOME\n"
        "Family members\n1) Ellis HOLROYD, born 27/07/2021, lives with mother\n"
    )
    assert [p.name for p in fields.children] == ["Aria Sutcliffe", "Ellis HOLROYD"]  # type: ignore[attr-defined]
    assert [p.name for p in fields.adults] == ["Liam Brear"]  # type: ignore[attr-defined]
