"""The police question's answer on another line than its label or its question.

Split from `parsers.fields_tick`: a form's field may stand below its label ("West Yorkshire
Police request:" / "Written report only"), in its own column on the line below in a form of two
columns, or under a question that names both options ("Attend or written report only?"). Each
reads as the one "label: value" it stands for — unless the label asks for a tick, when the lines
below are options whose marks are read as marks, or the question is another agency's.
"""

from __future__ import annotations

import re

from parsers.box_labels import GLYPH
from parsers.labels import fold
from parsers.police_options import (
    INSTRUCTION,
    POLICE_ROW,
    Observation,
    bare_option,
    both_options,
    option_in,
    short_answer,
)

POLICE_LABEL = re.compile(
    r"^(?P<q>[^:\t]{1,40}?)(?::|\t|\s[-–—]\s)\s*(?P<v>[^\t]{1,60})$"
)  # "WYP: Attend", "Police<TAB>Attend", "West Yorkshire Police (CPU) - report requested"


def police_label_above(previous: str, line: str, following: str) -> re.Match[str] | None:
    """A label naming the police on its own line, its value on the next: "West Yorkshire
    Police request:" / "Written report only" (a form's field below its label), read as the
    one line "label: value" it stands for — unless the label asks for a tick ("(please tick
    one):") or the other option follows: then the lines below are its options, whose marks
    are read as marks (a generated form's "Police attendance required" / "Written report
    sufficient<TAB>X" is a list, not the first option chosen)."""
    above, value = previous.strip(), line.strip()
    if not above.endswith(":") or "\t" in above or ":" in value or not POLICE_ROW.search(above):
        return None
    if INSTRUCTION.search(above) or bare_option(following.split("\t")[0]) is not None:
        return None
    return POLICE_LABEL.match(f"{above} {value}")


def value_below_in_column(lines: list[str], index: int) -> list[Observation]:
    """The option under a police label that ends a line of cells: "Conference type<TAB>West
    Yorkshire Police request:" / "Review<TAB>Attendance required" — a form in two columns
    whose lines run across both, the label's value in its own column on the line below, or
    on a line of its own when the other column's value took the line between (issue 11, set
    e: a booking form's police section beside its conference details, the answer a combo box).
    Only one option, with no box near: two bare options are a list whose boxes were lost."""
    cells = lines[index].split("\t")
    label = cells[-1].strip()
    if len(cells) < 2 or not label.endswith(":") or not POLICE_ROW.search(label):
        return []
    if INSTRUCTION.search(label):
        return []  # "(please tick one):" — options with marks follow, read as such
    column = len(cells) - 1
    said: set[str] = set()
    for line in lines[index + 1 : index + 3]:
        if GLYPH.search(line):
            return []
        below = line.split("\t")
        value = below[column] if len(below) > column else below[0] if len(below) == 1 else ""
        said |= {o for o in (bare_option(value), bare_option(below[0])) if o is not None}
    return [(said.pop(), True)] if len(said) == 1 else []


def menu_answered(lines: list[str], index: int) -> list[Observation]:
    """A question that names both options answered by a value that names one: "Attend or
    written report only? <TAB>Written report only", or the answer on the line under it — a
    numbered form's question joined to its answer (`parsers.numbered`; set o, layout 74). The
    question is the police's when it names them, or names no one and stands in the police's
    section ("4. Police" / "Involvement" / "None known" / "Attend or report?" / "Report");
    another agency's ("Health visitor: attend or report?") is not."""
    cells = [cell.strip() for cell in lines[index].split("\t")]
    if len(cells) == 2:
        question, answer, at = cells[0], cells[1], index
    elif len(cells) == 1 and index and "\t" not in lines[index - 1]:
        question, answer, at = lines[index - 1].strip(), cells[0], index - 1
    else:
        return []
    if not question.endswith("?") or not both_options(question.rstrip("?")):
        return []
    said = None if both_options(answer) else option_in(answer) or short_answer(answer)
    if said is None or not _police_asked(lines, at, question):
        return []
    return [(said, True)]


#: Other agencies a form asks the same question of.
_OTHER_AGENCY = re.compile(
    r"\b(?:health|school|nursery|gp|probation|nurse|midwi\w+|housing|camhs|education|"
    r"visitor|agenc\w+|social|services?|others?)\b",
    re.I,
)
#: A section's number before its heading ("5. Other agencies"): another section starts.
_SECTION_START = re.compile(r"^\(?\d{1,2}[.)]\s+\S")
#: How far up a question looks for the heading of its section.
_SECTION_LINES = 8


def _police_asked(lines: list[str], at: int, question: str) -> bool:
    if POLICE_ROW.search(question):
        return True
    if _OTHER_AGENCY.search(question):
        return False
    for line in reversed(lines[max(0, at - _SECTION_LINES) : at]):
        heading = fold(line)
        if "\t" not in line and len(heading.split()) <= 4 and POLICE_ROW.search(heading):
            return True  # "4. Police", "WEST YORKSHIRE POLICE"
        if _SECTION_START.match(line) or (line.isupper() and "\t" not in line):
            return False  # the heading of another section
    return False
