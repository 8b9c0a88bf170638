"""The audit report as HTML with inline SVG charts (no JavaScript), and as PDF with WeasyPrint.

Charts are drawn here as SVG rectangles and text, where a picture reads better than a table:
notice compliance and report timeliness per district (stacked bars) and the time from arrival
to decision (a histogram). Every chart has its table beside it, and a `<title>`/`aria-label`
for screen readers. Labels are escaped (district names come from configuration, but still).

PDF: WeasyPrint (BSD, pure Python on Pango; no network — `url_fetcher` refuses every URL, the
report has no external resources anyway). It is optional: `render_pdf` raises
`PdfUnavailable` if it is not installed, and the HTML is the report of record.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from markupsafe import Markup, escape

from desk.digest_render import environment
from desk.errors import DeskError
from desk.report import KINDS, MonthFigures
from parsers.records import LONDON

WIDTH, BAR, GAP, LABEL = 640, 18, 8, 150
PALETTE = ("#1b7a3a", "#c0392b", "#7f8c8d", "#2c5d8f")
MARKING = "OFFICIAL-SENSITIVE"


class PdfUnavailable(DeskError, RuntimeError):
    """WeasyPrint is not installed (or its system libraries are missing)."""


def stacked_bars(
    rows: Sequence[tuple[str, Sequence[int]]], *, series: Sequence[str], title: str
) -> Markup:
    """One horizontal bar per row, split into `series`, scaled to the largest row total."""
    biggest = max((sum(v) for _, v in rows), default=0) or 1
    height = len(rows) * (BAR + GAP) + 40
    parts = [_svg_open(title, height)]
    for i, (label, values) in enumerate(rows):
        y = 30 + i * (BAR + GAP)
        parts.append(_text(0, y + BAR - 4, label))
        x = float(LABEL)
        for j, value in enumerate(values):
            w = (WIDTH - LABEL - 40) * value / biggest
            if w > 0:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{BAR}" '
                    f'fill="{PALETTE[j % len(PALETTE)]}"><title>{escape(series[j])}: '
                    f"{value}</title></rect>"
                )
            x += w
        parts.append(_text(x + 4, y + BAR - 4, str(sum(values))))
    legend = "".join(
        f'<rect x="{LABEL + j * 130}" y="6" width="10" height="10" '
        f'fill="{PALETTE[j % len(PALETTE)]}"/>' + _text(LABEL + j * 130 + 14, 15, name)
        for j, name in enumerate(series)
    )
    parts.append(legend + "</svg>")
    return Markup("".join(parts))  # noqa: S704 - every label went through escape() above


def render_report_html(figures: MonthFigures, *, generated_at: datetime) -> str:
    """The whole report as one self-contained HTML document."""
    rows = figures.districts
    context: dict[str, Any] = {
        "marking": MARKING,
        "f": figures,
        "kinds": KINDS,
        "all_rows": (*rows, figures.total),
        "generated": f"{generated_at.astimezone(LONDON):%d %b %Y %H:%M} (London)",
        "as_of": f"{figures.as_of.astimezone(LONDON):%d %b %Y}",
        "pct": _pct,
        "notice_chart": stacked_bars(
            [(r.district, (r.notice_ok, r.notice_late, r.notice_unknown)) for r in rows],
            series=("enough notice", "late notice", "unknown"),
            title="Notice given, by district",
        ),
        "reports_chart": stacked_bars(
            [
                (
                    r.district,
                    (r.reports_on_time, r.reports_late, r.reports_overdue, r.reports_pending),
                )
                for r in rows
            ],
            series=("on time", "late", "overdue", "not yet due"),
            title="Written reports, by district",
        ),
        "delay_chart": stacked_bars(
            [(label, (count,)) for label, count in figures.delay_buckets],
            series=("decisions",),
            title="Time from arrival to decision",
        ),
    }
    return environment().get_template("report.html.j2").render(context)


def render_pdf(html: str) -> bytes:
    """The HTML as PDF, offline; `PdfUnavailable` if WeasyPrint cannot be used here."""
    try:
        with warnings.catch_warnings():
            # WeasyPrint warns at import when HarfBuzz-subset is missing (fonts are not subset)
            warnings.simplefilter("ignore", DeprecationWarning)
            import weasyprint  # type: ignore[import-untyped]
    except (ImportError, OSError) as exc:
        raise PdfUnavailable(f"PDF needs WeasyPrint: {type(exc).__name__}") from exc
    pdf = weasyprint.HTML(string=html, url_fetcher=_no_fetch).write_pdf()
    assert isinstance(pdf, bytes)
    return pdf


def _no_fetch(url: str, *args: object, **kwargs: object) -> dict[str, Any]:
    raise ValueError("the report fetches nothing")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"


def _svg_open(title: str, height: int) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(title)}" '
        f'width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
        f'font-family="Arial, sans-serif" font-size="12"><title>{escape(title)}</title>'
    )


def _text(x: float, y: float, text: str) -> str:
    return f'<text x="{x:.1f}" y="{y}">{escape(text)}</text>'
