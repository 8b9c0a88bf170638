"""Shapes of a line that carry people, whatever the form (issue 11, "values parsed by shape").

`parsers.people_page` walks a page's lines; these tell it what a line *is* before it reads
the person in it: a label cell beside its person ("Mum | Amy Brennan", "Name | Zainab Bibi"),
a header of relationships over a row of names ("Mother | Father | Address"), sentences of
"role: name" in one line ("Mother: A. Maternal grandfather: B."), a list of attendees each
with a role in brackets ("Present: A (mother), B (social worker)"), a stated age beside a
person, and a line that sets a person outside the conference ("(not subject)"). Each test
reads meaning from words (`parsers.label_meaning`), never one council's phrase.
"""

from __future__ import annotations

import re
from itertools import pairwise

from parsers.label_meaning import (
    FAMILY,
    GIVEN,
    MIXED,
    NAME,
    header_role,
    kin_label,
    kin_said,
    people_section,
    professional_role,
    relationship_side,
)
from parsers.labels import ADULT_RELATIONSHIPS, CHILD_NAME_LABELS, CHILD_RELATIONSHIPS, fold
from parsers.person_names import UNBORN_NAME, split_name
from parsers.records import Person

#: A list item's mark, or several: "1.", "-", "•", "(a)"; a genogram key's place by generation
#: and its symbol or sex ("II-3 ■", "I-1 [F]", "III-2 ●"; issue 11, set C layout 142).
LIST_MARK = re.compile(
    r"^\s*(?:(?:\d{1,2}[.)]|[-•*–·▪o■●◆◇□○◼◻▲△▶►▸]|\(?[a-z][.)]|[IVX]{1,4}\s?[-.]\s?\d{1,2}"
    r"|\[[A-Za-z?]{1,2}\])\s+)+"
)

#: "Mother: …", "Maternal grandmother (lives with them): …": a role before a colon.
ROLE_PREFIX = re.compile(
    r"^(?P<role>[A-Za-z'’()/ \-]{2,48}?(?:\s*#?\d{1,2})?)\s*[:]\s*(?P<rest>.+)$"
)

#: Where one person ends and the next begins in a list: ";", "and", "&", a comma before a name.
BETWEEN_PEOPLE = re.compile(r"\s*;\s*|\s+(?:and|&)\s+|\s*,\s*(?=[A-Z][\w'’\-]+\s+[A-Z])")

#: Labels that stand before a person's name without saying how they are related.
PEOPLE_ROLES = frozenset(
    {"child", "name", "subject", "subject child", "young person", "full name", "adult",
     *CHILD_NAME_LABELS}
)  # fmt: skip


def is_relationship(text: str) -> bool:
    """A relationship in any wording: a listed one, or a short phrase with a kin word."""
    folded = fold(text).replace("’", "'")
    if folded in ADULT_RELATIONSHIPS or folded in CHILD_RELATIONSHIPS:
        return True
    return len(folded.split()) <= 6 and relationship_side(folded) is not None


#: One person of a list with a bracket after the name: "Mrs Lynn Teale (DSL)".
_BRACKETED = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}\s*\([^()]{2,60}\)\.?$"
)


def bracketed_people(line: str) -> list[str] | None:
    """A list of people each with a bracket after their name, after any label ("Present: A
    (mother), B (social worker), PC C (West Yorkshire Police)", "Children: A (14/04/2019), B
    (01/08/2022)"): the family among them — every part but those whose bracket is a
    professional's role (issue 11: minutes name family and professionals in one list).
    None unless two or more parts have that shape."""
    if "\t" in line:
        return None
    labelled = re.match(r"^[A-Za-z][\w /'’()\-]{1,40}:\s", line)
    value = line[labelled.end() :] if labelled else line
    parts = [p.strip() for p in BETWEEN_PEOPLE.split(value) if p.strip()]
    if sum(1 for p in parts if _BRACKETED.match(p)) < 2:
        return None
    return [
        p
        for p in parts
        if split_name(p)[0] and not ("(" in p and professional_role(p[p.index("(") + 1 :]))
    ]


def kin_line(line: str) -> bool:
    """ "Mother: Hayley Gill", "Mum's boyfriend: Glenn Tate", "Step-father: <TAB>Andrius
    Petrauskas": a person by their relationship, its label before a colon or in a cell."""
    role = ROLE_PREFIX.match(line.strip())
    label = role["role"] if role else label_cell(line)
    # "Health visitor: Samina Ali" holds "visitor" (a kin word: "a visitor to the home") but
    # names a professional invited, no one of the family (set n layout 66)
    return (
        label is not None
        and not professional_role(label)
        and (
            fold(label) in ADULT_RELATIONSHIPS
            or relationship_side(label) == "adult"
            or people_section(label) in ("adult", MIXED)
        )
    )


def label_cell(line: str) -> str | None:
    """The first cell of "label <TAB>value" when it is a label of a person — a relationship
    ("Mum", "Father of the baby"), a name or birth-date label ("Name", "Name / DOB"), or a
    heading of people ("Young person:") — and a later cell holds a name. Issue 11: forms that
    give each person as label and value rows ("Name | Zainab Bibi", "Mum | Amy Brennan")."""
    cells = [c.strip() for c in line.split("\t")]
    if len(cells) < 2:
        return None
    label = cells[0].rstrip(":").strip()
    if not label or len(label.split()) > 8 or any(c.isdigit() for c in label):
        return None
    if split_name(label)[0] is not None:
        return None  # a name in the first cell is the person, not a label
    if not (
        kin_label(label)
        or header_role(label) in (NAME, GIVEN, FAMILY)
        or people_section(label) is not None
        or fold(label) in PEOPLE_ROLES
    ):
        return None
    if not any(split_name(LIST_MARK.sub("", c, count=1))[0] for c in cells[1:]):
        return None
    return label


def kin_columns(line: str) -> list[str | None]:
    """A header row whose cells say who stands below them ("Mother | Father | Address",
    "Parent/carer | Partner / household member"): per cell its relationship, None for a cell
    that is no person's (issue 11, set a). [] when fewer than two cells name a person."""
    # a numbered heading is no value: "CHILD 1 <TAB>CHILD 2" (issue 11, set w)
    cells = [_NUMBERED.sub("", c.strip()) for c in line.split("\t")]
    if "\t" not in line or any(c.isdigit() for c in "".join(cells)):
        return []
    if any(b in line for b in "☒☐⍰"):
        return []
    if any(header_role(c) in (NAME, GIVEN, FAMILY) or split_name(c)[0] for c in cells):
        return []  # "Name | Relationship" has a name column; "Bridget Joyce | Mother" a person
    kinds: list[str | None] = [
        c if c and (kin_label(c) or people_section(c) in ("adult", "child")) else None
        for c in cells
    ]
    return kinds if sum(k is not None for k in kinds) >= 2 else []


#: A heading's number: "Child 2", "Person (3)".
_NUMBERED = re.compile(r"\s*\(?\d{1,2}\)?$")

#: A person by their relationship, the relationship first, then " - " or ":" and the name.
_KIN_DASH = re.compile(r"^(?P<role>[A-Za-z'’/ \-]{2,30}?)\s+[-–]\s+(?=[A-Z])")
_SENTENCE_END = re.compile(r"(?<=[a-z)\d][.;])\s+(?=[A-Z])")  # "…DOB 18/02/2010. Mother: …"


def pairs_apart(lines: list[str]) -> list[str]:
    """ "Mother: Nicola Moxon. Paternal grandfather (significant adult): Barry Moxon." and
    "Mum - Nicola Sowerby. Dad - Craig Sowerby" as one line per person, each "role: name"
    (issue 11: a family written as sentences of relationship and name in a short note)."""
    out: list[str] = []
    for line in lines:
        if "\t" in line:
            out += _person_cells_apart(line)
            continue
        if not line:
            out.append(line)
            continue
        pieces = [_colon_after_label(colon_after_kin(p)) for p in _SENTENCE_END.split(line)]
        people = sum(kin_line(p) or _child_line(p) for p in pieces)
        # one person's sentence among other fields' ("Parents: Nadia Ahmed and Tariq Ahmed.
        # Plan category: emotional harm.": issue 11, set r) is a line of its own as well
        labelled = sum(ROLE_PREFIX.match(p.strip()) is not None for p in pieces)
        if len(pieces) >= 2 and (people >= 2 or (people >= 1 and labelled >= 2)):
            out += pieces
        else:
            out.append(pieces[0] if len(pieces) == 1 else line)
    return out


#: A cell that is only a person's birth date beside them: "DOB 2015-11-11", "b. 15/06/2017".
_BIRTH_CELL = re.compile(
    r"^(?:d\.?o\.?b\.?|born|b\.)\s*:?\s*\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}$|^\d{4}-\d{2}-\d{2}$",
    re.I,
)


def _person_cells_apart(line: str) -> list[str]:
    """ "CHILD_1: Archie Denton <TAB> DOB 2015-11-11 <TAB> CHILD_2: Bella Denton <TAB> DOB …"
    (a coded extract's run of "role: name" cells, set s layout 94) as one line per person, a
    birth date's cell in brackets after its name; any other line as it is."""
    cells = line.split("\t")
    starts = [at for at, cell in enumerate(cells) if kin_line(cell) or _child_line(cell)]
    if not starts or starts[0] != 0 or len(cells) < 2:
        return [line]
    out: list[str] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(cells)
        rest = [cell.strip() for cell in cells[start + 1 : end] if cell.strip()]
        if not all(_BIRTH_CELL.match(cell) for cell in rest):
            return [line]  # a cell that is neither a person nor their birth date: a table
        out.append(cells[start].strip() + "".join(f" ({cell})" for cell in rest))
    return out


def _child_line(piece: str) -> bool:
    """ "Child: Rahul Mistry.": a child by the label before a colon (set m, 64-05: "Child: … .
    Parents: … and … . Reason: …" as one line of sentences)."""
    role = ROLE_PREFIX.match(piece.strip())
    return role is not None and people_section(role["role"]) == "child"


def colon_after_kin(piece: str) -> str:
    """ "Mum - Kirsty Lumb" as "Mum: Kirsty Lumb": a relationship before a spaced dash is the
    label of the name after it."""
    dash = _KIN_DASH.match(piece)
    if dash and kin_label(dash["role"]) and split_name(dash["role"])[0] is None:
        return f"{dash['role']}: {piece[dash.end() :]}"
    return piece


#: What may follow a person's name on a line of its own: a bracket, a birth date, nothing.
_AFTER_NAME = re.compile(
    r"^\s*(?:$|\(|(?:DOB|D\.O\.B\.?|date\s+of\s+birth|born|EDD)\b|\d{1,2}[/.\-]\d)", re.I
)


def _colon_after_label(piece: str) -> str:
    """ "Child Freddie Gill DOB 12/12/2019", "Maternal grandmother Jean Gill (lives nearby)" as
    "Child: Freddie Gill …": a label of a person and the person, run together when a form's
    cells were copied out of a PDF as one line (issue 11, set w). The label is a kin word or a
    heading of people, the words after it a name with nothing after it but a bracket or a
    birth date; any other line as it is."""
    if ":" in piece or split_name(piece)[0] is not None:
        return piece  # "Unborn baby of Chloe Doyle (EDD …)" is a name, its words no label
    words = piece.split()
    for size in range(1, min(4, len(words) - 1)):
        label, rest = " ".join(words[:size]), piece.strip()[len(" ".join(words[:size])) :]
        if split_name(label)[0] is not None or professional_role(label):
            continue
        folded = fold(label)
        if not (kin_label(label) or folded in PEOPLE_ROLES or people_section(folded)):
            continue
        name, after = split_name(rest.strip())
        if name is not None and _AFTER_NAME.match(after):
            return f"{label}: {rest.strip()}"
    return piece


#: "aged 19", "age 4": an age stated beside the person (DOMAIN.md §3.8, "aged 7").
_AGED = re.compile(r"\bage[d]?\s*:?\s*(?P<years>\d{1,2})\b", re.IGNORECASE)


def stated_age(text: str, person: Person, *, is_child: bool) -> bool:
    """ "Shane Ackroyd / brother (aged 19)": an age stated beside a person without a birth
    date outranks the kin word — a brother of 19 is an adult of the household (set b)."""
    aged = _AGED.search(text)
    if aged is None or person.date_of_birth is not None:
        return is_child
    return int(aged["years"]) < 18


#: Marks that part the items of a list written along one line ("A (mother) • B (father)").
_BULLETS = re.compile(r"\s+[•·▪◦‣∙]\s+")


#: Where a "Name - what they are" entry starts inside a cell: one to three capitalised words and
#: a spaced dash ("… - mum Jordan Ibbotson - mum's partner", "… days Grandad Winston Campbell -").
_DASHED_ENTRY = re.compile(r"(?<![\w'’\-])(?:[A-Z][\w'’\-]+\s+){1,3}[-–—]\s")


def entries_apart(lines: list[str]) -> list[str]:
    """A row of cells side by side, each a list of "Name - what they are" entries whose line
    breaks were lost ("Abbie Kershaw - mum Jordan Ibbotson - mum's partner <TAB>Georgia Lund -
    social worker Tiny Steps nursery"): one line per entry, each read as a person of its own,
    family or worker by what it says (a circle of support by rings, a list of everyone by
    columns; issue 11, set C layout 145). A kin word before the name goes after it: "Grandad
    Winston Campbell - Chapeltown" is Winston Campbell, grandad."""
    out: list[str] = []
    for line in lines:
        cells = line.split("\t")
        if _cells_of_one_each(cells):  # "LIVE WITH ME <TAB>Nana Pat (Patricia Lumb)"
            out += [_kin_first(c.strip()) or c.strip() for c in cells if c.strip()]
            continue
        starts = [[m.start() for m in _DASHED_ENTRY.finditer(c)] for c in cells]
        if (
            len(cells) < 2
            or sum(map(len, starts)) < 2
            or not all(
                split_name(re.split(r"\s[-–—]\s", c[s:])[0])[0] or _kin_first(c[s:]) is not None
                for c, found in zip(cells, starts, strict=True)
                for s in found
            )
        ):
            out.append(line)
            continue
        for cell, found in zip(cells, starts, strict=True):
            bounds = [*found, len(cell)]
            out += [cell[: bounds[0]].strip()] if bounds[0] and cell[: bounds[0]].strip() else []
            entries = [cell[a:b].strip() for a, b in pairwise(bounds)]
            out += [_kin_first(entry) or entry for entry in entries]
    return out


def _cells_of_one_each(cells: list[str]) -> bool:
    """Cells side by side that each say one whole person — "Mum - Amy Lumb", "Dean Platt
    (mum's partner)", "Nana Pat (Patricia Lumb)" — beside cells that name no one ("LIVE WITH
    ME", "Sharon - youth worker"): a drawing's labels or a grid of entries, not a table's row,
    whose cells would be one person's fields ("Mum <TAB>Amy Lumb" names her in two cells)."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) < 2:
        return False
    whole = [_one_whole_person(c) for c in filled]
    return any(whole) and all(
        w or split_name(LIST_MARK.sub("", c, count=1))[0] is None
        for w, c in zip(whole, filled, strict=True)
    )


def _one_whole_person(cell: str) -> bool:
    """A cell that is a name and what the person is to the family, in either order."""
    if _kin_first(cell) is not None:
        return True
    parts = re.split(r"\s[-–—]\s", cell, maxsplit=1)
    if len(parts) == 2:
        name, rest = split_name(parts[0])
        if name is not None and not rest.strip():
            return kin_said(re.split(r"[,;(]", parts[1])[0]) is not None
        return kin_label(parts[0]) is not None and split_name(parts[1])[0] is not None
    name, rest = split_name(cell)
    bracket = re.match(r"\s*\(([^()]+)\)\s*$", rest)
    return name is not None and bracket is not None and kin_said(bracket[1]) is not None


def _kin_first(entry: str) -> str | None:
    """ "Grandad Winston Campbell - Chapeltown" as "Winston Campbell - Grandad, Chapeltown";
    "Nana Pat (Patricia Lumb)" as "Patricia Lumb - Nana Pat"."""
    words = entry.split(" ", 1)
    if len(words) < 2 or relationship_side(words[0]) is None or UNBORN_NAME.match(entry):
        return None  # "Unborn Baby Kaye" is the child's name, its marker no kin word before it
    if words[0].casefold() in {"child", "subject", "children"}:
        return None
    called = re.match(r"^((?:[A-Z][\w'’\-]+\s*)?)\(([^()]+)\)\s*$", words[1])
    if called and split_name(called[2])[0] is not None:
        return f"{split_name(called[2])[0]} - {words[0]} {called[1].strip()}".strip()
    name, rest = split_name(words[1])
    if name is None:
        return None
    note = rest.strip().lstrip("-–—").strip()
    return f"{name} - {words[0]}" + (f", {note}" if note else "")


def items_apart(lines: list[str]) -> list[str]:
    """A line of list items between bullets, two or more of them people ("Unborn baby Clegg,
    EDD 15/04/2027 • Naomi Clegg (mother) 21/12/1994 • Reece Armitage (father of the baby)
    07/08/1990"), as one line per item, so each is read as a person of its own (set p)."""
    out: list[str] = []
    for line in lines:
        pieces = [p.strip() for p in _BULLETS.split(line)] if "\t" not in line else [line]
        if len(pieces) >= 2 and sum(split_name(p)[0] is not None for p in pieces) >= 2:
            out += [p for p in pieces if p]
        else:
            out.append(line)
    return out
