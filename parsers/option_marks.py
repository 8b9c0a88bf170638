"""Printed options whose answer is shown only by how it looks, turned into the form model's boxes.

Why: a form may print every option — "Initial / Review / Transfer in", "Required / Not required
– written report" — and the person filling it in marks the answer by its look alone: Word's
highlight or bold (`parsers.word_emphasis`, set n layout 69), an HTML reply's red or blue
`<span>`, `<font color>`, `<mark>` or yellow background (`parsers.html_text`). Read as text, the
line holds every option and says nothing; the field and tick-box readers read boxes.

One rule for every format, so Word and HTML cannot drift: the line is a list of short options
set apart by "/" or "|" (after a label ending in ":", if any). Each option must look one way
throughout — an option half marked, or a mark running from one option into the next, says
nothing for certain and the line is left alone. An option is *emphasised* when it carries a
person's mark (a highlight, a shading or border the line itself does not have), or when it is
bold or coloured while another option is not (bold or a colour on every option is the form's
own type). Each emphasised option becomes `☒` and every other `☐` (`parsers.records`); two
emphasised is two marked, which the tick-box reader takes for a question a person must look at
(POLICY.md: `tickbox_ambiguous`, never a guess).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from parsers.records import MARKED, UNMARKED

_SEPARATOR = re.compile(r"\s*[/|]\s*")
#: An option is a few words of letters: more is a sentence, a figure a date or a number.
_OPTION_WORDS, _OPTION_CHARS = 5, 40


@dataclass(frozen=True, slots=True)
class Look:
    """How one character of a line looks, as far as an answer can be told by it."""

    marked: bool = False  # a person's highlight, shading or border
    bold: bool = False
    coloured: bool = False  # a colour other than the line's own


PLAIN = Look()


def coloured_apart(
    chars: Sequence[tuple[str, Look, str | None]], *, block: str | None = None
) -> list[tuple[str, Look]]:
    """Each character with `coloured` set when its colour is not the line's plain one: its
    label's ("Police attendance:" before the options), when the label is one colour, else
    `block` (the paragraph's or the cell's own). A colour is written as its reader spells it;
    None is the text's default."""
    text = "".join(char for char, _, _ in chars)
    label = {colour for char, _, colour in chars[: label_end(text)] if not char.isspace()}
    plain = label.pop() if len(label) == 1 else block
    return [
        (char, Look(marked=look.marked, bold=look.bold, coloured=colour != plain))
        for char, look, colour in chars
    ]


def options_as_boxes(chars: Sequence[tuple[str, Look]]) -> str | None:
    """The line as "label ☒ option ☐ option …", or None when it is not such a line or no option
    stands out (module docstring)."""
    found = emphasised_options(chars)
    if found is None:
        return None
    text = "".join(c for c, _ in chars)
    options = [
        f"{MARKED if on else UNMARKED} {text[start:end].strip()}" for start, end, on in found
    ]
    return " ".join([text[: label_end(text)].strip(), *options]).strip()


def emphasised_options(chars: Sequence[tuple[str, Look]]) -> list[tuple[int, int, bool]] | None:
    """Each option of the line as (start, end, emphasised), or None when the line is no list
    of options or none stands out (module docstring)."""
    text = "".join(c for c, _ in chars)
    spans = _option_spans(text, label_end(text))
    if spans is None:
        return None
    looks: list[Look] = []
    for start, end in spans:
        seen = {look for char, look in chars[start:end] if not char.isspace()}
        if len(seen) != 1:
            return None  # an option half emphasised says nothing for certain
        looks.append(seen.pop())
    all_bold = all(look.bold for look in looks)
    all_coloured = all(look.coloured for look in looks)
    emphasised = [
        look.marked or (look.bold and not all_bold) or (look.coloured and not all_coloured)
        for look in looks
    ]
    if not any(emphasised):
        return None
    return [(lo, hi, on) for (lo, hi), on in zip(spans, emphasised, strict=True)]


def label_end(text: str) -> int:
    """Where the options start: after a label ending in ":" before the first separator."""
    first = _SEPARATOR.search(text)
    colon = text.find(":")
    return colon + 1 if colon >= 0 and (first is None or colon < first.start()) else 0


def _option_spans(text: str, start: int) -> list[tuple[int, int]] | None:
    spans: list[tuple[int, int]] = []
    for match in _SEPARATOR.finditer(text, start):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    if len(spans) < 2:
        return None
    for lo, hi in spans:
        option = text[lo:hi].strip()
        if (
            not re.search(r"[^\W\d_]", option)
            or re.search(r"\d", option)
            or len(option) > _OPTION_CHARS
            or len(option.split()) > _OPTION_WORDS
        ):
            return None
    return spans
