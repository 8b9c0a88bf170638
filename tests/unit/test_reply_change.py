"""A reply that moves or corrects the conference it quotes, and a meeting request that revises
or cancels one sent before (issue 11, set l: layouts 58 and 60).

The replies are put under the reply headers of the mail programs councils use (Apple Mail,
Gmail, Outlook desktop and web, Outlook for Android, Thunderbird, Samsung): what the reply says
must win over the quoted booking whatever the header looks like."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.calendar_part import CANCELLED_LINE, UPDATED_LINE, calendar_lines
from parsers.calendar_part import LOCATION as MEETING_REQUEST
from parsers.classify import classify_message
from parsers.fields import read_fields
from parsers.records import Mailbox, MessageInfo, MessageKind, Page
from parsers.reply_change import reply_date

_SENT = datetime(2026, 12, 17, 18, 52, tzinfo=UTC)

_HEADERS = {
    "apple": "On 14 Dec 2026, at 11:02, Claire Hepworth <claire.hepworth@wakefield.gov.uk> wrote:",
    "gmail": "On Mon, 14 Dec 2026, 11:02 Claire Hepworth <claire.hepworth@wakefield.gov.uk> wrote:",
    "outlook": "From: Claire Hepworth <claire.hepworth@wakefield.gov.uk>\nSent: Monday, "
    "December 14, 2026 11:02 AM\nTo: CPPU Conferences\nSubject: ICPC PEARSON",
    "outlook web": "________________________________\nFrom: Claire Hepworth\nSent: 14 December "
    "2026 11:02\nTo: CPPU Conferences\nSubject: ICPC PEARSON",
    "thunderbird": "-------- Original Message --------\nSubject: ICPC PEARSON\nDate: "
    "14/12/2026 11:02\nFrom: Claire Hepworth <claire.hepworth@wakefield.gov.uk>",
    "samsung": "-------- Original message --------\nFrom: Claire Hepworth <claire.hepworth@"
    "wakefield.gov.uk>\nDate: 14/12/2026 11:02 (GMT+00:00)\nSubject: ICPC PEARSON",
    "yahoo": "On Monday, 14 December 2026, 11:02:33 GMT, Claire Hepworth <claire.hepworth@"
    "wakefield.gov.uk> wrote:",
    "apple long": "On 14 Dec 2026, at 11:02, Claire Hepworth-Lindley <claire.hepworth-lindley@"
    "wakefield.gov.uk> wrote:",
    "gmail wrapped": "On Mon, 14 Dec 2026 at 11:02, Claire Hepworth <\n"
    "claire.hepworth@wakefield.gov.uk> wrote:",
}
_BOOKING = (
    "Good morning\n\nICPC for Isla Pearson (DOB 30/08/2013) booked for Tuesday 22nd December "
    "at 10am, Wakefield One Room 5.\nParents Michelle and Anthony Pearson.\nThanks\nClaire"
)


def _quoted(text: str) -> str:
    return "\n".join(">" + (" " + line if line else "") for line in text.split("\n"))


def _reply(top: str, header: str, *, quote_marks: bool = True) -> str:
    below = _quoted(_BOOKING) if quote_marks else _BOOKING
    return f"{top}\n\nSent from my iPhone\n\n{header}\n\n{below}\n"


def _info(subject: str = "Re: ICPC PEARSON - Tues 22/12 10am") -> MessageInfo:
    return MessageInfo(
        message_id="<m@x>", sender=Mailbox("claire.hepworth@wakefield.gov.uk", None), to=(),
        subject=subject, date_header=_SENT, received_at=_SENT, authentication_results=(),
    )  # fmt: skip


def _body(text: str) -> list[Page]:
    return [Page("body", tuple(text.split("\n")))]


_MOVES = "Hi - chair off sick so conf now WEDS 23rd at 1pm instead, same venue. Sorry"


@pytest.mark.parametrize("style", sorted(_HEADERS))
@pytest.mark.parametrize("quote_marks", [True, False])
def test_a_reply_that_moves_the_conference_sets_its_date_and_time_over_the_quoted_booking(
    style: str, quote_marks: bool
) -> None:
    text = _reply(_MOVES, _HEADERS[style], quote_marks=quote_marks)
    fields = read_fields(info=_info(), pages=_body(text))
    assert (fields.date, fields.time) == (date(2026, 12, 23), time(13, 0))
    assert fields.previous_date == date(2026, 12, 22)  # the quoted booking's: moved from
    assert fields.reschedules
    assert fields.message_kind is MessageKind.RESCHEDULE


def test_a_reply_that_corrects_the_date_names_the_wrong_one_and_keeps_the_quoted_time() -> None:
    top = "Sorry wrong date on the form below!! Its WEDS 23rd not Tues 22nd. Time as below"
    text = _reply(top, _HEADERS["apple"])
    assert reply_date([text], reference=_SENT.date()) is not None
    fields = read_fields(info=_info(), pages=_body(text))
    assert (fields.date, fields.time) == (date(2026, 12, 23), time(10, 0))
    assert fields.previous_date == date(2026, 12, 22)


@pytest.mark.parametrize(
    "top",
    [
        "Update - Mr Pearson was arrested on Wed 23rd and is on bail. Can police attend?",
        "I can't do Weds 23rd, sorry - is there another date?",
        "Weds 23rd not possible for me, will send the report.",
        "Report attached. Isla's brother (DOB 23/12/2015) is now also named.",
        "Thanks, noted.",
        "Could we do WEDS 23rd at 1pm instead? The chair is off sick.",
    ],
)
def test_a_date_the_reply_does_not_give_the_meeting_changes_nothing(top: str) -> None:
    text = _reply(top, _HEADERS["outlook"])
    assert reply_date([text], reference=_SENT.date()) is None
    fields = read_fields(info=_info(), pages=_body(text))
    assert fields.date == date(2026, 12, 22)
    assert not fields.reschedules


def test_a_date_below_the_quote_header_is_not_the_replys() -> None:
    text = f"Thanks\n\n{_HEADERS['gmail']}\n\n> conf now WEDS 23rd at 1pm instead\n"
    assert reply_date([text], reference=_SENT.date()) is None


@given(st.text(max_size=400))
def test_reading_a_reply_never_raises(text: str) -> None:
    found = reply_date([text, text + "\n\n> quoted"], reference=_SENT.date())
    assert found is None or isinstance(found.day, date)


_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\n"
    "DTSTART;TZID=Europe/London:20270121T100000\r\nSEQUENCE:{sequence}\r\nSTATUS:{status}\r\n"
    "SUMMARY:ICPC METCALFE\r\nDESCRIPTION:** MOVED from Tue 19 Jan 2pm to Thu 21 Jan 10am (chair "
    "unavaila\r\n ble) **\\n\\nInitial CPC\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _request(method: str = "REQUEST", sequence: int = 0, status: str = "CONFIRMED") -> Page:
    data = _ICS.format(method=method, sequence=sequence, status=status).encode()
    return Page(MEETING_REQUEST, calendar_lines(data))


def test_an_updated_request_moves_the_meeting_from_the_date_its_description_names() -> None:
    pages = [Page("body", ("This event has been changed.",)), _request(sequence=2)]
    assert UPDATED_LINE in pages[1].lines
    kind, cancels, reschedules, previous = classify_message(_info("ICPC METCALFE"), pages)
    assert (kind, cancels, reschedules, previous) == (
        MessageKind.RESCHEDULE, False, True, date(2027, 1, 19),
    )  # fmt: skip


def test_a_first_meeting_request_is_an_invitation() -> None:
    pages = [Page("body", ("Invitation from Google Calendar",)), _request(sequence=0)]
    assert UPDATED_LINE not in pages[1].lines
    pages[1] = Page(MEETING_REQUEST, tuple(x for x in pages[1].lines if "MOVED" not in x))
    assert classify_message(_info("ICPC METCALFE"), pages)[0] is MessageKind.INVITATION


@pytest.mark.parametrize(
    ("method", "status"),
    [("CANCEL", "CANCELLED"), ("CANCEL", "CONFIRMED"), ("REQUEST", "CANCELLED")],
)
def test_a_cancelling_meeting_request_cancels_whatever_the_subject_says(
    method: str, status: str
) -> None:
    request = _request(method=method, sequence=1, status=status)
    assert CANCELLED_LINE in request.lines and UPDATED_LINE not in request.lines
    pages = [Page("body", ("ICPC METCALFE",)), request]
    kind, cancels, reschedules, _ = classify_message(_info("ICPC METCALFE"), pages)
    assert (kind, cancels, reschedules) == (MessageKind.CANCELLATION, True, False)


@pytest.mark.parametrize(
    ("top", "hour"),
    [
        ("Hi, conf now at 1pm, same day and venue.", time(13, 0)),
        ("ICPC now 14:30 - room changed too", time(14, 30)),
        ("We now have 3 children on the plan, details to follow.", time(10, 0)),
    ],
)
def test_a_reply_that_moves_only_the_time_keeps_the_quoted_day(top: str, hour: time) -> None:
    fields = read_fields(info=_info(), pages=_body(_reply(top, _HEADERS["samsung"])))
    assert (fields.date, fields.time) == (date(2026, 12, 22), hour)


@given(st.binary(max_size=600), st.integers(min_value=-3, max_value=10**6))
def test_a_calendar_part_of_any_bytes_gives_lines_or_none_and_never_raises(
    junk: bytes, sequence: int
) -> None:
    assert isinstance(calendar_lines(junk), tuple)
    ics = _ICS.format(method="REQUEST", sequence=sequence, status="CONFIRMED").encode()
    lines = calendar_lines(ics + junk)
    assert isinstance(lines, tuple)
    if lines and sequence > 0:
        assert UPDATED_LINE in lines
