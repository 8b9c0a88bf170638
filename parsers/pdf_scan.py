"""A "searchable" scan: a PDF page that is one page-sized image under an OCR text layer.

Why: a multifunction printer's "searchable PDF" puts the scanned page in as an image and its
OCR'd words over it as invisible text (render mode 3). The text layer has the printed words
but never the pen: the ticks in the form's boxes are only pixels (issue 11, set l layout 56),
so read as a typed PDF the police question showed both options with no mark. Here the page
is rendered, its boxes are found and read by `parsers.scan_boxes` (as for an image-only scan),
and each box becomes a `☒`/`☐`/`⍰` word of the text layer's coordinates — where a drawn box
would be — so the field reader binds it to the label beside it as it binds a drawn box.

Only a page whose text sits over images covering nearly all of it is rendered (`covering`),
at the scan's own resolution: rendering and reading a page costs time a typed form must not
pay. Measured (set l's six 150-dpi A4 scans, `read_pdf` median of 5 runs each, 2-core box at
load average ~12): 31-42 ms a page without this, 278-288 ms with it (render ~50-90 ms,
`find_boxes` ~70-140 ms) — against ~1.3 s of Tesseract for an image-only page.

What the text layer says where a box is found is the OCR engine's reading of that box ("O",
"[]", "☐", an "X" for a pen cross): it is dropped, the pixels' reading replaces it. A box
glyph of the text layer where no box is found in the pixels is written `⍰` (unread): on a scan
only the pixels say what was ticked. A "box" found under a word of the text layer is a letter
("O", "D", a bold "■" bullet), not a box, and is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from parsers.pdf_layout import Picture, Word
from parsers.records import MARKED, UNMARKED, UNREAD

if TYPE_CHECKING:  # numpy is imported by a worker at its first scan, not by the fork server
    import numpy as np
    import numpy.typing as npt

    from parsers.scan_boxes import Box

#: Images must cover this share of the page for it to be a scan (a letterhead logo, a
#: signature or a photo in a typed form does not).
COVER = 0.85
#: The render's resolution: the scan's own (no resampling of its pixels), within these bounds
#: (a thumbnail-sized image is not made finer than it is; a 600-dpi scan is read at 300 dpi,
#: which `parsers.scan_boxes` is measured at, `parsers.ocr.OCR_DPI`).
MIN_DPI = 100.0
MAX_DPI = 300.0
#: A box under a text-layer word by more than this share of the box is a letter.
_LETTER_OVERLAP = 0.4
#: Text-layer words that are an OCR engine's reading of a box (kept out of the lines when the
#: pixels give the box): a box glyph, brackets, one letter or digit.
_BOX_READINGS = frozenset("☒☐⍰[]()|IlLoO0DQXxVv✓✔✗✘")


def covering(pictures: Sequence[Picture], *, width: float, height: float) -> float | None:
    """The resolution (dpi) to render the page at when images cover it — a scanned page —
    else None. Images that overlap are counted once only roughly (their areas add); a
    page-sized image is the common case."""
    area = max(width, 0.0) * max(height, 0.0)
    if area <= 0 or not pictures:
        return None
    covered = 0.0
    dpi = 0.0
    for p in pictures:
        w = max(0.0, min(p.x1, width) - max(p.x0, 0.0))
        h = max(0.0, min(p.bottom, height) - max(p.top, 0.0))
        covered += w * h
        if p.x1 - p.x0 > 0 and p.pixels_wide > 0:
            dpi = max(dpi, p.pixels_wide / (p.x1 - p.x0) * 72)
    if covered < COVER * area:
        return None
    return min(max(dpi or MAX_DPI, MIN_DPI), MAX_DPI)


def boxes_in(gray: npt.NDArray[np.uint8], *, scale: float) -> list[Word]:
    """The tick boxes of a rendered page as words in page points (`scale` points a pixel)."""
    from parsers.scan_boxes import find_boxes  # numpy: at a worker's first scan

    return [_box_word(box, scale) for box in find_boxes(gray)]


def _box_word(box: Box, scale: float) -> Word:
    top, bottom = box.y0 * scale, box.y1 * scale
    return Word(
        text=box.glyph, x0=box.x0 * scale, x1=box.x1 * scale, top=top, bottom=bottom,
        size=bottom - top,
    )  # fmt: skip


def with_scanned_boxes(words: Sequence[Word], boxes: Sequence[Word]) -> list[Word]:
    """The text layer's words with the boxes read from the pixels put in (see the module)."""
    letters = [w for w in words if not _box_reading(w.text)]
    found = [b for b in boxes if not any(_overlap(b, w) > _LETTER_OVERLAP for w in letters)]
    kept: list[Word] = []
    for word in words:
        if _box_reading(word.text) and any(_overlap(b, word) > 0 for b in found):
            continue  # the OCR engine's reading of a box the pixels give
        kept.append(_unread_glyphs(word))
    return kept + found


def _box_reading(text: str) -> bool:
    bare = text.replace(" ", "")
    return bool(bare) and len(bare) <= 3 and all(ch in _BOX_READINGS for ch in bare)


def _unread_glyphs(word: Word) -> Word:
    """A box glyph the text layer has where the pixels gave no box: not a reading (`⍰`)."""
    if MARKED not in word.text and UNMARKED not in word.text:
        return word
    return replace(word, text=word.text.replace(MARKED, UNREAD).replace(UNMARKED, UNREAD))


def _overlap(box: Word, word: Word) -> float:
    """The share of `box` that `word`'s box covers."""
    w = min(box.x1, word.x1) - max(box.x0, word.x0)
    h = min(box.bottom, word.bottom) - max(box.top, word.top)
    area = (box.x1 - box.x0) * (box.bottom - box.top)
    return w * h / area if w > 0 and h > 0 and area > 0 else 0.0
