"""Numbered forms: a question's number is no part of its label, and an answer given by number
is its question's value wherever it stands.

Forms number their questions ("1.1 Name(s) of child(ren)", "Q7 Reference number", "12) Police
attendance?", "Question 7") and some give the answers apart from them: "Q7 … / A7 …" pairs, or
a block at the end that answers by number ("ANSWERS / Q1: Initial CPC / Q12: report", "Section
3 - 3.4: Yes", "3.4 - Yes").
Read line by line, the number hides the label ("1.3 Start time" is no label any reader knows)
and the answer stands far from its question (issue 11, set o, layout 74: the start time lost on
six forms of seven, the police question unread, the adults lost, `no_booking_form` raised).

`answers_joined` rewrites such lines in the form model's shape:

- an answer given by number becomes its question's `label<TAB>value` line, where the answer
  stands; the question's own line goes (its words are on the answer's line);
- on a numbered form — three or more lines numbered "Q7" or "1.1" — such a number is taken off
  its line: "1.3 Start time" is the label "Start time", its value on the next line as on any form.

What pairs an answer with a question is the structure, not the words:

- "A7" ("Answer 7") answers the question numbered 7 above it;
- a number that comes again below its question answers it when the question has no answer of
  its own (it asks — ends with "?" — or another question, an instruction in brackets or a
  heading in capitals comes next) and either the answers come as a block (two or more) or the
  answer's number is followed by a colon ("Q12: report" under "Q12. Police - attend or report?").

Plain numbers ("1.", "2)") are left on their lines unless they pair so: alone they number a list
(a list item's number is what tells the people reader it is one) or a section heading, whose
number `labels.fold` leaves off.

Unnumbered pairs ("Q: Children?" over "A: Jessica Wilby 07/07/2013 …", "Question - …" over
"Answer - …": a reply written in the body, set q layout 85) are joined the same way by
`lettered_pairs_joined`: a question marked so, its answer marked so on the next lines; the
answer's wrapped lines join it. A marked line with no partner is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import islice

from parsers.label_meaning import label_field
from parsers.person_names import split_name
from parsers.records import Page

_NUMBERED = re.compile(
    r"^\s*(?:(?:section|part)\s+\d{1,2}[a-z]?\s*[-–—:.]\s*)?"  # "Section 3 - 3.4: Yes"
    r"(?P<mark>(?:question|answer|ans)\s?|[QA](?=\d))?(?P<number>\d{1,2}(?:\.\d{1,2}){0,2})"
    r"(?P<sep>[.)](?!\d)|:(?!\d)|\s+[-–—](?=\s)|(?=\s))\s*(?P<text>.*?)\s*$",
    re.I,
)
#: "10.30 am", "2.15 pm": a time of day, not question 10.30.
_CLOCK_AFTER = re.compile(r"^(?:am|pm|a\.m|p\.m|hrs|hours|o'?clock)\b", re.I)
#: At least this many lines numbered "Q7" or "1.1" make a numbered form.
_FORM_LINES = 3


@dataclass(frozen=True, slots=True)
class _Entry:
    """One numbered line: where it stands, its mark ("Q", "A" or ""), number, sign and text."""

    index: int
    mark: str
    number: str
    sep: str
    text: str

    @property
    def form_numbered(self) -> bool:
        """ "Q7", "A7", "1.1": a form's question numbering, never a list's "1."."""
        return bool(self.mark) or "." in self.number


def answers_joined(lines: Sequence[str]) -> tuple[str, ...]:
    """The lines with answers joined to their questions and a numbered form's numbers taken
    off (module docstring); every other line as it was."""
    entries = [e for i, line in enumerate(lines) if (e := _entry(i, line)) is not None]
    if len(entries) < 2:
        return tuple(lines)
    pairs = _pairs(entries, lines)
    numbered_form = sum(1 for e in entries if e.form_numbered) >= _FORM_LINES
    dropped = {question.index for question, _ in pairs}
    joined = {answer.index: f"{question.text}\t{answer.text}" for question, answer in pairs}
    bare = {e.index: e.text for e in entries if numbered_form and e.form_numbered}
    out: list[str] = []
    for index, line in enumerate(lines):
        if index in dropped:
            continue
        out.append(joined.get(index) or bare.get(index) or line)
    return tuple(out)


def answered_across_pages(pages: Sequence[Page]) -> tuple[Page, ...]:
    """The pages with answers given by number on the page after their questions' joined to
    them there: "Part A - Questions" on page 1, "Part B - Answers" on page 2 (set q, layout
    85: a form read page by page kept its questions and its answers apart, and nothing of the
    family was read). Only two pages of one document next to each other pair, and only a
    block of two or more answers (the rules of `answers_joined`); a page the pairing leaves
    unchanged is the same page."""
    out = list(pages)
    for at in range(len(out) - 1):
        first, second = out[at], out[at + 1]
        if first.number is None or second.number != first.number + 1:
            continue
        if first.document != second.document:
            continue
        lines = (*first.lines, *second.lines)
        entries = [e for i, line in enumerate(lines) if (e := _entry(i, line)) is not None]
        split = len(first.lines)
        pairs = [(q, a) for q, a in _pairs(entries, lines) if q.index < split <= a.index]
        if len(pairs) < 2:
            continue
        dropped = {question.index for question, _ in pairs}
        joined = {a.index - split: f"{q.text}\t{a.text}" for q, a in pairs}
        kept = tuple(line for i, line in enumerate(first.lines) if i not in dropped)
        out[at] = replace(first, lines=kept)
        out[at + 1] = replace(
            second, lines=tuple(joined.get(i, line) for i, line in enumerate(second.lines))
        )
    return tuple(out)


def _entry(index: int, line: str) -> _Entry | None:
    found = _NUMBERED.match(line)
    if found is None or not found["text"] or "\t" in found["text"][:1]:
        return None
    mark, sep = (found["mark"] or "")[:1].upper(), found["sep"].strip()
    if not mark and "." not in found["number"] and not sep:
        return None  # "2 children live at home": a plain number needs its "." or ")"
    if _CLOCK_AFTER.match(found["text"]):
        return None
    return _Entry(index, mark, found["number"], sep, found["text"])


def _pairs(entries: list[_Entry], lines: Sequence[str]) -> list[tuple[_Entry, _Entry]]:
    """(question, answer) for every answer given by number (module docstring)."""
    questions: dict[str, _Entry] = {}
    lettered: list[tuple[_Entry, _Entry]] = []
    repeated: list[tuple[_Entry, _Entry]] = []
    answered: set[str] = set()
    for entry in entries:
        question = questions.get(entry.number)
        if entry.mark == "A":
            if question is not None and entry.number not in answered:
                lettered.append((question, entry))
                answered.add(entry.number)
            continue
        if question is None:
            questions[entry.number] = entry
        elif (
            entry.number not in answered
            and entry.mark == question.mark
            and _question_shaped(question)
            and _asks_apart(question, lines)
        ):
            repeated.append((question, entry))
            answered.add(entry.number)
    block = len(repeated) >= 2
    return lettered + [
        (question, answer)
        for question, answer in repeated
        if block or (answer.sep == ":" and question.sep != ":")
    ]


def _question_shaped(question: _Entry) -> bool:
    """Whether a numbered line is a question, not a list's item: no figures and no person's
    name ("1. Jake Pearson 14/06/2016" over "1. Kirsty Pearson - mother" are two lists, set c);
    a plain number's line must also ask ("…?", "…:") or be a label some reader knows."""
    text = question.text.strip()
    if re.search(r"\d", text):
        return False
    name, rest = split_name(text)
    if name is not None and not rest.strip(" -–:"):
        return False
    return (
        question.form_numbered
        or text.endswith(("?", ":"))
        or label_field(text.rstrip(" :")) is not None
    )


def _asks_apart(question: _Entry, lines: Sequence[str]) -> bool:
    """Whether a question has no answer of its own under it: it asks ("…?"), it stands in a
    list of questions (a numbered line next to it, above or below), or what follows is an
    instruction in brackets or a heading in capitals."""
    if question.text.rstrip().endswith("?"):
        return True
    following = islice(lines, question.index + 1, None)
    after = next((line.strip() for line in following if line.strip()), "")
    preceding = islice(reversed(lines), len(lines) - question.index, None)
    before = next((line.strip() for line in preceding if line.strip()), "")
    return (
        not after
        or _entry(0, after) is not None
        or _entry(0, before) is not None
        or after.startswith("(")
        or (after.isupper() and len(after.split()) <= 4)
    )


#: "Q: …", "Question - …", "A: …", "Answer. …": a question or an answer marked by a letter or word.
_LETTERED = re.compile(
    r"^\s*(?P<mark>q|question|a|ans|answer)\s*[:.)–—-]\s*(?P<text>.*?)\s*$", re.I
)
#: An answer's line at least this long that does not end a sentence was wrapped by the writer.
_WRAPPED = 50


def lettered_pairs_joined(lines: Sequence[str]) -> list[str]:
    """The lines with each "Q: …" / "A: …" pair one `question<TAB>answer` line (module
    docstring). The pair is told by its marks, never by its words, so the next council's
    questions are read as this one's: a question's wrapped lines and the blank lines between
    question and answer go with it; an answer's wrapped lines join it."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        pair = _lettered_pair(lines, index)
        if pair is None:
            out.append(lines[index])
            index += 1
            continue
        question, answer, index = pair
        out.append(f"{question}\t{answer}" if answer else question)
    return out


def _lettered_pair(lines: Sequence[str], start: int) -> tuple[str, str, int] | None:
    """(question, answer, index after the pair) when a "Q:" line at `start` is answered by an
    "A:" line below it before any other question."""
    asked = _lettered(lines[start])
    if asked is None or asked[0] != "Q" or not asked[1]:
        return None
    question = [asked[1]]
    index = start + 1
    while index < len(lines) and _lettered(lines[index]) is None:
        if lines[index].strip():
            if question[-1].endswith(("?", ":", ".")):
                return None  # an asked question answered by no "A:" line
            question.append(lines[index].strip())  # the question wrapped
        index += 1
    answered = _lettered(lines[index]) if index < len(lines) else None
    if answered is None or answered[0] != "A" or len(question) > 3:
        return None
    answer = [answered[1]]
    index += 1
    while (
        index < len(lines)
        and lines[index].strip()
        and _lettered(lines[index]) is None
        and len(answer[-1]) >= _WRAPPED
        and not answer[-1].endswith((".", "!", "?"))
    ):
        answer.append(lines[index].strip())  # the answer wrapped by the writer's mail program
        index += 1
    return " ".join(question), " ".join(a for a in answer if a), index


def _lettered(line: str) -> tuple[str, str] | None:
    """("Q" or "A", the text) of a line marked as a question or an answer."""
    found = _LETTERED.match(line)
    if found is None or "\t" in line:
        return None
    return found["mark"][:1].upper(), found["text"]


#: A cell that only numbers its row: "4", "4.", "Q4", "(4)".
_ROW_NUMBER = re.compile(r"^\s*\(?(?:Q|No\.?\s*|#)?(\d{1,2})[.)]?\s*$", re.I)
#: The heading of such a column: "No.", "#", "Item no", "Q", "Ref".
_NUMBER_HEADING = re.compile(r"^\s*(?:no\.?|#|item\s+no\.?|number|q|ref\.?|s/?n)\s*$", re.I)
#: At least this many rows numbered one after another make a numbering column.
_NUMBERED_ROWS = 3


def row_numbers_dropped(lines: Sequence[str]) -> list[str]:
    """A table whose first column only numbers its rows ("No. | Item | Detail", "4 | Children
    | Arjun Singh (11/11/2014); …") without that column, so each row's label is its first cell
    as in any other label-value table (set q: a numbered table's family was not read). Only
    a run of rows numbered one after another counts, so a table of figures is left alone."""
    numbers = [_row_number(line) for line in lines]
    keep = list(lines)
    start = 0
    while start < len(lines):
        end = start
        while end + 1 < len(lines) and _follows(numbers[end], numbers[end + 1]):
            end += 1
        if numbers[start] is not None and end - start + 1 >= _NUMBERED_ROWS:
            for index in range(start, end + 1):
                keep[index] = lines[index].split("\t", 1)[1]
            heading = start - 1
            if heading >= 0 and "\t" in lines[heading]:
                first = lines[heading].split("\t", 1)
                if _NUMBER_HEADING.match(first[0]):
                    keep[heading] = first[1]
        start = end + 1
    return keep


def _follows(number: int | None, following: int | None) -> bool:
    return number is not None and following == number + 1


def _row_number(line: str) -> int | None:
    """The number a row's first cell holds, when it holds only that and two cells follow."""
    cells = line.split("\t")
    if len(cells) < 3:
        return None
    found = _ROW_NUMBER.match(cells[0])
    return int(found.group(1)) if found else None
