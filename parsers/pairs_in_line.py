"""Several "Label: value" pairs typed on one line with spaces between them, set apart as cells.

A form drawn or typed without a table puts two or three fields on a line: "Date: 23/12/2026
Time: 14:00 Venue: Huddersfield Town Hall", "Mother: Michelle Clarke Father: Andre Clarke",
"Chair: Joanna Beever Social worker: Kieran Walsh". A PDF whose gaps are narrow (or a plain-text
body) gives them to us with single spaces, and the first label then swallowed the rest: the
chair read as "Joanna Beever Social worker: Kieran Walsh", the father lost (issue 11, set v,
layout 108). Where a PDF's gaps are wide the page reader already writes a TAB between the
cells; this puts the TAB where the text shows the same thing by its labels.

A line is split only when it *starts* with a label some reader knows and each later colon
follows a label some reader knows, which begins with a capital letter and follows a short
value that does not end a sentence — prose ("Concerns were raised by school: she said …") and
a run of sentences ("Child: Rahul Mistry. Parents: …") are left whole.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

#: A colon that ends a label: not one inside a time ("14:00") or an address ("https:").
_COLON = re.compile(r"(?<![\d/]):(?=\s|$)")

#: Words a label may have, and a value before the next label.
_LABEL_WORDS = 5
_VALUE_WORDS = 10


def pairs_apart(line: str, *, is_label: Callable[[str], bool]) -> str:
    """`line` with a TAB before each label that starts a pair after the first; unchanged
    unless every colon on it ends a known label."""
    cells = line.split("\t")
    return "\t".join(_cell_apart(cell, is_label) for cell in cells)


def _cell_apart(cell: str, is_label: Callable[[str], bool]) -> str:
    colons = [m.start() for m in _COLON.finditer(cell)]
    if len(colons) < 2 or not is_label(cell[: colons[0]]):
        return cell
    starts: list[int] = []
    for before, colon in itertools.pairwise(colons):
        start = _label_start(cell, after=before + 1, colon=colon, is_label=is_label)
        if start is None:
            return cell
        starts.append(start)
    pieces = [cell[a:b].strip() for a, b in zip([0, *starts], [*starts, len(cell)], strict=True)]
    return "\t".join(pieces)


def _label_start(
    cell: str, *, after: int, colon: int, is_label: Callable[[str], bool]
) -> int | None:
    """Where the label ending at `colon` starts: the fewest last words before it, capitalised,
    that a reader knows, with a value of a few words left before them."""
    words = list(re.finditer(r"\S+", cell[after:colon]))
    for count in range(1, min(_LABEL_WORDS, len(words) - 1) + 1):
        first = words[-count]
        value = words[:-count]
        if value[-1].group().endswith((",", ";", "(", "-", "–", "&", ".", ":")):
            # "Smith, Father" is a list, "(Mother" a bracket; "Child: Rahul Mistry. Parents:
            # …" sentences, which the readers of people and prose take one by one. A longer
            # label would hold that word: none is tried.
            return None
        if not first.group()[:1].isupper() or len(value) > _VALUE_WORDS:
            continue
        if is_label(cell[after + first.start() : colon]):
            return after + first.start()
    return None
