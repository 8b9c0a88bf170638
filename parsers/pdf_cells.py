"""A ruled table's row whose cells wrapped over several printed lines, read as one line.

Why: a Word or OpenDocument form saved as PDF by an office suite (LibreOffice, Word's "Save as
PDF") keeps the table, but a cell's text is wrapped inside its column: "Is police | attendance
| requested at | this | conference?" down a narrow label cell, the boxes "Yes ☒ No ☐" beside its
first line; "Harley Crowthe" over "r" and "12/04/20" over "12" in a narrow name or date column.
Read as lines across the page, the row's answer stands beside a question cut after two words,
the rest of the question comes as lines of its own, and a surname or a year loses its end. The
Word reader reads the same row as one line, each cell's paragraphs joined (`parsers.docx`);
this makes the PDF read so too (cross-format check, `scripts/cross-format`).

How: a printed line continues the line above inside the same ruled row when a rule runs
across right above the row's first line and none between them, every word of it sits in a
cell ruled on both sides over both lines, and in at least one of its cells (and in every cell
both lines write in) its first word would not have fitted in the room left at the end of the
line above in that cell (greedy line filling: `parsers.pdf_wrap`, here with the cell's right
rule as the margin). A cell's line that is one word filling the cell was broken inside the
word (a word wider than the column), and its next line's first word is the word's end, joined
without a space. Each cell's words then come in
reading order, cell after cell, so the row is one line with a TAB between its cells.

A cell's list of options, a box and its label a paragraph ("☒ Attendance required" over
"☐ Written report sufficient"), is the cell's text too, as in Word's reading; a lone box is a
grid's cell and never continues one. Two lines of a cell that each hold a date are two entries
(a child per line, with a birth date). When in doubt, lines stay apart, as before.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from parsers.records import MARKED, UNMARKED

if TYPE_CHECKING:
    from parsers.pdf_columns import Rule
    from parsers.pdf_layout import Word

#: Lines of one cell's paragraph are at most this many ems apart, top to top (`pdf_wrap`).
_PITCH_EM = 1.45
#: A cell's text stops short of its right rule by its padding: at most this many ems.
_PADDING_EM = 0.8
#: A space is about this many ems wide, when a line shows none of its own.
_SPACE_EM = 0.25
#: A rule thinner than this many points is a line; a thicker box has a top and a bottom rule.
_THIN = 2.0
_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")

Edge = tuple[float, float, float]  # a vertical rule: x, top, bottom
Cell = tuple[float, float]  # its left and right rule


def cells_unwrapped(
    lines: Sequence[list[Word]], *, edges: Sequence[Edge], rules: Sequence[Rule]
) -> list[list[Word]]:
    """The page's lines (top to bottom, each left to right), each printed line that continues
    a ruled row's cells joined to it, the row's words put cell after cell."""
    across = _across(rules)
    joined: list[list[Word]] = []
    for line in lines:
        merged = _continued(joined[-1], line, edges, across) if joined and line else None
        if merged is None:
            joined.append(line)
        else:
            joined[-1] = merged
    return joined


def _across(rules: Sequence[Rule]) -> list[tuple[float, float, float]]:
    """Every rule running across: (y, x0, x1) of a thin line and of a box's top and bottom."""
    out: list[tuple[float, float, float]] = []
    for r in rules:
        if r.bottom - r.top < _THIN:
            out.append(((r.top + r.bottom) / 2, r.x0, r.x1))
        elif r.x1 - r.x0 >= _THIN:
            out += [(r.top, r.x0, r.x1), (r.bottom, r.x0, r.x1)]
    return out


def _continued(
    above: list[Word], line: list[Word], edges: Sequence[Edge], across: Sequence[tuple[float, ...]]
) -> list[Word] | None:
    """`above` with `line` joined into its cells, or None when `line` does not continue it."""
    if any(w.cell or w.after for w in (*above, *line)):
        return None
    top = min(w.middle for w in above)
    by_cell: dict[Cell, tuple[list[Word], list[Word]]] = {}
    for i, word in enumerate((*above, *line)):
        cell = _cell(word, top, line[0].middle, edges)
        if cell is None:
            return None
        by_cell.setdefault(cell, ([], []))[i >= len(above)].append(word)
    if not all(_ruled_above(above, cell, across) for cell in by_cell):
        return None
    wrapped = False
    for cell, (upper, lower) in by_cell.items():
        if not lower:
            continue
        if _ruled_between(above, lower, cell, across):
            return None
        if not upper:
            continue  # a cell whose text starts lower down (centred in its row)
        if _next_option(upper, lower):
            continue
        if not _wraps(upper, lower, cell):
            return None
        wrapped = True
    wrapped = wrapped or all(
        _next_option(upper, lower) for upper, lower in by_cell.values() if lower
    )
    if not wrapped:
        return None
    row: list[Word] = []
    for cell in sorted(by_cell):
        upper, lower = by_cell[cell]
        row += _joined(upper, lower, cell)
    return row


def _cell(word: Word, top: float, bottom: float, edges: Sequence[Edge]) -> Cell | None:
    """The rules left and right of the word that run down from `top` to `bottom`."""
    xs = [x for x, t, b in edges if t <= top and b >= bottom]
    left = [x for x in xs if x <= word.x0 + 1]
    right = [x for x in xs if x >= word.x1 - 1]
    return (round(max(left), 1), round(min(right), 1)) if left and right else None


def _ruled_above(above: Sequence[Word], cell: Cell, across: Sequence[tuple[float, ...]]) -> bool:
    """Whether a rule runs across the cell just above the row's first line: its top rule.
    A table ruled only down its columns has no row to join lines in (its rows are lines)."""
    first = min(above, key=lambda w: w.top)
    return any(
        first.top - _PITCH_EM * first.size <= y <= first.middle  # a glyph's box may cross it
        and min(x1, cell[1]) - max(x0, cell[0]) > _THIN
        for y, x0, x1 in across
    )


def _ruled_between(
    upper: Sequence[Word], lower: Sequence[Word], cell: Cell, across: Sequence[tuple[float, ...]]
) -> bool:
    lo, hi = max(w.middle for w in upper), min(w.middle for w in lower)
    return any(lo < y < hi and min(x1, cell[1]) - max(x0, cell[0]) > _THIN for y, x0, x1 in across)


def _wraps(upper: Sequence[Word], lower: Sequence[Word], cell: Cell) -> bool:
    """Whether the cell's line `lower` is the rest of the paragraph printed above it."""
    shown = _last_line(upper)
    last, first = shown[-1], lower[0]
    size = max(first.size, 1.0)
    if first.text in (MARKED, UNMARKED) or shown[0].text in (MARKED, UNMARKED):
        return False
    if abs(last.size - first.size) > 0.5 or last.bold != first.bold:
        return False
    if not 0 < first.top - last.top <= _PITCH_EM * size:
        return False
    if _DATE.search(_text(shown)) and _DATE.search(_text(lower)):
        return False  # a child per line, each with their birth date: two entries
    room = _right_margin(upper, cell) - last.x1
    return _space(shown) + (first.x1 - first.x0) > room


def _next_option(upper: Sequence[Word], lower: Sequence[Word]) -> bool:
    """Whether the cell's line `lower` is its next option: a box and its label under a box
    and its label, at the same place (a cell's list of options, one a paragraph, which the
    Word reader reads as one line). A lone box is a grid's cell, never an option."""
    if not upper:
        return False  # the cell's text starts on this line
    shown = _last_line(upper)
    if len(shown) < 2 or len(lower) < 2 or not _box(shown[0]) or not _box(lower[0]):
        return False
    size = max(lower[0].size, 1.0)
    return (
        abs(shown[0].x0 - lower[0].x0) <= 1.0
        and 0 < lower[0].top - shown[0].top <= _PITCH_EM * size
        and not _box(shown[1])
        and not _box(lower[1])
    )


def _box(word: Word) -> bool:
    return word.text in (MARKED, UNMARKED)


def _right_margin(upper: Sequence[Word], cell: Cell) -> float:
    """Where the cell's text must stop: its right rule less its padding, taken to be the
    padding on its left (Word and LibreOffice pad both sides alike), at most `_PADDING_EM`."""
    size = max(upper[-1].size, 1.0)
    padding = min(min(w.x0 for w in upper) - cell[0], _PADDING_EM * size)
    return cell[1] - max(padding, 0.0)


def _joined(upper: list[Word], lower: list[Word], cell: Cell) -> list[Word]:
    """The cell's words in reading order; a word broken at the cell's edge made whole: a
    line of one word that fills the cell to within a letter was cut inside the word."""
    if not upper or not lower:
        return upper + lower
    last = _last_line(upper)
    letter = (last[-1].x1 - last[-1].x0) / max(len(last[-1].text), 1)
    if len(last) == 1 and last[-1].x1 >= _right_margin(upper, cell) - 1.5 * letter:
        whole = replace(upper[-1], text=upper[-1].text + lower[0].text)
        return [*upper[:-1], whole, *lower[1:]]
    return upper + lower


def _last_line(words: Sequence[Word]) -> Sequence[Word]:
    top = max(w.top for w in words)
    return [w for w in words if abs(w.top - top) < 0.5 * max(w.size, 1.0)]


def _space(line: Sequence[Word]) -> float:
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(line) if b.x0 > a.x1]
    return min(gaps) if gaps else _SPACE_EM * max(line[-1].size, 1.0)


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)


__all__ = ["cells_unwrapped"]
