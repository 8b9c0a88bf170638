"""UK date and time wordings as councils write them (DOMAIN.md §4.1 "Dates")."""

from __future__ import annotations

import random
from datetime import date, datetime, time

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def uk_date(day: date, style: int) -> str:
    """One of several full-year wordings: 12/03/2026, 12.03.26, 12th March 2026, …"""
    forms = (
        f"{day:%d/%m/%Y}",
        f"{day:%d.%m.%y}",
        f"{ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}",
        f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}",
        f"{DAYS[day.weekday()]} {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}",
        f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}",
        f"{DAYS[day.weekday()][:3]} {day:%d/%m/%Y}",
    )
    return forms[style % len(forms)]


def uk_time(moment: time, style: int) -> str:
    """10am, 10.00am, 2pm, 14:30, 10:00 AM, 9.30 am."""
    hour12 = moment.hour % 12 or 12
    half = "am" if moment.hour < 12 else "pm"
    minutes = f"{moment.minute:02d}"
    forms = (
        f"{hour12}{half}" if moment.minute == 0 else f"{hour12}.{minutes}{half}",
        f"{hour12}.{minutes}{half}",
        f"{moment:%H:%M}",
        f"{hour12}:{minutes} {half.upper()}",
        f"{hour12}.{minutes} {half}",
        f"{moment:%H:%M} hrs",
    )
    return forms[style % len(forms)]


def spoken(moment: datetime, style: int) -> str:
    """ "Thursday 12 March at 10am" — no year, as cover notes often say."""
    day = moment.date()
    at = uk_time(moment.time(), style)
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} at {at}"


def styles(rng: random.Random) -> tuple[int, int]:
    return rng.randrange(7), rng.randrange(6)
