"""Tables whose records are columns, turned so that each record is a row.

A form may give its people side by side: a first column of labels (Name / DOB / Gender /
School) and one column per person under "Child 1 | Child 2 | Child 3" — or under their names,
or under "Mother | Father". Read line by line such a table gives one label with several values
("Name <TAB>Maisie Jagger <TAB>Logan Jagger <TAB>Esme Jagger"), which every reader takes as a
label and *its* value: only the first child and the first adult were read (issue 11, set o,
layout 73, in Word, HTML and PDF alike).

`records_as_rows` finds such a table by what its labels mean, not by any form's words: two or
more rows whose first cell names a field of one record — a person's name, birth date,
relationship, gender or school, a conference's date, time or venue (`parsers.label_meaning`,
`parsers.labels`) — and whose other cells hold values, none of them a label. It rewrites the
table as the form model's ordinary table: a header row of those labels over one row per record,
which the people and field readers already read cell by cell under their headers.

The row of record titles above the table, when there is one, is kept as meaning: titles that
open a section of people ("Child 1", "Adult 2") give the section's heading; titles that are
relationships ("Mother | Father") or names become a column of their own. The row of titles may
lack the empty corner cell (a PDF or a spreadsheet drops it) or, from a Word table, arrive glued
to the line above (`labels.logical_lines` joins a line that starts with a TAB): the titles are
the row's last cells either way.

Left as they are: a table of one record (its rows are label–value pairs already), a row of
labels over rows of values (its records are rows already), a grid of agencies whose first
column names agencies and whose cells are marks, and label–value pairs two to a row ("Name |
Ava Gill | DOB | 12/03/2015", where a value cell is a label).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from parsers.dates import find_dates
from parsers.label_meaning import (
    BIRTH,
    NAME,
    RELATIONSHIP,
    header_role,
    kin_label,
    label_field,
    people_section,
)
from parsers.labels import DATE, OTHER, fold
from parsers.person_names import split_name

#: A cell that is a mark, not a value: a grid answered by ticks and crosses holds no records.
_MARK_CELL = re.compile(r"^(?:[xX✓✔✗✘☒☐☑■□⍰]|yes|no|y|n|-|n/a)$", re.I)
#: The most fields a record of a form has (a person's: name, birth date, gender, school, …):
#: a longer run of label rows is read row by row, as it is written.
_MAX_ROWS = 30
#: A title is a few words ("Child 2", "Mother's partner", "Maisie Jagger"), never a date.
_TITLE_WORDS = 6
_A_DATE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")
#: A record's number after its title: "Child 2", "Adult (1)", "Person #3", "Child B".
_NUMBER_AFTER = re.compile(r"\s*(?:#|no\.?\s*)?\(?(?:\d{1,2}|\b[A-H])\)?\s*$", re.I)


def records_as_rows(lines: Sequence[str]) -> tuple[str, ...]:
    """The lines with every table of records in columns written record by record (module
    docstring); every other line as it was."""
    if sum(1 for line in lines if line.count("\t") >= 2) < 2:
        return tuple(lines)  # most pages: no two rows of three cells
    out: list[str] = []
    index = 0
    titles_may_stand = False  # whether out[-1] is a line as written (a row of titles may be)
    while index < len(lines):
        rows = _record_rows(lines, index)
        if rows is None:
            out.append(lines[index])
            titles_may_stand = True
            index += 1
            continue
        width = max(len(row) for row in rows) - 1
        above = out.pop() if titles_may_stand and out else None
        prefix, titles = _titles(above, width)
        if above is not None and titles is None:
            out.append(above)  # no row of titles: the line above stays as it was
        turned = _turned(rows, titles, width)
        if turned is None:
            if above is not None and titles is not None:
                out.append(above)
            out.extend(lines[index : index + len(rows)])
        else:
            out.extend([*prefix, *turned])
        titles_may_stand = False
        index += len(rows)
    return tuple(out)


def _record_rows(lines: Sequence[str], start: int) -> list[list[str]] | None:
    """The rows of a table of records in columns from `start`, or None (module docstring)."""
    rows: list[list[str]] = []
    seen: set[str] = set()
    for line in islice(lines, start, start + _MAX_ROWS):
        cells = _cells(line)
        if len(cells) < 3 or label_field(cells[0]) in (None, OTHER):
            break
        if header_role(cells[0]) != RELATIONSHIP and any(
            value and label_field(value) is not None for value in cells[1:]
        ):
            break  # label–value pairs two to a row, or a row of labels over values; a row
            # of relationships holds kin words that are labels elsewhere ("Role | Child |
            # Mother", set q)
        label = fold(cells[0])
        if label in seen:
            break  # the same label again: the next table starts
        seen.add(label)
        rows.append(cells)
    if len(rows) < 2:
        return None
    values = [value for row in rows for value in row[1:] if value]
    if sum(1 for value in values if _MARK_CELL.match(value)) * 2 >= len(values):
        return None  # an agency grid's ticks: no record has a value
    return rows


def _cells(line: str) -> list[str]:
    cells = [cell.strip() for cell in line.split("\t")]
    while cells and not cells[-1]:
        cells.pop()  # an HTML row drops its trailing empty cells, a Word row keeps them
    return cells


def _titles(above: str | None, width: int) -> tuple[list[str], list[str] | None]:
    """(lines to keep before the table, the records' titles or None) from the line above.

    The titles are its last `width` cells; what comes before them is the corner cell — a
    heading ("Children subject of the conference") or the line a Word row was glued to."""
    if above is None:
        return [], None
    cells = [cell.strip() for cell in above.split("\t")]
    while cells and not cells[-1]:
        cells.pop()
    if len(cells) < width:
        return [], None
    titles = cells[len(cells) - width :]
    if not all(_title_shaped(title) for title in titles):
        return [], None
    corner = "\t".join(cells[: len(cells) - width]).strip("\t ")
    return ([corner] if corner else []), titles


def _title_shaped(cell: str) -> bool:
    return (
        bool(cell)
        and len(cell.split()) <= _TITLE_WORDS
        and not _A_DATE.search(cell)
        and label_field(cell) in (None, OTHER)  # "Child 2" folds to the listed "child"
        and not _MARK_CELL.match(cell)
    )


def _turned(rows: list[list[str]], titles: list[str] | None, width: int) -> list[str] | None:
    """The header row and one row per record; None unless a row says which record each column
    is — names under a name label, dates under a date label, in every column that has one —
    or the titles are names ("Date | 30/11/2026 | ae", a scan's label, value and a speck,
    has one date and a speck: no two records)."""
    labels = [row[0] for row in rows]
    roles = [header_role(label) for label in labels]
    columns = [[row[k] if k < len(row) else "" for row in rows] for k in range(1, width + 1)]
    heading: list[str] = []
    extra: list[tuple[str, list[str]]] = []  # (header word, one value per record)
    if titles is not None:
        heading, extra = _title_meaning(titles, roles)
    identities = [
        (row[1:], kind)
        for row, label in zip(rows, labels, strict=True)
        if (kind := _identity(label))
    ]
    if not all(_fits(value, kind) for values, kind in identities for value in values if value):
        return None
    if not identities and not any(word == "Name" for word, _ in extra):
        return None
    header = [word for word, _ in extra] + labels
    records = [
        [values[k] for _, values in extra] + column
        for k, column in enumerate(columns)
        if any(column)
    ]
    return heading + ["\t".join(header)] + ["\t".join(record) for record in records]


def _identity(label: str) -> str | None:
    """NAME for a label of a person's name, DATE for one of a date (a birth's or a meeting's):
    the rows whose values tell one record from the next."""
    if header_role(label) == NAME:
        return NAME
    if header_role(label) == BIRTH or label_field(label) == DATE:
        return DATE
    return None


def _fits(value: str, kind: str) -> bool:
    if kind == NAME:
        return split_name(value)[0] is not None
    return bool(find_dates(value))


def _title_meaning(
    titles: list[str], roles: list[str | None]
) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """What the records' titles say: a heading for a section of people ("Child 1 | Child 2"
    → "Child"), or a column of their own — names, or relationships ("Mother | Father")."""
    unnumbered = [_NUMBER_AFTER.sub("", title) or title for title in titles]
    if len(set(unnumbered)) == 1 and people_section(unnumbered[0]) is not None:
        return [unnumbered[0]], []  # "Child 1 | Child 2 | Child 3": a section of children
    if NAME not in roles and all(_a_name(title) for title in titles):
        return [], [("Name", titles)]
    if RELATIONSHIP not in roles and all(kin_label(title) for title in unnumbered):
        return [], [("Relationship", unnumbered)]
    return [], []


def _a_name(title: str) -> bool:
    name, rest = split_name(title)
    return name is not None and not rest.strip()
