"""The case text behind a task, with the evidence marked in it; the original's attachments.

The store seals the evidence quotes and their locations, but a supervisor must see each quote
*in its place* to judge it (issue 6; DESIGN.md "Every suggestion explains itself"). The pages
are the text the parsers read when the message was filed, kept sealed beside the task
(`tasks.readtext`): nothing is parsed again for a view, so a message of scanned pages costs a
view no OCR (issue 12 item 2). A task filed before the text was kept shows the stored quotes
alone and says so. The attachments listed for download come from the original in the vault
(`parsers.mime.attachments`: the parsers' own MIME walk, no parsing of their content).

Quotes are matched with white space folded, as the triage folded them (`triage.records.Evidence`).
The form's printed guidance, help and examples (`parsers.guidance`) are shown as such — set apart,
never as evidence — and the marks that wrap them in the text are not shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from parsers.guidance import parts
from tasks.readtext import ReadPage as Page

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    location: str
    kind: str  # "met" (counted for a criterion) or "ignored" (negated, historical, …)
    label: str  # the criterion id, and the context for an ignored mention


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    kind: str | None = None
    label: str | None = None


@dataclass(frozen=True, slots=True)
class ShownPage:
    location: str
    segments: tuple[Segment, ...]
    marks: int


def mark_pages(
    pages: Sequence[Page], quotes: Sequence[Quote]
) -> tuple[list[ShownPage], list[Quote]]:
    """Each page split into plain and marked segments, and the quotes found nowhere."""
    shown, unplaced = [], []
    spans: dict[int, list[tuple[int, int, Quote]]] = {i: [] for i in range(len(pages))}
    for quote in quotes:
        hits = _place(pages, quote)
        if not hits:
            unplaced.append(quote)
        for page_index, start, end in hits:
            spans[page_index].append((start, end, quote))
    for i, page in enumerate(pages):
        segments = _with_guidance(_segments(page.text, spans[i]))
        marks = sum(1 for s in segments if s.kind in ("met", "ignored"))
        shown.append(ShownPage(page.location, segments, marks=marks))
    return shown, unplaced


def _place(pages: Sequence[Page], quote: Quote) -> list[tuple[int, int, int]]:
    """(page, start, end) in the page's own text, preferring pages at the quote's location."""
    wanted = _fold(quote.text)
    if not wanted:
        return []
    order = sorted(range(len(pages)), key=lambda i: pages[i].location != quote.location)
    for i in order:
        hits = _find(pages[i].text, wanted)
        if hits:
            return [(i, s, e) for s, e in hits]
    return []


def _find(text: str, wanted: str) -> list[tuple[int, int]]:
    folded, origin = [], []
    for match in re.finditer(r"\S+|\s+", text):
        piece = match.group()
        if piece.isspace():
            folded.append(" ")
            origin.append(match.start())
        else:
            folded.extend(piece)
            origin.extend(range(match.start(), match.end()))
    haystack = "".join(folded)
    needle = wanted
    if len(haystack.lower()) == len(haystack) and len(needle.lower()) == len(needle):
        haystack, needle = haystack.lower(), needle.lower()
    hits, at = [], haystack.find(needle)
    while at >= 0:
        hits.append((origin[at], origin[at + len(needle) - 1] + 1))
        at = haystack.find(needle, at + len(needle))
    return hits


def _segments(text: str, spans: list[tuple[int, int, Quote]]) -> tuple[Segment, ...]:
    out: list[Segment] = []
    cursor = 0
    for start, end, quote in sorted(spans, key=lambda s: (s[0], s[2].kind != "met")):
        if end <= cursor:
            continue
        start = max(start, cursor)
        if start > cursor:
            out.append(Segment(text[cursor:start]))
        out.append(Segment(text[start:end], quote.kind, quote.label))
        cursor = end
    if cursor < len(text):
        out.append(Segment(text[cursor:]))
    return tuple(out)


GUIDANCE = "printed guidance: not read as a fact"


def _with_guidance(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """Plain text's guidance as segments of their own kind, the marks around it left out."""
    out: list[Segment] = []
    for segment in segments:
        if segment.kind is not None:
            out.append(segment)
            continue
        for piece, guide in parts(segment.text):
            if piece:
                out.append(Segment(piece, "guidance", GUIDANCE) if guide else Segment(piece))
    return tuple(out)


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
