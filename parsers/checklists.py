"""Check-list tables in the one form model: a mark in a column becomes a box before its label.

Issue 11: forms mark their options in many ways — a "Mark with X" column, a "Tick" column,
"Yes / No" cells — and the text readers bind a mark to its option only as `☒`/`☐` before the
label (`parsers.records`). A table whose header has a mark column is rewritten row by row:
"Parental substance misuse<TAB>X" → "☒ Parental substance misuse", "Domestic abuse" (its
mark cell empty) → "☐ Domestic abuse". Then the criteria read an unmarked risk as a template
item, never as evidence, and the police question's two rows as two boxes, whatever the format
the table came in (Word, HTML, PDF or plain text). A code may stand in a column of its own
before the label ("11A <TAB> Child sexual exploitation <TAB> No"); a bare line followed by prose
is the heading after the table ("Reason for conference"), not an unmarked option (set p).
Grids whose header names no mark column are read by `parsers.checklist_grid`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.answer_marks import answers_folded
from parsers.checklist_grid import grid_marked
from parsers.question_grid import question_grids
from parsers.records import CELL, MARKED, UNMARKED, Page

_MARK_HEADER = re.compile(
    r"^\s*(?:\(?(?:please\s+)?(?:mark|tick|cross)(?:\s+(?:with\s+(?:an?\s+)?)?(?:x|✓|✔|cross|tick))?"
    r"(?:\s+(?:if|where|as)\s+(?:applicable|appropriate|relevant|applies))?\)?|"
    r"yes\s*/\s*no|y\s*/\s*n|applies\??|applicable\??|relevant\??|present\??)\s*$",
    re.I,
)
_MARKED_CELL = re.compile(r"^\s*(?:x|✓|✔|☒|☑|yes|y|✗|✘)\s*$", re.I)
_EMPTY_CELL = re.compile(r"^\s*(?:no|n|-|–|☐)?\s*$", re.I)
_MAX_LABEL_WORDS = 10
_CODE = re.compile(r"^\s*[A-Za-z]{0,2}\d{1,2}[A-Za-z]?\s*$")  # "11A", "3B", "C4", "21"
_PROSE_WORDS = 8


def mark_checklists(page: Page) -> Page:
    """The page with each check-list table's marks as boxes; other lines as they were."""
    out: list[str] = []
    column: int | None = None
    lines = tuple(question_grids(answers_folded(page.lines)))
    for at, line in enumerate(lines):
        cells = line.split(CELL)
        following = lines[at + 1] if at + 1 < len(lines) else ""
        boxed = _boxed(cells, column, following) if column is not None else None
        if boxed is not None:
            out.append(boxed)
            continue
        column = _mark_column(cells)  # a new table's header, or the end of this one
        out.append(line)
    out = grid_marked(out)
    if tuple(out) == page.lines:
        return page
    return replace(page, lines=tuple(out))


def _mark_column(cells: list[str]) -> int | None:
    """The mark column of a header row (the label column first, the mark column after it)."""
    if len(cells) < 2 or not cells[0].strip():
        return None
    marks = [i for i, c in enumerate(cells) if i and _MARK_HEADER.match(c)]
    return marks[0] if len(marks) == 1 else None


def _boxed(cells: list[str], column: int, following: str) -> str | None:
    """A row as "☒ label" / "☐ label", or None when the row is no option of the table."""
    label = cells[0].strip()
    first = 1
    if _CODE.match(label) and column >= 2 and len(cells) > 1:  # "11A <TAB> CSE <TAB> No"
        label, first = f"{label} {cells[1].strip()}", 2
    if not label or len(label.split()) > _MAX_LABEL_WORDS or len(cells) > column + 1:
        return None
    if ":" in label or MARKED in label or UNMARKED in label:
        return None
    if len(cells) == 1 and CELL not in following and len(following.split()) >= _PROSE_WORDS:
        return None  # the heading of the prose below the table
    mark = cells[column] if column < len(cells) else ""
    if any(c.strip() for c in cells[first:column]):
        return None  # a cell between the label and the mark: another kind of table
    if _MARKED_CELL.match(mark):
        return f"{MARKED} {label}"
    if _EMPTY_CELL.match(mark):
        return f"{UNMARKED} {label}"
    return None
