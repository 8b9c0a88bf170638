"""Turning labelled values into the conference's fields: kind, date, time, venue, names.

The field reader (`parsers.fields`) finds every value after a label; this module checks each
value has the field's shape (a date for a date label, a name for the chair…) and chooses the
first good one in the reader's order (specific labels, booking-form pages and attachments
first). Where the form is silent, the covering email's sentence is read ("arranged for
Thursday 3rd December 2026 at 10.00am (Wakefield One …)"), then the subject line.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import TypeVar

from parsers import classify
from parsers.box_labels import chosen_text, marked_labels
from parsers.dates import meeting_days, parse_time, spoken_time
from parsers.district import district_from_address, district_from_content
from parsers.harm_inferred import harm_described
from parsers.harm_prose import harm_in_prose
from parsers.label_meaning import field_by_meaning
from parsers.labels import (
    CATEGORY,
    DATE,
    HARM_WORDS,
    KIND,
    QUOTE_MARK,
    TICK_MARKS,
    TIME,
    VENUE,
    logical_lines,
    reply_above_quote,
)
from parsers.meeting_of import other_meetings_date
from parsers.records import ConferenceKind, MessageInfo, Page, Person
from parsers.reply_change import reply_date

T = TypeVar("T")

_CUE = re.compile(
    r"\b(?:arranged|booked|scheduled|rescheduled|re-arranged|moved|postponed|take\s+place|"
    r"be\s+held|conference|meeting|ICPC|RCPC|CPRC|CPC|TICPC|ICPCC|CPPM|new\s+date)\b",
    re.I,
)
_NOT_CONFERENCE = re.compile(
    r"\b(?:DOB|D\.O\.B|born|(?<!pre-)(?<!pre )birth|completed|strategy|dated|sent|received|"
    r"EDD|from|originally|previously|was\s+due)\b",
    re.I,
)
_TIME_TOKEN = re.compile(
    r"^\s*[,\-–]?\s*(?:(?:starting|commencing|beginning)\s+)?(?:at|from|@|commencing|starting)?\s*"
    r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs)?"
    r"|noon|midday)(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs)?)?",
    re.I,
)
_CATEGORY_IN_PROSE = re.compile(
    r"(?<!☐ )\bcategor(?:y|ies)\b[^.\n☐]{0,25}?\b(?:neglect|emotional|physical|sexual)\b"
    r"(?:\s+(?:abuse|harm))?(?:\s*(?:,|and|&|/)\s*(?:neglect|emotional|physical|sexual)\b)*",
    re.I,
)
_HARM_ITEM = re.compile(r"^(neglect|physical|sexual|emotional)(?:\s+(?:abuse|harm))?\W*$", re.I)
_HARM_START = re.compile(r"^\W*(neglect|physical|sexual|emotional)\b(?:\s+(?:abuse|harm))?", re.I)
_HARM_NAME = re.compile(r"neglect|physical|sexual|emotional", re.I)
_HARM_MORE = re.compile(
    r"(?:\s*(?:,|&|/|\band\b)\s*(?:neglect|physical|sexual|emotional)\b(?:\s+(?:abuse|harm))?)*",
    re.I,
)
_NAME_CUT = re.compile(r"\s*(?:\(|,|;|\s[-–|]\s|\t|\bTel\b|\bEmail\b|\S+@\S+|\d)", re.I)
_NO_VALUE = frozenset({"tbc", "n/a", "na", "to be confirmed", "none", "unknown", "-", "tba"})


@dataclass(frozen=True, slots=True)
class Labelled:
    """One value found after a label: where, and how firmly it is attached."""

    field: str
    label: str
    value: str
    page: int
    line: int
    weak: bool
    spaced: bool  # label and value separated by a space only (flattened PDF)


def guard(read: Callable[[], T], default: T) -> T:
    """`read()`, or `default` if reading failed: one bad field must not lose the others."""
    try:
        return read()
    except Exception:
        return default


def sent_day(info: MessageInfo) -> date | None:
    moment = info.received_at or info.date_header
    return moment.date() if moment else None


def page_rank(page: Page) -> int:
    """0 a booking-form attachment, 1 a booking form in the body, 2 other attachments, 3 bodies."""
    body = page.is_body
    form = looks_like_form(page)
    return (0 if form else 2) + (1 if body else 0)


@lru_cache(maxsize=64)
def looks_like_form(page: Page) -> bool:
    """`classify.looks_like_booking_form`, once per page: the fields ask it of each page twice."""
    return classify.looks_like_booking_form(page)


def first(
    ordered: Sequence[Labelled], field: str, convert: Callable[[Labelled], T | None]
) -> T | None:
    for candidate in ordered:
        if candidate.field == field:
            value = convert(candidate)
            if value is not None:
                return value
    return None


def date_value(sent: date | None) -> Callable[[Labelled], date | None]:
    def convert(c: Labelled) -> date | None:
        found = meeting_days(c.value, reference=sent)
        if not found or ((c.spaced or c.weak) and found[0][1] > 15):
            return None
        return found[0][0]

    return convert


def time_value(c: Labelled) -> time | None:
    if c.spaced and not re.match(r"^\W*(?:\d|noon|midday)", c.value, re.I):
        return None
    return parse_time(_OCR_CLOCK_COMMA.sub(r"\1.\2", c.value))


#: "10,00am" under a time label: a scan's full stop read as a comma by OCR (issue 11, set e).
#: Only a labelled time's value is read so; in prose "10,00" could be anything.
_OCR_CLOCK_COMMA = re.compile(r"(?<![\d,.])(\d{1,2}),(\d{2})(?![\d,])")


def name_value(c: Labelled) -> str | None:
    line = c.value.split("\n")[0].strip()
    cut = _NAME_CUT.search(line)
    name = (line[: cut.start()] if cut else line).strip(" .:")
    words = name.split()
    if (
        not name
        or name.casefold() in _NO_VALUE
        or len(name) > 60
        or not re.search(r"[A-Za-z]", name)
    ):
        return None
    if c.spaced and not (2 <= len(words) <= 5 and all(w[:1].isupper() for w in words)):
        return None
    return name


#: Digit groups closed by "#": a code typed on a phone's keypad (a meeting's dial-in "Conference
#: ID: 909 751 883#"), never a case reference (set m, layout 64's Teams join block).
_DIAL_IN = re.compile(r"^[\d\s]+#\s*$")


def reference_value(c: Labelled) -> str | None:
    if _DIAL_IN.match(c.value):
        return None
    for token in c.value.split():
        token = token.strip(".,;:()[]")
        if re.search(r"\d", token) and 3 <= len(token) <= 30:
            return token
    return None


def reason_value(c: Labelled) -> str | None:
    value = _before_police_options(c.value).strip()
    return value if value and value.casefold() not in _NO_VALUE else None


_POLICE = re.compile(r"\bpolice\b", re.I)


def _before_police_options(value: str) -> str:
    """The reason without the police question a form prints after its reason box: its
    options' line (tick boxes naming the police) and that question's heading just before
    it ("5. West Yorkshire Police (tick one)": a short line, not a sentence). With the box
    left blank, the question was read as the reason, and a form whose answers were not read
    passed for one that gave its reason (issue 11, set s layout 91)."""
    lines = value.split("\n")
    for i, line in enumerate(lines):
        if TICK_MARKS.search(line) and _POLICE.search(line):
            kept = lines[:i]
            if kept and _POLICE.search(kept[-1]) and len(kept[-1].split()) <= 8:
                kept = kept[:-1] if not kept[-1].rstrip().endswith(".") else kept
            return "\n".join(kept)
    return value


def venue_value(c: Labelled) -> str | None:
    value = c.value.split("\n")[0].strip()
    if (c.spaced and c.weak) or not 2 <= len(value) <= 200 or value.casefold() in _NO_VALUE:
        return None
    return value


def kind(
    info: MessageInfo, pages: Sequence[Page], ordered: Sequence[Labelled]
) -> ConferenceKind | None:
    """The form's kind, else the subject's, else the first the text names (body first)."""
    labelled = first(ordered, KIND, lambda c: classify.conference_kind(chosen_text(c.value)))
    if labelled is not None:
        return labelled
    from_subject = classify.conference_kind(info.subject or "")
    if from_subject is not None:
        return from_subject
    for page in sorted(pages, key=lambda p: not p.is_body):
        found = classify.conference_kind(page.text)
        if found is not None:
            return found
    return None


def pre_birth(
    info: MessageInfo,
    pages: Sequence[Page],
    ordered: Sequence[Labelled],
    children: Sequence[Person],
) -> bool:
    kinds = [chosen_text(c.value) for c in ordered if c.field == KIND]
    if any(classify.is_pre_birth(text) for text in [*kinds, info.subject or ""]):
        return True
    if any(child.expected for child in children):
        return True
    return any(
        _PRE_BIRTH_WORD.search(line) and _PRE_BIRTH_WORD.search(chosen_text(line))
        for p in pages
        for line in p.lines
    )  # the cheap search first: only a line that names it is read for its chosen option


_PRE_BIRTH_WORD = re.compile(r"\bpre[\s\-]?birth\b|\bunborn\b", re.I)


def harm_categories(pages: Sequence[Page], ordered: Sequence[Labelled]) -> tuple[str, ...]:
    """Categories from the category label, ticked category boxes, else the reason's opening."""
    found: set[str] = set()
    for c in ordered:
        if c.field == CATEGORY:
            found |= _categories_in(c.value)
            if found:
                break
    for page in pages:  # a column of the children's table: one category for each child
        found |= _category_column(logical_lines(page))
    for page in pages:
        for line in logical_lines(page):
            if TICK_MARKS.search(line):
                found |= {
                    HARM_WORDS[m.group(1).lower()]
                    for marked, text in marked_labels(line)
                    if marked and (m := _HARM_ITEM.match(text))
                }
    if not found:  # "…a plan under the category of emotional abuse", "Category: neglect"
        found |= {
            HARM_WORDS[word.lower()]
            for page in pages
            for match in _CATEGORY_IN_PROSE.finditer(page.text)
            for word in re.findall(r"neglect|physical|sexual|emotional", match.group(0), re.I)
        }
    if not found:  # "Review of the child protection plan (physical abuse)"
        found |= harm_in_prose(p.text for p in pages)
    if not found:
        reason = next((c.value for c in ordered if c.field == "reason" and c.value), "")
        match = _HARM_START.match(reason)
        if match and (match.group(0).lower().startswith("neglect") or " " in match.group(0)):
            found.add(HARM_WORDS[match.group(1).lower()])
            # "Emotional harm and neglect arising from…": every category the opening lists
            # (issue 11, set d: only the first was read)
            listed = _HARM_MORE.match(reason, match.end())  # matches, if only the empty string
            more = listed.group(0) if listed else ""
            found |= {HARM_WORDS[w.lower()] for w in _HARM_NAME.findall(more)}
    return tuple(h for h in ("neglect", "physical", "sexual", "emotional") if h in found)


def harm_inferred(ordered: Sequence[Labelled]) -> tuple[tuple[str, str], ...]:
    """(category, sentence) the reason describes (`parsers.harm_inferred`): asked only when
    no category is stated, and kept with its words so the desk says it was inferred."""
    reason = next((c.value for c in ordered if c.field == "reason" and c.value), "")
    return tuple(harm_described([reason]))


def _category_column(lines: Sequence[str]) -> set[str]:
    """Categories in a table column headed by a category label ("Name | Date of birth |
    Category requested | Lives with"), read down its rows until the table ends: a sibling
    group's children each have their own (issue 11, set h: only the first row's was read)."""
    found: set[str] = set()
    column: int | None = None
    width = 0
    for line in lines:
        cells = line.split("\t")
        if column is not None and len(cells) == width:
            found |= _categories_in(cells[column])
            continue
        column = None
        if len(cells) >= 3:
            heads = [field_by_meaning(cell.strip()) for cell in cells]
            at = [i for i, head in enumerate(heads) if head and head[0] == CATEGORY]
            if len(at) == 1:
                column, width = at[0], len(cells)
    return found


def _categories_in(value: str) -> set[str]:
    if TICK_MARKS.search(value):
        return {
            HARM_WORDS[m.group(1).lower()]
            for marked, text in marked_labels(value)
            if marked and (m := _HARM_ITEM.match(text))
        }
    return {HARM_WORDS[w] for w in re.findall(r"[a-z]+", value.casefold()) if w in HARM_WORDS}


def when(
    info: MessageInfo, pages: Sequence[Page], ordered: Sequence[Labelled], *, reschedules: bool
) -> tuple[date | None, time | None, str | None]:
    """The conference's date, time and venue (module docstring for the order of sources)."""
    sent = sent_day(info)
    bodies = [p.text for p in pages if p.is_body]
    replied = reply_date(bodies, reference=sent)  # a reply's own date beats the quoted one
    moved = (replied.day, replied.hour) if replied else None
    moved = moved or (_rescheduled_to(bodies, sent) if reschedules else None)
    moved = moved or _corrected_date(bodies, sent)
    in_bodies = list(_prose_dates(bodies, sent))  # read once: the first date and the told ones
    others = _prose_dates([p.text for p in pages if not p.is_body], sent)
    prose = _prose(itertools.chain(in_bodies, others))
    subject = info.subject or ""
    subject_days = meeting_days(subject, reference=sent)
    subject_day = subject_days[0][0] if subject_days else None
    told: set[date | None] = {subject_day, *(found for found, _, _ in in_bodies)}
    form = _labelled_date(ordered, sent, told, pages=pages, moment=info.received_at)
    if moved is None and _not_fixed(ordered, sent, pages=pages):
        return None, None, first(ordered, VENUE, venue_value)  # POLICY: no date, a person
    if form and sent and prose and prose[0] >= sent > (date_value(sent)(form) or sent):
        # a letter's own "Date: 8 December 2026" beside "The conference is on Monday 21
        # December …": a labelled day already past is the document's (issue 11, set v)
        form = None
    day = (moved and moved[0]) or (form and date_value(sent)(form)) or (prose and prose[0])
    day = day or subject_day
    hour = (
        _corrected_time(bodies) or (moved[1] if moved else None) or first(ordered, TIME, time_value)
    )
    if hour is None and form is not None:
        hour = parse_time(re.sub(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}", " ", form.value))
    if hour is None and prose and (prose[0] == day or replied):
        hour = prose[1]  # a reply that moves only the day keeps the quoted booking's time
    if hour is None and day and subject_day == day:
        hour = parse_time(re.sub(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}", " ", subject))
    venue = first(ordered, VENUE, venue_value) or (prose[2] if prose and prose[0] == day else None)
    return day, hour, venue


def _labelled_date(
    ordered: Sequence[Labelled],
    sent: date | None,
    told: set[date | None],
    *,
    pages: Sequence[Page],
    moment: datetime | None = None,
) -> Labelled | None:
    """The labelled date of the conference among several (issue 11):

    - a date and clock time at or before the email's arrival, that same day, is a stamp of
      something done — a scan-to-email notice's "Date: 08/12/2026 08:47", a form's "printed
      on" — never the meeting it invites to (set l, layout 56);

    - one weeks before the email was sent is another meeting's: a chair's summary's "Conference
      date: 23/09/2026" is the last conference's, its "Next conference / Date:" the one invited
      to (a past date is kept when it is the only one);
    - one the covering note or the subject also gives wins over the first: an s47 record's
      "Meeting date: 03/12/2026" beside "Conference arrangements / Date and time: 21.12.2026",
      when the email says "ICPC on 21/12/2026";
    - one under the title of another meeting is that meeting's (`parsers.meeting_of`): the
      "Date/time" of a strategy discussion's record that books the conference further down."""
    dated = [
        (c, d)
        for c in _conference_dates(ordered, pages)
        if (d := date_value(sent)(c)) and not _stamped(c.value, d, moment)
    ]
    if sent is not None:
        coming = [(c, d) for c, d in dated if d >= sent - timedelta(days=7)]
        dated = coming or dated
    agreed = [c for c, d in dated if d in told]
    return agreed[0] if agreed else (dated[0][0] if dated else None)


def _conference_dates(ordered: Sequence[Labelled], pages: Sequence[Page]) -> Iterator[Labelled]:
    """The labelled dates in the reader's order, less those under another meeting's title."""
    for c in ordered:
        if c.field == DATE and not (
            c.page < len(pages)
            and other_meetings_date(logical_lines(pages[c.page]), c.line, c.label)
        ):
            yield c


#: A conference date's value saying the date is not fixed yet: "TO BE CONFIRMED - business
#: support will send it", "TBC", "To be arranged", "Awaiting a date from the chair", "Date to
#: follow", "Not yet set" — before any date the value holds ("14/01/2027 (TBC)" is a date).
_NOT_FIXED = re.compile(
    r"^\W*(?:(?:date\s+|day\s+)?(?:is\s+|still\s+)?(?:to\s+be|not\s+yet|yet\s+to\s+be)\s+"
    r"(?:confirmed|arranged|agreed|set|fixed|decided|advised|booked|allocated|scheduled|"
    r"announced|notified|determined)"
    r"|TBC|TBA|TBD|t\.b\.[ca]\.?|awaiting\b|waiting\s+for\b|pending\b|(?:date\s+)?to\s+follow|"
    r"not\s+(?:yet\s+)?(?:known|set|fixed|booked|arranged|confirmed))",
    re.IGNORECASE,
)


def _not_fixed(ordered: Sequence[Labelled], sent: date | None, *, pages: Sequence[Page]) -> bool:
    """Whether the conference's labelled date says the date is not fixed yet (`_NOT_FIXED`):
    the first labelled date that holds a date or says so, in the reader's order. Then the date
    is missing (POLICY.md: `missing_conference_date`, so a person looks), whatever other dates
    the mail holds — a strategy discussion's in the same value, a deadline in a sentence
    (issue 11, set y: the 29th of a "within 15 working days of the strategy discussion on
    29/01/2027" taken for the conference's)."""
    for c in _conference_dates(ordered, pages):
        if _NOT_FIXED.match(c.value):
            return True
        if date_value(sent)(c) is not None:
            return False
    return False


def _stamped(value: str, day: date, moment: datetime | None) -> bool:
    """Whether a labelled date-time is a time stamp: its day the day the email arrived, its
    clock time no later than the arrival (a meeting invited to is still to come)."""
    if moment is None or day != moment.date():
        return False
    stamp = parse_time(_DAY_NUMBERS.sub(" ", value))
    return stamp is not None and stamp <= moment.time().replace(tzinfo=None)


_DAY_NUMBERS = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")


def _prose(
    dates: Iterable[tuple[date, time | None, str | None]],
) -> tuple[date, time | None, str | None] | None:
    """The first date in a sentence about the meeting ("has been arranged for …"); its time
    and place from the first sentence that gives that same date with them (a covering note
    says "on 14/01/2027", the letter "on Thursday 14 January 2027 at 10.00am at …")."""
    first: tuple[date, time | None, str | None] | None = None
    for found, hour, venue in dates:  # `_prose_dates`, bodies first
        if first is None:
            first = (found, hour, venue)
        elif found == first[0] and first[1] is None and hour is not None:
            return found, hour, venue or first[2]
        if first[1] is not None:
            break
    return first


def _prose_dates(
    texts: Sequence[str], sent: date | None
) -> Iterator[tuple[date, time | None, str | None]]:
    for text in texts:
        text = QUOTE_MARK.sub("", text)  # "> " of a quoted reply: its blank ">" lines end sentences
        for found, start, end in meeting_days(text, reference=sent):
            # the sentence so far, across a mailer's line breaks but not across a form's lines
            sentence = _SENTENCE_CUT.split(text[max(0, start - 120) : start])[-1]
            if (
                not _meeting_cue(text, start - len(sentence), start, sent)
                and not _introduced(text, start)
                and not _meeting_before(text, start - len(sentence), sentence, sent)
            ):
                continue
            if _NOT_CONFERENCE.search(_lead_in(sentence[-40:])):
                continue
            head = text[:start].split("\n")
            if other_meetings_date(head, len(head) - 1, head[-1]):
                continue  # a strategy discussion's own date under its record's title
            if sent and found < sent - timedelta(days=7):
                continue
            if _ALONE.fullmatch(_line_at(text, start, end).replace(text[start:end], " ")):
                above = _line_at(text, *(2 * [max(0, text.rfind("\n", 0, start))]))
                if not _labels_the_date(above):
                    continue  # a letter's own date on a line of its own, under the address
            hour, venue = _time_and_venue(text[end : end + 200])
            if hour is None:  # "at 9.30 on the morning of Friday 11 December": time first
                before = _TIME_BEFORE.search(sentence[-60:])
                hour = parse_time(before.group(1)) if before else None
            yield found, hour, venue


#: A sentence that opens by pointing back: "It is on Friday 29 January 2027 at 10.30am".
_POINTS_BACK = re.compile(
    r"^\s*(?:it|this|the\s+(?:meeting|conference))\s+(?:is|will\s+be|'s)\b", re.I
)


def _meeting_before(text: str, begin: int, sentence: str, sent: date | None) -> bool:
    """The sentence points back ("It is on …") to one just before it that names the meeting:
    "This is the first child protection conference for Ava Clegg. / It is on Friday 29
    January 2027 at 10.30am" (issue 11, set v: an easy-read form)."""
    if not _POINTS_BACK.match(sentence):
        return False
    before = text[max(0, begin - 200) : begin]
    previous = _SENTENCE_CUT.split(before.rstrip())[-1] if before.strip() else ""
    return bool(previous) and _meeting_cue(previous, 0, len(previous), sent)


def _labels_the_date(above: str) -> bool:
    """Whether the line above a date standing alone introduces it: "Date of conference:" or
    "When" — a short line or one that ends in a colon, that names the meeting or the day. A
    letterhead that happens to name the "Conference Team" does not: the date under it is the
    letter's (issue 11, set n: "19 January 2027" read for "Friday 29th January 2027")."""
    if not (_CUE.search(above) or _WHEN.search(above)):
        return False
    return above.rstrip().endswith(":") or len(above.split()) <= 6


def _introduced(text: str, start: int) -> bool:
    """A date that opens its line under a line ending in a colon that names the meeting: "A
    transfer in conference has been booked for Ceri Morgan (moved from Swansea):" then
    "Wednesday 20 January 2027, 1.30pm, …" (issue 11, set k) — the colon cut the sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _ALONE.fullmatch(text[line_start:start]):
        return False
    above = text[:line_start].rstrip().rsplit("\n", 1)[-1]  # the last line with words
    return above.endswith(":") and bool(_CUE.search(above))


def _meeting_cue(text: str, begin: int, end: int, sent: date | None) -> bool:
    """Whether the sentence `text[begin:end]` leading to a date speaks of the meeting: "moved"
    counts only as a meeting moved to a day ("The family moved to Preston on 07/12/2026" dates
    a house move — issue 11, set e: a cancelled conference dated by the family's move)."""
    for cue in _CUE.finditer(text, begin, end):
        to = re.match(r"\s+to\b", text[cue.end() : cue.end() + 8])
        if cue.group(0).casefold() != "moved" or not to:
            return True
        if classify.moved_to_a_day(text, cue.end() + to.end(), reference=sent):
            return True
    return False


def _lead_in(before: str) -> str:
    """The words that lead to a date, after any aside that closed before them: in "Mason Kirk
    (DOB 02/02/2016) on Tuesday 12 January 2027" the DOB is the aside's, not this date's
    (issue 11, sets g and i)."""
    return before.rsplit(")", 1)[-1]


_ALONE = re.compile(
    r"[\W_]*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)?[\W_]*", re.I
)


_WHEN = re.compile(r"\b(?:when|date)\b", re.I)


def _line_at(text: str, start: int, end: int) -> str:
    stop = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1 : stop if stop >= 0 else len(text)]


#: Where a sentence starts: after its full stop, a blank line, a label's line ("Date:  "), or
#: a line that ends a label — a mailer's wrapped line is read on. The full stop of a one-letter
#: abbreviation ends no sentence: "RCPC for Jayden (d.o.b. 01.02.16) is Weds 9th Dec" is one
#: (issue 11, set e: cut after "d.o.b.", the meeting's date lost the "RCPC" before it).
_SENTENCE_CUT = re.compile(r"(?<!\b[A-Za-z])[.!?]\s|\n\s*\n|[:\t]\s*\n|\n(?=[^\n:]{1,30}:)")
_TIME_BEFORE = re.compile(
    r"\b(?:at|from|for|starting\s+at|commencing\s+at)\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?)"
    r"(?=[^\d]{0,40}$)",
    re.I,
)


def _time_and_venue(after: str) -> tuple[time | None, str | None]:
    token = _TIME_TOKEN.match(after)
    if not token or not re.search(r"\d|noon|midday", token.group(0), re.I):
        return spoken_time(after[:40]), None  # ", 11 o'clock start", "at half past one"
    if parse_time(token.group(0)) is None and (spoken := spoken_time(after[:40])):
        return spoken, None
    rest = after[token.end() :]
    venue: str | None = None
    if rest.startswith(" (") or rest.startswith("("):
        depth, out = 0, []
        for ch in rest.lstrip():
            depth += (ch == "(") - (ch == ")")
            out.append(ch)
            if depth == 0:
                break
        venue = "".join(out)[1:-1].strip() or None
    elif match := re.match(
        r"^\s*(?:,|\bat\b|\bin\b|\bvia\b|\bon\b)\s*([^\n]+?)(?:\.\s|\.$|\n|$)", rest
    ):
        venue = match.group(1).strip() or None
    return parse_time(token.group(0)) or _bare_hour(token.group(0), rest), venue


#: "weds 13th at 10 at castleford": an hour alone after "at" just after the meeting's date —
#: not a house number ("at 10 Bank Street"): a place, a comma or the end follows it.
_AFTER_HOUR = re.compile(r"^\s*(?:$|[,.;(\-–]|(?:at|in|on|for|via|start)\b)", re.I)
_BARE_HOUR = re.compile(r"^\s*,?\s*(?:at|@)\s*(?P<h>\d{1,2})\s*$", re.I)


def _bare_hour(token: str, rest: str) -> time | None:
    """An hour with no minutes and no am/pm, after "at" right after the conference's date
    (issue 11, set u: "icpc … is booked weds 13th at 10 at castleford childrens centre"): a
    working hour, 1-7 in the afternoon as on forms."""
    bare = _BARE_HOUR.match(token)
    if bare is None or not _AFTER_HOUR.match(rest) or not 1 <= (hour := int(bare["h"])) <= 12:
        return None
    return time(hour + 12 if hour <= 7 else hour, 0)


_CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs)?"
#: A reply that changes the start time of the conference it quotes: "the conference … starts at
#: 10:30, not 10:00", "the start time is now 1.30pm", "the time has changed to 14:00", "conf now
#: at 1pm" (issue 11, set l: a mobile reply's few words).
_NEW_TIME = re.compile(
    rf"\bstart(?:s|ing)?\s+(?:time\s+)?(?:is\s+|will\s+be\s+)?(?:now\s+)?(?:at\s+)?(?P<a>{_CLOCK})"
    rf"|\btime\s+(?:has\s+)?(?:been\s+)?(?:changed|moved|corrected)\s+to\s+(?P<b>{_CLOCK})"
    rf"|(?P<c>{_CLOCK}),?\s+(?:not|instead\s+of|rather\s+than)\s+{_CLOCK}"
    # "conf now at 1pm": a clock said as one (am/pm, hrs or minutes), not "now 3 children"
    r"|\bnow\s+(?:at\s+)?(?P<d>\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\b\.?|hrs\b)|\d{1,2}[.:]\d{2}\b)"
    r"(?!\s*[/.\-]\s*\d)",
    re.I,
)


def _corrected_time(bodies: Sequence[str]) -> time | None:
    """The start time a reply sets above the message it quotes: the newest message of a
    thread decides (issue 11, sets g and i: the quoted booking's time was read)."""
    for text in bodies:
        for found in _NEW_TIME.finditer(reply_above_quote(text) or ""):
            said = parse_time(found["a"] or found["b"] or found["c"] or found["d"])
            if said is not None:
                return said
    return None


#: The covering note says the form's date is wrong: "Correction - the date on the attached
#: form is wrong", "the form should say the 26th", "please note the correct date is …".
_CORRECTION = re.compile(
    r"\b(?:correction|corrected|incorrect(?:ly)?|wrong(?:ly)?|typo|error|"
    r"should\s+(?:read|say|have\s+said)|(?:the\s+)?correct\s+date)\b",
    re.I,
)


_OF_THE_BOOKING = re.compile(r"\b(?:date|form|conference|meeting|invit\w*|booking)\b", re.I)


def _corrected_date(bodies: Sequence[str], sent: date | None) -> tuple[date, time | None] | None:
    """The date the covering note gives in place of the form's, when it says the form's is
    wrong: the newest message of each body, the first date after the correction (issue 11,
    set B: "The conference is on Tuesday 26 January 2027 at 2pm, not the 19th" under a form
    that says the 19th — the form's read)."""
    for text in bodies:
        newest = reply_above_quote(text) or text
        for cue in _CORRECTION.finditer(newest):
            opening = newest[max(0, cue.start() - 80) : cue.end() + 80]
            if not _OF_THE_BOOKING.search(opening):
                continue  # "she has done nothing wrong": not the form's date
            window = newest[cue.start() : cue.start() + 250]
            found = classify.new_date(window, reference=sent)
            if found is None or (sent is not None and found < sent):
                continue
            at = window.find(str(found.day))
            if at < 0 or not _THE_MEETING_IS.search(window[:at]):
                continue  # "sent to the wrong mailbox on 1 December": the email's story
            return found, parse_time(window[at : at + 60])
    return None


#: Between the correction and its date, words that say the date is the meeting's: "The
#: conference is on …", "the correct date is …", "it should read …".
_THE_MEETING_IS = re.compile(
    r"\b(?:date|conference|meeting|review|ICPC|RCPC|should\s+(?:read|say|be))\b", re.I
)


def _rescheduled_to(bodies: Sequence[str], sent: date | None) -> tuple[date, time | None] | None:
    for text in bodies:
        for cue in re.finditer(
            r"re-?scheduled|re-?arranged|new\s+date|moved|postponed|now\s+(?:take|be)|"
            r"brought\s+forward|(?:revised|amended)\s+date",
            text,
            re.I,
        ):
            to = re.match(r"\s+to\b", text[cue.end() :])
            if to and not classify.moved_to_a_day(text, cue.end() + to.end(), reference=sent):
                continue  # "the family moved to Leeds on 14/12": a household moves, not the meeting
            window = text[cue.start() : cue.start() + 250]
            found = classify.new_date(window, reference=sent)
            if found is not None:
                at = window.find(str(found.day))
                return found, parse_time(window[at : at + 60]) if at >= 0 else None
    return None


def district(
    info: MessageInfo, pages: Sequence[Page], domains: Mapping[str, str]
) -> tuple[str | None, str | None]:
    from_sender = district_from_address(info.sender.address, domains)
    if from_sender:
        return from_sender, "sender"
    # a forward by someone on no allow-list (a colleague in the force): the council it carries,
    # the innermost one (`parsers.forwarded_from`)
    inner = [d for a in info.forwarded_from if (d := district_from_address(a, domains))]
    if inner:
        return inner[-1], "forwarded"
    from_content = district_from_content(pages)
    return (from_content, "content") if from_content else (None, None)
