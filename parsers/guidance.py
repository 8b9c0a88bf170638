"""A form's guidance, help and example text, told apart from what the form says (set p).

Why: council templates print the police attendance criteria ("Police will normally attend where
the child is the subject of a current police investigation, … placed in police protection, …"),
help text under each label, "Example:" lines with an invented family and date, and leave
mail-merge fields and placeholders unfilled. Every criterion word is in that text, and it
describes no family: read as facts, it gave 20 spurious criteria in set p, an example child as
a child and an example date as the conference date.

What: guidance is wrapped in `GUIDE_OPEN` … `GUIDE_CLOSE` (`parsers.records`) in the page's
lines. It stays in the text a person sees (the desk shows it as printed guidance); the field
readers read the page without it (`said_page`) and the criteria read it as template context,
like an unticked option (`triage.segments`).

How guidance is known, in any format:
- by its formatting, marked by the readers that see it (Word: grey or guidance-styled runs
  outside answers; HTML: grey or guidance-classed elements outside quoted mail; PDF: grey
  characters) and checked here (`_formatting_kept`): a span holding a tick box, standing as a
  box's label, opening its cell as a label or naming the police question is the form's
  question, not help (its words may still make it guidance); a page mostly "help" is a page
  written in grey, and keeps its words;
- by its words (`parsers.guidance_words`): a placeholder or merge field, a cue ("Guidance:",
  "Example:", "Note for partner agencies:"), a statement of what police do in general
  ("Police will normally attend where …", a list of criteria in the abstract) and an
  instruction to whoever fills the form in ("Tick one box.", "If police are involved give …");
- by its shape: a code legend under a coded export ("Legend: RSO registered sex offender |
  …", "PPO = police protection order"; `parsers.legend`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import partial

from parsers.guidance_words import Carry, guidance_spans, names_this_case
from parsers.legend import legend_lines
from parsers.records import CELL, GUIDE_CLOSE, GUIDE_OPEN, MARKED, UNMARKED, UNREAD, Page

_SPAN = re.compile(f"{GUIDE_OPEN}([^{GUIDE_OPEN}{GUIDE_CLOSE}]*){GUIDE_CLOSE}")
_MARKERS = re.compile(f"[{GUIDE_OPEN}{GUIDE_CLOSE}]")
_BOXES = (MARKED, UNMARKED, UNREAD)
#: What the form's police question is about, whatever colour it is printed in.
_POLICE_QUESTION = re.compile(r"\battend|\breport\b|\bpolice\s+(?:contribution|input)\b", re.I)
#: A page whose formatted "help" is more than this share of its words is a page written in
#: grey (or italic grey) by its author: its formatting says nothing about what is help.
_MOSTLY = 0.6
_SHORT_PAGE = 200  # characters: too little text to judge its share


def mark_guidance(page: Page) -> Page:
    """The page with its guidance wrapped; the same page when it has none."""
    lines = _formatting_kept(page.lines)
    out: list[str] = []
    carry = Carry.NONE
    columns: frozenset[int] = frozenset()  # a table's guidance columns, from its header
    for line in lines:
        marked, carry = _worded(line, carry)
        if CELL not in line:
            columns = frozenset()
        elif columns:
            marked = _columns_wrapped(marked, columns)
        else:
            columns = _guidance_columns(line)
            marked = _columns_wrapped(marked, columns) if columns else marked
        out.append(marked)
    for at in legend_lines([_MARKERS.sub("", line) for line in lines]):
        out[at] = _legend_wrapped(out[at])
    found = tuple(_tidy(line) for line in out)
    if found == page.lines:
        return page
    return replace(page, lines=found)


def has_guidance(text: str) -> bool:
    return GUIDE_OPEN in text


def parts(text: str) -> Iterator[tuple[str, bool]]:
    """The text in pieces, each with whether it is guidance (markers left off)."""
    at = 0
    for found in _SPAN.finditer(text):
        if found.start() > at:
            yield _MARKERS.sub("", text[at : found.start()]), False
        yield found.group(1), True
        at = found.end()
    if at < len(text):
        yield _MARKERS.sub("", text[at:]), False


def said(text: str) -> str:
    """The text without its guidance: what the form's filler wrote and the form asked. A
    cell that held guidance alone goes with it ("Mother | e.g. Mary Smith | Jasmine Marsden":
    the label stands beside its answer again)."""
    if GUIDE_OPEN not in text and GUIDE_CLOSE not in text:
        return text
    cells = []
    for cell in text.split(CELL):
        kept = " ".join("".join(piece for piece, guide in parts(cell) if not guide).split())
        if kept or GUIDE_OPEN not in cell:  # a cell of guidance alone is gone, not left empty
            cells.append(kept)
    return CELL.join(cells).rstrip(CELL)


def said_page(page: Page) -> Page:
    """The page as the field readers read it: guidance gone, a line of guidance alone gone
    (so a label and its value below the help between them stand together again)."""
    if not any(GUIDE_OPEN in line for line in page.lines):
        return page
    lines = tuple(
        said(line) for line in page.lines if not (has_guidance(line) and not said(line).strip())
    )
    return replace(page, lines=lines)


def wrapped(text: str) -> str:
    """`text` marked as guidance, its white space outside the markers."""
    core = text.strip()
    if not core:
        return text
    start = text.index(core)
    return f"{text[:start]}{GUIDE_OPEN}{core}{GUIDE_CLOSE}{text[start + len(core) :]}"


def _formatting_kept(lines: tuple[str, ...]) -> list[str]:
    """The readers' formatting marks that hold, the others undone (module docstring)."""
    if not any(GUIDE_OPEN in line for line in lines):
        return list(lines)
    words = sum(len(_MARKERS.sub("", line).split()) for line in lines)
    marked = sum(len(m.group(1).split()) for line in lines for m in _SPAN.finditer(line))
    chars = sum(len(line) for line in lines)
    if chars >= _SHORT_PAGE and words and marked / words > _MOSTLY:
        return [_MARKERS.sub("", line) for line in lines]
    return [_kept_in_line(line) for line in lines]


def _kept_in_line(line: str) -> str:
    if GUIDE_OPEN not in line:
        return line
    cells = line.split(CELL)
    out = []
    for at, cell in enumerate(cells):
        answered = any(c.strip() for c in cells[at + 1 :])
        out.append(_SPAN.sub(partial(_kept_span, answered=answered, value=at > 0), cell))
    return CELL.join(out)


#: A label is a few words: its answer stands after it, or it ends as a prompt does.
_LABEL_WORDS = 10


def _kept_span(found: re.Match[str], *, answered: bool, value: bool) -> str:
    """The span as guidance, or its bare text — for its words to decide (`guidance_words`)
    — when it may be no help:

    - it holds a tick box or is a box's label, or names the police question: the form's own;
    - it is the label its cell opens with: its answer in a cell after it, or a prompt ending
      in ":" or "?" (a form printing its labels in grey must still have its date, children and
      police question read);
    - it is a whole answer cell, or it names someone or a date outside an example: typed over
      grey placeholder formatting, an answer stays grey in Word — and an answer it is."""
    inside = found.group(1)
    before = found.string[: found.start()]
    if any(box in inside for box in _BOXES) or before.rstrip(" ").endswith(_BOXES):
        return inside
    if _POLICE_QUESTION.search(inside):
        return inside
    text = inside.strip()
    if not text:
        return inside
    opens = not before.strip()
    whole = opens and not found.string[found.end() :].strip()
    if opens and (answered or (text.endswith((":", "?")) and len(text.split()) <= _LABEL_WORDS)):
        return inside
    if (value and whole) or names_this_case(text):
        return inside
    return found.group(0)


#: A table column of guidance, by its header ("Question | Guidance | Answer").
_GUIDANCE_HEADER = re.compile(
    r"^\s*(?:guidance(?:\s+notes?)?|help(?:\s+text)?|hints?|examples?|instructions?|"
    r"notes?\s+(?:for|on)\s+(?:completion|completing)|how\s+to\s+complete(?:\s+this)?)\s*:?\s*$",
    re.I,
)


def _guidance_columns(line: str) -> frozenset[int]:
    cells = line.split(CELL)
    return frozenset(i for i, cell in enumerate(cells) if _GUIDANCE_HEADER.match(cell))


def _legend_wrapped(line: str) -> str:
    """A line of a code legend (`parsers.legend`) as guidance, cell by cell."""
    return CELL.join(wrapped(cell) for cell in _MARKERS.sub("", line).split(CELL))


def _columns_wrapped(line: str, columns: frozenset[int]) -> str:
    """The row with its cells under a guidance header wrapped (never a box: the form's own)."""
    cells = line.split(CELL)
    for at in columns:
        cell = cells[at] if at < len(cells) else GUIDE_OPEN
        if GUIDE_OPEN not in cell and not any(box in cell for box in _BOXES):
            cells[at] = wrapped(cell)
    return CELL.join(cells)


def _worded(line: str, carry: Carry) -> tuple[str, Carry]:
    """The line with the guidance its words show wrapped, and what the next line continues.
    A table row's cells are read apart and carry nothing over; a cell after the first is no
    label, so a lone instruction in it is guidance ("Reason | Describe the concerns | …")."""
    cells = line.split(CELL)
    if len(cells) > 1:
        worded = (
            _worded_cell(cell, Carry.NONE, label_cell=at == 0)[0] for at, cell in enumerate(cells)
        )
        return CELL.join(worded), Carry.NONE
    if not line.strip():
        return line, Carry.NONE
    return _worded_cell(line, carry)


def _worded_cell(cell: str, carry: Carry, *, label_cell: bool = True) -> tuple[str, Carry]:
    out: list[str] = []
    pieces = list(parts(cell)) if GUIDE_OPEN in cell else [(cell, False)]
    for piece, guide in pieces:
        if guide:  # help by its formatting: what the words before it left open goes on
            out.append(wrapped(piece))
            continue
        spans, carry = guidance_spans(piece, carry, label_cell=label_cell)
        at = 0
        for start, end in spans:
            out.append(piece[at:start])
            out.append(wrapped(piece[start:end]))
            at = end
        out.append(piece[at:])
    return "".join(out), carry


_ADJACENT = re.compile(f"{GUIDE_CLOSE}( *){GUIDE_OPEN}")
_EMPTY = re.compile(f"{GUIDE_OPEN} *{GUIDE_CLOSE}")


def _tidy(line: str) -> str:
    """Adjacent guidance spans of one cell made one; empty ones dropped."""
    if GUIDE_OPEN not in line:
        return line
    return _EMPTY.sub("", _ADJACENT.sub(r"\1", line))
