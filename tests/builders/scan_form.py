"""Scanned and photographed forms with tick boxes, drawn with Pillow for the box reader's tests.

A page is drawn straight (boxes, their labels, pen marks in any colour), then treated like a
scan: turned by a slight angle, blurred, and given grain. The builder knows where each box was
drawn and what was put in it, so a test can say what a reader should have found.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from tests.builders.pdf_builder import DEJAVU

Mark = Literal["none", "x", "tick", "fill", "faint", "heavy"]
#: Inks a pen or a printer leaves: black, blue and red biros, a dark grey felt tip.
INKS = {"black": (20, 20, 20), "blue": (25, 45, 170), "red": (190, 20, 20), "grey": (70, 70, 70)}


@dataclass(frozen=True, slots=True)
class Drawn:
    """One box as drawn, before the page was turned: its corner, side and what is in it."""

    x: int
    y: int
    side: int
    mark: Mark
    label: str


def font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = DEJAVU / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    return ImageFont.truetype(str(path), size) if path.exists() else ImageFont.load_default(size)


def draw_mark(
    draw: ImageDraw.ImageDraw, box: Drawn, *, ink: tuple[int, int, int], width: int
) -> None:
    """A pen mark as people make them: an X inside, a ✓ whose long arm leaves the box at its
    top right corner (or, "heavy", a thick one pressed onto its bottom and right edges), a
    filled square, or a faint short stroke (neither clearly there nor not)."""
    x0, y0, s = box.x, box.y, box.side
    x1, y1 = x0 + s, y0 + s
    m = max(3, s // 6)
    if box.mark == "x":
        draw.line((x0 + m, y0 + m, x1 - m, y1 - m), fill=ink, width=width)
        draw.line((x0 + m, y1 - m, x1 - m, y0 + m), fill=ink, width=width)
    elif box.mark == "tick":
        corner = (x0 + int(0.4 * s), y1 - int(0.2 * s))
        draw.line((x0 + int(0.2 * s), y0 + int(0.5 * s), *corner), fill=ink, width=width)
        draw.line((*corner, x1 + int(0.35 * s), y0 - int(0.45 * s)), fill=ink, width=width)
    elif box.mark == "heavy":  # a hasty felt-tip ✓: its point on the bottom edge, its long
        # arm up across the right side and over the top right corner (set l, layout 56)
        corner = (x0 + int(0.35 * s), y1 + 1)
        draw.line((x0 + int(0.08 * s), y0 + int(0.55 * s), *corner), fill=ink, width=s // 6)
        draw.line((*corner, x1 + int(0.25 * s), y0 - int(0.25 * s)), fill=ink, width=s // 6)
    elif box.mark == "fill":
        draw.rectangle((x0 + 2, y0 + 2, x1 - 2, y1 - 2), fill=ink)
    elif box.mark == "faint":
        middle, length = (y0 + y1) // 2, max(4, s // 5)
        draw.line((x0 + s // 2, middle, x0 + s // 2 + length, middle), fill=ink, width=2)


def form_image(
    boxes: list[Drawn],
    *,
    size: tuple[int, int] = (1654, 1200),
    ink: str = "blue",
    pen: int = 4,
    outline: int = 3,
    angle: float = 0.0,
    blur: float = 0.0,
    grain: float = 0.0,
    seed: int = 0,
    heading: str = "",
    text: Sequence[str] = (),
) -> Image.Image:
    """The page as an RGB image: a heading, lines of text, each box with its label to its
    right, the marks."""
    page = Image.new("RGB", size, (250, 250, 248))
    draw = ImageDraw.Draw(page)
    if heading:
        draw.text((80, 40), heading, fill=(0, 0, 0), font=font(44, bold=True))
    for n, line in enumerate(text):
        draw.text((80, 130 + 56 * n), line, fill=(0, 0, 0), font=font(34))
    for box in boxes:
        x1, y1 = box.x + box.side, box.y + box.side
        draw.rectangle((box.x, box.y, x1, y1), outline=(0, 0, 0), width=outline)
        text_size = max(14, int(box.side * 0.8))
        draw.text((x1 + box.side // 2, box.y), box.label, fill=(0, 0, 0), font=font(text_size))
    for box in boxes:
        if box.mark != "none":
            draw_mark(draw, box, ink=INKS[ink], width=pen)
    if angle:
        page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=(250, 250, 248))
    if blur:
        page = page.filter(ImageFilter.GaussianBlur(blur))
    if grain:
        pixels = np.asarray(page, dtype=np.float64)
        noise = np.random.default_rng(seed).normal(0.0, grain, pixels.shape[:2])[..., None]
        page = Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))
    return page


def turned(point: tuple[float, float], *, angle: float, size: tuple[int, int]) -> tuple[int, int]:
    """Where a point of the straight page lands once the page is turned by `angle` degrees
    (Pillow turns anticlockwise about the centre)."""
    cx, cy = size[0] / 2, size[1] / 2
    a = math.radians(angle)
    dx, dy = point[0] - cx, point[1] - cy
    return round(cx + dx * math.cos(a) + dy * math.sin(a)), round(
        cy - dx * math.sin(a) + dy * math.cos(a)
    )


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def police_boxes(attend: Mark, report: Mark, *, side: int = 44, top: int = 300) -> list[Drawn]:
    """The police question's two options one under the other, as booking forms print them."""
    return [
        Drawn(120, top, side, attend, "Police attendance required"),
        Drawn(120, top + 2 * side, side, report, "Written report sufficient"),
    ]


def shuffled_inks(seed: int) -> list[str]:
    inks = list(INKS)
    random.Random(seed).shuffle(inks)
    return inks


def searchable_scan_pdf(
    boxes: list[Drawn],
    *,
    text: Sequence[str] = (),
    heading: str = "",
    ink: str = "blue",
    angle: float = 0.5,
    dpi: int = 200,
    box_readings: Sequence[str] = (),
) -> bytes:
    """A multifunction printer's "searchable" scan: the page drawn by `form_image` at `dpi`
    (turned, blurred, grained), saved as a JPEG covering the whole A4 page, under an invisible
    text layer (text render mode 3) holding the printed words — the heading, the lines and
    the boxes' labels — but never the pen marks. `box_readings`, one per box, is what the
    OCR engine wrote where each box is ("" for nothing, "O", "☐"…)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    width, height = round(A4[0] / 72 * dpi), round(A4[1] / 72 * dpi)
    page = form_image(
        boxes, size=(width, height), ink=ink, angle=angle, blur=0.6, grain=6.0, seed=5,
        heading=heading, text=text,
    )  # fmt: skip
    jpeg = io.BytesIO()
    page.convert("L").save(jpeg, format="JPEG", quality=60)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 0, 0, A4[0], A4[1])
    scale = A4[0] / width  # points a pixel
    placed: list[tuple[float, float, str, float]] = []  # x, top, text, pixel size
    if heading:
        placed.append((80, 40, heading, 44))
    placed += [(80, 130 + 56 * n, line, 34) for n, line in enumerate(text)]
    for n, box in enumerate(boxes):
        label_size = max(14, int(box.side * 0.8))
        placed.append((box.x + box.side * 1.5, box.y, box.label, label_size))
        if n < len(box_readings) and box_readings[n]:
            placed.append((box.x, box.y, box_readings[n], box.side))
    for x, top, words, pixels in placed:
        line = canvas.beginText()
        line.setTextRenderMode(3)
        line.setFont("Helvetica", pixels * scale * 0.95)
        line.setTextOrigin(x * scale, A4[1] - (top + pixels * 0.8) * scale)
        line.textLine(words)
        canvas.drawText(line)
    canvas.save()
    return buffer.getvalue()
