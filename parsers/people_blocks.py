"""People written one block each: a person's fields one per line, under a heading of their own.

Forms that record police involvement person by person give each member of the family as a block
("Person 2" / "Name: …" / "Role: Mother" / "DOB: …" / "Address: …" / "Police involvement: …"),
in the body, a Word table per person or a PDF (issue 11, set y layout 125). Read a line at a
time, the name is a person with nothing beside it: the role and the birth date on the lines
below never reach it, and a child of 14 listed under "Person 1" is counted an adult. This
module finds the blocks so that `parsers.people_page` reads each as one person, whose role or
relationship line, or birth date, decides child or adult for the whole block
(`parsers.child_or_adult`).

A block opens at a heading of people with no value ("Person 1", "Household member 3",
"Child 2") or at a name label, and runs over "label: value" lines (a colon or a cell break
between) and the wrapped lines of a long value. It ends at a blank line, the next heading,
the next name, a person given by relationship ("Mother: Jane Doe"), a field of the conference
("Reason for conference: …") or any other line. Only a block with a name and a role or a
birth date is one: anything less is left to the line readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from parsers.label_meaning import (
    BIRTH,
    FAMILY,
    GIVEN,
    NAME,
    RELATIONSHIP,
    header_role,
    professional_role,
)
from parsers.label_meaning import kin_label as _kin_label
from parsers.people_headings import ends_section, section_of
from parsers.person_names import split_name


@dataclass(frozen=True, slots=True)
class Block:
    """One person's block: lines `start` to `end` (exclusive) of the page, its name, role and
    birth (or due) date as a row under `columns`, and the heading's section ("child",
    "adult", `MIXED`) or None when the block has no heading."""

    start: int
    end: int
    columns: tuple[str, ...]
    values: tuple[str, ...]
    section: str | None

    @property
    def row(self) -> str:
        return "\t".join(self.values)


#: "Name:", "Role <TAB>", "  DOB: ": a short label and its value on one line.
_PAIR = re.compile(
    r"^\s*(?P<label>[A-Za-z][A-Za-z'’/.()&\- ]{0,40}?)\s*(?::\s*|\t\s*)(?P<value>\S.*)$"
)
#: A due date's label: the value is an unborn child's expected date of delivery.
_DUE = re.compile(r"\b(?:EDD|EDC|expected\s+date|due\s+date|due)\b", re.IGNORECASE)


def blocks_apart(
    lines: Sequence[str], joined: Callable[[list[str]], list[str]]
) -> tuple[list[str], dict[int, Block]]:
    """`lines` with each person block as one line (its first), the blocks by that line's
    index, and the lines between blocks through `joined` (the line readers' repairs, which
    would otherwise put a block's birth date on its role line)."""
    found = person_blocks(lines)
    out: list[str] = []
    blocks: dict[int, Block] = {}
    run: list[str] = []
    at = 0
    while at < len(lines):
        block = found.get(at)
        if block is None:
            run.append(lines[at])
            at += 1
            continue
        out += joined(run)
        run = []
        blocks[len(out)] = block
        out.append(lines[at])
        at = block.end
    return out + joined(run), blocks


def person_blocks(lines: Sequence[str]) -> dict[int, Block]:
    """The page's person blocks by their first line."""
    blocks: dict[int, Block] = {}
    at = 0
    while at < len(lines):
        block = _block_at(lines, at)
        if block is None:
            at += 1
            continue
        blocks[block.start] = block
        at = block.end
    return blocks


def _block_at(lines: Sequence[str], start: int) -> Block | None:
    """The block opening at `start`, if one does."""
    section = _heading(lines[start])
    if section is None and _field(lines[start]) not in (NAME, GIVEN, FAMILY):
        return None
    fields: dict[str, str] = {}
    wrapped = False  # the last line was a value that may go on over the next lines
    at = start + 1 if section else start
    while at < len(lines):
        line = lines[at]
        if not line.strip():
            if fields:
                break
            at += 1  # a blank line between the heading and the first field
            continue
        if at > start and _heading(line):
            break
        field = _field(line)
        if field is None and _PAIR.match(line) is None:
            if not wrapped:
                break
            at += 1  # "… wilful neglect" / "(s1 Children and Young Persons Act 1933)."
            continue
        if field in fields or (field is None and _ends(line)):
            break  # the next person's name; a person by relationship; the conference's field
        if field is not None:
            fields[field] = _value(line, field)
        wrapped = field is None
        at += 1
    given, family = fields.pop(GIVEN, ""), fields.pop(FAMILY, "")
    if NAME not in fields and given and family:  # "Forename: Ava" / "Surname: Gill"
        fields = {NAME: f"{given} {family}", **fields}
    name, role = fields.get(NAME), fields.get(RELATIONSHIP, "")
    if name is None or split_name(name)[0] is None or len(fields) < 2:
        return None
    if professional_role(role) and not _kin_label(role):
        return None  # "Name: Jo Hall" / "Role: Social worker": staff, read as before
    columns = tuple(fields)
    return Block(start, at, columns, tuple(fields[c] for c in columns), section)


def _heading(line: str) -> str | None:
    """The section of a heading that stands alone ("Person 2", "CHILD 1"), else None."""
    if _PAIR.match(line) or header_role(line) is not None:
        return None  # "Child's name: …" is a field; "Relationship to child" a label
    return section_of(line.strip())


def _field(line: str) -> str | None:
    """Which of a person's fields a "label: value" line gives — NAME, GIVEN, FAMILY,
    RELATIONSHIP, BIRTH — else None."""
    pair = _PAIR.match(line)
    if pair is None:
        return None
    role = header_role(pair["label"])
    return role if role in (NAME, GIVEN, FAMILY, RELATIONSHIP, BIRTH) else None


def _value(line: str, field: str) -> str:
    pair = _PAIR.match(line)
    assert pair is not None  # `_field` read it
    value = pair["value"].strip()
    if field == BIRTH and _DUE.search(pair["label"]) and not _DUE.search(value):
        return f"EDD {value}"  # `parsers.person_cell` reads the date as a due date
    return value


def _ends(line: str) -> bool:
    """A line of another field than a person's: the conference's ("Reason for conference:
    …"), or another person by their relationship ("Mother: Jane Doe"), or a section of people
    ("Siblings: …")."""
    pair = _PAIR.match(line)
    label = pair["label"] if pair else line
    if _kin_label(label) and split_name(pair["value"] if pair else "")[0] is not None:
        return True
    return ends_section(line) or section_of(line) is not None
