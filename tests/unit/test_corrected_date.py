# ruff: noqa: E501  (one case a line reads best)
"""A covering note that says the attached form's date is wrong gives the date (issue 11, set B:
the form's date was read)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from parsers.fields import read_fields
from parsers.records import Mailbox, MessageInfo, Page

_SENT = datetime(2027, 1, 4, 9, 30, tzinfo=UTC)
_FORM = (
    "CHILD PROTECTION CONFERENCE BOOKING FORM",
    "Conference type\tInitial child protection conference",
    "Date\tMonday 18 January 2027",
    "Time\t10:00",
    "Venue\tCastleford Library",
)


def _info() -> MessageInfo:
    return MessageInfo(
        message_id="<m@x>", sender=Mailbox("sru@wakefield.gov.uk", None), to=(),
        subject="ICPC booking", date_header=_SENT, received_at=_SENT, authentication_results=(),
    )  # fmt: skip


def _read(note: str) -> tuple[date | None, time | None]:
    pages = [Page("body", tuple(note.split("\n"))), Page("form.pdf p1", _FORM)]
    fields = read_fields(info=_info(), pages=pages)
    return fields.date, fields.time


@pytest.mark.parametrize(
    "note",
    [
        "Apologies - there is a typo on the form. The meeting will be on Thursday 21 January 2027 at 1.30pm.",
        "Please note the date on the booking form is incorrect: it should read 21/01/2027, 13:30.",
    ],
)
def test_the_date_the_covering_note_corrects_the_form_to_is_the_date(note: str) -> None:
    assert _read(note) == (date(2027, 1, 21), time(13, 30))


def test_a_note_that_calls_something_else_wrong_leaves_the_form_s_date() -> None:
    note = "Mum says she did nothing wrong. On 12/12/2026 she left the children alone."
    assert _read(note) == (date(2027, 1, 18), time(10, 0))


def test_a_wrong_mailbox_is_no_wrong_date() -> None:
    note = "Apologies that this booking is late - it went to the wrong mailbox on 20 January."
    assert _read(note) == (date(2027, 1, 18), time(10, 0))
