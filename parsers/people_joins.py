"""A person's line put back together where a form's layout broke it, before people are read.

Split from `parsers.fields_people`: a date of birth given on its own line under the name
("Name of child: Aimee Crowther" / "D.O.B: …") — or, for people side by side in columns, a
line of birth dates under a line of names —, a PDF table's narrow name column wrapping the
surname onto the next line ("Tyrese <TAB>…" / "Campbell-Nowicki <TAB>…"), or a two-column form
copied out of a PDF with each line holding one field of each column ("Date: 15/01/2027 Child's
name: Ava Gill" / "Time: 10:00 Date of birth: …"), would otherwise be read as a person without
a birth date and a line that is no one.
"""

from __future__ import annotations

import re

from parsers.dates import find_dates
from parsers.given_names import is_given_name
from parsers.labels import PLACE_WORDS, fold
from parsers.person_cell import DOB_WORD
from parsers.person_names import split_name


def dates_joined(lines: list[str]) -> list[str]:
    """Each date of birth given on its own line(s) put back on its person's line."""
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        after = lines[index + 2] if index + 2 < len(lines) else ""
        beside = _side_by_side(line, following)
        if beside is not None:  # "Noah Gill <TAB>Isla Gill" / "DOB 15/05/2015 <TAB>DOB …"
            joined.append(beside)
            index += 2
            continue
        dob = _DOB_LINE.match(following)
        if line and not DOB_WORD.search(line) and dob and not find_dates(line):
            if find_dates(dob["date"]):
                joined.append(f"{line}\tD.O.B {dob['date'].strip()}")
                index += 2
                continue
            if not dob["date"].strip() and _date_alone(after):
                joined.append(f"{line}\tD.O.B {after.strip()}")
                index += 3
                continue
        joined.append(line)
        index += 1
    return joined


def _side_by_side(line: str, following: str) -> str | None:
    """People in columns, a cell each ("CHILD 1 <TAB>CHILD 2" / "Noah Gill <TAB>Isla Gill" /
    "DOB 15/05/2015 <TAB>DOB 06/08/2019"): the birth dates joined cell by cell to the names
    above them, with any other cell of that line (a note wrapped from the cell above: "not
    known to the family"). Joined as one, the second name's date would be the first's (issue
    11, set w: a two-column PDF form copied into an email). None unless both lines have the
    same cells, two or more, the second a birth date in one of them under a name and no name
    of its own, and the first no birth date."""
    cells, under = line.split("\t"), following.split("\t")
    if len(cells) < 2 or len(cells) != len(under) or DOB_WORD.search(line) or find_dates(line):
        return None
    dobs = [_DOB_LINE.match(cell) for cell in under]
    if not any(dob and find_dates(dob["date"]) for dob in dobs):
        return None
    if any(split_name(cell.strip())[0] for cell in under) or any(
        dob and split_name(cell.strip())[0] is None for cell, dob in zip(cells, dobs, strict=True)
    ):
        return None  # a row of its own ("Bailey Gill <TAB>DOB …" under "Receiving SW <TAB>…")
    return "\t".join(
        f"{cell.strip()} D.O.B {dob['date'].strip()}" if dob else f"{cell.strip()} {more.strip()}"
        for cell, more, dob in zip(cells, under, dobs, strict=True)
    )


def _date_alone(line: str) -> bool:
    """A line that is a date and nothing else a person could be: "14/05/2011" under a "D.O.B"
    label line. "Tiegan O'Donnell <TAB>11/06/2011" under a "Child <TAB>D.O.B." header row is
    the table's first row, not the header's value (issue 11, set k)."""
    dates = find_dates(line)
    rest = line
    for _, start, end in reversed(dates):
        rest = rest[:start] + rest[end:]
    return bool(dates) and not re.search(r"[A-Za-z]{2,}", rest)


def names_joined(lines: list[str]) -> list[str]:
    """A name cell wrapped onto the row's next line put back together: "Tyrese <TAB>Subject
    child <TAB>03/03/2011 <TAB>…" then "Campbell-Nowicki <TAB>Leeds LS8 1NY <TAB>…" is Tyrese
    Campbell-Nowicki (a narrow name column of a PDF table; issue 11, set e). Only a row whose
    name cell is one known given name, with a birth date, and a next line of fewer cells that
    opens with one capitalised word that is no place."""
    joined: list[str] = []
    index = 0
    while index < len(lines):
        cells = lines[index].split("\t")
        after = lines[index + 1].split("\t") if index + 1 < len(lines) else []
        if (
            len(cells) >= 3
            # a PDF row keeps its empty cells ("Campbell-Nowicki <TAB><TAB><TAB>Leeds LS8"):
            # the next line has fewer cells *filled*
            and 2 <= sum(1 for c in after if c.strip()) < sum(1 for c in cells if c.strip())
            and _ONE_NAME.fullmatch(first := cells[0].strip())
            and _ONE_NAME.fullmatch(family := after[0].strip())
            and family.casefold() not in PLACE_WORDS
            and find_dates(lines[index])
            and not find_dates(lines[index + 1])  # a row of its own, dated: the next person
            and is_given_name(first)
        ):
            joined += ["\t".join([f"{first} {family}", *cells[1:]]), "\t".join(after[1:])]
            index += 2
            continue
        joined.append(lines[index])
        index += 1
    return joined


_ONE_NAME = re.compile(r"[A-Z][a-z][\w'’]*(?:-[A-Z][\w'’]+)?")

#: A date of birth on the line after the name ("Name of child: Aimee Crowther" / "D.O.B: …"),
#: or the label on one line and the date on the next ("Kai Fieldhouse" / "D.O.B" / "14/05/2011").
_DOB_LINE = re.compile(
    r"^\s*(?:(?:child|adult|person|young\s+person|parent|carer)\s*\(?\d{0,2}\)?\s*[-–:'’s]*\s*)?"
    r"(?:DOB|D\.O\.B\.?|date\s+of\s+birth)\s*[:\t-]?\s*(?P<date>.*)$",
    re.I,
)  # "Child 1 - date of birth <TAB>08/07/2013" under "Child 1 - name <TAB>Aaliyah Hussain"


#: A label and its colon inside a line: "Date: ", "… Greenwood Mother: ", "Date of birth: ".
_LABEL_IN_LINE = re.compile(r"(?:^|(?<=\s))([A-Z][A-Za-z/.'’ ]{1,30}?)\s*:\s+")


def columns_apart(lines: list[str]) -> list[str]:
    """A two-column form copied out of a PDF, each line one field of the left column and one
    of the right ("Date: 15/01/2027 Child's name: Ava Gill" / "Time: 10:00 Date of birth:
    19/02/2021" / "Chair: Jo Hall Mother: Amy Gill (24/04/1995)"), as the left column's fields
    and then the right column's, one a line: so a name and the birth date under it meet again
    (issue 11, set w). Only a run of three lines or more, each two "label: value" fields, whose
    left labels differ from each other and whose right labels do: one person a line ("Name: …
    DOB: …" again and again) is a table of people, not two columns."""
    out: list[str] = []
    run: list[tuple[str, str, str, str]] = []  # (left label, left, right label, right)
    start = 0
    for at, line in enumerate([*lines, ""]):
        halves = _two_fields(line)
        if halves is not None:
            run.append(halves)
            continue
        lefts = {fold(left_label) for left_label, _, _, _ in run}
        rights = {fold(right_label) for _, _, right_label, _ in run}
        if len(run) >= 3 and len(lefts) == len(run) == len(rights):
            out += [left for _, left, _, _ in run] + [right for _, _, _, right in run]
        else:
            out += lines[start:at]
        out.append(line)
        run, start = [], at + 1
    return out[:-1]


def _two_fields(line: str) -> tuple[str, str, str, str] | None:
    """A line of exactly two "label: value" fields, the first at its start, as (label, field,
    label, field); the second label is the last capitalised word before its colon and the
    lower-case words after it ("Greenwood Mother:" is "Mother:", "Date of birth:" all three)."""
    if "\t" in line:  # two cells already apart (`parsers.pairs_in_line`), each "label: value"
        cells = [cell.strip() for cell in line.split("\t")]
        found = [m for cell in cells if (m := _LABEL_IN_LINE.match(cell))]
        if len(found) != 2 or len(cells) != 2 or not all(c.split(":", 1)[1] for c in cells):
            return None
        return found[0].group(1), cells[0], found[1].group(1), cells[1]
    labels = list(_LABEL_IN_LINE.finditer(line))
    if len(labels) != 2 or labels[0].start() != len(line) - len(line.lstrip()):
        return None
    words = labels[1].group(1).split()
    head = max(i for i, word in enumerate(words) if word[:1].isupper())
    split = labels[1].start(1) + labels[1].group(1).index(words[head])
    if not line[labels[0].end() : split].strip() or not line[labels[1].end() :].strip():
        return None
    left, right = line[:split].strip(), line[split:].strip()
    return labels[0].group(1), left, " ".join(words[head:]), right
