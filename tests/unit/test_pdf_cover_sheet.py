"""A cover sheet before the booking form (issue 11, set o layout 75: a pack whose first page
says what follows): the form's fields are still read from page 2, and the cover sheet's own
"Date", "Time" and subject line do not stand in for the conference's. Pages drawn here with
reportlab; every wording is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import parse_email
from parsers.records import BookingFields, ConferenceKind, PoliceTick
from tests.builders import mail_builder as mail
from tests.builders.geometry_builder import Box, Item, page_pdf, spaced, words

COVERS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("To", "CPPU conferences inbox"), ("Date", "22/02/2027"), ("Time", "16:05"), ("Pages", "2")),
    (("Sent", "22/02/2027 16:05"), ("Re", "Review conference - Ferriby"), ("Pages", "2")),
    (("Date printed", "22/02/2027"), ("Case", "Ferriby, Tyler (child) 05/05/2019")),
)


def _page(heading: str, rows: tuple[tuple[str, str], ...], *, top: float = 780.0) -> list[Item]:
    items: list[Item] = [*spaced(50, top, heading)]
    y = top
    for label, value in rows:
        y -= 20
        items += words(50, y, label) + words(200, y, value)
    return items


def _form() -> list[Item]:
    items = _page(
        "BOOKING FORM",
        (
            ("Type", "ICPC"),
            ("Date", "10/03/2027"),
            ("Time", "11.30am"),
            ("Venue", "Calder House, room 6"),
            ("Child", "Tyler Ferriby 05/05/2019"),
            ("Mother", "Leanne Ferriby"),
        ),
    )
    items += words(50, 620, "Reason for conference", font="Helvetica-Bold")
    items += words(50, 604, "Tyler was found alone at home overnight after his mother went out.")
    items += words(50, 570, "Police involvement (one box)", font="Helvetica-Bold")
    items += [Box(50, 551, "outline"), *words(66, 552, "Attendance requested")]
    items += [Box(50, 533, "filled"), *words(66, 534, "Written report only")]
    return items


def _fields(cover: tuple[tuple[str, str], ...]) -> BookingFields:
    pdf = page_pdf([_page("SECURE TRANSMISSION", cover), _form()])
    raw = mail.plain(
        "Papers attached.",
        attachments=[("conference papers.pdf", pdf, "application/pdf")],
        sender="Conference Team <conferences@calderdale.gov.uk>",
        subject="Conference paperwork",
    )
    return parse_email(raw).fields


@pytest.mark.parametrize("cover", COVERS)
def test_the_form_after_a_cover_sheet_gives_the_conference_fields(
    cover: tuple[tuple[str, str], ...],
) -> None:
    fields = _fields(cover)
    assert fields.kind is ConferenceKind.INITIAL
    assert fields.date == dt.date(2027, 3, 10)
    assert fields.time == dt.time(11, 30)
    assert fields.venue == "Calder House, room 6"
    assert [p.name for p in fields.children] == ["Tyler Ferriby"]
    assert fields.police_tick is PoliceTick.REPORT_SUFFICIENT
