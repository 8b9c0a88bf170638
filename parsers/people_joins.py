"""A person's line put back together where a form's layout broke it, before people are read.

Split from `parsers.fields_people`: a date of birth given on its own line under the name
("Name of child: Aimee Crowther" / "D.O.B: …"), or a PDF table's narrow name column wrapping
the surname onto the next line ("Tyrese <TAB>…" / "Campbell-Nowicki <TAB>…"), would otherwise
be read as a person without a birth date and a line that is no one.
"""

from __future__ import annotations

import re

from parsers.dates import find_dates
from parsers.given_names import is_given_name
from parsers.labels import PLACE_WORDS
from parsers.person_cell import DOB_WORD


def dates_joined(lines: list[str]) -> list[str]:
    """Each date of birth given on its own line(s) put back on its person's line."""
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        after = lines[index + 2] if index + 2 < len(lines) else ""
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
