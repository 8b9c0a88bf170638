"""Printed options with the answer circled or highlighted: each given its `☒`/`☐`.

Why: a form may print every option of a question — "Initial / Review / Transfer in",
"Neglect / Physical / Emotional / Sexual", "Attendance required / Report only" — and ask for
the answer to be circled. The text layer then holds every option, and only a drawn ellipse
says which was chosen: the kind read as the first option named, the police answer the wrong
way round (set n layout 69: 69-04, 69-06). `parsers.pdf_marks.yes_no_words` reads a circled
"Yes" / "No"; this reads a question of any options.

How: a question is a line of cells (words further apart than a cell gap): a label cell and
its option cells, and the lines under it whose cells start under the options (options that
ran on to a second line). An option is circled when one closed curve encloses all its words
and no other option's — snug round it, as a pen's ring is. When one or more options of a
question are circled, each circled option is marked and every other option of the question
left unmarked, so the tick-box and field readers read the answer as they read boxes; both
circled is both marked, which the tick-box reader takes for a question to look at. Nothing
changes on a question with no ring, or where a box already stands (a printed or drawn box
is the question's own way of answering).

Highlighted: a viewer's Highlight annotation (`parsers.pdf_annots`) or a fill in a
highlighter's colour drawn behind the words (`parsers.pdf_paint.tinted`: Word's highlight saved
as PDF, a yellow or green rectangle) answers as a ring does, when it lies under most of every
word of one option, snug, and under no other option's words. Options printed close together
and set apart by "/" ("Police attendance: Required / Not required – written report") are told
apart by `parsers.option_marks`, the rule Word's and HTML's marked options follow: a highlight
running from one option into the next, or under part of one, marks nothing (POLICY.md: an
ambiguous mark is a question for a person, never a guess).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from parsers.option_marks import PLAIN, Look, emphasised_options
from parsers.pdf_layout import Shape, Word
from parsers.records import MARKED, UNMARKED

#: Words further apart than this many ems are in different cells (`pdf_layout._CELL_GAP_EM`).
_CELL_GAP_EM = 1.5
#: Two words share a line when their middles are this many ems apart or less.
_LINE_EM = 0.45
#: The lines of one question are at most this many ems apart, top to top.
_RUN_ON_EM = 2.2
#: A ring is at most this much wider than its option (ems) and this many ems tall.
_SNUG_WIDTH_EM, _SNUG_HEIGHT_EM = 4.0, 3.0
#: A ring may miss a word's edge by this many points (a pen's ring is drawn freely).
_SLACK = 2.0
#: A highlight lies under a word when it covers this share of the word's box or more; one
#: covering more than `_STRAY` of another option's word is not snug to its own.
_UNDER, _STRAY = 0.5, 0.25

Cell = list[Word]
Box = Shape | Word  # a drawn fill, or a Highlight annotation's box


def circled_options(
    words: Sequence[Word], drawn: Sequence[Shape], highlights: Sequence[Word] = ()
) -> list[Word]:
    """Words with each option of a circled or highlighted question given its box (module
    docstring)."""
    rings = [s for s in drawn if s.kind == "curve" and not s.filled]
    grounds: list[Box] = [*highlights, *(s for s in drawn if s.filled and s.tint)]
    if not rings and not grounds:
        return list(words)
    chosen: dict[int, bool] = {}  # id(first word of an option) → circled
    lines = _lines(words)
    for options in _questions(lines):
        if any(w.text.startswith((MARKED, UNMARKED)) for cell in options for w in cell):
            continue
        circled = [
            _ringed(cell, rings, others=options) or _lit(cell, grounds, others=options)
            for cell in options
        ]
        if any(circled):
            chosen |= {id(cell[0]): on for cell, on in zip(options, circled, strict=True)}
    separators: set[int] = set()
    for cell in (cell for line in lines for cell in line) if grounds else ():
        if not any(id(w) in chosen or w.text.startswith((MARKED, UNMARKED)) for w in cell):
            _slashed(cell, grounds, chosen=chosen, separators=separators)
    words = [w for w in words if id(w) not in separators]
    return [
        replace(w, text=f"{MARKED if chosen[id(w)] else UNMARKED} {w.text}")
        if id(w) in chosen
        else w
        for w in words
    ]


def _questions(lines: list[list[Cell]]) -> list[list[Cell]]:
    """The option cells of each question: a line's cells after its label, and the cells of
    the lines under it that start at or right of its first option."""
    questions: list[list[Cell]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if len(line) < 2:
            continue
        options = list(line[1:])
        start = options[0][0].x0
        last = line
        while index < len(lines) and _runs_on(last, lines[index], start):
            options += lines[index]
            last = lines[index]
            index += 1
        questions.append(options)
    return questions


def _runs_on(above: list[Cell], line: list[Cell], start: float) -> bool:
    first = line[0][0]
    pitch = first.top - above[0][0].top
    return first.x0 >= start - 1.0 and 0 < pitch <= _RUN_ON_EM * max(first.size, 1.0)


def _ringed(cell: Cell, rings: Sequence[Shape], *, others: Sequence[Cell]) -> bool:
    """One ring round all the cell's words, snug, holding no word of another option."""
    x0, x1 = min(w.x0 for w in cell), max(w.x1 for w in cell)
    top, bottom = min(w.top for w in cell), max(w.bottom for w in cell)
    size = max(max(w.size for w in cell), 1.0)
    for ring in rings:
        around = (
            ring.x0 <= x0 + _SLACK
            and ring.x1 >= x1 - _SLACK
            and ring.top <= top + _SLACK
            and ring.bottom >= bottom - _SLACK
        )
        snug = ring.width <= x1 - x0 + _SNUG_WIDTH_EM * size and ring.height <= (
            _SNUG_HEIGHT_EM * size
        )
        if (
            around
            and snug
            and not any(_holds(ring, w) for other in others if other is not cell for w in other)
        ):
            return True
    return False


def _lit(cell: Cell, grounds: Sequence[Box], *, others: Sequence[Cell]) -> bool:
    """One highlight under most of every word of the cell, snug, under no other option."""
    size = max(max(w.size for w in cell), 1.0)
    width = max(w.x1 for w in cell) - min(w.x0 for w in cell)
    for ground in grounds:
        if (
            all(_under(w, ground) >= _UNDER for w in cell)
            and ground.x1 - ground.x0 <= width + _SNUG_WIDTH_EM * size
            and ground.bottom - ground.top <= _SNUG_HEIGHT_EM * size
            and not any(
                _under(w, ground) > _STRAY for other in others if other is not cell for w in other
            )
        ):
            return True
    return False


def _slashed(
    cell: Cell, grounds: Sequence[Box], *, chosen: dict[int, bool], separators: set[int]
) -> None:
    """A cell of options set apart by "/" ("Required / Not required"), some highlighted: each
    option's first word into `chosen`, the "/" words into `separators` (module docstring)."""
    chars: list[tuple[str, Look]] = []
    starts: list[int] = []
    for word in cell:
        if chars:
            chars.append((" ", PLAIN))
        starts.append(len(chars))
        lit = any(_under(word, g) >= _UNDER for g in grounds)
        chars += [(char, Look(marked=lit)) for char in word.text]
    found = emphasised_options(chars)
    if found is None:
        return
    firsts: dict[int, bool] = {}
    for lo, hi, on in found:
        inside = [i for i, at in enumerate(starts) if lo <= at < hi]
        straddles = any(at < lo < at + len(cell[i].text) for i, at in enumerate(starts))
        if not inside or straddles:
            return  # an option's edge inside a word ("Required/Not"): not told apart
        firsts[id(cell[inside[0]])] = on
    chosen |= firsts
    separators |= {id(w) for w in cell if w.text.strip() in ("/", "|")}


def _under(word: Word, ground: Box) -> float:
    """The share of the word's box that `ground` lies under."""
    wide = min(word.x1, ground.x1) - max(word.x0, ground.x0)
    high = min(word.bottom, ground.bottom) - max(word.top, ground.top)
    if wide <= 0 or high <= 0:
        return 0.0
    return wide * high / max((word.x1 - word.x0) * (word.bottom - word.top), 1e-6)


def _holds(ring: Shape, word: Word) -> bool:
    middle_x = (word.x0 + word.x1) / 2
    return ring.x0 <= middle_x <= ring.x1 and ring.top <= word.middle <= ring.bottom


def _lines(words: Sequence[Word]) -> list[list[Cell]]:
    """The words as lines, top to bottom, each line as its cells left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.middle, w.x0)):
        if lines and abs(lines[-1][0].middle - word.middle) <= _LINE_EM * max(word.size, 1.0):
            lines[-1].append(word)
        else:
            lines.append([word])
    return [_cells(sorted(line, key=lambda w: w.x0)) for line in lines]


def _cells(line: list[Word]) -> list[Cell]:
    cells: list[Cell] = [[line[0]]]
    for left, right in itertools.pairwise(line):
        if right.x0 - left.x1 > _CELL_GAP_EM * max(min(left.size, right.size), 1.0):
            cells.append([right])
        else:
            cells[-1].append(right)
    return cells
