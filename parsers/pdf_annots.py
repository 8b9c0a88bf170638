"""A page's annotations read as part of the page: typed answers as words, pen marks as marks.

Why: a printed form (no AcroForm) answered with a viewer's "Fill & Sign" or comment tools
keeps its answers outside the page's content stream, as annotations (ISO 32000-1 §12.5):
FreeText boxes hold the typed text (/Contents, or /RC rich text), and a tick is an Ink
stroke, a Stamp (Adobe's "Checkmark"), a Square or Circle, or a FreeText holding only an "X".
pdfminer reads the content stream alone, so such a form read as its printed labels: no
children, no reason, neither box ticked — and POLICY.md rule 2 gave `report_only` where a
person should have looked (issue 11, set s layout 91). What a viewer shows is part of the
page, so:

- a **FreeText** annotation's text becomes a word at its rectangle (placed as an AcroForm
  text field's value is: `parsers.pdf_form.value_word`), and the line pairing reads it as it
  reads printed text;
- a **mark** — Ink, Stamp, Square, Circle, Line, PolyLine, Polygon, or a FreeText holding a
  single tick or cross — is kept by its bounding box (an Ink's strokes', not its padded
  rectangle), for `parsers.pdf_mark_over` to answer the box it lies over;
- a **Highlight** (a viewer's highlighter over printed words) is kept by each of its
  /QuadPoints' boxes — one a line of text it covers — for `parsers.pdf_circled` to mark the
  printed option it lies over;
- a **paperclip** (/FileAttachment: a file attached to the page, the form itself on a covering
  sheet) is noted, so that its file is read as an attachment of its own (`parsers.pdf_files`);
- annotations a viewer does not show (flags Hidden and NoView, ISO 32000-1 table 165), links,
  pop-ups, sticky notes (/Text: an icon whose note opens on click), form widgets
  (`parsers.pdf_form` reads those) and anything else are left out.

The file is hostile input: at most `_MAX_ANNOTS` annotations a page are read, a text is cut
at `_MAX_CHARS`, an annotation without a usable /Rect (not four finite numbers, no area,
off the page) is skipped, and one that cannot be read at all is skipped on its own rather
than losing the page.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text

from parsers.pdf_form import value_word
from parsers.pdf_layout import Word
from parsers.pdf_turn import Turn, turned

#: The most annotations read on one page (a form has dozens; a hostile file may have millions).
_MAX_ANNOTS = 300
#: The most characters of one annotation's text kept, and of its rich text parsed.
_MAX_CHARS, _MAX_RICH = 4000, 64_000
#: The most lines of one annotation's text kept.
_MAX_LINES = 60
#: The most coordinates of an Ink's strokes read.
_MAX_POINTS = 4096
_HIDDEN, _NO_VIEW = 1 << 1, 1 << 5  # annotation flags (ISO 32000-1 table 165)
#: Annotations that draw a mark on the page (ISO 32000-1 §12.5.6).
_MARKS = frozenset({"Ink", "Stamp", "Square", "Circle", "Line", "PolyLine", "Polygon"})
#: A FreeText that holds only one of these is a mark typed over a box, not an answer's text.
_TYPED_MARKS = frozenset("xX✓✔✗✘✕✖☒☑⌧🗸🗴🗵")


@dataclass(frozen=True, slots=True)
class Annotations:
    """What a page's annotations show: typed text as words, and marks. A mark is a `Word`
    whose box is the mark's extent and whose text is the typed mark ("X") or empty (a drawn
    one): a typed mark that answers no box is read as the text it is."""

    words: tuple[Word, ...] = ()
    marks: tuple[Word, ...] = ()
    highlights: tuple[Word, ...] = ()
    #: a paperclip (/FileAttachment) is on the page: its file is read by `parsers.pdf_files`
    paperclip: bool = False


def page_annotations(
    raw: object,
    *,
    mediabox: object,
    turn: int = 0,
    widgets: frozenset[int] = frozenset(),
) -> Annotations:
    """The annotations `raw` (a pdfminer page's /Annots) in pdfplumber's coordinates, turned
    by `turn` degrees like the page's text (`parsers.pdf_turn`); never raises. `widgets`:
    the object numbers of entries pypdf has read as form widgets
    (`parsers.pdf_form.widget_refs`), not parsed again here: a widget is none of ours."""
    frame = _frame(mediabox)
    if frame is None:
        clips = (_name(a.get("Subtype")) == "FileAttachment" for a in _dicts(raw, widgets))
        return Annotations(paperclip=any(clips))
    words: list[Word] = []
    marks: list[Word] = []
    highlights: list[Word] = []
    paperclip = False
    for annot in _dicts(raw, widgets):
        subtype = _name(annot.get("Subtype"))
        if subtype == "Highlight":
            highlights += _highlighted_safely(annot, frame)
            continue
        if subtype == "FileAttachment":
            paperclip = True
            continue
        read = _read_safely(annot, frame)
        if read is not None:
            (marks if read[0] else words).append(read[1])
    place = Turn(turn % 360 if turn % 90 == 0 else 0, frame[2] - frame[0], frame[3] - frame[1])
    return Annotations(
        words=tuple(turned(w, place) for w in words),
        marks=tuple(turned(m, place) for m in marks),
        highlights=tuple(turned(h, place) for h in highlights),
        paperclip=paperclip,
    )


def _highlighted_safely(annot: dict[Any, Any], frame: tuple[float, ...]) -> list[Word]:
    """A shown Highlight's boxes: one for each quadrilateral of its /QuadPoints (ISO 32000-1
    §12.5.6.10: eight numbers a quad, one a line of text), else its /Rect; never raises."""
    try:
        flags = resolve1(annot.get("F", 0))
        if isinstance(flags, int) and flags & (_HIDDEN | _NO_VIEW):
            return []
        quads = resolve1(annot.get("QuadPoints"))
        found = [_number(v) for v in quads[:_MAX_POINTS]] if isinstance(quads, list) else []
        values = [v for v in found if v is not None] if None not in found else []
        boxes = [
            _box([min(q[0::2]), min(q[1::2]), max(q[0::2]), max(q[1::2])], frame)
            for q in (values[i : i + 8] for i in range(0, len(values) - 7, 8))
        ]
        if not values:
            boxes = [_box(_numbers(annot.get("Rect"), 4), frame)]
        return [_mark(box) for box in boxes if box is not None]
    except Exception:  # a hostile file's annotation: the page and the others are still read
        return []


def _frame(mediabox: object) -> tuple[float, float, float, float] | None:
    """The media box as (left, bottom, right, top), or None when it is not one."""
    numbers = _numbers(mediabox, 4)
    if numbers is None:
        return None
    left, right = sorted(numbers[0::2])
    bottom, top = sorted(numbers[1::2])
    return (left, bottom, right, top) if right > left and top > bottom else None


def _dicts(raw: object, widgets: frozenset[int]) -> Iterator[dict[Any, Any]]:
    """The first `_MAX_ANNOTS` annotation dictionaries of an /Annots array, but `widgets`."""
    try:
        array = resolve1(raw)
    except Exception:
        return
    if not isinstance(array, list | tuple):
        return
    for ref in array[:_MAX_ANNOTS]:
        if isinstance(ref, PDFObjRef) and ref.objid in widgets:
            continue
        annot = _resolved(ref)
        if isinstance(annot, dict):
            yield annot


def _resolved(ref: object) -> object:
    """The object `ref` points to, or None when a hostile file's reference leads nowhere."""
    try:
        return resolve1(ref)
    except Exception:
        return None


def _read_safely(annot: dict[Any, Any], frame: tuple[float, ...]) -> tuple[bool, Word] | None:
    """`_read`, with an annotation that cannot be read at all skipped on its own."""
    try:
        return _read(annot, frame)
    except Exception:  # a hostile file's annotation: the page and the others are still read
        return None


def _read(annot: dict[Any, Any], frame: tuple[float, ...]) -> tuple[bool, Word] | None:
    """(is a mark, the word or mark) for one annotation, or None when it shows nothing read."""
    subtype = _name(annot.get("Subtype"))
    flags = resolve1(annot.get("F", 0))
    if isinstance(flags, int) and flags & (_HIDDEN | _NO_VIEW):
        return None
    if subtype not in _MARKS and subtype != "FreeText":
        return None
    rect = _box(_numbers(annot.get("Rect"), 4), frame)
    if rect is None:
        return None
    if subtype in _MARKS:
        return True, _mark(_drawn_extent(annot, frame) or rect)
    text = _text(annot)
    if text.strip() in _TYPED_MARKS:
        return True, _mark(rect, text=text.strip())
    word = value_word(text, box=rect, appearance=_string(annot.get("DA")))
    return (False, word) if word is not None else None


def _mark(box: dict[str, float], *, text: str = "") -> Word:
    height = box["bottom"] - box["top"]
    return Word(text=text, x0=box["x0"], x1=box["x1"], top=box["top"], bottom=box["bottom"],
                size=max(height, 1.0))  # fmt: skip


def _box(numbers: list[float] | None, frame: tuple[float, ...]) -> dict[str, float] | None:
    """A user-space rectangle in pdfplumber's coordinates (from the media box's top-left
    corner), or None when it has no area or lies off the page."""
    if numbers is None:
        return None
    (x0, x1), (y0, y1) = sorted(numbers[0::2]), sorted(numbers[1::2])
    left, bottom, right, top = frame
    if x1 - x0 <= 0 or y1 - y0 <= 0 or x1 <= left or x0 >= right or y1 <= bottom or y0 >= top:
        return None
    return {"x0": x0 - left, "x1": x1 - left, "top": top - y1, "bottom": top - y0}


def _drawn_extent(annot: dict[Any, Any], frame: tuple[float, ...]) -> dict[str, float] | None:
    """The box round what a pen annotation draws: its Ink strokes (/InkList), a polygon's
    /Vertices or a line's /L — tighter than its /Rect, which viewers pad."""
    points: list[float] = []
    ink = resolve1(annot.get("InkList"))
    strokes = ink if isinstance(ink, list) else [annot.get("Vertices"), annot.get("L")]
    for stroke in strokes[:_MAX_POINTS]:
        values = resolve1(stroke)
        if isinstance(values, list) and len(points) + len(values) <= _MAX_POINTS:
            points += [v for v in (_number(x) for x in values) if v is not None]
    xs, ys = points[0::2], points[1::2]
    if len(xs) < 2 or len(ys) < 2:
        return None
    box = _box([min(xs), min(ys), max(xs), max(ys)], frame)
    if box is None:  # a straight stroke: give it the width of a pen's line
        box = _box([min(xs) - 0.5, min(ys) - 0.5, max(xs) + 0.5, max(ys) + 0.5], frame)
    return box


def _text(annot: dict[Any, Any]) -> str:
    """What a FreeText shows: its /Contents, else its rich text (/RC) as plain text; cut to
    `_MAX_LINES` lines of at most `_MAX_CHARS` characters in all."""
    text = _string(annot.get("Contents"))
    if not text.strip():
        text = _rich_text(annot.get("RC"))
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    kept: list[str] = []
    size = 0
    for line in (line for line in lines if line):
        if len(kept) >= _MAX_LINES or size >= _MAX_CHARS:
            break
        kept.append(line[: _MAX_CHARS - size])
        size += len(kept[-1])
    return "\n".join(kept)


def _rich_text(value: object) -> str:
    """/RC (XHTML, ISO 32000-1 §12.7.3.4) as text: the markup dropped, a block a line."""
    value = resolve1(value)
    if isinstance(value, PDFStream):
        value = value.get_data()[:_MAX_RICH]
    markup = _string(value)[:_MAX_RICH]
    if not markup:
        return ""
    reader = _Blocks()
    try:
        reader.feed(markup)
        reader.close()
    except Exception:  # markup beyond the parser's patience: what was read is kept
        return "".join(reader.parts)
    return "".join(reader.parts)


class _Blocks(HTMLParser):
    """Collects an XHTML fragment's text, a line break at each block's end and each <br>."""

    _BREAKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BREAKS:
            self.parts.append("\n")


def _name(value: object) -> str:
    value = resolve1(value)
    return value.name if isinstance(value, PSLiteral) and isinstance(value.name, str) else ""


def _string(value: object) -> str:
    """A PDF text string as text (PDFDocEncoding or UTF-16 with its mark: pdfminer's
    `decode_text`), or "" when it is none."""
    value = resolve1(value)
    if isinstance(value, bytes):
        return decode_text(value[:_MAX_RICH])
    return value if isinstance(value, str) else ""


def _numbers(value: object, count: int) -> list[float] | None:
    value = resolve1(value)
    if not isinstance(value, list | tuple) or len(value) != count:
        return None
    numbers = [_number(v) for v in value]
    return [n for n in numbers if n is not None] if None not in numbers else None


def _number(value: object) -> float | None:
    """A finite coordinate, or None (a hostile /Rect may hold anything)."""
    value = resolve1(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and abs(number) < 1e6 else None


def mark_texts(marks: Iterable[Word]) -> list[Word]:
    """The typed marks among `marks` as the words they are (an "X" that answers no box)."""
    return [m for m in marks if m.text]


__all__ = ["Annotations", "mark_texts", "page_annotations"]
