"""A meeting request's `text/calendar` part (RFC 5545) → the lines of a page.

Issue 11: councils send conference invitations as Outlook meeting requests, and the date and
time may be given only in the calendar part (`DTSTART;TZID=Europe/London:20261215T100000`). The
part is read with `icalendar` (a well-kept parser of the format, time zones included) and
rendered in the one text shape every reader shares (`parsers.records`): labelled lines the field
reader reads like any form ("Date of meeting<TAB>15/12/2026", "Start time<TAB>10:00",
"Venue<TAB>…"), then the event's description line by line. Outlook repeats the description
as the body, but a calendar invitation sent as an `invite.ics` attachment beside a one-line
body carries the whole booking only there (issue 11, set l: five invitations whose reason, tick
box and family were only in the description answered `report_only`); read twice, the same
text gives the same fields and criteria, so it is always read.

What the request does to a meeting already sent is said on a line of its own that the message
classifier reads (`CANCELLED_LINE`, `UPDATED_LINE`): `METHOD:CANCEL` or an event's
`STATUS:CANCELLED` cancels it (RFC 5545 §3.8.1.11, RFC 5546 §3.2.5); a request whose event has a
`SEQUENCE` above 0 is a revision of one sent before, and RFC 5546 §2.1.4 has the organiser raise
the sequence for changes that "jeopardize the validity of the participation status" of the
attendees — "changing the location or start time" — so an updated request moves the meeting
(issue 11, set l: an `invite.ics` with `SEQUENCE:2` and a one-line body was read as a new
invitation; sets a and h label every SEQUENCE above 0 the same way).

A calendar that cannot be read gives no lines, never an exception: a meeting request is data.
"""

from __future__ import annotations

import datetime as dt

from parsers.records import CELL, LONDON

#: A calendar part larger than this is no meeting request (Outlook's are a few kB).
MAX_CALENDAR_BYTES = 512 * 1024
_MAX_EVENTS = 5
_MAX_LINES = 2000
#: Where a meeting request's lines are read from: a page of the message itself, like its body.
LOCATION = "meeting request"
#: The line that says the request cancels the meeting (read by `parsers.classify`).
CANCELLED_LINE = "Meeting request: this meeting has been cancelled"
#: The line that says the request revises a meeting sent before: a new time or place.
UPDATED_LINE = "Meeting request: this meeting has been updated"


def calendar_lines(data: bytes) -> tuple[str, ...]:
    """The request's method, start, place and title as labelled lines; () when unreadable."""
    if not data or len(data) > MAX_CALENDAR_BYTES:
        return ()
    # icalendar (6 MB, 0.08 s) at a process's first meeting request, as openpyxl at its
    # first workbook: most mail has none, and the fork server, its workers and the `triage`
    # command each held it (issue 11: the batch's memory)
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(data.decode("utf-8", errors="replace"))
    except Exception:  # icalendar raises ValueError and others on malformed input
        return ()
    lines: list[str] = []
    method = str(calendar.get("METHOD", "")).upper()
    events = calendar.walk("VEVENT")[:_MAX_EVENTS]
    if method == "CANCEL" or any(_status(e) == "CANCELLED" for e in events):
        lines.append(CANCELLED_LINE)
    elif method in ("REQUEST", "") and any(_sequence(e) > 0 for e in events):
        lines.append(UPDATED_LINE)  # a PUBLISH or a REPLY revises no invitation
    for event in events:
        lines.extend(_event_lines(event))
    return tuple(lines)


def _status(event: object) -> str:
    get = getattr(event, "get", None)
    return str(get("STATUS", "") or "").strip().upper() if get is not None else ""


def _sequence(event: object) -> int:
    """The event's SEQUENCE (RFC 5545 §3.8.7.4), 0 when absent or not a number."""
    get = getattr(event, "get", None)
    value = get("SEQUENCE", 0) if get is not None else 0
    try:
        return int(str(value).strip() or 0)
    except ValueError:
        return 0


def _event_lines(event: object) -> list[str]:
    lines: list[str] = []
    get = getattr(event, "get", None)
    if get is None:
        return lines
    summary = str(get("SUMMARY", "") or "").strip()
    if summary:
        lines.append(f"Meeting request{CELL}{summary}")
    start = get("DTSTART")
    moment = getattr(start, "dt", None)
    if isinstance(moment, dt.datetime):
        local = moment.astimezone(LONDON) if moment.tzinfo else moment
        lines.append(f"Date of meeting{CELL}{local:%d/%m/%Y}")
        lines.append(f"Start time{CELL}{local:%H:%M}")
    elif isinstance(moment, dt.date):
        lines.append(f"Date of meeting{CELL}{moment:%d/%m/%Y}")
    location = str(get("LOCATION", "") or "").strip()
    if location:
        lines.append(f"Venue{CELL}{location}")
    description = str(get("DESCRIPTION", "") or "")
    lines.extend(line.rstrip() for line in description.replace("\r\n", "\n").split("\n"))
    while lines and not lines[-1].strip():
        lines.pop()
    return lines[:_MAX_LINES]
