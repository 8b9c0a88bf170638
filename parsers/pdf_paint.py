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

What a person can see (`parsers.pdf_hidden`): the device also records on each character its
text rendering mode's visibility (`SHOWN`: render mode 3 or 7 paints nothing, ISO 32000-1
§9.3.6) and its fill colour as RGB (`COLOUR`), and on each path and image whether
it is painted see-through (`SEE_THROUGH`: an ExtGState's `/ca` or `/CA` under 1, a blend mode
other than Normal, a soft mask; an image with a mask): such paint covers nothing — a
highlighter drawn in the page's content with Multiply over a sentence leaves it readable.
pdfminer leaves `gs` unread (`do_gs` is a TODO), so `_SeeingInterpreter` reads those entries.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTCurve, LTImage, LTPage
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import literal_name
from pdfplumber.page import Page as PlumberPage

#: Luminance (0 black - 1 white) at or under which a fill is dark, and from which it is light.
_DARK, _LIGHT = 0.5, 0.7
#: Attribute names set on pdfminer's objects by the device.
INK, HOLE, OUTLINE, TINT = "cpc_ink", "cpc_hole", "cpc_outline", "cpc_tint"
SHOWN, COLOUR, SEE_THROUGH = "cpc_shown", "cpc_colour", "cpc_see_through"
#: Text rendering modes that paint no glyph (3 invisible, 7 clip only).
_UNPAINTED_MODES = frozenset({3, 7})
#: A highlighter's colour: bright (luminance from `_TINT_LIGHT`) and coloured (its channels
#: `_TINT_SPREAD` apart or more) — Word's yellow, green, turquoise or pink highlight, a pen's
#: fill — never a grey (a form's shaded cell) nor a dark colour (a heading's bar).
_TINT_LIGHT, _TINT_SPREAD = 0.35, 0.35

Point = tuple[float, float]
RGB = tuple[float, float, float]


class Ink(enum.StrEnum):
    """How a painted fill looks: a mark's black, a background's white, or not to be told."""

    NONE = ""  # not filled
    DARK = "dark"
    LIGHT = "light"
    UNKNOWN = "unknown"


def laid_out(page: PlumberPage) -> LTPage:
    """The page's pdfminer layout (characters, paths, images), each path with its `INK`."""
    device = _InkDevice(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    _SeeingInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    return device.get_result()


class _SeeingInterpreter(PDFPageInterpreter):
    """pdfminer's interpreter that also reads whether paint is see-through (module docstring).

    The flag rides on the graphics state object; pdfminer's `q` saves a copy that lacks it,
    so it is saved and restored here beside pdfminer's own stack."""

    def do_gs(self, name: object) -> None:
        params = resolve1(resolve1((self.resources or {}).get("ExtGState", {})).get(
            literal_name(name)))  # fmt: skip
        if isinstance(params, dict):
            setattr(self.graphicstate, SEE_THROUGH, _see_through(params))

    def do_q(self) -> None:
        self._saved_see = [*getattr(self, "_saved_see", []), _seen(self.graphicstate)]
        super().do_q()

    def do_Q(self) -> None:
        super().do_Q()
        saved = getattr(self, "_saved_see", [])
        if saved:
            setattr(self.graphicstate, SEE_THROUGH, saved.pop())

    def do_Do(self, xobjid_arg: object) -> None:
        self.device.see_through = _seen(self.graphicstate)  # type: ignore[attr-defined]
        super().do_Do(xobjid_arg)  # type: ignore[arg-type]


def _see_through(params: dict[str, Any]) -> bool:
    """Whether an ExtGState paints see-through: an opacity under 1, a blend, a soft mask."""
    for key in ("ca", "CA"):
        alpha = resolve1(params.get(key, 1.0))
        if isinstance(alpha, int | float) and alpha < 0.99:
            return True
    blend = resolve1(params.get("BM"))
    blend = blend[0] if isinstance(blend, list) and blend else blend
    if blend is not None and literal_name(blend) not in ("Normal", "Compatible"):
        return True
    mask = resolve1(params.get("SMask"))
    return mask is not None and literal_name(mask) != "None"


def _seen(gstate: Any) -> bool:
    return bool(getattr(gstate, SEE_THROUGH, False))


class _InkDevice(PDFPageAggregator):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.see_through = False  # the graphics state's at the image being drawn (`do_Do`)
        self._shown = True  # the text being shown: its rendering mode paints (`SHOWN`)
        self._text_colour: RGB | None = None  # and its fill colour (`COLOUR`)
        self._colours: dict[tuple[object, str], RGB | None] = {}

    def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
        # what `render_char` gives each character of the string (`_Glyph`)
        self._shown = textstate.render not in _UNPAINTED_MODES
        self._text_colour = self._colour(graphicstate.ncolor, ncs)
        super().render_string(textstate, seq, ncs, graphicstate)

    def render_char(
        self,
        matrix: Any,
        font: Any,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: Any,
        graphicstate: Any,
    ) -> float:
        """pdfminer's `PDFLayoutAnalyzer.render_char`, making a `_Glyph`."""
        try:
            text = font.to_unichr(cid)
            assert isinstance(text, str), str(type(text))  # as pdfminer asserts
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        item = _Glyph(
            matrix, font, fontsize, scaling, rise, text, font.char_width(cid),
            font.char_disp(cid), ncs, graphicstate, shown=self._shown, colour=self._text_colour,
        )  # fmt: skip
        self.cur_item.add(item)
        return item.adv

    def render_image(self, name: str, stream: Any) -> None:
        super().render_image(name, stream)
        image = self.cur_item._objs[-1]
        if isinstance(image, LTImage):
            masked = any(stream.get(k) for k in ("SMask", "Mask", "ImageMask", "IM"))
            setattr(image, SEE_THROUGH, masked or self.see_through)

    def _colour(self, color: object, space: Any) -> RGB | None:
        """`rgb_of` once for each colour a page's text is printed in."""
        key = (color, space.name)
        try:
            return self._colours[key]
        except KeyError:
            colour = self._colours[key] = rgb_of(color, space.name, space.ncomponents)
            return colour
        except TypeError:  # unhashable (a list)
            return rgb_of(color, space.name, space.ncomponents)

    def paint_path(
        self, gstate: Any, stroke: bool, fill: bool, evenodd: bool, path: Sequence[Any]
    ) -> None:
        objects = self.cur_item._objs  # pdfplumber's own hook reads the same list
        before = len(objects)
        super().paint_path(gstate, stroke, fill, evenodd, path)
        made = [obj for obj in objects[before:] if isinstance(obj, LTCurve)]
        ink = ink_of(gstate.ncolor, gstate.ncs.name, gstate.ncs.ncomponents) if fill else Ink.NONE
        see = _seen(gstate)
        colour = rgb_of(gstate.ncolor, gstate.ncs.name, gstate.ncs.ncomponents) if fill else None
        tint = fill and tinted(gstate.ncolor, gstate.ncs.name, gstate.ncs.ncomponents)
        for obj in made:
            setattr(obj, INK, ink)
            setattr(obj, COLOUR, colour)
            setattr(obj, SEE_THROUGH, see)
            setattr(obj, TINT, tint)
        if fill and len(made) > 1:
            _mark_holes(made, evenodd=evenodd)


class _Glyph(LTChar):
    """pdfminer's `LTChar`, made with fewer calls: its box worked out here as `LTChar.__init__`
    works it out (the same arithmetic in the same order, so the same floats: pdfminer's
    `apply_matrix_rect` and `set_bbox` written out), and what `parsers.pdf_hidden` asks of it
    (`SHOWN`, `COLOUR`) set as it is made rather than by a walk of the string's characters
    after. A page's characters are the most numerous thing a parse worker makes (issue 11)."""

    def __init__(
        self,
        matrix: Any,
        font: Any,
        fontsize: float,
        scaling: float,
        rise: float,
        text: str,
        textwidth: float,
        textdisp: Any,
        ncs: Any,
        graphicstate: Any,
        *,
        shown: bool,
        colour: RGB | None,
    ) -> None:
        self._text = text
        self.matrix = matrix
        self.fontname = font.fontname
        self.ncs = ncs
        self.graphicstate = graphicstate
        self.adv = adv = textwidth * fontsize * scaling
        vertical = font.is_vertical()
        if vertical:
            (vx, vy) = textdisp
            vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
            vy = (1000 - vy) * fontsize * 0.001
            (bx0, by0, bx1, by1) = (-vx, vy + rise + adv, -vx + fontsize, vy + rise)
        else:
            descent = font.get_descent() * fontsize
            (bx0, by0, bx1, by1) = (0, descent + rise, adv, descent + rise + fontsize)
        (a, b, c, d, e, f) = matrix
        self.upright = a * d * scaling > 0 and b * c <= 0
        (left1, bottom1) = (a * bx0 + c * by0 + e, b * bx0 + d * by0 + f)
        (right1, bottom2) = (a * bx1 + c * by0 + e, b * bx1 + d * by0 + f)
        (right2, top1) = (a * bx1 + c * by1 + e, b * bx1 + d * by1 + f)
        (left2, top2) = (a * bx0 + c * by1 + e, b * bx0 + d * by1 + f)
        x0 = min(left1, left2, right1, right2)
        y0 = min(bottom1, bottom2, top1, top2)
        x1 = max(left1, left2, right1, right2)
        y1 = max(bottom1, bottom2, top1, top2)
        if x1 < x0:
            (x0, x1) = (x1, x0)
        if y1 < y0:
            (y0, y1) = (y1, y0)
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.width = x1 - x0
        self.height = y1 - y0
        self.bbox = (x0, y0, x1, y1)
        self.size = self.width if vertical else self.height
        self.cpc_shown = shown  # `SHOWN`
        self.cpc_colour = colour  # `COLOUR`


def ink_of(color: object, space: str, components: int) -> Ink:
    """The look of a fill colour given in `space` (ISO 32000-1 §8.6)."""
    rgb = rgb_of(color, space, components)
    if rgb is None:
        return Ink.UNKNOWN
    luminance = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]
    if luminance <= _DARK:
        return Ink.DARK
    return Ink.LIGHT if luminance >= _LIGHT else Ink.UNKNOWN


def rgb_of(color: object, space: str, components: int) -> RGB | None:
    """A colour given in `space` as RGB (0-1), or None when the space gives no telling: a
    pattern, a spot colour's tint, Lab, an index, DeviceN."""
    values = color if isinstance(color, tuple) else (color,)
    if not all(isinstance(v, int | float) for v in values):
        return None  # a pattern, or a colour pdfminer could not parse
    v = [min(max(float(x), 0.0), 1.0) for x in values]
    if space in ("DeviceGray", "CalGray") or (space == "ICCBased" and components == 1):
        return (v[0], v[0], v[0]) if len(v) == 1 else None
    if space in ("DeviceRGB", "CalRGB") or (space == "ICCBased" and components == 3):
        return (v[0], v[1], v[2]) if len(v) == 3 else None
    if space == "DeviceCMYK" or (space == "ICCBased" and components == 4):
        if len(v) != 4:
            return None
        c, m, y, k = v
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    if space == "Separation" and len(v) == 1 and v[0] <= 0.05:
        return (1.0, 1.0, 1.0)  # no ink of the colourant at all: the paper shows
    return None


def tinted(color: object, space: str, components: int) -> bool:
    """A fill in a highlighter's colour (`_TINT_LIGHT`, `_TINT_SPREAD`): what a person marks
    a printed option with (`parsers.pdf_circled`), or Word's highlight saved as PDF."""
    rgb = rgb_of(color, space, components)
    if rgb is None:
        return False
    luminance = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]
    return luminance >= _TINT_LIGHT and max(rgb) - min(rgb) >= _TINT_SPREAD


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


__all__ = [
    "COLOUR", "HOLE", "INK", "OUTLINE", "RGB", "SEE_THROUGH", "SHOWN", "Ink", "ink_of", "laid_out",
    "rgb_of",
]  # fmt: skip
