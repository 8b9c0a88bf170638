"""`read_ods()`: an OpenDocument spreadsheet (.ods) → one `Page` per visible sheet.

The LibreOffice counterpart of `parsers.xlsx`, read into the same form model with the same
rules (`parsers.sheet_lines`): a row is a line of TAB-joined cells, dates dd/mm/yyyy, times
HH:MM, booleans Yes/No; pages `"<name> p<n>"` with the sheet's title first; hidden sheets
(`table:display="false"` in the table's style), hidden rows and columns
(`table:visibility` collapse or filter) and the cells a merged cell covers
(`table:covered-table-cell`) are not read; a blank cell under a list validation
(`table:content-validation`, `of:cell-content-is-in-list(…)`) shows its options unmarked.

The package is read with lxml under the OpenDocument guards (`xml_package.odf_parts`: bombs,
entities, encrypted packages refused). ODF writes a run of equal rows or cells once with a
repeat count (a sheet's unused tail is one row repeated a million times): repeats are expanded
only up to `MAX_ROWS` × `MAX_COLUMNS`, the same caps as the Excel reader's, and a formula's
value is the one LibreOffice saved (`office:value`, the cell's text), never computed.
"""

from __future__ import annotations

import datetime as dt
import re

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from parsers.errors import reader_boundary
from parsers.records import Page
from parsers.sheet_lines import MAX_CHOICES, cell_text, choice_text, grid_lines
from parsers.xlsx import MAX_COLUMNS, MAX_ROWS, MAX_SHEETS
from parsers.xml_package import odf_parts

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_HIDDEN = frozenset({"collapse", "filter"})
_DURATION = re.compile(r"^-?P(?:\d+D)?T(\d+)H(\d+)M")
_LIST = re.compile(r"cell-content-is-in-list\((.*)\)\s*$", re.S)
_QUOTED = re.compile(r'"((?:[^"]|"")*)"')
#: A list validation's source range: `[$Lists.$A$1:.$A$2]`, `[$'My list'.A1:$'My list'.A4]`.
_RANGE = re.compile(
    r"\[\$?'?([^.'\]]+)'?\.\$?([A-Z]{1,3})\$?(\d+)"
    r"(?::\$?'?[^.]*?'?\.?\$?([A-Z]{1,3})\$?(\d+))?\]"
)
_DEFAULT_TITLE = re.compile(r"^\s*sheet\s*\d*\s*$", re.I)

#: A cell as read: its text and its validation's name; None for a cell a merged cell covers.
_Cell = tuple[str, str | None] | None
#: A row as read: hidden or not, and its cells by column (repeats expanded up to the caps).
_Row = tuple[bool, list[_Cell]]


def read_ods(data: bytes, *, name: str) -> tuple[Page, ...]:
    """A Page per visible sheet (`location="<name> p<n>"`); `AttachmentError` when refused."""
    with reader_boundary("the OpenDocument spreadsheet"):
        content = odf_parts(data, what="OpenDocument spreadsheet", names=("content.xml",))
        return _pages(content["content.xml"], name=name)


def _pages(content: etree._Element, *, name: str) -> tuple[Page, ...]:
    hidden_styles = _hidden_table_styles(content)
    sheets = [
        table
        for table in content.iter(f"{TABLE}table")
        if table.getparent() is not None and table.getparent().tag == f"{OFFICE}spreadsheet"
    ][:MAX_SHEETS]
    grids = {str(t.get(f"{TABLE}name") or ""): _grid(t) for t in sheets}
    choices = _choices(content, grids)
    pages: list[Page] = []
    for table in sheets:
        if table.get(f"{TABLE}style-name") in hidden_styles:
            continue
        title = str(table.get(f"{TABLE}name") or "").strip()
        hidden_columns = _hidden_columns(table)
        rows = [
            [
                cell[0] or choices.get(cell[1] or "", "")
                for column, cell in enumerate(cells)
                if cell is not None and column not in hidden_columns
            ]
            for hidden, cells in grids.get(title, [])
            if not hidden
        ]
        lines = grid_lines(rows)
        if not lines:
            continue
        if title and not _DEFAULT_TITLE.match(title):
            lines.insert(0, title)
        number = len(pages) + 1
        pages.append(Page(location=f"{name} p{number}", lines=tuple(lines), number=number))
    return tuple(pages)


def _hidden_table_styles(content: etree._Element) -> set[str]:
    """Table styles whose table properties hide the sheet (`table:display="false"`)."""
    hidden: set[str] = set()
    for style in content.iter(f"{STYLE}style"):
        props = style.find(f"{STYLE}table-properties")
        if props is not None and props.get(f"{TABLE}display") == "false":
            hidden.add(str(style.get(f"{STYLE}name")))
    return hidden


def _grid(table: etree._Element) -> list[_Row]:
    """The sheet's rows by position (hidden ones marked), repeats expanded up to the caps."""
    rows: list[_Row] = []
    for row in table.iter(f"{TABLE}table-row"):
        if len(rows) >= MAX_ROWS:
            break
        if _owner(row) is not table:
            continue  # a row of a table inside a cell (a chart's data, a nested sub-table)
        entry = (row.get(f"{TABLE}visibility") in _HIDDEN, _row_cells(row))
        repeat = _count(row.get(f"{TABLE}number-rows-repeated"))
        rows.extend([entry] * min(repeat, MAX_ROWS - len(rows)))
    return rows


def _row_cells(row: etree._Element) -> list[_Cell]:
    cells: list[_Cell] = []
    for cell in row:
        if cell.tag not in (f"{TABLE}table-cell", f"{TABLE}covered-table-cell"):
            continue
        repeat = min(_count(cell.get(f"{TABLE}number-columns-repeated")), MAX_COLUMNS - len(cells))
        entry: _Cell = None
        if cell.tag == f"{TABLE}table-cell":
            entry = (_cell_text(cell), cell.get(f"{TABLE}content-validation-name"))
        cells.extend([entry] * repeat)
        if len(cells) >= MAX_COLUMNS:
            break
    return cells


def _hidden_columns(table: etree._Element) -> set[int]:
    hidden: set[int] = set()
    column = 0
    for element in table.iter(f"{TABLE}table-column"):
        if _owner(element) is not table:
            continue
        repeat = min(_count(element.get(f"{TABLE}number-columns-repeated")), MAX_COLUMNS - column)
        if element.get(f"{TABLE}visibility") in _HIDDEN:
            hidden.update(range(column, column + repeat))
        column += repeat
        if column >= MAX_COLUMNS:
            break
    return hidden


def _cell_text(cell: etree._Element) -> str:
    """What the cell shows: its typed value in the form model's words, else its text."""
    kind = cell.get(f"{OFFICE}value-type")
    shown = " ".join(_paragraph(p) for p in cell.iter(f"{TEXT}p")).strip()
    if kind == "boolean":
        return cell_text(cell.get(f"{OFFICE}boolean-value") == "true")
    if kind == "date":
        value = _iso(cell.get(f"{OFFICE}date-value") or "")
        if value is not None:
            spelled = "dd mmmm yyyy" if re.search(r"[A-Za-z]{3}", shown) else "dd/mm/yyyy"
            timed = value.time() != dt.time() or ":" in shown
            return cell_text(value, f"{spelled} hh:mm" if timed else spelled)
    if kind == "time":
        found = _DURATION.match(cell.get(f"{OFFICE}time-value") or "")
        if found is not None:
            return f"{int(found[1]) % 24:02d}:{int(found[2]) % 60:02d}"
    if not shown and kind in ("float", "percentage", "currency"):
        return cell.get(f"{OFFICE}value") or ""
    return cell_text(shown)


def _paragraph(p: etree._Element) -> str:
    """A paragraph's text: `text:s` spaces, tabs and line breaks as spaces, spans' text."""
    parts = [p.text or ""]
    for child in p.iter():
        if child is p:
            continue
        if child.tag == f"{TEXT}s":
            parts.append(" " * min(_count(child.get(f"{TEXT}c")), 200))
        elif child.tag in (f"{TEXT}tab", f"{TEXT}line-break"):
            parts.append(" ")
        elif child.tag == f"{OFFICE}annotation":
            continue  # a comment is not the cell's text
        elif _inside_annotation(child, p):
            continue
        else:
            parts.append(child.text or "")
        parts.append(child.tail or "")
    return "".join(parts)


def _inside_annotation(element: etree._Element, stop: etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == f"{OFFICE}annotation":
            return True
        parent = parent.getparent()
    return False


def _iso(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value[:19])
    except ValueError:
        return None


def _choices(content: etree._Element, grids: dict[str, list[_Row]]) -> dict[str, str]:
    """Validation name → its list's options as unmarked boxes (`sheet_lines.choice_text`)."""
    found: dict[str, str] = {}
    for rule in content.iter(f"{TABLE}content-validation"):
        condition = _LIST.search(rule.get(f"{TABLE}condition") or "")
        if condition is None:
            continue
        options = [o.replace('""', '"') for o in _QUOTED.findall(condition[1])]
        if not options and (where := _RANGE.search(condition[1])) is not None:
            options = _range_values(where, grids)
        text = choice_text(options)
        if text:
            found[str(rule.get(f"{TABLE}name"))] = text
    return found


def _range_values(where: re.Match[str], grids: dict[str, list[_Row]]) -> list[str]:
    """The texts of a range on a sheet by position (a hidden sheet's too: lists live there)."""
    grid = grids.get(where[1], [])
    first_col, last_col = _column(where[2]), _column(where[4] or where[2])
    first_row, last_row = int(where[3]) - 1, int(where[5] or where[3]) - 1
    if (last_row - first_row + 1) * (last_col - first_col + 1) > MAX_CHOICES:
        return []
    values = []
    for r in range(max(first_row, 0), min(last_row + 1, len(grid))):
        cells = grid[r][1]
        for c in range(max(first_col, 0), min(last_col + 1, len(cells))):
            cell = cells[c]
            if cell is not None:
                values.append(cell[0])
    return values


def _column(letters: str) -> int:
    """ "A" → 0, "AB" → 27."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number - 1


def _owner(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != f"{TABLE}table":
        parent = parent.getparent()
    return parent


def _count(value: str | None) -> int:
    try:
        return max(1, int(value or "1"))
    except ValueError:
        return 1
