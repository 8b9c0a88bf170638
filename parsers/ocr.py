"""Optical character recognition with Tesseract, for scanned pages and image attachments.

Tesseract runs as a child process (`tesseract stdin stdout`) with a timeout. It is called
directly rather than through pytesseract because pytesseract keeps the program's path in a
module global (`pytesseract.pytesseract.tesseract_cmd`): here the path is an argument, so a
test can name a missing program without changing state other code shares.

Errors (all `AttachmentError`, `parsers.errors`): Tesseract not installed → OCR_UNAVAILABLE;
slower than the timeout → TIMEOUT; an image too large to decode safely → BOMB; anything else
→ PARSER_ERROR.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess

from PIL import Image

from parsers.errors import AttachmentError
from parsers.records import ErrorKind

TESSERACT = "tesseract"
#: Pages are rendered for OCR at this resolution: Tesseract's accuracy drops below ~300 dpi
#: (tesseract-ocr docs, "Improving the quality of the output").
OCR_DPI = 300
#: The most pixels handed to Tesseract: an A4 page at 300 dpi is 8.7 million, A3 17.4 million.
#: Tesseract's memory grows with the pixels (400 MB peaks were seen on big scans, issue 15), so
#: an image or rendered page past this is refused as a bomb before it is decoded or converted.
MAX_OCR_PIXELS = 40_000_000


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
    _check_pixels(image)
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="PPM")  # uncompressed: fastest to write and read
    try:
        done = subprocess.run(  # a fixed argument list, no shell
            [program, "stdin", "stdout", "-l", "eng", "--psm", "3"],
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
    # Tesseract prints a straight quote as a curly one as often as not: an image cannot say
    # which the form had, so OCR text carries the plain ASCII form.
    text = done.stdout.decode("utf-8", errors="replace").translate(_PLAIN_QUOTES)
    return tuple(line.strip() for line in text.splitlines() if line.strip())


_PLAIN_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
