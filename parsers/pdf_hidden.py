"""The characters of a PDF page a person can see; the rest of the text layer is left out.

Why: a supervisor reads the rendered page, and the text layer may say something else
(issue 12, set t layout 100). A character is read only if a person could see it:

- **inside the visible page**: the crop box (what Acrobat, pdf.js and Preview show, ISO
  32000-1 §14.11.2) within the media box. Stale answers placed above the crop box are not on
  the page a person reads. Only the band between the crop box and the media box is judged:
  text beyond the media box itself is read as before. A generator that writes a `/Rotate 90`
  page's media box with its sides swapped (reportlab does) puts most of a page's text off
  its media box, and such pages are labelled as read in sets o (o-75-03) and q (q-85-03);
- **painted**: text rendering modes 3 and 7 paint no glyph (`pdf_paint.SHOWN`). Such text is
  kept only over an image — a "searchable" scan's OCR layer, which says what the image shows
  (`parsers.pdf_scan`) — and left out elsewhere: a template's hidden guidance;
- **not the colour of what is under it**: white text on white paper, or on a fill of its own
  colour painted before it (a template's white "EXAMPLE" answers);
- **not covered**: an opaque fill (a white box over an old answer, a black redaction box) or
  an opaque image (a newer version of the page pasted over an old text layer) painted after
  it over the middle of the glyph. A fill only as tall as a rule (an underline, a
  strike-through) covers no glyph; see-through paint (`pdf_paint.SEE_THROUGH`: a highlighter
  drawn with a blend or an opacity) covers nothing. A page whose text is all covered by an
  image has no text left: `parsers.pdf` reads it by OCR, as a scan.

Clipping paths are not followed (pdfminer does not keep them): text clipped away is read.

Cost: a page's opaque paints are put into horizontal bands once; each character asks only the
paints of its band, so a form's thousands of characters meet a handful of paints each.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, NamedTuple

from parsers.pdf_box_state import inside_polygon
from parsers.pdf_layout import Char, Picture, Shape

#: Points a band of the page spans (about two lines of form text).
_BAND = 24.0
#: A fill thinner than this (points) is a rule, which covers no glyph.
_MIN_COVER = 2.0
#: Text this close to the colour under it (the largest difference of an RGB channel, 0-1)
#: cannot be told from it.
_SAME_COLOUR = 0.1
#: A glyph's middle: its box less this share of its width and height on each side.
_MIDDLE = 0.25
#: Text this far (points) outside the visible box is still on the page (a glyph's overhang).
_EDGE = 1.0

_PAPER = (1.0, 1.0, 1.0)

Box = tuple[float, float, float, float]  # x0, x1, top, bottom (top-left coordinates)


class _Paint(NamedTuple):
    order: int
    x0: float
    x1: float
    top: float
    bottom: float
    colour: tuple[float, float, float] | None  # None: an image (no one colour)
    points: tuple[tuple[float, float], ...]


class View(NamedTuple):
    """The visible box (`crop`) within the page's media box (`page`), both as `Box`es."""

    crop: Box
    page: Box

    def hides(self, x: float, y: float) -> bool:
        """Whether a point is on the media box but off the crop box (module docstring)."""
        return _inside_box(x, y, self.page) and not _inside_box(x, y, self.crop)


def page_view(page: Any) -> View | None:
    """The page's crop box within its media box, in the coordinates of pdfminer's layout of
    it (points from the top-left corner of the page turned by `/Rotate`); None when it has
    no crop box smaller than its media box (the common case: nothing to judge)."""
    mx0, my0, mx1, my1 = (float(v) for v in page.mediabox)
    cx0, cy0, cx1, cy1 = (float(v) for v in (getattr(page, "cropbox", None) or page.mediabox))
    if (
        min(cx0, cx1) <= mx0 + _EDGE
        and min(cy0, cy1) <= my0 + _EDGE
        and (max(cx0, cx1) >= mx1 - _EDGE and max(cy0, cy1) >= my1 - _EDGE)
    ):
        return None
    x0, x1 = max(min(cx0, cx1), mx0), min(max(cx0, cx1), mx1)
    y0, y1 = max(min(cy0, cy1), my0), min(max(cy0, cy1), my1)
    width, height = mx1 - mx0, my1 - my0
    rotate = int(getattr(page, "rotate", 0) or 0) % 360
    if rotate == 90:  # pdfminer's page matrix (0 -1 1 0 -y0 x1): (x, y) -> (y - my0, mx1 - x)
        x0, x1, y0, y1 = y0 - my0, y1 - my0, mx1 - x1, mx1 - x0
        width, height = height, width
    elif rotate == 180:
        x0, x1, y0, y1 = mx1 - x1, mx1 - x0, my1 - y1, my1 - y0
    elif rotate == 270:  # (0 1 -1 0 y1 -x0): (x, y) -> (my1 - y, x - mx0)
        x0, x1, y0, y1 = my1 - y1, my1 - y0, x0 - mx0, x1 - mx0
        width, height = height, width
    else:
        x0, x1, y0, y1 = x0 - mx0, x1 - mx0, y0 - my0, y1 - my0
    return View((x0, x1, height - y1, height - y0), (0.0, width, 0.0, height))


def in_view(items: Sequence[Any], view: View | None) -> list[Any]:
    """The shapes or images but those the crop box hides (by their middle)."""
    if view is None:
        return list(items)
    return [i for i in items if not view.hides((i.x0 + i.x1) / 2, (i.top + i.bottom) / 2)]


def seen_chars(
    chars: Sequence[Char],
    drawn: Sequence[Shape],
    images: Sequence[Picture],
    *,
    view: View | None,
) -> list[Char]:
    """The characters a person can see (module docstring), in the order given."""
    bands: dict[int, list[_Paint]] = defaultdict(list)
    for paint in _paints(drawn, images):
        for band in range(int(paint.top // _BAND), int(paint.bottom // _BAND) + 1):
            bands[band].append(paint)
    pictures = [p for p in images if p.x1 - p.x0 > 0 and p.bottom - p.top > 0]
    seen: list[Char] = []
    for char in chars:
        x, y = (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2
        if view is not None and view.hides(x, y):
            continue
        near = bands.get(int(y // _BAND), ())
        if not char.shown:
            over = any(_inside_box(x, y, (p.x0, p.x1, p.top, p.bottom)) for p in pictures)
            if over and not _covered(char, near, fills_only=True):
                seen.append(char)
        elif not _covered(char, near, fills_only=False) and not _unseen_colour(char, near):
            seen.append(char)
    return seen


def _paints(drawn: Sequence[Shape], images: Sequence[Picture]) -> list[_Paint]:
    """What may cover text or lie under it: opaque fills and images big enough to."""
    paints = [
        _Paint(s.order, s.x0, s.x1, s.top, s.bottom, s.colour, s.points)
        for s in drawn
        if s.filled and not s.see_through and _big(s)
    ]
    paints += [
        _Paint(p.order, p.x0, p.x1, p.top, p.bottom, None, ())
        for p in images
        if not p.see_through and _big(p)
    ]
    return sorted(paints, key=lambda p: p.order)


def _big(item: Shape | Picture) -> bool:
    return item.x1 - item.x0 >= _MIN_COVER and item.bottom - item.top >= _MIN_COVER


def _covered(char: Char, near: Sequence[_Paint], *, fills_only: bool) -> bool:
    """Whether an opaque paint laid after the character covers its middle."""
    dx, dy = _MIDDLE * (char.x1 - char.x0), _MIDDLE * (char.bottom - char.top)
    x0, x1, top, bottom = char.x0 + dx, char.x1 - dx, char.top + dy, char.bottom - dy
    for p in near:
        if p.order < char.order or (fills_only and p.colour is None):
            continue
        if (
            p.x0 <= x0
            and p.x1 >= x1
            and p.top <= top
            and p.bottom >= bottom
            and _in_shape(p, (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2)
        ):
            return True
    return False


def _unseen_colour(char: Char, near: Sequence[_Paint]) -> bool:
    """Whether the character is printed in the colour of what lies under it: the last opaque
    paint before it at its middle, or the paper. Under an image it is taken as seen."""
    if char.colour is None:
        return False
    x, y = (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2
    under: tuple[float, float, float] | None = _PAPER
    for p in near:  # in painting order
        if p.order > char.order:
            break
        if _inside_box(x, y, (p.x0, p.x1, p.top, p.bottom)) and _in_shape(p, x, y):
            under = p.colour
    if under is None:
        return False
    return max(abs(a - b) for a, b in zip(char.colour, under, strict=True)) <= _SAME_COLOUR


def _in_shape(paint: _Paint, x: float, y: float) -> bool:
    return len(paint.points) < 3 or inside_polygon(x, y, paint.points)


def _inside_box(x: float, y: float, box: Box) -> bool:
    x0, x1, top, bottom = box
    return x0 - _EDGE <= x <= x1 + _EDGE and top - _EDGE <= y <= bottom + _EDGE


__all__ = ["Box", "View", "in_view", "page_view", "seen_chars"]
