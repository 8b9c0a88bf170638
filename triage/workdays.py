"""The one working-day calendar (POLICY.md "Deadlines"; DOMAIN.md §4.4; issue 14 item 5).

A working day is Monday-Friday that is not a bank holiday of England (`holidays`' GB/ENG
calendar; West Yorkshire is in England) nor one of the district's closure days (its policy
file's `closure_days`). Triage counts notice and report deadlines with it, the desk counts the
days left before a report is due with it, and the digest finds the next working day and its
sending days with it: three copies used to drift, and the desk's ignored closure days.

Dates are the Europe/London calendar days the caller gives (`parsers.records.LONDON`);
nothing here reads a clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays

_DAY = timedelta(days=1)


@dataclass(frozen=True)
class WorkingDays:
    """England's working days, less `closures` (one district's closure days)."""

    closures: frozenset[date] = frozenset()

    def is_working_day(self, day: date) -> bool:
        if day.weekday() >= 5 or day in self.closures:
            return False
        return day not in _bank_holidays(day.year)

    def back(self, day: date, count: int) -> date:
        """`day` moved back `count` working days (conference Thursday, 3 → Monday)."""
        moved, remaining = day, count
        while remaining > 0:
            moved -= _DAY
            remaining -= self.is_working_day(moved)
        return moved

    def after(self, day: date, count: int) -> date:
        """The `count`-th working day after `day` (`count` 0 → `day` itself)."""
        moved, remaining = day, count
        while remaining > 0:
            moved += _DAY
            remaining -= self.is_working_day(moved)
        return moved

    def between(self, after: date, until: date) -> int:
        """Working days after `after`, up to and including `until` (0 if `until` <= `after`)."""
        days, day = 0, after + _DAY
        while day <= until:
            days += self.is_working_day(day)
            day += _DAY
        return days

    def left(self, today: date, due: date) -> int:
        """Working days from `today` until `due`: 0 when due today, negative when overdue."""
        return self.between(today, due) if due >= today else -self.between(due, today)


#: No closure days: the calendar of a place with no district (the digest's sending days).
ENGLAND = WorkingDays()


@cache
def _bank_holidays(year: int) -> frozenset[date]:
    """England's bank holidays in `year`, built once per process: building `holidays`'
    calendar took about a tenth of the triage's time when it was built per email."""
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def working_days(closures: Iterable[date] = ()) -> WorkingDays:
    return WorkingDays(frozenset(closures))


def district_calendar(closures: Mapping[str, Iterable[date]], district: str | None) -> WorkingDays:
    """The calendar of `district` from the policies' closure days (`TriageConfig.closures`);
    a district without a policy (or none found) has England's working days."""
    return working_days(closures.get(district or "", ()))
