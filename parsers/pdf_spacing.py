"""Letter-spaced words ("P O L I C E", "D a t e") joined into the words they spell.

Why: a heading or a label may be set with its letters spread out — typed with a space between
letters, or drawn with character spacing (`Tc`) wide enough to part each letter (issue 11,
set o layout 75). Each letter is then a word of its own, so a label "D a t e" is no "Date" to
the field reader, and a heading reads as a row of single letters.

How: on each line (`pdf_layout.word_lines`), a run of three or more single letters in one font
and size is letter spacing when the gaps between its letters are even (`_EVEN`) and a fraction
of an em (`_MAX_LETTER_EM`), and every other gap that bounds its words is clearly wider
(`_WIDER`): a gap between two spaced-out words ("S U M M A R Y   O F ..."), and the gap to
the words before and after it on the line. Where the line goes on with a word at a letter's
gap, the letters are initials or a list ("J K Rowling", "a b c d"), not spacing, and are left
alone. Dingbat fonts are left alone too: their letters are boxes (`parsers.pdf_marks`).

When in doubt, the letters stay apart, as before.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from parsers.pdf_layout import Word, word_lines

#: A letter-spaced run has at least this many letters.
_MIN_LETTERS = 3
#: Letter gaps of one run differ by at most this share of the smallest one (and a quarter point).
_EVEN = 0.35
#: A word gap of a spaced-out heading is at least this many times its letter gap.
_WIDER = 1.6
#: A letter gap is at most this many ems (letter spacing is a fraction of an em) ...
_MAX_LETTER_EM = 0.8
#: ... and a gap between spaced-out words at most this many: further apart, the letters are
#: in different cells (`pdf_layout._CELL_GAP_EM`).
_MAX_GAP_EM = 1.5
_DINGBATS = ("dingbat", "wingding", "symbol", "webdings")


def letters_joined(words: Sequence[Word]) -> list[Word]:
    """The words, with each letter-spaced run joined (module docstring)."""
    out: list[Word] = []
    for line in word_lines(words):
        out += _joined_line(line)
    return out


def _joined_line(line: list[Word]) -> list[Word]:
    out: list[Word] = []
    index = 0
    while index < len(line):
        run = _letter_run(line, index)
        if len(run) >= _MIN_LETTERS:
            before = line[index - 1] if index else None
            after = line[index + len(run)] if index + len(run) < len(line) else None
            spelled = _spelled(run, before=before, after=after)
            if spelled is not None:
                out += spelled
                index += len(run)
                continue
        out.append(line[index])
        index += 1
    return out


def _letter_run(line: Sequence[Word], start: int) -> list[Word]:
    """The single letters in one font and size from `start` on, no further apart than a
    cell gap."""
    first = line[start]
    if not _letter(first):
        return []
    run = [first]
    for word in line[start + 1 :]:
        same = word.font == first.font and abs(word.size - first.size) < 0.1
        gap = word.x0 - run[-1].x1
        if not (same and _letter(word) and 0 <= gap <= _MAX_GAP_EM * max(first.size, 1.0)):
            break
        run.append(word)
    return run


def _letter(word: Word) -> bool:
    font = word.font.lower()
    return len(word.text) == 1 and word.text.isalpha() and not any(d in font for d in _DINGBATS)


def _spelled(run: list[Word], *, before: Word | None, after: Word | None) -> list[Word] | None:
    """The run's letters joined into its words, or None when the run is not letter spacing."""
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(run)]
    letter = min(gaps)
    if letter > _MAX_LETTER_EM * max(run[0].size, 1.0):
        return None
    tolerance = _EVEN * max(letter, 0.0) + 0.25
    if any(g > letter + tolerance and g < _WIDER * letter for g in gaps):
        return None  # gaps neither even nor clearly a word's: no spacing we can read
    for neighbour, gap in ((before, run[0].x0 - before.x1 if before else None),
                           (after, after.x0 - run[-1].x1 if after else None)):  # fmt: skip
        if neighbour is not None and gap is not None and gap < _WIDER * letter:
            return None  # the line goes on at a letter's gap: initials, not spacing
    groups: list[list[Word]] = [[run[0]]]
    for gap, word in zip(gaps, run[1:], strict=True):
        if gap > letter + tolerance:
            groups.append([word])
        else:
            groups[-1].append(word)
    return [_word(group) for group in groups]


def _word(letters: list[Word]) -> Word:
    return replace(
        letters[0],
        text="".join(w.text for w in letters),
        x1=letters[-1].x1,
        top=min(w.top for w in letters),
        bottom=max(w.bottom for w in letters),
    )


__all__ = ["letters_joined"]
