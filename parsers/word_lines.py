"""What the word-processor readers (Word, OpenDocument, RTF) share: boxes and line folding.

The three formats draw a tick box the same ways — a ☒ ☑ ☐ character typed in the text, or a
letter of a symbol font (LIBRARIES.md "Parsing": Wingdings "þ", "ý", "¨") — and all three end a
paragraph as one form-model line (`parsers.records`): runs of spaces folded, each TAB-separated
cell trimmed. One copy here, so a box a Word reader learns is learnt by all three.
"""

from __future__ import annotations

import re

from parsers.records import CELL, MARKED, STRUCK, UNMARKED

GLYPHS = {"☒": MARKED, "☑": MARKED, "☐": UNMARKED}
#: A symbol font's byte → the box it draws, or the tick or cross typed as Unicode would have it
#: (the font's own code points, Unicode's private range F0xx folded onto them by `& 0xFF`).
#: Wingdings: þ ☑, ý ☒ (ballot box with X), x ⌧, ¨ ◻, o □, p and q ❑ ❒ boxes, ü ✓, û ✗;
#: Wingdings 2: R ☑, Q S T ☒, £ ⬜, * a box, P ✓, O ✗ (Microsoft's fonts as Unicode 7 maps them).
SYMBOL_FONTS = {
    "wingdings": {0xFE: MARKED, 0xFD: MARKED, 0x78: MARKED, 0xA8: UNMARKED, 0x6F: UNMARKED,
                  0x70: UNMARKED, 0x71: UNMARKED, 0x72: UNMARKED, 0xFC: "✓", 0xFB: "✗"},
    "wingdings 2": {0x52: MARKED, 0x51: MARKED, 0x53: MARKED, 0x54: MARKED, 0xA3: UNMARKED,
                    0x2A: UNMARKED, 0x50: "✓", 0x4F: "✗"},
}  # fmt: skip
_SPACES = re.compile(r"[ \u00a0]+")
_GLYPH_CHARS = re.compile("[" + "".join(GLYPHS) + "]")


def box(on: bool) -> str:
    """The form model's box for a check-box state, with the space before its label."""
    return f"{MARKED if on else UNMARKED} "


def text_glyphs(text: str, *, font: str) -> str:
    """☑ as ☒, and a symbol-font run's letters as the boxes they draw (`font` lower case)."""
    table = SYMBOL_FONTS.get(font)
    if table is None and _GLYPH_CHARS.search(text) is None:
        return text  # the common case, without a loop over the characters
    out = []
    for char in text:
        if char in GLYPHS:
            out.append(GLYPHS[char] + " ")
        elif table is not None and (ord(char) & 0xFF) in table and ord(char) not in (0x20, 0xA0):
            out.append(table[ord(char) & 0xFF] + " ")
        else:
            out.append(char)
    return "".join(out)


def struck(text: str) -> str:
    """Text struck through, as the form model marks it: `"deleted "` → `"~~deleted~~ "`.

    The spaces around the words stay outside the marks (a struck run often ends with the space
    before the next word); blank text stays unmarked."""
    words = text.strip()
    if not words:
        return text
    start = text.index(words[0])
    return f"{text[:start]}{STRUCK}{words}{STRUCK}{text[start + len(words) :]}"


def paragraph_lines(text: str) -> list[str]:
    """A paragraph's text (line breaks as "\\n") → its non-empty folded lines.

    Adjacent struck runs become one struck stretch (`~~a~~~~b~~` → `~~ab~~`)."""
    joined = text.replace(STRUCK + STRUCK, "")
    return [line for line in (fold(part) for part in joined.split("\n")) if line]


def fold(text: str) -> str:
    """One line: spaces folded, each cell trimmed, no leading or trailing cell breaks."""
    cells = [_SPACES.sub(" ", cell).strip() for cell in text.split(CELL)]
    return CELL.join(cells).strip(CELL + " ")


def row_line(cells: list[str]) -> str | None:
    """A table row as one line: cells joined by TAB, trailing empty cells dropped."""
    texts = [cell.strip() for cell in cells]
    while texts and not texts[-1]:
        texts.pop()
    return CELL.join(texts) if any(texts) else None
