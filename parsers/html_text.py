"""`html_to_lines()`: an HTML body or attachment → lines of text in the shape of `parsers.records`.

Councils send booking forms as HTML tables in the email body (sample 09): a row of the table
must stay one line with its cells apart (`records.CELL`, a TAB), or "Date of conference" and
"18.12.26" lose each other. Block elements (`<p>`, `<div>`, `<li>`, headings) and `<br>` end
a line; scripts, styles and comments are dropped; entities are decoded by the parser;
whitespace inside a line is folded to one space, as a browser shows it — except a gap of three
or more spaces between words of one source line, kept as the column its writer padded (`_fold`).

lxml.html is used, never regular expressions: HTML from Outlook is rarely well formed, and
libxml2's HTML parser recovers the way browsers do. It is given no network access and never
resolves external entities (HTML has none to resolve; the parser is set up so anyway).

A table row whose cell holds another table (Outlook lays whole emails out in tables) is not
squeezed onto one line: each cell of such a row is read as its own block of lines.

A web form's check box or radio button (`<input type="checkbox" checked>`, as Microsoft Forms
and council portals export an answer) becomes the form model's `☒`/`☐` where it stands, before
the option's label (`parsers.records`): with no text of its own it would vanish, and a list of
categories or core-group members would read as every option chosen (issue 11, set e).

Options printed in full whose answer is shown by its look alone ("Required / Not required" with
"Required" in red, bold or highlighted) become `☒`/`☐` as Word's do (`parsers.html_marks`).

Text the form sets apart as help — grey (`color` in a style or a `<font>`; a darker grey only in
italic, as `parsers.word_help` reads Word's), or in an element whose class names guidance, help,
a hint or a placeholder — is wrapped as guidance (`parsers.guidance`; set p, 76-04: the grey
italic note of when police attend read as an RSO, police protection and an investigation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parsers.grey_look import LOOK, grey_lightness
from parsers.html_marks import Ink, boxed_line
from parsers.records import CELL, GUIDE_CLOSE, GUIDE_OPEN, MARKED, STRUCK, UNMARKED

if TYPE_CHECKING:
    from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

_DROPPED = frozenset(
    {"script", "style", "head", "title", "noscript", "template", "object", "iframe", "svg"}
)
_BLOCKS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "section", "article", "header", "footer", "address", "hr",
        "table", "thead", "tbody", "tfoot", "caption", "form", "fieldset", "center", "body",
        "html", "main", "nav", "aside", "figure", "figcaption", "option",
    }
)  # fmt: skip
_SPACES = re.compile(r"\s+")
_MAX_DEPTH = 200  # deeper nesting than any real email; guards the recursion


_STRUCK_TAGS = frozenset({"s", "strike", "del"})
#: A line already marked up (boxes, struck text, help) is not read again for marks by look.
_MARKUP = re.compile(f"[{MARKED}{UNMARKED}{GUIDE_OPEN}{GUIDE_CLOSE}]|{re.escape(STRUCK)}")


def html_to_lines(html_text: str) -> tuple[str, ...]:
    """Readable lines of an HTML document; empty lines are dropped. Never raises on bad HTML."""
    root = _parse(html_text)
    if root is None:
        return ()
    writer = _Lines()
    writer.element(root, depth=0)
    return writer.finish()


def _parse(html_text: str) -> etree._Element | None:
    if not html_text.strip():
        return None
    # lxml where HTML is read: the parse workers (their fork server preloads it), not the
    # `triage` command's own process, which reads no message itself (issue 11: its memory)
    from lxml import etree, html

    parser = html.HTMLParser(
        encoding="utf-8",  # what we hand over; else lxml guesses Latin-1 without a <meta>
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        recover=True,
        huge_tree=False,
    )
    try:
        # Bytes, not str: lxml refuses a str that carries an XML encoding declaration. The
        # text is already decoded (MIME charset), so a <meta charset> in it must not count.
        return html.document_fromstring(html_text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None


_BOX_INPUTS = frozenset({"checkbox", "radio"})


def _input_glyph(node: etree._Element) -> str:
    """A check box or radio button as `☒ `/`☐ ` (`checked` is a boolean attribute: present is
    on, whatever its value — HTML Living Standard §4.10.5); any other input shows nothing."""
    if (node.get("type") or "").strip().casefold() not in _BOX_INPUTS:
        return ""
    return f"{MARKED if node.get('checked') is not None else UNMARKED} "


def _fold(text: str) -> str:
    """One space for each run of whitespace — but a column gap (`_COLUMN_GAP`) stays three
    spaces, which the form model reads as a cell boundary (`parsers.labels`)."""
    parts = _COLUMN_GAP.split(text)
    return "   ".join(_SPACES.sub(" ", part.replace("\xa0", " ")).strip() for part in parts)


#: Three or more spaces (plain or no-break) between two words of one source line: a column the
#: writer padded out — a plain-text form pasted into an HTML message (an Outlook item's HTML
#: keeps the spaces its text was typed with; set t, 96-02), or Outlook's "&nbsp; &nbsp;" runs.
#: A browser folds plain ones; the columns are the form's, so they are kept. A run that holds a
#: line break is the HTML source's own layout and folds.
_COLUMN_GAP = re.compile(r"(?<=\S)[ \xa0]{3,}(?=\S)")


_HELP_CLASS = re.compile(r"guid|help|hint|placeholder|instruction|example|muted", re.I)
_COLOUR = re.compile(r"(?:^|;)\s*color\s*:\s*([^;]+)", re.I)
_ITALIC = re.compile(r"font-style\s*:\s*(?:italic|oblique)", re.I)
_NAMED_GREYS = {
    "gray": 0.5, "grey": 0.5, "darkgray": 0.66, "darkgrey": 0.66, "dimgray": 0.41,
    "dimgrey": 0.41, "silver": 0.75, "lightgray": 0.83, "lightgrey": 0.83, "black": 0.0,
}  # fmt: skip


#: A quoted message (a reply's or a forward's): a mail program may grey it, and it is mail, not
#: a form's help — nothing in it is help by its formatting.
_QUOTE_CLASS = re.compile(r"quote|cite|forward|reply", re.I)


@dataclass(frozen=True, slots=True)
class _Look:
    """The help a node's text inherits: its grey's lightness, italic, a help class; `quoted`
    inside a quoted message, where formatting says nothing."""

    lightness: float | None = None
    italic: bool = False
    named: bool = False
    quoted: bool = False

    @property
    def help(self) -> bool:
        if self.quoted:
            return False
        return self.named or LOOK.help(self.lightness, italic=self.italic)

    def within(self, node: etree._Element, tag: str) -> _Look:
        if (
            self.quoted
            or tag == "blockquote"
            or node.get("type") == "cite"
            or (_QUOTE_CLASS.search(node.get("class") or ""))
        ):
            return _Look(quoted=True)
        style = node.get("style") or ""
        colour = _COLOUR.search(style)
        value = colour.group(1) if colour else node.get("color") if tag == "font" else None
        return _Look(
            self.lightness if value is None else _lightness(value),
            self.italic or tag in ("i", "em") or bool(_ITALIC.search(style)),
            self.named or bool(_HELP_CLASS.search(node.get("class") or "")),
        )


def _lightness(value: str) -> float | None:
    """A CSS colour's lightness when it is a grey (`#999`, `#595959`, `rgb(…)`, `gray`)."""
    value = value.strip().lower().removesuffix("!important").strip()
    if value in _NAMED_GREYS:
        return _NAMED_GREYS[value]
    digits = value.removeprefix("#")
    if value.startswith("#") and len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    if value.startswith("#") and re.fullmatch(r"[0-9a-f]{6}", digits):
        return grey_lightness(tuple(int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)))
    rgb = re.fullmatch(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)[^)]*\)", value)
    if rgb:
        return grey_lightness(tuple(min(int(v), 255) / 255 for v in rgb.groups()))
    return None


class _Lines:
    """Collects the text of a tree as lines; `pending` holds the line being written. `look`
    is the help the text being read inherits; a line that ends inside help closes it and the
    next line opens it again, so each line's guidance is whole (`parsers.guidance`)."""

    def __init__(self, look: _Look | None = None, ink: Ink | None = None) -> None:
        self.lines: list[str] = []
        self.pending: list[tuple[str, Ink]] = []
        self.look = look or _Look()
        self.ink = ink or Ink()
        self.write(GUIDE_OPEN if self.look.help else "")

    def write(self, text: str) -> None:
        self.pending.append((text, self.ink))

    def finish(self) -> tuple[str, ...]:
        self.flush()
        return tuple(self.lines)

    def flush(self) -> None:
        helping = self.look.help
        text = "".join(piece for piece, _ in self.pending)
        # printed options whose answer is marked by colour or weight: "☒ Required ☐ Not required"
        boxed = None if _MARKUP.search(text) else boxed_line(self.pending)
        line = _fold((text if boxed is None else boxed) + (GUIDE_CLOSE if helping else ""))
        self.pending.clear()
        self.write(GUIDE_OPEN if helping else "")
        if line.replace(GUIDE_OPEN, "").replace(GUIDE_CLOSE, "").strip():
            self.lines.append(line)

    def element(self, node: etree._Element, *, depth: int) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag and tag not in _DROPPED and depth < _MAX_DEPTH:
            if tag == "br":
                self.flush()
            elif tag == "input":
                self.write(_input_glyph(node))
            elif tag == "tr":
                self.row(node, depth=depth)
            else:
                self.block(node, tag=tag, depth=depth)
        if node.tail:
            self.write(node.tail)

    def block(self, node: etree._Element, *, tag: str, depth: int) -> None:
        is_block = tag in _BLOCKS
        # "delete as appropriate" done with <s>, <strike>, <del> or a line-through style
        struck = tag in _STRUCK_TAGS or "line-through" in (node.get("style") or "").casefold()
        if is_block:
            self.flush()
        outer, outer_ink = self.look, self.ink
        self.look = outer.within(node, tag)
        self.ink = outer_ink.within(node, tag)
        turned = self.look.help != outer.help
        if turned:
            self.write(GUIDE_OPEN if self.look.help else GUIDE_CLOSE)
        if struck:
            self.write(STRUCK)
        if node.text:
            self.write(node.text)
        for child in node:
            self.element(child, depth=depth + 1)
        if struck:
            self.write(STRUCK)
        if is_block:
            self.flush()
        self.ink = outer_ink
        if turned:
            self.write(GUIDE_CLOSE if self.look.help else GUIDE_OPEN)
        self.look = outer

    def row(self, node: etree._Element, *, depth: int) -> None:
        """A table row: one line, cells apart; a row holding a nested table, block by block."""
        self.flush()
        cells = [c for c in node if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        if any(cell.find(".//table") is not None for cell in cells):
            for cell in cells:
                self.block(cell, tag="div", depth=depth + 1)
            return
        texts = []
        for cell in cells:
            inner = _Lines(self.look, self.ink)
            inner.block(cell, tag="td", depth=depth + 1)
            texts.append(" ".join(inner.finish()))
        while texts and not texts[-1]:
            texts.pop()
        if any(texts):
            self.lines.append(CELL.join(texts))
