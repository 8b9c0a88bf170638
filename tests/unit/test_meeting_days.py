# ruff: noqa: E501  (one case a line reads best)
"""A week is no conference date: "w/c 18/01/2027" (issue 11, set r)."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.dates import meeting_days
from parsers.fields import read_fields
from parsers.records import MessageInfo
from tests.builders.message_info import message_info, text_page


def test_meeting_days_drops_the_first_day_of_a_week_and_keeps_the_others() -> None:
    text = "w/c 18/01/2027, probably Wed 20/01/2027; week beginning 25 January 2027"
    assert [d for d, _, _ in meeting_days(text)] == [date(2027, 1, 20)]


@pytest.mark.parametrize(
    "said",
    [
        "The review is due in the week commencing 18 January 2027; the date is to be arranged.",
        "RCPC - w/c 18/01/2027 (date TBC)",
        "Conference: wb 18.01.27, day to follow",
        "The conference will be held in the week beginning Monday 18th January 2027.",
    ],
)
def test_a_week_is_no_conference_date(said: str) -> None:
    """Set r: an advance notice for "the week commencing 18 January" was filed for the 18th,
    as report_only, instead of going to a person with no date."""
    fields = read_fields(info=_msg("Advance notice"), pages=[text_page("body", said)])
    assert fields.date is None


def test_a_day_after_a_week_is_still_read() -> None:
    said = "The ICPC for the week commencing 18 January has been arranged for Wednesday 20 January 2027 at 10am."
    fields = read_fields(info=_msg("ICPC"), pages=[text_page("body", said)])
    assert fields.date == date(2027, 1, 20)


def _msg(subject: str = "ICPC") -> MessageInfo:
    return message_info(subject, sender="isu@leeds.gov.uk")
