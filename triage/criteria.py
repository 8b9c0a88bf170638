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
  are affirmed later in its story (000 §4.5 item 2): `triage.investigations`.
- Domestic abuse needs current police / MARAC / IDVA / DA-officer / bail involvement in the same
  or an adjacent sentence (000 §4.5 item 6, 001 §4.6 item 5); DA alone is nothing.
- Negotiated attendance needs an agreement about police attendance (000 §4.5 item 8); core group
  needs police in the core-group clause or an officer's row of a core-group table (000 §5.1,
  001 §4.8): `triage.core_group`.

Each segment is read once into a `triage.segment_doc.SegmentDoc`, which the rules ask.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span

from parsers.records import Page
from triage.context import Reading
from triage.core_group import core_group
from triage.earlier import earlier_conference_records
from triage.investigations import attributed, bare_investigations, investigations
from triage.nlp import Nlp
from triage.records import Context, Criterion, CriterionMet, Evidence, Mention
from triage.segment_doc import AFFIRMED, SegmentDoc, mention
from triage.segments import Segment, looks_like_heading, segments

C = Criterion
_MAX_EVIDENCE = 3


def detect(pages: Sequence[Page], *, nlp: Nlp, reference: date | None) -> tuple[Mention, ...]:
    """Every candidate mention, affirmed or not, in page order (duplicates removed)."""
    parts = list(segments(pages))
    records = earlier_conference_records(pages)
    earlier = {p.location for p in pages if p.document in records}
    read: list[SegmentDoc] = []
    page: list[SegmentDoc] = []
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
        for each in _mentions(d):
            seen.setdefault((each.criterion, each.context, each.evidence.quote), each)
    # a past investigation that now escalates is W2 *and* earlier involvement of the unit
    # (POLICY.md: "a historical police matter usually still shows prior_unit_involvement")
    found = tuple(attributed(list(seen.values()), bare=bare_investigations(read)))
    _let_go(read)
    return found


def _let_go(read: Sequence[SegmentDoc]) -> None:
    """Empty each page's list of its segments and its index of spans: a segment is in its own
    page's list, so every segment read, with its Doc and its spans, waited for the cyclic
    collector (1.4 % of the triage's instructions over the benchmark's mail; now almost none,
    issue 11). The mentions found keep none of them."""
    for d in read:
        d.page.clear()
        d.__dict__.pop("_page_index", None)


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
    page: list[SegmentDoc],
    section: int,
) -> SegmentDoc:
    starts = nlp.sentence_starts(doc)
    return SegmentDoc(
        doc, segment, nlp.concepts(doc), starts, first, page, nlp, reference, section, len(page)
    )


def _is_heading(segment: Segment) -> int:
    """1 when a segment is a form's heading ("Reason for conference", "PROGRESS:"), else 0.
    A cell of a chronology's row ("Case closed", "New disclosure") is no heading: the rows
    below it tell the same story (issue 11, set p: an NFA'd investigation, then "moved back
    in" and "a new disclosure" in later rows). Nor is a line of printed guidance ("Example:
    Jane Smith, DOB 01/01/2015")."""
    return int(
        not segment.row
        and not segment.guidance
        and not segment.aside
        and looks_like_heading(segment.text)
    )


def _mentions(d: SegmentDoc) -> Iterator[Mention]:
    yield from _standalone(d)
    yield from investigations(d)
    yield from _domestic_abuse(d)
    yield from _negotiated(d)
    yield from core_group(d)


def _standalone(d: SegmentDoc) -> Iterator[Mention]:
    """RSO, police protection, CSE, Schedule 1 (DOMAIN.md §3.1-3.3)."""
    for concept, criterion in (
        ("rso", C.REGISTERED_SEX_OFFENDER),
        ("police_protection", C.POLICE_PROTECTION),
        ("cse", C.CHILD_SEXUAL_EXPLOITATION),
    ):
        for span in d.spans(concept):
            reading = d.read(span, concept)
            if concept == "cse" and _a_concern(reading, span):
                reading = AFFIRMED  # "older men may be sexually exploiting Skye"
            if concept == "cse" and reading.context is Context.AFFIRMED:
                reading = _screened_out(d, span) or reading
            if concept == "rso" and reading.context is Context.AFFIRMED and _kept_apart(span):
                reading = Reading(Context.OTHER_PERSON, "no contact")
            yield mention(d, criterion, reading, span)
            if (
                reading.context is Context.HISTORICAL
                and criterion is not C.CHILD_SEXUAL_EXPLOITATION
                and not (criterion is C.POLICE_PROTECTION and _only_ended(reading))
            ):
                yield mention(d, C.PRIOR_UNIT_INVOLVEMENT, AFFIRMED, span)
    for span in d.spans("schedule_one"):
        reading = d.read(span, "schedule_one")
        if reading.context is Context.HISTORICAL:
            reading = AFFIRMED
        yield mention(d, C.PRIOR_UNIT_INVOLVEMENT, reading, span)


#: The offender kept apart from the family, said in the sentence after the one that names him:
#: "… the maternal grandfather, who lives in Spain, is a registered sex offender. The family have
#: had no contact with him since 2015" (DOMAIN.md §3.1: an RSO elsewhere with no contact is no
#: association; set D). Only a "no contact" that points back at him ("with him"), never one
#: about someone else of the next sentence.
_NO_CONTACT_WITH_HIM = re.compile(
    r"\b(?:no|not\s+(?:had|have|has)\s+(?:any)?|never\s+(?:had|have|has)\s+(?:any)?|forbids?\s+any)"
    r"\s*(?:\w+\s+){0,2}?contact\s+with\s+(?:him|her|them)"
    r"(?=\s*(?:$|[.,;:)]|\b(?:since|for|and|or|now|at|in|either|whatsoever)\b))",
    re.I,
)


def _kept_apart(span: Span) -> bool:
    end = span.sent.end
    if end >= len(span.doc):
        return False
    return _NO_CONTACT_WITH_HIM.search(span.doc[end].sent.text) is not None


#: Modals that voice a worry, not a condition: CSE is a risk the professionals consider
#: (DOMAIN.md §3.3: "stated as a current considered risk"), so "we think older men may be
#: sexually exploiting Skye" states it (issue 11, set v); "should CSE concerns arise" and "if"
#: stay hypothetical.
_WORRY = frozenset({"may", "might", "could"})


def _a_concern(reading: Reading, span: Span) -> bool:
    if reading.context is not Context.HYPOTHETICAL:
        return False
    trigger = (reading.trigger or "").casefold()
    return trigger in _WORRY or (trigger in _JUDGE and bool(_JUDGED.search(span.sent.text)))


#: "Consider" as a judgement made ("the police exploitation team consider her at risk of sexual
#: exploitation", "we consider Jade to be at significant risk"): the considered risk itself
#: (DOMAIN.md §3.3), not "we will consider a referral" or "consider whether" (set A: read as a
#: hypothesis, report only).
_JUDGE = frozenset({"consider", "considers"})
_JUDGED = re.compile(
    r"\bconsiders?\s+(?!whether\b|if\b|a\b|an\b|making\b)(?:\S+\s+){0,3}?"
    r"(?:(?:to\s+be\s+)?(?:at\s+(?:\w+\s+){0,2}?risk|(?:a|an)\s+(?:\w+\s+)?risk)|to\s+be\s+)",
    re.I,
)


#: Words that say a state ended, and no more of when.
_ENDED = frozenset({"ended", "has ended", "expired", "has expired", "lapsed", "discharged"})


def _only_ended(reading: Reading) -> bool:
    """Police protection lasts 72 hours at most (Children Act 1989 s.46(6)): "since the police
    protection ended she has stayed in foster care" tells the end of the episode that brought
    the conference, not an earlier involvement of the unit — only a dated or a "previous" one
    is (issue 11, set t: prior involvement read beside the police protection it ended)."""
    return (reading.trigger or "").casefold() in _ENDED


#: A screening's or an assessment's result: "outcome: no risk of sexual exploitation identified".
_OUTCOME = re.compile(
    r"\b(?:screen\w*|assess\w*|outcome|identified|found|concluded|ruled\s+out)\b", re.I
)


def _screened_out(d: SegmentDoc, span: Span) -> Reading | None:
    """A CSE concern raised, then, later in its story, a screening or an assessment that found
    no risk: "The school raised a CSE concern in October. After the return interview the CSE
    screening tool was completed …; outcome: no risk of sexual exploitation identified" is no
    current considered risk (DOMAIN.md §3.3: "CSE screening completed – no risk identified";
    issue 11, set r: read as CSE, attend)."""
    at = d.first + d.index(span)
    for other, found in d.later_in_story("cse", span):
        if other.first + other.index(found) <= at:
            continue
        later = other.read(found, "cse")
        if later.context is Context.NEGATED and _OUTCOME.search(found.sent.text):
            return Reading(Context.NEGATED, "screened out later")
    return None


def _domestic_abuse(d: SegmentDoc) -> Iterator[Mention]:
    """DA with current involvement in the same or an adjacent sentence (000 §4.5 item 6)."""
    for span in d.spans("da"):
        reading = d.read(span, "da")
        if reading.context is not Context.AFFIRMED:
            yield mention(d, C.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT, reading, span)
            continue
        for other, involved in d.near("da_involvement", span, before=1, after=1):
            if other.read(involved, "da_involvement").context is Context.AFFIRMED:
                yield mention(d, C.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT, AFFIRMED, span)
                if involved.sent != span.sent:
                    criterion = C.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT
                    yield mention(other, criterion, AFFIRMED, involved)
                break


def _negotiated(d: SegmentDoc) -> Iterator[Mention]:
    """An agreement that police attend (000 §4.5 item 8); a request is not one."""
    for span in d.spans("police_attend"):
        agreements = d.in_sentences("agreement", [d.index(span)])
        if not agreements or not d.in_sentences("police", [d.index(span)]):
            continue  # "mother agreed to attend the conference" is not about the police
        readings = [d.read(span, "police_attend"), *(d.read(a, "agreement") for a in agreements)]
        worst = next((r for r in readings if r.context is not Context.AFFIRMED), AFFIRMED)
        yield mention(d, C.NEGOTIATED_ATTENDANCE, worst, span)
