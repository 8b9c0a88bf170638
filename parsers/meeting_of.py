"""Which meeting a labelled date belongs to, by the title it sits under.

Why: minutes of a strategy discussion that also book the conference (issue 11, set k layout
55) open with the discussion's own record — "STRATEGY DISCUSSION – RECORD OF MEETING" and a
"Date/time" field under it — and give the conference in a row further down ("Book ICPC –
booked: Thursday 17/12/2026 at 10:00"). Read as the conference's, the discussion's date made
the conference ten days early and the report deadline already passed.

How: a field's label that names no meeting ("Date", "Date/time") is the date of the meeting
its nearest title names. A title is a short line of words with no value on it (no date, no
TAB, no colon; not a sentence). When that title names another meeting (a strategy discussion or
meeting, a core group, a professionals' meeting) and no conference, the date is that meeting's.
A label or a title that names the conference ("ICPC", "Conference details") keeps the date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_CONFERENCE = re.compile(r"\b(?:conference|ICPC|RCPC|ICPCC|CPRC|CPCC|CPPM|CPC)\b", re.I)
_OTHER_MEETING = re.compile(
    r"\b(?:strategy\s+(?:discussion|meeting)s?|core\s+group|professionals'?\s+meeting)\b", re.I
)
#: How far up a title is looked for (a record's header block is a dozen lines).
_REACH = 30
_TITLE_MAX = 90


def other_meetings_date(lines: Sequence[str], line: int, label: str) -> bool:
    """Whether the date labelled `label` on `lines[line]` (a page's logical lines) is
    another meeting's."""
    if _CONFERENCE.search(label) or _OTHER_MEETING.search(label):
        return bool(_OTHER_MEETING.search(label)) and not _CONFERENCE.search(label)
    for above in reversed(lines[max(0, line - _REACH) : line]):
        if not _is_title(above):
            continue
        if _CONFERENCE.search(above):
            return False
        if _OTHER_MEETING.search(above):
            return True
    return False


def _is_title(line: str) -> bool:
    text = line.strip()
    return (
        0 < len(text) <= _TITLE_MAX
        and not re.search(r"[\t:]|\d[/.]\d", text)
        and not text.endswith((".", "?", ","))
    )
