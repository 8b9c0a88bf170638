"""PDF pages with awkward geometry, built with reportlab for the tests of `parsers.pdf_*`.

A page is a list of `Item`s placed in a *logical* portrait frame (points, origin bottom-left,
as reportlab draws): words (`Text`, each drawn on its own, so their order in the content stream
can be shuffled), tick boxes drawn as vector shapes (`Box`), a row's shading (`Shade`) and a
tick pasted in as a picture (`Stamp`). `page_pdf` draws them:

- `turn`: the content turned that many degrees anticlockwise in user space (the media box is
  landscape for 90 and 270), the way a sideways table or a landscape scan is laid down;
- `rotate`: the page's `/Rotate` entry (a viewer turns the page that far clockwise): with
  `turn == rotate` the page reads upright on screen, otherwise it shows sideways;
- `seed`: the items drawn in a shuffled order (words and boxes alike), else in the given order.

Every wording is invented for these tests; none is taken from a corpus set.
"""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

WIDTH, HEIGHT = A4

#: How a box is drawn: `filled` a square painted with `ink` (and stroked), `outline` a stroked
#: square, `white` a stroked square filled white, `diagonals` an outline with both diagonals
#: drawn corner to corner as separate lines, `inset` an outline with a smaller filled square
#: inside, `disc` a filled circle, `ring` a stroked circle, `speck` an outline with a tiny
#: stroke off its centre (a shape at the box that is no mark we know), `frame` an outline drawn
#: as one filled path with a square hole (even-odd).
BoxStyle = Literal[
    "filled", "outline", "white", "diagonals", "inset", "disc", "ring", "speck", "frame"
]


@dataclass(frozen=True, slots=True)
class Text:
    """Text at (x, baseline y), optionally letter-spaced by `tracking` points, and turned
    `angle` degrees anticlockwise about its start (a note up the margin)."""

    x: float
    y: float
    text: str
    font: str = "Helvetica"
    size: float = 10.0
    tracking: float = 0.0
    angle: float = 0.0


@dataclass(frozen=True, slots=True)
class Box:
    """A tick box with its lower-left corner at (x, y); `ink` is the fill as RGB 0-1."""

    x: float
    y: float
    style: BoxStyle
    side: float = 9.0
    ink: tuple[float, float, float] = (0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Shade:
    """A rectangle painted behind a row (a cell's shading), no stroke."""

    x: float
    y: float
    width: float
    height: float
    ink: tuple[float, float, float] = (0.9, 0.9, 0.9)


@dataclass(frozen=True, slots=True)
class Stamp:
    """A small picture of a tick, `side` points square, its lower-left corner at (x, y)."""

    x: float
    y: float
    side: float = 7.0


Item = Text | Box | Shade | Stamp


def words(x: float, y: float, line: str, *, font: str = "Helvetica", size: float = 10.0,
          tracking: float = 0.0) -> list[Text]:  # fmt: skip
    """A line of text as one `Text` per word, each where a text run would have put it."""
    canvas = Canvas(io.BytesIO())
    placed: list[Text] = []
    space = canvas.stringWidth(" ", font, size) + 2 * tracking
    for word in line.split(" "):
        placed.append(Text(x, y, word, font, size, tracking))
        x += canvas.stringWidth(word, font, size) + tracking * len(word) + space
    return placed


def spaced(x: float, y: float, heading: str, *, font: str = "Helvetica-Bold", size: float = 11.0,
           gap: float = 2.5) -> list[Text]:  # fmt: skip
    """A heading with its letters drawn one by one, `gap` points apart, and a wider gap (three
    letter gaps and a space) between its words: "S U M M A R Y   O F   C O N C E R N S"."""
    canvas = Canvas(io.BytesIO())
    placed: list[Text] = []
    for word in heading.split(" "):
        for letter in word:
            placed.append(Text(x, y, letter, font, size))
            x += canvas.stringWidth(letter, font, size) + gap
        x += 3 * gap + canvas.stringWidth(" ", font, size)
    return placed


def page_pdf(
    pages: Sequence[Sequence[Item]], *, turn: int = 0, rotate: int = 0, seed: int | None = None
) -> bytes:
    """The pages as a PDF (module docstring for `turn`, `rotate` and `seed`)."""
    buffer = io.BytesIO()
    landscape = turn % 180 == 90
    canvas = Canvas(buffer, pagesize=(HEIGHT, WIDTH) if landscape else A4, pageCompression=0)
    for items in pages:
        canvas.setPageRotation(rotate)
        canvas.saveState()
        _turn(canvas, turn)
        order = list(items)
        if seed is not None:
            random.Random(seed).shuffle(order)
        for item in order:
            _draw(canvas, item)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _turn(canvas: Canvas, turn: int) -> None:
    """Map the logical portrait frame onto user space turned `turn` degrees anticlockwise."""
    offsets = {0: (0.0, 0.0), 90: (HEIGHT, 0.0), 180: (WIDTH, HEIGHT), 270: (0.0, WIDTH)}
    dx, dy = offsets[turn % 360]
    canvas.translate(dx, dy)
    canvas.rotate(turn % 360)


def _draw(canvas: Canvas, item: Item) -> None:
    if isinstance(item, Text):
        canvas.saveState()
        canvas.translate(item.x, item.y)
        canvas.rotate(item.angle)
        text = canvas.beginText(0, 0)
        text.setFont(item.font, item.size)
        text.setCharSpace(item.tracking)
        text.textOut(item.text)
        canvas.drawText(text)
        canvas.restoreState()
    elif isinstance(item, Stamp):
        canvas.drawImage(ImageReader(_tick_image()), item.x, item.y, item.side, item.side)
    elif isinstance(item, Shade):
        canvas.setFillColorRGB(*item.ink)
        canvas.rect(item.x, item.y, item.width, item.height, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
    else:
        _box(canvas, item)


def _tick_image() -> Image.Image:
    image = Image.new("L", (28, 28), 255)
    ImageDraw.Draw(image).line([(4, 15), (11, 23), (24, 5)], fill=0, width=4)
    return image


def _box(canvas: Canvas, box: Box) -> None:
    x, y, side = box.x, box.y, box.side
    canvas.setFillColorRGB(*box.ink)
    if box.style == "filled":
        canvas.rect(x, y, side, side, stroke=1, fill=1)
    elif box.style == "white":
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(x, y, side, side, stroke=1, fill=1)
    elif box.style == "disc":
        canvas.circle(x + side / 2, y + side / 2, side / 2, stroke=0, fill=1)
    elif box.style == "ring":
        canvas.circle(x + side / 2, y + side / 2, side / 2, stroke=1, fill=0)
    elif box.style == "frame":
        path = canvas.beginPath()
        path.rect(x, y, side, side)
        path.rect(x + 0.8, y + 0.8, side - 1.6, side - 1.6)
        canvas.drawPath(path, stroke=0, fill=1, fillMode=0)  # 0: even-odd in reportlab
    else:
        canvas.rect(x, y, side, side, stroke=1, fill=0)
    if box.style == "diagonals":
        canvas.line(x, y, x + side, y + side)
        canvas.line(x, y + side, x + side, y)
    elif box.style == "inset":
        canvas.rect(x + 2, y + 2, side - 4, side - 4, stroke=0, fill=1)
    elif box.style == "speck":
        canvas.line(x + 0.35 * side, y + 0.35 * side, x + 0.45 * side, y + 0.45 * side)
    canvas.setFillColorRGB(0, 0, 0)
