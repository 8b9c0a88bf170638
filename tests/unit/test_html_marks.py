"""Printed options whose answer an HTML email shows only by colour, weight or highlight
(`parsers.html_marks`, `parsers.option_marks`): read as ☒/☐, as Word's are (brief "marks", 1)."""

from __future__ import annotations

import pytest

from parsers.html_text import html_to_lines
from parsers.mime import read_message
from parsers.parse import parse_email
from parsers.records import PoliceTick
from tests.builders.mail_builder import alternative

POLICE = "Required / Not required &ndash; written report"


@pytest.mark.parametrize(
    "chosen",
    [
        '<span style="color:red">{}</span>',
        '<font color="#C00000">{}</font>',
        "<b>{}</b>",
        '<span style="font-weight:700">{}</span>',
        "<mark>{}</mark>",
        '<span style="background-color: yellow; mso-highlight: yellow">{}</span>',
        '<span style="background:#00FF00 none repeat scroll 0 0">{}</span>',
    ],
)
def test_the_one_option_set_apart_by_its_look_is_the_one_marked(chosen: str) -> None:
    html = f"<p>Police attendance: Required / {chosen.format('Not required')}</p>"
    assert html_to_lines(html) == ("Police attendance: ☐ Required ☒ Not required",)


def test_a_table_cell_of_options_is_read_with_its_label_cell_apart() -> None:
    html = (
        "<table><tr><td><b>Police attendance</b></td>"
        '<td><span style="color:#FF0000">Required</span> / Not required &ndash; written report'
        "</td></tr></table>"
    )
    assert html_to_lines(html) == ("Police attendance\t☒ Required ☐ Not required – written report",)


def test_outlook_s_coloured_runs_are_plain_when_the_label_shares_their_colour() -> None:
    blue = 'style="color:#1F497D"'
    html = (
        f'<p class="MsoNormal"><span {blue}>Conference type: </span>'
        f'<span {blue}>Initial / </span><span style="color:red">Review</span>'
        f"<span {blue}> / Transfer in</span></p>"
    )
    assert html_to_lines(html) == ("Conference type: ☐ Initial ☒ Review ☐ Transfer in",)


@pytest.mark.parametrize(
    "html",
    [
        f'<p><span style="color:#1F497D">Police attendance: {POLICE}</span></p>',  # all one colour
        f"<p><b>Police attendance: {POLICE}</b></p>",
        "<table><tr><td>Police</td><td bgcolor='#D9D9D9'>Required / Not required</td></tr></table>",
        "<p>Kind: <span style='background:yellow'>Initial / Rev</span>iew</p>",  # across options
        "<p>Dates: <b>12/12/2026</b> / 19/12/2026</p>",  # no options
        "<p>Please <span style='color:red'>reply</span> by Friday.</p>",
    ],
)
def test_a_look_shared_by_every_option_or_across_them_marks_nothing(html: str) -> None:
    assert all("☒" not in line for line in html_to_lines(html))


def test_two_options_highlighted_are_two_marked_so_a_person_looks() -> None:
    html = "<p>Police attendance: <mark>Required</mark> / <mark>Not required</mark></p>"
    assert html_to_lines(html) == ("Police attendance: ☒ Required ☒ Not required",)


def _email(html_answer: str, plain_answer: str) -> bytes:
    html = (
        "<p>Good morning, details of the Initial Child Protection Conference for Kayden "
        "Holroyd (DOB 04/03/2019) are below.</p>"
        "<p>Date: Thursday 10 December 2026 at 10:00, Merrion House.</p>"
        f"<p>Police attendance: {html_answer}</p><p>Kind regards, Sarah</p>"
    )
    plain = (
        "Good morning, details of the Initial Child Protection Conference for Kayden Holroyd "
        "(DOB 04/03/2019) are below.\n\nDate: Thursday 10 December 2026 at 10:00, Merrion "
        f"House.\n\nPolice attendance: {plain_answer}\n\nKind regards, Sarah\n"
    )
    return alternative(plain, html)


def test_the_html_body_is_read_when_it_marks_an_option_the_plain_text_prints_unmarked() -> None:
    raw = _email(
        'Required / <span style="color:red">Not required &ndash; written report</span>',
        "Required / Not required - written report",
    )
    body = [line for page in read_message(raw).body for line in page.lines]
    assert "Police attendance: ☐ Required ☒ Not required – written report" in body
    assert parse_email(raw).fields.police_tick is PoliceTick.REPORT_SUFFICIENT


def test_the_plain_text_is_still_read_when_the_html_marks_nothing() -> None:
    raw = _email("Required / Not required", "Required / Not required")
    assert "" in read_message(raw).body[0].lines  # the plain text's blank lines: its own reading
