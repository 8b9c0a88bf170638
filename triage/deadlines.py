"""Working-day deadlines (POLICY.md "Deadlines"; DOMAIN.md §4.4).

A working day is Monday-Friday that is not a bank holiday of England (`holidays`' GB/ENG
calendar; West Yorkshire is in England) nor one of the district's extra closure days. Dates are
the Europe/London calendar days the caller gives; nothing here reads a clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays

from parsers.records import ConferenceKind
from triage.config import Policy
from triage.records import Deadlines

_DAY = timedelta(days=1)
_MAX_SPAN_DAYS = 3 * 366  # a date further apart than this is a misread, not a deadline


@dataclass(frozen=True)
class WorkingDays:
    """England's working days, less `closures`."""

    closures: frozenset[date] = frozenset()

    def is_working_day(self, day: date) -> bool:
        if day.weekday() >= 5 or day in self.closures:
            return False
        return day not in _bank_holidays(day.year)

    def back(self, day: date, count: int) -> date:
        """`day` moved back `count` working days (conference Thursday, 3 → Monday)."""
        moved = day
        remaining = count
        while remaining > 0:
            moved -= _DAY
            if self.is_working_day(moved):
                remaining -= 1
        return moved

    def between(self, after: date, until: date) -> int:
        """Working days after `after`, up to and including `until` (0 if `until` <= `after`)."""
        days = 0
        day = after + _DAY
        while day <= until:
            days += self.is_working_day(day)
            day += _DAY
        return days


@cache
def _bank_holidays(year: int) -> frozenset[date]:
    """England's bank holidays in `year`, built once per process: building `holidays`'
    calendar took about a tenth of the triage's time when it was built per email."""
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def working_days(closures: Iterable[date] = ()) -> WorkingDays:
    return WorkingDays(frozenset(closures))


def deadlines(
    *, policy: Policy, kind: ConferenceKind | None, conference: date | None, received: date | None
) -> Deadlines:
    """Report due date, notice counted and whether it met the district's minimum."""
    calendar = working_days(policy.closure_days)
    report_days = policy.deadlines.report_working_days
    minimum = _minimum_notice(policy, kind)
    if conference is None:
        return Deadlines(None, None, None, minimum, report_days)
    report_due = calendar.back(conference, report_days)
    if received is None or abs((conference - received).days) > _MAX_SPAN_DAYS:
        return Deadlines(report_due, None, None, minimum, report_days)
    notice = calendar.between(received, conference)
    notice_ok = None if minimum is None else notice >= minimum
    return Deadlines(report_due, notice, notice_ok, minimum, report_days)


def _minimum_notice(policy: Policy, kind: ConferenceKind | None) -> int | None:
    """Transfer-in counts as initial (POLICY.md); pre-birth follows its own kind."""
    if kind is None:
        return None
    minimum = policy.deadlines.minimum_notice
    return minimum.get("review") if kind is ConferenceKind.REVIEW else minimum.get("initial")
