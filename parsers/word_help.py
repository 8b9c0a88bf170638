"""Word runs a form prints as help: grey, or in a style named for guidance (`parsers.guidance`).

Why: a council's Word template sets its help text under each label, its "Example:" lines and
its placeholders apart by formatting — grey, usually italic, or a style of their own ("Guidance",
"HelpText", Word's "Placeholder Text") — and the words themselves may say nothing of what they
are ("Initial / Transfer-in / Pre-birth (delete as appropriate)" read as a pre-birth conference;
set p, 76-01). A run is help when:

- its character or paragraph style is named for help (guidance, help, hint, instruction,
  placeholder, example, prompt), by its id or its name in `word/styles.xml`; or
- its colour, set on the run or through its styles (`w:basedOn` followed), is a mid grey — or a
  darker grey in italic (`GreyLook`).

The run's text is then wrapped as guidance; `parsers.guidance` undoes the marks that cannot be
help (a tick box or its label) and all of them on a document written in grey throughout.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from parsers.grey_look import LOOK, grey_lightness
from parsers.word_controls import W
from parsers.xml_package import parse_xml

_HELP_NAME = re.compile(r"guid|help|hint|instruct|placeholder|example|prompt", re.I)
_OFF = frozenset({"0", "false", "off"})
_HEX = re.compile(r"^[0-9a-fA-F]{6}$")
_BASED_ON_DEPTH = 8


def hex_lightness(value: str | None) -> float | None:
    if value is None or not _HEX.match(value):
        return None  # "auto", a theme colour without a value: the text's own colour
    return grey_lightness(tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)))


@dataclass(frozen=True, slots=True)
class _Look:
    colour: str | None = None
    italic: bool | None = None
    named: bool = False


@dataclass(frozen=True, slots=True)
class _Style:
    """What one `w:style` says of a run's look, read out of the XML once."""

    look: _Look  # its own colour and italic (`named` unused here)
    named: bool  # its display name reads as help
    based_on: str | None


class WordStyles:
    """The document's styles, for the colour, italic and name a run inherits.

    Built from `word/styles.xml` once per template (`document_styles`): a council's forms share
    one styles part (349 KB in the benchmark's Word forms), and each style's look through its
    `w:basedOn` chain is resolved once, on first use, not again for every run of every
    paragraph. Holds no XML, so a remembered one costs a few KB."""

    def __init__(self, root: etree._Element | None) -> None:
        self._styles: dict[str, _Style] = {}
        self._looks: dict[str | None, _Look] = {}
        if root is not None:
            for style in root.iter(f"{W}style"):
                style_id = style.get(f"{W}styleId")
                if style_id:
                    self._styles[style_id] = _style(style)

    def run_is_help(self, run: etree._Element, *, paragraph_style: str | None) -> bool:
        props = run.find(f"{W}rPr")
        own = _look(props)
        char_style = props.find(f"{W}rStyle") if props is not None else None
        chain = [
            own,
            self._style_look(char_style.get(f"{W}val") if char_style is not None else None),
            self._style_look(paragraph_style),
        ]
        if any(look.named for look in chain):
            return True
        colour = next((look.colour for look in chain if look.colour is not None), None)
        italic = next((look.italic for look in chain if look.italic is not None), False)
        return LOOK.help(hex_lightness(colour), italic=italic)

    def _style_look(self, style_id: str | None) -> _Look:
        """A style's colour and italic, from it or the styles it is based on (resolved once).

        Only the template's own styles are remembered: ids a document names that the template
        does not define are read each time, so a kept template cannot grow with them."""
        look = self._looks.get(style_id)
        if look is None:
            look = self._resolved(style_id)
            if style_id is None or style_id in self._styles:
                self._looks[style_id] = look
        return look

    def _resolved(self, style_id: str | None) -> _Look:
        colour: str | None = None
        italic: bool | None = None
        named = False
        for _ in range(_BASED_ON_DEPTH):
            if style_id is None:
                break
            named = named or bool(_HELP_NAME.search(style_id))
            style = self._styles.get(style_id)
            if style is None:
                break
            named = named or style.named
            colour = colour if colour is not None else style.look.colour
            italic = italic if italic is not None else style.look.italic
            style_id = style.based_on
        return _Look(colour, italic, named)


def document_styles(data: bytes | None) -> WordStyles:
    """The styles of a document whose `word/styles.xml` holds `data` (None: it has none).

    The same part's styles are built once and kept by the part's SHA-256, for the last
    `_TEMPLATES_KEPT` templates: parsing the part cost 5-9 ms of every Word attachment, most of
    its reading. A part that cannot be parsed raises `parse_xml`'s error each time it is met and
    is never kept."""
    if data is None:
        return WordStyles(None)
    key = hashlib.sha256(data).digest()
    with _templates_lock:
        styles = _templates.pop(key, None)
    if styles is None:
        styles = WordStyles(parse_xml(data))
    with _templates_lock:
        _templates.pop(key, None)
        while len(_templates) >= _TEMPLATES_KEPT:
            del _templates[next(iter(_templates))]  # the least recently used
        _templates[key] = styles  # last: the most recently used
    return styles


#: Templates' styles by their part's digest, least recently used first (`document_styles`).
_templates: dict[bytes, WordStyles] = {}
_TEMPLATES_KEPT = 16
_templates_lock = threading.Lock()  # a reader without a pool may run in several threads


def _style(style: etree._Element) -> _Style:
    name = style.find(f"{W}name")
    shown = str(name.get(f"{W}val", "")) if name is not None else ""
    based = style.find(f"{W}basedOn")
    return _Style(
        look=_look(style.find(f"{W}rPr")),
        named=bool(_HELP_NAME.search(shown)),
        based_on=based.get(f"{W}val") if based is not None else None,
    )


def _look(props: etree._Element | None) -> _Look:
    if props is None:
        return _Look()
    colour = props.find(f"{W}color")
    italic = props.find(f"{W}i")
    return _Look(
        colour=str(colour.get(f"{W}val")) if colour is not None and colour.get(f"{W}val") else None,
        italic=(None if italic is None else str(italic.get(f"{W}val") or "1").lower() not in _OFF),
    )
