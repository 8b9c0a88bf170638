# ruff: noqa: E501  (table rows of test cases read best one case per line)
"""The police tick box in every layout councils use (DOMAIN.md §2.2 and its traps)."""

from __future__ import annotations

import pytest
from docx import Document

from parsers.checklists import mark_checklists
from parsers.docx import read_docx
from parsers.fields_tick import police_tick
from parsers.html_text import html_to_lines
from parsers.records import Page, PoliceTick
from tests.builders.docx_builder import save


def _page(text: str, location: str = "form.docx") -> Page:
    return Page(location=location, lines=tuple(text.split("\n")))


R, W, B, N, X = (PoliceTick.REQUIRED, PoliceTick.REPORT_SUFFICIENT, PoliceTick.BOTH,
                 PoliceTick.NEITHER, PoliceTick.NOT_FOUND)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("☒ Police attendance required ☐ Written report sufficient", R),
        ("☐ Police attendance required ☒ Written report sufficient", W),
        ("☒ Police attendance required\t☒ Written report sufficient", B),
        ("☐ Police attendance required\t☐ Written report sufficient", N),
        ("West Yorkshire Police (please tick one):\n☐ Police attendance required\n☒ Written report sufficient", W),
        ("☒\n\tPolice attendance required\n\n☐\n\tWritten report sufficient", R),
        ("Police attendance required: ☒ Yes ☐ No", R),
        ("Police attendance required: ☐ Yes ☒ No", W),
        ("Is police attendance requested at this conference?\tYes\t☒\tNo\t☐", R),
        ("Is police attendance requested at this conference?\tYes\t☐\tNo\t☒", W),
        ("Police attendance required?\n☐ Yes ☒ No", W),
        ("Police attendance required: Yes", R),
        ("Police attendance required: No", W),
        # an option that starts with the verb, and the report in other words (set D, set w)
        ("Police: [X] Attend the meeting   [ ] Written report only", R),
        ("Police: ☐ Attending in person   ☒ Written report only", W),
        ("Police input\n☐ Attendance at the conference requested\n☒ Written update sufficient", W),
        ("Police\n☒ Attendance at the conference requested\n☐ Written information only", R),
        # a numbered or lettered menu left whole is no answer (never a report asked for)
        ("Police\t1. in person 2. a written update", X),
        ("Police\ta) attend b) written report", X),
        ("Police attendance required\tYes", R),
        ("Written report sufficient: X", W),
        ("Written report sufficient: Yes", W),
        ("Report only ✓", W),
        ("Police attendance required ✓", R),
        ("[X] Police attendance required\n[ ] Written report sufficient", R),
        ("[ ] Police attendance required\n[x] Written report sufficient", W),
        ("(x) Written report sufficient  ( ) Police attendance required", W),
        ("Police: attendance required / ~~not required~~ (delete as appropriate)", R),
        ("Police: attendance ~~required~~ / not required (delete as appropriate)", W),
        ("Police attendance required / not required (delete as appropriate)", N),
        ("Police attendance: ☐ Required ☒ Not required", W),
        ("Police attendance required: Yes / No", N),  # a circled pair with neither circled
        ("Is police attendance requested? Y/N", N),
        ("Police (tick as appropriate)\nPolice to attend conference\nPolice report sufficient", N),
        ("Police involvement\nAttendance at conference required\nWritten report only", N),
        ("Police attendance required\nWritten report sufficient\tX", W),  # the empty row is the other
        ("Police (tick as appropriate)\nPolice to attend conference: No\nPolice report sufficient: No", N),
        ("Police to attend conference: No\nPolice report sufficient: Yes", W),
        ("Police to attend conference: Yes\nPolice report sufficient: Yes", B),
    ],
)  # fmt: skip
def test_the_tick_box_is_read_in_every_layout(text: str, expected: PoliceTick) -> None:
    assert police_tick([_page(text)]) is expected


def test_the_unmarked_box_before_a_label_belongs_to_that_label() -> None:
    # the trap: "☐ Police attendance required ☒ Written report sufficient" is NOT attendance
    page = _page("☐ Police attendance required ☒ Written report sufficient")
    assert police_tick([page]) is PoliceTick.REPORT_SUFFICIENT


@pytest.mark.parametrize(
    "text",
    [
        "Whether police attendance is requested is indicated on the booking form.",
        "Please could a police report be provided to the Conference Chair.",
        "Please reply yes / no by Friday.",
        "Police attendance required\nThe chair will confirm the time.",  # one label alone
        "",
    ],
)
def test_words_without_boxes_or_answers_are_not_a_tick_box(text: str) -> None:
    assert police_tick([_page(text, "body")]) is PoliceTick.NOT_FOUND


def test_ticked_harm_categories_are_not_the_police_tick_box() -> None:
    assert police_tick([_page("Category: ☒ Neglect ☐ Physical ☐ Sexual")]) is PoliceTick.NOT_FOUND


def test_the_booking_form_wins_over_the_covering_email() -> None:
    body = _page("Police attendance required: Yes", "body")
    form = _page("☐ Police attendance required ☒ Written report sufficient", "form.pdf p1")
    assert police_tick([body, form]) is PoliceTick.REPORT_SUFFICIENT


def test_the_body_is_read_when_no_attachment_has_the_question() -> None:
    body = _page("[X] Police attendance required\n[ ] Written report sufficient", "body")
    other = _page("Minutes of the core group", "minutes.pdf p1")
    assert police_tick([body, other]) is PoliceTick.REQUIRED


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("Police involvement", "☒ Attendance at conference required", "☐ Written report only"),
            PoliceTick.REQUIRED,
        ),
        (("[X] Attendance at conference required", "[ ] Written report only"), PoliceTick.REQUIRED),
        (("Attendance at conference required\tX", "Written report only"), PoliceTick.REQUIRED),
        (("Attendance at conference required: Yes",), PoliceTick.REQUIRED),
        (("Attendance at conference required:\t☐ Yes\t☒ No",), PoliceTick.REPORT_SUFFICIENT),
        (
            (
                "Police (tick as appropriate)",
                "Police to attend conference",
                "Police report sufficient\tX",
            ),
            PoliceTick.REPORT_SUFFICIENT,
        ),
    ],
)
def test_attendance_at_conference_wordings_are_read(
    lines: tuple[str, ...], expected: PoliceTick
) -> None:
    page = Page(location="form.pdf p1", lines=lines, number=1)
    assert police_tick([page]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Is police attendance required - NO (delete as appropriate)",
            PoliceTick.REPORT_SUFFICIENT,
        ),
        ("Is police attendance required - YES (delete as appropriate)", PoliceTick.REQUIRED),
        ("Is police attendance required - YES/NO (delete as appropriate)", PoliceTick.NEITHER),
        (
            "Is Police attendance requested? (Yes/No - delete as appropriate)\tNo",
            PoliceTick.REPORT_SUFFICIENT,
        ),
        (
            "Is Police attendance requested? (Yes/No - delete as appropriate)\tYes",
            PoliceTick.REQUIRED,
        ),
        (
            "Is Police attendance requested? ☒ Yes\t☐ No (delete as appropriate)",
            PoliceTick.REQUIRED,
        ),
        ("Police attendance required: No - written report only", PoliceTick.REPORT_SUFFICIENT),
        ("Police attendance required: Yes (attendance at conference)", PoliceTick.REQUIRED),
    ],
)
def test_yes_no_answers_with_a_delete_note_or_a_gloss(text: str, expected: PoliceTick) -> None:
    # hand-written cases b06, b19, h12, h25: the question's own "Yes/No" is no answer
    assert police_tick([_page(text)]) is expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Police attendance requested: Yes - the chair would like police to attend",),
         PoliceTick.REQUIRED),
        (("Is police attendance required? No, a written report will be sufficient.",),
         PoliceTick.REPORT_SUFFICIENT),
        (("Is police attendance at conference required?", "Yes as the investigation is open."),
         PoliceTick.REQUIRED),
    ],
)  # fmt: skip
def test_an_answer_that_opens_a_sentence_of_explanation_is_read(
    lines: tuple[str, ...], expected: PoliceTick
) -> None:
    assert police_tick([Page("form.docx", lines)]) is expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("( ) Yes (•) No", PoliceTick.REPORT_SUFFICIENT), ("(•) Yes ( ) No", PoliceTick.REQUIRED),
     ("◉ Yes ○ No", PoliceTick.REQUIRED), ("( ) Yes ( ) No", PoliceTick.NEITHER)],
)  # fmt: skip
def test_a_web_form_s_radio_buttons_answer_the_police_question(
    answer: str, expected: PoliceTick
) -> None:
    """A web form's export prints a chosen radio button as "(•)" (issue 11, set e)."""
    page = _page(f"Is police attendance at the conference requested?\n{answer}", "body")
    assert police_tick([page]) is expected


def test_a_category_requested_column_is_no_attendance_column() -> None:
    """Issue 11, set h: the children's grid's "Category requested" read as an agency grid's
    attendance column, and a sentence naming West Yorkshire Police as its unanswered row."""
    lines = (
        "Name\tDate of birth\tCategory requested\tLives with",
        "Kayla Dobson\t14/05/2010\tEmotional abuse\tHousehold 1",
        "A joint section 47 investigation with West Yorkshire Police is under way.",
        "West Yorkshire Police: Police attendance required - YES",
    )
    assert police_tick([Page("form.docx", lines)]) is PoliceTick.REQUIRED


def test_the_newest_message_of_a_thread_changes_the_request_it_quotes() -> None:
    body = (
        "Further to the request below: a written report will be sufficient - police attendance "
        "is not required.",
        "From: Integrated Safeguarding Unit",
        "Sent: 01 December 2026 11:20",
        "Police: the Chair would like police to attend.",
    )
    assert police_tick([Page("body", body)]) is PoliceTick.REPORT_SUFFICIENT
    assert police_tick([Page("body", body[1:])]) is PoliceTick.REQUIRED


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("West Yorkshire Police (CPU) - report requested", PoliceTick.REPORT_SUFFICIENT),
        ("West Yorkshire Police - attendance requested", PoliceTick.REQUIRED),
    ],
)
def test_an_invitee_list_line_for_the_police_answers(line: str, expected: PoliceTick) -> None:
    lines = ("Invited", "Brighouse High School - attendance requested", line)
    assert police_tick([Page("form.docx", lines)]) is expected


def test_a_question_after_a_dash_is_not_its_own_answer() -> None:
    lines = (
        "Police - is attendance at conference requested? (please give details)",
        "A written report will be sufficient.",
    )
    assert police_tick([Page("form.docx", lines)]) is PoliceTick.REPORT_SUFFICIENT


@pytest.mark.parametrize(
    "text",
    [
        "⍰ Police attendance required\n☒ Written report sufficient",
        "☐ Police attendance required\n⍰ Written report sufficient",
        "Police attendance required: ⍰ Yes ☐ No",
        "West Yorkshire Police - please tick one box:\nPolice attendance required\n☒ Written report sufficient",
        "☒ Written report sufficient\nPolice attendance required",
    ],
)  # fmt: skip
def test_a_box_whose_mark_was_not_read_or_an_option_without_its_box_leaves_the_question_unread(
    text: str,
) -> None:
    """Issue 11: a scan's box whose mark is neither clear nor absent is written "⍰"
    (`parsers.scan_boxes`), and an option standing without its box beside a boxed one had its box
    missed (a heavy mark over it): either way the one clear box is not the whole answer, so
    "☒ Written report sufficient" must not pass for the form's reading."""
    assert police_tick([_page(text, "scan.pdf p1")]) is X


def test_a_typed_tick_in_one_cell_and_an_empty_cell_is_still_a_reading() -> None:
    """A ✓ is no box: "Report only ✓" under an empty "Police attendance required" cell answers."""
    assert police_tick([_page("Police attendance required\t\nReport only\t✓")]) is W


def test_a_line_of_answered_boxes_is_no_agency_grid_header() -> None:
    """A council's "Integrated Safeguarding Unit" signature under an answered question was read
    as the police row of a grid whose header was the question itself."""
    lines = (
        "Police attendance:\tRequired [ ]\tNot required - written report only [X]",
        "Michelle Stead",
        "Integrated Safeguarding Unit, Leeds City Council",
    )
    assert police_tick([Page("body", lines)]) is PoliceTick.REPORT_SUFFICIENT


def test_a_heading_above_two_boxed_options_on_their_own_lines_is_no_unboxed_option() -> None:
    """Issue 11, set j: "Attendance" over "☐ Police attendance required" / "☒ Written report
    sufficient" (an AcroForm radio group) was taken for an option with no box → unread."""
    page = Page(
        "attachment:form.pdf p1",
        ("5. Police", "Attendance", "☐ Police attendance required", "☒ Written report sufficient"),
    )
    assert police_tick([page]) is PoliceTick.REPORT_SUFFICIENT


def test_an_option_standing_bare_beside_a_boxed_one_still_leaves_the_answer_unread() -> None:
    page = Page(
        "attachment:scan.pdf p1",
        ("Police", "☒ Written report sufficient", "Police attendance required"),
    )
    assert police_tick([page]) is PoliceTick.NOT_FOUND


def test_boxes_answer_the_question_right_above_them_not_the_police_one_before_it() -> None:
    """Issue 11, set e: a web form's reason ("police attended the address…") and then another
    question ("Has an EPO been applied for?" / "( ) Yes (•) No"): that "No" is the EPO's
    answer, so only the police question's own "Yes" answers it."""
    page = _page(
        "Reason for conference\n"
        "On 27/11/2026 police attended the address and took the children into police protection.\n"
        "Has an Emergency Protection Order been applied for?\n"
        "( ) Yes (•) No\n"
        "Is police attendance at the conference requested?\n"
        "(•) Yes ( ) No",
        "body",
    )
    assert police_tick([page]) is R


def test_the_police_question_under_a_police_heading_is_not_its_own_answer() -> None:
    """ "Police" / "Is police attendance requested?" / "☐ Yes ☒ No": the question line asks;
    only the boxes under it answer (a handwritten form read as both marked)."""
    page = _page("Police\nIs Police attendance requested?\n☐ Yes\t☒ No")
    assert police_tick([page]) is W


_PORTAL_PRINT = (
    "09/12/2026 14:22\tBooking summary\tProfessionals Portal\tLeeds City Council\n"
    "West Yorkshire Police\n"
    "Police attendance\tWritten report sufficient\n"
    "Report to\tIntegrated Safeguarding Unit, 24 hours before the conference\n"
    "Booked by\tPriya Chauhan on 08/12/2026\n"
    "Print Download Back to top\n"
    "Leeds City Council, Civic Hall, Leeds LS1 1UR Accessibility Privacy Cookies Terms of use\n"
    "https://professionals.leeds.gov.uk/cf/isu/conference-booking/MOS771203?view=print\tPage 3 of 3"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police\nPolice contribution\t☐ Attend\t☒ Report", W),  # options in one word
        ("Police contribution\t☒ Attend\t☐ Report", R),
        ("Police involvement\t☒ Yes\t☐ No", X),  # involvement is no attendance question
        ("Police (CPPU)\t☒ Invited", X),  # every agency is invited
        ("Police attendance\tAttendance required / Written report sufficient", X),  # a menu
        ("West Yorkshire Police: Required / Not required", X),
        ("West Yorkshire Police request:\nAttendance required or written report only", X),
        (_PORTAL_PRINT, W),  # a portal page printed: the option as the label's value
        ("Police attendance\tAttendance requested", R),
        (
            "Police attendance\tAgreed with DI Womersley - attending",
            R,
        ),  # the answer closes the value
        ("Police attendance\tDiscussed with the chair, not required", W),
        ("Police attendance\tDiscussed with the chair - see below", X),
        ("Section D - Police\nWest Yorkshire Police request:\nWritten report only", W),  # below
        ("West Yorkshire Police request:\nAttendance required", R),
    ],
)
def test_a_label_naming_the_police_is_answered_by_the_option_beside_or_below_it(
    text: str, expected: PoliceTick
) -> None:
    """Issue 11, sets e, g, i: a police label's value is the option chosen, in one word after
    boxes, as the whole option in the next cell, or on the line below the label."""
    assert police_tick([_page(text)]) is expected


_BRADFORD_PAGE = "\n".join(
    (
        "Initial Child Protection Conference - Booking Form\tPage 1",
        "Section A - Conference details\tWest Yorkshire Police request:",
        "Type of conference\tAttendance required",
        "Initial Child Protection Conference",
        "Date",
        "To be confirmed - awaiting chair availability",
        "Time",
        "TBC",
        "Venue",
        "TBC",
        "Chair",
        "Not yet allocated",
        "Social worker",
        "Rebecca Holroyd",
        "Liquidlogic ID",
        "2240551",
        "Category",
        "Physical abuse",
        "Parents informed of the conference",
        "Yes",
    )
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Conference type\tWest Yorkshire Police request:\nReview (first review)\nWritten report only\nDate\n17/12/2026",
            W,
        ),
        (_BRADFORD_PAGE, R),
        (
            "Conference type\tWest Yorkshire Police request:\nAttendance required\nWritten report only",
            N,
        ),  # both bare: a list
    ],
)
def test_a_police_label_ending_a_row_of_two_columns_is_answered_in_its_column_below(
    text: str, expected: PoliceTick
) -> None:
    """Issue 11, set e: a two-column form read across both columns — the police label is the
    second cell of a line and its answer is below it, in its column or on a line of its own."""
    assert police_tick([_page(text, "form.pdf p1")]) is expected


@pytest.mark.parametrize(
    "text",
    [
        "West Yorkshire Police (please tick one):\nPolice attendance required\nWritten report sufficient\tX",
        "Conference type\tWest Yorkshire Police (please tick one):\nInitial\tPolice attendance required\nWritten report sufficient\tX",
        "West Yorkshire Police request:\nPolice attendance required\nWritten report sufficient\tX",
    ],
)
def test_options_listed_under_a_police_label_are_a_list_not_its_value(text: str) -> None:
    """The generated corpus's HTML form: the police label asks for a tick and its two options
    follow, the mark in a cell after the second. The first option is no value of the label."""
    assert police_tick([_page(text, "body")]) is W


def test_a_form_s_lines_run_together_are_no_sentence_about_the_police() -> None:
    """Set l, l-57-03: a form's heading "… CONFERENCE REQUEST", its rows and an unanswered
    police row were read as one sentence asking for police attendance; the question is there
    and its answer was not read."""
    form = (
        "CHILD PROTECTION CONFERENCE REQUEST\nType of conference\tInitial CPC\n"
        "Category\tPhysical abuse\nPolice attendance\nInterpreter required\tNo\n"
        "Reason for conference\nRepeated physical chastisement of the younger children."
    )
    assert police_tick([_page(form)]) is X


def test_a_sentence_wrapped_over_lines_is_still_read_whole() -> None:
    body = (
        "Dear colleague, the chair has asked that a police officer from the CPPU attends\n"
        "the conference on 12 January.\n\nKind regards"
    )
    assert police_tick([_page(body, "body")]) is R


@pytest.mark.parametrize(
    ("text", "expected"),
    [("POLICE ATTENDANCE\nREQUIRED", R), ("Police attendance\nNot required", W),
     ("Police attendance required\nWritten report sufficient", N)],
)  # fmt: skip
def test_the_police_label_over_its_one_word_answer_is_read(text: str, expected: PoliceTick) -> None:
    """Set c, c-12g: an old system's notice prints each label above its value."""
    assert police_tick([_page(text, "body")]) is expected


@pytest.mark.parametrize(
    "row",
    [
        "West Yorkshire Police\tAttendance required\tReport only",
        "Police\tWritten report sufficient\tPolice attendance required",
    ],
)
def test_both_options_printed_as_the_police_row_s_cells_are_a_menu_left_unanswered(
    row: str,
) -> None:
    """Set n 69-06: a form answered by circling, no ring round either police option; the row's
    last cell was read as the answer ("report only")."""
    assert police_tick([_page(row, "form.pdf p1")]) is N


_GRID = "Agency\tNamed worker\tInvited\tAttendance required\tReport requested"


@pytest.mark.parametrize(
    ("police_row", "expected"),
    [
        ("West Yorkshire Police – CPPU\tDuty DS\tY\tN\tY", W),
        ("West Yorkshire Police – CPPU\tDuty DS\tY\tY\tY", R),
        ("West Yorkshire Police – CPPU\t\t☒\t\t☒", W),
    ],
)
def test_an_invited_column_of_an_agency_grid_asks_nothing(
    police_row: str, expected: PoliceTick
) -> None:
    """Set n 70-06, 70-07: every agency is invited; a Y under "Invited" read as attendance
    required, though the police row's "Attendance required" cell said N."""
    rows = (_GRID, "GP\t\tY\tN\tY", police_row, "Probation\t\tY\tN\tN")
    assert police_tick([Page("form.docx", rows)]) is expected


def test_a_cross_among_a_grid_s_ticks_says_no() -> None:
    """ "✓ | ✗ | ✓" under "Invited | Attendance required | Report requested": the cross is a
    no, as a blank cell is (a ✗ alone in a box still marks it)."""
    rows = (_GRID, "GP\t\t✓\t✗\t✓", "West Yorkshire Police\tDuty DS\t✓\t✗\t✓")
    assert police_tick([Page("form.docx", rows)]) is W
    ticked = (_GRID, "West Yorkshire Police\tDuty DS\t✓\t✓\t✓", "Probation\t\t✗\t✗\t✗")
    assert police_tick([Page("form.docx", ticked)]) is R


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # set m, 63-05: the criterion question answered "No" beside a drop-down asking for police
        (
            "Has police attendance been agreed between the Chair and the DI?\tNo\nWest Yorkshire Police - select one\tPolice attendance required",
            R,
        ),
        ("Has police attendance been agreed between the Chair and the DI?\tNo", X),
        ("Police attendance negotiated with the DI?\tNo\nPolice attendance required: Yes", R),
        ("Has the chair agreed police attendance with the DI? No", X),
        # a drop-down left blank: its options unmarked (parsers.sheet_lines), the agreement asked apart
        (
            "Has police attendance been agreed between the Chair and the DI?\tNo\nWest Yorkshire Police - select one\t☐ Police attendance required ☐ Written report sufficient",
            N,
        ),
    ],
)
def test_a_question_whether_attendance_was_agreed_answers_no_police_question(
    text: str, expected: PoliceTick
) -> None:
    assert police_tick([_page(text)]) is expected


def _agencies_docx(police: tuple[str, str, str]) -> tuple[Page, ...]:
    doc = Document()
    doc.add_paragraph("Who is invited (mark Attend and / or Report for each)")
    rows = [("Service", "Invited", "Attend", "Report"), ("Probation", "✓", "", "✓"),
            ("Safeguarding Unit - Police", *police), ("Housing", "✓", "✓", "")]  # fmt: skip
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return read_docx(save(doc), name="invites.docx")


def _agencies_html(police: tuple[str, ...]) -> tuple[Page, ...]:
    def row(cells: tuple[str, ...]) -> str:
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"

    html = (
        "<table>" + row(("Service", "Invited", "Attend", "Report")) + row(("Probation", "x", "", "x"))
        + row(("Safeguarding Unit - Police", *police)) + "</table>"
    )  # fmt: skip
    return (Page("body", html_to_lines(html)),)


@pytest.mark.parametrize(
    ("police", "expected"),
    [(("✓", "", ""), N), (("✓", "✓", ""), R), (("✓", "", "✓"), W), (("✓", "✓", "✓"), R)],
)
def test_a_police_row_left_blank_under_attend_and_report_is_neither_in_word(
    police: tuple[str, str, str], expected: PoliceTick
) -> None:
    assert police_tick(_agencies_docx(police)) is expected


@pytest.mark.parametrize(
    ("police", "expected"),
    [(("x",), N), (("x", "", ""), N), (("x", "x"), R), (("x", "", "x"), W)],
)
def test_a_police_row_left_blank_under_attend_and_report_is_neither_in_html(
    police: tuple[str, ...], expected: PoliceTick
) -> None:
    # an HTML row drops its trailing empty cells: ("x",) is the row with Attend and Report empty
    assert police_tick(_agencies_html(police)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # set p (77-02): a boxed "Yes" with the social worker's reason after it was no answer at
        # all, and the request for police read as neither box marked
        ("Do you require police attendance at the ICPC?\n☒ Yes, mum has asked for it\t☐ No", R),
        ("Police to attend?\n☐ Yes\t☒ No – we only need the crime log", W),
        ("Is police attendance requested?\t☒ Yes (the chair asked)\t☐ No", R),
        ("Police attendance required:\n☐ Yes\n☒ No; a short update will do", W),
        ("Is police attendance needed? ☒ Yes: DV history ☐ No", R),
    ],
)  # fmt: skip
def test_a_boxed_yes_or_no_with_its_reason_after_it_answers_the_question(
    text: str, expected: PoliceTick
) -> None:
    assert police_tick([_page(text)]) is expected


def test_a_grid_headed_by_the_police_is_answered_by_the_mark_in_the_row_under_it() -> None:
    html = (
        "<p>Other agencies have been sent their own request.</p>"
        "<table><tr><th>CPPU (police)</th><th>Attend in person</th><th>Report instead</th></tr>"
        "<tr><td>Choose one</td><td></td><td>✓</td></tr></table>"
        "<p>Dawn Hirst<br>Conference Support Officer, Children's Services</p>"
    )
    # as the body reader gives it: check-list tables' marks made boxes first
    page = mark_checklists(Page("body", html_to_lines(html)))
    assert police_tick([page]) is PoliceTick.REPORT_SUFFICIENT
    marked = html.replace("<td></td><td>✓</td>", "<td>X</td><td></td>")
    assert (
        police_tick([mark_checklists(Page("body", html_to_lines(marked)))]) is PoliceTick.REQUIRED
    )


def test_a_plain_english_police_question_is_answered_by_the_boxes_under_it() -> None:
    """Issue 11, set v: an easy-read form's "Do the police need to come to the meeting?"."""
    lines = (
        "Do the police need to come to the meeting?",
        "YES ☒",
        "NO, a written report is enough ☐",
        "Why? He trusts the officer who spoke to him at school.",
    )
    assert police_tick([Page("form.pdf p1", lines, 1)]) is PoliceTick.REQUIRED


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("Police attendance required: X\tWritten report sufficient:", PoliceTick.REQUIRED),
        ("Police attendance required:\tWritten report sufficient: X", PoliceTick.REPORT_SUFFICIENT),
    ],
)
def test_both_options_answered_after_colons_in_one_row(row: str, expected: PoliceTick) -> None:
    """Issue 11, set t: the two options side by side in a row, the answer after one colon."""
    assert police_tick([Page("form.pdf p1", (row,), 1)]) is expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("Police\tWritten report sufficient: YES / Attendance needed: NO", PoliceTick.REPORT_SUFFICIENT),
        ("Police\tAttendance required: no / Report: yes", PoliceTick.REPORT_SUFFICIENT),
        ("Police | Attendance requested: Yes | Written report: No", PoliceTick.REQUIRED),
    ],
)  # fmt: skip
def test_both_options_answered_in_one_cell_apart_by_a_slash(row: str, expected: PoliceTick) -> None:
    """Issue 11, set z: the two options in one cell, each answered yes or no after a colon."""
    assert police_tick([Page("body", (row,))]) is expected
