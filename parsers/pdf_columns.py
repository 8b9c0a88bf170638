"""Two text columns side by side on a PDF page, found by the gutter between them.

Why: a form laid out in two columns (two reportlab `Frame`s, a Word section with two columns)
puts one section beside another. Lines built across the page then join them ("Time <TAB>
Section D - Police") and interleave two sections: the time reads "Attendance required" and the
police answer sits under the wrong label (issue 11, set e). Reading the left column of such a
band before its right column gives each section back its own lines.

How established tools do it, and why this one is narrower: pdfminer's layout analysis groups
lines into boxes by proximity and orders the boxes (`LAParams.boxes_flow`), PyMuPDF returns
blocks, and the "whitespace river" / XY-cut family cuts a page along empty vertical strips.
Each of them also cuts a table into its columns, and a form's label | value table must stay
one row per line here (`parsers.records`' line model: the value is the cell after its label).
So a band is read as columns only when all of these hold:

- a **gutter**: an x-range at least `_MIN_GUTTER_EM` wide that no word crosses on
  `_MIN_LINES` or more consecutive lines, with text on both sides;
- **not a ruled table**: no drawn rule crosses the gutter inside the band, and no row rule
  joins the two sides across it — rules at one height that together span the gutter: a table's
  row rule drawn as one line, or as one segment per cell meeting at the cell edge, or the tops
  of cell rectangles side by side (`_levels`). A vertical rule down the gutter is no sign
  by itself: a column divider ("line between columns") is one too, and so is a column's own
  box or heading bar whose side stands in the gutter; it is the rows that make a table
  (set n layout 66: a divider and shaded heading bars kept a two-column form read across);
- **not one table's cells**: neither side is cut into cells itself (a TAB-wide gap on one side
  means three or more columns: a table), and the two sides are not rows of one table — in a
  table the cells of a row share its lines, while two flowing columns space their lines and
  paragraphs each their own way, so lines of one side fall between lines of the other
  (`_interleaved`). A band whose sides keep to one grid of lines is left as rows.

When in doubt, nothing is split: the page reads as it did before.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

#: The narrowest gutter between two columns, in ems of the body text (reportlab frames leave
#: 12 pt or more; a label and its value in a table row are often as far apart, hence the checks).
_MIN_GUTTER_EM = 2.0
#: A gutter must run down this many consecutive lines.
_MIN_LINES = 8
#: Lines of the two sides closer than this many ems apart are off one grid (a table's rows
#: are aligned: its lines either share a line or sit a full line apart).
_OFF_GRID_EM = 0.95
#: This many interleaved pairs of lines, or more, make two flowing columns.
_MIN_INTERLEAVED = 2
#: Rules this many points apart or less meet (a producer draws a cell's edges to the point,
#: with line widths under a point).
_TOUCH = 1.5


class Placed(Protocol):
    """A word with a box (`parsers.pdf_layout.Word`)."""

    @property
    def x0(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def bottom(self) -> float: ...
    @property
    def size(self) -> float: ...


@dataclass(frozen=True, slots=True)
class Rule:
    """A drawn rule or rectangle side: a box in top-left coordinates."""

    x0: float
    x1: float
    top: float
    bottom: float


@dataclass(frozen=True, slots=True)
class Band:
    """Lines `first`..`last` (indices, inclusive) are two columns split at x = `split`."""

    first: int
    last: int
    split: float


def column_bands(
    lines: Sequence[Sequence[Placed]], *, rules: Sequence[Rule], cell_gap_em: float
) -> list[Band]:
    """The bands of consecutive lines that are two columns (module docstring); each line's
    words are sorted left to right, the lines top to bottom."""
    bands: list[Band] = []
    index = 0
    levels = _levels(rules)
    while index < len(lines):
        band, reach = _band_from(lines, index, rules=rules, levels=levels, cell_gap_em=cell_gap_em)
        if band is not None:
            bands.append(band)
            index = band.last + 1
        else:  # a gutter that was no band from here is none from inside its run either:
            index = max(index + 1, reach)  # skip it (linear time on a long two-cell table)
    return bands


def _band_from(
    lines: Sequence[Sequence[Placed]],
    start: int,
    *,
    rules: Sequence[Rule],
    levels: Sequence[_Level],
    cell_gap_em: float,
) -> tuple[Band | None, int]:
    """The longest two-column band that starts at line `start`, if one does, and the line
    after the longest run from `start` that was long enough and judged to be no columns."""
    best: Band | None = None
    reach = start + 1
    for lo, hi, em in _candidate_gaps(lines[start]):
        last = start
        while last + 1 < len(lines):
            narrowed = _narrowed(lines[last + 1], lo, hi)
            if narrowed is None or narrowed[1] - narrowed[0] < _MIN_GUTTER_EM * em:
                break
            lo, hi = narrowed
            last += 1
        last = _before_table(
            lines, start, last, (lo, hi), rules=rules, levels=levels, cell_gap_em=cell_gap_em
        )
        if last - start + 1 < _MIN_LINES or (best and last <= best.last):
            continue
        split = (lo + hi) / 2
        if _two_columns(lines[start : last + 1], split):
            best = Band(start, last, split)
        else:  # eight lines or more that are one grid: a table, whose rows need no retrying
            reach = max(reach, last + 1)
    return best, reach


def _candidate_gaps(line: Sequence[Placed]) -> list[tuple[float, float, float]]:
    """The gaps on a line wide enough to be a gutter: (left edge, right edge, em)."""
    return [
        (left.x1, right.x0, _em(left, right))
        for left, right in itertools.pairwise(line)
        if right.x0 - left.x1 >= _MIN_GUTTER_EM * _em(left, right)
    ]


def _narrowed(line: Sequence[Placed], lo: float, hi: float) -> tuple[float, float] | None:
    """The free x-range (lo, hi) less what the line's words take of it; None if one crosses."""
    middle = (lo + hi) / 2
    for word in line:
        if word.x1 <= lo or word.x0 >= hi:
            continue
        if word.x0 < lo and word.x1 > hi:
            return None
        if (word.x0 + word.x1) / 2 < middle:
            lo = word.x1
        else:
            hi = word.x0
        if hi <= lo:
            return None
    return lo, hi


def _before_table(
    lines: Sequence[Sequence[Placed]],
    start: int,
    last: int,
    gutter: tuple[float, float],
    *,
    rules: Sequence[Rule],
    levels: Sequence[_Level],
    cell_gap_em: float,
) -> int:
    """The last line of the run above the first sign of a table: a line cut into cells on one
    side of the gutter, a drawn rule that crosses the gutter, or a row rule across it."""
    lo, hi = gutter
    split = (lo + hi) / 2
    rows = [level.y for level in levels if level.spans(lo, hi)]
    above = min(w.top for w in lines[start])
    for index in range(start, last + 1):
        line = lines[index]
        if _has_cells([w for w in line if w.x0 < split], cell_gap_em) or _has_cells(
            [w for w in line if w.x0 >= split], cell_gap_em
        ):
            return index - 1
        below = max(w.bottom for w in line)
        if any(_ruled(rule, lo, hi, above, below) for rule in rules) or any(
            above - 1 <= y <= below + 1 for y in rows
        ):
            return index - 1
        above = below
    return last


def _two_columns(lines: Sequence[Sequence[Placed]], split: float) -> bool:
    """Text on both sides, and the sides' lines interleave (module docstring)."""
    lefts = [[w for w in line if w.x0 < split] for line in lines]
    rights = [[w for w in line if w.x0 >= split] for line in lines]
    if sum(1 for r in rights if r) < 3 or sum(1 for a in lefts if a) < 3:
        return False
    return _interleaved(lefts, rights)


def _ruled(rule: Rule, lo: float, hi: float, top: float, bottom: float) -> bool:
    """A rule between `top` and `bottom` that crosses the gutter (lo, hi)."""
    inside = rule.bottom >= top - 1 and rule.top <= bottom + 1
    return inside and rule.x0 < lo and rule.x1 > hi


@dataclass(frozen=True, slots=True)
class _Level:
    """The horizontal rules at one height `y`: their x-ranges, merged where they meet."""

    y: float
    spans_x: tuple[tuple[float, float], ...]

    def spans(self, lo: float, hi: float) -> bool:
        """Whether one run of rules at this height reaches across the gutter (lo, hi)."""
        return any(x0 <= lo + _TOUCH and x1 >= hi - _TOUCH for x0, x1 in self.spans_x)


def _levels(rules: Sequence[Rule]) -> list[_Level]:
    """The heights at which rules run horizontally — a flat rule, or a rectangle's top and
    bottom — each with its runs of rules that meet end to end: the rows a table may draw."""
    edges: list[tuple[float, float, float]] = []
    for rule in rules:
        if rule.x1 - rule.x0 <= _TOUCH:
            continue  # an upright rule
        flat = rule.bottom - rule.top <= _TOUCH
        ys = [(rule.top + rule.bottom) / 2] if flat else [rule.top, rule.bottom]
        edges += [(y, rule.x0, rule.x1) for y in ys]
    edges.sort()
    levels: list[_Level] = []
    group: list[tuple[float, float, float]] = []
    for edge in edges:
        if group and edge[0] - group[0][0] > _TOUCH:
            levels.append(_level(group))
            group = []
        group.append(edge)
    if group:
        levels.append(_level(group))
    return levels


def _level(group: Sequence[tuple[float, float, float]]) -> _Level:
    runs: list[tuple[float, float]] = []
    for _, x0, x1 in sorted(group, key=lambda edge: edge[1]):
        if runs and x0 <= runs[-1][1] + _TOUCH:
            runs[-1] = (runs[-1][0], max(runs[-1][1], x1))
        else:
            runs.append((x0, x1))
    return _Level(y=group[0][0], spans_x=tuple(runs))


def _has_cells(side: Sequence[Placed], cell_gap_em: float) -> bool:
    return any(b.x0 - a.x1 > cell_gap_em * _em(a, b) for a, b in itertools.pairwise(side))


def _interleaved(lefts: Sequence[Sequence[Placed]], rights: Sequence[Sequence[Placed]]) -> bool:
    """Whether the two sides' lines interleave: a line with text on one side only lies less
    than a line's height from a line with text on the other side only. Two flowing columns
    keep each their own line pitch; a table's cells sit on its rows (aligned lines)."""
    tops = [min((w.top for w in (*a, *b)), default=0.0) for a, b in zip(lefts, rights, strict=True)]
    ems = [
        max((w.size for w in (*a, *b)), default=10.0) for a, b in zip(lefts, rights, strict=True)
    ]
    interleaved = 0
    for i in range(1, len(tops)):
        one, other = i - 1, i
        only_left = (lefts[one] and not rights[one], lefts[other] and not rights[other])
        only_right = (rights[one] and not lefts[one], rights[other] and not lefts[other])
        crossed = (only_left[0] and only_right[1]) or (only_right[0] and only_left[1])
        if crossed and tops[other] - tops[one] < _OFF_GRID_EM * max(ems[one], ems[other]):
            interleaved += 1
    return interleaved >= _MIN_INTERLEAVED


def _em(a: Placed, b: Placed) -> float:
    return max(min(a.size, b.size), 1.0)


__all__ = ["Band", "Rule", "column_bands"]
