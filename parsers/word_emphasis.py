"""A Word paragraph of printed options whose answer is shown by formatting, read as boxes.

Why: a form may print every option — "Initial / Review / Transfer in", "Neglect / Physical /
Emotional / Sexual", "Attendance required / Report only" — and ask for the answer to be
highlighted, or set in bold. The text then holds every option and only the formatting says
which was chosen: the kind could not be read (all five named), the harm categories read as
all four, the police answer not at all (set n layout 69: 69-01, 69-02, 69-05). Struck-through
options are read already (`parsers.word_lines.struck`).

How: a paragraph that is a list of short options set apart by "/" or "|" (after a label
ending in ":", if any), typed as plain runs, whose options are each formatted one way
throughout. An option is *emphasised* when it is highlighted (`w:highlight`), shaded
(`w:shd` with a fill) or boxed (`w:bdr`, Word's border round text: its circle) — marks a
person adds — or set in bold or in a colour while another option is not (bold or one colour
on every option is the form's own type; a colour the label shares is the line's own): the
rule is `parsers.option_marks`', which HTML's options follow too. Each emphasised option
becomes a marked box and every other option an unmarked one (`parsers.records`: "☒ Initial
☐ Review …"), so the field and tick-box readers read the answer as they read boxes; two
emphasised is two marked, which the tick-box reader takes for a question to look at. With no
option emphasised, or anything but plain text in the paragraph (a box, a field, a tab, a
symbol, a struck run), the paragraph is not touched.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from parsers.option_marks import Look, coloured_apart, options_as_boxes

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OFF = frozenset({"0", "false", "off"})
#: What a run may hold besides its properties and text for the paragraph to be read here.
_PLAIN = frozenset({f"{W}rPr", f"{W}t", f"{W}lastRenderedPageBreak", f"{W}softHyphen"})
_NO_FILL = frozenset({"", "auto", "ffffff", "none"})


def marked_options(p: etree._Element) -> str | None:
    """The paragraph as "label ☒ option ☐ option …", or None (module docstring)."""
    chars = _styled_chars(p)
    return None if chars is None else options_as_boxes(chars)


def _styled_chars(p: etree._Element) -> list[tuple[str, Look]] | None:
    """Each character of the paragraph's text with its run's style; None when the paragraph
    holds anything but plain text runs."""
    chars: list[tuple[str, Look, str | None]] = []
    for child in p:
        if child.tag == f"{W}pPr":
            continue
        if child.tag != f"{W}r":
            return None  # a content control, a field, a hyperlink, an insertion: not here
        if any(part.tag not in _PLAIN for part in child):
            return None
        props = child.find(f"{W}rPr")
        if props is not None and (_on(props, "strike") or _on(props, "dstrike") or _symbol(props)):
            return None
        style = Look(marked=_person_marked(props), bold=_bold(props))
        colour = _colour(props)
        text = "".join(t.text or "" for t in child.iter(f"{W}t"))
        chars += [(char, style, colour) for char in text]
    return coloured_apart(chars) if chars else None


def _person_marked(props: etree._Element | None) -> bool:
    if props is None:
        return False
    highlight = props.find(f"{W}highlight")
    if highlight is not None and str(highlight.get(f"{W}val", "")).lower() not in ("", "none"):
        return True
    shading = props.find(f"{W}shd")
    if shading is not None and str(shading.get(f"{W}fill", "")).lower() not in _NO_FILL:
        return True
    border = props.find(f"{W}bdr")
    return border is not None and str(border.get(f"{W}val", "")).lower() not in ("nil", "none")


def _colour(props: etree._Element | None) -> str | None:
    """A run's font colour (`w:color`), None for the default ("auto", black)."""
    found = None if props is None else props.find(f"{W}color")
    value = "" if found is None else str(found.get(f"{W}val", "")).lower()
    return None if value in ("", "auto", "000000") else value


def _bold(props: etree._Element | None) -> bool:
    if props is None:
        return False
    style = props.find(f"{W}rStyle")
    if style is not None and re.search(r"strong|bold", str(style.get(f"{W}val", "")), re.I):
        return True
    return _on(props, "b")


def _on(props: etree._Element, name: str) -> bool:
    """A toggle property present and not switched off (ECMA-376 §17.7.3: no `w:val` is on)."""
    mark = props.find(f"{W}{name}")
    return mark is not None and str(mark.get(f"{W}val") or "1").lower() not in _OFF


def _symbol(props: etree._Element) -> bool:
    """A run in a symbol font (its letters are boxes or ticks: `parsers.word_lines`)."""
    fonts = props.find(f"{W}rFonts")
    name = "" if fonts is None else str(fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or "")
    return name.lower().startswith(("wingdings", "symbol", "webdings"))
