"""Question grids: a row per question, its answer a mark under a Yes, a No or an Unknown column.

Why (issue 11, set y, layout 122): a form asks each risk question on a row of its own and
answers it with an X under one of its header's answers — "Question | Yes | No | Unknown |
Details", "Is there a current police investigation? | X | | | DC Lund, CPPU". Read as text, the
row is the question's words and an X: every question asked (police protection, a registered
sex offender, CSE) read as said whatever column was marked, and the police question's answer
was no answer at all.

What: under a header row that names a yes and a no column (and perhaps a don't-know: Unknown,
Not known, Unsure, N/A), each row whose cells under those columns hold only marks (X ✓ ✔ ☒ ✗,
or the column's own word) or nothing is rewritten. A row that asks — its words end with "?",
or it is the police question — becomes

    question <TAB> ☒ Yes ☐ No ☐ Unknown <TAB> the row's other cells

— each header answer a box before its word, marked when its column is (`parsers.records`:
a box before its option), in the cell after the question, where every reader takes a
question's answer: the police question's (`parsers.police_boxes`: "☐ Yes ☒ No" after it is a
written report), a risk question's (`triage.questions`: a No or an Unknown leaves it the form's
words, a Yes affirms it). Both a yes and a no marked stay both marked: the answer is ambiguous,
and the readers say so. A row that names an option ("Neglect | X | ") is the option's one box,
as every check list's is (`parsers.checklists`): "☒ Neglect" under a yes, "☐ Neglect" under
a no or a don't-know, `UNREAD` under both. A row's words before the first answer column (a
number, the question) are its question; a line that is no such row ends the grid.

Grids that mark options for whom they apply, with no yes and no column, are
`parsers.checklist_grid`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.police_options import QUESTION, option_in
from parsers.records import CELL, MARKED, UNMARKED, UNREAD

_YES = re.compile(r"^\s*(?:yes|y)\s*$", re.I)
_NO = re.compile(r"^\s*(?:no|n)\s*$", re.I)
_NOT_KNOWN = re.compile(
    r"^\s*(?:unknown|not\s+known|don'?t\s+know|unsure|not\s+sure|n/?k|n/?a|not\s+applicable)\s*$",
    re.I,
)
_MARK = re.compile(r"^\s*(?:[xX✓✔☒☑✗✘●•■])\s*$")
_BLANK = re.compile(r"^\s*(?:☐|-|–|—)?\s*$")
#: The most words of a header's other cells ("Details", "Comments / evidence").
_HEADER_WORDS = 5


def question_grids(lines: Sequence[str]) -> list[str]:
    """The lines with each question grid's rows answered in their second cell (module
    docstring); other lines as they were."""
    out = list(lines)
    columns: dict[int, str] = {}
    for at, line in enumerate(out):
        if CELL not in line:
            columns = {}  # no table's row, nor its header: the grid, if any, has ended
            continue
        row = _answered(line, columns) if columns else None
        if row is not None:
            out[at] = row
            continue
        columns = _answer_columns(line)
    return out


#: A cell that says yes, as a header's must: most lines have none and are no header.
_YES_CELL = re.compile(r"\t\s*(?:yes|y)\s*(?:\t|$)", re.I)


def _answer_columns(line: str) -> dict[int, str]:
    """A header's answer columns by position, with their words ("Yes", "No", "Not known")."""
    if _YES_CELL.search(line) is None:
        return {}
    cells = line.split(CELL)
    found = {
        i: cell.strip()
        for i, cell in enumerate(cells)
        if i and (_YES.match(cell) or _NO.match(cell) or _NOT_KNOWN.match(cell))
    }
    kinds = {_kind(word) for word in found.values()}
    if not {"yes", "no"} <= kinds or len(kinds) != len(found):
        return {}  # no yes and no, or one answer twice: another table
    others = [c for i, c in enumerate(cells) if i not in found and i]
    if any(len(c.split()) > _HEADER_WORDS or _MARK.match(c) for c in others):
        return {}
    return found


def _kind(word: str) -> str:
    if _YES.match(word):
        return "yes"
    return "no" if _NO.match(word) else "unknown"


def _answered(line: str, columns: dict[int, str]) -> str | None:
    """A row as "question<TAB>☒ Yes ☐ No<TAB>…", or None when it is no row of the grid."""
    cells = line.split(CELL)
    first = min(columns)
    question = " ".join(c.strip() for c in cells[:first] if c.strip())
    if not question or len(cells) < 2:
        return None
    marks: list[str] = []
    for i, word in columns.items():
        cell = cells[i] if i < len(cells) else ""
        if _MARK.match(cell) or _own_word(cell, word):
            marks.append(f"{MARKED} {word}")
        elif _BLANK.match(cell):
            marks.append(f"{UNMARKED} {word}")
        else:
            return None  # words under an answer column: another kind of row
    rest = [c.strip() for i, c in enumerate(cells) if i > first and i not in columns and c.strip()]
    if _asks(question):
        return CELL.join([question, " ".join(marks), *rest])
    return CELL.join([f"{_box(marks)} {question}", *rest])


def _asks(label: str) -> bool:
    """A row that asks ("…in the household?") or is the police question: its answer is a Yes
    or a No, kept as such — a No to "Police attendance required" chooses the report."""
    asked = label.rstrip(" )").endswith(("?", "？"))
    return asked or bool(QUESTION.search(label) or option_in(label))


def _box(marks: list[str]) -> str:
    """An option's one box ("Neglect | X | " is "☒ Neglect"): marked under a yes, unmarked
    under a no or a don't-know, unread under both a yes and a no (`parsers.records`)."""
    said = {_kind(mark[1:]) for mark in marks if mark.startswith(MARKED)}
    if {"yes", "no"} <= said:
        return UNREAD
    return MARKED if "yes" in said else UNMARKED


def _own_word(cell: str, word: str) -> bool:
    """A column's own answer typed in it: "Yes" (or "Y") under "Yes"."""
    answer = _YES.match(cell) or _NO.match(cell) or _NOT_KNOWN.match(cell)
    return answer is not None and _kind(cell) == _kind(word)


__all__ = ["question_grids"]
