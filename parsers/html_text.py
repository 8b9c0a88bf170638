"""`html_to_lines()`: an HTML body or attachment → lines of text in the shape of `parsers.records`.

Councils send booking forms as HTML tables in the email body (sample 09): a row of the table
must stay one line with its cells apart (`records.CELL`, a TAB), or "Date of conference" and
"18.12.26" lose each other. Block elements (`<p>`, `<div>`, `<li>`, headings) and `<br>` end
a line; scripts, styles and comments are dropped; entities are decoded by the parser;
whitespace inside a line is folded to one space, as a browser shows it.

lxml.html is used, never regular expressions: HTML from Outlook is rarely well formed, and
libxml2's HTML parser recovers the way browsers do. It is given no network access and never
resolves external entities (HTML has none to resolve; the parser is set up so anyway).

A table row whose cell holds another table (Outlook lays whole emails out in tables) is not
squeezed onto one line: each cell of such a row is read as its own block of lines.

A web form's check box or radio button (`<input type="checkbox" checked>`, as Microsoft Forms
and council portals export an answer) becomes the form model's `☒`/`☐` where it stands, before
the option's label (`parsers.records`): with no text of its own it would vanish, and a list of
categories or core-group members would read as every option chosen (issue 11, set e).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.records import CELL, MARKED, STRUCK, UNMARKED

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
    return _SPACES.sub(" ", text.replace("\xa0", " ")).strip()


class _Lines:
    """Collects the text of a tree as lines; `pending` holds the line being written."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.pending: list[str] = []

    def finish(self) -> tuple[str, ...]:
        self.flush()
        return tuple(self.lines)

    def flush(self) -> None:
        line = _fold("".join(self.pending))
        self.pending.clear()
        if line:
            self.lines.append(line)

    def element(self, node: etree._Element, *, depth: int) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag and tag not in _DROPPED and depth < _MAX_DEPTH:
            if tag == "br":
                self.flush()
            elif tag == "input":
                self.pending.append(_input_glyph(node))
            elif tag == "tr":
                self.row(node, depth=depth)
            else:
                self.block(node, tag=tag, depth=depth)
        if node.tail:
            self.pending.append(node.tail)

    def block(self, node: etree._Element, *, tag: str, depth: int) -> None:
        is_block = tag in _BLOCKS
        # "delete as appropriate" done with <s>, <strike>, <del> or a line-through style
        struck = tag in _STRUCK_TAGS or "line-through" in (node.get("style") or "").casefold()
        if is_block:
            self.flush()
        if struck:
            self.pending.append(STRUCK)
        if node.text:
            self.pending.append(node.text)
        for child in node:
            self.element(child, depth=depth + 1)
        if struck:
            self.pending.append(STRUCK)
        if is_block:
            self.flush()

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
            inner = _Lines()
            inner.block(cell, tag="td", depth=depth + 1)
            texts.append(" ".join(inner.finish()))
        while texts and not texts[-1]:
            texts.pop()
        if any(texts):
            self.lines.append(CELL.join(texts))
