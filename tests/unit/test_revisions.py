# ruff: noqa: E501  (one case a line reads best)
"""Versions of one form in one email: the newest is read first (issue 11, set s)."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.classify import classify_message
from parsers.fields import read_fields
from parsers.records import MessageInfo, PoliceTick
from parsers.revisions import newest_versions_first
from tests.builders.message_info import message_info, text_page


@pytest.mark.parametrize(
    ("older", "newer"),
    [
        ("Booking FORD v1.docx", "Booking FORD v2.docx"),
        ("ICPC_form_v2.pdf", "ICPC_form_v3.pdf"),
        ("RCPC KHAN original.docx", "RCPC KHAN revised.docx"),
        ("Notification 04-01-2027.pdf", "Notification AMENDED 06-01-2027.pdf"),
        ("Invite Patel 03.01.2027.docx", "Invite Patel 05.01.2027.docx"),
        ("booking-form-OLD.odt", "booking-form-updated.odt"),
        ("Conference request version 1.pdf", "Conference request version 2.pdf"),
    ],
)
def test_the_newer_version_of_one_form_comes_first(older: str, newer: str) -> None:
    pages = [text_page("body"), text_page(older), text_page(newer)]
    assert [p.location for p in newest_versions_first(pages)] == ["body", newer, older]


def test_a_pdfs_pages_move_together_and_keep_their_order() -> None:
    pages = [
        text_page("form v1.pdf p1"),
        text_page("form v1.pdf p2"),
        text_page("body"),
        text_page("form v2.pdf p1"),
        text_page("form v2.pdf p2"),
    ]
    assert [p.location for p in newest_versions_first(pages)] == [
        "form v2.pdf p1", "form v2.pdf p2", "body", "form v1.pdf p1", "form v1.pdf p2",
    ]  # fmt: skip


def test_papers_that_are_not_versions_of_one_keep_their_order() -> None:
    pages = [
        text_page("body"),
        text_page("Booking form.pdf p1"),
        text_page("Chronology v2.docx"),
        text_page("Minutes final.docx"),
    ]
    assert newest_versions_first(pages) == tuple(pages)


@given(
    st.lists(
        st.sampled_from(
            [
                "body",
                "a v1.docx",
                "a v2.docx",
                "b.pdf p1",
                "b.pdf p2",
                "a final.docx",
                "meeting request",
            ]
        ),
        max_size=8,
    )
)
def test_reordering_keeps_everytext_page(locations: list[str]) -> None:
    pages = [text_page(loc, str(i)) for i, loc in enumerate(locations)]
    assert sorted(newest_versions_first(pages), key=lambda p: p.text) == pages


_FORM = "Conference type\tInitial child protection conference\nDate of conference\t{day}\nTime\t{hour}\nPolice attendance required\t{attend}\nWritten report sufficient\t{report}"


def test_the_amended_forms_date_time_and_tick_are_read_not_the_originals() -> None:
    """Set s: an amended form attached after the original decided nothing; the original did."""
    original = _FORM.format(day="20/01/2027", hour="13:30", attend="☐", report="☒")
    amended = _FORM.format(day="22/01/2027", hour="10:00", attend="☒", report="☐")
    fields = read_fields(
        info=_msg("AMENDED: ICPC FORD"),
        pages=[text_page("body", "Please use the amended form."), text_page("ICPC FORD.pdf p1", original), text_page("ICPC FORD AMENDED.pdf p1", amended)],
    )  # fmt: skip
    assert (fields.date, fields.time, fields.police_tick) == (
        date(2027, 1, 22), time(10, 0), PoliceTick.REQUIRED,
    )  # fmt: skip


def test_brought_forward_moves_the_conference_to_the_date_after_it() -> None:
    body = "REVISED DATE: the review conference has been brought forward to Wednesday 20 January 2027 at 1pm (it was 3 February). The original form is attached."
    form = _FORM.format(day="03/02/2027", hour="10:00", attend="☐", report="☒")
    fields = read_fields(
        info=_msg("RCPC"), pages=[text_page("body", body), text_page("RCPC.docx", form)]
    )
    assert (fields.date, fields.time, fields.reschedules) == (date(2027, 1, 20), time(13, 0), True)


@pytest.mark.parametrize(
    ("body", "reschedules"),
    [
        ("The ICPC on Wednesday 16 December 2026 at 10:00 will now be held virtually on Teams. Date and time are unchanged.", False),
        ("The ICPC will now take place on Friday 18 December 2026 at 2pm.", True),
        ("Change of venue: the conference is now at Castle House.", False),
        ("Change of date: the conference is now on 18/12/2026.", True),
    ],
)  # fmt: skip
def test_a_new_venue_is_not_a_new_date(body: str, reschedules: bool) -> None:
    """POLICY.md: `rescheduled` — the email says the conference moved to a new date."""
    pages = [text_page("body", body)]
    assert classify_message(_msg("ICPC"), pages)[2] is reschedules


def _msg(subject: str = "ICPC") -> MessageInfo:
    return message_info(subject, sender="cp@kirklees.gov.uk")
