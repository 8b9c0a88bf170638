"""Words placed on a PDF page, and the lines of text they make.

The reader works on one representation: `Word`s with a box in pdfplumber's coordinates (points
from the top-left corner). Real words come from the page's characters; "virtual" words come
from what is not in the text layer — an AcroForm field's value, a tick box drawn as a path —
so they land on the line of the label beside them. `page_lines` then clusters words into lines,
left to right, and joins them as `parsers.records` asks: single spaces inside a cell, a TAB
between cells (a ruled cell edge, or a gap wider than `_CELL_GAP_EM` ems).

Characters are grouped into words here rather than with pdfplumber's `extract_words`: on a
3-page form the characters cost about half of `extract_text` and its word extractor the other
half (measured, see `parsers.pdf`), and the simple grouping below is all a form needs.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTLine, LTPage, LTRect

from parsers.grey_look import LOOK, grey_lightness
from parsers.guidance import wrapped
from parsers.pdf_aligned import aligned_edges
from parsers.pdf_cells import cells_unwrapped
from parsers.pdf_columns import Rule, column_bands
from parsers.pdf_nudged import nudged
from parsers.pdf_paint import COLOUR, HOLE, INK, OUTLINE, SEE_THROUGH, SHOWN, TINT, Ink, ink_of
from parsers.pdf_wrap import unwrapped
from parsers.records import CELL

#: Characters further apart than this many ems start a new word (a space is ~0.25 em, kerning
#: and tracking stay well under 0.1 em).
_WORD_GAP_EM = 0.18
#: Words further apart than this many ems on one line are in different cells (justified text
#: stretches spaces to ~0.6 em; a label and its value, or table columns, sit further apart).
_CELL_GAP_EM = 1.5
#: Two words share a line when their vertical centres are this many ems apart or less.
_LINE_EM = 0.45

_T = TypeVar("_T")


class Char(NamedTuple):
    """One character as pdfminer placed it (top-left coordinates)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font: str
    size: float
    #: The direction its text runs, degrees anticlockwise on the page as a viewer shows it
    #: (0, 90, 180 or 270: `parsers.pdf_turn`).
    turn: int = 0
    helps: bool = False  # printed in the grey of a form's help text (`_help_grey`)
    #: What `parsers.pdf_hidden` asks: its place in the page's painting order, its fill
    #: colour (RGB, None when not to be told), and whether its rendering mode paints it.
    order: int = 0
    colour: tuple[float, float, float] | None = None
    shown: bool = True


@dataclass(frozen=True, slots=True)
class Shape:
    """A drawn rectangle, line or curve, by its bounding box in top-left coordinates."""

    x0: float
    x1: float
    top: float
    bottom: float
    kind: str  # "rect" | "line" | "curve"
    filled: bool = False  # painted inside (a radio button's dot), not only outlined
    #: How its fill looks (`parsers.pdf_paint`): a dark fill in a box is a mark.
    ink: Ink = Ink.NONE
    #: Its place in the page's painting order: what is painted later covers what was before.
    order: int = 0
    #: A curve's points (top-left coordinates), to tell what its fill covers.
    points: tuple[tuple[float, float], ...] = ()
    colour: tuple[float, float, float] | None = None  # its fill's, as RGB
    see_through: bool = False  # painted with an opacity or a blend: it covers nothing
    #: Filled in a highlighter's colour (`parsers.pdf_paint.tinted`): a marked option's ground.
    tint: bool = False

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class Word:
    """A run of text with its box.

    `after` holds extra lines that follow this word's line (a multi-line form value); `cell`
    marks a word that is a cell of its own (a form field's value), set apart by TABs.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font: str = ""
    size: float = 10.0
    after: tuple[str, ...] = ()
    cell: bool = False
    helps: bool = False  # a form's help text by its grey: wrapped as guidance in its line

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def bold(self) -> bool:
        name = self.font.lower()
        return any(weight in name for weight in ("bold", "black", "heavy", "semibold"))


@dataclass(frozen=True, slots=True)
class Picture:
    """An image placed on the page: where (top-left points) and how many pixels it holds."""

    x0: float
    x1: float
    top: float
    bottom: float
    pixels_wide: int
    pixels_high: int
    order: int = 0  # its place in the page's painting order (`Shape.order`)
    see_through: bool = False  # masked or translucent: it covers nothing


def page_content(layout: LTPage) -> tuple[list[Char], list[Shape], list[Picture]]:
    """The characters, drawn shapes and images of a pdfminer page layout.

    Read straight from pdfminer's layout objects (the ones pdfplumber wraps): pdfplumber's
    conversion of every object into a dict costs about 40 % of a page (profiled on sample 01).
    Coordinates are pdfplumber's: points from the media box's top-left corner. Objects come
    in painting order (a later fill covers an earlier one: `pdf_box_state`); the lines are
    made from positions alone, so that order is no reading order.
    """
    height = float(layout.height)
    chars: list[Char] = []
    drawn: list[Shape] = []
    images: list[Picture] = []
    greys: dict[tuple[object, str], bool] = {}  # `_help_grey` by (colour, font) on this page
    todo: list[Any] = list(reversed(list(layout)))  # a stack, so objects come in painting order
    order = 0
    while todo:
        obj = todo.pop()
        order += 1
        if isinstance(obj, LTChar):
            font = obj.fontname
            name = font.decode("latin-1") if isinstance(font, bytes) else str(font)
            chars.append(
                Char(obj.get_text(), obj.x0, obj.x1, height - obj.y1, height - obj.y0,
                     name, float(obj.size) or 10.0, _quadrant(obj.matrix),
                     _help_grey_once(greys, obj, name), order, getattr(obj, COLOUR, None),
                     getattr(obj, SHOWN, True))
            )  # fmt: skip
        elif isinstance(obj, LTCurve) and not getattr(obj, HOLE, False):
            drawn.append(_shape(obj, height=height, order=order))
        elif isinstance(obj, LTImage):
            wide, high = _pixels(obj)
            images.append(Picture(obj.x0, obj.x1, height - obj.y1, height - obj.y0, wide, high,
                                  order, getattr(obj, SEE_THROUGH, False)))  # fmt: skip
        elif isinstance(obj, LTContainer):
            todo += list(reversed(list(obj)))
    return chars, drawn, images


_ITALIC_FONT = ("italic", "oblique")


def _help_grey_once(greys: dict[tuple[object, str], bool], char: LTChar, font: str) -> bool:
    """`_help_grey`, asked once for each colour and font a page prints in and remembered in
    `greys`: a page has thousands of characters and a handful of (colour, font) pairs, and the
    answer depends on nothing else. Equal colours give equal answers (the test reads their
    numbers as floats); a colour that cannot be a key (a list) is asked each time."""
    key = (getattr(getattr(char, "graphicstate", None), "ncolor", None), font)
    try:
        return greys[key]
    except KeyError:
        helps = greys[key] = _help_grey(char, font)
        return helps
    except TypeError:  # unhashable
        return _help_grey(char, font)


def _help_grey(char: LTChar, font: str) -> bool:
    """Whether a character is filled in a form's help grey (`parsers.word_help.GreyLook`): a
    DeviceGray or DeviceRGB grey, or a CMYK one of black ink only (set p, 76-03: the grey
    "Example:" lines of a notification read as a child, a date and an arrest)."""
    state = getattr(char, "graphicstate", None)
    colour = getattr(state, "ncolor", None)
    if isinstance(colour, int | float):
        values: tuple[float, ...] = (float(colour),)
    elif isinstance(colour, tuple | list) and all(isinstance(v, int | float) for v in colour):
        values = tuple(float(v) for v in colour)
    else:
        return False  # a pattern, no colour set: the text's own black
    if len(values) == 4:  # CMYK: a grey is black ink alone
        cyan, magenta, yellow, black = values
        if max(cyan, magenta, yellow) > LOOK.spread:
            return False
        values = (1.0 - black,)
    if len(values) not in (1, 3):
        return False
    italic = any(word in font.lower() for word in _ITALIC_FONT)
    return LOOK.help(grey_lightness(values), italic=italic)


def _shape(obj: LTCurve, *, height: float, order: int) -> Shape:
    """A path as a `Shape`; one `parsers.pdf_paint` found to be an outline painted as a fill
    (a square with a hole) is an outline, unfilled."""
    kind = "rect" if isinstance(obj, LTRect) else "line" if isinstance(obj, LTLine) else "curve"
    filled = bool(obj.fill) and not getattr(obj, OUTLINE, False)
    ink = (getattr(obj, INK, None) or _ink(obj)) if filled else Ink.NONE
    points = tuple((x, height - y) for x, y in obj.pts) if kind == "curve" else ()
    return Shape(obj.x0, obj.x1, height - obj.y1, height - obj.y0, kind, filled,
                 ink, order, points, getattr(obj, COLOUR, None) if filled else None,
                 getattr(obj, SEE_THROUGH, False),
                 tint=filled and bool(getattr(obj, TINT, False)))  # fmt: skip


def _ink(obj: LTCurve) -> Ink:
    """A fill's look from its colour alone, for a layout not made by `pdf_paint.laid_out`:
    the colour space guessed from the number of components."""
    color = obj.non_stroking_color
    n = len(color) if isinstance(color, tuple) else 1
    space = {1: "DeviceGray", 3: "DeviceRGB", 4: "DeviceCMYK"}.get(n, "")
    return ink_of(color, space, n)


def _quadrant(matrix: tuple[float, ...]) -> int:
    """The right angle nearest to the direction a character's text runs (its matrix's
    first row is the direction of its advance), in degrees anticlockwise."""
    a, b = matrix[0], matrix[1]
    if abs(a) >= abs(b):
        return 0 if a >= 0 else 180
    return 90 if b > 0 else 270


def _pixels(image: LTImage) -> tuple[int, int]:
    """The image's size in pixels as its dictionary declares it (0 when it says nothing usable:
    a hostile file's /Width may be anything)."""
    try:
        wide, high = (int(v) for v in image.srcsize)
    except (TypeError, ValueError):
        return 0, 0
    return max(wide, 0), max(high, 0)


def words_from_chars(chars: Iterable[Char]) -> list[Word]:
    """Group characters into words: same line, same font, no space or wide gap between."""
    words: list[Word] = []
    for line in _cluster(sorted(chars, key=_char_middle), key=_char_middle, size=_char_size):
        line.sort(key=lambda c: c.x0)  # stable: characters at one place in drawing order
        run: list[Char] = []
        for char in line:
            if run and _breaks(run[-1], char):
                words.append(_word(run))
                run = []
            if not char.text.isspace():
                run.append(char)
        if run:
            words.append(_word(run))
    return words


def page_lines(
    words: Sequence[Word],
    *,
    edges: Sequence[tuple[float, float, float]],
    rules: Sequence[Rule] | None = None,
) -> list[str]:
    """The page's lines in reading order; `edges` are vertical rules (x, top, bottom).

    With `rules` (every drawn rule and rectangle but tick boxes), a band of the page in two
    columns (`parsers.pdf_columns`) gives its left column's lines before its right column's.
    Without them (an OCR'd page: its rules were whitened, so a table could not be told from
    columns by its rules) lines run across the page as before."""
    clusters = _lines(words)
    if rules is not None:  # a ruled row's cells wrapped over printed lines: one line again
        clusters = cells_unwrapped(clusters, edges=edges, rules=rules)
    edges = [*edges, *aligned_edges(clusters, ruled=edges)]
    lines: list[str] = []
    for cluster in nudged(clusters if rules is None else _reading_order(clusters, rules)):
        if cluster:
            lines.append(_join(cluster, edges))
            lines += [extra for word in cluster for extra in word.after]
    return [line for line in lines if line.strip()]


def _reading_order(clusters: list[list[Word]], rules: Sequence[Rule]) -> list[list[Word]]:
    """The lines, with each two-column band read as its left column, then its right one.

    Each column's words are put into lines again on their own: the lines across the page
    were clustered with both columns' words, so a word of one column could join the other
    column's line (a ☒ printed a point higher than its label joined the line beside it on the
    left, and its label went to the next line: set n layout 66); and a line a narrow column
    wrapped is joined again to the line it continues (`parsers.pdf_wrap`)."""
    ordered: list[list[Word]] = []
    done = 0
    for band in column_bands(clusters, rules=rules, cell_gap_em=_CELL_GAP_EM):
        ordered += clusters[done : band.first]
        inside = [w for line in clusters[band.first : band.last + 1] for w in line]
        ordered += unwrapped(_lines([w for w in inside if w.x0 < band.split]))
        ordered += unwrapped(_lines([w for w in inside if w.x0 >= band.split]))
        done = band.last + 1
    return ordered + clusters[done:]


def word_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words clustered into lines, top to bottom, each line left to right (the lines
    `page_lines` reads)."""
    return _lines(words)


def _lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words clustered into lines, top to bottom, each line left to right."""
    ordered = sorted(words, key=lambda w: w.middle)
    clusters = _cluster(ordered, key=lambda w: w.middle, size=lambda w: w.size)
    for cluster in clusters:
        cluster.sort(key=lambda w: w.x0)
    return clusters


def _join(words: list[Word], edges: Sequence[tuple[float, float, float]]) -> str:
    """The line's words, a TAB between cells. Between two words with more than one ruled
    cell edge between them, the cells in between are empty and each keeps its TAB ("GP <TAB>
    <TAB>✓"), as a Word table's row does: a grid's marks are read by their column (set n
    layout 70: "Invited | Attendance required | Report requested", the attendance cell blank)."""
    parts = [_shown(words[0])]
    # only the edges beside the line: a pair's middle lies between the line's lowest and
    # highest word middles (a float's mean of two stays between them), so an edge outside
    # that height crosses no pair here — the page's edges were walked for every pair
    low, high = min(w.middle for w in words), max(w.middle for w in words)
    edges = [e for e in edges if e[1] <= high and e[2] >= low]
    for left, right in itertools.pairwise(words):
        size = max(min(left.size, right.size), 1.0)
        gap = right.x0 - left.x1
        middle = (right.middle + left.middle) / 2
        crossed = _edges_between(left.x1 - 1, right.x0 + 1, middle, edges)
        cell = left.cell or right.cell
        if crossed > 1:
            parts.append(CELL * crossed)
        else:
            parts.append(CELL if cell or crossed or gap > _CELL_GAP_EM * size else " ")
        parts.append(_shown(right))
    return "".join(parts)


def _shown(word: Word) -> str:
    """A word's text in its line: help text wrapped as guidance (`parsers.guidance` joins a
    line's neighbouring help words into one span)."""
    return wrapped(word.text) if word.helps else word.text


#: Ruled edges closer than this are one cell edge drawn twice (adjacent cells' sides, a
#: double border); an empty cell is wider.
_ONE_EDGE = 6.0


def _edges_between(
    lo: float, hi: float, middle: float, edges: Sequence[tuple[float, float, float]]
) -> int:
    """How many cell edges, told apart, stand between x = lo and hi at the height `middle`."""
    xs = sorted(x for x, top, bottom in edges if lo <= x <= hi and top <= middle <= bottom)
    return sum(1 for i, x in enumerate(xs) if i == 0 or x - xs[i - 1] > _ONE_EDGE)


def _cluster(
    items: list[_T], *, key: Callable[[_T], float], size: Callable[[_T], float]
) -> list[list[_T]]:
    """Split items sorted by vertical centre into lines (a gap over `_LINE_EM` ems splits)."""
    groups: list[list[_T]] = []
    anchor = 0.0
    for item in items:
        middle = key(item)
        if groups and middle - anchor <= _LINE_EM * max(size(item), 1.0):
            groups[-1].append(item)
        else:
            groups.append([item])
            anchor = middle
    return groups


def _char_middle(char: Char) -> float:
    return (char.top + char.bottom) / 2


def _char_size(char: Char) -> float:
    return char.size


def _breaks(previous: Char, char: Char) -> bool:
    if char.text.isspace() or char.font != previous.font or char.helps != previous.helps:
        return True
    gap = char.x0 - previous.x1
    return gap > _WORD_GAP_EM * char.size or gap < -char.size


def _word(run: list[Char]) -> Word:
    return Word(
        text="".join(c.text for c in run),
        x0=run[0].x0,
        x1=run[-1].x1,
        top=min(c.top for c in run),
        bottom=max(c.bottom for c in run),
        font=run[0].font,
        size=run[0].size,
        helps=run[0].helps,
    )
