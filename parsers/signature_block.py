"""Signature blocks: the name and job title a letter or form is signed with are no family's.

A letter's signature stands under the last table of people, whose section is still open when
the people reader comes to it; "Tahira Begum" / "ISU Administrator" was read as a parent (issue
11, set q, 82-02). Told by its shape, not by a list of names: a name alone on its line with a
professional's role on the line under it (`label_meaning.professional_role`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.label_meaning import kin_label, label_field, professional_role
from parsers.labels import OTHER
from parsers.person_names import split_name

#: The most words a job title under a signature's name takes ("Independent Reviewing Officer").
_TITLE_WORDS = 6


def signature_lines(lines: Sequence[str]) -> set[int]:
    """Where a signature's name and its job title stand: a name alone on its line, and under
    it a line that is a professional's role and no one's name ("Tahira Begum" / "ISU
    Administrator", "Stephen Haigh" / "Independent Reviewing Officer"). A letter's signature
    ends under the last table of people, whose section is still open (set q, 82-02: the
    administrator who sent the invitation read as a parent). A role line with a colon or a
    cell is a label with its value ("Social worker: Jo Lamb"), never a title; a name under a
    label ("Father" / "Craig Rhodes" / "Social worker" / "Jo Lamb") is that label's value."""
    filled = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    found: set[int] = set()
    for n, (at, line) in enumerate(filled[:-1]):
        after, below = filled[n + 1]
        above = filled[n - 1][1] if n else ""
        if _name_alone(line) and _title(below) and not _label_alone(above):
            found |= {at, after}
    return found


def _name_alone(line: str) -> bool:
    name, rest = split_name(line)
    return name is not None and not rest.strip(" ,.") and "\t" not in line


def _title(line: str) -> bool:
    return (
        0 < len(line.split()) <= _TITLE_WORDS
        and not re.search(r"[\t:]", line)
        and professional_role(line)
        and split_name(line)[0] is None
    )


def _label_alone(line: str) -> bool:
    """A short line that is a form's label waiting for its value on the next line."""
    text = line.rstrip(" :")
    return (
        0 < len(text.split()) <= 4
        and not text.endswith((".", ",", "!"))
        and (kin_label(text) is not None or label_field(text) not in (None, OTHER))
    )
