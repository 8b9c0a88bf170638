"""Lines of a narrow text column that a word processor wrapped, joined again.

Why: in a two-column form (`parsers.pdf_columns`) a column is half a page wide, so a child's
line wraps: "Demi-Leigh Farrar – DOB 07/03/2019 – Year 2, Bramley" above "St Peter's",
"Unborn Mirza – EDD 20/02/2027 – booked at Bradford" above "Royal Infirmary". Read as lines,
the second half of such an entry stands alone and reads as another person, or as a label
("School"), and the venue loses its room (set n layout 66). A full-width page wraps such
entries far less often, and its lines are left as they are.

How: greedy line filling, which every word processor and reportlab use, puts a word on the
next line only when it does not fit on this one. So a line is the continuation of the line
above when the first word of it would not have fitted in the room left at the end of the
line above (before the column's right edge, the furthest any of its lines reaches) — and the
two lines are one paragraph's: the same left edge, the same font size and weight where they
meet, and one line's pitch apart (a paragraph break or a label above its value leaves more
room, or changes the font). A line that ends short of the edge by more than its next
line's first word was ended on purpose (a list item, a label, a paragraph's last line).
A list may still end a line near the edge by chance, so lines are not joined in a column
narrower than `_COLUMN_EM`, after a one-word line, or when each of the two lines holds a
date of its own (two entries of a list of people, each with their birth date).

When in doubt, lines stay apart, as before.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from parsers.pdf_columns import Placed
from parsers.records import MARKED, UNMARKED

#: A space is about this many ems wide (DejaVu 0.32, Helvetica 0.28, Times 0.25).
_SPACE_EM = 0.25
#: Lines of one paragraph are at most this many ems apart, top to top (leading is 1.2 em or
#: so; a paragraph break adds a few points more).
_PITCH_EM = 1.45
#: The same left edge, within this many points.
_SAME_X = 1.0
#: A column this many ems wide or wider holds wrapped text; a narrower one is a list.
_COLUMN_EM = 20.0
#: A date written with figures ("07/03/2019", "1.2.15").
_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
#: Rounding: a line filled to the point may measure a hair over the widest line.
_SLACK = 0.05


class Word(Placed, Protocol):
    """What is read of a placed word (`parsers.pdf_layout.Word`): its box (`Placed`), and more."""

    @property
    def text(self) -> str: ...
    @property
    def bold(self) -> bool: ...
    @property
    def cell(self) -> bool: ...
    @property
    def after(self) -> tuple[str, ...]: ...


_W = TypeVar("_W", bound=Word)


def unwrapped(lines: Sequence[list[_W]]) -> list[list[_W]]:
    """The column's lines (top to bottom, each left to right), each wrapped line joined to
    the line it continues."""
    lines = [line for line in lines if line]
    if not lines:
        return []
    right = max(word.x1 for line in lines for word in line)
    joined = [lines[0]]
    for line in lines[1:]:
        if _continues(joined[-1], line, right):
            joined[-1] = [*joined[-1], *line]
        else:
            joined.append(line)
    return joined


def _continues(above: Sequence[Word], line: Sequence[Word], right: float) -> bool:
    last, first = above[-1], line[0]
    if any(w.cell or w.after for w in (*above, *line)) or first.text in (MARKED, UNMARKED):
        return False
    size = max(first.size, 1.0)
    if abs(last.size - first.size) > 0.5 or last.bold != first.bold:
        return False
    if not 0 < first.top - last.top <= _PITCH_EM * size:
        return False
    if abs(first.x0 - _start(above)) > _SAME_X:
        return False
    if len(_last_line(above)) < 2 or right - _start(above) < _COLUMN_EM * size:
        return False  # a list of single words, or a narrow list: no paragraph wraps there
    if _DATE.search(" ".join(w.text for w in _last_line(above))) and _DATE.search(
        " ".join(w.text for w in line)
    ):
        return False  # a child per line, each with their birth date: two entries
    return _space(above) + (first.x1 - first.x0) > right + _SLACK - last.x1


def _space(line: Sequence[Word]) -> float:
    """The width of a space on this line: its narrowest gap between words (a font's own
    space; justified text only widens it), else `_SPACE_EM` of its size."""
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(line) if b.x0 > a.x1]
    return min(gaps) if gaps else _SPACE_EM * max(line[-1].size, 1.0)


def _last_line(words: Sequence[Word]) -> Sequence[Word]:
    """The words of the last printed line of a line that may already be joined."""
    top = words[-1].top
    return [w for w in words if abs(w.top - top) < 0.5 * max(w.size, 1.0)]


def _start(line: Sequence[Word]) -> float:
    """Where the line's text starts: after a tick box, its label's edge (a wrapped option's
    second line is indented under the label, not under the box)."""
    if len(line) > 1 and line[0].text in (MARKED, UNMARKED):
        return line[1].x0
    return line[0].x0
