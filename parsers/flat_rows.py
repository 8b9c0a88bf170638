"""A table flattened into plain text, one cell a line, put back into the form model's rows.

Why: a case system's "copy as text", or a mail program's plain alternative of an HTML table,
writes every cell of a table on a line of its own — "Name" / "DOB" / "Relationship", then
"Donna Lumb" / "14/02/1990" / "Mother" and the next person's three lines — and a two-column
table of options and answers as "Required" / "No" / "Report only" / "Yes". Read line by line
the people lose their dates of birth and relationships (a header word above a name reads as a
label of one value), and the police question reads both options as answered (the brief
"marks", gap 4). `parsers.text_grid` rebuilds grids drawn in ASCII; this rebuilds the grids
with no drawing left at all, from what the cells mean.

- **A people table**: two to eight header lines in a row, each a header of a table of people
  (`label_meaning.label_field` → `PERSON`: "Name", "DOB", "Relationship", "Gender", "School"),
  one of them a name's. The lines after it are read as records of that many lines while each
  record fits its headers — a name where the name column is, a date (or "not known", "unborn")
  where the date of birth is, no header word nor a blank line among them — and become the
  header row and one row per record, cells apart by TAB. An empty cell drops its line when a
  table is flattened, so a record that does not fit ends the table there: the rest stays as it
  was written, never shifted into the wrong column.
- **Options with their answers**: two or more pairs of lines in a row, a short option over a
  bare answer ("Yes", "No", "X", "✓", "N/A"), become "option<TAB>answer" rows, as the Word
  reader gives a row of a two-column table. An option with no answer under it breaks the run
  (its empty cell is gone; which option an "X" answers can no longer be told).

Lines that already hold a TAB are a table's rows already; nothing else is changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.dates import find_dates
from parsers.label_meaning import BIRTH, NAME, PERSON, header_role, label_field
from parsers.person_names import split_name
from parsers.records import CELL

#: A people table has at most this many columns.
_MAX_COLUMNS = 8
#: A date of birth flattened as text when none is known.
_NO_DATE = re.compile(r"(?:n/?k|not\s+known|unknown|tbc|tba|unborn|edd\b.*|due\b.*|-+)", re.I)
#: A bare answer in a flattened table's answer column.
_ANSWER = re.compile(r"(?:yes|no|y|n|x|n/a|[✓✔✗✘☒☑])\.?", re.I)
#: An option is a few words: more is a sentence.
_OPTION_WORDS = 8


def flat_rows(lines: Sequence[str]) -> tuple[str, ...]:
    """The lines with every flattened table rebuilt as TAB rows (module docstring)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        rows, used = _people(lines, i)
        if not rows:
            rows, used = _answered(lines, i)
        if rows:
            out.extend(rows)
            i += used
        else:
            out.append(lines[i])
            i += 1
    return tuple(out)


def _people(lines: Sequence[str], start: int) -> tuple[list[str], int]:
    """A people table from `start`: its header row and records, and how many lines it took."""
    headers: list[str] = []
    while (
        start + len(headers) < len(lines)
        and len(headers) < _MAX_COLUMNS
        and _header(lines[start + len(headers)])
    ):
        headers.append(lines[start + len(headers)].strip())
    roles = [header_role(h) for h in headers]
    if len(headers) < 2 or NAME not in roles:
        return [], 0
    rows = [CELL.join(headers)]
    at = start + len(headers)
    while at + len(headers) <= len(lines):
        record = [line.strip() for line in lines[at : at + len(headers)]]
        if not all(_fits(value, role) for value, role in zip(record, roles, strict=True)):
            break
        rows.append(CELL.join(record))
        at += len(headers)
    return (rows, at - start) if len(rows) > 1 else ([], 0)


def _header(line: str) -> bool:
    return CELL not in line and bool(line.strip()) and label_field(line.strip()) == PERSON


def _fits(value: str, role: str | None) -> bool:
    """A flattened cell that can stand in its column (module docstring)."""
    if not value or CELL in value or _header(value) or len(value.split()) > _OPTION_WORDS:
        return False
    if role == NAME:
        return split_name(value)[0] is not None
    if role == BIRTH:
        return bool(find_dates(value)) or _NO_DATE.fullmatch(value) is not None
    return True


def _answered(lines: Sequence[str], start: int) -> tuple[list[str], int]:
    """Pairs of an option over its bare answer from `start`, as rows (module docstring)."""
    rows: list[str] = []
    at = start
    while at + 1 < len(lines) and _option(lines[at]) and _bare_answer(lines[at + 1]):
        rows.append(f"{lines[at].strip()}{CELL}{lines[at + 1].strip()}")
        at += 2
    return (rows, at - start) if len(rows) >= 2 else ([], 0)


def _option(line: str) -> bool:
    text = line.strip()
    return (
        bool(text)
        and CELL not in text
        and not _bare_answer(text)
        and len(text.split()) <= _OPTION_WORDS
        and not text.endswith((".", ":"))
    )


def _bare_answer(line: str) -> bool:
    return _ANSWER.fullmatch(line.strip()) is not None
