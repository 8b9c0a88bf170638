"""A label answered by a yes/no code, read as a box: "RSO: N" is "☐ RSO", a grid's "Y" under
"RSO" is "☒ RSO".

Why (issue 11, set s, layout 94): case-system exports answer each question by a code beside its
label — "RSO: N", "CSE | N", "rso=N", "PPO ......... N", "CG_POL: n/a" — or by a Y/N grid, a
column per question and a row per person. The label names a criterion; only its code says
whether it is met. Read as words, "RSO | N" affirmed a registered sex offender and a grid's
header "CSE" affirmed exploitation for a family where every cell said N.

What: each label whose value is a bare yes/no code is rewritten as the tick box the code stands
for, the label its option — the form model's one way of saying "asked and answered"
(`parsers.records`): a "no" (N, No, None, Nil, N/A, False, ✗) is `UNMARKED` before the label,
read by the criteria as template text; a "yes" (Y, Yes, True, ✓) is `MARKED`, read as said. In a
grid, a header cell over a column of codes is the question, not an answer (`UNMARKED`), and
each code cell becomes its header's box. A value that says more than the code ("Y - placed under
PPO 18/12", "N (NFA 2019)") is left as written: its words are read as they are.

Which separators make a pair: ":", "=", "|", a TAB, a dotted leader, or a run of three
spaces; several pairs may share a line ("RSO: N   CSE: N   CG_POL: n/a"). "1"/"0" are no
codes here: "Room: 1" is a room.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.records import CELL, GUIDE_OPEN, MARKED, UNMARKED

_YES = frozenset({"y", "yes", "true", "✓", "✔"})
_NO = frozenset({"n", "no", "none", "nil", "n/a", "na", "false", "✗", "✘"})
#: A "no" in a few words, as a whole cell: "Not used", "Not applicable", "None known".
_NO_WORDS = frozenset({
    "not used", "not applicable", "not in force", "not present", "not identified", "none known",
    "no concerns", "not known", "never",
})  # fmt: skip
_CODE = r"(?:yes|no|none|nil|n/a|na|true|false|y|n|[✓✔✗✘])"
#: What may follow a code: the cell's end, a separator, a gap, or the next pair's label.
_CODE_END = r"(?=\s*$|\s*[|;,]|\t| {2,}| (?=[A-Za-z][\w]*\s*[:=|]))"
#: A label: a code token ("POL_ATT", "S47", "rso") or a few words ("Child sexual
#: exploitation"), then its separator and a bare code ending the pair.
_PAIR = re.compile(
    r"(?P<label>[A-Za-z][\w'’()/\-]*(?: [A-Za-z0-9][\w'’()/\-]*){0,5})"
    r"(?P<sep>\s*(?:[:=|]|\.{3,}|…+)\s*| {3,})"
    rf"(?P<code>{_CODE}){_CODE_END}",
    re.I,
)
#: The tail of every `_PAIR` (its separator's last character or three, the code): a cell
#: without one has no pair. Why: `_PAIR` tries a label of up to six words at every letter, a
#: quarter of the triage's processor time over the benchmark's mail (issue 11); this test
#: starts only at a separator, and most cells of prose fail it.
_MAYBE_PAIR = re.compile(rf"(?:[:=|]|\.{{3}}|…| {{3}})\s*{_CODE}{_CODE_END}", re.I)


def coded_lines(lines: Sequence[str]) -> list[str]:
    """The lines with their coded answers as boxes (module docstring)."""
    out = _grids_as_boxes(list(lines))
    return [_pairs_as_boxes(line) for line in out]


def _pairs_as_boxes(line: str) -> str:
    if MARKED in line or UNMARKED in line or GUIDE_OPEN in line:
        return line  # boxes of its own, or printed guidance (a legend's "Y = yes")
    cells = line.split(CELL)
    # "RSO <TAB> N"; a row whose other cells are empty but its answer: "Police protection <TAB>
    # - <TAB> - <TAB> Not used" in a table of orders (set D: read as police protection)
    said = [cell for cell in cells[1:] if cell.strip() not in _EMPTY]
    if len(said) == 1 and _answer(said[0]) is not None and _is_label(cells[0]):
        return _boxed(cells[0].strip(), _answer(said[0]) is True)
    return CELL.join(_cell_as_boxes(cell) for cell in cells)


#: What a table puts in a cell left with nothing to say.
_EMPTY = frozenset({"", "-", "–", "—", "--", "n/k"})


def _cell_as_boxes(cell: str) -> str:
    """A cell of coded pairs alone as their boxes; a cell that says more is left as written
    ("RSO: N; father on bail for ABH" keeps its bail, which a box's option would swallow)."""
    if _MAYBE_PAIR.search(cell) is None:
        return cell
    pairs = list(_PAIR.finditer(cell))
    if not pairs or _PAIR.sub("", cell).strip(" \t|;,"):
        return cell
    return " ".join(_boxed(p.group("label"), p.group("code").casefold() in _YES) for p in pairs)


def _boxed(label: str, yes: bool) -> str:
    return f"{MARKED if yes else UNMARKED} {label.strip()}"


def _answer(cell: str) -> bool | None:
    code = cell.strip().casefold()
    if code in _YES:
        return True
    if code in _NO or " ".join(code.rstrip(".").split()) in _NO_WORDS:
        return False
    return None


def _is_label(cell: str) -> bool:
    text = cell.strip()
    return bool(text) and len(text.split()) <= 6 and text[0].isalpha()


def _grids_as_boxes(lines: list[str]) -> list[str]:
    """A table whose columns are answered by codes, row by row: each code cell its header's
    box, the header cells over them questions (module docstring)."""
    out = list(lines)
    at = 0
    while at < len(out):
        header = out[at].split(CELL)
        rows = _rows_below(out, at, width=len(header))
        coded = _coded_columns(header, [out[r].split(CELL) for r in rows])
        if not coded:
            at += 1
            continue
        out[at] = CELL.join(
            _boxed(cell, False) if i in coded and cell.strip() else cell
            for i, cell in enumerate(header)
        )
        for r in rows:
            cells = out[r].split(CELL)
            for i in coded:
                answer = _answer(cells[i])
                if answer is not None:
                    cells[i] = _boxed(header[i], answer)
            out[r] = CELL.join(cells)
        at = rows[-1] + 1
    return out


def _rows_below(lines: list[str], at: int, *, width: int) -> list[int]:
    rows: list[int] = []
    if width < 3:
        return rows
    for r in range(at + 1, len(lines)):
        if lines[r].count(CELL) + 1 != width:
            break
        rows.append(r)
    return rows


def _coded_columns(header: list[str], rows: list[list[str]]) -> frozenset[int]:
    """The columns whose header is a label and whose every filled cell is a yes/no code, at
    least one of them a code (a column of "-" alone answers nothing)."""
    if not rows or any(_answer(cell) is not None for cell in header):
        return frozenset()
    if any(cell.rstrip().endswith("?") for row in rows for cell in row):
        return frozenset()  # questions answered in a column: each row's question is its label
    found = set()
    for i, head in enumerate(header):
        values = [row[i].strip() for row in rows if row[i].strip() not in {"", "-", "–"}]
        if (
            _is_label(head)
            and not _ANSWER_COLUMN.match(head)
            and values
            and all(_answer(v) is not None for v in values)
        ):
            found.add(i)
    return frozenset(found)


#: A header over the answers to each row's own label ("Yes/No", "Y/N", "Answer"): the row's
#: first cell is what its code answers, not the header (`triage.segments` reads that pair).
_ANSWER_COLUMN = re.compile(
    r"^\s*(?:yes\s*/\s*no|y\s*/\s*n|yes\s+or\s+no|answer|response|reply|outcome)\s*(?:\(.*\))?\s*$",
    re.I,
)
