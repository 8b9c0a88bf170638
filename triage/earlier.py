"""Which attachments are the record of an earlier conference: what they tell is history.

A review's invitation pack often carries the minutes of the initial conference ("Minutes: Initial
Child Protection Conference, 17 September 2026"). The police protection or the arrest those
minutes record led to *that* conference: for the conference now being booked they are earlier
involvement of the unit (POLICY.md: "a historical police matter usually still shows
prior_unit_involvement"), not the reason for it (issue 11, set h: a review pack's minutes read as
police protection now). The minutes of a strategy discussion or meeting are not such a record:
they belong to the enquiry that led to this conference (set f). What is current is said by the
booking form, or in the minutes' own present tense ("remains on bail"), which `triage.context`
keeps current.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parsers.records import Page

#: How many of a document's first lines may hold its title (a marking and a council's name first).
_TITLE_LINES = 3
_MINUTES = re.compile(r"\bminutes\b", re.I)
_CONFERENCE = re.compile(r"\bconference\b", re.I)
_STRATEGY = re.compile(r"\bstrategy\b", re.I)


def earlier_conference_records(pages: Iterable[Page]) -> frozenset[str]:
    """The documents (`Page.document`) whose title names them the minutes of a conference."""
    found: set[str] = set()
    for page in pages:
        if page.is_body or page.number not in (None, 1):
            continue
        title = [line for line in page.lines if line.strip()][:_TITLE_LINES]
        if any(_is_minutes_title(line) for line in title):
            found.add(page.document)
    return frozenset(found)


def _is_minutes_title(line: str) -> bool:
    return bool(_MINUTES.search(line) and _CONFERENCE.search(line) and not _STRATEGY.search(line))
