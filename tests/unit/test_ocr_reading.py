# ruff: noqa: E501  (one case a line reads best)
"""The field reader's copy of an OCR'd page (`parsers.ocr_reading`): an OCR engine's commonest
slips undone — and nothing else, and never on a typed page (issue 11, set l layout 56)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.fields import read_fields
from parsers.ocr_reading import ocr_reading, reading
from parsers.records import Mailbox, MessageInfo, Page


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Datc of conference: Friday 18 December 2026", "Date of conference: Friday 18 December 2026"),
        ("Timc: 1.30pm", "Time: 1.30pm"),
        ("Chi1d(ren)", "Child(ren)"),
        ("Kee1ey Haigh 08.08.2016", "Keeley Haigh 08.08.2016"),
        ("Tyler Haigh 19,03.2014", "Tyler Haigh 19.03.2014"),
        ("0skar NOWAK 09/09/2013", "Oskar NOWAK 09/09/2013"),
        ("Magdalena N0WAK - mother", "Magdalena NOWAK - mother"),
        ("Gcmma Haigh - Mum", "Gemma Haigh - Mum"),
        ("Maisic-Rose KETTLEWELL", "Maisie-Rose KETTLEWELL"),
        ("Unbom baby 0DUYA", "Unborn baby ODUYA"),
        ("Writtcn report sufficient", "Written report sufficient"),
        ("Catcgory requested: Sexua1 abuse", "Category requested: Sexual abuse"),
    ],
)  # fmt: skip
def test_an_ocr_engines_slips_are_undone(read: str, meant: str) -> None:
    assert reading(read) == meant


@pytest.mark.parametrize(
    "kept",
    [
        "CareDirector ID: CD741188, ref CP01, s47 on the 1st at 10am",
        "Wakefield WF1 2EB and Leeds LS1 0AB",
        "Marc and Cecil met at the Civic Centre",  # known words and names stay
        "Time: 10:00, date 05/01/2027",
        "Zbigniew Kowalczyk",  # unknown, and no confusion makes a known word of it
    ],
)
def test_numbers_references_postcodes_and_known_words_are_left_alone(kept: str) -> None:
    assert reading(kept) == kept


def test_a_typed_page_is_read_as_it_is() -> None:
    page = Page(location="form.pdf p1", lines=("Datc: 1 Dec",))
    assert ocr_reading(page) is page
    assert ocr_reading(Page(location="scan.pdf p1", lines=("Datc: 1 Dec",), ocr=True)).lines == (
        "Date: 1 Dec",
    )


@given(st.text(max_size=80))
def test_reading_any_line_never_fails_and_keeps_its_digits_of_two_or_more(line: str) -> None:
    """OCR text is untrusted: any line reads; a number of two digits or more is never changed."""
    out = reading(line)
    assert all(run in out for run in re.findall(r"\d{2,}", line))


def _info(moment: datetime) -> MessageInfo:
    return MessageInfo(
        message_id="<m@x>", sender=Mailbox("scan-to-email@kirklees.gov.uk", None), to=(),
        subject='Message from "KMBT_C458"', date_header=moment, received_at=moment,
        authentication_results=(),
    )  # fmt: skip


NOTICE = (
    "Scanned from: KMBT_C458 Civic Centre 3 Floor 2",
    "Date: 08/12/2026 08:47",
    "Pages: 1",
)


def test_a_scan_notices_time_stamp_is_not_the_conference() -> None:
    """Before: the scan-to-email notice's "Date: 08/12/2026 08:47" was read as the
    conference, on the day the email came, at 08:47."""
    fields = read_fields(
        info=_info(datetime(2026, 12, 8, 8, 55, tzinfo=UTC)),
        pages=[Page(location="body", lines=NOTICE)],
    )
    assert fields.date is None
    assert fields.time is None


def test_the_ocr_pages_label_is_read_over_the_notices_stamp() -> None:
    form = Page(
        location="scan.pdf p1",
        lines=("CHILD PROTECTION CONFERENCE - BOOKING FORM", "Conference: ICPC",
               "Datc of conference: Friday 18 December 2026", "Timc: 1.30pm"),
        number=1, ocr=True,
    )  # fmt: skip
    fields = read_fields(
        info=_info(datetime(2026, 12, 8, 8, 55, tzinfo=UTC)),
        pages=[Page(location="body", lines=NOTICE), form],
    )
    assert (fields.date, fields.time) == (date(2026, 12, 18), time(13, 30))


def test_a_meeting_later_the_same_day_is_still_a_meeting() -> None:
    fields = read_fields(
        info=_info(datetime(2026, 12, 8, 8, 55, tzinfo=UTC)),
        pages=[Page(location="body", lines=("Date of conference: 08/12/2026 14:00",))],
    )
    assert (fields.date, fields.time) == (date(2026, 12, 8), time(14, 0))
