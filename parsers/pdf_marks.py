"""Tick boxes printed or drawn on a PDF page, turned into `☒`/`☐`/`⍰` words (DOMAIN.md §2.2).

Three encodings live in the page content (AcroForm widgets are `parsers.pdf_form`'s job):

1. **Glyphs.** Unicode ballot boxes and ticks, and dingbat fonts whose letters *are* boxes when
   the font has no Unicode map — so a glyph is recognised by font name AND character.
2. **Drawn squares.** A small square (a rectangle, four lines, a ring) is a box; what is
   painted in it says its state (`parsers.pdf_box_state`): an X, a tick, a dot or a dark fill
   marks it, an outline or a white fill leaves it empty, anything else at it leaves it unread
   (`⍰`). A mark glyph or an "X" typed inside the square counts too, and is absorbed into the
   box. A disc painted dark is a chosen box where the page draws empty rings or squares of
   its size.
3. **Yes / No pairs** (`yes_no_words`): the chosen answer circled, or set in bold when its
   sibling is not; a struck-through answer is the one *deleted* ("delete as appropriate",
   DOMAIN.md §2.2), so the other is the answer — the convention of `cpc_demo/forms_pdf.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from parsers.pdf_box_state import box_state
from parsers.pdf_layout import Picture, Shape, Word
from parsers.pdf_paint import Ink
from parsers.records import MARKED, UNMARKED
from parsers.symbol_fonts import PRIVATE_SYMBOL, SUBSTITUTED, WINGDINGS, WINGDINGS_2, symbol_byte

_UNICODE = {
    **dict.fromkeys("☒☑✓✔✗✘✕✖■⌧⮽🗴🗵🗸", MARKED),
    **dict.fromkeys("☐□◻▢❏❐❑❒", UNMARKED),
}

#: ZapfDingbats codes: Adobe's zapfdingbats.txt glyph list / PDF 1.7 Annex D.6 (3 a19 ✓,
#: 4 a20 ✔, 5 a21 ✕, 6 a22 ✖, 7 a23 ✗, 8 a24 ✘, n a73 ■; o a74 ❏, p a203 ❐, q a75 ❑,
#: r a204 ❒). Checked here with reportlab 4 and pdfplumber: `drawString("✔✘■❏")` in
#: ZapfDingbats writes the codes "48no" and pdfplumber returns those ASCII letters, never the
#: Unicode glyphs; an ASCII "4" is not in reportlab's ZapfDingbats encoding and is written as
#: "n" (■, its stand-in for an unencodable character) — still a mark.
_ZAPF = {
    **dict.fromkeys("345678n", MARKED),
    **dict.fromkeys("opqr", UNMARKED),
}
#: Text typed inside a drawn square that marks it.
_TYPED_MARKS = frozenset({"x", "X", MARKED})

_BOX_MIN, _BOX_MAX = 5.0, 17.0  # side of a tick box in points (~6–16 pt, with slack)


#: A tick and a cross standing alone, each a word of its own.
_TICKS, _CROSSES = frozenset("✓✔🗸"), frozenset("✗✘✕✖🗴🗵")


def glyph_words(words: Sequence[Word], drawn: Sequence[Shape] = ()) -> list[Word]:
    """Words with every tick glyph rewritten as `☒`/`☐`, set apart from the text it touches.

    A cross marks a box — except on a page that writes both ticks and crosses as words of
    their own, outside any drawn box: there a ✓ says yes and a ✗ says no (a grid's "Invited
    ✓ / ✗" cells, set n layout 70), and such a cross is an unmarked box. In a drawn box
    (`drawn`), a ✓ and a ✗ both mark it, as a pen's would."""
    squares = _squares(drawn)
    alone = [
        word
        for word in words
        if (word.text in _TICKS or word.text in _CROSSES)
        and not any(_contains(s, (word.x0 + word.x1) / 2, word.middle) for s in squares)
    ]
    texts = {word.text for word in alone}
    no = (
        {id(w) for w in alone if w.text in _CROSSES}
        if texts & _TICKS and texts & _CROSSES
        else set()
    )
    return [replace(w, text=UNMARKED) if id(w) in no else _glyph_word(w) for w in words]


def _glyph_word(word: Word) -> Word:
    table = _dingbat_table(word.font)
    if table is None and _symbol_substitute(word.font) and _private_symbols(word.text):
        table = SUBSTITUTED
    if table is not None:
        states = [table.get(symbol_byte(ch)) for ch in word.text]
        if states and all(states):
            # pdfminer's ZapfDingbats metrics lack some glyphs ("q", "r" come out 0 wide)
            x1 = max(word.x1, word.x0 + 0.7 * word.size)
            return replace(word, text=" ".join(s for s in states if s), x1=x1)
        return word
    if not any(ch in _UNICODE for ch in word.text):
        return word
    text = "".join(f" {_UNICODE[ch]} " if ch in _UNICODE else ch for ch in word.text)
    return replace(word, text=" ".join(text.split()))


def _symbol_substitute(font: str) -> bool:
    name = font.split("+", 1)[-1].lower().replace(" ", "")
    return "opensymbol" in name or "starsymbol" in name


def _private_symbols(text: str) -> bool:
    low, high = PRIVATE_SYMBOL
    return bool(text) and all(low <= ord(ch) <= high for ch in text)


def _dingbat_table(font: str) -> dict[str, str] | None:
    name = font.split("+", 1)[-1].lower().replace(" ", "").replace("-", "")
    if "wingdings2" in name:
        return WINGDINGS_2
    if "wingdings" in name:
        return WINGDINGS
    if "zapfdingbats" in name or "dingbats" in name:
        return _ZAPF
    return None


def drawn_boxes(
    words: Sequence[Word], drawn: Sequence[Shape], pictures: Sequence[Picture] = ()
) -> tuple[list[Word], list[Shape]]:
    """Words with each drawn tick box added as a `☒`/`☐`/`⍰` word; and the boxes found.

    Words inside a box (a mark glyph, a typed "X") are absorbed into it. A square holding
    any other text is a table cell, not a tick box. `pictures` are the page's images: one in
    a box is no state we can read (`pdf_box_state`).
    """
    kept = list(words)
    boxes: list[Shape] = []
    for square in _squares(drawn):
        inside = [w for w in kept if _contains(square, (w.x0 + w.x1) / 2, w.middle)]
        if any(w.text not in _TYPED_MARKS for w in inside):
            continue
        kept = [w for w in kept if w not in inside]
        kept.append(
            Word(
                text=MARKED if inside else box_state(square, drawn, pictures),
                x0=square.x0,
                x1=square.x1,
                top=square.top,
                bottom=square.bottom,
                size=square.height,
            )
        )
        boxes.append(square)
    return kept, boxes


def _squares(drawn: Sequence[Shape]) -> list[Shape]:
    rects = [s for s in drawn if s.kind == "rect" and _square_sized(s)]
    found = _unique(rects + _squares_of_lines(drawn) + _radio_rings(drawn))
    found = [s for s in found if not any(_inside(s, o) for o in found if o is not s)]
    return found + _discs(drawn, found)  # a square inside a box is the box's mark


def _radio_rings(drawn: Sequence[Shape]) -> list[Shape]:
    """Radio buttons of a flattened form: a ring (an outlined curve as wide as it is tall, or
    one filled white), chosen when a dot is painted inside it — read like a square box
    (issue 11, set j: a flattened radio group's choice was invisible). The dot itself is no
    ring: it is painted dark."""
    rings = [s for s in drawn if s.kind == "curve" and _square_sized(s) and _unpainted(s)]
    return [r for r in rings if not any(o is not r and _inside(r, o) for o in rings)]


def _unpainted(shape: Shape) -> bool:
    return not shape.filled or shape.ink is Ink.LIGHT


def _discs(drawn: Sequence[Shape], boxes: Sequence[Shape]) -> list[Shape]:
    """Round or curved boxes painted dark all over — a chosen option drawn as a disc beside
    the rings of the others — where the page draws empty boxes of about their size: a
    round bullet before a list item is a disc too, and it is no box on a page without any."""
    found: list[Shape] = []
    for disc in drawn:
        if disc.kind != "curve" or _unpainted(disc) or not _square_sized(disc):
            continue
        if any(_inside(disc, box) or _same_box(disc, box) for box in boxes):
            continue  # a radio button's dot, or a box's own fill
        if any(_unpainted(box) and _similar(disc, box) for box in boxes):
            found.append(disc)
    return found


def _similar(a: Shape, b: Shape) -> bool:
    return abs(a.width - b.width) <= 0.3 * max(a.width, b.width) and abs(
        a.height - b.height
    ) <= 0.3 * max(a.height, b.height)


def _inside(inner: Shape, outer: Shape) -> bool:
    return (
        inner.x0 >= outer.x0 and inner.x1 <= outer.x1 and inner.top >= outer.top
        and inner.bottom <= outer.bottom and inner.width < outer.width
    )  # fmt: skip


def _square_sized(s: Shape) -> bool:
    sides_ok = _BOX_MIN <= s.width <= _BOX_MAX and _BOX_MIN <= s.height <= _BOX_MAX
    return sides_ok and abs(s.width - s.height) <= 0.25 * max(s.width, s.height)


def _squares_of_lines(drawn: Sequence[Shape]) -> list[Shape]:
    """Squares drawn as four separate lines (some generators stroke each side)."""
    flat = [s for s in drawn if s.kind == "line" and s.height < 0.6]
    flat = [s for s in flat if _BOX_MIN <= s.width <= _BOX_MAX]
    if len(flat) < 2:
        return []
    upright = [s for s in drawn if s.kind == "line" and s.width < 0.6 and s.height >= _BOX_MIN]
    found: list[Shape] = []
    for i, top in enumerate(flat):
        for low in flat[i + 1 :]:
            square = Shape(top.x0, top.x1, min(top.top, low.top), max(top.top, low.top), "rect")
            same_span = abs(top.x0 - low.x0) < 1 and abs(top.x1 - low.x1) < 1
            if same_span and _square_sized(square) and _has_sides(square, upright):
                found.append(square)
    return found


def _has_sides(square: Shape, upright: Sequence[Shape]) -> bool:
    def side(x: float) -> bool:
        return any(
            abs(s.x0 - x) < 1 and s.top <= square.top + 1 and s.bottom >= square.bottom - 1
            for s in upright
        )

    return side(square.x0) and side(square.x1)


def _unique(squares: list[Shape]) -> list[Shape]:
    found: list[Shape] = []
    for square in squares:
        if not any(_same_box(square, other) for other in found):
            found.append(square)
    return found


def _same_box(a: Shape, b: Shape) -> bool:
    return all(abs(p - q) < 1.0 for p, q in ((a.x0, b.x0), (a.x1, b.x1), (a.top, b.top)))


def _contains(square: Shape, x: float, y: float) -> bool:
    return square.x0 <= x <= square.x1 and square.top <= y <= square.bottom


def yes_no_words(words: Sequence[Word], drawn: Sequence[Shape]) -> list[Word]:
    """Words with a marked "Yes / No" pair rewritten as `☒ Yes ☐ No` (the "/" dropped).

    A pair is "Yes" then "No" on one line, a few ems apart, with no box already before them.
    Nothing changes unless one of the two is chosen, or both are circled (then both are marked,
    and the tick box reads as "both": a person must look).
    """
    kept = list(words)
    for line in _lines(kept):
        for yes, no in _pairs(line):
            chosen = _chosen(yes, no, drawn)
            if not chosen:
                continue
            between = [w for w in line if yes.x1 <= w.x0 and w.x1 <= no.x0 and w.text in "/|"]
            kept = [
                _boxed(w, marked=w in chosen) if w is yes or w is no else w
                for w in kept
                if w not in between
            ]
    return kept


def _lines(words: list[Word]) -> list[list[Word]]:
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.middle, w.x0)):
        if lines and abs(lines[-1][0].middle - word.middle) <= 0.45 * word.size:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _pairs(line: list[Word]) -> list[tuple[Word, Word]]:
    found: list[tuple[Word, Word]] = []
    for i, word in enumerate(line):
        if _bare(word) != "yes" or (i and line[i - 1].text in (MARKED, UNMARKED)):
            continue
        rest = [w for w in line[i + 1 : i + 3] if w.text not in "/|"]
        if rest and _bare(rest[0]) == "no" and rest[0].x0 - word.x1 < 6 * word.size:
            found.append((word, rest[0]))
    return found


def _bare(word: Word) -> str:
    return word.text.strip(" :;,./|").lower()


def _boxed(word: Word, *, marked: bool) -> Word:
    return replace(word, text=f"{MARKED if marked else UNMARKED} {word.text.rstrip('/|')}")


def _chosen(yes: Word, no: Word, drawn: Sequence[Shape]) -> list[Word]:
    """The answers marked: one, or both when both are circled (a form to query, not to guess)."""
    circled = [w for w in (yes, no) if _circled(w, drawn, other=no if w is yes else yes)]
    if circled:
        return circled
    struck = [w for w in (yes, no) if _struck(w, drawn)]
    if len(struck) == 1:
        return [no if struck[0] is yes else yes]
    if yes.bold != no.bold:
        return [yes if yes.bold else no]
    return []


def _circled(word: Word, drawn: Sequence[Shape], *, other: Word) -> bool:
    for s in drawn:
        if s.kind not in ("curve", "rect"):
            continue
        around = (
            s.x0 <= word.x0 + 1.5
            and s.x1 >= word.x1 - 1.5
            and s.top <= word.top + 2
            and s.bottom >= word.bottom - 2
        )
        snug = s.width <= (word.x1 - word.x0) + 4 * word.size and s.height <= 3 * word.size
        if around and snug and not _contains(s, (other.x0 + other.x1) / 2, other.middle):
            return True
    return False


def _struck(word: Word, drawn: Sequence[Shape]) -> bool:
    height = word.bottom - word.top
    low, high = word.top + 0.2 * height, word.bottom - 0.3 * height
    width = word.x1 - word.x0
    for s in drawn:
        if s.height > 1.5 or not (low <= (s.top + s.bottom) / 2 <= high):
            continue
        overlap = min(s.x1, word.x1) - max(s.x0, word.x0)
        if overlap >= 0.6 * width and s.width <= width + 2 * word.size:
            return True
    return False
