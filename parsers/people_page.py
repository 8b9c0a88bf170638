"""The people one page lists, read line by line with the section and the table each line is in.

Split from `parsers.fields_people`, which gathers the family over all of an email's pages; this
reads one page. A person is read only where the page says it lists people: inside a children or
adults section (`parsers.people_headings`), under a table's header row, in a line of
"Label: value" pairs, under a row of relationship columns ("Mother | Father"), or on a line that
carries a date of birth or an EDD. Labels, the signature block and the professionals invited are
never people.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from parsers.child_or_adult import counts_as_child
from parsers.dates import find_dates
from parsers.label_meaning import (
    BIRTH,
    MIXED,
    NAME,
    header_role,
    kin_said,
    people_section,
    relationship_side,
)
from parsers.labels import CHILD_NAME_LABELS, fold, logical_lines
from parsers.people_blocks import Block, blocks_apart
from parsers.people_headings import (
    ends_section,
    family_row,
    header_columns,
    is_header_row,
    not_a_person_label,
    professionals_header,
    section_of,
)
from parsers.people_joins import columns_apart, dates_joined, names_joined
from parsers.people_lines import (
    LIST_MARK,
    bracketed_people,
    entries_apart,
    is_relationship,
    items_apart,
    kin_columns,
    kin_line,
    pairs_apart,
    stated_age,
)
from parsers.people_prose import NOT_SUBJECT
from parsers.people_split import by_name_cells, split_people, table_rows
from parsers.person_cell import DOB_WORD, kin_said_after, read_person
from parsers.person_names import split_name
from parsers.records import Page, Person
from parsers.signature_block import signature_lines


def page_people(page: Page, *, reference: date | None) -> list[tuple[Person, bool]]:
    """Each person the page lists outside its prose, and whether they are a child."""
    section: str | None = None
    header: list[str] = []
    kin_header: list[str | None] = []
    born_columns: set[int] = set()
    found: list[tuple[Person, bool]] = []
    under_label = False
    lines, blocks = blocks_apart(
        pairs_apart(items_apart(entries_apart(columns_apart(logical_lines(page))))),
        lambda run: names_joined(dates_joined(run)),
    )
    signed = signature_lines(lines)
    for at, line in enumerate(lines):
        if not line or at in signed:
            continue
        if at in blocks:  # "Person 2" / "Name: …" / "Role: Mother" / "DOB: …": one person
            section, header = blocks[at].section or section, []
            found += _block_person(blocks[at], section=section, reference=reference)
            continue
        value_of_label, under_label = under_label, not_a_person_label(line)
        if (
            value_of_label
            and section_of(line) is None
            and not ends_section(line)
            and not _listed_with_birth_date(line, reference)  # a person's row by its shape
            and not is_header_row(line)  # "Professional network" / "Name | Role | Agency"
        ):
            continue  # "Language / interpreter" above "Kurdish Sorani – interpreter booked …"
        if NOT_SUBJECT.search(line):
            continue  # "Layla Crossland - Older sibling (not subject of this conference)"
        listed = bracketed_people(line)
        if listed is not None:  # "Present: Blessing Oduya (mother), Stephen Garside (SW), …"
            within = section_of(line) or section or MIXED
            for part in listed:
                person = read_person(part, header=[], reference=reference)
                if person is not None:
                    found.append(
                        (person, counts_as_child(person, section=within, reference=reference))
                    )
            continue
        inline = _inline_pairs(line)  # "Name: Ngozi Okonkwo Relationship: Mother DOB: …"
        # a full row of values under a header of three or more columns is a row ("Unborn baby |
        # Unborn child | EDD | 31 Cornwall Road …"), whatever its first cell says; a row of
        # headings has no figures ("Mother | Father | Address" opens the adults)
        row = (
            len(header) >= 2
            and line.count("\t") + 1 == len(header)
            and (
                (len(header) >= 3 and any(c.isdigit() for c in line))
                or _name_in_column(line, header)  # "Mother <TAB>Lisa Stead" under "Role | Name"
            )
            and not is_header_row(line)
        )
        if not row and (kin := kin_columns(line)):  # "Mother <TAB>Father <TAB>Address"
            kin_header, header = kin, []
            born_columns = {i for i, c in enumerate(line.split("\t")) if header_role(c) == BIRTH}
            continue
        if kin_header and line.count("\t") + 1 == len(kin_header):
            found += _under_kin_columns(
                line, kin_header, born_columns=born_columns, reference=reference
            )
            kin_header = []
            continue
        kin_header = []
        heading = None if row else section_of(line)
        if heading:
            section, header = heading, []
            if not inline and is_header_row(line):
                header = header_columns(line)
            else:  # a two-column form: "Child/ren's details <TAB> Evie Senior (07/07/2014); …"
                found += _listed(line, section=heading, reference=reference)
            continue
        tagged = _TAGGED.match(line)
        if not tagged and not inline and is_header_row(line):  # "NAME  DOB" mid-section
            header = header_columns(line)
            # "Name | Role | Agency | Contact" lists the professionals invited, not the family
            if professionals_header(header):
                section = _PROFESSIONALS
            elif section in (None, _PROFESSIONALS):
                section = MIXED  # a table of people under a heading of its own
            continue
        if section == _PROFESSIONALS and not family_row(line):
            continue
        if not tagged and ends_section(line):
            section, header = None, []
            continue
        if (
            section is None
            and not DOB_WORD.search(line)
            and not tagged
            and not kin_line(line)
            and not _listed_with_birth_date(line, reference)
            and not _person_line(line, reference)
        ):
            continue
        if inline and not header:  # one person, its labels as the columns
            rows, columns = ["\t".join(value for _, value in inline)], [r for r, _ in inline]
        elif tagged and "\t" in line and not header:  # "Child 1 - full name <TAB>Kai Whitaker"
            rows, columns = split_people(line.split("\t", 1)[1]), []
        else:
            rows = table_rows(line, header) if header else split_people(line)
            columns = header
        for part in rows:
            person = read_person(
                part, header=columns if columns and "\t" in part else [], reference=reference
            )
            if person is None:
                continue
            # "Child: …" / "Adult: …" lines (scanned and one-line forms) say which they are
            is_child = (
                fold(tagged["tag"]) != "adult"
                if tagged
                else counts_as_child(person, section=section, reference=reference)
            )
            is_child = stated_age(part, person, is_child=is_child)
            found.append((person, is_child))
    return found


#: The state of a table of professionals: its rows are no one's family (issue 11, set e).
_PROFESSIONALS = "professionals"

_INLINE_LABEL = re.compile(r"(?:^|\s)([A-Z][A-Za-z/.' ]{1,30}?)\s*:\s+")


def _inline_pairs(line: str) -> list[tuple[str, str]]:
    """A line of "Label: value" pairs with no cell breaks, as (column word, value) — when at
    least two labels are columns of a table of people (name, relationship, date of birth…) and
    one of them is the name: a form that writes each person on one line (issue 11, set e)."""
    if "\t" in line:
        return []
    labels: list[tuple[int, int, str]] = []  # (start, end of "Label: ", label)
    for m in _INLINE_LABEL.finditer(line):
        words = m.group(1).split()
        # the label is its last capitalised word and the lower-case words after it: in
        # "Ngozi Okonkwo Relationship:" it is "Relationship", in "Date of birth:" all three
        head = max(i for i, w in enumerate(words) if w[:1].isupper())
        labels.append((m.start(1) + m.group(1).index(words[head]), m.end(), " ".join(words[head:])))
    roles = [header_role(label) for _, _, label in labels]
    if len(labels) < 2 or NAME not in roles or sum(r is not None for r in roles) < 2:
        return []
    pairs: list[tuple[str, str]] = []
    for (_, end, label), role, nxt in zip(labels, roles, [*labels[1:], None], strict=True):
        value = line[end : nxt[0] if nxt else len(line)].strip()
        pairs.append((role or fold(label), value))
    return pairs


#: A line that is one person and what they are to the family: "Mason Rhodes (son, 30/03/2015)",
#: "Kerry-Ann Rhodes (mother)" under "The family members are as follows:" (issue 11, set c).
#: "Naomi Clegg (mother)", "Reece Armitage (father of the baby) 07/08/1990", "Kai Ward (son),
#: born 3 May 2015": a name, its bracket, and a date of birth after it (set p).
_PERSON_LINE = re.compile(
    r"^\s*(?P<name>[^()\t:]{3,60}?)\s*\((?P<what>[^()]{2,120})\)\s*"
    r"(?:[,;–-]\s*)?(?:(?:DOB|D\.O\.B\.?|born|b\.)\s*:?\s*)?"
    r"(?P<after>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4})?"
    # "Ada Quist (F, 02.02.2016) - subject child": what they are after a dash, the bracket
    # holding their sex and birth date
    r"(?:\s*(?:[-–—]|\t)\s*(?P<role>[^\t]{2,120}?))?"
    r"\s*\.?\s*$",
    re.I,
)

#: "Rachel Greenwood - mother", "Chloe Whitworth, mother; Ryan Dobbs, Esme's father": a name, a
#: dash or a comma, what they are (issue 11, set u: a core group's list naming the parents beside
#: the professionals; a statement's line of the parents).
_PERSON_DASHED = re.compile(
    r"^\s*(?P<name>[^()\t:,;]{3,60}?)(?:\s+[-–—]\s+|,\s+|\s*\t\s*)(?P<what>[^\t]{2,120}?)(?P<after>)\s*\.?\s*$"
)

_POSSESSIVE = re.compile(r"\w['’]s\b")


def _person_line(line: str, reference: date | None) -> bool:
    """Whether a line is one person and what they are, by either shape: "Name (what) date" or
    "Name - what" ("Ann Roe - mother (her note in brackets)" is the second, not the first)."""
    return _listed_person(line) or any(
        _person_shape(found, reference)
        for pattern in (_PERSON_LINE, _PERSON_DASHED)
        if (found := pattern.match(line)) is not None
    )


def _listed_person(line: str) -> bool:
    """A list item that is a name and what the person is, past a birth year, an age or an
    alias: "II-3 ■ Lee ROSS (b.1984) - mother's partner", "I-1 [F] ROSS, Ann <TAB>b.1960
    <TAB>maternal grandmother" (a genogram's key; issue 11, set C)."""
    if not LIST_MARK.match(line):
        return False
    name, rest = split_name(LIST_MARK.sub("", line, count=1).strip())
    return name is not None and kin_said_after(rest) is not None


def _person_shape(found: re.Match[str], reference: date | None) -> bool:
    if _POSSESSIVE.search(found["name"]):
        return False  # "Chair's Summary - Review Child Protection Conference" is a title
    name, rest = split_name(found["name"])
    if name is None or rest.strip():
        return False
    what = found.groupdict().get("role") or found["what"]
    # "mother (the children take their father's first name)": a note in brackets says more
    first = re.split(r"[,;\-–]", re.sub(r"\([^()]*\)", " ", what))[0].strip()
    said = f"{found['what']} {found['after'] or ''} {found.groupdict().get('role') or ''}"
    born = find_dates(said, reference=reference) if reference else []
    return kin_said(first) is not None or (
        bool(born) and reference is not None and (reference - born[0][0]).days > 300
    )


#: A name's birth date after a dash: "Yonas Tesfay - 14/08/2014", "Ruth Tesfay – DOB 26/10/2022".
_DASHED_DATE = re.compile(r"^\s*[-–—]\s*(?:(?:DOB|D\.O\.B\.?|born)\s*:?\s*)?\d", re.I)


def _listed_with_birth_date(line: str, reference: date | None) -> bool:
    """ "1. Jayden Moxon 01/06/2016", "Jessica Kowalczyk <TAB>22/05/2012 <TAB>Subject child",
    "Yonas Tesfay - 14/08/2014": a listed or tabled name, or a name and a dash, with a date
    years past (set m, 64-06: an appointment's children one per line under its title). A
    table's row copied out of a PDF with its cell breaks lost ("Logan Gill 01/07/2018 Male
    Lupset Primary", "Paige Gill Mother 05/05/1997") is one too: a name at the start of a
    short line and the date right after it, or after what the person is (set w)."""
    if reference is None:
        return False
    name, rest = split_name(LIST_MARK.sub("", line, count=1).strip())
    if not (
        LIST_MARK.match(line) or "\t" in line or _DASHED_DATE.match(rest) or _row_run_together(rest)
    ):
        return False  # a list item, a row of a table that has no header row, a dashed date
    dates = find_dates(rest, reference=reference)
    return name is not None and bool(dates) and (reference - dates[0][0]).days > 300


#: A date right after a name, or after a relationship word or two: "01/07/2018 Male …",
#: "mother 05/05/1997" (`split_name` leaves a relationship that ends the name in its rest).
_DATE_AFTER_NAME = re.compile(r"^\s*(?:[a-z'’\-]+\s+){0,2}?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b")


def _row_run_together(rest: str) -> bool:
    """Whether the words after a name are the rest of a table's row, not a sentence: a date
    first (after a relationship word), a few words after it, no full stop."""
    date_first = _DATE_AFTER_NAME.match(rest)
    if date_first is None or ". " in rest:
        return False
    before = rest[: date_first.end()].split()[:-1]
    return len(rest[date_first.end() :].split()) <= 6 and all(is_relationship(w) for w in before)


#: A cell that is a label and its value: "Young person: Tyler Gill".
_LABEL_FIRST = re.compile(r"^[^:]{2,40}:\s*\S")


def _listed(line: str, *, section: str, reference: date | None) -> list[tuple[Person, bool]]:
    """The people in the value cell beside a section's label, one per ';'."""
    cells = line.split("\t", 1)
    if len(cells) < 2 or _LABEL_FIRST.match(cells[0]):
        # "Children: Niamh O'Connor (02/02/2013), Ciaran …", "Young person: Tyler Gill <TAB>D.O.B
        # 05/05/2012" (a birth date joined from the line below; set w)
        cells = line.split(":", 1)
    if len(cells) < 2 or not cells[1].strip():
        return []
    found: list[tuple[Person, bool]] = []
    for part in by_name_cells(cells[1].strip()) or split_people(cells[1].strip()):
        person = read_person(part.strip(), header=[], reference=reference)
        if person is not None:
            is_child = counts_as_child(person, section=section, reference=reference)
            found.append((person, stated_age(part, person, is_child=is_child)))
    return found


def _under_kin_columns(
    line: str, kinds: list[str | None], *, born_columns: set[int], reference: date | None
) -> list[tuple[Person, bool]]:
    """The people of the row under a header of relationships, each with its column's. A
    birth-date column right after a person's column is that person's ("Child | DOB | Mother":
    set q, 82-06, the child's date beside him was not read)."""
    found: list[tuple[Person, bool]] = []
    cells = line.split("\t")
    for at, (cell, kind) in enumerate(zip(cells, kinds, strict=True)):
        person = read_person(cell, header=[], reference=reference) if kind else None
        if person is None or kind is None:
            continue
        if person.date_of_birth is None and at + 1 in born_columns:
            dates = find_dates(cells[at + 1], reference=reference)
            if dates:
                person = replace(person, date_of_birth=dates[0][0])
        if person.relationship is None and relationship_side(kind) is not None:
            person = replace(person, relationship=kind)
        section = people_section(kind) or relationship_side(kind)
        found.append((person, counts_as_child(person, section=section, reference=reference)))
    return found


def _block_person(
    block: Block, *, section: str | None, reference: date | None
) -> list[tuple[Person, bool]]:
    """The person of a block, a child or an adult by its role, birth date and heading."""
    person = read_person(block.row, header=list(block.columns), reference=reference)
    if person is None:
        return []
    is_child = counts_as_child(person, section=section, reference=reference)
    return [(person, stated_age(block.row, person, is_child=is_child))]


def _name_in_column(line: str, header: list[str]) -> bool:
    cells = line.split("\t")
    return NAME in header and split_name(cells[header.index(NAME)].strip())[0] is not None


_TAGGED = re.compile(
    r"^\s*(?P<tag>child|adult|"
    + "|".join(re.escape(label) for label in sorted(CHILD_NAME_LABELS, key=len, reverse=True))
    + r")(?:\s*\(?\d{1,2}\)?)?"
    # "Child 1 - full name / date of birth <TAB>Kai Whitaker / 19.09.2022" (issue 11, set b)
    r"(?:\s*[-–]\s*(?:full\s+)?names?(?:\s*(?:/|,|and|&)\s*(?:date\s+of\s+birth|d\.?o\.?b\.?))?)?"
    r"\s*[:\t]\s*\S",
    re.IGNORECASE,
)
