"""Criteria detection: which POLICY.md criteria the text affirms, each with verbatim evidence.

The same for every district (POLICY.md "Detection and policy are separate steps"). Concepts are
found by the vocabulary's matchers, read in context (`triage.context`), and combined by the
criterion rules of POLICY.md "Criteria" and "Traps" and DOMAIN.md §3.1-3.7, §4.3:

- RSO, police protection and CSE stand alone; historical RSO or police protection, and a
  Schedule 1 / PPRC label, show `prior_unit_involvement` (POLICY.md; DOMAIN.md §3.1-3.2).
- An investigation marker (arrest, bail, RUI, ABE, joint s47, "police are investigating"; a bare
  "investigation"/"enquiries" only with police in the sentence and no strategy-discussion or
  single-agency wording) is current, or historical (NFA, closed, an old year). A current one is
  `wilful_neglect_investigation` beside neglect/cruelty words, domestic-abuse involvement beside
  DA words, else `current_investigation` (000 §4.5 items 1, 3, 6). A historical one is
  `prior_unit_involvement` (003), and `previous_investigation_escalation` when escalation words
  are affirmed in the same or the next sentence (000 §4.5 item 2).
- Domestic abuse needs current police / MARAC / IDVA / DA-officer / bail involvement in the same
  or an adjacent sentence (000 §4.5 item 6, 001 §4.6 item 5); DA alone is nothing.
- Negotiated attendance needs an agreement about police attendance (000 §4.5 item 8); core group
  needs police in the core-group sentence (000 §5.1, 001 §4.8).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property

from spacy.tokens import Doc, Span

from parsers.records import Page
from triage.context import Reading, SentenceContext, cell_date, in_clause, read_context
from triage.earlier import document_of, earlier_conference_records
from triage.nlp import Nlp
from triage.records import Context, Criterion, CriterionMet, Evidence, Mention
from triage.row_people import people_named
from triage.segments import Segment, looks_like_heading, segments

C = Criterion
_MAX_QUOTE = 300
#: How far apart the police and the core group may stand in one clause (a long member list).
_CLAUSE_REACH = 30
_MAX_EVIDENCE = 3
#: How many sentences back the harm an investigation marker is about may be named.
_STORY_REACH = 3
#: How far after an assault word its victim may be named ("assault occasioning ABH against Ms").
_VICTIM_REACH = 6
_AFFIRMED = Reading(Context.AFFIRMED, None)
_TEMPLATE = Reading(Context.TEMPLATE, "☐")
_GUIDANCE = Reading(Context.TEMPLATE, "printed guidance")
#: Events with a time, which an earlier conference's minutes put in the past (`triage.earlier`);
#: a status (RSO) or the plan's membership (core group) those minutes record is not past.
_EVENTS = frozenset({"investigation", "police_protection"})
_EARLIER = "minutes of an earlier conference"


@dataclass(frozen=True)
class _Doc:
    """One segment read: its concepts, sentences and contexts, and its page's other segments."""

    doc: Doc
    segment: Segment
    concepts: dict[str, list[Span]]
    sentence_starts: tuple[int, ...]
    first: int  # the page-wide number of its first sentence
    page: list[_Doc]  # every segment of the page, this one included, in order
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
            return _GUIDANCE if self.segment.guidance else _TEMPLATE
        reading = self.context.read(span, concept=concept)
        if reading.context is Context.AFFIRMED and self.row_past is not None:
            return Reading(Context.HISTORICAL, self.row_past)
        if reading.context is Context.AFFIRMED and concept == "investigation" and self.closed_below:
            return Reading(Context.HISTORICAL, self.closed_below)
        if (
            reading.context is Context.AFFIRMED
            and self.earlier
            and concept in _EVENTS
            and not self.context.is_current(span, concept=concept)
        ):
            return Reading(Context.HISTORICAL, _EARLIER)
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

    def index(self, span: Span) -> int:
        return self.sentence_starts.index(span.sent.start)

    def in_sentences(self, concept: str, indexes: Iterable[int]) -> list[Span]:
        wanted = set(indexes)
        return [s for s in self.spans(concept) if self.index(s) in wanted]

    @cached_property
    def investigation_spans(self) -> list[Span]:
        """Read by the investigations and again by who they are about (`_attributed`)."""
        return _find_investigation_spans(self)

    def evidence(self, span: Span) -> Evidence:
        return Evidence(quote=_quote(span, self.segment.text), location=self.segment.location)

    def later_in_story(self, concept: str, span: Span) -> list[tuple[_Doc, Span]]:
        """Spans of `concept` from `span`'s sentence to the end of its form section, and in the
        prose of the section after it (issue 11: "closed with NFA …" then, sentences later or
        under the next heading — "Danger" / "Harm" in a Signs of Safety form — "the risk is now
        escalating": one story told across a heading). A chronology's later rows are other
        stories ("11/12/2025 | GP - alcohol use increasing")."""
        at = self.first + self.index(span)
        found: list[_PageSpan] = []
        for entry in self._page_spans(concept)[bisect_left(self._page_keys(concept), at) :]:
            if entry.doc.section > self.section + 1:
                break  # sections only grow along the page
            if entry.doc.section == self.section or not entry.doc.segment.row:
                found.append(entry)
        return [(entry.doc, entry.span) for entry in sorted(found, key=_in_page_order)]

    def near(self, concept: str, span: Span, *, before: int, after: int) -> list[tuple[_Doc, Span]]:
        """Spans of `concept` within sentences `before`..`after` of `span`'s, across segments
        of the same page: a PDF or a mailer often breaks a paragraph into separate lines.

        Looked up in the page's spans sorted by sentence (`_page_spans`), not by walking the
        page: a 1,500-line page of criterion words cost 12 s of quadratic walking (issue 15)."""
        at = self.first + self.index(span)
        keys = self._page_keys(concept)
        entries = self._page_spans(concept)[
            bisect_left(keys, at - before) : bisect_right(keys, at + after)
        ]
        ordered = sorted(entries, key=_in_page_order)
        return [(entry.doc, entry.span) for entry in ordered]

    def _page_spans(self, concept: str) -> list[_PageSpan]:
        """Every span of `concept` on this segment's page, sorted by page-wide sentence,
        built once per page and concept (kept on the page's first segment)."""
        owner = self.page[0]
        if owner is not self:
            return owner._page_spans(concept)
        cache = self._page_index
        if concept not in cache:
            entries = [
                _PageSpan(other.first + other.index(found), order, place, other, found)
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
    def _page_index(self) -> dict[str, tuple[list[_PageSpan], list[int]]]:
        return {}


@dataclass(frozen=True, slots=True)
class _PageSpan:
    """A span of a page in `_Doc._page_spans`: its page-wide sentence, its segment's place on
    the page and its own place in the segment (the order the walk used to give)."""

    sentence: int
    order: int
    place: int
    doc: _Doc
    span: Span


def _in_page_order(entry: _PageSpan) -> tuple[int, int]:
    return entry.order, entry.place


def detect(pages: Sequence[Page], *, nlp: Nlp, reference: date | None) -> tuple[Mention, ...]:
    """Every candidate mention, affirmed or not, in page order (duplicates removed)."""
    parts = list(segments(pages))
    records = earlier_conference_records(pages)
    earlier = {p.location for p in pages if document_of(p) in records}
    read: list[_Doc] = []
    page: list[_Doc] = []
    for segment, doc in zip(parts, nlp.docs(p.text for p in parts), strict=True):
        if page and page[-1].segment.location != segment.location:
            page = []
        first = page[-1].first + len(page[-1].sentence_starts) if page else 0
        section = (page[-1].section if page else 0) + _is_heading(segment)
        d = _read(nlp, segment, doc, reference, first=first, page=page, section=section)
        page.append(replace(d, earlier=True) if segment.location in earlier else d)
        read.append(page[-1])
    seen: dict[tuple[Criterion, Context, str], Mention] = {}
    for d in read:
        for mention in _mentions(d):
            seen.setdefault((mention.criterion, mention.context, mention.evidence.quote), mention)
    # a past investigation that now escalates is W2 *and* earlier involvement of the unit
    # (POLICY.md: "a historical police matter usually still shows prior_unit_involvement")
    found = tuple(_attributed(list(seen.values()), bare=_bare_investigations(read)))
    _let_go(read)
    return found


def _let_go(read: Sequence[_Doc]) -> None:
    """Empty each page's list of its segments and its index of spans: a segment is in its own
    page's list, so every segment read, with its Doc and its spans, waited for the cyclic
    collector (1.4 % of the triage's instructions over the benchmark's mail; now almost none,
    issue 11). The mentions found keep none of them."""
    for d in read:
        d.page.clear()
        d.__dict__.pop("_page_index", None)


#: Criteria that carry a police investigation of their own, most specific first.
_OWNERS = (
    C.WILFUL_NEGLECT_INVESTIGATION,
    C.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT,
    C.CHILD_SEXUAL_EXPLOITATION,
)


def _bare_investigations(read: Sequence[_Doc]) -> set[Evidence]:
    """Investigation markers whose sentence names no harm at all ("RUI", "Tariq Hussain
    (remanded in custody)", "Police are investigating the two men"): what they are about is
    said elsewhere in the email."""
    return {
        d.evidence(span)
        for d in read
        for span in _investigation_spans(d)
        if not d.in_sentences("harm_to_child", [d.index(span)])
        and not d.in_sentences("abuse_of_child", [d.index(span)])
        and not d.in_sentences("neglect_crime", [d.index(span)])
        and not _harm_told_just_before(d, span)
    }


#: Harms whose own criterion carries a police investigation (`_OWNERS`): a sentence naming one
#: of them tells that story, not one of abuse of the child.
_OWNER_HARMS = ("cse", "da", "neglect_crime")


def _harm_told_just_before(d: _Doc, span: Span) -> bool:
    """The sentence just before the marker, in its form section, tells of harm to the child and
    of no harm with an owner of its own: "Jade disclosed that her stepfather had sexually
    assaulted her. Mr C has been arrested and is on bail" is an investigation of that abuse,
    whatever else the email says of exploitation (issue 11, set m)."""
    at = d.first + d.index(span) - 1
    told = [
        found
        for concept in ("harm_to_child", "named_victim")
        for other, found in d.near(concept, span, before=1, after=0)
        if other.first + other.index(found) == at and other.section == d.section
    ]
    if not told:
        return False
    return not any(
        other.first + other.index(found) == at
        for concept in _OWNER_HARMS
        for other, found in d.near(concept, span, before=1, after=0)
    )


def _attributed(mentions: list[Mention], *, bare: set[Evidence]) -> list[Mention]:
    """Who an investigation is about (issue 11: "who the event is about is part of the
    match"). W1 is an investigation of abuse *of the child within the family*; when every
    current investigation the email affirms is a bare marker and the email affirms a wilful
    neglect investigation, domestic abuse with police involvement or CSE, the markers are that
    matter's — the father on bail for assaulting the mother, the men investigated for
    exploiting her — not a second investigation (sets c and f: eight `current_investigation`
    beside the criterion that was met)."""
    affirmed = {m.criterion for m in mentions if m.context is Context.AFFIRMED}
    current = [
        m
        for m in mentions
        if m.criterion is C.CURRENT_INVESTIGATION and m.context is Context.AFFIRMED
    ]
    owner = next((c for c in _OWNERS if c in affirmed), None)
    if owner is None or not current or any(m.evidence not in bare for m in current):
        return mentions
    return [
        (
            replace(m, criterion=owner)
            if owner is not C.CHILD_SEXUAL_EXPLOITATION
            else replace(m, context=Context.OTHER_PERSON, trigger=None)
        )
        if m in current
        else m
        for m in mentions
    ]


def criteria_met(mentions: Iterable[Mention]) -> tuple[CriterionMet, ...]:
    """The criteria with at least one affirmed mention, in the order of `Criterion`."""
    evidence: dict[Criterion, list[Evidence]] = {}
    for m in mentions:
        if m.context is Context.AFFIRMED:
            found = evidence.setdefault(m.criterion, [])
            if m.evidence not in found:
                found.append(m.evidence)
    return tuple(
        CriterionMet(c, tuple(evidence[c][:_MAX_EVIDENCE])) for c in Criterion if c in evidence
    )


def _read(
    nlp: Nlp,
    segment: Segment,
    doc: Doc,
    reference: date | None,
    *,
    first: int,
    page: list[_Doc],
    section: int,
) -> _Doc:
    starts = nlp.sentence_starts(doc)
    return _Doc(
        doc, segment, nlp.concepts(doc), starts, first, page, nlp, reference, section, len(page)
    )


def _is_heading(segment: Segment) -> int:
    """1 when a segment is a form's heading ("Reason for conference", "PROGRESS:"), else 0.
    A cell of a chronology's row ("Case closed", "New disclosure") is no heading: the rows
    below it tell the same story (issue 11, set p: an NFA'd investigation, then "moved back
    in" and "a new disclosure" in later rows). Nor is a line of printed guidance ("Example:
    Jane Smith, DOB 01/01/2015")."""
    return int(not segment.row and not segment.guidance and looks_like_heading(segment.text))


def _mentions(d: _Doc) -> Iterator[Mention]:
    yield from _standalone(d)
    yield from _investigations(d)
    yield from _domestic_abuse(d)
    yield from _negotiated(d)
    yield from _core_group(d)


def _mention(d: _Doc, criterion: Criterion, reading: Reading, span: Span) -> Mention:
    return Mention(criterion, reading.context, d.evidence(span), reading.trigger)


def _standalone(d: _Doc) -> Iterator[Mention]:
    """RSO, police protection, CSE, Schedule 1 (DOMAIN.md §3.1-3.3)."""
    for concept, criterion in (
        ("rso", C.REGISTERED_SEX_OFFENDER),
        ("police_protection", C.POLICE_PROTECTION),
        ("cse", C.CHILD_SEXUAL_EXPLOITATION),
    ):
        for span in d.spans(concept):
            reading = d.read(span, concept)
            yield _mention(d, criterion, reading, span)
            if (
                reading.context is Context.HISTORICAL
                and criterion is not C.CHILD_SEXUAL_EXPLOITATION
            ):
                yield _mention(d, C.PRIOR_UNIT_INVOLVEMENT, _AFFIRMED, span)
    for span in d.spans("schedule_one"):
        reading = d.read(span, "schedule_one")
        if reading.context is Context.HISTORICAL:
            reading = _AFFIRMED
        yield _mention(d, C.PRIOR_UNIT_INVOLVEMENT, reading, span)


def _investigation_spans(d: _Doc) -> list[Span]:
    """The segment's investigation markers (`_Doc.investigation_spans`, found once)."""
    return d.investigation_spans


def _find_investigation_spans(d: _Doc) -> list[Span]:
    strong = [*d.spans("investigation"), *d.spans("investigation_support")]
    police = {d.index(s) for s in d.spans("police")}
    excluded = {d.index(s) for s in d.spans("not_police_investigation")}
    weak = [
        s
        for s in d.spans("investigation_weak")
        if d.index(s) in police and d.index(s) not in excluded
    ]
    covered = {t for s in strong for t in range(s.start, s.end)}
    plan = {d.index(s) for s in d.spans("core_group")}  # "police actions: monitor bail"
    return [
        s for s in strong + [w for w in weak if w.start not in covered] if d.index(s) not in plan
    ]


def _investigations(d: _Doc) -> Iterator[Mention]:
    """Current or past police investigations (000 §4.5 items 1-3, 003 prior involvement)."""
    spans = _investigation_spans(d)
    for span in spans:
        here = [d.index(span)]
        if d.in_sentences("other_offence", here) and not d.in_sentences("abuse_of_child", here):
            continue  # "arrested … in possession of class A drugs": not abuse of the child
        reading = _investigation_reading(d, span, spans)
        subject = _subject(d, span)
        if reading.context is not Context.HISTORICAL:
            yield _mention(d, subject, reading, span)
            continue
        yield _mention(d, subject, reading, span)
        yield _mention(d, C.PRIOR_UNIT_INVOLVEMENT, _AFFIRMED, span)
        if subject is C.CURRENT_INVESTIGATION:
            yield from _escalation(d, span)


def _investigation_reading(d: _Doc, span: Span, spans: list[Span]) -> Reading:
    """A marker of paperwork (CPS, crime number) takes the state its sentence's other markers
    are read in: "after discussion with the CPS lawyer, the police will not investigate" says
    no investigation (issue 11, set f), whatever the CPS's own words."""
    reading = d.read(span, "investigation")
    if reading.context is not Context.AFFIRMED or span not in d.spans("investigation_support"):
        return reading
    for other in spans:
        if other.sent == span.sent and other not in d.spans("investigation_support"):
            other_reading = d.read(other, "investigation")
            if other_reading.context is not Context.AFFIRMED:
                return other_reading
    return reading


def _subject(d: _Doc, span: Span) -> Criterion:
    here = [d.index(span)]
    # the sentence names a harm to a child of its own ("an allegation that Mr X sexually abused
    # Oscar", "charged with assaulting Charlie"): it is about that harm, whatever the sentence
    # before it was about
    named = d.in_sentences("harm_to_child", here) or d.in_sentences("named_victim", here)
    if (
        d.in_sentences("neglect_crime", here)
        or (not named and d.near("neglect_crime", span, before=1, after=0))
        or d.row_names("neglect_crime")
    ):
        # "…investigating both parents for child cruelty. Both were interviewed under caution
        # and released under investigation": the next sentence goes on about the same one
        return C.WILFUL_NEGLECT_INVESTIGATION
    if d.in_sentences("da", here) or _against_an_adult(d, span):
        return C.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT
    if not named and _nearest_is_da(d, span):
        # "…domestic abuse towards Ms Y. He is on bail": an assault on the mother, not the
        # child — unless this sentence names harm to a child ("investigation of physical abuse")
        # or whom it harmed ("charged with assaulting Charlie")
        return C.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT
    return C.CURRENT_INVESTIGATION


def _against_an_adult(d: _Doc, span: Span) -> bool:
    """The marker's sentence says the assault was against an adult ("arrested for the assault
    on Ms Ashby", "charged with assault occasioning actual bodily harm against Ms Begum") and
    names no harm to a child: the investigation is of that assault, not of abuse of the child
    (issue 11, sets h and i)."""
    here = [d.index(span)]
    if d.in_sentences("harm_to_child", here):
        return False
    return any(
        0 <= victim.start - harm.end <= _VICTIM_REACH
        for victim in d.in_sentences("adult_victim", here)
        for harm in d.in_sentences("abuse_of_child", here)
    )


def _nearest_is_da(d: _Doc, span: Span) -> bool:
    """Domestic abuse is the last harm named before `span` in its form section or the one
    before it (one story told across a heading, as in `later_in_story`), within `_STORY_REACH`
    sentences: "…a repeat MARAC on 19/11. Logan is wetting the bed. | Police involvement to
    date | Mr Walsh was charged with assault…" is the assault on the mother (issue 11, set c)."""
    behind = [
        (other.first + other.index(found), concept)
        for concept in ("da", "harm_to_child")
        for other, found in d.near(concept, span, before=_STORY_REACH, after=0)
        if other.section >= d.section - 1
    ]
    return bool(behind) and max(behind)[1] == "da"


def _escalation(d: _Doc, span: Span) -> Iterator[Mention]:
    """W2/L2: a past investigation and affirmed escalation after it in its story."""
    for other, found in d.later_in_story("escalation", span):
        if not _same_story(d, other):
            continue
        # escalation is change over time, so a closure word beside it does not make it past
        if other.read(found, "escalation").context in (Context.AFFIRMED, Context.HISTORICAL):
            yield _mention(d, C.PREVIOUS_INVESTIGATION_ESCALATION, _AFFIRMED, span)
            if found.sent != span.sent:
                yield _mention(other, C.PREVIOUS_INVESTIGATION_ESCALATION, _AFFIRMED, found)
            return


def _same_story(d: _Doc, later: _Doc) -> bool:
    """A later row of a chronology continues the investigation's story when it names harm to a
    child or one of the people the investigation's row names (`triage.row_people`)."""
    if not later.segment.row or (d.segment.row and later.segment.row[0] == d.segment.row[0]):
        return True
    if later.row_names("harm_to_child") or later.spans("abuse_of_child"):
        return True  # (a row names what any of its cells names)
    return bool(people_named(_row_text(d)) & people_named(_row_text(later)))


def _row_text(d: _Doc) -> str:
    """Every cell of `d`'s chronology row, the lines a printout wrapped it onto included."""
    if not d.segment.row:
        return d.segment.text
    key = d.segment.row[0]
    cells = [o.segment.text for o in d.page if o.segment.row and o.segment.row[0] == key]
    return " ".join([*d.segment.row, *cells])


def _domestic_abuse(d: _Doc) -> Iterator[Mention]:
    """DA with current involvement in the same or an adjacent sentence (000 §4.5 item 6)."""
    for span in d.spans("da"):
        reading = d.read(span, "da")
        if reading.context is not Context.AFFIRMED:
            yield _mention(d, C.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT, reading, span)
            continue
        for other, involved in d.near("da_involvement", span, before=1, after=1):
            if other.read(involved, "da_involvement").context is Context.AFFIRMED:
                yield _mention(d, C.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT, _AFFIRMED, span)
                if involved.sent != span.sent:
                    criterion = C.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT
                    yield _mention(other, criterion, _AFFIRMED, involved)
                break


def _negotiated(d: _Doc) -> Iterator[Mention]:
    """An agreement that police attend (000 §4.5 item 8); a request is not one."""
    for span in d.spans("police_attend"):
        agreements = d.in_sentences("agreement", [d.index(span)])
        if not agreements or not d.in_sentences("police", [d.index(span)]):
            continue  # "mother agreed to attend the conference" is not about the police
        readings = [d.read(span, "police_attend"), *(d.read(a, "agreement") for a in agreements)]
        worst = next((r for r in readings if r.context is not Context.AFFIRMED), _AFFIRMED)
        yield _mention(d, C.NEGOTIATED_ATTENDANCE, worst, span)


def _core_group(d: _Doc) -> Iterator[Mention]:
    """Police in the core group or with actions in the CP plan (000 §5.1, 001 §4.8)."""
    for span in d.spans("core_group"):
        # the police in the same clause: "the core group is the SW and the school; police are
        # not members of the core group" has police only in the clause that negates it
        police = [
            p
            for p in d.in_sentences("police", [d.index(span)])
            if in_clause(d.nlp, p, span, reach=_CLAUSE_REACH)
        ]
        if police or span.text.lower().startswith("police"):
            yield _mention(d, C.CORE_GROUP_MEMBER, d.read(span, "core_group"), span)
    yield from _core_group_row(d)


#: A cell that names who a row is about is short and names them first, after a name at most
#: ("PC 4417 Dean Hollins, Neighbourhood Policing Team (WYP)", "West Yorkshire Police"); police
#: further in, or in a sentence, say what someone does ("Disruption work by police", "weekly
#: visits; to pass concerns to the police", "In September officers found …").
_WHO_AT = 3
_WHO_WORDS = 12
#: A cell that answers no: the row's person is not in the group its table lists.
_NO_CELL = re.compile(r"^\W*(?:no|n|none|n/a|not\b.*|[-–✗✘☐])\W*$", re.I)
#: How far up a table's rows (and the guidance above it) its heading is looked for.
_ROWS_UP = 60


def _core_group_row(d: _Doc) -> Iterator[Mention]:
    """Police as who a table row is about, in the core group by the row or by its table: a
    cell of the row says so ("PC Hollins (WYP) | attends every core group; weekly visits"),
    or the table stands under a core-group heading ("Core group members" / "Name | Agency" /
    "Dean Hollins | West Yorkshire Police"). Set p, 76-05: an officer with actions in the plan,
    in a row of its own, was read as no criterion and the review as report_only (000 §5.1)."""
    cells = d.segment.cells
    if len(cells) < 2 or d.segment.ticked is False or d.spans("core_group"):
        return
    if any(_NO_CELL.match(c) for c in cells):
        return
    if len(d.segment.text.split()) > _WHO_WORDS:
        return
    police = [
        p
        for p in d.spans("police")
        if p.start < _WHO_AT
        and _names_who(d.doc, p)
        and d.read(p, "core_group").context is Context.AFFIRMED
    ]
    if police and (_row_says_core_group(d) or _under_core_group_heading(d)):
        yield _mention(d, C.CORE_GROUP_MEMBER, _AFFIRMED, police[0])


#: Lower-case words a name of a person or a team may hold ("Police – neighbourhood team").
_NAME_WORDS = frozenset({"and", "of", "the", "a", "for", "from", "team", "unit", "officer",
                         "officers", "police", "&"})  # fmt: skip


def _names_who(doc: Doc, police: Span) -> bool:
    """The cell is a name — a person's, a team's — not a sentence: besides the police words,
    at most one lower-case word ("PC Dean Hollins, Neighbourhood Team (WYP)"; not "On Friday
    officers found Amy asleep", "Disruption work by police and the youth team")."""
    common = [
        t
        for t in doc
        if t.is_alpha
        and t.is_lower
        and not police.start <= t.i < police.end
        and t.lower_ not in _NAME_WORDS
    ]
    return len(common) <= 1


def _affirms_core_group(d: _Doc) -> bool:
    return any(d.read(s, "core_group").context is Context.AFFIRMED for s in d.spans("core_group"))


def _row_says_core_group(d: _Doc) -> bool:
    """Another cell of `d`'s row affirms the core group (its cells are its neighbours)."""
    reach = len(d.segment.cells) + 2
    return any(
        other is not d and other.segment.cells == d.segment.cells and _affirms_core_group(other)
        for other in d.page[max(0, d.place - reach) : d.place + reach + 1]
    )


def _under_core_group_heading(d: _Doc) -> bool:
    """The first line above the table's rows (past its header row and any printed guidance)
    is a heading naming the core group."""
    for other in reversed(d.page[max(0, d.place - _ROWS_UP) : d.place]):
        if other.segment.cells or other.segment.ticked is False:
            continue
        return looks_like_heading(other.segment.text) and _affirms_core_group(other)
    return False


def _quote(span: Span, original: str) -> str:
    """The sentence around `span`, verbatim from `original` (the doc's text before quotes were
    made plain); a long sentence is cut to a window around it."""
    sentence = span.sent
    if len(sentence.text) > _MAX_QUOTE:
        start = max(sentence.start, span.start - 20)
        end = min(sentence.end, span.end + 20)
        sentence = span.doc[start:end]
    return " ".join(original[sentence.start_char : sentence.end_char].split())
