"""What a line of a people section is when it is no person: a heading, a header row, an end.

Split from `parsers.fields_people`, whose walk over a page's lines asks these first: a section
heading opens the children or the adults ("Children:", "Household member 2"), a header row
names a table's columns ("Name | DOB | Relationship") — or says the table lists the
professionals invited ("Name | Agency | Role") —, a field label, a sign-off or a tick box ends
the section, and a label whose value is no person ("Language / interpreter") keeps its value
below it from being read as one.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.dates import find_dates
from parsers.given_names import is_given_name
from parsers.label_meaning import (
    BIRTH,
    field_by_meaning,
    header_role,
    kin_label,
    people_section,
    professional_role,
    relationship_side,
)
from parsers.labels import ADULT_SECTIONS, CHILD_SECTIONS, HEADER_WORDS, LABELS, OTHER, fold

_SIGN_OFF = re.compile(
    r"^(?:kind\s+|best\s+|warm\s+)?(?:regards|thanks|many\s+thanks|thank\s+you|yours)\b", re.I
)
_FIELD_LABELS = frozenset(
    fold(label) for key, labels in LABELS.items() if key != OTHER for label in labels
)
_SECTIONS = tuple(CHILD_SECTIONS) + tuple(ADULT_SECTIONS)
#: "Date of conference …" ends a people section; one `startswith` for all of them.
_LONG_LABELS_SPACED = tuple(sorted(label + " " for label in _FIELD_LABELS if len(label) > 4))


def family_row(line: str) -> bool:
    """A row of a list of those invited whose role is the family's: "Gemma Aspinall <TAB>- <TAB>
    Mother" in a conference's circulation list of "Name | Agency | Role" (issue 11, set r)."""
    cells = [c.strip() for c in line.split("\t")]
    return len(cells) >= 2 and any(
        kin_label(c) and not professional_role(c) and relationship_side(c) is not None
        for c in cells[1:]
    )


#: A header cell of these words is a professional's, never a family member's.
_AGENCY_COLUMN = frozenset(
    {"agency", "agencies", "organisation", "organization", "service", "team", "designation",
     "profession", "employer", "department", "job", "attending", "apologies"}
)  # fmt: skip

_OTHER_LABELS = frozenset(fold(label) for label in LABELS[OTHER])


_ENTRY_DASH = re.compile(r"\S\s[-–—]\s\S")


def not_a_person_label(line: str) -> bool:
    """A label standing alone on its line whose value, on the next line, is no person: "Home
    address", "Language / interpreter", "School". Where a form gives each field as a label
    above its value (a narrow column: set n layout 66), the value of such a label can look
    like a name ("Kurdish Sorani – interpreter booked for mother") inside a people section.
    Labels of a person's own name, birth date or relationship, and people headings, are not
    such labels: their value is the person."""
    if "\t" in line or ":" in line.rstrip(":") or _ENTRY_DASH.search(line):
        return False  # "Sharon - youth worker": an entry of a list, not a label above a value
    folded = fold(line)
    if not folded or len(folded.split()) > 4 or is_header_row(line):
        return False
    parts = [folded, *(part.strip() for part in folded.split("/"))]
    known = any(part in _OTHER_LABELS for part in parts) or field_by_meaning(folded) is not None
    return (
        known and header_role(line) is None and kin_label(line) is None and section_of(line) is None
    )


def professionals_header(header: list[str]) -> bool:
    """A table header with an agency column and no birth date column: who is invited."""
    words = {w for cell in header for w in re.findall(r"[a-z]+", cell)}
    return bool(words & _AGENCY_COLUMN) and BIRTH not in header


def section_of(line: str) -> str | None:
    """ "child" or "adult" when `line` opens a section of people, else None."""
    head = line.split("\t")[0]
    head = head.split(":")[0] if re.match(r"^[^:]{2,40}:\s*\S", head) else head  # "Children: …"
    folded = fold(head)
    if len(folded.split()) > 8:
        return None
    section: str | None = None
    if folded.startswith(_SECTIONS):  # every listed way of opening starts with its name
        if any(_opens(folded, s) for s in CHILD_SECTIONS):
            section = "child"
        elif any(_opens(folded, s) for s in ADULT_SECTIONS):
            section = "adult"
    if section is None:  # a heading in a council's own words ("Household member 2")
        section = people_section(folded)
    if section is None:
        return None
    # a dated line is not a heading; looked for last, as dates cost more than headings
    return None if find_dates(head) else section


def _opens(folded: str, section: str) -> bool:
    """ "Children" opens a section; "Child protection conference booking form" does not."""
    if folded == section:
        return True
    if " " not in section and "(" not in section:
        return bool(_opening(section).match(folded))
    return folded.startswith((section + " ", section + ","))


@cache
def _opening(word: str) -> re.Pattern[str]:
    return re.compile(re.escape(word) + r"(?:'s)?(?:\s+(?:details|subject|and|/)\b|\s*[,/])")


def ends_section(line: str) -> bool:
    """Whether `line` closes a section of people: a field label, a sign-off, a tick box, a
    heading in capitals."""
    folded = fold(line.split("\t")[0].split(":")[0])
    prefixed = folded.startswith(_LONG_LABELS_SPACED)
    if (
        folded in _FIELD_LABELS
        or prefixed
        or _SIGN_OFF.match(line)
        or any(b in line for b in "☒☐⍰")
    ):
        return True
    words = line.strip().rstrip(":").split()
    return (
        "\t" not in line.strip()  # "4AA <TAB>IDVA.": a postcode and a note wrapped in a row
        and (line.strip().rstrip(":").isupper() or _capitals_heading(line))
        and len(words) >= 1
        and not find_dates(line)
        and len(words) <= 8
    )


def _capitals_heading(line: str) -> bool:
    """A heading in capitals with a note in brackets: "ASSESSMENT FACTORS (from the single
    assessment)" (set p, 77-03: read as a person under the parents above it). A name in capitals
    ("KEEGAN Siobhan (mother)") has a given name among its words, or a relative in its bracket."""
    bracket = re.search(r"\(([^()]*)\)", line)
    head = re.sub(r"\([^()]*\)", " ", line).strip(" :")
    if bracket is None or not head.isupper() or relationship_side(bracket.group(1)):
        return False
    return not any(is_given_name(word.title()) for word in head.split())


def is_header_row(line: str) -> bool:
    """Whether `line` is the header row of a table of people (or of the professionals)."""
    cells = [fold(c) for c in re.split(r"\t", line) if c.strip()]
    if len(cells) == 1:
        words = fold(line)
        return sum(1 for h in HEADER_WORDS if h in words) >= 2 and words.startswith("name")
    if len(cells) < 2:
        return False
    roles = [header_role(c) for c in cells]
    # "Name | Agency" heads the attendees of a meeting: an agency column is a header cell too
    known = sum(
        1
        for c, r in zip(cells, roles, strict=True)
        if r or c in HEADER_WORDS or _AGENCY_COLUMN.intersection(re.findall(r"[a-z]+", c))
    )
    named = any(r in ("name", "forename", "surname") for r in roles)
    return known >= 2 and (named or sum(1 for c in cells if c in HEADER_WORDS) >= 2)


def header_columns(line: str) -> list[str]:
    """The header row's cells as the canonical column words `read_person` reads."""
    return [header_role(c) or fold(c) for c in line.split("\t")]
