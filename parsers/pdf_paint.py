"""A PDF page laid out by pdfminer, each painted path told with how dark its fill looks.

Why: a form may answer a check box with paint alone — a square filled black for the chosen
option beside an outlined one (issue 11, set o layout 75), a dot, a shaded box. Whether a
fill is a mark depends on its colour, and pdfminer gives a path's colour as bare numbers
(`LTCurve.non_stroking_color`) without the colour space they are in: a single 1.0 is white in
DeviceGray and full ink in a Separation, so the numbers alone cannot say "dark". The device
below is pdfplumber's (`Page.layout`: a `PDFPageAggregator` with no layout analysis) with one
addition: when a path is painted, it records on each object it made what the fill looks like
(`INK`), from the graphics state's colour space, and which of the object's subpaths is a hole.

Holes: pdfminer splits a path of several subpaths into one object each, so a box outline drawn
as one filled path — an outer square with an inner square cut out (even-odd, or the inner one
wound the other way under the non-zero rule; ISO 32000-1 §8.5.3.3) — arrives as two filled
squares, the way a black square would. A subpath the fill rule leaves unpainted is a hole: the
object around it is marked `OUTLINE` (it paints a border, not its inside) and the hole itself
`HOLE` (the reader drops it).

Inks (`Ink`): `DARK` when the colour's luminance is at most `_DARK`, `LIGHT` from `_LIGHT` up
(white, the pale grey or blue of a shaded cell or a form field's background), `UNKNOWN` in
between or when the colour space gives no luminance (a spot colour's tint, an indexed colour,
a pattern): a fill that may or may not be a mark, which the box reader writes as unread.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTCurve, LTPage
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfplumber.page import Page as PlumberPage

#: Luminance (0 black - 1 white) at or under which a fill is dark, and from which it is light.
_DARK, _LIGHT = 0.5, 0.7
#: Attribute names set on pdfminer's objects by the device.
INK, HOLE, OUTLINE, TINT = "cpc_ink", "cpc_hole", "cpc_outline", "cpc_tint"
#: A highlighter's colour: bright (luminance from `_TINT_LIGHT`) and coloured (its channels
#: `_TINT_SPREAD` apart or more) — Word's yellow, green, turquoise or pink highlight, a pen's
#: fill — never a grey (a form's shaded cell) nor a dark colour (a heading's bar).
_TINT_LIGHT, _TINT_SPREAD = 0.35, 0.35

Point = tuple[float, float]


class Ink(enum.StrEnum):
    """How a painted fill looks: a mark's black, a background's white, or not to be told."""

    NONE = ""  # not filled
    DARK = "dark"
    LIGHT = "light"
    UNKNOWN = "unknown"


def laid_out(page: PlumberPage) -> LTPage:
    """The page's pdfminer layout (characters, paths, images), each path with its `INK`."""
    device = _InkDevice(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    return device.get_result()


class _InkDevice(PDFPageAggregator):
    def paint_path(
        self, gstate: Any, stroke: bool, fill: bool, evenodd: bool, path: Sequence[Any]
    ) -> None:
        objects = self.cur_item._objs  # pdfplumber's own hook reads the same list
        before = len(objects)
        super().paint_path(gstate, stroke, fill, evenodd, path)
        made = [obj for obj in objects[before:] if isinstance(obj, LTCurve)]
        ink = ink_of(gstate.ncolor, gstate.ncs.name, gstate.ncs.ncomponents) if fill else Ink.NONE
        tint = fill and tinted(gstate.ncolor, gstate.ncs.name, gstate.ncs.ncomponents)
        for obj in made:
            setattr(obj, INK, ink)
            setattr(obj, TINT, tint)
        if fill and len(made) > 1:
            _mark_holes(made, evenodd=evenodd)


def ink_of(color: object, space: str, components: int) -> Ink:
    """The look of a fill colour given in `space` (ISO 32000-1 §8.6)."""
    values = color if isinstance(color, tuple) else (color,)
    if not all(isinstance(v, int | float) for v in values):
        return Ink.UNKNOWN  # a pattern, or a colour pdfminer could not parse
    v = [min(max(float(x), 0.0), 1.0) for x in values]
    if space in ("DeviceGray", "CalGray") or (space == "ICCBased" and components == 1):
        luminance = v[0] if len(v) == 1 else None
    elif space in ("DeviceRGB", "CalRGB") or (space == "ICCBased" and components == 3):
        luminance = 0.299 * v[0] + 0.587 * v[1] + 0.114 * v[2] if len(v) == 3 else None
    elif space == "DeviceCMYK" or (space == "ICCBased" and components == 4):
        luminance = _cmyk_luminance(v) if len(v) == 4 else None
    elif space == "Separation" and len(v) == 1 and v[0] <= 0.05:
        luminance = 1.0  # no ink of the colourant at all: the paper shows
    else:
        luminance = None  # a spot colour's tint, Lab, an index, DeviceN: no telling
    if luminance is None:
        return Ink.UNKNOWN
    if luminance <= _DARK:
        return Ink.DARK
    return Ink.LIGHT if luminance >= _LIGHT else Ink.UNKNOWN


def tinted(color: object, space: str, components: int) -> bool:
    """A fill in a highlighter's colour (`_TINT_LIGHT`, `_TINT_SPREAD`): what a person marks
    a printed option with (`parsers.pdf_circled`), or Word's highlight saved as PDF."""
    values = color if isinstance(color, tuple) else (color,)
    if not all(isinstance(v, int | float) for v in values):
        return False
    v = [min(max(float(x), 0.0), 1.0) for x in values]
    if len(v) == 3 and (space in ("DeviceRGB", "CalRGB") or space == "ICCBased"):
        rgb = v
    elif len(v) == 4 and (space == "DeviceCMYK" or space == "ICCBased"):
        c, m, y, k = v
        rgb = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    else:
        return False
    luminance = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]
    return luminance >= _TINT_LIGHT and max(rgb) - min(rgb) >= _TINT_SPREAD


def _cmyk_luminance(v: list[float]) -> float:
    c, m, y, k = v
    return 0.299 * (1 - c) * (1 - k) + 0.587 * (1 - m) * (1 - k) + 0.114 * (1 - y) * (1 - k)


def _mark_holes(made: Sequence[LTCurve], *, evenodd: bool) -> None:
    """Tell which subpaths of one filled path the fill rule leaves unpainted (module
    docstring): under even-odd, a subpath inside an odd number of others; under non-zero, one
    wound against the subpath directly around it."""
    for obj in made:
        around = [o for o in made if o is not obj and _encloses(o, obj)]
        if not around:
            continue
        if evenodd:
            hole = len(around) % 2 == 1
        else:
            nearest = min(around, key=lambda o: o.width * o.height)
            hole = _winding(obj.pts) * _winding(nearest.pts) < 0
        if hole:
            setattr(obj, HOLE, True)
            for outer in around:
                setattr(outer, OUTLINE, True)


def _encloses(outer: LTCurve, inner: LTCurve) -> bool:
    return (
        outer.x0 <= inner.x0
        and outer.x1 >= inner.x1
        and outer.y0 <= inner.y0
        and outer.y1 >= inner.y1
        and outer.width * outer.height > inner.width * inner.height
    )


def _winding(points: Sequence[Point]) -> float:
    """Twice the signed area of the polygon through `points` (its sign is its direction)."""
    return sum(
        x0 * y1 - x1 * y0
        for (x0, y0), (x1, y1) in zip(points, [*points[1:], *points[:1]], strict=True)
    )


__all__ = ["HOLE", "INK", "OUTLINE", "Ink", "ink_of", "laid_out"]
