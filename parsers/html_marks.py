"""How a piece of HTML text looks — its colour, weight, highlight — for `parsers.option_marks`.

Why: a council answering a booking form in an HTML email, or pasting one into a reply, shows
the chosen option by its look alone: "Police attendance: Required / Not required – written
report" with "Required" in a red `<span>`, a `<font color>`, bold among plain, a `<mark>` or a
yellow `background`. Read as text every option is there and none is chosen; the answer was not
read (the brief "marks", gap 1). Word's highlighted options are read the same way
(`parsers.word_emphasis`); this module gives HTML text the same `Look`.

What counts as a colour that marks: one other than the line's *plain* colour — its label's
("Police attendance:" before the options), or else the colour of the block the line is in (the
`<p>`, `<div>` or table cell). Outlook wraps every run in a coloured `<span>` (`#1F497D`), so an
option in the same colour as its label is plain; black, `windowtext` and `inherit` are no colour
at all. A background is a mark when the block has none of its own (a shaded table cell is the
form's, not an answer); bold is a mark when another option is not bold (`option_marks`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parsers.option_marks import Look, coloured_apart, options_as_boxes

if TYPE_CHECKING:
    from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

#: Tags whose colour and background are the plain look of the lines in them.
_BLOCKISH = frozenset(
    {
        "p", "div", "li", "dt", "dd", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "section", "article", "table", "tr", "body", "html", "center",
    }
)  # fmt: skip
_BOLD_TAGS = frozenset({"b", "strong", "th"})
_COLOUR = re.compile(r"(?:^|;)\s*color\s*:\s*([^;]+)", re.I)
_BACKGROUND = re.compile(r"(?:^|;)\s*background(?:-color)?\s*:\s*([^;]+)", re.I)
_WEIGHT = re.compile(r"(?:^|;)\s*font-weight\s*:\s*([^;]+)", re.I)
_BORDER = re.compile(r"(?:^|;)\s*border(?:-style)?\s*:\s*([^;]+)", re.I)
#: Colours that are no colour: the text's default.
_DEFAULT_INK = frozenset(
    {"", "black", "#000", "#000000", "windowtext", "inherit", "initial", "auto", "currentcolor",
     "rgb(0,0,0)", "unset"}
)  # fmt: skip
#: Backgrounds that are none.
_NO_FILL = frozenset(
    {"", "none", "transparent", "white", "#fff", "#ffffff", "window", "inherit", "initial",
     "auto", "rgb(255,255,255)", "unset"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Ink:
    """The look a piece of text inherits, and its block's plain colour and background."""

    colour: str | None = None
    bold: bool = False
    background: str | None = None
    block_colour: str | None = None
    block_background: str | None = None

    def within(self, node: etree._Element, tag: str) -> Ink:
        style = node.get("style") or ""
        colour = _value(_COLOUR, style) or (node.get("color") if tag == "font" else None)
        fill = _value(_BACKGROUND, style) or node.get("bgcolor")
        ink_colour = self.colour if colour is None else _colour(colour)
        background = self.background if fill is None else _fill(fill)
        if tag == "mark" or (tag not in _BLOCKISH and _bordered(style)):
            background = "mark"
        weight = _value(_WEIGHT, style)
        bold = self.bold or tag in _BOLD_TAGS
        if weight is not None:
            w = weight.strip().lower()
            bold = w in ("bold", "bolder") or (w.isdigit() and int(w) >= 600)
        if tag in _BLOCKISH:
            return Ink(ink_colour, bold, background, ink_colour, background)
        return Ink(ink_colour, bold, background, self.block_colour, self.block_background)


def boxed_line(pieces: Sequence[tuple[str, Ink]]) -> str | None:
    """A line of printed options whose answer is marked by its look, as "label ☒ a ☐ b", or
    None (`parsers.option_marks`)."""
    chars = [(char, ink) for text, ink in pieces for char in text]
    text = "".join(char for char, _ in chars)
    if not chars or ("/" not in text and "|" not in text):
        return None
    blocks = Counter(ink.block_colour for char, ink in chars if not char.isspace())
    block = blocks.most_common(1)[0][0] if blocks else None
    looks = [
        (
            char,
            Look(
                marked=ink.background is not None and ink.background != ink.block_background,
                bold=ink.bold,
            ),
            ink.colour,
        )
        for char, ink in chars
    ]
    return options_as_boxes(coloured_apart(looks, block=block))


def _value(pattern: re.Pattern[str], style: str) -> str | None:
    found = pattern.search(style)
    return found.group(1) if found else None


def _norm(value: str) -> str:
    """A CSS value's first word (`background: #ff0 none repeat`), lower case, `#abc` spelt
    `#aabbcc`, spaces inside `rgb( … )` dropped."""
    value = value.strip().lower().removesuffix("!important").strip()
    value = re.sub(r"\s+(?=[^()]*\))", "", value)
    value = value.split()[0] if value.split() else ""
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        value = "#" + "".join(c * 2 for c in value[1:])
    return value


def _colour(value: str) -> str | None:
    value = _norm(value)
    return None if value in _DEFAULT_INK else value


def _fill(value: str) -> str | None:
    value = _norm(value)
    if value.startswith("url("):
        return None  # a picture behind the text is the page's, not a mark
    return None if value in _NO_FILL else value


def _bordered(style: str) -> bool:
    border = _value(_BORDER, style)
    return border is not None and not re.match(r"\s*(?:none|hidden|0(?:px)?\b)", border, re.I)
