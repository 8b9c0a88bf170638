"""Tick boxes whose symbol font was lost when a form's text was pasted into an email.

Why: a council officer copies a PDF or Word form's text into the body. The boxes were drawn in
Wingdings, and the font does not come with the text: each box arrives as the font's code in
Unicode's private range ("Police \\uf0a8 Attendance required \\uf0fe Written report
sufficient") or as the plain letter the font draws a box with ("n Police attendance required" /
"o Written report sufficient": Wingdings "n" is ■, "o" is □). Read as text, the answer to the
police question was lost, and a form asking for the police read as one with no answer (issue
11, set w layout 114: an unsafe `report_only`).

- A code in the private range is never text: one that is a box of Wingdings or Wingdings 2
  (`parsers.symbol_fonts`) is that box, wherever it stands.
- A plain letter is a box only where nothing else can be meant: at the head of each line of a
  short run of option lines, where the letters are box letters and both a marked and an empty
  box are among them (an "o" list alone is a mail program's second-level bullet). Here "n" (■, a
  filled square) is a marked box: beside an empty "o" it is not a bullet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.records import MARKED, UNMARKED
from parsers.symbol_fonts import PRIVATE_SYMBOL, SUBSTITUTED, WINGDINGS, symbol_byte

_LOW, _HIGH = PRIVATE_SYMBOL
_PRIVATE = re.compile(f"[{chr(_LOW)}-{chr(_HIGH)}]")
#: A box letter at the head of an option line: the letter, white space, then the option's words.
_LETTER_HEAD = re.compile(r"^(\s*)([nopqrxýþü¨])(\s+)(?=[A-Za-z])")
_LETTER_STATES = {**WINGDINGS, "n": MARKED}
_RUN = (2, 6)  # option lines in a run: a question's answers, not a list


def symbols_restored(lines: Sequence[str]) -> tuple[str, ...]:
    """`lines` with every lost box written as ☒ or ☐."""
    out = [_PRIVATE.sub(_private_box, line) for line in lines]
    at = 0
    while at < len(out):
        end = at
        while end < len(out) and _LETTER_HEAD.match(out[end]):
            end += 1
        if _is_option_run(out[at:end]):
            for i in range(at, end):
                out[i] = _LETTER_HEAD.sub(_letter_box, out[i], count=1)
        at = max(end, at + 1)
    return tuple(out)


def _private_box(match: re.Match[str]) -> str:
    state = SUBSTITUTED.get(symbol_byte(match.group(0)))
    return state if state is not None else match.group(0)


def _is_option_run(run: Sequence[str]) -> bool:
    low, high = _RUN
    if not low <= len(run) <= high:
        return False
    states = {_LETTER_STATES[m.group(2)] for line in run if (m := _LETTER_HEAD.match(line))}
    return states == {MARKED, UNMARKED}


def _letter_box(match: re.Match[str]) -> str:
    return f"{match.group(1)}{_LETTER_STATES[match.group(2)]}{match.group(3)}"
