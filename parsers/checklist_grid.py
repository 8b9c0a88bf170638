"""Check-list grids whose marks stand in sub-columns, read as one box before each option.

Why: an assessment-factor list (the Children in Need census codes, 1A-23A) prints every
factor, and marks the ones that apply in a column of its own — for the child, a parent or
carer, another person — as an X, a ✓ or a ☒ in a cell. In linear text an unmarked row is the
bare label ("11A Child sexual exploitation", its empty cells gone) and a marked one is
"2 Drug misuse <TAB><TAB> X": read as text, every factor printed was a fact (set p, layout 77:
the unticked CSE row read as CSE in five forms). `parsers.checklists` reads a table whose
header names its mark column; this reads the grids whose header names only who the mark is
about, or that have no header at all:

- a **grid** is a run of rows whose cells after the option's label hold only marks
  (X ✓ ✔ ☒ ☑, or a mark typed after a lone option: "Neglect ✓") or nothing (– - ☐), at least
  one of them marked — a cross ✗ is a mark in a grid of crosses and a no among ticks — with
  the option rows between
  (and, under the grid's header row of three or more columns or a caption that says how it is
  marked, before) them whose cells were all empty. Such a row
  becomes "☒ option" when a cell of it is marked, else "☐ option": which column the mark is in
  says whose factor it is, not whether it applies — unless the header names that column "No"
  ("Factor | Yes | No": a mark under No is a no). A bare row followed by prose is the heading
  after the grid ("Reason for conference"), not an option;
- a box alone in a row's first cell is the box of the option the rest of the row names
  ("☐ <TAB> 11A <TAB> Child sexual exploitation");
- a row whose label has no box and whose other cells are boxes labelled by codes only
  ("Child sexual exploitation <TAB> ☐ 11A", "Drug misuse <TAB> ☒ 2A <TAB> ☐ 2B") becomes the
  label with one box, marked when any of the row's is.

A grid that names the police, attendance or a report is an agency grid whose column is the
answer (`parsers.police_grid`), and is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.records import CELL, MARKED, UNMARKED

_MARK = re.compile(r"^\s*(?:[xX]|✓|✔|☒|☑)\s*$")
_CROSS = re.compile(r"^\s*[✗✘]\s*$")
_BLANK = re.compile(r"^\s*(?:-|–|—|☐)?\s*$")
#: A mark typed after an option on its own line ("Neglect ✓", "Gangs ✗").
_TRAILING_MARK = re.compile(r"^(?P<label>.*\S)\s+(?P<mark>[✓✔✗✘])\s*$")
_CODE = re.compile(r"^\s*[A-Za-z]{0,2}\d{1,2}[A-Za-z]?\s*$")  # "11A", "3B", "C4", "21"
_CODED_BOX = re.compile(rf"^\s*([{MARKED}{UNMARKED}])\s*[A-Za-z]{{0,2}}\d{{1,2}}[A-Za-z]?\s*$")
_POLICE_GRID = re.compile(r"attend|report|police|invited", re.I)
_MAX_LABEL_WORDS = 10
_HEADER_WORDS = 4
_PROSE_WORDS = 8
_MIN_ROWS = 3


def grid_marked(lines: Sequence[str]) -> list[str]:
    """The lines with each grid's rows as boxed options (module docstring)."""
    out = [_leading_box(line) or _coded_boxes(line) or line for line in lines]
    at = 0
    while at < len(out):
        found = _grid_end(out, at)
        if found is None:
            at += 1
            continue
        end, crosses_mark = found
        start = at + 1 if _header(out[at]) or _caption(out[at]) else at
        noes = _no_columns(out[at])
        for i in range(start, end):
            out[i] = _boxed(out[i], crosses_mark=crosses_mark, noes=noes) or out[i]
        at = end
    return out


def _grid_end(lines: list[str], at: int) -> tuple[int, bool] | None:
    """Where a grid that starts at line `at` (its header, or its first marked row) ends, and
    whether its crosses are its marks (no ticks beside them) or its noes (among ticks)."""
    header = _header(lines[at]) or _caption(lines[at])
    above = lines[at - 1] if at else ""
    if not header and CELL in above and _POLICE_GRID.search(above):
        return None  # the row under an agency grid's header ("West Yorkshire Police | …") is its
    noes = _no_columns(lines[at])
    i = at + 1 if header else at
    kinds: list[str] = []
    while i < len(lines):
        kind = _row(lines[i], noes=noes)
        if kind is None:
            break
        if kind == "bare":
            if not header and not kinds:
                return None  # bare rows open a grid only under its header
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if _prose(following):
                break  # the heading of what follows the grid
        kinds.append(kind)
        i += 1
    block = lines[at:i]
    if not {"marked", "crossed"} & set(kinds) or any(_POLICE_GRID.search(x) for x in block):
        return None
    told_apart = len(set(kinds)) > 1  # a mark beside a row without one
    if len(kinds) < _MIN_ROWS and not (told_apart and len(kinds) >= 2):
        return None
    return i, "marked" not in kinds


def _header(line: str) -> bool:
    cells = [c.strip() for c in line.split(CELL)]
    return (
        len(cells) >= 3  # the option's column and two or more for whom it applies to
        and all(cells)
        and all(len(c.split()) <= _HEADER_WORDS for c in cells)
        and not any(_MARK.match(c) for c in cells)
    )


def _cells(line: str) -> list[str]:
    """A row's cells, a mark typed after a lone option taken as a cell of its own."""
    cells = line.split(CELL)
    trailing = _TRAILING_MARK.match(line) if len(cells) == 1 else None
    return [trailing["label"], trailing["mark"]] if trailing else cells


#: A caption that says how the list below is marked: "Concerns (✓ where present)", "(tick
#: any that apply)": the options under it may come before the first marked one.
_LEGEND = re.compile(r"\([^()]*(?:[✓✔✗✘]|\b(?:tick|mark|cross)\b)[^()]*\)", re.I)


def _caption(line: str) -> bool:
    return CELL not in line and _LEGEND.search(line) is not None and not _POLICE_GRID.search(line)


#: A header's column that says the option does not apply: a mark in it is a no.
_NO_COLUMN = re.compile(
    r"^\s*(?:no|n|not\s+(?:present|applicable|known)|does\s+not\s+apply|absent|n/a)\s*$", re.I
)


def _no_columns(line: str) -> frozenset[int]:
    if not _header(line):
        return frozenset()
    return frozenset(i for i, cell in enumerate(line.split(CELL)) if i and _NO_COLUMN.match(cell))


def _row(line: str, *, noes: frozenset[int] = frozenset()) -> str | None:
    """ "marked", "crossed" (✗ and no tick), "blank" (cells, none marked, or marked only in a
    column that says no), "bare" (a label alone) or None (no option)."""
    cells = _cells(line)
    label = _label(cells)
    if label is None:
        return None
    first = 2 if _CODE.match(cells[0]) and len(cells) > 2 else 1
    rest = cells[first:]
    if not rest:
        return "bare"
    if not all(_MARK.match(c) or _CROSS.match(c) or _BLANK.match(c) for c in rest):
        return None
    said = [c for at, c in enumerate(rest, start=first) if at not in noes]
    if any(_MARK.match(c) for c in said):
        return "marked"
    return "crossed" if any(_CROSS.match(c) for c in said) else "blank"


def _label(cells: list[str]) -> str | None:
    """The option a row names: its first cell, after a code cell of its own ("11A")."""
    first = cells[0].strip()
    if _CODE.match(first) and len(cells) > 1 and cells[1].strip():
        first = f"{first} {cells[1].strip()}"
    words = first.split()
    if not words or len(words) > _MAX_LABEL_WORDS or ":" in first:
        return None
    if MARKED in first or UNMARKED in first or first.endswith((".", "?")):
        return None
    return first


def _boxed(line: str, *, crosses_mark: bool, noes: frozenset[int]) -> str | None:
    kind = _row(line, noes=noes)
    label = _label(_cells(line))
    if kind is None or label is None:
        return None
    on = kind == "marked" or (kind == "crossed" and crosses_mark)
    return f"{MARKED if on else UNMARKED} {label}"


_LONE_BOX = {"☒": MARKED, "☐": UNMARKED, "[x]": MARKED, "[X]": MARKED, "[ ]": UNMARKED,
             "[]": UNMARKED}  # fmt: skip


def _leading_box(line: str) -> str | None:
    """ "☐ <TAB> 11A <TAB> Child sexual exploitation" → "☐ 11A Child sexual exploitation": a
    box alone in a row's first cell is the box of the option the row names (set q)."""
    cells = line.split(CELL)
    box = _LONE_BOX.get(cells[0].strip())
    rest = " ".join(c.strip() for c in cells[1:] if c.strip())
    if box is None or not rest or len(rest.split()) > _MAX_LABEL_WORDS:
        return None
    if any(glyph in rest for glyph in _LONE_BOX):
        return None  # another box in the row: a row of options, read as it stands
    return f"{box} {rest}"


def _coded_boxes(line: str) -> str | None:
    """ "Drug misuse <TAB> ☒ 2A <TAB> ☐ 2B" → "☒ Drug misuse" (module docstring)."""
    cells = line.split(CELL)
    if len(cells) < 2 or _label(cells[:1]) is None or _POLICE_GRID.search(line):
        return None
    boxes = [_CODED_BOX.match(c) for c in cells[1:]]
    if not all(boxes):
        return None
    on = any(b is not None and b.group(1) == MARKED for b in boxes)
    return f"{MARKED if on else UNMARKED} {cells[0].strip()}"


def _prose(line: str) -> bool:
    return CELL not in line and len(line.split()) >= _PROSE_WORDS
