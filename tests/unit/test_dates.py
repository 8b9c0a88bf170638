# ruff: noqa: E501  (table rows of test cases read best one case per line)
"""UK dates and times: day first always, two-digit years in 20xx, impossible dates refused."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.dates import find_dates, meeting_days, parse_date, parse_time

REF = date(2026, 11, 23)  # a Monday

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


STYLES = {
    "slash": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "dots_short": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    "dash_unpadded": lambda d: f"{d.day}-{d.month}-{d.year}",
    "ordinal_long": lambda d: f"{_ordinal(d.day)} {MONTH_NAMES[d.month - 1]} {d.year}",
    "short_month": lambda d: f"{d.day} {MONTH_NAMES[d.month - 1][:3]} {d.year % 100:02d}",
    "month_first": lambda d: f"{MONTH_NAMES[d.month - 1]} {_ordinal(d.day)} {d.year}",
    "iso": lambda d: d.isoformat(),
    "weekday_long": lambda d: f"{WEEKDAYS[d.weekday()]} {_ordinal(d.day)} of {MONTH_NAMES[d.month - 1]} {d.year}",
}  # fmt: skip


@pytest.mark.parametrize("style", sorted(STYLES))
@given(day=st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)))
def test_a_date_written_in_any_supported_style_reads_back(style: str, day: date) -> None:
    """Two-digit years: 50–99 are 19xx (an adult's birth), 00–49 are 20xx."""
    assert parse_date(STYLES[style](day)) == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ICPC is booked for Mon 21/12 at 2.30pm", date(2026, 12, 21)),
     ("Tues 22.12 at 10.00am, Batley Town Hall", date(2026, 12, 22)),
     ("Mum - Chantelle Shaw, d.o.b. 22.10.97", date(1997, 10, 22)),
     ("the score was 21/12", None),
     ("chasing the report for the Hirst ICPC on Thurs 10th", date(2026, 12, 10)),  # set d
     ("ICPC on Tuesday the 5th, Batley", date(2027, 1, 5)),
     ("on Mon 10th (the weekday agrees with no day 10 soon)", None),
     # set u: a day and month with a time after them is an appointment
     ("RCPC for darcy lockwood 13/1 2pm-ish - chair is in another conf", date(2027, 1, 13)),
     ("conf moved to 21/12 at 10:00", date(2026, 12, 21)),
     ("time 10.10 - 11.00", None),
     ("scored 3/4 in the test", None)],
)  # fmt: skip
def test_a_hurried_note_s_dates(text: str, expected: date | None) -> None:
    """Issue 11 (set e): "Mon 21/12" — a day and month after a weekday — is a date."""
    assert parse_date(text, reference=date(2026, 12, 10)) == expected


@given(day=st.dates(min_value=REF, max_value=date(2027, 11, 15)))
def test_a_date_without_a_year_is_the_next_one_after_the_email(day: date) -> None:
    text = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"
    assert parse_date(text, reference=REF) == day


@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_a_date_inside_a_sentence_is_found_with_its_span(day: date) -> None:
    written = STYLES["slash"](day)
    text = f"The conference is on {written} at 10am."
    assert find_dates(text) == [(day, 21, 21 + len(written))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/03/2026", date(2026, 3, 12)),
        ("12.03.26", date(2026, 3, 12)),
        ("12-3-2026", date(2026, 3, 12)),
        ("12th March 2026", date(2026, 3, 12)),
        ("12 Mar 26", date(2026, 3, 12)),
        ("March 12th 2026", date(2026, 3, 12)),
        ("December 3, 2026", date(2026, 12, 3)),
        ("2026-03-12", date(2026, 3, 12)),
        ("Thursday 3rd December 2026 at 10.00am", date(2026, 12, 3)),
        ("Tues 14.3.26", date(2026, 3, 14)),
        ("05/04/2026", date(2026, 4, 5)),  # 5 April, never 4 May
        ("on the 1st of June 2027", date(2027, 6, 1)),
    ],
)
def test_uk_dates_read_day_first(text: str, expected: date) -> None:
    assert parse_date(text, reference=REF) == expected


@pytest.mark.parametrize("text", ["31/02/2026", "12/13/2026", "00/01/2026", "30 February 2026", "no date here", "10:30", "0113 3768234"])  # fmt: skip
def test_impossible_or_absent_dates_are_none(text: str) -> None:
    assert parse_date(text, reference=REF) is None


def test_a_us_style_date_is_never_read_month_first() -> None:
    assert parse_date("03/25/2026") is None


def test_a_yearless_date_whose_weekday_disagrees_this_year_takes_the_year_it_agrees() -> None:
    # 3 December 2026 is a Thursday; "Friday 3 December" is next true in 2027.
    assert parse_date("Friday 3 December", reference=REF) == date(2027, 12, 3)


def test_a_yearless_date_a_few_days_before_the_email_stays_this_year() -> None:
    assert parse_date("20 November", reference=REF) == date(2026, 11, 20)


def test_a_yearless_date_without_a_reference_is_not_guessed() -> None:
    assert parse_date("Thursday 3 December") is None


def test_several_dates_are_found_in_order() -> None:
    text = "DOB 11/11/2023, conference 10.12.26, completed 24 November 2026"
    assert [d for d, _, _ in find_dates(text)] == [
        date(2023, 11, 11),
        date(2026, 12, 10),
        date(2026, 11, 24),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:00", time(10, 0)), ("10.00am", time(10, 0)), ("10am", time(10, 0)),
        ("2pm", time(14, 0)), ("2.30 pm", time(14, 30)), ("14:30", time(14, 30)),
        ("10:00 hrs", time(10, 0)), ("15:00hrs", time(15, 0)), ("1430hrs", time(14, 30)),
        ("10:00 AM", time(10, 0)), ("noon", time(12, 0)), ("midday", time(12, 0)),
        ("10am-12pm", time(10, 0)), ("9.30 am", time(9, 30)), ("12pm", time(12, 0)),
        ("1.30p.m.", time(13, 30)), ("2.30", time(14, 30)), ("at 11.30 am (Teams)", time(11, 30)),
    ],
)  # fmt: skip
def test_uk_times_read(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["10.12.26", "12/03/2026", "25:00", "13pm", "no time", "10:75"])
def test_dates_and_impossible_times_are_not_times(text: str) -> None:
    assert parse_time(text) is None


@given(hour=st.integers(0, 23), minute=st.integers(0, 59))
def test_a_24_hour_time_reads_back(hour: int, minute: int) -> None:
    if 1 <= hour <= 7:
        return  # afternoon rule: a bare "2.30" is 14:30 (module docstring)
    assert parse_time(f"{hour:02d}:{minute:02d}") == time(hour, minute)


@given(hour=st.integers(1, 12), minute=st.integers(0, 59), pm=st.booleans())
def test_a_12_hour_time_reads_back(hour: int, minute: int, pm: bool) -> None:
    expected = time(hour % 12 + (12 if pm else 0), minute)
    assert parse_time(f"{hour}.{minute:02d}{'pm' if pm else 'am'}") == expected


@given(st.text(max_size=200))
def test_any_text_gives_a_date_or_none_and_never_raises(text: str) -> None:
    result = parse_date(text, reference=REF)
    assert result is None or isinstance(result, date)
    assert parse_time(text) is None or isinstance(parse_time(text), time)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("booked mon 11th jan half 10 at Thoresby House", time(10, 30)),
     ("half 2 in the hub", time(14, 30)),
     ("half an hour before", None),
     ("during half term", None),
     ("quarter 10", None)],
)  # fmt: skip
def test_half_an_hour_said_the_british_way(text: str, expected: time | None) -> None:
    """Issue 11, set u: "half 10" is half past ten."""
    from parsers.dates import spoken_time

    assert spoken_time(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Mon 8th Feb, 11 o'clock", "Mon 8 Feb, 11 o’clock start", "Monday 8th February, 11 am"],
)
def test_an_hour_after_a_yearless_day_is_no_year(text: str) -> None:
    """Issue 11, set B: "Fri 29th Jan, 10 o'clock" was read as 29 January 2010."""
    assert parse_date(text, reference=date(2026, 12, 1)) == date(2027, 2, 8)
    assert parse_time(text) == time(11, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mon 8th Feb, coffee from 1.15 for a half past one start", time(13, 30)),
        ("Tuesday 9 February - doors open 9.45, meeting starts 10.15", time(10, 15)),
        ("Friday 12 February 2027, 1530", time(15, 30)),
        # a year after the month is no hour; a time before any start is the time
        ("Monday 2nd March, 2020 at 10.00", time(10, 0)),
        ("11.00 - 12.30, Room 4", time(11, 0)),
    ],
)
def test_the_time_named_as_the_start_is_the_time(text: str, expected: time) -> None:
    """Issue 11, set B: "9.30 for a 10 o'clock start" read as 9.30; "…, 1400" read as none."""
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("w/c 8 February - Thursday, 2pm", date(2027, 2, 11)),
        ("Week commencing 08/02/2027 (Tues)", date(2027, 2, 9)),
        ("wb 8 Feb 2027, on the Friday", date(2027, 2, 12)),
    ],
)
def test_a_week_and_the_weekday_named_after_it_are_the_meeting_day(
    text: str, expected: date
) -> None:
    """Issue 11, set B: "w/c 18 January - Wednesday" was no day (a week is no date)."""
    assert [found for found, _, _ in meeting_days(text, reference=date(2027, 1, 4))] == [expected]


def test_a_week_alone_is_still_no_meeting_day() -> None:
    assert meeting_days("w/c 8 February 2027", reference=date(2027, 1, 4)) == []
