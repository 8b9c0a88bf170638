"""Answers typed as emoji, as the marks the readers know.

Why (issue 11, set y, layout 121): a form filled in on a phone or pasted from a chat answers
with emoji — "Police attendance required ✅", "Written report sufficient ❌", "report only? 👍",
"✅ attendance required". No reader knew them: the police question read as neither box
marked, and a risk question answered ❌ as its own words, said. (Full-width letters, "required？
Ｎ", are read as ASCII where they are read: `parsers.page_text.narrowed`.)

What, by where the mark stands on its line (`parsers.records`: a box is written before its
label, a typed mark after it):

- a yes (✅, 👍) or a no (❌, ❎, 👎) *before* the words of its cell is the box of the option
  those words name: `MARKED` or `UNMARKED` ("✅ attendance required" → "☒ attendance required");
- one *after* the words of its cell answers them, and becomes a cell of its own: a yes the
  typed tick "✔" ("Police attendance required ✅" → "Police attendance required<TAB>✔"), a no
  the word "No" — a ❌ says no; it is not the ✗ a voter puts in a box;
- one alone in its cell is that cell's answer, "✔" or "No".

A thumb is also the "thanks" at the end of a sentence ("usual report please 👍"): it counts
only alone in its cell, or right after a question's "?" or a label's ":". An emoji's
variation selector (U+FE0F, "✔️") is dropped after the marks the readers know.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.records import CELL, MARKED, UNMARKED

_YES_EMOJI = "✅👍"
_NO_EMOJI = "❌❎👎"
_THUMBS = "👍👎"
_EMOJI = _YES_EMOJI + _NO_EMOJI
_BOXES = "✅❌❎"  # a thumb is never a box: "👍 ok then"
_NEEDS_FOLD = re.compile(f"[{_EMOJI}\ufe0e\ufe0f]")
#: Variation selectors after a mark ("✔️", "☑️", "✖️"): the mark is the mark.
_SELECTOR = re.compile(r"(?<=[✔✓☑☒☐✖✗✘✅❌❎👍👎])[\ufe0e\ufe0f]")
_SPACE = "[ \u00a0\u2009\u202f\u3000]*"
#: A mark before the words of its cell: a box.
_LEADING = re.compile(rf"(?:^|(?<=[\s:;,|(]))([{_BOXES}]){_SPACE}(?=\w)")
#: A mark after the words of its cell (with its answer's colon or question mark before it).
_TRAILING = re.compile(rf"(?<=\S){_SPACE}([{_EMOJI}])(?:{_SPACE}[{_EMOJI}])*{_SPACE}$")
#: A mark right after a question or a label, the writer's words after it: "Any CSE? ✅ - …".
_ANSWERING = re.compile(rf"(?<=[?:]){_SPACE}([{_EMOJI}])")


def answers_folded(lines: Sequence[str]) -> tuple[str, ...]:
    """The lines with their emoji answers folded (module docstring)."""
    if _NEEDS_FOLD.search("\n".join(lines)) is None:
        return tuple(lines)  # the common case: nothing to do
    return tuple(_folded(line) for line in lines)


def _folded(line: str) -> str:
    line = _SELECTOR.sub("", line)
    return CELL.join(_cell_folded(cell) for cell in line.split(CELL))


def _cell_folded(cell: str) -> str:
    text = cell.strip(" \u00a0")
    if len(text) == 1 and text in _EMOJI:
        return _answer(text)
    cell = _LEADING.sub(lambda m: f"{MARKED if m.group(1) in _YES_EMOJI else UNMARKED} ", cell)
    trailing = _TRAILING.search(cell)
    if trailing is not None:
        mark = trailing.group(1)
        words = cell[: trailing.start()].rstrip()
        if mark not in _THUMBS or words.endswith(("?", ":")):  # "… please 👍" is thanks
            return f"{words}{CELL}{_answer(mark)}"
    return _ANSWERING.sub(lambda m: f" {_answer(m.group(1))}", cell)


def _answer(mark: str) -> str:
    return "✔" if mark in _YES_EMOJI else "No"


__all__ = ["answers_folded"]
