"""One person from a cell, a list item or a line: name, relationship, birth date, expected or born.

Split from `parsers.fields_people`: however a page lists its people (a table row under its
header, a label and its value, a bracketed list, a row under relationship columns), each part
comes here to be read the same way. A police officer or a professional named with their role
("Lynn Teale (DSL)") is no one's family (None); a date after a name is a birth only when no
event word ("moved", "arrested") dates it and no one is born after the email was sent.
"""

from __future__ import annotations

import re
from datetime import date

from parsers.dates import find_dates
from parsers.label_meaning import (
    BIRTH,
    kin_label,
    people_section,
    professional_role,
    relationship_side,
    worker_role,
)
from parsers.labels import fold
from parsers.people_lines import (
    LIST_MARK,
    PEOPLE_ROLES,
    ROLE_PREFIX,
    colon_after_kin,
    is_relationship,
    label_cell,
)
from parsers.person_names import POLICE_RANKS, RELATIONS_LONGEST_FIRST, UNBORN_NAME, split_name
from parsers.records import Person

_EXPECTED = re.compile(r"\b(?:EDD|EDC|expected\s+date|due\s+date|unborn)\b", re.IGNORECASE)
#: A word that says the date near it is a birth date, not a due date.
_BORN_WORD = re.compile(r"\b(?:DOB|D\.O\.B\.?|d/o/b|date\s+of\s+birth|born)\b", re.I)
#: A word that says the date near it is a birth (or due) date.
DOB_WORD = re.compile(r"\b(?:DOB|D\.O\.B\.?|d/o/b|date\s+of\s+birth|born|EDD|EDC)\b", re.I)


def role_label(text: str) -> re.Match[str] | None:
    """ "Mother: Amy Gill", "Mum - Amy Gill", "Parents: …", "Child 2: …": a relationship, a
    people role or a people section labelling the name after it; None for anything else."""
    role = ROLE_PREFIX.match(colon_after_kin(text))
    if role is None:
        return None
    label = role["role"]
    if fold(label) in PEOPLE_ROLES or people_section(label) is not None:
        return role
    if is_relationship(label) and split_name(label)[0] is None:
        return role
    # "Unborn Hirst: EDD 03/04/2027" is the unborn child by name, its "unborn" no relationship
    # that labels a name after it (issue 11, set u: the baby read as no one)
    return None


def read_person(line: str, *, header: list[str], reference: date | None) -> Person | None:
    """The person of one part of a line or row; `header` holds the canonical column words of
    the table the part is a row of (empty outside a table). None when the part names no one of
    the family."""
    text = LIST_MARK.sub("", line, count=1).strip()
    cells = [c.strip() for c in text.split("\t")]
    if header and len(cells) == len(header) + 1 and re.fullmatch(r"\d{1,2}[.)]?", cells[0]):
        cells = cells[1:]  # "1 <TAB>Aria Sutcliffe <TAB>…" under "No. Name <TAB>DOB …"
    mapped = len(cells) == len(header)
    label = None if header else label_cell(text)
    if label is not None:  # "Mum <TAB>Amy Brennan", "Name / DOB <TAB>Jayden Sutcliffe 03/09/2014"
        cells = cells[1:]
        while cells and split_name(LIST_MARK.sub("", cells[0], count=1))[0] is None:
            cells = cells[1:]
    relationship = next(
        (
            c
            for i, c in enumerate(cells[1:], start=1)
            if is_relationship(c) and not (mapped and _elsewhere(header[i]))
        ),
        None,
    )
    if "relationship" in header and len(cells) == len(header):
        relationship = cells[header.index("relationship")] or relationship
    if label is not None and relationship is None and kin_label(label):
        relationship = label
    name_text = (
        cells[header.index("name")] if "name" in header and len(cells) == len(header) else cells[0]
    )
    if header and not mapped and len(cells) > 1 and re.fullmatch(r"\d{1,2}[.)]?", cells[0]):
        # a numbered row short of its header's cells: the name after the number ("3 <TAB>LISA
        # DOBSON <TAB>11/03/1990  PATERNAL AUNT" under "# NAME DOB ROLE"; set c)
        name_text = cells[1]
    given = next((h for h in ("forename", "forenames", "first name") if h in header), None)
    family = next((h for h in ("surname", "last name", "family name") if h in header), None)
    if given and family and len(cells) == len(header):
        name_text = f"{cells[header.index(given)]} {cells[header.index(family)]}"
    role = role_label(name_text)
    if role:
        relationship = relationship or (role["role"] if is_relationship(role["role"]) else None)
        name_text = role["rest"]
    name, rest = split_name(name_text)
    if name is None or name.split()[0].casefold().rstrip(".") in POLICE_RANKS:
        return None  # "PC Rachel Ogden" in the core group is no family member
    # "Lynn Teale (DSL)", "Shona McBride, Social Worker", "Dara Quinn - interpreter for mum"
    paren = re.match(r"\s*(?:\(([^)]*)\)|,\s*([^,]+)|[-–—]\s*([^,(]+))", rest)
    role_after = (paren.group(1) or paren.group(2) or paren.group(3) or "") if paren else ""
    if role_after and professional_role(role_after) and not kin_label(role_after):
        return None  # "Lynn Teale (DSL)", "Shona McBride, Social Worker": no family member
    paren = re.match(r"\s*\(([^)]*)\)", rest)
    # "(maternal grandmother, significant adult who provides regular care)", "(father - lives
    # separately)": the relationship is the bracket's first part, the rest says more about them
    first = re.split(r"\s*(?:[,;]|\s[-–]\s)\s*", paren.group(1))[0] if paren else ""
    if paren and (is_relationship(paren.group(1)) or is_relationship(first)):
        relationship = relationship or paren.group(1).strip()
    tail = rest.strip().lstrip("-–—:,").strip()
    folded = tail.casefold() + " "  # once, not once a relation
    trailing = next((r for r in RELATIONS_LONGEST_FIRST if folded.startswith(r + " ")), None)
    if trailing is None and tail and relationship_side(re.split(r"[(,;\d]", tail)[0]):
        trailing = re.split(r"[(,;\d]", tail)[0].strip()  # "Jo Bloggs – mum's boyfriend"
    relationship = relationship or trailing or kin_said_after(rest)
    # under a header with a birth column, that column's date is the birth date: another cell's
    # ("Maternal uncle - lived in the household until 27/11/2026") is not (set m, 61-01)
    birth = cells[header.index(BIRTH)] if mapped and BIRTH in header else ""
    dates = find_dates(birth, reference=reference) or [
        d for d in find_dates(text, reference=reference) if not _event_date(text, d[1])
    ]
    if not dates and worker_role(relationship or _beside(cells, name_text)):
        return None  # "Jo Pike <TAB>Social worker <TAB>Invited": everyone in one list
    adult = relationship is not None and relationship_side(relationship) == "adult"
    # "Kim Lowe (d.o.b. 04/04/2023) … her baby, due on … (EDD)": a child given a birth date is
    # born, whatever due date the line tells of another
    expected = not adult and bool(
        UNBORN_NAME.match(name) or (_EXPECTED.search(text) and not _BORN_WORD.search(text))
    )
    if reference is not None and not expected:
        # no one was born after the email was sent: a later date on the line is the
        # conference's ("… Jack Aspinall, which will be held on 14 January 2027"; set b)
        dates = [d for d in dates if d[0] <= reference]
    return Person(
        name=name,
        date_of_birth=dates[0][0] if dates else None,
        relationship=relationship,
        expected=expected,
    )


#: Words after a name that say nothing of what the person is to the family: a birth year or
#: date, an age, a sex, another name they go by.
_NOT_SAID = re.compile(
    r"^(?:b\.?\s*\d{4}|(?:born|d\.?o\.?b\.?|aged?|\d)\b.*|[MF]|male|female|"
    r"(?:also\s+)?known\s+as\b.*|a\.?k\.?a\.?\b.*|n[ée]e\b.*)$",
    re.IGNORECASE,
)


_YEAR_FIRST = re.compile(r"^(?:b\.?\s*)?\d{4}\s+(?=[A-Za-z])")


def kin_said_after(rest: str) -> str | None:
    """What the words after a name say the person is, past the birth year, the age or the alias
    before it: "(b.1984) - mother's partner since 2021", "<TAB>age 4 <TAB>subject", ", also known
    as Lee Ross, father" (a genogram's key, a list of everyone; issue 11, set C). None when the
    first thing said is no relationship."""
    parts = [p.strip() for p in re.split(r"[,;\t()]|\s[-–—]\s|^\s*[-–—]\s", rest)]
    parts = [_YEAR_FIRST.sub("", p) for p in parts]  # "b. 1985 father of …"
    for part in [p for p in parts if p][:4]:
        if not _NOT_SAID.match(part):
            return part if _kin_headed(part) else None
    return None


#: Words that may come before the kin word of a relationship: "maternal grandmother", "her
#: older brother", "subject child".
_KIN_MODIFIERS = frozenset(
    {"maternal", "paternal", "half", "step", "birth", "foster", "the", "her", "his", "their",
     "a", "an", "older", "younger", "elder", "eldest", "youngest", "big", "little", "subject",
     "significant", "ex", "former", "current", "great", "biological", "adoptive"}
)  # fmt: skip


def _kin_headed(part: str) -> bool:
    """A relationship opens with its kin word or a modifier of it: "mother's partner since
    2021", "maternal grandmother"; "lives with father and grandmother" says where a person
    lives, not what they are (set d, d-16: a girl of 14 read as an adult)."""
    said = part.split()[0].casefold().replace("’", "'")
    first = said.removesuffix("'s").strip("-")
    possessive = said.endswith("'s")  # "Zubeda's husband", "mum's partner"
    if not possessive and first not in _KIN_MODIFIERS and relationship_side(first) is None:
        return False
    return relationship_side(part) is not None


def _beside(cells: list[str], name_text: str) -> str:
    """The cell right after the person's name in a row: what a list of everyone says they are."""
    at = cells.index(name_text) if name_text in cells else -1
    return cells[at + 1] if 0 <= at < len(cells) - 1 else ""


#: What a date after a person's name dates when it is no birth: a move, an arrest, a release
#: ("Marta Kowalczyk (mother), … (moved from Sheffield 20/11/2026)"; issue 11, set j).
_EVENT_BEFORE = re.compile(
    r"\b(?:moved|moving|move|arrived|since|arrested|returned|left|released|bailed|until|dated|"
    r"visited|referred|incident|separated|married)\b(?:\s+\S+){0,2}\s*$",
    re.IGNORECASE,
)


def _event_date(text: str, start: int) -> bool:
    """Whether the date at `start` dates an event in the words just before it, not a birth."""
    before = text[max(0, start - 40) : start]
    return bool(_EVENT_BEFORE.search(before)) and not DOB_WORD.search(before[-20:])


#: Columns whose words are about where or with whom a person lives, not who they are: "Lives
#: with | Maternal grandparents" under a child is no relationship of the child's (issue 11, set h).
_WHERE_COLUMN = re.compile(
    r"\b(?:lives?|living|resides?|address|placed|placement|school|setting)\b"
)


def _elsewhere(header: str) -> bool:
    return _WHERE_COLUMN.search(header) is not None
