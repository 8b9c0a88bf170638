"""Column edges of a table that draws no rules, found from where its words start.

Why: a canvas-drawn table (reportlab, a case system's "print to PDF") often has a shaded header
row and no vertical rules, with columns only a few points apart. The cell gap of
`parsers.pdf_layout` (a gap wider than 1.5 em) then runs narrow columns together: the header
reads "Relationship to child D.O.B." as one cell and each row "16/08/2012 3 Moorfield Terrace"
as one cell, so no date of birth and no relationship is read and every name is lost
(issue 11, set k layout 52: a household table over several pages, its header repeated).

How: a column is left-aligned — its header label and the first word of each of its cells start
at the same x. A **header row** is a line of at least three words, all in a bold font (the way
a table marks its header when it draws no rules). Each of its words that follows a gap wider
than a space is a possible column start; one is a column start when a row below starts a word
there too, after such a gap (a row's first word is in the first column; "Relationship to child"
has only spaces inside, so "to" and "child" start no column). The rows are the lines below
the header, up to the next bold line, or the first line with a word running across a column
start found so far (prose after the table, which ignores the columns). With two or more
column starts the table is real, and each start becomes a virtual vertical rule from the
header to its last row, which `pdf_layout._join` treats like a drawn cell edge.

When in doubt (no bold header, fewer than two starts confirmed), nothing changes.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Protocol

from parsers.pdf_columns import Placed

#: Two starts within this many points are the same column (a PDF places text to 0.01 pt;
#: rounding in the producer stays well under a point).
_SAME_X = 1.0
#: A table needs this many column starts besides its first column.
_MIN_STARTS = 2
_MIN_HEADER_WORDS = 3
#: A gap wider than this many ems is more than a space between words (a space is ~0.3 em, and
#: justified text stretches it to ~0.6 em only on lines that are not table rows).
_SPACE_EM = 0.5
#: ... and wider than this many times the narrowest gap on its line.
_WIDER = 1.5

Edge = tuple[float, float, float]


class Word(Placed, Protocol):
    """What is read of a placed word (`parsers.pdf_layout.Word`): its box, and its weight."""

    @property
    def bold(self) -> bool: ...


def aligned_edges(lines: Sequence[Sequence[Word]], *, ruled: Sequence[Edge]) -> list[Edge]:
    """Virtual vertical rules (x, top, bottom) for each unruled table under a bold header.

    `lines` are the page's lines top to bottom, each sorted left to right; `ruled` the
    vertical rules drawn on the page: a header crossed by one belongs to a ruled table, whose
    own rules say where its cells are (and whose rows may end before prose in the same
    columns: a question under the table, its text running on at a column's x)."""
    edges: list[Edge] = []
    for index, header in enumerate(lines):
        if _is_header(header) and not _is_ruled(header, ruled):
            edges += _table_edges(header, lines[index + 1 :])
    return edges


def _is_ruled(header: Sequence[Word], ruled: Sequence[Edge]) -> bool:
    middle = (header[0].top + header[0].bottom) / 2
    return any(
        top <= middle <= bottom and header[0].x0 - _SAME_X <= x <= header[-1].x1 + _SAME_X
        for x, top, bottom in ruled
    )


def _is_header(line: Sequence[Word]) -> bool:
    return len(line) >= _MIN_HEADER_WORDS and all(word.bold for word in line)


def _table_edges(header: Sequence[Word], below: Sequence[Sequence[Word]]) -> list[Edge]:
    candidates = _cell_starts(header)
    confirmed: set[float] = set()
    bottom = header[-1].bottom
    for line in below:
        if not line or _is_header(line) or all(word.bold for word in line):
            break
        if any(_across(word, x) for word in line for x in confirmed):
            break
        starts = _cell_starts(line)
        confirmed |= {x for x in candidates if any(abs(x - s) <= _SAME_X for s in starts)}
        bottom = max(word.bottom for word in line)
    if len(confirmed) < _MIN_STARTS:
        return []
    top = min(word.top for word in header)
    return [(x - _SAME_X / 2, top, bottom) for x in sorted(confirmed)]


def _cell_starts(line: Sequence[Word]) -> list[float]:
    """Where words start after a gap wider than a space: the only places a cell can begin.

    A space is the line's own narrowest gap as well as `_SPACE_EM`: a monospaced font's space
    is 0.6 em, and its words fall on a grid of columns from line to line by construction."""
    gaps = [(right.x0 - left.x1, right) for left, right in itertools.pairwise(line)]
    space = min((gap for gap, _ in gaps), default=0.0)
    return [
        right.x0
        for gap, right in gaps
        if gap > _SPACE_EM * max(right.size, 1.0) and gap > _WIDER * space
    ]


def _across(word: Word, x: float) -> bool:
    """Whether a word runs across a column start (it is not a cell of that table)."""
    return word.x0 < x - _SAME_X and word.x1 > x + _SAME_X
