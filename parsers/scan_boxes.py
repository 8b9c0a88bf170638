"""Tick boxes in a page image (a scanned or photographed form) and whether each is marked.

Why: Tesseract reads a scan's printed words but not the pen marks in its boxes, so without this
a scanned form's police question reads as unread (issue 11). Here a box is found by its
outline and its mark by the ink inside it, with numpy only (no OpenCV: the repo already has
numpy and Pillow, and a box is four straight edges — nothing that needs a contour library).

The mechanism, not any wording:

- **A box** is a square-ish outline, 1.1-4.5 % of the page's width on a side (about 2.3-9 mm on
  A4), whose top and bottom edges are dark runs of about its width and whose left and right
  edges are dark columns of about its height. A pen stroke across an edge only adds ink, so a
  tick drawn over the box (✓ leaving it at a corner) leaves the outline findable. A run longer
  than that (a table's rule) is no box: a table's square cell is not a tick box.
- **Its mark** is the share of dark pixels inside, the outline (and a margin for a slight
  rotation) left out, isolated specks of scanner noise left out. Colour does not matter: the
  image is grey and blue or red ink is as dark as black at the threshold used.
- **Three states**: `MARKED` above `MARKED_INK`, `EMPTY` below `EMPTY_INK`, `UNKNOWN` between
  (a faint or small mark, a speck cluster, a tick mostly outside the box). `UNKNOWN` is never
  guessed either way: the reader writes it as `parsers.records.UNREAD` ("⍰"), and the police
  question is then unread (`parsers.fields_tick`), which sends the case to a person.

Not done (say so rather than guess): a circled option with no box, a mark beside a box rather
than in it, boxes drawn by hand, and rotation beyond a couple of degrees (a box's edge is then
no longer a straight run of pixels).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from parsers.records import MARKED, UNMARKED, UNREAD

#: Grey levels below this are ink: black, blue and red pen all are (a little lighter than the
#: printed rules `parsers.ocr` whitens: a biro's line is thinner and greyer once scanned).
DARK = 150
#: Side of a box as a share of the page's width.
MIN_SIDE = 0.011
MAX_SIDE = 0.045
#: Share of an edge that must be dark for it to be an edge (a scan's dropouts allowed for).
EDGE_COVER = 0.85
#: Ink share inside the box: at most `EMPTY_INK` is empty, at least `MARKED_INK` is marked. An
#: X of two 2-px strokes in a 40-px box is about 0.15, a ✓ whose short arm is inside about
#: 0.06, a filled square nearly 1; scanner grain after despeckling is 0 and a 2×2-pixel speck
#: in a 5-mm box about 0.003. Anything between (a dot, a short stroke) is unknown.
EMPTY_INK = 0.004
MARKED_INK = 0.045
#: Most ink allowed in a band just outside the box (a tick leaving it, its label's first letter).
OUTSIDE_INK = 0.25
#: Ink share of a filled box (its edges' thickness is then not measured).
SOLID_INK = 0.8
#: The inside is the box less this share of its side on each edge (outline, rotation, blur).
INSET = 0.2
#: An edge is thin when the median of its thickness is a hairline; for a box at least
#: `ROOMY` times the smallest side, when this percentile of it is: a felt-tip ✓ that runs
#: along an edge from inside, or ends on it, thickens up to three quarters of it (set l,
#: layout 56: a ✓ pressed onto a box's bottom and right sides). Not for smaller ones: a small
#: letter's bowl ("a", "d", "p" at a heading's size) is square enough, and its stroke is a
#: hairline in places too.
THIN_PERCENTILE = 25
ROOMY = 1.5

Gray = npt.NDArray[np.uint8]
Mask = npt.NDArray[np.bool_]


class BoxState(enum.Enum):
    MARKED = "marked"
    EMPTY = "empty"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Box:
    """One box found, in the image's pixels (x1, y1 exclusive), with its ink share inside."""

    x0: int
    y0: int
    x1: int
    y1: int
    ink: float
    state: BoxState

    @property
    def glyph(self) -> str:
        return {
            BoxState.MARKED: MARKED,
            BoxState.EMPTY: UNMARKED,
            BoxState.UNKNOWN: UNREAD,
        }[self.state]


def find_boxes(gray: Gray) -> list[Box]:
    """Every tick box in a greyscale page image, top to bottom, each with its state."""
    dark = np.asarray(gray) < DARK
    if dark.ndim != 2 or dark.shape[0] < 8 or dark.shape[1] < 8:
        return []
    width = dark.shape[1]
    smallest = max(10, round(width * MIN_SIDE))
    largest = max(smallest + 1, round(width * MAX_SIDE))
    found: list[Box] = []
    for y, x0, x1 in _edge_runs(dark, smallest=smallest, largest=largest):
        if any(_overlaps(box, x0, y, x1) for box in found[-64:]):
            continue  # the same box's top edge seen again one row lower
        box = _box_at(dark, x0=x0, x1=x1, top=y, smallest=smallest)
        if box is not None and not any(_overlaps(b, box.x0, box.y0, box.x1) for b in found):
            found.append(box)
    return sorted(found, key=lambda b: (b.y0, b.x0))


def state_of(ink: float) -> BoxState:
    """The state an ink share gives: clear either way, or unknown in between."""
    if ink >= MARKED_INK:
        return BoxState.MARKED
    if ink <= EMPTY_INK:
        return BoxState.EMPTY
    return BoxState.UNKNOWN


def _edge_runs(dark: Mask, *, smallest: int, largest: int) -> list[tuple[int, int, int]]:
    """Horizontal dark runs (row, x0, x1) as long as a box is wide; two rows OR'd together so
    an edge tilted by a slight rotation still runs unbroken."""
    band = dark[:-1] | dark[1:]
    padded = np.zeros((band.shape[0], band.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = band
    steps = np.diff(padded, axis=1)
    rows, starts = np.nonzero(steps == 1)
    _, ends = np.nonzero(steps == -1)  # same row order: every run opens and closes in its row
    lengths = ends - starts
    keep = (lengths >= smallest) & (lengths <= largest * 1.15)
    return list(zip(rows[keep].tolist(), starts[keep].tolist(), ends[keep].tolist(), strict=True))


def _box_at(dark: Mask, *, x0: int, x1: int, top: int, smallest: int) -> Box | None:
    """The box whose top edge is the run (top, x0..x1), or None when the run is not one.

    A pen stroke that leaves the box across its top edge continues that edge's run past the
    box's corner (set l, layout 56: a ✓ whose long arm leaves at the top right): then the run
    is cut to the box its left edge is as tall as, and tried once more (still no smaller than
    a box: a bold letter's bar is a short dark block)."""
    box = _square_at(dark, x0=x0, x1=x1, top=top, smallest=smallest)
    if box is not None:
        return box
    side = _left_side(dark, x0=x0, top=top, longest=x1 - x0)
    if side is None or not smallest <= side < x1 - x0 - 2:
        return None
    return _square_at(dark, x0=x0, x1=x0 + side, top=top, smallest=smallest)


def _left_side(dark: Mask, *, x0: int, top: int, longest: int) -> int | None:
    """How far the dark column at x0 (or the two beside it) runs down from `top`, a pixel's
    dropout allowed: the height of a box whose top-left corner is there."""
    column = dark[top : top + longest + 2, max(x0 - 1, 0) : x0 + 2].any(axis=1)
    if column.size < 4:
        return None
    light = np.flatnonzero(~column)
    gaps = light[1:][np.diff(light) == 1]  # two light pixels in a row end the edge
    end = int(gaps[0]) - 1 if gaps.size else column.size
    return end if end >= 8 else None


def _square_at(dark: Mask, *, x0: int, x1: int, top: int, smallest: int) -> Box | None:
    """The box whose top edge spans x0..x1 exactly, or None; `smallest` is the least side a
    box may have (its edges' thickness is judged by it, `ROOMY`)."""
    side = x1 - x0
    slack = max(2, round(side * 0.12))
    inner = slice(x0 + slack, x1 - slack)
    bottom = _best_row(
        dark, inner, low=top + round(side * 0.75), high=top + round(side * 1.3), near=top + side
    )
    if bottom is None:
        return None
    rows = slice(top + slack, bottom - slack)
    left = _best_column(dark, rows, low=x0 - slack, high=x0 + slack)
    right = _best_column(dark, rows, low=x1 - 1 - slack, high=x1 - 1 + slack)
    if left is None or right is None or not 0.75 <= (right - left) / (bottom - top) <= 1.33:
        return None
    x0, x1, y1 = left, right + 1, bottom + 1
    roomy = min(x1 - x0, y1 - top) >= ROOMY * smallest
    if not _outlined(dark, x0=x0, y0=top, x1=x1, y1=y1, roomy=roomy):
        return None
    ink = _ink_inside(dark, x0=x0, y0=top, x1=x1, y1=y1)
    return Box(x0=x0, y0=top, x1=x1, y1=y1, ink=ink, state=state_of(ink))


def _best_row(dark: Mask, columns: slice, *, low: int, high: int, near: int) -> int | None:
    """The row in low..high dark enough across the span for an edge, nearest to `near` (a
    square's bottom: a filled box is dark on every row, and the next box of a column may
    start just below)."""
    low, high = max(low, 0), min(high, dark.shape[0] - 1)
    if high <= low or columns.stop - columns.start < 4:
        return None
    cover = dark[low : high + 1, columns].mean(axis=1)
    good = np.flatnonzero(cover >= EDGE_COVER)
    if not good.size:
        return None
    return low + int(good[np.argmin(np.abs(good + low - near))])


def _best_column(dark: Mask, rows: slice, *, low: int, high: int) -> int | None:
    low, high = max(low, 0), min(high, dark.shape[1] - 1)
    if high < low or rows.stop - rows.start < 4:
        return None
    cover = dark[rows, low : high + 1].mean(axis=0)
    best = int(np.argmax(cover))
    return low + best if cover[best] >= EDGE_COVER else None


def _outlined(dark: Mask, *, x0: int, y0: int, x1: int, y1: int, roomy: bool = False) -> bool:
    """Whether x0..x1 × y0..y1 is a box: four thin straight edges dark along their whole
    length, meeting in square corners (a letter's curves and strokes are neither), and light
    just outside them — a table rule runs on past its cell, a letter has its neighbours close,
    a photo's dark border is dark all round."""
    edges = (
        dark[y0 : y0 + 2, x0:x1].any(axis=0),
        dark[y1 - 2 : y1, x0:x1].any(axis=0),
        dark[y0:y1, x0 : x0 + 2].any(axis=1),
        dark[y0:y1, x1 - 2 : x1].any(axis=1),
    )
    if min(float(edge.mean()) for edge in edges) < EDGE_COVER:
        return False
    corners = (dark[y0 : y0 + 3, x0 : x0 + 3], dark[y0 : y0 + 3, x1 - 3 : x1],
               dark[y1 - 3 : y1, x0 : x0 + 3], dark[y1 - 3 : y1, x1 - 3 : x1])  # fmt: skip
    if not all(corner.any() for corner in corners):
        return False  # a round letter ("O", "D", "0") has light corners
    solid = _ink_inside(dark, x0=x0, y0=y0, x1=x1, y1=y1) >= SOLID_INK
    if not all(
        _straight(dark, x0=x0, y0=y0, x1=x1, y1=y1, side=side, solid=solid, roomy=roomy)
        for side in range(4)
    ):
        return False
    gap = max(2, (x1 - x0) // 10)
    if y0 - 2 * gap < 0 or x0 - 2 * gap < 0:
        return False
    outer = dark[y0 - 2 * gap : y1 + 2 * gap, x0 - 2 * gap : x1 + 2 * gap]
    if outer.shape != (y1 - y0 + 4 * gap, x1 - x0 + 4 * gap):
        return False  # at the image's edge
    ring = outer.copy()
    ring[gap:-gap, gap:-gap] = False  # the band gap..2·gap outside the box
    band = 2 * gap * (outer.shape[0] + outer.shape[1]) - 4 * gap * gap
    return float(ring.sum()) / band < OUTSIDE_INK


def _straight(
    dark: Mask, *, x0: int, y0: int, x1: int, y1: int, side: int, solid: bool, roomy: bool
) -> bool:
    """Whether one edge is a thin straight line (any thickness when the box is `solid`: a
    filled square has no inside edge to measure). Straight: where ink first meets a scan
    coming in from outside, across the middle 80 % of the edge, varies by little more than a
    tilt of two degrees (a bold letter's curve varies by a quarter of its size; the few
    columns a pen stroke crosses the edge at are outliers, left out)."""
    size = x1 - x0 if side < 2 else y1 - y0
    depth = max(3, size // 3) + _OUT  # from just outside the edge: a letter's stroke is wide
    margin = max(1, size // 10)
    if side == 0:
        strip = dark[y0 - _OUT : y0 + depth - _OUT, x0 + margin : x1 - margin]
    elif side == 1:
        strip = dark[y1 - depth + _OUT : y1 + _OUT, x0 + margin : x1 - margin][::-1]
    elif side == 2:
        strip = dark[y0 + margin : y1 - margin, x0 - _OUT : x0 + depth - _OUT].T
    else:
        strip = dark[y0 + margin : y1 - margin, x1 - depth + _OUT : x1 + _OUT].T[::-1]
    if strip.shape[1] < 3 or strip.shape[0] != depth:
        return False
    first = np.where(strip.any(axis=0), strip.argmax(axis=0), depth)
    low, high = np.percentile(first, [10, 90])
    if float(high - low) > 1.5 + 0.04 * size:
        return False
    if solid:
        return True
    # thin: a printed outline is a hairline beside the box's size, a letter's stroke is not
    light_after = (~strip) & (np.arange(depth)[:, None] > first[None, :])
    last = np.where(light_after.any(axis=0), light_after.argmax(axis=0), depth)
    thickness = last - first
    thin = np.percentile(thickness, THIN_PERCENTILE) if roomy else np.median(thickness)
    return float(thin) <= max(3.0, 0.15 * size)


_OUT = 3  # pixels outside an edge that its straightness and thickness are measured from


def _ink_inside(dark: Mask, *, x0: int, y0: int, x1: int, y1: int) -> float:
    """The share of dark pixels inside the outline, a lone speck (no dark neighbour) not
    counted: scanner noise is single pixels, a pen stroke is never one pixel wide."""
    inset = max(2, round((x1 - x0) * INSET))
    patch = dark[y0 + inset - 1 : y1 - inset + 1, x0 + inset - 1 : x1 - inset + 1]
    if patch.shape[0] < 3 or patch.shape[1] < 3:
        return 0.0
    centre = patch[1:-1, 1:-1]
    neighbours = (
        patch[:-2, 1:-1].astype(np.int8) + patch[2:, 1:-1] + patch[1:-1, :-2] + patch[1:-1, 2:]
    )
    return float((centre & (neighbours >= 1)).mean())


def _overlaps(box: Box, x0: int, y0: int, x1: int) -> bool:
    """Whether a box from (x0, y0) to x1 across (as tall as wide) overlaps `box` by half."""
    y1 = y0 + (x1 - x0)
    width = min(box.x1, x1) - max(box.x0, x0)
    height = min(box.y1, y1) - max(box.y0, y0)
    if width <= 0 or height <= 0:
        return False
    smaller = min((box.x1 - box.x0) * (box.y1 - box.y0), (x1 - x0) * (y1 - y0))
    return width * height * 2 >= smaller
