"""Typesetting undone in a page's lines: ligatures spelt out, soft hyphens taken away.

Why: a typeset PDF may print "fi" and "fl" as one ligature glyph, which its text layer gives
as U+FB01 "ﬁ" ("Signiﬁcant"), and break a word at a line's end with a soft hyphen, U+00AD
("inves\u00ad" then "tigating" on the next line). Read as they come, the words are not the
words: the attendance criteria's keywords ("investigating", "significant", "conditions") no
longer match and a current investigation reads as nothing (set t layout 100). A soft hyphen
is only a place a word may break (Unicode's "SHY"): inside a line it is dropped; at the end
of a line, the next line's first word is the rest of the word and is joined to it there.
"""

from __future__ import annotations

from collections.abc import Sequence

SOFT_HYPHEN = "\u00ad"
#: Unicode's Latin ligatures (Alphabetic Presentation Forms, U+FB00-U+FB06) spelt out: their
#: compatibility decompositions (NFKC), taken here alone so no other character changes.
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
_TYPESET = frozenset("ﬀﬁﬂﬃﬄﬅﬆ" + SOFT_HYPHEN)


def untypeset(lines: Sequence[str]) -> tuple[str, ...]:
    """The lines with ligatures spelt out and soft-hyphenated words made whole (module)."""
    if not any(ch in _TYPESET for line in lines for ch in line):
        return tuple(lines)  # the common case: nothing to do
    out = [line.translate(_LIGATURES) for line in lines]
    for i, line in enumerate(out):
        if line.rstrip().endswith(SOFT_HYPHEN) and i + 1 < len(out) and out[i + 1].strip():
            head, _, rest = out[i + 1].lstrip().partition(" ")
            out[i] = line.rstrip()[:-1] + head
            out[i + 1] = rest
        out[i] = out[i].replace(SOFT_HYPHEN, "")
    return tuple(line for line in out if line.strip())


#: Full-width forms (U+FF01-U+FF5E) are ASCII (U+0021-U+007E) set wide for East Asian text,
#: and the ideographic space a space: text pasted from a document written in such a font
#: ("Conference date：１４／01／2027", "Magdalena Nowakowska（mum）") reads as its ASCII
#: (NFKC's width folding, taken alone; one character for one). Issue 11, set y layout 121.
FULL_WIDTH = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | {"\u3000": " "}
_NARROW = str.maketrans(FULL_WIDTH)


def narrowed(lines: Sequence[str]) -> tuple[str, ...]:
    """The lines with full-width forms read as ASCII (one character for one)."""
    if not any(ch in FULL_WIDTH for line in lines for ch in line):
        return tuple(lines)
    return tuple(line.translate(_NARROW) for line in lines)


__all__ = ["FULL_WIDTH", "SOFT_HYPHEN", "narrowed", "untypeset"]
