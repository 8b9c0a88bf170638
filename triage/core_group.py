"""Police in the core group of the child protection plan (000 §5.1, 001 §4.8).

Said in a sentence, with the police in the core group's own clause ("the core group is the SW
and the school; police are not members" has police only in the clause that negates it), or
shown by a table: a row whose first cell names an officer or the force, in a table the row or
its heading says is the core group.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from triage.context import Reading, in_clause
from triage.records import Context, Criterion, Mention
from triage.segment_doc import AFFIRMED, SegmentDoc, mention
from triage.segments import looks_like_heading

C = Criterion
#: How far apart the police and the core group may stand in one clause (a long member list).
_CLAUSE_REACH = 30


def core_group(d: SegmentDoc) -> Iterator[Mention]:
    """Police in the core group or with actions in the CP plan (000 §5.1, 001 §4.8)."""
    for span in d.spans("core_group"):
        # the police in the same clause: "the core group is the SW and the school; police are
        # not members of the core group" has police only in the clause that negates it
        police = [
            p
            for p in d.in_sentences("police", [d.index(span)])
            if in_clause(d.nlp, p, span, reach=_CLAUSE_REACH) and not _names_a_thing(p)
        ]
        if police or span.text.lower().startswith("police"):
            if _actions_all_done(d, span):
                continue
            yield mention(d, C.CORE_GROUP_MEMBER, _membership(d, span, police), span)
    yield from _core_group_row(d)


#: Nouns the word "police" qualifies when it names a thing, not the people: "since the police
#: investigation closed, … Abbie has missed three core groups" has no officer in the group
#: (set C: read as police in the core group).
_POLICE_THINGS = frozenset({
    "investigation", "investigations", "enquiry", "enquiries", "inquiry", "protection", "bail",
    "station", "check", "checks", "record", "records", "interview", "interviews", "caution",
    "powers", "call", "calls", "callout", "callouts", "call-out", "call-outs", "report", "reports",
})  # fmt: skip


def _names_a_thing(police: Span) -> bool:
    doc = police.doc
    return police.end < len(doc) and doc[police.end].lower_ in _POLICE_THINGS


#: A plan action's status that says it is over ("COMPLETE - August 2026", "Ended - core group
#: agreed …", "Done", "Closed").
_DONE = re.compile(
    r"^\W*(?:complete[ds]?|completed|done|ended|closed|finished|achieved|no\s+longer)\b", re.I
)


def _actions_all_done(d: SegmentDoc, span: Span) -> bool:
    """A plan table's "Police actions" heading whose every action row below says it is over
    (issue 11, set x: "Police action | Status" with each row "COMPLETE" or "Ended": read as
    police with active actions in the plan). Only a bare heading cell: a sentence that gives the
    police an action says it itself."""
    if len(d.doc) > len(span) + 2 or d.segment.ticked is not None:
        return False
    rows: set[tuple[str, ...]] = set()
    for other in d.page[d.place + 1 :]:  # the table's rows below, to the first line that is none
        cells = other.segment.cells
        if not cells:
            break
        if cells != d.segment.cells:
            rows.add(cells)
    # the action is the first cell, its status another: "Complete a DVDS disclosure" is a task
    return bool(rows) and all(any(_DONE.search(c) for c in row[1:]) for row in rows)


def _membership(d: SegmentDoc, span: Span, police: list[Span]) -> Reading:
    """The core group's reading, or the police's when a negation reaches only them: in "the
    core group has not included the police since …" the "not" stands after the group and before
    the police (issue 11, set u: read as police in the core group)."""
    reading = d.read(span, "core_group")
    if reading.context is not Context.AFFIRMED:
        return reading
    for p in police:
        other = d.read(p, "core_group")
        if other.context is Context.NEGATED:
            return other
    return reading


#: A cell that names who a row is about is short and names them first, after a name at most
#: ("PC 4417 Dean Hollins, Neighbourhood Policing Team (WYP)", "West Yorkshire Police"); police
#: further in, or in a sentence, say what someone does ("Disruption work by police", "weekly
#: visits; to pass concerns to the police", "In September officers found …").
_WHO_AT = 3
_WHO_WORDS = 12
#: A cell that says the row's person is not in the group its table lists: a bare no ("No",
#: "N/A", "✗", "☐"), a code grid's no under its header as `parsers.yes_no_codes` writes it
#: ("☐ Member?"), or that they left it ("no longer involved since the NFA decision; removed from
#: core group 02/11/2026", "Inactive", "Stepped down": issue 11, set r).
_NOT_A_MEMBER = re.compile(
    r"^\W*(?:no|n|none|n/a|not\b.*|[-–✗✘☐])\W*$"
    r"|^\s*☐[^☒]*$"
    r"|^\W*(?:no\s+longer|removed|left\b|ceased|stepped\s+down|withdr[ae]wn?|inactive|closed|"
    r"not\s+(?:active|involved|attending|a\s+member|part))",
    re.I,
)
#: How far up a table's rows (and the guidance above it) its heading is looked for.
_ROWS_UP = 60


def _core_group_row(d: SegmentDoc) -> Iterator[Mention]:
    """Police as who a table row is about, in the core group by the row or by its table: a
    cell of the row says so ("PC Hollins (WYP) | attends every core group; weekly visits"),
    or the table stands under a core-group heading ("Core group members" / "Name | Agency" /
    "Dean Hollins | West Yorkshire Police"). Set p, 76-05: an officer with actions in the plan,
    in a row of its own, was read as no criterion and the review as report_only (000 §5.1)."""
    cells = d.segment.cells
    if len(cells) < 2 or d.segment.ticked is False or d.spans("core_group"):
        return
    if any(_NOT_A_MEMBER.match(c) for c in cells):
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
        yield mention(d, C.CORE_GROUP_MEMBER, AFFIRMED, police[0])


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


def _affirms_core_group(d: SegmentDoc) -> bool:
    return any(d.read(s, "core_group").context is Context.AFFIRMED for s in d.spans("core_group"))


def _row_says_core_group(d: SegmentDoc) -> bool:
    """Another cell of `d`'s row affirms the core group (its cells are its neighbours)."""
    reach = len(d.segment.cells) + 2
    return any(
        other is not d and other.segment.cells == d.segment.cells and _affirms_core_group(other)
        for other in d.page[max(0, d.place - reach) : d.place + reach + 1]
    )


def _under_core_group_heading(d: SegmentDoc) -> bool:
    """The first line above the table's rows (past its header row and any printed guidance)
    is a heading naming the core group."""
    for other in reversed(d.page[max(0, d.place - _ROWS_UP) : d.place]):
        if other.segment.cells or other.segment.ticked is False:
            continue
        return looks_like_heading(other.segment.text) and _affirms_core_group(other)
    return False
