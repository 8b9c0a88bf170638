"""Police investigations in the text: current or past, what they are about, who they concern.

An investigation marker (arrest, bail, RUI, ABE, joint s47, "police are investigating"; a bare
"investigation"/"enquiries" only with police in the sentence and no strategy-discussion or
single-agency wording, `triage.segment_doc.find_investigation_spans`) is current, or historical
(NFA, closed, an old year). A current one is `wilful_neglect_investigation` beside neglect or
cruelty words, domestic-abuse involvement beside DA words or an assault on an adult, else
`current_investigation` (000 §4.5 items 1, 3, 6). A historical one is `prior_unit_involvement`
(003), and `previous_investigation_escalation` when escalation is affirmed later in its story
(000 §4.5 item 2).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Span

from parsers.dates import find_dates
from triage.context import Reading
from triage.records import Context, Criterion, Evidence, Mention
from triage.row_people import people_named
from triage.segment_doc import AFFIRMED, SegmentDoc, mention

C = Criterion
#: How many sentences back the harm an investigation marker is about may be named.
_STORY_REACH = 3
#: How far after an assault word its victim may be named ("assault occasioning ABH against Ms").
_VICTIM_REACH = 6


#: Criteria that carry a police investigation of their own, most specific first.
OWNERS = (
    C.WILFUL_NEGLECT_INVESTIGATION,
    C.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT,
    C.CHILD_SEXUAL_EXPLOITATION,
)


def bare_investigations(read: Sequence[SegmentDoc]) -> set[Evidence]:
    """Investigation markers whose sentence names no harm at all ("RUI", "Tariq Hussain
    (remanded in custody)", "Police are investigating the two men"): what they are about is
    said elsewhere in the email."""
    return {
        d.evidence(span)
        for d in read
        for span in d.investigation_spans
        if not d.in_sentences("harm_to_child", [d.index(span)])
        and not d.in_sentences("abuse_of_child", [d.index(span)])
        and not d.in_sentences("neglect_crime", [d.index(span)])
        and not _harm_told_just_before(d, span)
    }


#: Harms whose own criterion carries a police investigation (`OWNERS`): a sentence naming one
#: of them tells that story, not one of abuse of the child.
_OWNER_HARMS = ("cse", "da", "neglect_crime")


def _harm_told_just_before(d: SegmentDoc, span: Span) -> bool:
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


def attributed(mentions: list[Mention], *, bare: set[Evidence]) -> list[Mention]:
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
    owner = next((c for c in OWNERS if c in affirmed), None)
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


def investigations(d: SegmentDoc) -> Iterator[Mention]:
    """Current or past police investigations (000 §4.5 items 1-3, 003 prior involvement)."""
    spans = d.investigation_spans
    for span in spans:
        if _other_offence(d, span):
            continue  # "arrested … in possession of class A drugs": not abuse of the child
        reading = _investigation_reading(d, span, spans)
        if reading.context is Context.AFFIRMED and _family_denied(d, span, spans):
            reading = _NOT_THE_FAMILY
        if reading.context is Context.AFFIRMED:
            reading = _concluded_after(d, span) or reading
        subject = _subject(d, span)
        if reading.context is not Context.HISTORICAL:
            yield mention(d, subject, reading, span)
            continue
        yield mention(d, subject, reading, span)
        yield mention(d, C.PRIOR_UNIT_INVOLVEMENT, AFFIRMED, span)
        if subject is C.CURRENT_INVESTIGATION:
            yield from _escalation(d, span)


def _other_offence(d: SegmentDoc, span: Span) -> bool:
    """The marker's sentence names an offence of another kind and no harm to a child — or, for
    a question its row answers yes ("Has the young person been arrested? | Yes | Arrested for
    possession with intent to supply"), the words written after the answer do: a question and
    its answer are one statement (`triage.questions`; set y, layout 122)."""
    here = [d.index(span)]
    if d.in_sentences("other_offence", here):
        return not d.in_sentences("abuse_of_child", here)
    if not (d.segment.ticked and d.segment.cells and d.segment.text.rstrip().endswith("?")):
        return False
    row = d.segment.cells
    told = {
        concept: [s for other, s in d.near(concept, span, before=0, after=_ANSWER_REACH)
                  if other.segment.cells == row]
        for concept in ("other_offence", "abuse_of_child")
    }  # fmt: skip
    return bool(told["other_offence"]) and not told["abuse_of_child"]


#: The sentences after a question that its row's answer may take.
_ANSWER_REACH = 2


_NOT_THE_FAMILY = Reading(Context.OTHER_PERSON, "not an investigation of the family")
#: Whom a denied investigation would have been of: "this is not an investigation of the family".
_FAMILY = re.compile(
    r"^\s*(?:of|into|involving|concerning|about|against)\s+(?:the\s+|this\s+|her\s+|his\s+|their\s+)?"
    r"(?:family|household|parents?|carers?|mother|father|mum|dad|children|child)\b",
    re.IGNORECASE,
)


def _family_denied(d: SegmentDoc, span: Span, spans: list[Span]) -> bool:
    """The sentence goes on to deny that its investigation is of the family: "Police are
    investigating the adults who ran the line; this is not an investigation of the family"
    (issue 11, set s: read as a current investigation of abuse in the family, W1) — the
    investigation is of others."""
    for other in spans:
        if other.sent != span.sent or other.start <= span.start:
            continue
        after = span.doc[other.end : min(other.end + 6, other.sent.end)].text
        if _FAMILY.match(after) and d.read(other, "investigation").context is Context.NEGATED:
            return True
    return False


#: How many sentences after an investigation its outcome may be told ("Arrested …, charged …,
#: remanded. Trial Leeds Crown Court November 2026. Outcome: convicted …").
_OUTCOME_REACH = 2


def _concluded_after(d: SegmentDoc, span: Span) -> Reading | None:
    """An outcome told after the investigation, in the next sentences of its story, that ends it
    (issue 11: "events carry a time and a status that later sentences change"; set u: "S/O
    voluntary interview 19/08/2026." then "- Outcome 09/10/2026: NFA - evidential difficulties"
    on the next line; an arrest, then "Outcome: convicted …, sentenced to …"). Not when the
    investigation is said to be current ("remains on bail"), not past another investigation
    told in between, and not when the outcome's sentence tells an older event of its own (an
    old date, "previously") or is dated before the investigation."""
    if d.context.is_current(span, concept="investigation"):
        return None
    at = d.first + d.index(span)
    since = _story_date(d, span)
    for other, found in d.later_in_story("concluded", span):
        sentence = other.first + other.index(found)
        if sentence == at:
            continue  # in its own sentence ConText reads it
        if sentence - at > _OUTCOME_REACH or other.section != d.section:
            return None
        if any(
            at < o.first + o.index(s) < sentence
            for o, s in d.near("investigation", span, before=0, after=sentence - at - 1)
        ):
            return None  # another investigation told in between: the outcome may be its
        if _older_event(other, found, since):
            return None
        return Reading(Context.HISTORICAL, found.text)
    return None


def _story_date(d: SegmentDoc, span: Span) -> date | None:
    """When the investigation was: the latest date or year of its sentence, else of the sentence
    before it ("In 2023 … she was admitted with two rib fractures. The police safeguarding unit
    investigated, and Mr Kershaw was arrested")."""
    when = _latest_date(span.sent.text, d.reference)
    if when is None and span.sent.start > 0:
        when = _latest_date(d.doc[span.sent.start - 1].sent.text, d.reference)
    return when


def _older_event(d: SegmentDoc, found: Span, since: date | None) -> bool:
    """The outcome's sentence tells an event of its own: "previously", or a date before the
    investigation's — or, when the investigation has no date, an old one ("police took no
    further action in 2019 over a similar allegation")."""
    sentence = found.sent
    context = d.context
    if any(
        hit.span.sent.start == sentence.start
        and hit.rule.category == "historical"
        and hit.rule.direction == "forward"
        and not hit.rule.closes
        for hit in context.hits
    ):
        return True  # "previously", "in a previous relationship"
    when = _latest_date(sentence.text, d.reference)
    if when is None:
        return False
    if since is None:
        return any(s.sent.start == sentence.start for s in context.old_dates + context.ended)
    return when < since


#: A year standing alone for its last day: not a full date's, not a statute's ("Sexual Offences
#: Act 2003").
_YEAR = re.compile(r"(?<!Act )(?<![/.\-])\b((?:19|20)\d\d)\b(?![/.\-]\d)")


def _latest_date(text: str, reference: date | None) -> date | None:
    days = [found for found, _, _ in find_dates(text, reference=reference)]
    days += [date(int(year), 12, 31) for year in _YEAR.findall(text)]
    return max(days, default=None)


def _investigation_reading(d: SegmentDoc, span: Span, spans: list[Span]) -> Reading:
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


def _subject(d: SegmentDoc, span: Span) -> Criterion:
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


def _against_an_adult(d: SegmentDoc, span: Span) -> bool:
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


def _nearest_is_da(d: SegmentDoc, span: Span) -> bool:
    """Domestic abuse is the last harm named before `span` in its form section or the one
    before it (one story told across a heading, as in `later_in_story`), within `_STORY_REACH`
    sentences: "…a repeat MARAC on 19/11. Logan is wetting the bed. | Police involvement to
    date | Mr Walsh was charged with assault…" is the assault on the mother (issue 11, set c)."""
    behind = [
        (other.first + other.index(found), concept)
        for concept in ("da", "harm_to_child")
        for other, found in d.near(concept, span, before=_STORY_REACH, after=0)
        # a harm only printed — an option left unticked, a question answered No — is no
        # harm of the story (set y, layout 122: "Domestic abuse in the household? No" above
        # the young person's own arrest)
        if other.section >= d.section - 1 and other.segment.ticked is not False
    ]
    return bool(behind) and max(behind)[1] == "da"


def _escalation(d: SegmentDoc, span: Span) -> Iterator[Mention]:
    """W2/L2: a past investigation and affirmed escalation after it in its story."""
    for other, found in d.later_in_story("escalation", span):
        if not _same_story(d, other):
            continue
        # escalation is change over time, so a closure word beside it does not make it past
        if other.read(found, "escalation").context in (Context.AFFIRMED, Context.HISTORICAL):
            yield mention(d, C.PREVIOUS_INVESTIGATION_ESCALATION, AFFIRMED, span)
            if found.sent != span.sent:
                yield mention(other, C.PREVIOUS_INVESTIGATION_ESCALATION, AFFIRMED, found)
            return
    # a form tells the worry first and the police history under its own heading after it:
    # "What we are worried about: … the risk is escalating" above "Police involvement: … closed
    # with no further action" — the escalation is now, the investigation before it, whatever the
    # order on the page (set C). Only an escalation read as current counts here: one told in the
    # past, before the investigation, is no escalation after it.
    for other, found in d.near("escalation", span, before=_WORRY_ABOVE, after=0):
        if other.segment.row or other.index(found) + other.first >= d.index(span) + d.first:
            continue
        if not _HARM_TOLD.search(found.sent.text):
            continue  # "mum's drug use has escalated": another worry, not the harm investigated
        if other.read(found, "escalation").context is Context.AFFIRMED:
            yield mention(d, C.PREVIOUS_INVESTIGATION_ESCALATION, AFFIRMED, span)
            yield mention(other, C.PREVIOUS_INVESTIGATION_ESCALATION, AFFIRMED, found)
            return


#: How many sentences above a closed investigation its form's worry may stand.
_WORRY_ABOVE = 12
#: Harm to a child told in an escalation's sentence above the investigation: "fresh bruising",
#: "two further disclosures about Lewis hitting him", "new injuries".
_HARM_TOLD = re.compile(
    r"\b(?:bruis\w*|injur\w*|fractur\w*|burns?|marks|hit(?:s|ting)?|hurt\w*|assault\w*|"
    r"abus\w*|disclos\w*|touch\w*|harm(?:ed|ing)?|smack\w*|punch\w*|kick\w*)\b",
    re.I,
)


def _same_story(d: SegmentDoc, later: SegmentDoc) -> bool:
    """A later row of a chronology continues the investigation's story when it names harm to a
    child or one of the people the investigation's row names (`triage.row_people`)."""
    if not later.segment.row or (d.segment.row and later.segment.row[0] == d.segment.row[0]):
        return True
    if later.row_names("harm_to_child") or later.spans("abuse_of_child"):
        return True  # (a row names what any of its cells names)
    return bool(people_named(_row_text(d)) & people_named(_row_text(later)))


def _row_text(d: SegmentDoc) -> str:
    """Every cell of `d`'s chronology row, the lines a printout wrapped it onto included."""
    if not d.segment.row:
        return d.segment.text
    key = d.segment.row[0]
    cells = [o.segment.text for o in d.page if o.segment.row and o.segment.row[0] == key]
    return " ".join([*d.segment.row, *cells])
