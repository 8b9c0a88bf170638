"""What a tick box drawn as a vector shape holds: a mark, nothing, or something not to be told.

Why: a form may answer with paint alone — the chosen option's square filled black, the other's
only outlined (issue 11, set o layout 75); a radio button's dot; a cross drawn corner to corner.
Before this, a box's own fill was taken for its outline and every such answer read as empty, so
the police question read "neither" and POLICY.md rule 2 gave `report_only` where a person
should have looked. What a person sees at the box is what was painted there, in painting
order, so the shapes at the box are read in that order:

- a **fill** that covers the box's centre (the box's own fill, a square or a dot inside it) sets
  what the box shows: a dark fill a mark, a light one (white, a pale grey) nothing — and it
  hides any mark painted before it; a fill whose colour cannot be told dark or light
  (`parsers.pdf_paint.Ink.UNKNOWN`) leaves the box unread;
- a **stroke** through the box's middle (a cross, a tick, a diagonal from corner to corner)
  is a mark;
- the box's own **outline** (the square itself, its four sides, a ring), and anything that
  keeps to the border band (a bevel, a double border), says nothing;
- **anything else** reaching into the box — a speck, a fill off the centre, a picture (a tick
  pasted in as an image, whose pixels are not read here) — is something at the box place that
  we do not understand. The box is then unread (`UNREAD`, "⍰") unless a clear
  mark is there too: on a typed form an unread box makes the police question unanswered
  (`triage.decide._unread_police_question`: a person looks), never "neither".
"""

from __future__ import annotations

from collections.abc import Sequence

from parsers.pdf_layout import Picture, Shape
from parsers.pdf_paint import Ink
from parsers.records import MARKED, UNMARKED, UNREAD

#: A shape this far outside the box (points) is still at its place (a pen's cross overshoots).
_SLACK = 3.0
#: The border band: this share of the side from each edge. What keeps to it is the outline's.
_BAND = 0.25
#: A mark is at least this share of the side long (a dot, a tick's stroke).
_MARK_SHARE = 0.25
#: A stroke's centre lies within this share of the side from the middle (inset of 0.15).
_CENTRE_INSET = 0.15


def box_state(square: Shape, drawn: Sequence[Shape], pictures: Sequence[Picture] = ()) -> str:
    """`MARKED`, `UNMARKED` or `UNREAD` for the box `square` (module docstring)."""
    fill = Ink.NONE
    stroke = False
    odd = any(_at(square, p) and not _outline(p, square) for p in pictures)
    for shape in sorted((s for s in drawn if _at(square, s)), key=lambda s: s.order):
        if shape.filled and _covers_centre(shape, square):
            fill = shape.ink if shape.ink is not Ink.NONE else Ink.UNKNOWN
            stroke = stroke and fill is not Ink.LIGHT  # a white fill paints over a mark
        elif _outline(shape, square) or (shape.filled and shape.ink is Ink.LIGHT):
            continue
        elif _stroke_mark(shape, square) and (not shape.filled or shape.ink is Ink.DARK):
            stroke = True  # a pen's stroke, or a tick drawn as a dark filled outline
        else:
            odd = True
    if fill is Ink.UNKNOWN:
        return UNREAD
    if fill is Ink.DARK or stroke:
        return MARKED
    return UNREAD if odd else UNMARKED


def _at(square: Shape, shape: Shape | Picture) -> bool:
    """Whether the shape lies at the box (within its slack): not a cell or a row's shading."""
    return (
        shape.x0 >= square.x0 - _SLACK
        and shape.x1 <= square.x1 + _SLACK
        and shape.top >= square.top - _SLACK
        and shape.bottom <= square.bottom + _SLACK
    )


def _covers_centre(shape: Shape, square: Shape) -> bool:
    """A fill over the box's centre, big enough to be seen as a mark (a dot, not a speck)."""
    x, y = (square.x0 + square.x1) / 2, (square.top + square.bottom) / 2
    side = max(square.width, square.height)
    if max(shape.width, shape.height) < _MARK_SHARE * side:
        return False
    if not (shape.x0 <= x <= shape.x1 and shape.top <= y <= shape.bottom):
        return False
    return shape.kind != "curve" or len(shape.points) < 3 or inside_polygon(x, y, shape.points)


def _outline(shape: Shape | Picture, square: Shape) -> bool:
    """The box's own outline or a part of its border: a shape that keeps to the border band,
    or an unfilled closed shape (the square itself, a ring, a second border) round the
    middle of the box, whose stroke does not reach it."""
    band = _BAND * max(square.width, square.height)
    lo_x, hi_x = square.x0 + band, square.x1 - band
    lo_y, hi_y = square.top + band, square.bottom - band
    if shape.x1 <= lo_x or shape.x0 >= hi_x or shape.bottom <= lo_y or shape.top >= hi_y:
        return True
    if isinstance(shape, Picture):
        return False
    closed = shape.kind == "rect" or (shape.kind == "curve" and _closed(shape.points))
    around = shape.x0 <= lo_x and shape.x1 >= hi_x and shape.top <= lo_y and shape.bottom >= hi_y
    return closed and around and not shape.filled


def _closed(points: Sequence[tuple[float, float]]) -> bool:
    """A path that ends where it began (a ring, a rounded square), not a pen's stroke."""
    return (
        len(points) >= 3
        and abs(points[0][0] - points[-1][0]) + abs(points[0][1] - points[-1][1]) < 0.5
    )


def _stroke_mark(shape: Shape, square: Shape) -> bool:
    """A stroke through the middle of the box, long enough to be a pen's: a cross's line, a
    tick, a diagonal."""
    side = max(square.width, square.height)
    if max(shape.width, shape.height) < _MARK_SHARE * side:
        return False
    inset = _CENTRE_INSET * side
    x, y = (shape.x0 + shape.x1) / 2, (shape.top + shape.bottom) / 2
    return square.x0 + inset <= x <= square.x1 - inset and (
        square.top + inset <= y <= square.bottom - inset
    )


def inside_polygon(x: float, y: float, points: Sequence[tuple[float, float]]) -> bool:
    """Whether (x, y) is inside the polygon through `points` (even-odd ray casting)."""
    inside = False
    for (x0, y0), (x1, y1) in zip(points, [*points[1:], *points[:1]], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


__all__ = ["box_state", "inside_polygon"]
