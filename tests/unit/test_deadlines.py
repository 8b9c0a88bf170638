"""Working-day deadlines (POLICY.md "Deadlines"; DOMAIN.md §4.4), with properties by hypothesis."""

from __future__ import annotations

import datetime as dt

import holidays
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.records import ConferenceKind
from tests.unit.test_triage_helpers import loaded
from triage.deadlines import deadlines
from triage.workdays import working_days

DAYS = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2029, 12, 31))
ENGLAND = holidays.country_holidays("GB", subdiv="ENG", years=range(2023, 2031))


def naive_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in ENGLAND


@given(conference=DAYS, n=st.integers(min_value=0, max_value=15))
@settings(max_examples=200, deadline=None)
def test_report_due_is_a_working_day_exactly_n_working_days_before(
    conference: dt.date, n: int
) -> None:
    due = working_days().back(conference, n)
    if n == 0:
        assert due == conference
        return
    assert due < conference
    assert naive_working_day(due)
    between = [due + dt.timedelta(days=i) for i in range(1, (conference - due).days)]
    assert sum(naive_working_day(d) for d in between) == n - 1


@given(received=DAYS, span=st.integers(min_value=-10, max_value=60))
@settings(max_examples=200, deadline=None)
def test_notice_agrees_with_a_naive_day_by_day_count(received: dt.date, span: int) -> None:
    conference = received + dt.timedelta(days=span)
    days = [received + dt.timedelta(days=i) for i in range(1, span + 1)]
    assert working_days().between(received, conference) == sum(map(naive_working_day, days))


def test_christmas_2026_bank_holidays_are_not_working_days() -> None:
    calendar = working_days()
    for day in (25, 26, 28):
        assert not calendar.is_working_day(dt.date(2026, 12, day))
    assert calendar.is_working_day(dt.date(2026, 12, 29))
    # conference Tue 29 Dec 2026, 3 working days back: Thu 24, Wed 23, Tue 22 Dec
    assert calendar.back(dt.date(2026, 12, 29), 3) == dt.date(2026, 12, 22)


def test_the_worked_examples_of_policy_md() -> None:
    calendar = working_days()
    assert calendar.back(dt.date(2026, 11, 26), 3) == dt.date(2026, 11, 23)  # Thu → Mon
    assert calendar.between(dt.date(2026, 11, 2), dt.date(2026, 11, 9)) == 5  # Mon → next Mon


def test_a_districts_closure_days_are_not_working_days() -> None:
    calendar = working_days([dt.date(2026, 12, 29)])
    assert calendar.back(dt.date(2026, 12, 30), 1) == dt.date(2026, 12, 24)


def test_leeds_review_needs_ten_working_days_and_wakefield_review_has_no_minimum() -> None:
    config, _ = loaded()
    received, conference = dt.date(2026, 11, 23), dt.date(2026, 12, 1)
    leeds = deadlines(
        policy=config.policies["leeds"], kind=ConferenceKind.REVIEW, conference=conference,
        received=received,
    )  # fmt: skip
    assert (leeds.notice_working_days, leeds.notice_ok) == (6, False)
    assert leeds.report_due == dt.date(2026, 11, 30)
    wakefield = deadlines(
        policy=config.policies["wakefield"], kind=ConferenceKind.REVIEW, conference=conference,
        received=received,
    )  # fmt: skip
    assert wakefield.notice_ok is None and wakefield.report_due == dt.date(2026, 11, 26)


def test_a_transfer_in_counts_as_initial_for_notice() -> None:
    config, _ = loaded()
    found = deadlines(
        policy=config.policies["wakefield"], kind=ConferenceKind.TRANSFER_IN,
        conference=dt.date(2026, 11, 27), received=dt.date(2026, 11, 23),
    )  # fmt: skip
    assert (found.notice_working_days, found.notice_ok) == (4, False)


def test_without_a_conference_date_there_are_no_deadlines() -> None:
    config, _ = loaded()
    found = deadlines(
        policy=config.policies["leeds"], kind=ConferenceKind.INITIAL, conference=None,
        received=dt.date(2026, 11, 23),
    )  # fmt: skip
    assert (found.report_due, found.notice_working_days, found.notice_ok) == (None, None, None)
