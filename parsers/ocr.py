"""Optical character recognition with Tesseract, for scanned pages and image attachments.

Tesseract runs as a child process (`tesseract stdin stdout`) with a timeout. It is called
directly rather than through pytesseract because pytesseract keeps the program's path in a
module global (`pytesseract.pytesseract.tesseract_cmd`): here the path is an argument, so a
test can name a missing program without changing state other code shares.

Tesseract reads printed words, not pen marks: the page's tick boxes are found and read first
(`parsers.scan_boxes`), whitened with the strokes that touch them, and put back into the lines
as the form model's glyphs before their labels (`☒`, `☐`, or `⍰` for a mark that cannot be told).

Errors (all `AttachmentError`, `parsers.errors`): Tesseract not installed → OCR_UNAVAILABLE;
slower than the timeout → TIMEOUT; an image too large to decode safely → BOMB; anything else
→ PARSER_ERROR.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
from typing import TYPE_CHECKING

from PIL import Image

from parsers.errors import AttachmentError
from parsers.pdf_layout import Word, page_lines
from parsers.records import ErrorKind

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from parsers.scan_boxes import Box

# numpy (and `parsers.scan_boxes`, built on it) is imported by the functions that read pixels,
# not here: `parsers.pdf` imports this module, and the parse workers' fork server imports
# that, so numpy's 17 MB sat in the fork server and was counted again in each worker's resident
# memory, for the few pages that are scans (issue 11: the batch's process tree under 400 MB).

TESSERACT = "tesseract"
#: Pages are rendered for OCR at this resolution: Tesseract's accuracy drops below ~300 dpi
#: (tesseract-ocr docs, "Improving the quality of the output").
OCR_DPI = 300
#: The most pixels handed to Tesseract: an A4 page at 300 dpi is 8.7 million, A3 17.4 million.
#: Tesseract's memory grows with the pixels (400 MB peaks were seen on big scans, issue 15), so
#: an image or rendered page past this is refused as a bomb before it is decoded or converted.
MAX_OCR_PIXELS = 40_000_000
#: English, fully automatic page segmentation (no orientation detection): a form's cells and
#: paragraphs come out as Tesseract's blocks and lines, which `_tsv_words` keeps apart.
TESSERACT_ARGS = ("-l", "eng", "--psm", "3")


def tesseract_available(tesseract: str = TESSERACT) -> bool:
    """Whether the Tesseract program can be found (a path, or a name on PATH)."""
    return shutil.which(tesseract) is not None


def ocr_image(data: bytes, *, timeout_s: float, tesseract: str = TESSERACT) -> tuple[str, ...]:
    """The non-blank lines Tesseract reads in an image file (PNG, JPEG, TIFF…)."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            _check_pixels(image)  # from the header, before the pixels are decoded
            image.load()
            return ocr_lines(image, timeout_s=timeout_s, tesseract=tesseract)
    except Image.DecompressionBombError as exc:
        raise AttachmentError(ErrorKind.BOMB, "the image is too large to read safely") from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise AttachmentError(ErrorKind.PARSER_ERROR, "the image could not be decoded") from exc


def _check_pixels(image: Image.Image) -> None:
    if image.width * image.height > MAX_OCR_PIXELS:
        raise AttachmentError(
            ErrorKind.BOMB,
            f"the image is {image.width} × {image.height} pixels, over the OCR limit of "
            f"{MAX_OCR_PIXELS // 1_000_000} million",
        )


def ocr_lines(
    image: Image.Image, *, timeout_s: float, tesseract: str = TESSERACT
) -> tuple[str, ...]:
    """The non-blank lines Tesseract reads in a decoded image, in its reading order."""
    program = shutil.which(tesseract)
    if program is None:
        raise AttachmentError(
            ErrorKind.OCR_UNAVAILABLE,
            "the text is only an image and Tesseract OCR is not installed",
        )
    import numpy as np

    from parsers.scan_boxes import find_boxes

    _check_pixels(image)
    gray = np.asarray(image.convert("L"), dtype=np.uint8)
    boxes = find_boxes(gray)
    tsv = tesseract_tsv(
        unruled(Image.fromarray(without_boxes(gray, boxes))), program=program, timeout_s=timeout_s
    )
    # Tesseract prints a straight quote as a curly one as often as not: an image cannot say
    # which the form had, so OCR text carries the plain ASCII form.
    text = tsv.translate(_PLAIN_QUOTES)
    lines = page_lines(_tsv_words(text) + [_box_word(box) for box in boxes], edges=())
    return tuple(line.strip() for line in lines if line.strip())


def tesseract_tsv(image: Image.Image, *, program: str, timeout_s: float) -> str:
    """Tesseract's TSV (words with their boxes) for one image: the one place Tesseract is run
    and with which settings (`TESSERACT_ARGS`), so `benchmarks/bench_triage`'s baseline OCRs a
    scanned page exactly as the product does."""
    buffer = io.BytesIO()
    # PNG at the fastest compression, not raw pixels: Tesseract reads stdin a byte at a time,
    # and an A4 page at 300 dpi is 8.7 MB as a PPM (a stored, uncompressed PNG as slow) but
    # about 0.3 MB as a PNG. Lossless and with no resolution in it, as the PPM had none, so
    # Tesseract gets the same pixels and reads the same words; measured on a generated scan
    # (8 runs each, 2-core box): 1.64 → 1.28 s of CPU a page, Tesseract's peak 75 → 67 MB.
    image.save(buffer, format="PNG", compress_level=1)
    try:
        done = subprocess.run(  # a fixed argument list, no shell
            [program, "stdin", "stdout", *TESSERACT_ARGS, "tsv"],
            input=buffer.getvalue(),
            capture_output=True,
            timeout=timeout_s,
            check=False,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},  # one core: workers run side by side
        )
    except subprocess.TimeoutExpired as exc:
        raise AttachmentError(
            ErrorKind.TIMEOUT, f"OCR took longer than {timeout_s:g} seconds"
        ) from exc
    if done.returncode != 0:
        raise AttachmentError(ErrorKind.PARSER_ERROR, "Tesseract OCR could not read the image")
    return done.stdout.decode("utf-8", errors="replace")


def without_boxes(gray: npt.NDArray[np.uint8], boxes: list[Box]) -> npt.NDArray[np.uint8]:
    """The page with its tick boxes and the pen strokes that touch them whitened: the boxes are
    read by `parsers.scan_boxes` and written into the lines as glyphs, so Tesseract must not
    also read them ("O", "[X]", "M" before a label would be a second, wrong, reading)."""
    import numpy as np

    pixels = gray.copy()
    inked = gray < _FAINT  # the strokes' grey, anti-aliased rims too: a faint ghost is read
    for box in boxes:
        side = box.x1 - box.x0
        top, left = max(box.y0 - side, 0), max(box.x0 - side, 0)
        window = inked[top : box.y1 + side, left : box.x1 + side]
        ink = np.zeros_like(window)
        ink[box.y0 - top : box.y1 - top, box.x0 - left : box.x1 - left] = True
        ink &= window
        for step in range(3 * side):  # grow into the strokes that leave the box (a ✓ over it)
            grown = _grown(ink)
            if step >= 2:  # after two free steps (the rim beyond the box), only along ink
                grown &= window
            if np.array_equal(grown, ink):
                break
            ink = grown
        pixels[top : box.y1 + side, left : box.x1 + side][ink] = 255
    return pixels


def _grown(mask: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    grown = mask.copy()
    grown[1:] |= mask[:-1]
    grown[:-1] |= mask[1:]
    grown[:, 1:] |= mask[:, :-1]
    grown[:, :-1] |= mask[:, 1:]
    return grown


def _box_word(box: Box) -> Word:
    """A box as a word of the line model: its glyph where it stands, as tall as the box, so it
    falls on its label's line, before the label (the form model's `☒ Label`)."""
    middle = (box.y0 + box.y1) / 2
    size = (box.y1 - box.y0) * 1.6  # as `_tsv_words` sizes a line: 1.6 of its height
    return Word(text=box.glyph, x0=box.x0, x1=box.x1, top=middle - 1, bottom=middle + 1, size=size)


def unruled(image: Image.Image) -> Image.Image:
    """The page with its ruled lines whitened: a scanned form is mostly a table, and Tesseract
    reads a cell's text run into its borders as noise ("Pec ee" for "Date of conference",
    issue 11, set e). A run of dark pixels longer than a word — `_RULE_FRACTION` of the page
    across, or down — is a rule, never a letter."""
    import numpy as np

    pixels = np.asarray(image, dtype=np.uint8).copy()
    dark = pixels < _DARK
    for grid, fraction in ((pixels, _RULE_FRACTION), (pixels.T, _RULE_FRACTION / 2)):
        marks = dark if grid is pixels else dark.T
        # at least _RULE_PIXELS (a third of an inch at 300 dpi): taller than a heading's letters
        longest = max(int(marks.shape[1] * fraction), _RULE_PIXELS)
        for index in np.flatnonzero(marks.sum(axis=1) >= longest):
            edges = np.diff(np.concatenate(([0], marks[index].astype(np.int8), [0])))
            for start, end in zip(
                np.flatnonzero(edges == 1), np.flatnonzero(edges == -1), strict=True
            ):
                if end - start >= longest:
                    grid[index, start:end] = 255
    return Image.fromarray(pixels)


def _tsv_words(tsv: str) -> list[Word]:
    """Tesseract's words with their boxes, for the same line model as a text PDF's
    (`parsers.pdf_layout.page_lines`): a wide gap between words is a cell break (TAB), so a
    scanned table's label and value stay apart as they do in a typed form."""
    rows = list(csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows:
        return []
    head = rows[0]
    cells = [dict(zip(head, row, strict=False)) for row in rows[1:]]
    heights: dict[tuple[str, ...], int] = {}  # the tallest word of each of Tesseract's lines
    for cell in cells:
        if cell.get("level") == "5" and cell.get("text", "").strip():
            key = _line_key(cell)
            heights[key] = max(heights.get(key, 0), int(cell["height"]))
    words: list[Word] = []
    for cell in cells:
        # a rule's stub beside a word; a closing apostrophe is kept ("the offenders' register")
        text = cell.get("text", "").strip().lstrip(_EDGE_DEBRIS).rstrip('|"”`')
        if cell.get("level") != "5" or not text or _RULE_DEBRIS.fullmatch(text):
            continue
        x, y, w, h = (int(cell[k]) for k in ("left", "top", "width", "height"))
        # a word box is about a letter's height (a dash's is a few pixels): the size is its
        # line's tallest word's, and a font's size is about 1.6 of that
        size = heights.get(_line_key(cell), h) * 1.6
        middle = y + h / 2
        words.append(Word(text=text, x0=x, x1=x + w, top=middle - 1, bottom=middle + 1, size=size))
    return words


def _line_key(cell: dict[str, str]) -> tuple[str, ...]:
    return (cell.get("block_num", ""), cell.get("par_num", ""), cell.get("line_num", ""))


_DARK = 140
_FAINT = 215
_RULE_FRACTION = 0.04
_RULE_PIXELS = 100
_EDGE_DEBRIS = "'\"|‘’“”`"
_RULE_DEBRIS = re.compile(r"[|]+|[—–\-=_~]{2,}|[‘'`.,:;!]+")  # a lone "-" is a dash


_PLAIN_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
