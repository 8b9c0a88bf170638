"""`read_xlsx()`: an Excel workbook (.xlsx) → one `Page` per visible sheet of form-model lines.

Some councils keep the booking form as a workbook: a sheet per section (conference, children,
adults, reason, police), a Yes/No grid, a drop-down for the police request fed from a hidden
list sheet. Each visible sheet is read as a page of the one form model (`parsers.sheet_lines`:
a row is a line of TAB-joined cells, dates as dd/mm/yyyy, booleans as Yes/No), its title first
as the section's heading (unless it is a default "Sheet1"); pages are `"<name> p<n>"` like a
PDF's, so the people of the Children and Adults sheets belong to one document.

What a person does not see is not read: hidden and very hidden sheets (the drop-downs' option
lists live there: read as the form's answers, "Police attendance required" would be one), hidden
rows and columns, and the cells a merged cell covers. A drop-down left blank shows its options
as unmarked boxes (`sheet_lines.choice_text`); a chosen one shows its value, as Word shows a
drop-down content control's.

openpyxl (pinned) parses the package; it never evaluates a formula: `data_only` gives each
formula cell the value Excel cached when it last saved (none: an empty cell), and `keep_links`
off leaves links to other workbooks unread. The workbook is hostile until read (RELIABILITY.md
S1/S2), so before openpyxl sees it: the zip's directory is checked for bombs and macros
(`xml_package.refuse_bombs`), every XML part is refused if it declares a DOCTYPE or entities
(openpyxl's own parsers are not relied on for that), the sheets' XML is capped in size —
openpyxl holds every cell in memory, and `MAX_SHEET_XML` bounds that — and pictures, charts,
embedded objects and controls are taken out of the package (`_cells_only`): openpyxl would
open each picture with Pillow, and no form's text is in them. Then at most `MAX_ROWS`
× `MAX_COLUMNS` cells of each sheet, and `MAX_SHEETS` sheets, are read: a form is far smaller,
and a cell at XFD1048576 must not make the reader walk seventeen billion.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterator
from typing import Any  # openpyxl ships no type hints: its objects are Any here

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from parsers.errors import AttachmentError, reader_boundary
from parsers.records import ErrorKind, Page
from parsers.sheet_lines import MAX_CHOICES, cell_text, choice_text, grid_lines
from parsers.xml_package import parse_xml, read_member, refuse_bombs, refuse_entities

MB = 1024 * 1024
MAX_SHEET_XML = 8 * MB  # all worksheets' XML together, uncompressed
MAX_SHEETS = 50
MAX_ROWS = 1_000
MAX_COLUMNS = 60
#: Package folders of pictures, drawings and objects: no form's text is in them.
_NOT_TEXT = re.compile(
    r"(?:^|/)(?:media|drawings|charts|chartsheets|embeddings|activeX|ctrlProps|externalLinks|"
    r"diagrams|printerSettings|pivotCache|pivotTables|slicers|slicerCaches|model)/",
    re.I,
)
_DEFAULT_TITLE = re.compile(r"^\s*sheet\s*\d*\s*$", re.I)
#: A list validation's source range: `Lists!$A$1:$A$2`, `'My list'!A1:A4`, `=Lists!$B$3`.
_RANGE = re.compile(
    r"^=?(?:'((?:[^']|'')+)'|([^'!]+))!"
    r"\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$"
)


def read_xlsx(data: bytes, *, name: str) -> tuple[Page, ...]:
    """A Page per visible sheet (`location="<name> p<n>"`); `AttachmentError` when refused."""
    with reader_boundary("the Excel workbook"):
        return _pages(_cells_only(data), name=name)


def _cells_only(data: bytes) -> bytes:
    """The package openpyxl may read: checked, and without the parts no form's text is in.

    Refused: zip bombs, a macro project, entity declarations in any XML part, sheets over
    `MAX_SHEET_XML`. Left out, with the relationships that point at them: pictures, drawings,
    charts, embedded objects, ActiveX and form controls, external links — openpyxl would hand
    a picture to Pillow and parse each chart, and none of it is text of the form."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise AttachmentError(ErrorKind.PARSER_ERROR, "it is not an Excel workbook: not a zip")
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as archive,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as kept,
    ):
        infos = {info.filename: info for info in archive.infolist()}
        refuse_bombs(infos)
        if any(n.lower().endswith("vbaproject.bin") for n in infos):
            raise AttachmentError(ErrorKind.MACRO, "it is a macro-enabled workbook: not opened")
        sheets = [i for n, i in infos.items() if n.lower().startswith("xl/worksheets/")]
        if sum(info.file_size for info in sheets) > MAX_SHEET_XML:
            raise AttachmentError(
                ErrorKind.TOO_LARGE,
                f"its sheets hold over {MAX_SHEET_XML // MB} MB of cells: it was not read",
            )
        for member, info in infos.items():
            if _NOT_TEXT.search(member):
                continue
            body = read_member(archive, info)
            if member.lower().endswith((".xml", ".rels", ".vml")):
                refuse_entities(body)
            if member.lower().endswith(".rels"):
                body = _without_links_to_objects(body)
            kept.writestr(member, body)
    return out.getvalue()


def _without_links_to_objects(rels: bytes) -> bytes:
    root = parse_xml(rels)
    for link in list(root):
        if _NOT_TEXT.search(str(link.get("Target") or "")):
            root.remove(link)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _pages(data: bytes, *, name: str) -> tuple[Page, ...]:
    import openpyxl  # imported here: the worker's preload warms it, the daemon never needs it

    with warnings.catch_warnings():  # openpyxl warns of what it skips in a file: data, not bugs
        warnings.simplefilter("ignore")
        workbook = openpyxl.load_workbook(
            io.BytesIO(data), read_only=False, data_only=True, keep_links=False, keep_vba=False
        )
    try:
        visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
        pages: list[Page] = []
        for number, sheet in enumerate(visible[:MAX_SHEETS], start=1):
            lines = _sheet_lines(sheet, workbook)
            if lines:
                pages.append(Page(location=f"{name} p{number}", lines=lines, number=number))
        return tuple(pages)
    finally:
        workbook.close()


def _sheet_lines(sheet: Any, workbook: Any) -> tuple[str, ...]:
    from openpyxl.cell.cell import MergedCell

    hidden_rows = {r for r, dim in sheet.row_dimensions.items() if dim.hidden}
    hidden_columns = _hidden_columns(sheet)
    choices = _blank_choices(sheet, workbook)
    # a drop-down's cell may never have been written: the grid reaches it all the same
    last_row = min(max([sheet.max_row, *(r for r, _ in choices)]), MAX_ROWS)
    last_column = min(max([sheet.max_column, *(c for _, c in choices)]), MAX_COLUMNS)
    rows: list[list[str]] = []
    for row in sheet.iter_rows(min_row=1, max_row=last_row, max_col=last_column):
        if not row or row[0].row in hidden_rows:
            continue
        texts: list[str] = []
        for cell in row:
            if isinstance(cell, MergedCell) or cell.column in hidden_columns:
                continue
            text = cell_text(cell.value, cell.number_format)
            texts.append(text or choices.get((cell.row, cell.column), ""))
        rows.append(texts)
    lines = grid_lines(rows)
    title = str(getattr(sheet, "title", "")).strip()
    if lines and title and not _DEFAULT_TITLE.match(title):
        lines.insert(0, title)
    return tuple(lines)


def _hidden_columns(sheet: Any) -> set[int]:
    """Column numbers hidden by `<col hidden="1">` (a dimension covers `min`..`max`)."""
    hidden: set[int] = set()
    for dim in sheet.column_dimensions.values():
        if dim.hidden and dim.min is not None:
            top = min(dim.max or dim.min, MAX_COLUMNS)
            hidden.update(range(dim.min, top + 1))
    return hidden


def _blank_choices(sheet: Any, workbook: Any) -> dict[tuple[int, int], str]:
    """(row, column) → its drop-down's options as unmarked boxes, for list validations."""
    found: dict[tuple[int, int], str] = {}
    for validation in sheet.data_validations.dataValidation:
        if validation.type != "list" or not validation.formula1:
            continue
        text = choice_text(_options(str(validation.formula1), workbook))
        if not text:
            continue
        for cell in _validated_cells(validation.sqref):
            found.setdefault(cell, text)
    return found


def _validated_cells(sqref: Any) -> Iterator[tuple[int, int]]:
    """The (row, column) cells a validation covers, within the rows and columns that are read."""
    for bounds in getattr(sqref, "ranges", ()):
        min_col, min_row, max_col, max_row = bounds.bounds
        for row in range(min_row, min(max_row, MAX_ROWS) + 1):
            for column in range(min_col, min(max_col, MAX_COLUMNS) + 1):
                yield row, column


def _options(formula: str, workbook: Any) -> list[str]:
    """A list validation's options: inline (`"Yes,No"`), a range on a sheet, or a defined name
    for one. Only values are read; nothing is evaluated."""
    formula = formula.strip()
    if formula.startswith('"') and formula.endswith('"'):
        return formula[1:-1].split(",")
    match = _RANGE.match(formula)
    if match is None:
        match = _RANGE.match(_named_range(formula, workbook))
    if match is None:
        return []
    title = (match.group(1) or "").replace("''", "'") or match.group(2)
    if title not in workbook.sheetnames:
        return []
    from openpyxl.utils import column_index_from_string

    first_col = column_index_from_string(match.group(3))
    last_col = column_index_from_string(match.group(5) or match.group(3))
    first_row, last_row = int(match.group(4)), int(match.group(6) or match.group(4))
    if (last_row - first_row + 1) * (last_col - first_col + 1) > MAX_CHOICES:
        return []  # a long list is a look-up (`choice_text`): not read, cell by cell
    sheet = workbook[title]
    return [
        cell_text(sheet.cell(row=row, column=column).value)
        for row in range(first_row, last_row + 1)
        for column in range(first_col, last_col + 1)
    ]


def _named_range(formula: str, workbook: Any) -> str:
    """A defined name's range text ("Lists!$A$1:$A$2"), or "" when it names no plain range."""
    defined = getattr(workbook, "defined_names", None)
    entry = defined.get(formula.lstrip("=")) if defined is not None else None
    value = getattr(entry, "attr_text", None)
    return value if isinstance(value, str) else ""
