"""AcroForm widgets as virtual words: a field's value, or its check box, where it is drawn.

A filled form keeps its values in the fields, not in the page's text (ISO 32000-1 §12.7), so a
text extractor sees "Type of conference" and nothing beside it. Each widget's value becomes a
`Word` at the widget's rectangle, so the line reads `Type of conference<TAB>Initial CPC`; the
later lines of a multi-line value follow that line. A check box or radio button becomes `☒`
or `☐` at its rectangle, before the label printed to its right.

pypdf reads the widgets (LIBRARIES.md "Parsing": ~180× faster than pdfplumber for fields). A
button's "on" state has no fixed name (`/Yes`, `/On`, `/1`, `/Checked`… DOMAIN.md §2.2): it is
whatever appearance state other than `/Off` the widget defines, never a comparison with `/Yes`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import pypdf
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from parsers.pdf_layout import Word
from parsers.pdf_turn import Turn, turned
from parsers.pdf_xfa import XfaForm, widget_answer
from parsers.records import MARKED, UNMARKED

_HIDDEN = 1 << 1  # annotation flag "Hidden" (ISO 32000-1 table 165)
_PUSHBUTTON = 1 << 16  # button field flag "Pushbutton" (table 226)
_INHERITABLE = ("/FT", "/V", "/Ff", "/DA")


def open_form(data: bytes) -> pypdf.PdfReader:
    """A pypdf reader for the widgets (the caller has already found an /AcroForm)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")
    return reader


def widget_words(
    reader: pypdf.PdfReader,
    *,
    index: int,
    turn: int = 0,
    xfa: XfaForm | None = None,
    drawn: Sequence[Word] = (),
) -> list[Word]:
    """Virtual words for the widgets of page `index` (0-based), in pdfplumber coordinates.

    pdfplumber measures from the media box's top-left corner (pdfminer moves the origin
    there), PDF user space from the bottom-left: `top = mediabox.top - y`. A widget's
    rectangle is in user space, before `/Rotate`: `turn` (degrees) is the quarter turn from
    there to the frame the page's text is read in (`parsers.pdf_turn`). A static XFA form's
    widget shows what its `xfa` datasets hold, not its own `/V`, which Adobe Reader does not
    show and which may be an earlier draft's (`parsers.pdf_xfa`); when the page's own
    `drawn` words inside the widget already read that value (a form printed with its values
    and its widgets kept), the widget adds nothing, so no answer is read twice.
    """
    if index >= len(reader.pages):  # a damaged file pypdf reads with fewer pages
        return []
    page = reader.pages[index]
    page_top, page_left = float(page.mediabox.top), float(page.mediabox.left)
    annots = page.get("/Annots")
    annots = annots.get_object() if annots is not None else None
    if not isinstance(annots, ArrayObject):
        return []
    words: list[Word] = []
    for ref in annots:
        annot = ref.get_object()
        if not isinstance(annot, DictionaryObject) or annot.get("/Subtype") != "/Widget":
            continue
        if int(annot.get("/F", 0)) & _HIDDEN:
            continue
        word = _widget_word(annot, page_top=page_top, page_left=page_left, xfa=xfa, drawn=drawn)
        if word is not None:
            words.append(word)
    frame = Turn(turn, float(page.mediabox.width), float(page.mediabox.height))
    return [turned(word, frame) for word in words]


def widget_refs(reader: pypdf.PdfReader, *, index: int) -> frozenset[int]:
    """The object number of each widget of page `index`, as `widget_words` read them; empty
    when pypdf cannot say.

    Why: a form's page lists dozens of widgets in its /Annots, and `parsers.pdf_annots` (which
    reads the other annotations, with pdfminer) parsed each of them again only to find it is a
    widget — most of that reader's time on a form (issue 11). pypdf has already parsed them
    here, so this asks it again for nothing more than their numbers."""
    try:
        if index >= len(reader.pages):
            return frozenset()
        annots = reader.pages[index].get("/Annots")
        annots = annots.get_object() if annots is not None else None
        if not isinstance(annots, ArrayObject):
            return frozenset()
        return frozenset(
            ref.idnum
            for ref in annots
            if isinstance(ref, IndirectObject)
            and isinstance(annot := ref.get_object(), DictionaryObject)
            and annot.get("/Subtype") == "/Widget"
        )
    except Exception:  # a damaged file: pdfminer reads every annotation, as before
        return frozenset()


def _widget_word(
    annot: DictionaryObject,
    *,
    page_top: float,
    page_left: float,
    xfa: XfaForm | None,
    drawn: Sequence[Word],
) -> Word | None:
    field = _inherited(annot)
    answer = widget_answer(xfa, field["name"]) if xfa is not None and xfa.has_data else None
    rect = annot.get("/Rect")
    if not isinstance(rect, ArrayObject) or len(rect) != 4:
        return None
    (x0, x1), (y0, y1) = sorted(float(v) for v in rect[0::2]), sorted(float(v) for v in rect[1::2])
    box = {
        "x0": x0 - page_left,
        "x1": x1 - page_left,
        "top": page_top - y1,
        "bottom": page_top - y0,
    }
    kind = field.get("/FT")
    if kind == "/Btn":
        if int(field.get("/Ff", 0)) & _PUSHBUTTON:
            return None
        glyph = MARKED if _button_on(annot, field) else UNMARKED
        if answer is not None and answer[1]:
            glyph = answer[0]
        return Word(
            text=glyph,
            x0=box["x0"],
            x1=box["x1"],
            top=box["top"],
            bottom=box["bottom"],
            size=max(box["bottom"] - box["top"], 1.0),
        )
    if kind in ("/Tx", "/Ch"):
        text = answer[0] if answer is not None else _value_text(field.get("/V"))
        if answer is not None and _drawn_already(text, box, drawn):
            return None
        return value_word(text, box=box, appearance=field.get("/DA"))
    return None


def _drawn_already(text: str, box: dict[str, float], drawn: Sequence[Word]) -> bool:
    """The page's words inside the widget's rectangle read `text` (spaces aside; a value cut
    short at the box's edge still counts when it is 20 characters or more)."""
    inside = sorted(
        (w for w in drawn if box["x0"] - 2 <= (w.x0 + w.x1) / 2 <= box["x1"] + 2
         and box["top"] - 2 <= (w.top + w.bottom) / 2 <= box["bottom"] + 2),
        key=lambda w: (round(w.top), w.x0),
    )  # fmt: skip
    shown = "".join("".join(w.text for w in inside).split()).casefold()
    value = "".join(text.split()).casefold()
    return bool(shown) and (shown == value or (len(shown) >= 20 and value.startswith(shown)))


def _inherited(annot: DictionaryObject) -> dict[str, Any]:
    """The field attributes a widget inherits from its parents (ISO 32000-1 §12.7.3.1), and
    its fully qualified name under "name" (§12.7.3.2: the partial names `/T` joined by dots)."""
    found: dict[str, Any] = {}
    names: list[str] = []
    node: Any = annot
    for _ in range(32):  # a parent chain is shallow; a loop in a hostile file is not endless
        for key in _INHERITABLE:
            if key not in found and key in node:
                found[key] = node[key].get_object()
        if "/T" in node:
            names.append(str(node["/T"].get_object()))
        parent = node.get("/Parent")
        if parent is None:
            break
        node = parent.get_object()
        if not isinstance(node, DictionaryObject):
            break
    found["name"] = ".".join(reversed(names))
    return found


def _button_on(annot: DictionaryObject, field: dict[str, Any]) -> bool:
    """On when the widget's state is one of its own "on" appearance names."""
    state = annot.get("/AS", field.get("/V"))
    if state is None or str(state) == "/Off":
        return False
    return str(state) in _on_states(annot) or not _on_states(annot)


def _on_states(annot: DictionaryObject) -> set[str]:
    appearances = annot.get("/AP")
    normal = appearances.get_object().get("/N") if appearances is not None else None
    normal = normal.get_object() if normal is not None else None
    if not isinstance(normal, DictionaryObject):
        return set()
    return {str(name) for name in normal} - {"/Off"}


def _value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, ArrayObject):
        return ", ".join(str(v.get_object()) for v in value)
    return str(value.get_object() if hasattr(value, "get_object") else value)


def value_word(text: str, *, box: dict[str, float], appearance: Any) -> Word | None:
    """A value typed into a rectangle (a text field's, a FreeText annotation's:
    `parsers.pdf_annots`) as a cell of its own at the rectangle's first line; its later
    lines follow that line. `appearance` is the /DA string that gives the font size."""
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return None
    size = _font_size(appearance, default=min(box["bottom"] - box["top"], 10.0))
    height = box["bottom"] - box["top"]
    if len(lines) == 1 or height < 2.5 * size:
        top = box["top"] + max((height - size) / 2, 0.0)
    else:
        top = box["top"] + 2.0
    return Word(
        text=lines[0],
        x0=box["x0"] + 2.0,
        x1=box["x1"],
        top=top,
        bottom=top + size,
        size=size,
        after=tuple(lines[1:]),
        cell=True,
    )


def _font_size(appearance: Any, *, default: float) -> float:
    """The size in a /DA string ("/Helv 10 Tf 0 g"); 0 means auto, so the default."""
    tokens = str(appearance or "").split()
    for i, operator in enumerate(tokens):
        if operator == "Tf" and i >= 1:
            try:
                size = float(tokens[i - 1])
            except ValueError:
                break
            return size if size > 0 else max(default, 1.0)
    return max(default, 1.0)
