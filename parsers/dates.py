"""UK dates and times in free text: always day first, never US month first.

Booking forms and covering emails write dates every way a person can ("14/03/2026",
"14.3.26", "Tues 14th March", "March 14th 2026", ISO) and times as "10.00am", "10:00 hrs",
"2pm", "noon" (DOMAIN.md §4.1 "Practical notes": UK formats, never MM/DD, two-digit years
appear). Everything here is pure: the year of a date written without one comes from the
`reference` date the caller passes (the day the email was sent), never from the clock.

Choices:
- A two-digit year under 50 is 20xx (conferences, children's births), from 50 on 19xx (an
  adult's "d.o.b. 22.10.97").
- A date written without a year is the next one on or after `reference` less a week (an
  invitation can arrive a day or two after the meeting it moves); when a weekday is given and
  disagrees, a later year where it agrees is preferred.
- A time written without am/pm whose hour is 1-7 is afternoon: conferences are held in
  working hours, and "2.30" on a booking form means 14:30.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = (
    r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MONTH_WORD = re.compile(_MONTH_NAMES.format(g="mon"), re.IGNORECASE)


def month_number(word: str) -> int | None:
    """1-12 for a month's name or its abbreviation ("August", "Aug", "Sept"), else None."""
    found = _MONTH_WORD.fullmatch(word)
    return MONTHS[found["mon"].lower()[:3]] if found else None


_WEEKDAY = r"(?:\b(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:the\s+)?)?"
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ORD = r"(?:st|nd|rd|th)?"

_NUMERIC = re.compile(
    r"(?<![\d/.\-])(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*"
    r"(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)"
)
#: "Mon 21/12", "Tues 22.12": a day and month without a year, read only after a weekday (a bare
#: "21/12" may be a score or a fraction; with the weekday it is a date in a hurried note).
_WEEKDAY_NUMERIC = re.compile(
    r"\b(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?P<d>\d{1,2})\s*[/.]\s*(?P<m>\d{1,2})"
    r"(?!\s*[/.]\s*\d|\d)",
    re.IGNORECASE,
)
#: "13/1 2pm-ish", "21/12 at 10:00": a day and month without a year, read only when a time of
#: day follows it (issue 11, set u: a hurried note's conference on "13/1 2pm-ish"); with the time
#: it is an appointment, not a score or a fraction. A slash only: "10.10 - 11.00" is two times.
_NUMERIC_TIMED = re.compile(
    r"(?<![\d/.\-:£$])(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?!\s*[/.]\s*\d|\d)"
    r"(?=,?\s*(?:at|@|from|-|–)?\s*(?:\d{1,2}\s*[:.]\s*\d{2}(?!\d)|\d{1,2}\s*[ap]\.?\s?m\b))",
    re.IGNORECASE,
)
#: "Thurs 10th", "on Tuesday the 15th": a weekday and an ordinal day, no month — a hurried
#: note's date (issue 11, set d). Read only when the weekday agrees with the day in a month
#: soon after the email; the ordinal is required ("Mon 10" may be anything).
_WEEKDAY_ORDINAL = re.compile(
    r"\b(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?!\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
    re.IGNORECASE,
)
#: How many months after the email a weekday-and-day date is looked for.
_ORDINAL_MONTHS = 3
#: A "." before the year is a number's ("1.2017-06-15"), not a word's: "b.2017-06-15" is a
#: birth date (set s, layout 94).
_ISO = re.compile(r"(?<![\d/\-])(?<!\d\.)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d\-])")
_DAY_MONTH = re.compile(
    _WEEKDAY
    + r"(?<![\d:.])(?P<d>\d{1,2})"
    + _ORD
    + r"(?:\s+of)?[\s\-]+"
    + _MONTH_NAMES.format(g="mon")
    # two digits after the month are a year ("14 Dec 26"), never an hour said after it ("Fri
    # 29th Jan, 10 o'clock", "…, 10 am": issue 11, set B read it as 2010)
    + r"(?:,?[\s\-]+(?P<y>\d{4}|\d{2}(?![\d:.]\d)(?!\s*(?:o['’]?\s*clock|[ap]\.?m\b|hrs\b))))?"
    + r"(?![\w:])",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    _WEEKDAY + r"\b" + _MONTH_NAMES.format(g="mon") + r"\s+(?P<d>\d{1,2})(?P<ord>st|nd|rd|th)?"
    r"(?:,?\s+(?P<y>\d{4}))?(?![\w:./])",
    re.IGNORECASE,
)

_TIME_CLOCK = re.compile(
    r"(?<![\d/.:\-£$])(?P<h>\d{1,2})\s*[:.]\s*(?P<m>\d{2})(?![\d]|[./]\d)"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?))?",
    re.IGNORECASE,
)
_TIME_HOUR = re.compile(
    r"(?<![\d/.:\-£$])(?P<h>\d{1,2})\s*(?P<ampm>[ap]\.?\s?m\b\.?)", re.IGNORECASE
)
_TIME_HRS = re.compile(
    r"(?<![\d/.:\-])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:hrs|hours|h)\b", re.I
)
_NOON = re.compile(r"\b(?:12\s+)?(?:noon|midday)\b", re.IGNORECASE)
_HOUR_WORDS = {
    word: number
    for number, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve"),
        start=1,
    )
}  # fmt: skip
_HOUR = r"(?P<h>\d{1,2}|" + "|".join(_HOUR_WORDS) + r")"
#: Times in words: "11 o'clock", "half past one", "quarter past ten", "quarter to two".
_TIME_SPOKEN = re.compile(
    r"\b(?:(?P<past>half|quarter(?=\s+past))\s+(?:past\s+)?"  # "half 10": half past ten
    + _HOUR
    + r"|(?P<to>quarter)\s+to\s+"
    + _HOUR.replace("?P<h>", "?P<h2>")
    + r"|"
    + _HOUR.replace("?P<h>", "?P<h3>")
    + r"\s*o['’]?\s?clock)\b(?:\s*(?:in\s+the\s+)?(?P<part>morning|afternoon|am|pm))?",
    re.IGNORECASE,
)


def find_dates(text: str, *, reference: date | None = None) -> list[tuple[date, int, int]]:
    """Every valid date in `text` with its (start, end) span, in order of position.

    Spans never overlap; where two styles match the same words the earlier, longer one wins.
    Dates without a year are found only when `reference` is given.
    """
    found: list[tuple[date, int, int]] = []
    for pattern in (_NUMERIC, _ISO, _DAY_MONTH, _MONTH_DAY, _WEEKDAY_NUMERIC, _NUMERIC_TIMED):
        for match in pattern.finditer(text):
            value = _date_from(match, reference=reference)
            if value is not None:
                found.append((value, match.start(), match.end()))
    if reference is not None:
        for match in _WEEKDAY_ORDINAL.finditer(text):
            value = _weekday_day(match, reference=reference)
            if value is not None:
                found.append((value, match.start(), match.end()))
    found.sort(key=lambda item: (item[1], -item[2]))
    kept: list[tuple[date, int, int]] = []
    for item in found:
        if not kept or item[1] >= kept[-1][2]:
            kept.append(item)
    return kept


#: "w/c 18/01/2027", "week commencing 18 January", "wb 11.1.27": the first day of a week in which
#: a meeting is still to be fixed, not the day of one (issue 11, set r: an advance notice "due in
#: the week commencing 18 January 2027 … date and time still to be arranged" filed for the 18th).
_WEEK_OF = re.compile(
    r"(?:\bw\s?/\s?[cb]|\bw[cb]|\bweek\s+(?:commencing|beginning|starting|of))[\s.:,]*$",
    re.IGNORECASE,
)


def meeting_days(text: str, *, reference: date | None = None) -> list[tuple[date, int, int]]:
    """`find_dates` without the dates that begin a week ("w/c 18/01/2027"): the days a meeting
    can be on."""
    days: list[tuple[date, int, int]] = []
    for found in find_dates(text, reference=reference):
        if not _WEEK_OF.search(text[max(0, found[1] - 25) : found[1]]):
            days.append(found)
        elif (day := _day_of_week(found[0], text[found[2] : found[2] + 30])) is not None:
            days.append((day, found[1], found[2]))
    return days


#: A weekday named just after a week's first day: "w/c 18 January - Wednesday" (set B).
_DAY_AFTER_WEEK = re.compile(
    r"^[\s,:;()\-–—]*(?:on\s+(?:the\s+)?)?(?P<wd>mon|tue|wed|thu|fri)[a-z]*\b", re.I
)


def _day_of_week(start: date, after: str) -> date | None:
    """The day a week's first day and the weekday named after it give: "w/c 18 January (Wed)"
    is 20 January; None when no weekday follows or it is not in that week."""
    named = _DAY_AFTER_WEEK.match(after)
    if named is None:
        return None
    offset = _WEEKDAYS.index(named["wd"].lower()[:3]) - start.weekday()
    return start + timedelta(days=offset) if 0 <= offset <= 6 else None


def parse_date(text: str, *, reference: date | None = None) -> date | None:
    """The first date written in `text`, or None (an impossible date such as 31/02 is None)."""
    dates = find_dates(text, reference=reference)
    return dates[0][0] if dates else None


def parse_time(text: str) -> time | None:
    """The first time of day written in `text` ("10am-12pm" gives 10:00), or None — unless
    another is named as the start: "9.30 for a 10 o'clock start", "arrivals from 9.30,
    conference starts 10.00" are 10:00 (issue 11, set B: the arrival time read)."""
    candidates: list[tuple[int, int, time]] = []
    for pattern in (_TIME_CLOCK, _TIME_HOUR, _TIME_HRS, _TIME_AFTER_DATE):
        for match in pattern.finditer(text):
            value = _time_from(match)
            if value is not None:
                candidates.append((match.start("h"), match.end(), value))
    noon = _NOON.search(text)
    if noon:
        candidates.append((noon.start(), noon.end(), time(12, 0)))
    for spoken in _TIME_SPOKEN.finditer(text):
        if (value := _spoken_time(spoken)) is not None:
            candidates.append((spoken.start(), spoken.end(), value))
    candidates.sort(key=lambda item: item[0])
    started = [
        value
        for start, end, value in candidates
        if _START_BEFORE.search(text[:start]) or _START_AFTER.match(text[end:])
    ]
    if started:
        return started[0]
    return candidates[0][2] if candidates else None


#: A time named as the start: "starts 10.00", "start time: 10:00", "… for a 10 o'clock start".
_START_BEFORE = re.compile(
    r"\b(?:start(?:s|ing)?|commenc(?:es|ing))(?:\s+(?:at|time|from))?\s*[:\-–]?\s*$", re.I
)
_START_AFTER = re.compile(r"\s*(?:o['’]?\s?clock\s+)?start\b", re.I)
#: Four figures after a date and a comma are the hour in 24-hour time: "6 January 2027, 1400".
_TIME_AFTER_DATE = re.compile(
    r"(?:\b(?:19|20)\d\d|\b[A-Za-z]{3,9}),\s*(?!(?:19|20)\d\d)(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)"
    r"(?![\d:./])"
)


def _date_from(match: re.Match[str], *, reference: date | None) -> date | None:
    groups = match.groupdict()
    month = MONTHS.get(groups["mon"].lower()[:3]) if groups.get("mon") else int(groups["m"])
    if month is None:
        return None
    day = int(groups["d"])
    if groups.get("y"):
        year = int(groups["y"])
        if year < 100:  # "d.o.b. 22.10.97" is 1997; "14.12.26" is 2026
            year += 2000 if year < _CENTURY_PIVOT else 1900
        return _valid(year, month, day)
    if "ord" in groups and not groups.get("ord") and not groups.get("wd"):
        return None  # "Mar 26" alone is too weak to read as a day
    if reference is None:
        return None
    return _yearless(day, month, weekday=groups.get("wd"), reference=reference)


#: A two-digit year from this one on is of the last century: an adult's date of birth.
_CENTURY_PIVOT = 50


def _yearless(day: int, month: int, *, weekday: str | None, reference: date) -> date | None:
    earliest = reference - timedelta(days=7)
    options = [
        d for y in range(reference.year - 1, reference.year + 3) if (d := _valid(y, month, day))
    ]
    upcoming = [d for d in options if d >= earliest]
    if weekday:
        wanted = _WEEKDAYS.index(weekday.lower()[:3])
        agreeing = [d for d in upcoming if d.weekday() == wanted]
        if agreeing:
            return agreeing[0]
    return upcoming[0] if upcoming else None


def _weekday_day(match: re.Match[str], *, reference: date) -> date | None:
    """The first day numbered `d` from a week before `reference` whose weekday agrees."""
    wanted = _WEEKDAYS.index(match["wd"].lower()[:3])
    earliest = reference - timedelta(days=7)
    for ahead in range(_ORDINAL_MONTHS + 1):
        month_index = earliest.month - 1 + ahead
        day = _valid(earliest.year + month_index // 12, month_index % 12 + 1, int(match["d"]))
        if day is not None and day >= earliest and day.weekday() == wanted:
            return day
    return None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def spoken_time(text: str) -> time | None:
    """The first time given in words in `text` ("11 o'clock", "half past one"), or None."""
    found = _TIME_SPOKEN.search(text)
    return _spoken_time(found) if found else None


def _spoken_time(match: re.Match[str]) -> time | None:
    """A time in words; hours 1-7 without a part of day are afternoon, as on forms."""
    raw = match["h"] or match["h2"] or match["h3"]
    hour = int(raw) if raw.isdigit() else _HOUR_WORDS[raw.lower()]
    if not 1 <= hour <= 12:
        return None
    minute = 30 if match["past"] and match["past"].lower() == "half" else 0
    if match["past"] and match["past"].lower() == "quarter":
        minute = 15
    if match["to"]:
        hour, minute = hour - 1 or 12, 45
    part = (match["part"] or "").lower()
    if part in ("afternoon", "pm") or (not part and 1 <= hour <= 7):
        hour = hour % 12 + 12
    elif part in ("morning", "am") and hour == 12:
        hour = 0
    return time(hour, minute)


def _time_from(match: re.Match[str]) -> time | None:
    groups = match.groupdict()
    hour = int(groups["h"])
    minute = int(groups.get("m") or 0)
    ampm = (groups.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if minute > 59:
        return None
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif hour > 23:
        return None
    elif 1 <= hour <= 7 and match.re is _TIME_CLOCK:
        hour += 12  # working hours: "2.30" on a form is 14:30 (module docstring)
    return time(hour, minute)
