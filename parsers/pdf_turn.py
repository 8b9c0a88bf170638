"""A PDF page's text turned upright, whatever `/Rotate` and the text matrices say.

Why: a page may be drawn sideways. A landscape table laid on a portrait page, a form produced
landscape and given `/Rotate 90` to show upright, or `/Rotate 270` with the text drawn to suit
(issue 11, set o layout 75): pdfminer applies `/Rotate` (its page matrix turns the page as a
viewer shows it), but text drawn at right angles to that view stays at right angles. Read as
lines, every character of such text is a line of its own ("M", "e", "e"...), and text drawn
upside down reads backwards ("ylno troper"). pdfplumber's `extract_words` does no better:
it reads non-upright characters top to bottom into words without their spaces
("Policereportonly"), and upside-down ones right to left.

How: each character carries the direction its text runs (`Char.turn`, from its text matrix:
0, 90, 180 or 270 degrees anticlockwise as the viewer sees the page). The direction most of
the page's characters run in is the page's; the characters, the drawn shapes, the images and
any virtual word (a form field's value, a box read from the pixels) are turned together so
that text runs left to right, top to bottom — the frame `parsers.pdf_layout` reads lines in.
Characters running in another direction (a sideways margin note, a vertical label in a table's
first column) are turned upright on their own and read as lines after the page's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from parsers.pdf_layout import Char, Picture, Shape, Word

_Boxed = TypeVar("_Boxed", Shape, Picture, Word)


@dataclass(frozen=True, slots=True)
class Turn:
    """A quarter turn of a `width` x `height` frame (top-left coordinates) that puts text
    running `degrees` anticlockwise upright."""

    degrees: int
    width: float
    height: float

    @property
    def size(self) -> tuple[float, float]:
        """The frame's width and height once turned."""
        return (self.height, self.width) if self.degrees in (90, 270) else (self.width, self.height)

    def box(self, x0: float, x1: float, top: float, bottom: float) -> tuple[float, ...]:
        """(x0, x1, top, bottom) of a box once turned."""
        if self.degrees == 90:  # text ran up the page: its left is the page's bottom
            return self.height - bottom, self.height - top, x0, x1
        if self.degrees == 180:
            return self.width - x1, self.width - x0, self.height - bottom, self.height - top
        if self.degrees == 270:  # text ran down the page
            return top, bottom, self.width - x1, self.width - x0
        return x0, x1, top, bottom

    def point(self, x: float, y: float) -> tuple[float, float]:
        x0, _, top, _ = self.box(x, x, y, y)
        return x0, top


@dataclass(frozen=True, slots=True)
class Upright:
    """A page's content turned so that most of its text reads left to right (`turn`), and
    the characters running any other way, each direction's turned upright on its own."""

    chars: list[Char]
    drawn: list[Shape]
    images: list[Picture]
    turn: Turn
    asides: list[list[Char]]

    @property
    def width(self) -> float:
        return self.turn.size[0]

    @property
    def height(self) -> float:
        return self.turn.size[1]

    def placed(self, words: Sequence[Word]) -> list[Word]:
        """Words placed in the page as the viewer sees it, placed in the turned page."""
        return [turned(w, self.turn) for w in words]


def upright(
    chars: Sequence[Char],
    drawn: Sequence[Shape],
    images: Sequence[Picture],
    *,
    width: float,
    height: float,
) -> Upright:
    """The page turned to its commonest text direction (module docstring)."""
    counts = Counter(c.turn for c in chars if not c.text.isspace())
    main = max(sorted(counts), key=lambda d: counts[d], default=0)
    turn = Turn(main, width, height)
    asides = [
        [turned_char(c, Turn(d, width, height)) for c in chars if c.turn == d]
        for d in sorted(counts)
        if d != main
    ]
    return Upright(
        chars=[turned_char(c, turn) for c in chars if c.turn == main],
        drawn=[turned(s, turn) for s in drawn],
        images=[turned(p, turn) for p in images],
        turn=turn,
        asides=asides,
    )


def turned_char(char: Char, turn: Turn) -> Char:
    """The character in the turned frame; its size the height of its box there (pdfminer
    gives a sideways character's advance as its size)."""
    if turn.degrees == 0:
        return char
    x0, x1, top, bottom = turn.box(char.x0, char.x1, char.top, char.bottom)
    return char._replace(x0=x0, x1=x1, top=top, bottom=bottom, size=bottom - top or char.size,
                         turn=0)  # fmt: skip


def turned(item: _Boxed, turn: Turn) -> _Boxed:
    """A shape, an image or a word in the turned frame."""
    if turn.degrees == 0:
        return item
    x0, x1, top, bottom = turn.box(item.x0, item.x1, item.top, item.bottom)
    if isinstance(item, Shape) and item.points:
        points = tuple(turn.point(x, y) for x, y in item.points)
        return replace(item, x0=x0, x1=x1, top=top, bottom=bottom, points=points)
    return replace(item, x0=x0, x1=x1, top=top, bottom=bottom)


__all__ = ["Turn", "Upright", "turned", "turned_char", "upright"]
