"""Numbered forms: the number is no part of a label, and an answer given by number is its
question's value (issue 11, set o layout 74: the start time lost on six forms of seven, the
police question unread, `no_booking_form` raised on forms).

Each form is written in its own format — plain text, Word paragraphs, an HTML body, a PDF —
and read through the reader the daemon uses, then the field reader."""

from __future__ import annotations

import datetime as dt

from docx import Document

from parsers.docx import read_docx
from parsers.fields import read_fields
from parsers.html_text import html_to_lines
from parsers.labels import logical_lines
from parsers.numbered import answered_across_pages, answers_joined, lettered_pairs_joined
from parsers.pdf import read_pdf
from parsers.records import BookingFields, ConferenceKind, Mailbox, MessageInfo, Page, PoliceTick
from tests.builders.docx_builder import save
from tests.builders.pdf_builder import text_pdf

_INFO = MessageInfo(
    message_id="<t@x>",
    sender=Mailbox("conference.unit@calderdale.gov.uk", None),
    to=(),
    subject="Conference request",
    date_header=None,
    received_at=dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC),
    authentication_results=(),
)


def _fields(*pages: Page) -> BookingFields:
    return read_fields(info=_INFO, pages=list(pages))


def test_an_answer_sheet_by_number_in_plain_text_answers_its_questions() -> None:
    text = [
        "Please answer every question on the sheet below.",
        "",
        "QUESTIONS",
        "1) Conference type",
        "2) Proposed date of the meeting",
        "3) Time the meeting starts",
        "4) Meeting location",
        "5) Children and their dates of birth",
        "6) Has police attendance been requested?",
        "",
        "ANSWER SHEET",
        "6) Yes",
        "1) Review",
        "3) 1.45pm",
        "2) 19/01/2027",
        "4) Dewsbury Town Hall, Room 2",
        "5) Harvey Lumb (03/04/2016); Ellie-Mae Lumb (22/02/2020)",
    ]
    fields = _fields(Page("body", tuple(text)))
    assert fields.kind is ConferenceKind.REVIEW
    assert (fields.date, fields.time) == (dt.date(2027, 1, 19), dt.time(13, 45))
    assert fields.venue == "Dewsbury Town Hall, Room 2"
    assert [c.name for c in fields.children] == ["Harvey Lumb", "Ellie-Mae Lumb"]
    assert fields.police_tick is PoliceTick.REQUIRED
    assert fields.booking_form_found


def test_q_and_a_pairs_in_word_paragraphs_are_read_as_labels_and_values() -> None:
    doc = Document()
    for text in (
        "Initial Child Protection Conference - booking questions",
        "Q1 Meeting date",
        "A1 Wednesday 20 January 2027",
        "Q2 Starting at",
        "A2 9.15",
        "Q3 Parents / carers",
        "A3 Shannon Lumb (mother); Dean Crabtree (mother's partner)",
        "Section C - Police",
        "Q4 Attend, or written report only?",
        "A4 Written report only",
    ):
        doc.add_paragraph(text)
    (page,) = read_docx(save(doc), name="booking.docx")
    fields = _fields(page)
    assert (fields.date, fields.time) == (dt.date(2027, 1, 20), dt.time(9, 15))
    assert [a.name for a in fields.adults] == ["Shannon Lumb", "Dean Crabtree"]
    assert fields.police_tick is PoliceTick.REPORT_SUFFICIENT


def test_an_html_form_numbered_by_section_with_an_answer_block_at_its_end() -> None:
    html = (
        "<h2>Conference booking</h2>"
        "<p><b>A. Arrangements</b></p>"
        "<p>2.1 Conference type</p><p>Initial</p>"
        "<p>2.2 Date of conference</p><p>27/01/2027</p>"
        "<p>2.3 Start time</p><p>half past two</p>"
        "<p>2.4 Room</p><p>Halifax Town Hall, Room 4</p>"
        "<p>4.1 Is a written police report sufficient?</p>"
        "<p>4.2 Is police attendance required at the conference?</p>"
        "<p>(give both answers in the block at the end)</p>"
        "<p>Block of answers</p>"
        "<p>Part 4 - 4.1: No</p><p>Part 4 - 4.2: Yes</p>"
    )
    fields = _fields(Page("body", html_to_lines(html)))
    assert fields.kind is ConferenceKind.INITIAL
    assert (fields.date, fields.time) == (dt.date(2027, 1, 27), dt.time(14, 30))
    assert fields.police_tick is PoliceTick.REQUIRED
    assert fields.booking_form_found


def test_a_question_of_both_options_in_the_police_section_is_answered_by_its_option() -> None:
    html = (
        "<p>3. Health visiting</p><p>3.1 Attend or report?</p><p>Attend</p>"
        "<p>4. Police</p><p>4.1 Involvement</p><p>None known</p>"
        "<p>4.2 Attend or report?</p><p>Report</p>"
    )
    page = Page("body", html_to_lines(html))
    assert _fields(page).police_tick is PoliceTick.REPORT_SUFFICIENT
    other = Page("body", html_to_lines(html.split("<p>4. Police")[0]))
    assert _fields(other).police_tick is PoliceTick.NOT_FOUND  # the health visitor's answer
    others = html.replace("4.2 Attend or report?", "4.2 Other agencies: attend or report?")
    assert _fields(Page("body", html_to_lines(others))).police_tick is PoliceTick.NOT_FOUND


def test_a_pdf_form_numbered_by_section_has_its_time_and_is_a_booking_form() -> None:
    lines = [
        "Request for a conference",
        "1.1 Conference type",
        "Initial child protection conference",
        "1.2 Date of conference",
        "03/02/2027",
        "1.3 Start time",
        "11am",
        "3.1 Reason for the conference",
        "Neglect: the children were found alone at home overnight.",
    ]
    content = read_pdf(text_pdf([lines]), name="request.pdf")
    fields = _fields(Page("body", ("Form attached.",)), *content.pages)
    assert (fields.date, fields.time) == (dt.date(2027, 2, 3), dt.time(11, 0))
    assert fields.reason == "Neglect: the children were found alone at home overnight."
    assert fields.booking_form_found


def test_numbered_lists_of_people_and_times_of_day_are_no_questions_and_answers() -> None:
    lines = (
        "Q1 Type of meeting",
        "A1 Review",
        "Children",
        "1. Harvey Lumb 03/04/2016",
        "2. Ellie-Mae Lumb 22/02/2020",
        "Adults",
        "1. Shannon Lumb - mother",
        "2. Dean Crabtree - mother's partner",
        "Timings",
        "10.30 am arrivals",
        "10.30 am room opens",
    )
    assert answers_joined(lines) == ("Type of meeting\tReview", *lines[2:])


def test_questions_and_answers_numbered_in_words_or_answered_after_a_dash() -> None:
    worded = (
        "Question 1 Kind of conference",
        "Answer 1 Review",
        "Question 2 Start time",
        "Answer 2 14:00",
    )
    dashed = ("2.1 Date of conference", "2.2 Meeting room", "Answers", "2.1 - 12/01/2027",
              "2.2 - Room 6, Wakefield One")  # fmt: skip
    assert answers_joined(worded) == ("Kind of conference\tReview", "Start time\t14:00")
    assert answers_joined(dashed) == (
        "Answers",
        "Date of conference\t12/01/2027",
        "Meeting room\tRoom 6, Wakefield One",
    )


def test_a_table_whose_first_column_numbers_its_rows_is_read_by_its_labels() -> None:
    """Set q: "No. | Item | Detail" with "4 | Children | A (dob); B (dob)" — the family was not
    read because every row's first cell was its number."""
    doc = Document()
    doc.add_paragraph("Review child protection conference")
    rows = [
        ("#", "Question", "Response"),
        ("1", "Meeting date", "Tuesday 19/01/2027"),
        ("2", "Start", "2.30pm"),
        ("3", "Young people", "Kian Rowe (02/02/2012); Mia Rowe (14/08/2015)"),
        ("4", "Parents / carers", "Lorna Rowe (mother); Gareth Rowe (father)"),
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    (page,) = read_docx(save(doc), name="review.docx")
    fields = _fields(page)
    assert (fields.date, fields.time) == (dt.date(2027, 1, 19), dt.time(14, 30))
    assert [(c.name, c.date_of_birth) for c in fields.children] == [
        ("Kian Rowe", dt.date(2012, 2, 2)),
        ("Mia Rowe", dt.date(2015, 8, 14)),
    ]
    assert [a.name for a in fields.adults] == ["Lorna Rowe", "Gareth Rowe"]


def test_a_table_of_figures_keeps_its_first_column() -> None:
    from parsers.numbered import row_numbers_dropped

    lines = ["Year\tReferrals\tPlans", "3\t12\t4", "7\t15\t6", "2\t9\t1"]
    assert row_numbers_dropped(lines) == lines


def test_question_and_answer_pairs_marked_by_words_in_a_plain_text_reply() -> None:
    text = [
        "Replies to your questions about the Crowther family:",
        "Question - What sort of meeting is it?",
        "Answer - Initial conference",
        "Question - Names and birthdays of the young people",
        "Answer - Tilly Crowther 04/05/2018 (at Moorside Primary) and Ronan Crowther",
        "21/10/2020",
        "Question - Adults in the home?",
        "",
        "Answer - Kerry Crowther (mother) and her partner Dale Ibbotson",
        "Question - Would you like police attendance at the meeting?",
        "Answer - Written report will do.",
        "Thanks, Sue",
    ]
    fields = _fields(Page("body", tuple(text)))
    assert [(c.name, c.date_of_birth) for c in fields.children] == [
        ("Tilly Crowther", dt.date(2018, 5, 4)),
        ("Ronan Crowther", dt.date(2020, 10, 21)),
    ]
    assert [a.name for a in fields.adults] == ["Kerry Crowther", "Dale Ibbotson"]
    assert fields.kind is ConferenceKind.INITIAL
    assert fields.police_tick is PoliceTick.REPORT_SUFFICIENT


def test_q_colon_and_a_colon_lines_in_an_html_body_pair_even_with_empty_answers() -> None:
    html = (
        "<p>Q: Type of CP conference?</p><p>A: Review</p>"
        "<p>Q: Interpreter?</p><p>A:</p>"
        "<p>Q: Child(ren)?</p><p>A: Oskar Lindqvist (12/12/2016)</p>"
        "<p>Q: Do you want police to attend?</p><p>A: Yes please</p>"
    )
    lines = logical_lines(Page("body", html_to_lines(html)))
    assert "Type of CP conference?\tReview" in lines
    assert "Interpreter?" in lines
    assert "A:" not in lines
    fields = _fields(Page("body", html_to_lines(html)))
    assert fields.kind is ConferenceKind.REVIEW
    assert [c.name for c in fields.children] == ["Oskar Lindqvist"]
    assert fields.police_tick is PoliceTick.REQUIRED


def test_a_lone_q_or_a_line_is_left_as_it_was() -> None:
    lines = ["Q: is this the right address?", "We will reply soon.", "A. Smith, Team Manager"]
    assert lettered_pairs_joined(lines) == lines


def test_a_pdf_with_its_questions_on_one_page_and_the_answers_by_number_on_the_next() -> None:
    questions = [
        "Conference request (please answer overleaf)",
        "Q1 Meeting type",
        "Q2 Date of the meeting",
        "Q3 Child or children",
        "Q4 Parents or carers",
        "Q5 Police attendance required or written report sufficient?",
    ]
    answers = [
        "Answers",
        "Q1 - Initial child protection conference",
        "Q2 - 02/02/2027",
        "Q3 - Nell Ashworth 15/08/2019",
        "Q4 - Gina Ashworth (mother)",
        "Q5 - Written report sufficient",
    ]
    pages = read_pdf(text_pdf([questions, answers]), name="request.pdf").pages
    fields = _fields(*pages)
    assert fields.kind is ConferenceKind.INITIAL
    assert [(c.name, c.date_of_birth) for c in fields.children] == [
        ("Nell Ashworth", dt.date(2019, 8, 15))
    ]
    assert [a.name for a in fields.adults] == ["Gina Ashworth"]
    assert fields.police_tick is PoliceTick.REPORT_SUFFICIENT


def test_numbers_on_two_different_files_or_pages_apart_do_not_pair() -> None:
    questions = ("1. Child's name", "2. Mother's name", "3. Police to attend?")
    answers = ("1) Nell Ashworth", "2) Gina Ashworth", "3) Yes")
    apart = (
        Page("questions.pdf p1", questions, number=1),
        Page("answers.pdf p2", answers, number=2),
    )
    assert answered_across_pages(apart) == apart
    skipped = (Page("f.pdf p1", questions, number=1), Page("f.pdf p3", answers, number=3))
    assert answered_across_pages(skipped) == skipped
    together = answered_across_pages(
        (Page("f.pdf p1", questions, number=1), Page("f.pdf p2", answers, number=2))
    )
    assert together[1].lines == (
        "Child's name\tNell Ashworth",
        "Mother's name\tGina Ashworth",
        "Police to attend?\tYes",
    )
    assert together[0].lines == ()
