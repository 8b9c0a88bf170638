"""Hand-written SpreadsheetML (.xlsx) packages for the workbook reader's tests.

Written by hand, not with openpyxl, so a test controls exactly what Excel would have saved:
cached formula values, number-format ids, hidden sheets, rows and columns, merged cells and
list validations. A cell is given as a Python value: `str` (an inline string), `bool` (t="b"),
`int`/`float` (a number, `fmt` a style index below), `F(formula, cached)` a formula, or `None`.

Styles (cellXfs index → number format): 0 General, 1 custom "dd/mm/yyyy" (164), 2 "hh:mm"
(20), 3 built-in 14 (the short date), 4 custom "dddd d mmmm yyyy" (165).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

DATE, TIME, SHORT_DATE, LONG_DATE = 1, 2, 3, 4
STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="165" formatCode="dddd d mmmm yyyy"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs></styleSheet>"
)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass(frozen=True)
class F:
    """A formula cell: what Excel cached when it saved (None: nothing cached)."""

    formula: str
    cached: float | str | None = None


@dataclass(frozen=True)
class Num:
    """A number shown through a style (`DATE`, `TIME`, `SHORT_DATE`, `LONG_DATE`)."""

    value: float
    style: int


@dataclass
class Sheet:
    title: str
    rows: list[list[object]]
    state: str = "visible"  # "hidden", "veryHidden"
    hidden_rows: set[int] = field(default_factory=set)  # 1-based
    hidden_columns: set[int] = field(default_factory=set)  # 1-based
    merged: list[str] = field(default_factory=list)  # "A1:C1"
    validations: list[tuple[str, str]] = field(default_factory=list)  # (sqref, formula1)
    extra: str = ""  # raw XML after sheetData (a test's own elements)


def column(index: int) -> str:
    """1-based column number → its letters."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell(ref: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, Num):
        return f'<c r="{ref}" s="{value.style}"><v>{value.value!r}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    if isinstance(value, F):
        cached = "" if value.cached is None else f"<v>{escape(str(value.cached))}</v>"
        kind = ' t="str"' if isinstance(value.cached, str) else ""
        return f'<c r="{ref}"{kind}><f>{escape(value.formula)}</f>{cached}</c>'
    return (
        f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(str(value))}</t></is></c>'
    )


def sheet_xml(sheet: Sheet) -> str:
    cols = "".join(
        f'<col min="{c}" max="{c}" width="10" hidden="1" customWidth="1"/>'
        for c in sorted(sheet.hidden_columns)
    )
    rows = []
    for number, row in enumerate(sheet.rows, start=1):
        hidden = ' hidden="1"' if number in sheet.hidden_rows else ""
        cells = "".join(_cell(f"{column(i)}{number}", v) for i, v in enumerate(row, start=1))
        rows.append(f'<row r="{number}"{hidden}>{cells}</row>')
    merged = "".join(f'<mergeCell ref="{ref}"/>' for ref in sheet.merged)
    validations = "".join(
        f'<dataValidation type="list" allowBlank="1" sqref="{ref}">'
        f"<formula1>{escape(formula)}</formula1></dataValidation>"
        for ref, formula in sheet.validations
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}" '
        f'xmlns:r="{REL}">'
        + (f"<cols>{cols}</cols>" if cols else "")
        + f"<sheetData>{''.join(rows)}</sheetData>"
        + (f'<mergeCells count="{len(sheet.merged)}">{merged}</mergeCells>' if merged else "")
        + (
            f'<dataValidations count="{len(sheet.validations)}">{validations}</dataValidations>'
            if validations
            else ""
        )
        + sheet.extra
        + "</worksheet>"
    )


def package(*sheets: Sheet, names: str = "", parts: dict[str, bytes] | None = None) -> bytes:
    """The workbook as .xlsx bytes; `names` is raw `<definedName>` XML, `parts` extra members."""
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="'
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
        f'officedocument.spreadsheetml.styles+xml"/>{overrides}</Types>'
    )
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    )
    entries = "".join(
        f'<sheet name="{escape(s.title)}" sheetId="{i}" state="{s.state}" r:id="rId{i}"/>'
        for i, s in enumerate(sheets, start=1)
    )
    defined = f"<definedNames>{names}</definedNames>" if names else ""
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        f"<sheets>{entries}</sheets>{defined}</workbook>"
    )
    links = "".join(
        f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    styles_id = len(sheets) + 1
    workbook_rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        f'openxmlformats.org/package/2006/relationships">{links}<Relationship Id="rId'
        f'{styles_id}" Type="{REL}/styles" Target="styles.xml"/></Relationships>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", root_rels)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        archive.writestr("xl/styles.xml", STYLES)
        for i, sheet in enumerate(sheets, start=1):
            archive.writestr(f"xl/worksheets/sheet{i}.xml", sheet_xml(sheet))
        for name, data in (parts or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def serial(year: int, month: int, day: int) -> float:
    """Excel's day count for a date (1900 system, from 30 December 1899)."""
    import datetime as dt

    return float((dt.date(year, month, day) - dt.date(1899, 12, 30)).days)
