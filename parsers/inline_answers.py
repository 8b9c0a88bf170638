"""Answers written into a quoted question: each question with the answer given under it or
beside it, so that the question's words are read as the form's label and the answer as its value.

A council often answers a police or admin question inline instead of sending a booking form:
"Answers in red below" over the quoted questions with each answer under its question, plain
`>` quoting with the answers between the quoted lines, or the police's own template pasted back
and filled in after `>>` (issue 11, set s, layout 92). Read line by line, the question's
criterion words ("Is there a current police investigation?", "Any RSO in the household?") are
taken for facts, the answer ("No - NFA in March") is a sentence of its own, and a numbered
question ("1. Time and venue?") is no label any reader knows, so the time under it is lost.

`answered_questions` pairs them by the structure of the reply, not by its words:

- an answer after a marker on the question's own line ("Venue:  >> Britannia House"), with the
  lines below it that carry the same marker;
- an answer on the lines under a question at another quote depth: a `>`-quoted question and the
  unquoted reply under it, or an unquoted question and the `>>` lines filled in under it;
- an answer on the lines under a question at the same depth, when the reply's own words say the
  answers are written in ("answers in red below", "replies below each question", "I've put
  the answers in bold under your questions"): Outlook's "-----Original Message-----" quoting
  puts no mark on the question, only the colour or the announcement tells the answer apart.

A question is a sentence that asks ("…?", or a request: "Please confirm time and venue."), or
a short label ending in a colon or a "YES / NO" menu before an answer marked apart from it. The
answer runs to the next blank line, the next question or the quote depth's change back; "Q: …"
/ "A: …" pairs are left to `parsers.numbered`.

`lines_answered` gives the lines in the form model's shape (`parsers.records`): each answered
question becomes `question<TAB>answer` (its list mark, quote marks and "YES / NO" menu off).
`negative_answer` tells an answer that denies what its question asks (POLICY.md "Traps": a
criterion named in a question nobody affirmed is no criterion). `answers_the_booking` tells a
reply that books a conference to come from one about a conference already held.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from parsers.fields_tick import asks_police
from parsers.label_meaning import label_field, relationship_side
from parsers.labels import reply_above_quote
from parsers.records import Page

#: Quote marks at the start of a line ("> ", ">> ", "  >> ").
_QUOTE = re.compile(r"^(?:[ \t]{0,3}>)+[ \t]?")
#: An answer marked on its question's line: "Venue:  >> Britannia House" (two spaces or a
#: colon before the marker, so "a > b" in a sentence is none).
_MARKED_ANSWER = re.compile(r"^(?P<q>.*?\S)(?::\s*|\s{2,})(?P<mark>>{1,2})\s*(?P<a>\S.*)$")
#: A list's mark before a question: "1.", "2)", "a)", "(b)", "-", "•", "Q3".
_LIST_MARK = re.compile(r"^\s*(?:\(?(?:\d{1,2}|[a-hA-H])[.)]|[-•*·▪]|Q\d{1,2}[.:)]?)\s+")
#: A printed menu of the answers at the end of a question: "YES / NO", "(Y/N)".
_MENU = re.compile(r"[:\s]*\(?\b(?:yes|y)\s*/\s*(?:no|n)\b\)?\s*$", re.I)
#: An instruction in brackets after the question mark: "…household? (Include anyone who
#: stays over or babysits.)"
_ASKS = re.compile(r"\?\s*(?:\([^()]*\)\s*)?$")
#: The reply's own words saying its answers are written into the quoted message.
_ANNOUNCED = re.compile(
    r"\b(?:answers?|replies|responses?|comments?|answered|replied|responded)\b[^.\n]{0,40}?"
    r"\b(?:below|beneath|inline|in[\s-]line|under(?:neath)?|after\s+each|between|"
    r"in\s+(?:red|blue|green|purple|orange|bold|italics?|colou?r|capitals|caps))\b",
    re.I,
)
#: An answer that denies what it is asked: "No", "None.", "Nil - …", "Not known", or a verdict
#: at its end ("… checks were completed …, and the outcome was: none.").
_DENIES = re.compile(
    r"^\W*(?:no|none|nil|n/a|negative|not\s+(?:known|that\s+we\s+are\s+aware(?:\s+of)?))\b"
    r"(?!\s+(?:longer|further|other)\b)"
)
_VERDICT_NONE = re.compile(
    r"\b(?:outcome|result|answer|response|trace)s?\s+(?:was|were|is|are)\s*:?\s*"
    r"(?:none|nil|no(?:\s+trace)?|negative)\W*$|:\s*(?:none|nil|negative|no\s+trace)\W*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Answered:
    """One question answered inline: where its lines stand and their words."""

    question: tuple[int, ...]
    answer: tuple[int, ...]
    asked: str  # the question without list mark, quote marks or menu
    said: str  # the answer's lines joined, without their marks
    before: str = ""  # the words on the question's lines before it ("We have … on Friday.")
    said_marked: str = ""  # the answer as written, its lines' quote marks kept


def announced(text: str) -> bool:
    """Whether a reply's own words say its answers are written into what it quotes."""
    return _ANNOUNCED.search(text) is not None


def answered_questions(lines: Sequence[str], *, same_depth: bool = False) -> list[Answered]:
    """Every question answered inline on the lines (module docstring). `same_depth`: the reply
    announced its answers, so an answer may stand at its question's own quote depth."""
    found: list[Answered] = []
    taken: set[int] = set()
    index = 0
    while index < len(lines):
        pair = _marked(lines, index) or _below(lines, index, same_depth=same_depth)
        if pair is None or taken & {*pair.question, *pair.answer}:
            index += 1
            continue
        found.append(pair)
        taken.update(pair.question, pair.answer)
        index = max((*pair.question, *pair.answer)) + 1
    return found


def page_answered(page: Page, *, keep_marks: bool = False) -> tuple[str, ...]:
    """The page's lines with its questions answered inline joined to their answers; an answer
    at its question's own depth only when the reply above the quote announces it."""
    if not any("?" in line or ">" in line or ":" in line for line in page.lines):
        return page.lines  # nothing asks and nothing is quoted: most attachments' pages
    newest = reply_above_quote(page.text)
    same_depth = newest is not None and announced(newest)
    return lines_answered(page.lines, same_depth=same_depth, keep_marks=keep_marks)


def lines_answered(
    lines: Sequence[str], *, same_depth: bool = False, keep_marks: bool = False
) -> tuple[str, ...]:
    """The lines with each question answered inline as one `question<TAB>answer` line.

    `keep_marks`: the answer's lines keep their quote marks, so a sentence quoted from them as
    evidence is found verbatim in the email (the criteria's reading, which joins every
    question to its answer). Without it (the field reader's), a question no reader knows as a
    label ("Names / DOBs and who is in the household?") stays over its answer's lines, which
    are read as the prose they are, their marks off."""
    pairs = answered_questions(lines, same_depth=same_depth)
    if not pairs:
        return tuple(lines)
    joined = {pair.question[0]: pair for pair in pairs}
    gone = {i for pair in pairs for i in (*pair.question[1:], *pair.answer)}
    out: list[str] = []
    for index, line in enumerate(lines):
        pair = joined.get(index)
        if pair is None:
            if index not in gone:
                out.append(line)
            continue
        if pair.before:
            out.append(pair.before)
        if not keep_marks and not _understood(pair.asked):
            out.append(pair.asked)
            out.extend(_bare(lines[i]) for i in pair.answer)
            continue
        on_its_line = _MARKED_ANSWER.match(_bare(lines[index])) is not None
        if (
            len(pair.answer) > 1
            and not on_its_line
            and not _one_paragraph([lines[i] for i in pair.answer])
        ):
            # a list answered line by line ("Kyle Robertshaw 25/01/2016" / "Skye …"): the
            # question as a label over the answer's lines, each a line of its own
            out.append(f"{pair.asked}:")
            out.extend(lines[i] if keep_marks else _bare(lines[i]) for i in pair.answer)
        else:
            out.append(f"{pair.asked}\t{pair.said_marked if keep_marks else pair.said}")
    return tuple(out)


def _understood(asked: str) -> bool:
    """Whether some reader knows the question as a label: a field's, a person's role, the
    police question."""
    label = asked.rstrip(" ?")
    return bool(label_field(label) or relationship_side(label) or asks_police(asked))


#: A line at least this long that ends no sentence was wrapped: the next line continues it.
_WRAPPED = 50


def _one_paragraph(lines: Sequence[str]) -> bool:
    """Whether the answer's lines are one paragraph wrapped, not a list of items."""
    return all(
        len(_bare(line)) >= _WRAPPED and not _bare(line).endswith((".", "!", "?"))
        for line in lines[:-1]
    )


def negative_answer(said: str) -> bool:
    """Whether an answer denies what its question asks ("None. Mr Doyle's arrest was NFA'd";
    "checks were completed … and the outcome was: none.")."""
    text = said.strip().casefold()
    return bool(_DENIES.match(text) or _VERDICT_NONE.search(text))


def _depth(line: str) -> int:
    mark = _QUOTE.match(line)
    return mark.group(0).count(">") if mark else 0


def _bare(line: str) -> str:
    return _QUOTE.sub("", line).strip()


def _asked(question: str) -> str:
    """The question's words as a label: no list mark, no menu, no trailing colon."""
    text = _LIST_MARK.sub("", question).strip()
    text = _MENU.sub("", text).strip()
    return text.rstrip(" :").strip()


def _marked(lines: Sequence[str], index: int) -> Answered | None:
    """ "Label:  >> answer", with the marked lines under it that continue the answer."""
    found = _MARKED_ANSWER.match(_bare(lines[index]))
    if found is None or found["q"].count(">"):
        return None
    answer: list[int] = []
    said = [found["a"].strip()]
    marked = [found["a"].strip()]
    for at in range(index + 1, len(lines)):
        if not _continued_by_mark(lines[at], found["mark"]):
            break
        answer.append(at)
        said.append(_bare(lines[at]))
        marked.append(lines[at].strip())
    return Answered(
        (index,), tuple(answer), _asked(found["q"]), " ".join(said), "", " ".join(marked)
    )


def _continued_by_mark(line: str, mark: str) -> bool:
    stripped = line.lstrip()
    return stripped.startswith(mark) and not stripped.startswith(mark + ">")


def _below(lines: Sequence[str], index: int, *, same_depth: bool) -> Answered | None:
    """A question ending on line `index`, its answer on the lines under it (module docstring)."""
    question = _question_at(lines, index, labelled=True)
    if question is None:
        return None
    depth = _depth(lines[index])
    label_only = not _asks_in_words(question[2])
    at = index + 1
    while at < len(lines) and not _bare(lines[at]) and _depth(lines[at]) in (0, depth):
        at += 1  # blank lines, and a quote's empty ">" lines, between question and answer
    answer: list[int] = []
    while at < len(lines) and _bare(lines[at]):
        if _depth(lines[at]) == depth and (label_only or not same_depth):
            break  # a label's value under it is the form's own, read as any form's
        if answer and _depth(lines[at]) != _depth(lines[answer[0]]):
            break
        bare = _bare(lines[at])
        if (
            _question_at(lines, at) is not None
            or _MARKED_ANSWER.match(bare)
            or _LETTERED.match(bare)
        ):
            break
        answer.append(at)
        at += 1
    if not answer:
        return None
    indexes, before, asked = question
    said = " ".join(_bare(lines[i]) for i in answer)
    marked = " ".join(lines[i].strip() for i in answer)
    return Answered(indexes, tuple(answer), _asked(asked), said, before, marked)


def _asks_in_words(asked: str) -> bool:
    return bool(_ASKS.search(asked) or _REQUEST.match(_LIST_MARK.sub("", asked)))


#: Where a sentence ends inside a line.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\d])")
#: A request that asks as a question does: "Please confirm time and venue.", "Could you let
#: us know who lives there."
_REQUEST = re.compile(
    r"^(?:please|kindly|(?:could|can|would|will)\s+you)\b[^.?!]{0,60}?"
    r"\b(?:confirm|provide|advise|send|let\s+(?:us|me)\s+know|give|tell|state|list)\b[^.?!]*\.?$",
    re.I,
)
#: A question or an answer marked by its letter or word ("Q: …", "Answer - …").
_LETTERED = re.compile(r"^\s*(?:q|question|a|ans|answer)\s*[:.)–—-]\s", re.I)
#: The most lines one question is wrapped over.
_QUESTION_LINES = 3
#: The most words of a label that asks by its colon alone.
_LABEL_WORDS = 8


def _question_at(
    lines: Sequence[str], index: int, *, labelled: bool = False
) -> tuple[tuple[int, ...], str, str] | None:
    """(its lines, the words before it on them, the question) when a question ends on line
    `index`: its last sentence asks ("…?", "Please confirm the time.") — or, with `labelled`,
    is a short label ("Reason for conference:") — and the lines above it at its quote depth
    that run into it (no sentence ends them) are its first lines."""
    text = _bare(lines[index])
    if not text or _MARKED_ANSWER.match(text) or _LETTERED.match(text):
        return None  # "Q: …" / "A: …" are paired by their letters (`parsers.numbered`)
    first = index
    while (
        index - first + 1 < _QUESTION_LINES
        and first > 0
        and _bare(lines[first - 1])
        and _depth(lines[first - 1]) == _depth(lines[index])
        and not _bare(lines[first - 1]).endswith((".", "?", "!", ":"))
        and not _MARKED_ANSWER.match(_bare(lines[first - 1]))
    ):
        first -= 1
    joined = " ".join(_bare(lines[i]) for i in range(first, index + 1))
    mark = _LIST_MARK.match(joined)  # "1. Time?": the list's "1." ends no sentence
    asked = _SENTENCE_END.split(joined[mark.end() if mark else 0 :])[-1]
    if not (
        _asks_in_words(asked)
        or (labelled and asked.endswith(":") and len(asked.split()) <= _LABEL_WORDS)
    ):
        return None
    before = joined[: len(joined) - len(asked)].strip()
    if mark and before == mark.group(0).strip():
        before = ""  # only the list's mark: the question is the whole line
    return tuple(range(first, index + 1)), before, asked


#: What a question asks about a conference still to come: its time, date, place, or whether
#: the police attend.
_ABOUT_BOOKING = re.compile(
    r"\b(?:time|date|venue|when|where|location|room|attend\w*|written\s+report|officer)\b", re.I
)
#: What a question asks about a conference already held: its outcome, its minutes.
_ABOUT_HELD = re.compile(
    r"\b(?:held|took\s+place|outcome|minutes|decision\s+(?:was|of\s+the))\b", re.I
)
#: Fewest questions answered for a reply to stand in for the booking.
_BOOKING_ANSWERS = 2


def answers_the_booking(pages: Sequence[Page]) -> bool:
    """Whether a reply's body answers questions about a conference to come — its time, place
    or the police request among them — inline: it is then the booking the mailbox has for that
    conference (POLICY.md "Not every email is an invitation": an invitation is what books the
    police's part in a conference; set s, layout 92). A reply whose questions ask about a
    conference already held (its outcome, its minutes) books nothing."""
    for page in pages:
        if not page.is_body:
            continue
        newest = reply_above_quote(page.text)
        if newest is None:
            continue
        pairs = answered_questions(page.lines, same_depth=announced(newest))
        asked = [pair.asked for pair in pairs]
        if any(_ABOUT_HELD.search(text) for text in asked):
            return False
        if len(pairs) >= _BOOKING_ANSWERS and any(_ABOUT_BOOKING.search(t) for t in asked):
            return True
    return False
