"""Working-day arithmetic for the labels, written apart from the triage's own.

POLICY.md "Deadlines": working days are Monday to Friday less the bank holidays of England
(the `holidays` package, subdivision ENG); the day received is in Europe/London.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import holidays


@cache
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=[year]).keys())


def is_working_day(day: date) -> bool:
    """Monday–Friday and not a bank holiday in England."""
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def working_days_before(day: date, count: int) -> date:
    """`day` moved back `count` working days (conference Thursday, 3 → Monday)."""
    current = day
    left = count
    while left > 0:
        current -= timedelta(days=1)
        if is_working_day(current):
            left -= 1
    return current


def working_days_after(day: date, count: int) -> date:
    """The `count`-th working day after `day`."""
    current = day
    left = count
    while left > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            left -= 1
    return current


def working_days_between(received: date, conference: date) -> int:
    """Working days after `received`, up to and including `conference` (POLICY.md)."""
    count = 0
    current = received + timedelta(days=1)
    while current <= conference:
        count += is_working_day(current)
        current += timedelta(days=1)
    return count
