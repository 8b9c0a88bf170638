"""atheris target: `parsers.xlsx.read_xlsx` on Excel workbooks whose parts are mutated
(RELIABILITY.md S3; set m, layout 63).

The fuzzer's bytes are one part of an otherwise well-formed workbook — the first sheet by
default, or with `FUZZ_XLSX_PART=xl/workbook.xml` (or `xl/styles.xml`) that part — so the
mutations reach openpyxl's readers and this reader's own code (cell rendering, hidden rows and
columns, merged cells, drop-down lists) instead of breaking the zip directory, which the shared
guards (`parsers.xml_package`) refuse before anything is parsed. A finding is an exception other
than `AttachmentError` leaving `read_xlsx`, a hang over `-timeout`, memory over `-rss_limit_mb`,
or a native crash. With `FUZZ_STRICT=1` the reader's inside (`_pages`, after the package checks)
is called without its boundary, and an exception of a kind that means a bug in our code is a
finding too (openpyxl's own complaints about a damaged file are not).

Run by hand, not in CI:

    .venv/bin/python tests/fuzz/fuzz_xlsx.py --seeds /tmp/fuzz-xlsx-seeds
    .venv/bin/python tests/fuzz/fuzz_xlsx.py /tmp/fuzz-xlsx /tmp/fuzz-xlsx-seeds \\
        -max_total_time=180 -timeout=10 -rss_limit_mb=2048 -max_len=65536 \\
        -artifact_prefix=tests/fuzz/crashers/xlsx-
"""

from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

with atheris.instrument_imports():
    import openpyxl  # noqa: F401  (instrumented: the reader imports it when it first reads)

    import parsers.sheet_lines
    import parsers.xlsx
    from parsers.errors import AttachmentError

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.builders import xlsx_builder as xb
from tests.builders.xlsx_builder import DATE, TIME, F, Num, Sheet

PART = os.environ.get("FUZZ_XLSX_PART", "xl/worksheets/sheet1.xml")
STRICT = os.environ.get("FUZZ_STRICT") == "1"
#: Exception kinds that mean a bug in the reader's own code, not merely a damaged file.
BUGS = (NameError, UnboundLocalError, AssertionError, RecursionError)
SHEETS = (
    Sheet(
        "Police",
        [
            ["Date of conference", Num(xb.serial(2027, 1, 5), DATE), None, "x"],
            ["Start time", Num(0.4375, TIME)],
            ["West Yorkshire Police - select one", None],
            ["Police attendance required", True],
            ["Total", F("SUM(B1:B2)", 46392.4)],
        ],
        hidden_rows={5},
        hidden_columns={4},
        merged=["A6:C6"],
        validations=[("B3", "Lists!$A$1:$A$2"), ("B4", '"Yes,No"')],
    ),
    Sheet("Lists", [["Police attendance required"], ["Written report sufficient"]], "hidden"),
)


def package(part: bytes) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(xb.package(*SHEETS))) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info.filename, part if info.filename == PART else source.read(info))
    return out.getvalue()


def test_one_input(data: bytes) -> None:
    workbook = package(data)
    if not STRICT:
        try:
            parsers.xlsx.read_xlsx(workbook, name="fuzz")
        except AttachmentError:
            return
        return
    try:
        cells = parsers.xlsx._cells_only(workbook)
    except AttachmentError:
        return
    try:
        parsers.xlsx._pages(cells, name="fuzz")
    except BUGS:
        raise
    except Exception:  # openpyxl's and the XML parser's errors: a damaged file, not a bug
        return


def write_seeds(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(xb.package(*SHEETS))) as archive:
        (directory / "part.xml").write_bytes(archive.read(PART))


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--seeds":
        write_seeds(Path(sys.argv[2]))
        return
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
