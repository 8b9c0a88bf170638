"""A mark laid over a tick box answers it: an annotation's tick, cross or stamp (issue 11).

Why: a form answered with a viewer's tools ticks a box with an Ink stroke, a Stamp
("Checkmark"), a Square or Circle, or a FreeText "X" (`parsers.pdf_annots`), placed by hand
over the printed box — rarely inside it: a pen's tick overshoots its box, a 16 x 18 pt stamp
half covers a 10 pt one (set s layout 91). The box is told by what a person sees: the mark
lies over it. `parsers.pdf_box_state` reads paint inside a drawn box in the same spirit; this
reads a mark that was laid over the page afterwards, over a drawn box or a glyph box alike.

A mark answers the box it covers most, when it covers at least `_OVER` of that box's area
and is no more than `_MAX_SCALE` times the box's side (a signature scrawled across the page
or a "received" stamp over a whole section marks no box). A typed mark that answers no box is
kept as its text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from parsers.pdf_layout import Word
from parsers.records import MARKED, UNMARKED, UNREAD

#: The least share of a box's area a mark's extent must cover to answer it.
_OVER = 0.3
#: A mark this many times a box's side, or more, is no tick (a signature, a large stamp).
_MAX_SCALE = 4.0
_BOXES = (MARKED, UNMARKED, UNREAD)


def marked_boxes(words: Sequence[Word], marks: Sequence[Word]) -> list[Word]:
    """`words` with every box a mark lies over shown as marked (module docstring)."""
    kept = list(words)
    for mark in marks:
        under = _box_under(mark, kept)
        if under is None:
            if mark.text:
                kept.append(mark)
            continue
        word = kept[under]
        kept[under] = replace(word, text=MARKED + word.text[1:])
    return kept


def _box_under(mark: Word, words: Sequence[Word]) -> int | None:
    """The index of the box word `mark` covers most, if it covers enough of it."""
    best, best_share = None, _OVER
    for i, word in enumerate(words):
        box = _box_of(word)
        if box is None:
            continue
        x0, x1, top, bottom = box
        side = max(x1 - x0, bottom - top)
        if max(mark.x1 - mark.x0, mark.bottom - mark.top) > _MAX_SCALE * side:
            continue
        wide = min(mark.x1, x1) - max(mark.x0, x0)
        high = min(mark.bottom, bottom) - max(mark.top, top)
        if wide <= 0 or high <= 0:
            continue
        share = wide * high / max((x1 - x0) * (bottom - top), 1e-6)
        if share >= best_share:
            best, best_share = i, share
    return best


def _box_of(word: Word) -> tuple[float, float, float, float] | None:
    """The box a box word stands for: the whole word when it is the glyph alone, the glyph's
    square at its left when a label follows it in the same word ("☐ Police")."""
    text = word.text
    if not text or text[0] not in _BOXES or (len(text) > 1 and text[1] != " "):
        return None
    if word.x1 <= word.x0 or word.bottom <= word.top:
        return None
    x1 = word.x1 if len(text) == 1 else min(word.x1, word.x0 + word.size)
    return word.x0, x1, word.top, word.bottom


__all__ = ["marked_boxes"]
