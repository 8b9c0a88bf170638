"""A value written a little above or below its label's line, joined to that line.

Why: an answer added to a printed form afterwards — typed over the page by a "Fill & Sign"
tool, merged in as text in another font, a FreeText annotation placed by hand
(`parsers.pdf_annots`) — rarely sits on its label's baseline. Set off by most of a line's
height, it clustered as a line of its own, before or after its label's, and the label
pairing read "Child" with the value of the next row, or with none: a mother read as a
child, a form as having no children at all (issue 11, set s layout 91). A person sees the
value beside its label, so the reader does too:

a line whose words all lie to the right of the words of the line next to it (above or
below), less than `_NUDGE_EM` ems from it, is that line's value and joins it — unless

- the lines on both sides are that near (the value sits between the two lines of a label
  that wraps: read as before, between them), or
- another line over or under it that starts where it starts is within `_ALONE_EM` ems (it
  is a line of a column of text beside another column, not one answer on a row).

Each label line takes one value line, the nearest first. The lines are joined in reading
order (`parsers.pdf_layout.page_lines`: after a two-column band is split into its columns), so
the lines of one column never join the other's. Lines of prose (their words span the page) and
a label with its value under it at the same place (not to its right) never join.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsers.pdf_layout import Word

#: A value line this many ems (of the larger font) from its label's, or nearer, is beside it.
#: Lines of text are ~1.15 ems apart or more; a value nudged off its line is within ~0.9.
_NUDGE_EM = 1.0
#: A line with another this many ems over or under it, starting where it starts (points), is
#: a line of a column of text (its lines ~1.2-1.4 ems apart; a form's rows ~2 or more).
_ALONE_EM, _SAME_START = 1.6, 2.0


def nudged(lines: list[list[Word]]) -> list[list[Word]]:
    """`lines` (in reading order, each left to right) with each value line written just off
    its label's line joined to it (module docstring)."""
    pairs: list[tuple[float, int, int]] = []
    for value in range(len(lines)):
        near = [
            (distance, label)
            for label in (value - 1, value + 1)
            if 0 <= label < len(lines)
            for distance in [_beside(lines[value], lines[label])]
            if distance is not None
        ]
        if len(near) == 1 and _alone(value, lines):
            pairs.append((near[0][0], value, near[0][1]))
    joined: dict[int, int] = {}  # value line -> its label's line
    for _, value, label in sorted(pairs):
        taken = {*joined, *joined.values()}
        if value not in taken and label not in taken:
            joined[value] = label
    if not joined:
        return lines
    result: list[list[Word]] = []
    for i, line in enumerate(lines):
        if i in joined:
            continue
        taken_words = [w for value, label in joined.items() if label == i for w in lines[value]]
        result.append(sorted(line + taken_words, key=lambda w: w.x0) if taken_words else line)
    return result


def _alone(value: int, lines: list[list[Word]]) -> bool:
    """No other line over or under the line `value` that starts where it starts (within
    `_SAME_START` points) is within `_ALONE_EM` ems of it."""
    line = lines[value]
    start, middle, em = line[0].x0, line[0].middle, max(line[0].size, 1.0)
    return not any(
        other
        and i != value
        and abs(other[0].x0 - start) <= _SAME_START
        and abs(other[0].middle - middle) < _ALONE_EM * em
        for i, other in enumerate(lines)
    )


def _beside(value: list[Word], label: list[Word]) -> float | None:
    """How far (points) the line `value` is from the line `label` when it is that line's value
    written off its line: to its right and less than `_NUDGE_EM` ems away; else None."""
    if not value or not label or max(w.x1 for w in label) >= min(w.x0 for w in value):
        return None
    distance = abs(value[0].middle - label[-1].middle)
    em = max(value[0].size, label[-1].size, 1.0)
    return distance if distance < _NUDGE_EM * em else None


__all__ = ["nudged"]
