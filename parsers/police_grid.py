"""The police's row of an agency grid: the column its mark (or its words) stands under.

Split from `parsers.fields_tick`: a form that asks every agency at once prints a grid,
"Agency | Attendance required | Written report sufficient", one row an agency, and the police's
answer is which column of their row is marked — not the words of a question and its boxes.
Crosses and ticks together ("✓ | ✗") say yes and no; an "Invited" column asks nothing; an
"Attend | Report" grid asks for both, so only the attendance column answers.
"""

from __future__ import annotations

import re

from parsers.box_labels import EMPTY, GLYPH, MARK
from parsers.label_meaning import field_by_meaning
from parsers.police_options import (
    ALSO,
    ATTEND,
    POLICE_ROW,
    REPORT,
    Observation,
    option_in,
    short_answer,
)

_GRID_HEAD = re.compile(
    r"agenc|service|organi[sz]ation|professional|invitee|partner|who\b|role|name", re.I
)
_ANSWERED_IN_CELL = re.compile(
    rf"{MARK}|~~|<s>|<del>|delete\s+as|\b(?:yes|no|requested|required|attend)\b", re.I
)
_CELL_MARK = re.compile(rf"^\s*(?:{MARK}|x|yes|y|required|requested|attend)\s*$", re.I)
_CELL_EMPTY = re.compile(rf"^\s*(?:{EMPTY}|no|n|-|n/a)?\s*$", re.I)

#: The most words an agency's name takes in a grid's first column ("West Yorkshire Police (CPPU)").
_ROW_NAME_WORDS = 6


def agency_grid(lines: list[str]) -> list[Observation]:
    """The police's row of an agency grid: a header row with an attendance column and a
    written-report column, then one row per agency with a mark under one of them.

    "Agency | Attendance required | Written report sufficient" / "West Yorkshire Police | ✓ |":
    the column of the mark is the answer (issue 11: the police request in other shapes)."""
    columns: dict[int, str] = {}
    crosses_say_no = _ticks_and_crosses(lines)
    police_header = False  # "West Yorkshire Police | Written report | Attendance": one row
    for line in lines:
        cells = line.split("\t")
        if crosses_say_no:  # "✓ | ✗ | ✓": the cross says no, as a blank cell does
            cells = ["" if cell.strip() in _CROSS_CELLS else cell for cell in cells]
        heads = {i: o for i, c in enumerate(cells) if i and (o := _column(c)) is not None}
        if columns and not _GRID_HEAD.search(cells[0]):
            heads = {}  # a row of the grid, not a new header ("School | Attendance… | Requested")
        if GLYPH.search(line):
            heads = {}  # marks answer a question; a grid's header row carries none
        if _attendance_grid(cells, heads) or len(set(heads.values())) == 2:
            columns = heads if ATTEND in heads.values() else {}
            police_header = bool(POLICE_ROW.search(cells[0]))
            if columns:
                continue
        under_police, police_header = police_header, False
        if not columns or not (POLICE_ROW.search(cells[0]) or under_police):
            continue
        if len(cells) < 2 and len(line.split()) > _ROW_NAME_WORDS:
            continue  # a sentence naming the police under the grid is no row of it
        if not any(c.strip() for c in cells[1:]) and _ANSWERED_IN_CELL.search(cells[0]):
            return []  # "West Yorkshire Police: attendance requested / ~~not requested~~"
        worded = [
            answer
            for i, option in columns.items()
            if option == ATTEND and i < len(cells) and not _CELL_MARK.match(cells[i])
            for answer in [short_answer(cells[i]) or option_in(cells[i])]
            if answer is not None
        ]
        if worded:  # "Attendance at conference | Not required (written report)"
            return [(worded[0], True)]
        found = [
            (option, bool(_CELL_MARK.match(cells[i])))
            for i, option in columns.items()
            if i < len(cells) and (_CELL_MARK.match(cells[i]) or _CELL_EMPTY.match(cells[i]))
        ]
        found += [(o, False) for i, o in columns.items() if i >= len(cells)]
        if ALSO in columns.values():
            return _attend_and_report(found)
        return found
    return []


def _attend_and_report(found: list[Observation]) -> list[Observation]:
    """The police row of an "Attend | Report" grid: a mark under Attend asks for attendance (a
    report as well), a mark under Report alone for the report. A row with no mark under either
    answers neither: the boxes are there and unmarked, not the report chosen (set o, layout 73:
    the police row left blank read as "report", then as a conflict with the criteria)."""
    attends = [marked for option, marked in found if option == ATTEND]
    reports = [marked for option, marked in found if option == ALSO]
    if any(attends):
        return [(ATTEND, True)]
    if attends and reports and not any(reports):
        return [(ATTEND, False), (REPORT, False)]
    return [(REPORT, True)] if attends else []


_TICK_CELLS, _CROSS_CELLS = frozenset("✓✔"), frozenset("✗✘")


def _ticks_and_crosses(lines: list[str]) -> bool:
    """Whether a grid's cells hold both ticks and crosses: then a ✓ says yes and a ✗ no (a
    cross alone in a box marks it; set n layout 70: "Invited ✓ ✗" cells)."""
    cells = {cell.strip() for line in lines for cell in line.split("\t")}
    return bool(cells & _TICK_CELLS) and bool(cells & _CROSS_CELLS)


def _attendance_grid(cells: list[str], heads: dict[int, str]) -> bool:
    """One attendance column answered in words ("Agency | What we ask | Attendance at
    conference"); a bare "Attendance" (a school's) is no such column."""
    return len(cells) >= 3 and any(
        option == ATTEND and len(cells[i].split()) >= 2 for i, option in heads.items()
    )


def _column(header: str) -> str | None:
    """ATTEND, REPORT (a written report *instead*), ALSO (a report column beside the attendance
    one: "Attend | Report" asks for both, so only the attendance column answers). An
    "Invited" column is none of them: a Y under it is no request to attend (set n 70-06)."""
    text = GLYPH.sub(" ", header).strip()
    if len(text.split()) > 6 or field_by_meaning(text) is not None:
        return None  # "Category requested" heads a column of the children's table
    if re.search(r"report", text, re.I):
        alternative = re.search(r"only|sufficient|instead|in\s+lieu|enough", text, re.I)
        return REPORT if alternative else ALSO
    if re.search(r"attend|required|requested", text, re.I):
        return ATTEND
    return None  # "Invited": every agency of the grid is invited; it asks nothing of them
