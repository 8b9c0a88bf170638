"""The date a reply gives the conference of the message it quotes.

A short reply top-posted over a booking ("Sent from my iPhone" above "On … wrote:" and the
booking quoted below) may move or correct the conference in a few words: "chair off sick so conf
now WEDS 23rd at 1pm instead", "Its THURS 21st not Thurs 14th", "the correct date is 21/01". The
newest message of a thread decides (`parsers.labels.reply_above_quote`); the quoted booking's
date is the old one (issue 11, set l: the quoted booking's date was read and the reply's lost).

A date in the reply counts only when the reply says it replaces another: a word of change right
before it ("now", "moved to", "changed to", "correct date is", "should be"), "instead" after it
in the same sentence, or "not" / "instead of" / "rather than" and the date it replaces right
after it. Any other date in a reply (an arrest, a birth, a report due) changes nothing here, nor
does a question ("could we do Thurs 21st instead?" proposes; the council's answer decides).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time

from parsers.dates import find_dates, parse_time
from parsers.labels import reply_above_quote


@dataclass(frozen=True, slots=True)
class ReplyDate:
    """The conference's date (and time, when the reply gives one) as a reply sets it."""

    day: date
    hour: time | None
    replaced: date | None  # the date the reply says it replaces, when it names one


#: A word of change right before the date: "now", "moved to", "correct date is", "should read".
_CHANGE_BEFORE = re.compile(
    r"(?:\bnow|\b(?:moved|changed|re-?scheduled|re-?arranged|re-?booked|postponed|"
    r"brought\s+forward|put\s+back|pushed\s+back)\s+(?:to|until|for)|"
    r"\b(?:new|correct|right|actual|revised)\s+date\s*(?:is|will\s+be|should\s+be|:|-)?|"
    r"\bshould\s+(?:be|read|say|have\s+(?:been|said|read))|\bactually|\bin\s+fact)"
    r"\W*(?:(?:on|for|to)\s+)?(?:the\s+)?$",
    re.I,
)
_WEEKDAY_END = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$", re.I)
#: "instead" later in the date's sentence: "conf now WEDS 23rd at 1pm instead".
_INSTEAD_AFTER = re.compile(r"^[^.!?\n]{0,40}?\binstead\b(?!\s+of)", re.I)
#: The date replaced, right after the new one: "21st not Thurs 14th", "21/01 instead of 14/01".
_REPLACES = re.compile(
    r"^\W{0,3}(?:(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hrs)?\W{0,3})?"
    r"(?:and\s+|but\s+)?(?:not|instead\s+of|rather\s+than)\s+(?:the\s+)?",
    re.I,
)
#: The rest of a sentence that is a question.
_ASKED = re.compile(r"[^.!?\n]*\?")
#: A day named after "not": "the 14th", "Thursday", "tomorrow" ("21st not possible" is no date).
_A_DAY = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)\b|(?:mon|tue|wed|thu|fri)[a-z]*\b|today\b|tomorrow\b)", re.I
)
#: Words before a date that make it someone's birth or another event, not the meeting.
_NOT_MEETING = re.compile(
    r"\b(?:DOB|D\.O\.B|born|birth|EDD|EDC|due\s+date|arrested|charged)\b", re.I
)
_TIME_AFTER = re.compile(
    r"^\W{0,3}(?:at|@|from|starting\s+at)?\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs)|"
    r"\d{1,2}[.:]\d{2}|noon|midday)",
    re.I,
)


def reply_date(texts: Iterable[str], *, reference: date | None) -> ReplyDate | None:
    """The date the first reply among `texts` (message bodies) sets, else None."""
    for text in texts:
        newest = reply_above_quote(text)
        if newest:
            found = _set_in(newest, reference)
            if found is not None:
                return found
    return None


def _set_in(newest: str, reference: date | None) -> ReplyDate | None:
    dates = find_dates(newest, reference=reference)
    for index, (day, start, end) in enumerate(dates):
        before = newest[max(0, start - 60) : start]
        if _NOT_MEETING.search(before[-30:]):
            continue
        after = newest[end : end + 80]
        if _ASKED.match(newest, end):
            continue  # "Could we do Thurs 21st instead?" asks; it moves nothing
        replaces, replaced = _replaces(after, dates[index + 1 :], end)
        changed = (
            replaces
            or _CHANGE_BEFORE.search(_WEEKDAY_END.sub("", before)) is not None
            or _INSTEAD_AFTER.match(after) is not None
        )
        if changed and replaced != day:
            return ReplyDate(day, _hour(after), replaced)
    return None


def _replaces(after: str, later: list[tuple[date, int, int]], end: int) -> tuple[bool, date | None]:
    """Whether "not" / "instead of" and a day follow the new date, and that day when it reads
    as a date ("21st not Thurs 14th"; "21st, not the 14th" names a day without its month)."""
    cue = _REPLACES.match(after)
    if cue is None:
        return False, None
    if later and later[0][1] - end == cue.end():
        return True, later[0][0]
    return _A_DAY.match(after, cue.end()) is not None, None


def _hour(after: str) -> time | None:
    found = _TIME_AFTER.match(after)
    return parse_time(found.group(1)) if found else None
