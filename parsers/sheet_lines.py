"""What the spreadsheet readers (Excel, OpenDocument) share: a cell as shown, a sheet as lines.

A booking form kept as a workbook is the same form as the Word one, laid out on a grid: a label
in one cell and its answer in the next, a table of children under a header row, a reason typed
into one tall cell. The form model (`parsers.records`) is the Word reader's: a row is one line
of cells joined by TAB (`word_lines.row_line`), a cell's own line breaks folded to spaces.

Three things differ from a word processor, and are settled here once for both formats:

- a cell holds a typed value, not text: a date is a day count whose number format says how a
  person sees it, a time a fraction of a day, a boolean TRUE/FALSE. `cell_text` gives what the
  sheet shows in the form model's words: a date as dd/mm/yyyy (the unit's order; a format that
  spells the month spells it), a time as HH:MM, a boolean as Yes/No (the answer it is);
- a grid has margins: a column left empty for spacing, an answer indented a column in. A line
  that starts with a TAB continues the line above (`labels.logical_lines`), so empty columns
  of the whole sheet are dropped and each row's leading empty cells too (`grid_lines`);
- a drop-down left blank shows nothing, yet the form asked a question with set answers:
  its options become unmarked boxes (`choice_text`), as a paper form's empty boxes would.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from parsers.records import UNMARKED
from parsers.word_lines import fold, row_line

#: A drop-down whose list is longer than this, or has a longer option, is no tick question.
MAX_CHOICES = 10
MAX_CHOICE_CHARS = 80
#: Parts of an Excel number format that are not date/time codes: quoted literals, `[...]`
#: colours and locales, escaped characters (ECMA-376 Part 1 §18.8.31).
_LITERALS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')
_SPACES = re.compile(r"\s+")


def cell_text(value: object, number_format: str | None = None) -> str:
    """A cell's value as the sheet shows it, in the form model's words ("" when empty)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.datetime):
        return _datetime_text(value, _codes(number_format))
    if isinstance(value, dt.date):
        return _date_text(value, _codes(number_format))
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, dt.timedelta):
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    if isinstance(value, float):
        return _number_text(value)
    return _SPACES.sub(" ", str(value)).strip()


def choice_text(options: Sequence[str]) -> str:
    """A blank drop-down's options as unmarked boxes ("☐ a ☐ b"), or "" when they are no
    short list of answers (a long list is a look-up, not a question)."""
    shown = [_SPACES.sub(" ", option).strip() for option in options]
    shown = [option for option in shown if option]
    if not 2 <= len(shown) <= MAX_CHOICES or any(len(o) > MAX_CHOICE_CHARS for o in shown):
        return ""
    return " ".join(f"{UNMARKED} {option}" for option in shown)


def grid_lines(rows: Sequence[Sequence[str]]) -> list[str]:
    """A sheet's rows of cell texts → form-model lines.

    Columns empty in every row are dropped (spacing columns), then each row's leading empty
    cells, so no line starts with a TAB; trailing empty cells go (`row_line`); empty rows
    vanish. Columns keep their places otherwise, so a table's rows stay aligned."""
    width = max((len(row) for row in rows), default=0)
    used = [i for i in range(width) if any(i < len(row) and row[i].strip() for row in rows)]
    lines: list[str] = []
    for row in rows:
        cells = [fold(row[i]) if i < len(row) else "" for i in used]
        while cells and not cells[0]:
            cells.pop(0)
        line = row_line(cells)
        if line is not None:
            lines.append(line)
    return lines


def _codes(number_format: str | None) -> str:
    """The format's date/time codes, lower case, without literals ("dd/mm/yyyy" stays)."""
    return _LITERALS.sub("", (number_format or "").split(";")[0]).lower()


def _has_time(codes: str) -> bool:
    return "h" in codes or "s" in codes


def _has_date(codes: str) -> bool:
    return "d" in codes or "y" in codes or ("m" in codes and not _has_time(codes))


def _datetime_text(value: dt.datetime, codes: str) -> str:
    if codes and not _has_date(codes) and _has_time(codes):
        return f"{value.hour:02d}:{value.minute:02d}"
    day = _date_text(value.date(), codes)
    timed = _has_time(codes) or (not codes.strip() and value.time() != dt.time())
    return f"{day} {value.hour:02d}:{value.minute:02d}" if timed else day


def _date_text(value: dt.date, codes: str) -> str:
    """dd/mm/yyyy, or "Tuesday 5 January 2027" when the format spells the month (`mmm`)."""
    if "mmm" not in codes:
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    weekday = f"{value:%A} " if "ddd" in codes else ""
    return f"{weekday}{value.day} {value:%B} {value.year:04d}"


def _number_text(value: float) -> str:
    """Excel's General format: a whole number without ".0", else up to ten significant digits."""
    if value != value or value in (float("inf"), float("-inf")):  # NaN/inf: no cell holds one
        return ""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10g}"
