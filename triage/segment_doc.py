"""One segment of a page read for the criteria: its concepts, sentences, contexts and neighbours.

`triage.criteria` reads every segment (a line, a cell, a paragraph) of a page into a `SegmentDoc`
and asks it where concepts stand, how each is read in context (`triage.context`), which other
segments of the page tell the same story (a PDF or a mailer breaks one paragraph into lines, a
chronology tells one story over rows) and what verbatim evidence to quote. The criterion rules
that ask those questions live in `triage.criteria`, `triage.investigations` and
`triage.core_group`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from spacy.tokens import Doc, Span

from triage.context import Reading, SentenceContext, cell_date, read_context
from triage.job_titles import job_title
from triage.nlp import Nlp
from triage.records import Context, Criterion, Evidence, Mention
from triage.segments import Segment

MAX_QUOTE = 300
AFFIRMED = Reading(Context.AFFIRMED, None)
TEMPLATE = Reading(Context.TEMPLATE, "☐")
GUIDANCE = Reading(Context.TEMPLATE, "printed guidance")
ASIDE = Reading(Context.TEMPLATE, "signature, notice or slogan")
ROLE = Reading(Context.TEMPLATE, "job title or team name")
#: Events with a time, which an earlier conference's minutes put in the past (`triage.earlier`);
#: a status (RSO) or the plan's membership (core group) those minutes record is not past.
EVENTS = frozenset({"investigation", "police_protection"})
EARLIER = "minutes of an earlier conference"


@dataclass(frozen=True)
class SegmentDoc:
    """One segment read: its concepts, sentences and contexts, and its page's other segments."""

    doc: Doc
    segment: Segment
    concepts: dict[str, list[Span]]
    sentence_starts: tuple[int, ...]
    first: int  # the page-wide number of its first sentence
    page: list[SegmentDoc]  # every segment of the page, this one included, in order
    nlp: Nlp
    reference: date | None
    section: int = 0  # the page's form section (a heading starts the next one)
    place: int = 0  # its index in `page`
    earlier: bool = False  # in the minutes of an earlier conference (`triage.earlier`)

    @cached_property
    def context(self) -> SentenceContext:
        """Read only for a segment with a concept to judge: most segments (a label, a date, a
        name) have none, and their triggers and old dates would be read for nothing."""
        return read_context(self.nlp, self.doc[:], reference=self.reference)

    def spans(self, concept: str) -> list[Span]:
        return self.concepts.get(concept, [])

    def read(self, span: Span, concept: str) -> Reading:
        if self.segment.ticked is False:
            if self.segment.aside:
                return ASIDE
            return GUIDANCE if self.segment.guidance else TEMPLATE
        if concept in self.nlp.role_concepts and job_title(span, heads=self.nlp.role_heads):
            return ROLE
        reading = self.context.read(span, concept=concept)
        if reading.context is Context.AFFIRMED and self.row_past is not None:
            return Reading(Context.HISTORICAL, self.row_past)
        if (
            reading.context is Context.AFFIRMED
            and concept not in self.nlp.statuses
            and self.label_past is not None
            and span.start_char > self._label_end
        ):
            return Reading(Context.HISTORICAL, self.label_past)
        if reading.context is Context.AFFIRMED and concept == "investigation" and self.closed_below:
            return Reading(Context.HISTORICAL, self.closed_below)
        if (
            reading.context is Context.AFFIRMED
            and self.earlier
            and concept in EVENTS
            and not self.context.is_current(span, concept=concept)
        ):
            return Reading(Context.HISTORICAL, EARLIER)
        return reading

    @cached_property
    def closed_below(self) -> str | None:
        """A later row of this cell's chronology that closes a police matter ("21/08/2026 |
        Police outcome: NFA | Closed") puts an investigation in an earlier row in the past
        (issue 11, set f: "15/03/2026 | Mr Miah arrested, RUI" was read as current)."""
        return self.page[0]._closings[self.place] if self.segment.row else None

    @cached_property
    def _closings(self) -> list[str | None]:
        """For each segment of the page (kept on its first), the closing outcome of the
        nearest later row of its chronology: one pass up the page, not a walk down from each
        row (a long printout is thousands of rows)."""
        below: str | None = None
        out: list[str | None] = [None] * len(self.page)
        for other in reversed(self.page):
            if not other.segment.row:
                below = None  # the chronology ended
                continue
            out[other.place] = below
            closing = self.nlp.past_words.search(other.segment.text)
            if closing and (other.spans("police") or other.spans("investigation")):
                below = closing.group(0)
        return out

    def row_names(self, concept: str) -> bool:
        """Whether a cell of this cell's chronology row names `concept`, on any of the lines a
        printout wrapped the row onto ("Shanice Campbell interviewed under caution by DC" /
        "Farhan Aslam on suspicion of child cruelty (wilful" / "neglect) and released under
        investigation.": issue 11, set f). Every cell of a row carries the row's date first."""
        if not self.segment.row:
            return False
        owner = self.page[0]  # the rows naming each concept, found once per page
        if concept not in owner._rows_naming:
            owner._rows_naming[concept] = frozenset(
                other.segment.row[0]
                for other in self.page
                if other.segment.row and other.spans(concept)
            )
        return self.segment.row[0] in owner._rows_naming[concept]

    @cached_property
    def _rows_naming(self) -> dict[str, frozenset[str]]:
        return {}

    @cached_property
    def row_past(self) -> str | None:
        """The cell of this cell's table row that puts its event in the past: an outcome that
        closed it ("NFA", "Closed") or a date older than the historical limit — a chronology
        row "19/06/2023 | Kashif arrested for ABH | NFA" (issue 11, set f: a 2023 arrest in a
        case-system printout read as a current investigation)."""
        for cell in self.segment.row:
            if self.nlp.past_words.search(cell):
                return cell
            if len(cell.strip()) <= 24 and self.reference is not None:
                when = cell_date(cell, reference=self.reference)
                limit = self.reference - timedelta(days=self.nlp.historical_after_days)
                if when is not None and when < limit:
                    return cell
        return None

    @cached_property
    def _label_match(self) -> re.Match[str] | None:
        return _LABEL_PART.match(self.segment.text)

    @cached_property
    def _label_end(self) -> int:
        return self._label_match.end() if self._label_match else -1

    @cached_property
    def label_past(self) -> str | None:
        """An old date in the label of a "label: value" line dates all its value, as a
        chronology's date cell does its row: "- Occ 13/200817/0091 (2020): arrested on suspicion
        …; interviewed by SGU; charged." (issue 11, set u: "charged", past the ";", read as a
        current investigation)."""
        if self._label_match is None or self.reference is None:
            return None
        label = self._label_match.group(1)
        when = cell_date(label, reference=self.reference)
        limit = self.reference - timedelta(days=self.nlp.historical_after_days)
        return label.strip() if when is not None and when < limit else None

    def index(self, span: Span) -> int:
        return self.sentence_starts.index(span.sent.start)

    def in_sentences(self, concept: str, indexes: Iterable[int]) -> list[Span]:
        wanted = set(indexes)
        return [s for s in self.spans(concept) if self.index(s) in wanted]

    @cached_property
    def investigation_spans(self) -> list[Span]:
        """Read by the investigations and again by who they are about (`attributed`)."""
        return find_investigation_spans(self)

    def evidence(self, span: Span) -> Evidence:
        return Evidence(quote=quote(span, self.segment.text), location=self.segment.location)

    def later_in_story(self, concept: str, span: Span) -> list[tuple[SegmentDoc, Span]]:
        """Spans of `concept` from `span`'s sentence to the end of its form section, and in the
        prose of the section after it (issue 11: "closed with NFA …" then, sentences later or
        under the next heading — "Danger" / "Harm" in a Signs of Safety form — "the risk is now
        escalating": one story told across a heading). A chronology's later rows are other
        stories ("11/12/2025 | GP - alcohol use increasing")."""
        at = self.first + self.index(span)
        found: list[PageSpan] = []
        for entry in self._page_spans(concept)[bisect_left(self._page_keys(concept), at) :]:
            if entry.doc.section > self.section + 1:
                break  # sections only grow along the page
            if entry.doc.section == self.section or not entry.doc.segment.row:
                found.append(entry)
        return [(entry.doc, entry.span) for entry in sorted(found, key=in_page_order)]

    def near(
        self, concept: str, span: Span, *, before: int, after: int
    ) -> list[tuple[SegmentDoc, Span]]:
        """Spans of `concept` within sentences `before`..`after` of `span`'s, across segments
        of the same page: a PDF or a mailer often breaks a paragraph into separate lines.

        Looked up in the page's spans sorted by sentence (`_page_spans`), not by walking the
        page: a 1,500-line page of criterion words cost 12 s of quadratic walking (issue 15)."""
        at = self.first + self.index(span)
        keys = self._page_keys(concept)
        entries = self._page_spans(concept)[
            bisect_left(keys, at - before) : bisect_right(keys, at + after)
        ]
        ordered = sorted(entries, key=in_page_order)
        return [(entry.doc, entry.span) for entry in ordered]

    def _page_spans(self, concept: str) -> list[PageSpan]:
        """Every span of `concept` on this segment's page, sorted by page-wide sentence,
        built once per page and concept (kept on the page's first segment)."""
        owner = self.page[0]
        if owner is not self:
            return owner._page_spans(concept)
        cache = self._page_index
        if concept not in cache:
            entries = [
                PageSpan(other.first + other.index(found), order, place, other, found)
                for order, other in enumerate(self.page)
                for place, found in enumerate(other.spans(concept))
            ]
            entries.sort(key=lambda e: (e.sentence, e.order, e.place))
            cache[concept] = (entries, [e.sentence for e in entries])
        return cache[concept][0]

    def _page_keys(self, concept: str) -> list[int]:
        self._page_spans(concept)
        return self.page[0]._page_index[concept][1]

    @cached_property
    def _page_index(self) -> dict[str, tuple[list[PageSpan], list[int]]]:
        return {}


@dataclass(frozen=True, slots=True)
class PageSpan:
    """A span of a page in `SegmentDoc._page_spans`: its page-wide sentence, its segment's place on
    the page and its own place in the segment (the order the walk used to give)."""

    sentence: int
    order: int
    place: int
    doc: SegmentDoc
    span: Span


#: A line's label: up to its first colon, short, before a value.
_LABEL_PART = re.compile(r"^([^:\n]{1,60}):\s+\S")


def in_page_order(entry: PageSpan) -> tuple[int, int]:
    return entry.order, entry.place


def mention(d: SegmentDoc, criterion: Criterion, reading: Reading, span: Span) -> Mention:
    return Mention(criterion, reading.context, d.evidence(span), reading.trigger)


def find_investigation_spans(d: SegmentDoc) -> list[Span]:
    strong = [*d.spans("investigation"), *d.spans("investigation_support")]
    police = {d.index(s) for s in d.spans("police")}
    # a crime named beside it makes an investigation the police's: only they investigate child
    # cruelty ("the safeguarding unit have opened a child cruelty investigation": set A)
    police |= {d.index(s) for s in d.spans("neglect_crime") if _CRIME.search(s.text)}
    excluded = {d.index(s) for s in d.spans("not_police_investigation")}
    weak = [
        s
        for s in d.spans("investigation_weak")
        if d.index(s) in police and d.index(s) not in excluded
    ]
    covered = {t for s in strong for t in range(s.start, s.end)}
    # a plan's police action ("police actions: monitor bail") is no investigation; a sentence
    # that only names the core group is not such an action ("police were removed from the core
    # group because the earlier joint investigation … had been closed": set D, its
    # investigation lost)
    plan = {d.index(s) for s in d.spans("core_group") if "group" not in s.text.lower()}
    return [
        s for s in strong + [w for w in weak if w.start not in covered] if d.index(s) not in plan
    ]


#: The words of neglect that name the crime itself, not a plan's category of harm.
_CRIME = re.compile(r"cruelty|wil+ful|ill[- ]treatment|cypa|young\s+persons\s+act", re.I)


def quote(span: Span, original: str) -> str:
    """The sentence around `span`, verbatim from `original` (the doc's text before quotes were
    made plain); a long sentence is cut to a window around it."""
    sentence = span.sent
    if len(sentence.text) > MAX_QUOTE:
        start = max(sentence.start, span.start - 20)
        end = min(sentence.end, span.end + 20)
        sentence = span.doc[start:end]
    # a list's bullet is no word of the sentence ("- PC Lund to carry on her visits")
    return _BULLET.sub("", " ".join(original[sentence.start_char : sentence.end_char].split()))


_BULLET = re.compile(r"^[-–—•*·▪◦]\s+")
