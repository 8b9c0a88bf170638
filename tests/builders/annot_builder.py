"""Printed (non-AcroForm) booking forms answered afterwards, built for tests (issue 11).

- `printed_form`: labels on ruled rows and a police question with two drawn boxes, printed
  with reportlab; the answers, if any, printed in another font `offset` points off their
  labels' lines (text merged into the page later by a "Fill & Sign" tool);
- `with_annotations`: the same PDF with annotation dictionaries added to its page by pypdf:
  `free_text`, `ink`, `stamp` make the ones a viewer's tools write.

Geometry is in PDF user space (points from the bottom-left corner): `Form.rows` gives each
row's label baseline, `Form.boxes` each box's lower-left corner. Every wording is invented.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.builders.pdf_builder import REPORT, REQUIRED

LABELS: tuple[str, ...] = (
    "Type of conference",
    "Date of conference",
    "Time",
    "Venue",
    "Child",
    "Mother",
    "Father",
)
REASON = "Reason for conference"
QUESTION = "West Yorkshire Police (tick one)"
LEFT, VALUE_X, RULE_END, BOX = 50.0, 220.0, 545.0, 10.0


@dataclass(frozen=True, slots=True)
class Form:
    """A built form: its bytes and where things are on its page (user space)."""

    data: bytes
    rows: dict[str, float]  # label -> its baseline
    boxes: dict[str, tuple[float, float]] = field(default_factory=dict)  # option -> (x, y)
    reason_top: float = 0.0


def printed_form(
    values: dict[str, str] | None = None,
    *,
    offset: float = 0.0,
    reason: Sequence[str] = (),
    labels: Sequence[str] = LABELS,
) -> Form:
    """The form with `values` printed in Courier `offset` points above their labels' lines
    (below when negative), and the `reason` lines printed in its reason box."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawString(LEFT, A4[1] - 50, "CHILD PROTECTION CONFERENCE BOOKING FORM")
    rows: dict[str, float] = {}
    y = A4[1] - 90
    for label in labels:
        canvas.setFont("Helvetica", 9)
        canvas.drawString(LEFT, y, label)
        canvas.line(VALUE_X, y - 3, RULE_END, y - 3)
        if values and label in values:
            canvas.setFont("Courier", 9)
            canvas.drawString(VALUE_X + 7, y + offset, values[label])
        rows[label] = y
        y -= 20
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(LEFT, y, REASON)
    reason_top = y - 6
    canvas.rect(LEFT, reason_top - 70, RULE_END - LEFT, 70)
    canvas.setFont("Courier", 9)
    for i, line in enumerate(reason):
        canvas.drawString(LEFT + 8, reason_top - 12 - 11 * i, line)
    y = reason_top - 90
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(LEFT, y, QUESTION)
    y -= 18
    boxes = {REQUIRED: (LEFT + 10, y - 1), REPORT: (LEFT + 177, y - 1)}
    canvas.setFont("Helvetica", 9)
    for option, (x, box_y) in boxes.items():
        canvas.rect(x, box_y, BOX, BOX)
        canvas.drawString(x + 16, y, option)
    canvas.save()
    return Form(buffer.getvalue(), rows, boxes, reason_top)


def free_text(
    rect: Sequence[float],
    text: str | None,
    *,
    flags: int = 4,
    rich: str | None = None,
    size: float = 9,
) -> dict[str, Any]:
    """A FreeText annotation as a viewer's typewriter or comment tool writes it."""
    annot: dict[str, Any] = {
        "/Subtype": "/FreeText",
        "/Rect": list(rect),
        "/F": flags,
        "/DA": f"/Helv {size:g} Tf 0 0 0.6 rg",
    }
    if text is not None:
        annot["/Contents"] = text
    if rich is not None:
        annot["/RC"] = rich
    return annot


def value_at(form: Form, label: str, text: str, *, nudge: float = 0.0) -> dict[str, Any]:
    """A one-line FreeText answer on `label`'s row, `nudge` points above its line."""
    y = form.rows[label] - 4 + nudge
    return free_text([VALUE_X + 5, y, VALUE_X + 5 + 5.5 * len(text), y + 15], text)


def ink(points: Sequence[tuple[float, float]], *, flags: int = 4) -> dict[str, Any]:
    """An Ink annotation: one stroke through `points`, its /Rect padded as viewers pad it."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return {
        "/Subtype": "/Ink",
        "/Rect": [min(xs) - 2, min(ys) - 2, max(xs) + 2, max(ys) + 2],
        "/F": flags,
        "/InkList": [[c for p in points for c in p]],
    }


def tick_over(form: Form, option: str) -> dict[str, Any]:
    """A pen's tick over `option`'s box, overshooting it up and to the right."""
    x, y = form.boxes[option]
    return ink([(x + 1, y + 5), (x + 4, y + 1), (x + 15, y + 14)])


def stamp(rect: Sequence[float], *, name: str = "/Check") -> dict[str, Any]:
    return {"/Subtype": "/Stamp", "/Rect": list(rect), "/F": 4, "/Name": name}


def stamp_over(form: Form, option: str) -> dict[str, Any]:
    """A 16 x 18 pt check stamp laid half over `option`'s box (up and to the left)."""
    x, y = form.boxes[option]
    return stamp([x - 5, y + 3, x + 11, y + 21])


def with_annotations(data: bytes, annots: Sequence[dict[str, Any]]) -> bytes:
    """`data` with `annots` added to its first page."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[0]
    array = ArrayObject()
    for annot in annots:
        obj = DictionaryObject({NameObject("/Type"): NameObject("/Annot")})
        obj.update({NameObject(k): _pdf(v) for k, v in annot.items()})
        array.append(writer._add_object(obj))
    page[NameObject("/Annots")] = array
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _pdf(value: Any) -> PdfObject:
    if isinstance(value, PdfObject):
        return value
    if isinstance(value, str):
        return NameObject(value) if value.startswith("/") else TextStringObject(value)
    if isinstance(value, bool):
        raise TypeError("no booleans in these annotations")
    if isinstance(value, int):
        return NumberObject(value)
    if isinstance(value, float):
        return FloatObject(value)
    if isinstance(value, list | tuple):
        return ArrayObject(_pdf(v) for v in value)
    if isinstance(value, dict):
        return DictionaryObject({NameObject(k): _pdf(v) for k, v in value.items()})
    raise TypeError(type(value).__name__)
