"""Test items for `weigh_libraries`, built from the labelled sets alone (issue 11: "measure
each [library] against what you have before adopting it").

Why a module of its own: how the items are chosen decides who wins, so it is kept apart from
the code under test and uses none of it. Every item comes from a label file's own fields
(conference date and time, children and adults, `source_texts`, `tags`) and the raw email;
the "witnesses" that pick a text are deliberately loose regular expressions over the label's
*value* (its day, month, hour), not a date or name reader. What each chooser leaves out is
said beside it, so the figures can be read with their bias.
"""

from __future__ import annotations

import datetime as dt
import email
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
SETS = ("samples", *(f"firstsight/{c}" for c in "abcdefghi"), "handwritten/bodies",
        "handwritten/forms")  # fmt: skip
#: A text longer than this is a page or a paragraph, not a value or a sentence: left out.
MAX_TEXT = 300


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    eml: Path
    label: dict[str, Any]
    sent: dt.date | None

    @property
    def raw_texts(self) -> list[str]:
        """The label's source texts as written (tabs and line breaks kept), each once."""
        return list(dict.fromkeys(str(t) for t in self.label.get("source_texts", []) if t))

    @property
    def texts(self) -> list[str]:
        """The label's source texts, folded to single spaces, each once."""
        seen: dict[str, None] = {}
        for text in self.label.get("source_texts", []):
            folded = " ".join(str(text).split())
            if folded:
                seen.setdefault(folded, None)
        return list(seen)


def cases() -> Iterator[Case]:
    for folder in SETS:
        for eml in sorted((CORPUS / folder).glob("*.eml")):
            label_file = eml.with_suffix(".json")
            if not label_file.exists():
                continue
            label = json.loads(label_file.read_text())
            yield Case(eml.stem, eml, label, _sent(eml.read_bytes()))


def _sent(raw: bytes) -> dt.date | None:
    header = email.message_from_bytes(raw, policy=policy.compat32).get("Date")
    try:
        return parsedate_to_datetime(str(header)).date() if header else None
    except (TypeError, ValueError):
        return None


# --- dates and times -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateItem:
    case: str
    text: str
    sent: dt.date | None
    date: dt.date


@dataclass(frozen=True, slots=True)
class TimeItem:
    case: str
    text: str
    time: dt.time


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def date_witness(text: str, day: dt.date) -> bool:
    """The text shows this day: its day number beside its month's name, or day and month in
    figures, or the ISO form — and no other year than the day's (a chronology's "08/12/2020"
    is not the conference on 8 December 2026). Not a date reader: it never decides what a text
    *means*, only that the label's value is written there. Dates in words are not seen."""
    years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)}
    if years and day.year not in years:
        return False
    number = rf"(?<!\d)0?{day.day}(?:st|nd|rd|th)?(?!\d)"
    month = rf"\b{_MONTHS[day.month - 1]}[a-z]*\.?"
    if re.search(number, text, re.I) and re.search(month, text, re.I):
        return True
    figures = rf"(?<!\d)0?{day.day}\s*([/.\-])\s*0?{day.month}(?:\s*\1\s*(\d{{4}}|\d{{2}}))?(?!\d)"
    for found in re.finditer(figures, text):
        if found[2] is None or int(found[2]) in (day.year, day.year % 100):
            return True
    return day.isoformat() in text


_HOUR_WORDS = ("twelve", "one", "two", "three", "four", "five", "six", "seven", "eight",
               "nine", "ten", "eleven")  # fmt: skip


def time_witness(text: str, at: dt.time) -> bool:
    """The text shows this time of day in figures (10:00, 10.00am, 1000hrs, 2pm, 14:00) or in
    the common spoken forms (half past one, quarter to two, ten o'clock, noon)."""
    h12 = at.hour % 12 or 12
    forms = [
        rf"(?<![\d:.]){at.hour:02d}[:.]?{at.minute:02d}(?!\d)",
        rf"(?<![\d:.]){at.hour}[:.]{at.minute:02d}(?!\d)",
        rf"(?<![\d:.]){h12}[:.]{at.minute:02d}(?!\d)",
    ]
    if at.minute == 0:
        forms += [
            rf"(?<![\d:.]){h12}\s*(?:[ap]\.?\s?m\b|o['’]?\s?clock)",
            rf"\b{_HOUR_WORDS[h12 % 12]}\s+o['’]?\s?clock",
        ]
        if at.hour == 12:
            forms.append(r"\b(?:noon|midday)\b")
    spoken = {15: ("quarter past", h12), 30: ("half past", h12),
              45: ("quarter to", (at.hour + 1) % 12 or 12)}  # fmt: skip
    if at.minute in spoken:
        words, hour = spoken[at.minute]
        forms.append(rf"\b{words}\s+(?:{hour}|{_HOUR_WORDS[hour % 12]})\b")
    return any(re.search(form, text, re.I) for form in forms)


def date_items(all_cases: list[Case]) -> list[DateItem]:
    """Every distinct source text (≤ MAX_TEXT characters) that shows the label's conference
    date. Labels without a date (not an invitation, no date given) give none."""
    items: list[DateItem] = []
    for case in all_cases:
        raw = case.label.get("date")
        if not raw:
            continue
        day = dt.date.fromisoformat(raw)
        items += [DateItem(case.name, t, case.sent, day)
                  for t in case.texts if len(t) <= MAX_TEXT and date_witness(t, day)]  # fmt: skip
    return items


def time_items(all_cases: list[Case]) -> list[TimeItem]:
    """Every distinct source text (≤ MAX_TEXT characters) that shows the label's start time."""
    items: list[TimeItem] = []
    for case in all_cases:
        raw = case.label.get("time")
        if not raw:
            continue
        at = dt.time.fromisoformat(raw)
        items += [TimeItem(case.name, t, at)
                  for t in case.texts if len(t) <= MAX_TEXT and time_witness(t, at)]  # fmt: skip
    return items


# --- names ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameItem:
    case: str
    text: str
    person: bool


#: Labels (or table headers) whose values are places, organisations or roles — chosen by the
#: *label's* words, never by the value's, so no name reader's word list picks the negatives.
_ORG_LABEL = re.compile(
    r"\b(?:venue|location|address|school|nursery|setting|education|college|gp|surgery|team|"
    r"service|agency|organi[sz]ation|department|unit|council|authority|role|job\s+title|"
    r"designation|position|hospital|placement)\b",
    re.I,
)
#: ... unless the label also asks for a person ("Social worker / team", "Contact name").
_PERSON_LABEL = re.compile(r"\b(?:worker|chair|officer|name|contact|lead|manager|by|person)\b",
                           re.I)  # fmt: skip
_CHUNK = re.compile(r",|;|\(|\)|\s[-–|/]\s|\t")


def name_items(all_cases: list[Case]) -> list[NameItem]:
    """Positives: every child's and adult's name in the labels. Negatives: 2–6-word chunks of
    the same emails' source texts that are values under place, organisation and role labels
    or columns (venues, schools, agencies) or the lines of a signature below its first (job
    titles, teams, councils) — minus anything that holds a labelled person's name."""
    items: list[NameItem] = []
    for case in all_cases:
        people = _people(case.label)
        items += [NameItem(case.name, name, True) for name in people]
        folded = {p.casefold() for p in people}
        seen: set[str] = set()
        for value in [*_org_values(case.raw_texts), *_signature_lines(case.raw_texts)]:
            for chunk in _CHUNK.split(value):
                chunk = " ".join(chunk.strip(" .:\\").split())
                if chunk.casefold() in seen or not _negative_shape(chunk, folded):
                    continue
                seen.add(chunk.casefold())
                items.append(NameItem(case.name, chunk, False))
    return items


def _people(label: dict[str, Any]) -> list[str]:
    names = [str(c.get("name", "")) for c in label.get("children") or []]
    names += [str(a) for a in label.get("adults") or []]
    return list(dict.fromkeys(n for n in names if n.strip()))


def _negative_shape(chunk: str, people: set[str]) -> bool:
    words = chunk.split()
    if not 2 <= len(words) <= 6 or not chunk[:1].isupper() or re.search(r"\d", chunk):
        return False
    return not any(p in chunk.casefold() or chunk.casefold() in p for p in people)


def _org_values(texts: list[str]) -> Iterator[str]:
    """Values of `Label<TAB>value` / `Label: value` lines and of table columns under a place,
    organisation or role header (a header row's cells, then the rows below it)."""
    header: list[str] = []
    for line in (line for text in texts for line in text.split("\n")):
        text = line.strip()
        cells = [c.strip() for c in text.split("\t")]
        if (
            len(cells) >= 2
            and all(len(c.split()) <= 4 for c in cells)
            and any(_ORG_LABEL.search(c) for c in cells)
        ):
            header = cells
            continue
        if header and len(cells) == len(header):
            for head, cell in zip(header, cells, strict=True):
                if _ORG_LABEL.search(head) and not _PERSON_LABEL.search(head):
                    yield cell
            continue
        pair = re.match(r"^([^:\t]{2,40})(?::\s*|\t)(.+)$", text)
        if pair and _ORG_LABEL.search(pair[1]) and not _PERSON_LABEL.search(pair[1]):
            yield pair[2]


_SIGN_OFF = re.compile(
    r"^(?:many\s+|kind\s+|best\s+|warm\s+)?(?:thanks|thank\s+you|regards|wishes|ta)\b[ ,.!]*$",
    re.I,
)
_SIGNATURE_ENDS = re.compile(r"^(?:from:|-{3,}|_{3,}|>)", re.I)


def _signature_lines(texts: list[str]) -> Iterator[str]:
    """A signature's lines after its first (which is the signatory, a person): job titles,
    teams, units, councils. Chosen by position below a sign-off, not by their words."""
    for text in texts:
        lines = text.split("\n")
        for at, line in enumerate(lines):
            if not _SIGN_OFF.match(line.strip()):
                continue
            block: list[str] = []
            for following in lines[at + 1 : at + 8]:
                if _SIGNATURE_ENDS.match(following.strip()) or (block and not following.strip()):
                    break
                if following.strip():
                    block.append(following.strip())
            for kept in block[1:]:
                if "@" not in kept:
                    yield from re.split(r"\s*\|\s*", kept)


# --- quoted replies ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuoteItem:
    case: str
    eml: Path
    boundary: str  # the first line of the first quoted message, as annotated by hand
    newest_facts: tuple[str, ...]  # label source texts only in the newest message
    quoted_facts: tuple[str, ...]  # label source texts only in the quoted messages


#: Threads whose labels' authors tagged them reply / forward / thread / quoted and whose body
#: quotes the earlier message inline (the three portal forwards of set d and sample 12 carry
#: it as a message/rfc822 part, which MIME separates: no splitter is asked). The boundary is
#: the first header line of the quoted message, read by eye in each email.
THREAD_TAGS = re.compile(r"forward|reply|thread|quote|chain|fwd", re.I)
BOUNDARIES: dict[str, str] = {
    "a-29": "-----Original Message-----", "a-30": "-----Original Message-----",
    "a-31": "From: DC Helen Lomax", "a-32": "-----Original Message-----",
    "a-34": "From: CD Safeguarding Case Conference", "a-35": "-----Original Message-----",
    "b-09a": "-----Original Message-----", "b-09b": "-----Original Message-----",
    "b-09d": "-----Original Message-----", "b-09e": "-----Original Message-----",
    "e-25-02": "-----Original Message-----", "e-25-06": "> From: Liam O'Driscoll",
    "e-25-07": "-----Original Message-----",
    "g-31-01": "From: Tracey Whiteley", "g-31-02": "From: Hargreaves, David",
    "g-31-03": "From: Marsden, Shelley", "g-31-04": "From: Akhtar, Naveed",
    "g-31-05": "From: McAllister, Ewan", "g-31-06": "From: Tracey Whiteley",
    "g-31-07": "From: Ilie, Bogdan", "g-34-02": "From: Staniforth, Joanne",
    "g-34-04": "From: Thackray, Rebecca",
    "i-43-01": "From: Janet Moxon", "i-43-02": "From: Integrated Safeguarding Unit",
    "i-43-03": "From: CPPU Weetwood", "i-43-04": "From: Safeguarding and Quality Assurance",
    "i-43-05": "From: ", "i-43-06": "From: CP Admin Team",
    "i-43-07": "From: Integrated Safeguarding Unit",
    "b09-": "-----Original Message-----", "b13-": "-----Original Message-----",
    "b15-": "---------- Forwarded message", "b26-": "From: CPPU Weetwood",
}  # fmt: skip
#: A fact shorter than this ("Thanks", "Hi all") says nothing about where a cut fell.
MIN_FACT = 20
#: A separator line belongs to neither message (quotequail keeps it above the cut by design).
_SEPARATOR = re.compile(r"^[-_ ]*(?:original message|forwarded message)[-_ ]*$", re.I)
QUOTE_MARKS = re.compile(r"^(?:[ \t]{0,3}>)+[ \t]?", re.M)


def fold(text: str) -> str:
    return " ".join(QUOTE_MARKS.sub("", text).split()).casefold()


def boundary_for(case: Case) -> str | None:
    for prefix, line in BOUNDARIES.items():
        if case.name.startswith(prefix):
            return line
    return None


def thread_cases(all_cases: list[Case]) -> list[tuple[Case, str]]:
    found = []
    for case in all_cases:
        tagged = any(THREAD_TAGS.search(t) for t in case.label.get("tags", []))
        line = boundary_for(case)
        if tagged and line is not None:
            found.append((case, line))
    return found


def quote_item(case: Case, body: str, boundary: str) -> QuoteItem | None:
    """Split the body our MIME reader gives at the annotated boundary and sort the label's
    source texts into the newest message's and the quoted messages'."""
    at = next((m.start() for m in re.finditer(r"^.*$", body, re.M)
               if m.group(0).lstrip().startswith(boundary)), -1)  # fmt: skip
    if at < 0:
        return None
    newest, quoted = fold(body[:at]), fold(body[at:])
    newest_facts: list[str] = []
    quoted_facts: list[str] = []
    for text in case.texts:
        if len(text) < MIN_FACT or _SEPARATOR.match(text):
            continue
        fact = fold(text)
        if fact in newest and fact not in quoted:
            newest_facts.append(fact)
        elif fact in quoted and fact not in newest:
            quoted_facts.append(fact)
    return QuoteItem(case.name, case.eml, boundary, tuple(newest_facts), tuple(quoted_facts))


# --- the same threads in other mail programs' header styles ---------------------------------

#: How other mail programs introduce the message they quote or forward. The corpus's threads
#: are Outlook's; these put each thread's quoted message under another program's header, so
#: neither splitter is measured only on the shapes it was built against.
HEADER_STYLES: dict[str, str] = {
    "gmail reply": "On Mon, 7 Dec 2026 at 09:12, Jo Bloggs <jo.bloggs@example.gov.uk> wrote:\n",
    "gmail reply, intro wrapped": "On Mon, 7 Dec 2026 at 09:12, Jo Bloggs <\n"
                                  "jo.bloggs@example.gov.uk> wrote:\n",
    "apple mail forward": "Begin forwarded message:\n\nFrom: Jo Bloggs <jo.bloggs@example.gov.uk>"
                          "\nSubject: ICPC booking\nDate: 7 December 2026 at 09:12:00 GMT\n"
                          "To: CPPU <cppu@example.police.uk>\n",
    "thunderbird forward": "-------- Forwarded Message --------\nSubject: ICPC booking\n"
                           "Date: Mon, 7 Dec 2026 09:12:00 +0000\nFrom: Jo Bloggs "
                           "<jo.bloggs@example.gov.uk>\nTo: CPPU <cppu@example.police.uk>\n",
    "outlook for mac": "From: Jo Bloggs <jo.bloggs@example.gov.uk>\nDate: Monday, 7 December "
                       "2026 at 09:12\nTo: CPPU <cppu@example.police.uk>\nSubject: ICPC booking\n",
    "lotus notes forward": "----- Forwarded by Jo Bloggs/Children/LCC on 07/12/2026 09:12 -----\n",
    "iphone reply": "Sent from my iPhone\n\nOn 7 Dec 2026, at 09:12, Jo Bloggs "
                    "<jo.bloggs@example.gov.uk> wrote:\n",
}  # fmt: skip
_QUOTED_STYLES = ("gmail reply", "gmail reply, intro wrapped", "iphone reply")
_HEADER_LINE = re.compile(r"^\s*>?\s*(?:from|sent|to|cc|subject|date|importance):", re.I)


def restyled(body: str, item: QuoteItem) -> dict[str, str]:
    """The thread's body with its first quoted message under each other header style: the
    newest message as it was, then the style's header, then the quoted message's text (its
    own header lines dropped; "> " before every line for the styles that quote that way)."""
    lines = body.split("\n")
    at = next(i for i, line in enumerate(lines) if line.lstrip().startswith(item.boundary))
    rest = lines[at + 1 :] if not _HEADER_LINE.match(lines[at]) else lines[at:]
    while rest and (_HEADER_LINE.match(rest[0]) or not rest[0].strip()):
        rest = rest[1:]
    rest = [QUOTE_MARKS.sub("", line) for line in rest]
    newest = "\n".join(lines[:at]).rstrip() + "\n\n"
    out = {}
    for style, header in HEADER_STYLES.items():
        quoted = [f"> {line}" if style in _QUOTED_STYLES else line for line in rest]
        out[style] = newest + header + "\n" + "\n".join(quoted)
    return out
