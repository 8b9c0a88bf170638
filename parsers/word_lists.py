"""List bullets that are tick boxes: the checklists of Google Docs (and Word lists of boxes).

Why: an online editor has no form field. Google Docs writes a checklist to .docx as a list
paragraph (`w:numPr`) whose numbering level prints a box — `w:lvlText` "☐" in
`word/numbering.xml` — and a ticked item either through another list whose bullet is "☑" or by
striking the item's text through (what Google Docs shows for a done item). The paragraph's own
runs hold no box at all, so the tick-box and criteria readers saw bare labels (set t, 98-01/02).

`ListBoxes` reads each (list, level)'s bullet once: a box (☐ ☑ ☒, or a Wingdings / Wingdings 2
box drawn as a symbol-font letter, `parsers.word_lines.SYMBOL_FONTS`) makes its paragraphs
checklist items. A check mark bullet (✓, Wingdings "ü") is a tick only in a document whose lists
also print boxes: Word's bullet library offers ✓ as an ordinary bullet, and a report bulleted
with ticks has ticked nothing. A checklist item whose text is struck through entirely is done —
ticked — not deleted: the strike is the editor's mark for a done item there, decided by the
paragraph being a checklist item, never by its words (elsewhere strike stays "delete as
appropriate", `parsers.labels.unstruck`).

Numbering a paragraph takes from its style (`w:pStyle` → `w:numPr`) is not followed: the online
editors write `w:numPr` on the paragraph itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from parsers.records import MARKED, UNMARKED
from parsers.word_controls import W
from parsers.word_lines import GLYPHS, SYMBOL_FONTS
from parsers.xml_package import parse_xml

#: A bullet that is a tick mark, not a box: ticked only in a checklist (module docstring).
_TICKS = frozenset("✓✔🗸")
_TICK = "✓"


@dataclass(frozen=True, slots=True)
class ListBoxes:
    """Which (numId, ilvl) of a document print a box or a tick as their bullet."""

    bullets: dict[tuple[str, str], str] = field(default_factory=dict)  # MARKED/UNMARKED/_TICK

    @property
    def has_boxes(self) -> bool:
        return any(bullet != _TICK for bullet in self.bullets.values())

    def bullet(self, p: etree._Element) -> str | None:
        """The box a paragraph's list bullet draws (`MARKED`/`UNMARKED`), or None."""
        num = p.find(f"{W}pPr/{W}numPr")
        if num is None or not self.bullets:
            return None
        num_id, level = num.find(f"{W}numId"), num.find(f"{W}ilvl")
        key = (
            str(num_id.get(f"{W}val", "")) if num_id is not None else "",
            str(level.get(f"{W}val", "0")) if level is not None else "0",
        )
        found = self.bullets.get(key)
        if found == _TICK:
            return MARKED if self.has_boxes else None
        return found


NO_LISTS = ListBoxes()


def list_boxes(numbering: bytes | None) -> ListBoxes:
    """The box bullets of a `word/numbering.xml` (None or no box bullet: `NO_LISTS`)."""
    if numbering is None:
        return NO_LISTS
    root = parse_xml(numbering)
    abstract: dict[str, dict[str, str]] = {}
    for definition in root.iter(f"{W}abstractNum"):
        levels = {str(lvl.get(f"{W}ilvl", "0")): b for lvl in definition.iter(f"{W}lvl")
                  if (b := _level_bullet(lvl)) is not None}  # fmt: skip
        abstract[str(definition.get(f"{W}abstractNumId", ""))] = levels
    bullets: dict[tuple[str, str], str] = {}
    for num in root.iter(f"{W}num"):
        num_id = str(num.get(f"{W}numId", ""))
        ref = num.find(f"{W}abstractNumId")
        levels = dict(abstract.get(str(ref.get(f"{W}val", "")), {}) if ref is not None else {})
        for override in num.iter(f"{W}lvlOverride"):
            lvl = override.find(f"{W}lvl")
            if lvl is not None:
                level = str(override.get(f"{W}ilvl", "0"))
                levels.pop(level, None)
                if (b := _level_bullet(lvl)) is not None:
                    levels[level] = b
        bullets.update(((num_id, level), b) for level, b in levels.items())
    return ListBoxes(bullets) if bullets else NO_LISTS


def _level_bullet(lvl: etree._Element) -> str | None:
    """A numbering level's bullet as a box or a tick, when it is one glyph that draws one."""
    text_el = lvl.find(f"{W}lvlText")
    text = str(text_el.get(f"{W}val", "")).strip() if text_el is not None else ""
    if len(text) != 1:
        return None  # "%1.", "(%1)": a numbered list; "" no bullet
    fonts = lvl.find(f"{W}rPr/{W}rFonts")
    font = str(fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or "") if fonts is not None else ""
    table = SYMBOL_FONTS.get(font.lower())
    glyph = table.get(ord(text) & 0xFF) if table is not None else GLYPHS.get(text, text)
    if glyph in _TICKS:
        return _TICK
    return glyph if glyph in (MARKED, UNMARKED) else None


def all_struck(p: etree._Element, struck: Callable[[etree._Element], bool]) -> bool:
    """Whether every run of a paragraph that holds text is struck through (`struck(run)`)."""
    runs = [r for r in p.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t")).strip()]
    return bool(runs) and all(struck(r) for r in runs)
