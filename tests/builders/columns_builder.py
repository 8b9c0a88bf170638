"""PDF booking forms laid out in two columns, and two-column tables that are not columns.

Built with reportlab's platypus: two `Frame`s side by side make two flowing columns (the
layout of first-sight set e, issue 11); a `Table` of label | value rows is one table whatever
its gutter. Everything is invented.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

WIDTH, HEIGHT = A4
MARGIN = 50.0

#: The left column: a conference-details section, each label above its value.
DETAILS: tuple[tuple[str, str], ...] = (
    ("Type of conference", "Initial Child Protection Conference"),
    ("Date of conference", "Tuesday 1 December 2026"),
    ("Time", "10.00am"),
    ("Venue", "Wakefield One, Burton Street, Wakefield"),
    ("Chair", "Rizwana Akhtar"),
    ("Reference", "CD729334"),
    ("Category", "Sexual abuse (risk of)"),
    ("Parents informed", "Yes"),
    ("Lead agency", "Children's Social Care"),
)
#: The right column: the police section and more of the reason.
POLICE: tuple[str, ...] = (
    "Section D - Police",
    "West Yorkshire Police request:",
    "Attendance required",
    "Written report only",
)
REASON = (
    "The maternal grandfather visits the home daily and is managed under MAPPA category 1. "
    "Ms Moss has allowed unsupervised contact and says she did not know his conditions."
)


def two_column_form(
    *, gutter: float = 30.0, font: str = "Helvetica", size: float = 10.0, table_after: bool = False
) -> bytes:
    """Page 1: conference details flow down the left frame, the police section and the reason
    down the right one; with `table_after`, a full-width ruled table of professionals below."""
    styles = _styles(font, size)
    column = (WIDTH - 2 * MARGIN - gutter) / 2
    top_height = 430.0
    top = HEIGHT - MARGIN - top_height
    frames = [
        Frame(MARGIN, top, column, top_height, id="left", showBoundary=0),
        Frame(MARGIN + column + gutter, top, column, top_height, id="right", showBoundary=0),
        Frame(MARGIN, MARGIN, WIDTH - 2 * MARGIN, top - MARGIN, id="below", showBoundary=0),
    ]
    story: list[Flowable] = [Paragraph("Section A - Conference details", styles["heading"])]
    for label, value in DETAILS:
        story += [Paragraph(label, styles["label"]), Paragraph(value, styles["value"])]
    story.append(FrameBreak())
    story += [Paragraph(REASON, styles["value"]), Spacer(1, 9)]
    story += [Paragraph(POLICE[0], styles["heading"]), Paragraph(POLICE[1], styles["label"])]
    story += [Paragraph(line, styles["option"]) for line in POLICE[2:]]
    story.append(FrameBreak())
    if table_after:
        story += [
            Paragraph("Section C - Professionals invited", styles["heading"]),
            _table(
                [
                    ("Name", "Role", "Agency"),
                    ("Joanne Bell", "Health visitor", "NHS Trust"),
                    ("Sarah Lodge", "DSL", "Lupset Primary Academy"),
                ],
                font=font,
                size=size,
                ruled=True,
            ),
        ]
    return _build(frames, story)


def two_column_table(*, gutter: float = 30.0, ruled: bool = False, size: float = 10.0) -> bytes:
    """One label | value table, values wrapping over several lines: rows, never two columns."""
    rows = [
        (label, f"{value}. {REASON}" if label == "Venue" else value) for label, value in DETAILS
    ]
    frame = Frame(MARGIN, MARGIN, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN, id="all")
    label_width = 150.0
    table = _table(rows, font="Helvetica", size=size, ruled=ruled,
                   widths=(label_width, WIDTH - 2 * MARGIN - label_width - gutter))  # fmt: skip
    return _build([frame], [table])


def _table(
    rows: Sequence[Sequence[str]],
    *,
    font: str,
    size: float,
    ruled: bool,
    widths: Sequence[float] | None = None,
) -> Table:
    style = ParagraphStyle("cell", fontName=font, fontSize=size, leading=size * 1.2)
    table = Table(
        [[Paragraph(cell, style) for cell in row] for row in rows],
        colWidths=list(widths) if widths else None,
    )
    commands: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    table.setStyle(TableStyle(commands))
    return table


def _styles(font: str, size: float) -> dict[str, ParagraphStyle]:
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
    return {
        "heading": ParagraphStyle(
            "heading",
            fontName=bold.get(font, font),
            fontSize=size + 1,
            leading=size * 1.5,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.4,
        ),
        "label": ParagraphStyle(
            "label",
            fontName=bold.get(font, font),
            fontSize=size,
            leading=size * 1.2,
            spaceBefore=size * 0.5,
        ),
        "value": ParagraphStyle("value", fontName=font, fontSize=size, leading=size * 1.2),
        "option": ParagraphStyle(
            "option",
            fontName=font,
            fontSize=size,
            leading=size * 1.2,
            leftIndent=size * 1.5,
            spaceBefore=size * 0.3,
        ),
    }


def _build(frames: list[Frame], story: list[Flowable]) -> bytes:
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, title="Booking form", author="", subject="")
    doc.addPageTemplates([PageTemplate(id="page", frames=frames)])
    doc.build(story)
    return buffer.getvalue()


def divided_form(*, divider: bool = True, bars: bool = True) -> bytes:
    """A canvas-drawn form in two columns, each column's lines on its own pitch: a thin rule
    down the middle of the gutter (a "line between columns") and a shaded bar behind each
    section heading, whose left side stands at the edge of the gutter (set n layout 66)."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    gutter, column = 24.0, (WIDTH - 2 * MARGIN - 24.0) / 2
    left, right = MARGIN, MARGIN + column + gutter
    top = HEIGHT - 120
    if divider:
        page.setLineWidth(0.5)
        page.line(left + column + gutter / 2, 60, left + column + gutter / 2, top + 10)
    sides = (
        (left, 11.0, ("Section A - The family", *FAMILY_LINES)),
        (right, 13.0, ("Section B - The conference", *CONFERENCE_LINES)),
    )
    for x, pitch, lines in sides:
        y = top
        for index, text in enumerate(lines):
            if index == 0 and bars:
                page.setFillGray(0.85)
                page.rect(x, y - 4, column, 14, stroke=0, fill=1)
                page.setFillGray(0)
            page.setFont("Helvetica-Bold" if index == 0 else "Helvetica", 9)
            page.drawString(x, y, text)
            y -= pitch
    page.showPage()
    page.save()
    return buffer.getvalue()


FAMILY_LINES = (
    "Children",
    "Maisie Holroyd - DOB 04/04/2017",
    "Alfie Holroyd - DOB 19/09/2020",
    "Adults",
    "Karen Holroyd - mother",
    "Home address",
    "12 Lee Mount Road, Halifax",
    "Reason",
    "Maisie was seen with a bruise on",
    "her cheek at school on Monday.",
    "Alfie was not brought to nursery.",
)
CONFERENCE_LINES = (
    "Date",
    "Thursday 7 January 2027",
    "Time",
    "10.30am",
    "Police request",
    "Attendance required",
    "Chair",
    "Nadia Farooq",
    "Venue",
    "Northgate House",
)


#: Labels that wrap onto two lines in a 130 pt column, each beside a one-line value.
LONG_LABELS: tuple[tuple[str, str], ...] = (
    ("Type of child protection conference", "Initial"),
    ("Date of the conference requested", "Tuesday 1 December 2026"),
    ("Time the conference will start", "10.00am"),
    ("Venue where the conference is held", "Wakefield One"),
    ("Name of the conference chair", "Rizwana Akhtar"),
    ("Category of abuse or neglect", "Sexual abuse (risk of)"),
)


def cell_boxed_table() -> bytes:
    """A label | value table whose cells are each boxed on their own ("BOX" per cell, as a
    word processor saved to PDF draws them): the row rules are segments meeting at the edge
    between label and value, none crossing the gap on its own. The values are centred in
    their rows, so a one-line value beside a two-line label sits between the label's lines,
    off its grid as a flowing column's lines would be: here only the rules say it is a table
    (without them its rows are read as two columns)."""
    rows = [row for pair in zip(LONG_LABELS, DETAILS, strict=False) for row in pair]
    style = ParagraphStyle("cell", fontName="Helvetica", fontSize=10, leading=12)
    table = Table([[Paragraph(cell, style) for cell in row] for row in rows],
                  colWidths=[130.0, 300.0])  # fmt: skip
    commands: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    commands += [
        ("BOX", (column, row), (column, row), 0.5, "black")
        for row in range(len(rows))
        for column in range(2)
    ]
    table.setStyle(TableStyle(commands))
    frame = Frame(MARGIN, MARGIN, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN, id="all")
    return _build([frame], [table])
