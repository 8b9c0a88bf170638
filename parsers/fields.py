"""`read_fields()`: the booking-form fields, read from every page of one email together.

DOMAIN.md §4.1 lists the fields; POLICY.md says which ones the triage needs (kind, date, tick
box, reason, family). Pages come in the shape `parsers.records` fixes: `label<TAB>value` for
table cells and form fields, "Label: value" or "Label - value" in plain text, a label line
followed by its value on the next line(s), or — in a flattened PDF — "Label value" with only a
space between (accepted only when the value has the field's shape: a date for a date label).

Which value wins: a specific label over a general one ("Date of conference" over "Date"), then
a booking-form page over other pages, an attachment over the covering email (the brief: the form
is the council's record; the email is a person's summary), and of two versions of one form the
newer ("v2", "amended": `parsers.revisions`). The exception is a reschedule: the
new date in the email's words beats the old date on a re-sent form.

The conference date is never a date of birth, the date a form was completed, the strategy
discussion or the day the email was sent: those labels are read (labels.OTHER) so they cannot
be mistaken for "Date", and a date found in prose must follow words about the meeting.

Pure and total: any error while reading one field leaves that field empty (`_guard`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, time
from functools import cache

from parsers import classify
from parsers import fields_conference as conf
from parsers.district import DEFAULT_DOMAINS
from parsers.fields_conference import Labelled, guard
from parsers.fields_people import Family, read_people, without_staff
from parsers.fields_tick import (
    asks_police,
    police_asked_in_words,
    police_question_asked,
    police_tick,
)
from parsers.label_meaning import PERSON, field_by_meaning, label_field, relationship_side
from parsers.labels import (
    CHAIR,
    DATE,
    OTHER,
    REASON,
    REFERENCE,
    SOCIAL_WORKER,
    STRATEGY_DATE,
    WEAK,
    fold,
    label_index,
    logical_lines,
    reply_above_quote,
    unstruck,
)  # fmt: skip
from parsers.numbered import answered_across_pages
from parsers.ocr_reading import ocr_reading
from parsers.page_text import narrowed
from parsers.person_names import is_name, split_name
from parsers.records import BookingFields, MessageInfo, MessageKind, Page, PoliceTick
from parsers.reply_change import reply_date
from parsers.revisions import newest_versions_first
from parsers.unread_labels import unread_labels

_UNCLASSIFIED: tuple[MessageKind, bool, bool, date | None] = (
    MessageKind.INVITATION, False, False, None,
)  # fmt: skip
_NO_WHEN: tuple[date | None, time | None, str | None] = (None, None, None)
_NO_DISTRICT: tuple[str | None, str | None] = (None, None)
_HEADING_END = re.compile(
    r"^(?:kind\s+|best\s+)?(?:regards|thanks|many\s+thanks|thank\s+you|yours)\b", re.I
)


def _narrow(page: Page) -> Page:
    lines = narrowed(page.lines)
    return page if lines == page.lines else replace(page, lines=lines)


def read_fields(
    *, info: MessageInfo, pages: Sequence[Page], domains: Mapping[str, str] = DEFAULT_DOMAINS
) -> BookingFields:
    """Every booking-form field the email gives; never raises (module docstring)."""
    sent = conf.sent_day(info)
    pages = guard(lambda: newest_versions_first(pages), pages)  # "v2" before "v1"
    pages = guard(lambda: tuple(_narrow(p) for p in pages), pages)  # "Date：１４／01" is ASCII
    pages = guard(lambda: tuple(ocr_reading(p) for p in pages), pages)  # OCR's slips undone
    pages = guard(lambda: answered_across_pages(pages), pages)  # answers on the next page
    nothing: list[Labelled] = []
    found = guard(lambda: labelled_values(pages), nothing)
    ranks = guard(lambda: [conf.page_rank(p) for p in pages], [0] * len(pages))
    ordered = sorted(found, key=lambda c: (c.weak, ranks[c.page], c.page, c.line))
    kind_msg, cancels, reschedules, previous = guard(
        lambda: classify.classify_message(info, pages), _UNCLASSIFIED
    )
    family = guard(lambda: read_people(pages, reference=sent), Family((), ()))
    chair = guard(lambda: conf.first(ordered, CHAIR, conf.name_value), None)
    social_worker = guard(lambda: conf.first(ordered, SOCIAL_WORKER, conf.name_value), None)
    staff = [info.sender.display_name, _address_name(info.sender.address), social_worker, chair]
    family = guard(lambda: without_staff(family, staff), family)
    when = guard(lambda: conf.when(info, pages, ordered, reschedules=reschedules), _NO_WHEN)
    if reschedules and previous is None:
        previous = guard(lambda: _quoted_booking_date(info, pages), None)
    district, source = guard(lambda: conf.district(info, pages, domains), _NO_DISTRICT)
    no_harm: tuple[str, ...] = ()
    no_inference: tuple[tuple[str, str], ...] = ()
    stated_harm = guard(lambda: conf.harm_categories(pages, ordered), no_harm)
    inferred_harm = (
        no_inference if stated_harm else guard(lambda: conf.harm_inferred(ordered), no_inference)
    )
    return BookingFields(
        district=district,
        district_source=source,
        kind=guard(lambda: conf.kind(info, pages, ordered), None),
        pre_birth=guard(lambda: conf.pre_birth(info, pages, ordered, family.children), False),
        date=when[0],
        time=when[1],
        venue=when[2],
        chair=chair,
        local_reference=guard(lambda: conf.first(ordered, REFERENCE, conf.reference_value), None),
        social_worker=social_worker,
        strategy_discussion_date=guard(
            lambda: conf.first(ordered, STRATEGY_DATE, conf.date_value(sent)), None
        ),
        reason=guard(lambda: conf.first(ordered, REASON, conf.reason_value), None),
        harm_categories=stated_harm or tuple(c for c, _ in inferred_harm),
        harm_inferred=() if stated_harm else inferred_harm,
        police_tick=guard(lambda: police_tick(pages), PoliceTick.NOT_FOUND),
        children=family.children,
        adults=family.adults,
        message_kind=kind_msg,
        cancels=cancels,
        reschedules=reschedules,
        previous_date=previous,
        marking=guard(
            lambda: classify.marking([info.subject or "", *(p.text for p in pages)]), None
        ),
        booking_form_found=guard(lambda: any(conf.looks_like_form(p) for p in pages), False),
        police_question=guard(lambda: police_question_asked(pages), True),
        police_asked_in_words=guard(lambda: police_asked_in_words(pages), False),
        unread_labels=guard(lambda: unread_labels(pages, understood=known_label), ()),
    )


def _quoted_booking_date(info: MessageInfo, pages: Sequence[Page]) -> date | None:
    """The date of the booking a reply quotes, when the reply moves the conference and does
    not say from when ("conf now WEDS 23rd at 1pm instead" over the booking for the 22nd):
    the date it moves from, which the daemon finds the filed conference by (`tasks.filing`)."""
    sent = conf.sent_day(info)
    bodies = [p.text for p in pages if p.is_body]
    if reply_date(bodies, reference=sent) is None:
        return None  # moved in words that name the old date, or not by a reply
    quoted = [
        Page(p.location, tuple(p.text[len(newest) :].split("\n")))
        for p in pages
        if p.is_body and (newest := reply_above_quote(p.text)) is not None
    ]
    found = labelled_values(quoted)
    ordered = sorted(found, key=lambda c: (c.weak, c.page, c.line))
    return conf.when(info, quoted, ordered, reschedules=False)[0]


def _address_name(address: str | None) -> str | None:
    """ "jasmine.ward@leeds.gov.uk" → "Jasmine Ward": a council address is its person's name."""
    local = (address or "").split("@")[0]
    parts = [p for p in re.split(r"[._]", local) if p.isalpha()]
    return " ".join(p.capitalize() for p in parts) if len(parts) >= 2 else None


_ENUMERATOR = re.compile(r"^\(?(?:\d{1,2}|[a-h])[.)]\s+(?=\S[^:]{0,60}:)")


def labelled_values(pages: Sequence[Page]) -> list[Labelled]:
    """Every (label, value) pair on the pages, in reading order."""
    found: list[Labelled] = []
    for number, page in enumerate(pages):
        lines = logical_lines(page)
        memo = _memo_header_lines(lines)
        for index in range(len(lines)):
            for field, label, value, spaced in _read_line(lines, index):
                if field == DATE and index in memo and label not in _MEETING_HEADER_DATES:
                    continue  # the memo's or letter's own date, not the conference's
                if field != OTHER:
                    weak = label in WEAK or _weak_by_meaning(label)
                    value = unstruck(value)  # "Initial / ~~Review~~": the option kept
                    found.append(Labelled(field, label, value, number, index, weak, spaced))
    return found


_MEMO_HEADER = re.compile(
    r"^\s*(?:to|from|cc|re|subject|sent|our\s+ref|your\s+ref|memo(?:randum)?)\s*:", re.I
)


#: A header block's line that dates the meeting, not the memo: a forwarded Outlook appointment's
#: "When: Friday, 8 January 2027 10:00-12:00 (UTC+00:00) …" under its From/Sent/To/Subject
#: (set m, 64-03: the conference's only date was this line, read as the memo's own).
_MEETING_HEADER_DATES = frozenset({"when"})


def _memo_header_lines(lines: list[str]) -> frozenset[int]:
    """The lines of a memo's or a letter's header block ("To: / From: / Date: / Re:"): its
    "Date:" is the day it was written (issue 11: a memo's own date read as the conference's)."""
    heads = [i for i, line in enumerate(lines) if _MEMO_HEADER.match(line)]
    return frozenset(i for i in range(len(lines)) if sum(1 for h in heads if abs(h - i) <= 2) >= 2)


def _read_line(lines: list[str], index: int) -> list[tuple[str, str, str, bool]]:
    cells = [c.strip() for c in lines[index].split("\t") if c.strip()]
    if not cells:
        return []
    if len(cells) >= 2:
        return _read_cells(cells, lines, index)
    text = _ENUMERATOR.sub("", cells[0])  # "3. Time: 1.30 pm" on numbered forms
    inline = _inline(text, lines, index)
    if inline:
        return [inline]
    exact = _label(text, meaning=False)
    if exact:
        return [(exact[0], exact[1], _following(lines, index, exact[0]), False)]
    prefixed = _prefixed(text)
    if prefixed and not (_CONTINUES_LABEL.match(prefixed[2]) and _heading_shaped(text)):
        return [prefixed]
    meant = _label(text) if _heading_shaped(text) and not _person_then_role(text) else None
    return [(meant[0], meant[1], _following(lines, index, meant[0]), False)] if meant else []


#: "Niamh O'Rourke - social worker": a person and what they are, not a heading.
_DASHED = re.compile(r"\s[-–—]\s|,\s")


def _person_then_role(text: str) -> bool:
    """A line that names a person before a dash or a comma is an entry of a list of people
    ("Niamh O'Rourke - social worker" among the core group), not a label whose meaning is its
    words (issue 11, set u: read as the "social worker" label, the mother on the next line its
    value, and so dropped from the family as staff)."""
    cut = _DASHED.search(text)
    return cut is not None and is_name(text[: cut.start()].split())


#: What goes on a label rather than starting its value: "Reason | for the review" is one
#: heading, its value on the lines below (set m, 64-06: the reason read as "for the review").
_CONTINUES_LABEL = re.compile(r"(?:for|of)\b", re.I)


def _heading_shaped(text: str) -> bool:
    """A line standing alone as a label: "Danger statement", "WHY IS A CONFERENCE NEEDED?"."""
    stripped = text.strip()
    if re.search(r"\d", stripped) or stripped.endswith("."):
        return False
    return stripped.endswith((":", "?")) or stripped[:1].isupper()


_BOXES = frozenset("☒☐☑⍰")


def _read_cells(cells: list[str], lines: list[str], index: int) -> list[tuple[str, str, str, bool]]:
    labels = [_label(c) for c in cells]
    over = _header_over_values(cells, labels, lines, index)
    if over is not None:
        return over
    out: list[tuple[str, str, str, bool]] = []
    k = 0
    while k < len(cells):
        lab = labels[k]
        own = _inline(cells[k], lines, index) if _OWN_VALUE.match(cells[k]) else None
        if own:  # "Chair: Joanna Beever <TAB> Social worker: Kieran Walsh": each cell a pair
            out.append(own)
            k += 1
            continue
        if lab and k + 1 < len(cells) and not _label(cells[k + 1], meaning=False):
            if cells[k + 1][:1] in _BOXES:  # "Type <TAB>☐ Initial <TAB>☒ Review": every option
                out.append((lab[0], lab[1], " ".join(cells[k + 1 :]), False))
                break
            out.append((lab[0], lab[1], cells[k + 1], False))
            k += 2
            continue
        if lab and k == 0 and len(cells) == 1:
            out.append((lab[0], lab[1], _following(lines, index, lab[0]), False))
        inline = _inline(cells[k], lines, index) if not lab else None
        if inline:
            out.append(inline)
        k += 1
    return out


#: A cell holding its own label and value ("Time: 14:00"), not a label for the next cell.
_OWN_VALUE = re.compile(r"^[^:]{1,80}?:\s*\S")


def _header_over_values(
    cells: list[str], labels: list[tuple[str, str] | None], lines: list[str], index: int
) -> list[tuple[str, str, str, bool]] | None:
    """A row of labels over one row of values ("Date | Time | Venue | Chair" over "17/12/2026 |
    09:30 | …"), paired by position; None when the line is no such header.

    A value left empty keeps its place — a Word or PDF row keeps its empty cells, an HTML row
    drops its trailing ones — so "Date | Time | Venue" over "14/01/2027 | | Room 2" gives no
    time rather than nothing at all, and one header cell no reader knows ("Interpreter
    needs") among three or more that are labels is the header's too: the row was read only
    when every cell was a label and every value was filled (issue 11, set o, layout 73's
    horizontal tables)."""
    if index + 1 >= len(lines) or len(lines[index].strip().split("\t")) != len(cells):
        return None  # an empty header cell: a grid's corner, not a row of labels
    if any(re.search(r"\d", cell) for cell in cells):
        return None  # a label has no figures: "Venue | Dewsbury Town Hall, Room 2" is a pair
    unknown = [cell for cell, label in zip(cells, labels, strict=True) if label is None]
    known = len(cells) - len(unknown)
    if not (
        (known >= 2 and not unknown)
        or (known >= 3 and len(unknown) == 1 and _label_shaped(unknown[0]))
    ):
        return None
    under = [c.strip() for c in lines[index + 1].strip().split("\t")]
    filled = [c for c in under if c]
    if len(under) > len(cells) or len(filled) < 2 or any(_label(c, meaning=False) for c in filled):
        return None
    return [
        (label[0], label[1], value, False)
        for label, value in zip(labels, under, strict=False)
        if label and value
    ]


def _label_shaped(cell: str) -> bool:
    """A header cell no reader knows that could still be one: a few words, no mark, no
    person's name."""
    name, rest = split_name(cell)
    return len(cell.split()) <= 5 and not _BOXES & set(cell) and (name is None or bool(rest))


def _inline(text: str, lines: list[str], index: int) -> tuple[str, str, str, bool] | None:
    match = re.match(r"^(?P<l>[^:]{1,80}?)\s*:\s*(?P<v>.*)$", text) or re.match(
        r"^(?P<l>[^-–]{1,60}?)\s+[-–]\s+(?P<v>.+)$", text
    )
    if not match:
        return None
    lab = _label(match["l"])
    if not lab:
        return None
    value = match["v"].strip() or _following(lines, index, lab[0])
    return lab[0], lab[1], value, False


def _prefixed(text: str) -> tuple[str, str, str, bool] | None:
    folded = fold(text)
    if not folded.startswith(_label_prefixes()):  # most lines start with no label at all
        return None
    for label, field in _labels_longest_first():
        if folded.startswith(label + " "):
            match = _label_then_value(label).match(text)
            if match and (field != DATE or _DAY_FIRST.match(match.group(1))):
                return field, label, match.group(1).strip(), True
    return None


#: A date label with no colon after it is one only when a day follows it at once ("Date
#: 12/01/2027", "When Tuesday 12 January"): "When I visited on 12 November Poppy was quieter"
#: is a sentence (issue 11, set u: read as the conference date, 12 November next year). A scan's
#: speck of one or two letters may stand between ("Date of conference ee 14/01/2027").
_DAY_FIRST = re.compile(
    r"^\W*(?:[^\W\d]{1,2}\W+(?=\d))?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:the\s+)?"
    r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tbc|tba|to\s+be)",
    re.IGNORECASE,
)


@cache
def _label_prefixes() -> tuple[str, ...]:
    return tuple(label + " " for label, _ in _labels_longest_first())


@cache
def _label_then_value(label: str) -> re.Pattern[str]:
    return re.compile(
        r"^\W*" + r"\s+".join(map(re.escape, label.split())) + r"\s+(.*)$", re.IGNORECASE
    )


def _following(lines: list[str], index: int, field: str) -> str:
    """The value on the lines after a label standing alone (several lines for a reason).

    On a form printed in capitals (an old case-management system's notice) the label is in
    capitals too, so capitals do not tell a heading from a value there: only a known label
    ends the value (issue 11: every "LABEL / VALUE" pair of such a notice was read empty)."""
    capitals = _capitals(lines[index])
    taken: list[str] = []
    j = index + 1
    while j < len(lines) and len(taken) < 60:
        line = lines[j]
        if not line.strip():
            nxt = next((x for x in lines[j + 1 :] if x.strip()), "")
            if taken and (
                field != REASON
                or _ends_value(nxt, capitals)
                or (len(nxt) < 60 and not nxt.endswith("."))
            ):
                break
            if taken:
                taken.append("")
            j += 1
            continue
        if _ends_value(line, capitals):
            skip = _sub_field(lines, j) if field == REASON and not taken and j == index + 1 else 0
            if not skip:
                break
            j += skip
            continue
        taken.append(line.replace("\t", " ").strip())
        if field != REASON:
            break
        j += 1
    return "\n".join(taken).strip()


def _sub_field(lines: list[str], j: int) -> int:
    """How many lines a field at the head of a reason's section takes (0: it is none).

    A section headed "Why is a conference needed?" may open with a field of its own
    ("Category requested" above "Physical abuse") before its prose: the field is the label
    line and one value line, or one `label<TAB>value` line, and the reason is the prose after
    it (set n layout 66). A heading that is no field's label, or a label with no value under
    it, ends the reason as before."""
    first = lines[j].strip().split("\t")
    label = _label(first[0])
    if label is None or label[0] == REASON:
        return 0
    if len(first) > 1:
        return 1
    if j + 1 < len(lines) and lines[j + 1].strip() and not _ends_value(lines[j + 1]):
        return 2
    return 0


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _ends_value(line: str, capitals: bool = False) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    first = stripped.split("\t")[0]
    # a short line ending in a full stop is the value's first sentence ("Emotional harm -
    # domestic abuse."), not a label read by its words (issue 11, set e: the reason read empty)
    short = len(first.split()) <= 6 and not first.endswith(".")
    if (
        _label(first, meaning=first.endswith((":", "?")) or short)
        or (_label(first.split(":")[0]) and ":" in first)
        or _HEADING_END.match(stripped)
    ):
        return True
    words = stripped.rstrip(":").split()
    shouted = stripped.rstrip(":?").isupper() and not capitals
    heading = shouted or (stripped.endswith("?") and len(words) <= 10)
    return (heading and len(words) <= 10) or (stripped.endswith(":") and len(words) <= 6)


def _label(text: str, *, meaning: bool = True) -> tuple[str, str] | None:
    """(field, folded label): a listed label, else — with `meaning` — one read by its words
    (`parsers.label_meaning`), so that a council's own wording of a known field is read too.

    A stray character after a label ("Time 7", "Chair i": OCR's reading of a speck or a rule's
    stub beside a scanned form's label, issue 11 set e; a footnote mark) is no part of it."""
    folded = fold(text)
    field = _index().get(folded)
    if field is None and " / " in folded:  # "Date / time" is the listed "date/time"
        field = _index().get(_SLASH_SPACES.sub("/", folded))
        folded = _SLASH_SPACES.sub("/", folded) if field else folded
    if field is None and "(" in folded:
        folded = fold(re.sub(r"\(.*?\)", " ", folded))
        field = _index().get(folded)
    if field is None and meaning:
        understood = field_by_meaning(folded)
        field = understood[0] if understood else None
    if field is None and meaning and _stray_shaped(folded) and (stray := _STRAY.match(folded)):
        return _label(stray["label"])
    if field is None and meaning and "/" in folded:  # "Background / police history": either half
        for part in folded.split("/"):
            if part.strip() and (half := _label(part)) is not None:
                return half
    return (field, folded) if field else None


_SLASH_SPACES = re.compile(r"\s*/\s*")
#: A label and one character after it, set apart by a space.
_STRAY = re.compile(r"^(?P<label>.*[a-z].*?)\s+\S$")


def _stray_shaped(text: str) -> bool:
    """Whether `text` ends as `_STRAY` needs: a space, then one character (at the very end, or
    before a last newline, where `$` matches too). Asked first: most labels read end otherwise,
    and the pattern tries every place a letter could end the label, each time to the end
    (issue 11: `_label` took 0.7 ms an email over the benchmark's mail, 0.2 ms with this)."""
    tail = text[:-1] if text.endswith("\n") else text
    return len(tail) >= 3 and tail[-2].isspace() and not tail[-1].isspace()


def known_label(text: str) -> bool:
    """Whether some reader understands this label: a field's (listed or by meaning, `OTHER`
    included), a person's role ("Mother", "Father's partner") or the police question."""
    return _label(text) is not None or relationship_side(text) is not None or asks_police(text)


def starts_pair(label: str) -> bool:
    """Whether a label begins a field of its own on a line of several (`parsers.pairs_in_line`):
    a known label that is not a person's detail — "Name: X Relationship: Mother DOB: …" is one
    person's record, "Mother: X Father: Y" two people, "Date: … Time: …" two fields."""
    return known_label(label) and label_field(label) != PERSON


def _weak_by_meaning(label: str) -> bool:
    """A label not listed is weak when its words are general ("Proposed date", "Summary")."""
    if label in _index():
        return False
    understood = field_by_meaning(label)
    return understood is not None and understood[1]


def _index() -> dict[str, str]:
    return label_index()


@cache
def _labels_longest_first() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(_index().items(), key=lambda item: -len(item[0])))
