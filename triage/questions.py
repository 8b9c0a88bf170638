"""A form's question printed on its own: the form's words, not an assertion, unless answered yes.

Why: a form asks "7. Any arrests?" or "Has anyone been charged?" and leaves the answer blank,
answers it elsewhere, or answers it no on the line below. Read as a sentence, the question's
concept word ("arrests", "charged") was taken for a fact: a numbered-question form was read as
a current investigation and `attend` when `report_only` was right (the brief "marks", gap 3).
The question carries the concept and its answer the polarity, so the question is affirmed only
by its answer: "Is there a current police investigation? Yes" (one unit, read as said, as
before), a "Yes" on the line under it, or an answer in words of its own under it ("Father seen
with older males in cars" under "Any CSE concerns?": read with its question, as before — the
safe side). Under it "No", "None", "N/A", "Not known", nothing, the form's next item ("8. …",
"Venue: …") or a sign-off leave it the form's words. A question answered by number elsewhere
(`parsers.numbered`) or beside it in a table row (`triage.segments`) is joined to its answer
before this rule is asked.

A question answered on its own row is bound to its answer before anything is read
(`answers_bound`): the cell after it, or the words after its "?" on its line — a Yes, a No, an
Unknown in words or as a code (Y, N, N/A, ✔, ✗), or the boxes a question grid's row was given
(`parsers.question_grid`: "☐ Yes ☒ No ☐ Unknown"). The question becomes the box its answer
stands for, before its words (`parsers.records`): a yes `MARKED` — the question's words are
what the person affirmed, and its evidence —, a no or an unknown `UNMARKED` — the form's words,
nobody's assertion —, a yes and a no both marked `UNREAD` — read as written, on the safe side,
for a person to look at. What the writer adds after the answer ("N - cancelled", "Y - charged
on 04/12") stays a cell of its own, read as said. Issue 11, set y (layout 122): every risk
question of a Yes/No/Unknown grid read as asserted, whatever its answer.

A *bare form question* is one sentence that asks, numbered or not, that opens as a form's
question does ("Any …", "Is there …", "Has anyone …", "What …") and is not written to the
reader ("Could you attend …?") nor gives a reason of its own ("… given the arrest last week?"):
a question in a letter's prose that carries a fact ("Mum's partner was arrested last week. Is
the investigation still ongoing?") is more than one sentence and is read as said.
"""

from __future__ import annotations

import re

from parsers.page_text import narrowed
from parsers.records import CELL, MARKED, UNMARKED, UNREAD

#: A form's numbering before its question: "7.", "7)", "1.2", "Q7:".
_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|Q\d{1,2}[.:)]?)\s+", re.I)
#: How a form's question opens: a yes/no question's verb, "Any", or a question word.
_OPENS = re.compile(
    r"^(?:any|is|are|was|were|has|have|had|does|do|did|will|should|must|"
    r"what|which|who|whom|when|where|how)\b",
    re.I,
)
#: A question written to the reader, or one that gives its own reason: a letter's, not a form's.
_ASIDE = re.compile(
    r"\b(?:you|your|we|because|since|given|following|due\s+to|as\s+(?:he|she|they|there))\b",
    re.I,
)
#: Brackets in a question (an instruction, examples): "(e.g. arrests, bail)".
_BRACKETS = re.compile(r"\([^()]*\)")
_SENTENCE_END = re.compile(r"[.!?;]\s")
_MAX_WORDS = 25
#: An answer that says yes: "Yes", "Y – …", "☒ Yes".
_YES = re.compile(r"^\W*(?:yes|y|yep|confirmed)\b", re.I)
_YES_MARKED = re.compile(rf"{MARKED}\s*(?:yes|y)\b", re.I)
#: An answer that says no, or that nothing is known.
_NO = re.compile(
    r"^\W*(?:no|n|none|nil|n/a|na|negative|unknown|not\s+(?:known|applicable|that\s+we\s+know))\b",
    re.I,
)
#: The form's next item: numbered, or a "Label: value" line.
_ITEM = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|Q\d{1,2}\b|[A-Za-z][\w /'()&-]{0,40}:(?:\s|$))"
)
_SIGN_OFF = re.compile(
    r"^\W*(?:kind\s+|best\s+|warm\s+)?(?:regards|thanks|many\s+thanks|thank\s+you|yours)\b", re.I
)
#: A place left blank for an answer: a line of underscores, dots or dashes.
_BLANK = re.compile(r"[\s_.…-]*")


def bare_question(unit: str) -> bool:
    """The unit is one form question with no answer in it (module docstring)."""
    text = unit.strip()
    ask = text.rfind("?")
    if ask < 0 or _BRACKETS.sub("", text[ask + 1 :]).strip():
        return False  # no question mark, or words after it: an answer given on its line
    body = " ".join(_BRACKETS.sub(" ", _NUMBER.sub("", text[:ask], count=1)).split())
    return (
        _OPENS.match(body) is not None
        and _SENTENCE_END.search(body) is None
        and _ASIDE.search(body) is None
        and len(body.split()) <= _MAX_WORDS
    )


def affirmed_by(answer: str | None) -> bool:
    """The line under a bare question answers it, yes or in words of its own (module
    docstring); None when nothing follows it."""
    text = (answer or "").strip()
    if not text or _BLANK.fullmatch(text):
        return False
    if MARKED in text:
        return _YES_MARKED.search(text) is not None
    if _YES.match(text):
        return True
    return not (_NO.match(text) or _ITEM.match(text) or _SIGN_OFF.match(text) or text.endswith("?"))


#: An answer that says yes, no, or that it is not known, as a word or a code, with the
#: writer's words after a separator ("N - CANCELLED", "Yes, DC Hirst").
_YES_WORD = r"yes|y|✓|✔"
_NO_WORD = r"no|n|none|nil|n/a|na|unknown|not\s+known|don'?t\s+know|unsure|not\s+sure|✗|✘"
_CODED = re.compile(
    rf"^\s*(?:(?P<yes>{_YES_WORD})|(?P<no>{_NO_WORD}))"
    r"(?:\s*$|\s*[-–—,;:(.]\s*(?P<rest>.*?)\s*$)",
    re.I | re.S,
)
#: A grid row's answer as boxes (`parsers.question_grid`): "☐ Yes ☒ No ☐ Unknown".
_BOXED = re.compile(rf"^\s*(?:[{MARKED}{UNMARKED}]\s*(?:{_YES_WORD}|{_NO_WORD})\s*)+$", re.I)
_BOX = re.compile(
    rf"([{MARKED}{UNMARKED}])\s*({_YES_WORD}|{_NO_WORD})(?=\s*(?:[{MARKED}{UNMARKED}]|$))", re.I
)
#: A question with its answer after it on its line: "Any CSE concerns?  N".
_ASKED = re.compile(r"^(?P<q>[^\t]*\?)(?P<a>[^?\t]*)$")
#: Where a question's sentence starts after a statement before it on its line.
_SENTENCE = re.compile(r"(?<=[^\W\d_]{2}[.!])\s+(?=\S)")  # not after a number: "4. Any …?"
_LABEL_WORDS = 25


def answers_bound(lines: list[str]) -> list[str]:
    """The lines with each question answered on its row as the box its answer stands for
    (module docstring)."""
    return [_bound(line) for line in lines]


def _bound(line: str) -> str:
    """One line's questions bound. The answers are read on the line's full-width forms as ASCII
    ("required？ Ｎ": `parsers.page_text.narrowed`, one character for one), the question's
    words kept as written, so its quote stays verbatim."""
    if not any(mark in line for mark in ("?", "？", MARKED, UNMARKED)):
        return line  # the common case: no question, no grid row
    wide = narrowed((line,))[0]
    cells, said = line.split(CELL), wide.split(CELL)
    out: list[str] = []
    at = 0
    while at < len(cells):
        beside = _answer_beside(said[at], said[at + 1]) if at + 1 < len(cells) else None
        if beside is not None:
            box, rest = beside
            out += [_boxed(box, cells[at]), *([cells[at + 1][rest]] if rest.stop else [])]
            at += 2
            continue
        out += _answered_on_line(cells[at], said[at])
        at += 1
    return CELL.join(out)


_NO_REST = slice(0, 0)


def _answer_beside(question: str, answer: str) -> tuple[str, slice] | None:
    """The box for a question cell whose next cell answers it, and where in that cell the
    writer's words after the answer stand; None when the two are no question and its answer."""
    text = question.strip()
    if not text or text[0] in (MARKED, UNMARKED, UNREAD) or len(text.split()) > _LABEL_WORDS:
        return None
    if _BOXED.match(answer):
        return _boxes_said(answer), _NO_REST
    if not text.rstrip(" )").endswith("?") and not _ASKS_IN_BRACKETS.search(text):
        return None  # a label and its value: `parsers.yes_no_codes` reads the short ones
    coded = _CODED.match(answer)
    if coded is None:
        return None
    return (MARKED if coded["yes"] else UNMARKED), _rest(coded)


def _rest(coded: re.Match[str]) -> slice:
    """Where the writer's words after a coded answer stand ("N - cancelled"), if any."""
    if not (coded["rest"] or "").strip():
        return _NO_REST
    return slice(coded.start("rest"), coded.end("rest"))


#: A question with an instruction in brackets after it: "…household? (include visitors)".
_ASKS_IN_BRACKETS = re.compile(r"\?\s*\([^()]*\)\s*$")


def _boxes_said(answer: str) -> str:
    marked = {
        "yes" if re.fullmatch(_YES_WORD, word, re.I) else "no"
        for box, word in _BOX.findall(answer)
        if box == MARKED
    }
    if marked == {"yes", "no"}:
        return UNREAD  # both marked: not told, read as written for a person to look at
    return MARKED if marked == {"yes"} else UNMARKED


def _answered_on_line(cell: str, said: str) -> list[str]:
    """A cell that asks and answers on one line ("4. Any CSE concerns?  N", "Is the
    conference going ahead? N - CANCELLED") as the box and its question, the writer's words
    after the answer a cell of their own; a statement before the question stays as it is.
    `said` is the cell with its full-width forms as ASCII (`_bound`)."""
    asked = _ASKED.match(said)
    if asked is None or not asked["a"].strip():
        return [cell]
    coded = _CODED.match(asked["a"])
    if coded is None:
        return [cell]
    before, question = _question_sentence(cell[: asked.end("q")])
    if len(question.split()) > _LABEL_WORDS or question[:1] in (MARKED, UNMARKED, UNREAD):
        return [cell]
    box = MARKED if coded["yes"] else UNMARKED
    rest = _rest(coded)
    tail = cell[asked.start("a") :][rest].strip()
    return [f"{before}{_boxed(box, question)}", *([tail] if tail else [])]


def _boxed(box: str, question: str) -> str:
    """The box before the question's words, after its number ("4. ☐ Any CSE concerns?"): a
    box's label is the words after it up to a sentence's end (`triage.segments`)."""
    number = _NUMBER.match(question)
    at = number.end() if number else 0
    return f"{question[:at]}{box} {question[at:].strip()}".strip()


def _question_sentence(text: str) -> tuple[str, str]:
    """The words before a question's sentence (with their space) and the sentence itself."""
    starts = [m.end() for m in _SENTENCE.finditer(text)]
    at = starts[-1] if starts else len(text) - len(text.lstrip())
    return text[:at], text[at:].strip()
