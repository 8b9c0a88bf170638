"""ASCII-art grid tables in plain text, put back into the form model's rows.

Old case-management systems print their tables as grids ("+------+------+" rules, "| a | b |"
rows, "+======+" under a header), and social workers paste them into a plain-text email, where
the mail client hard-wraps every line at 72 columns: a row's last "|" or a rule's last "+" then
stands alone on the next line, and a long cell spills onto a line of its own. Read line by line,
such a table gives no label–value pair and no header row (issue 11, first-sight set j: every
name in the layout was lost).

`ungrid` rebuilds each grid as the form model's rows — one line per table row, its cells joined
by a TAB, a cell's wrapped text joined by a space — and leaves every other line as it was.
The column count comes from the grid's own rules, so a wrapped row is re-joined until it has
all its cells; a row that never completes is left as it was written (nothing is dropped).

Pure and linear in the number of lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_RULE = re.compile(r"^\s*\+(?:[-=:+ ]*[-=][-=:+ ]*)?\+?\s*$")
_RULE_PART = re.compile(r"^\s*[-=+:]+\s*$")
_ROW = re.compile(r"^\s*\|")
#: A grid row may wrap at most this many times (a 72-column client wraps a 200-column row 3×).
_MAX_JOINS = 4


def has_grid(lines: Sequence[str]) -> bool:
    """Cheap test first: most pages have no "+---" rule at all."""
    return any(line.lstrip().startswith("+-") or line.lstrip().startswith("+=") for line in lines)


def ungrid(lines: Sequence[str]) -> tuple[str, ...]:
    """The lines with every grid table rewritten as TAB-separated rows (module docstring)."""
    if not has_grid(lines):
        return tuple(lines)
    out: list[str] = []
    i = 0
    while i < len(lines):
        rule, used = _joined_rule(lines, i)
        if rule is None:
            out.append(lines[i])
            i += 1
            continue
        rows, end = _grid(lines, i + used, columns=rule.count("+") - 1)
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        out.extend(rows)
        i = end
    return tuple(out)


def _joined_rule(lines: Sequence[str], i: int) -> tuple[str | None, int]:
    """A rule line, with the parts a mail client wrapped onto the next lines; (None, 0) if not."""
    line = lines[i]
    if not _RULE.match(line) or (line.count("+") < 2 and not _continues_rule(lines, i)):
        return None, 0
    text, used = line.strip(), 1
    while used <= _MAX_JOINS and i + used < len(lines) and _RULE_PART.match(lines[i + used]):
        if not text.endswith("+") or lines[i + used].strip().startswith(("-", "=")):
            text += lines[i + used].strip()
            used += 1
        else:
            break
    return (text, used) if text.count("+") >= 2 else (None, 0)


def _continues_rule(lines: Sequence[str], i: int) -> bool:
    return i + 1 < len(lines) and bool(_RULE_PART.match(lines[i + 1]))


def _grid(lines: Sequence[str], start: int, *, columns: int) -> tuple[list[str], int]:
    """The rows of one grid from `start` (after its first rule); (rows, index after the grid)."""
    rows: list[str] = []
    cells: list[list[str]] = []
    i = start
    while i < len(lines):
        rule, used = _joined_rule(lines, i)
        if rule is not None:
            if cells:
                rows.append(_row_text(cells))
                cells = []
            i += used
            continue
        if not _ROW.match(lines[i]):
            break
        row, used = _joined_row(lines, i, columns)
        if row is None:
            break
        if not cells:
            cells = [[] for _ in row]
        for column, cell in enumerate(row[: len(cells)]):
            if cell:
                cells[column].append(cell)
        i += used
    if cells:
        rows.append(_row_text(cells))
    return rows, i


def _joined_row(lines: Sequence[str], i: int, columns: int) -> tuple[list[str] | None, int]:
    """One "| a | b |" line, re-joined with its wrapped remainder, as its cells."""
    text, used = lines[i].strip(), 1
    while text.count("|") < columns + 1 and used <= _MAX_JOINS and i + used < len(lines):
        nxt = lines[i + used].strip()
        if not nxt or (_RULE.match(nxt) and nxt.count("+") >= 2):
            break
        text = f"{text} {nxt}"
        used += 1
    if text.count("|") < 2:
        return None, 0
    inner = text.strip()[1:]
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip() for c in inner.split("|")], used


def _row_text(cells: list[list[str]]) -> str:
    return "\t".join(" ".join(parts) for parts in cells).rstrip("\t")
