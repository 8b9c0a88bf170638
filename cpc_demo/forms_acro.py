"""The AcroForm booking form (samples 01 and 05): labels printed, values only in text fields,
the tick box as two check-box widgets whose "on" state is `/Yes`."""

from __future__ import annotations

import random
import re

from reportlab.lib.colors import black, white
from reportlab.lib.utils import simpleSplit

from cpc_demo.content import Form
from cpc_demo.pdf_sheet import LEFT, RIGHT, Sheet


def _name(label: str, n: int) -> str:
    return f"{re.sub(r'[^A-Za-z0-9]+', '_', label)[:20]}_{n}"


class AcroSheet(Sheet):
    def __init__(self, form: Form) -> None:
        super().__init__(form)
        self.count = 0

    def field(self, label: str, value: str, *, x: float, width: float, lines: int = 1) -> None:
        self.count += 1
        height = 14 * lines + 4
        self.canvas.acroForm.textfield(
            name=_name(label, self.count), value=value, x=x, y=self.y - height, width=width,
            height=height, fontSize=9, borderWidth=0.5, borderColor=black, fillColor=white,
            textColor=black, fieldFlags="multiline" if lines > 1 else "",
        )  # fmt: skip

    def labelled(self, label: str, value: str, *, show: bool = True) -> None:
        indent = 170 if show else 0
        lines = sum(
            max(1, len(simpleSplit(p, "Helvetica", 9, RIGHT - LEFT - indent - 10)))
            for p in value.split("\n")
        )
        self.need(14 * lines + 8)
        if show:
            self.canvas.setFont("Helvetica", 9)
            self.canvas.drawString(LEFT, self.y - 12, label)
        self.field(label, value, x=LEFT + indent, width=RIGHT - LEFT - indent, lines=lines)
        self.y -= 14 * lines + 8

    def table(self, head: tuple[str, ...], rows: list[tuple[str, ...]], prefix: str) -> None:
        width = (RIGHT - LEFT) / len(head)
        self.need(16)
        self.canvas.setFont("Helvetica-Bold", 9)
        for n, h in enumerate(head):
            self.canvas.drawString(LEFT + n * width, self.y - 10, h)
        self.y -= 16
        for r, row in enumerate(rows):
            self.need(22)
            for n, cell in enumerate(row):
                self.field(f"{prefix}_{r}_{n}", cell, x=LEFT + n * width, width=width - 4)
            self.y -= 22

    def checkbox(self, label: str, name: str, checked: bool) -> None:
        self.need(20)
        self.canvas.acroForm.checkbox(
            name=name, x=LEFT, y=self.y - 14, size=12, checked=checked, buttonStyle="cross",
            borderWidth=0.5, borderColor=black, fillColor=white,
        )  # fmt: skip
        self.canvas.setFont("Helvetica", 10)
        self.canvas.drawString(LEFT + 20, self.y - 11, label)
        self.y -= 20


def render_acroform(form: Form, rng: random.Random) -> tuple[bytes, list[str]]:
    sheet = AcroSheet(form)
    if form.marking:
        sheet.text(form.marking, size=9, bold=True)
    sheet.text(form.title, size=14, bold=True)
    sheet.text(form.org, size=9)
    sheet.text("Conference details", bold=True)
    for label, value in form.details:
        sheet.labelled(label, value)
    sheet.text("Child(ren) subject of the conference", bold=True)
    sheet.table(form.children_head, form.children, "Child")
    sheet.text("Parents, carers and significant adults", bold=True)
    sheet.table(form.adults_head, form.adults, "Adult")
    if form.tick != "absent":
        question, required, report = form.tick_words
        sheet.text(question, bold=True)
        sheet.checkbox(required, "police_attend", form.tick in ("required", "both"))
        sheet.checkbox(report, "police_report", form.tick in ("report", "both"))
    for heading, paragraphs in form.sections:
        sheet.text(heading, bold=True)
        sheet.labelled(heading, "\n\n".join(paragraphs), show=False)
    for label, value in form.completed:
        sheet.labelled(label, value)
    extra = [f"Page {n}" for n in range(1, sheet.page + 1)]
    extra += ["Conference details", "Child(ren) subject of the conference",
              "Parents, carers and significant adults"]  # fmt: skip
    return sheet.finish(), extra
