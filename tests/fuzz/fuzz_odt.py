"""atheris target: `parsers.odt.read_odt` on OpenDocument packages whose XML is mutated
(RELIABILITY.md S3; issue 11).

The fuzzer's bytes are the package's `content.xml` (or, with `FUZZ_ODT_PART=styles.xml`, its
styles part), wrapped in an otherwise well-formed .odt: mutating the zip itself mostly breaks
the zip directory, which `zipfile` and the shared guards (`parsers.xml_package`, fuzzed through
the Word reader by `fuzz_pdf.py`) already refuse; the XML is where this reader's own code is.
A finding is an exception other than `AttachmentError` leaving `read_odt`, a hang over
`-timeout`, memory over `-rss_limit_mb`, or a native crash. With `FUZZ_STRICT=1` the reader's
inside (`_document_lines`) is called without its boundary, and an exception of a kind that
means a bug (`TypeError`, `KeyError`, `IndexError`, …) is a finding too.

Run by hand, not in CI:

    .venv/bin/python tests/fuzz/fuzz_odt.py --seeds /tmp/fuzz-odt-seeds
    .venv/bin/python tests/fuzz/fuzz_odt.py /tmp/fuzz-odt /tmp/fuzz-odt-seeds \\
        -max_total_time=180 -timeout=10 -rss_limit_mb=2048 -max_len=65536 \\
        -artifact_prefix=tests/fuzz/crashers/odt-xml-
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

with atheris.instrument_imports():
    import parsers.odt
    from parsers.errors import AttachmentError

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.builders import odt_builder as ob

PART = os.environ.get("FUZZ_ODT_PART", "content.xml")
STRICT = os.environ.get("FUZZ_STRICT") == "1"
#: Exception kinds that mean a bug somewhere, not merely a damaged file.
BUGS = (TypeError, AttributeError, KeyError, IndexError, ZeroDivisionError, NameError,
        UnboundLocalError, AssertionError, RecursionError)  # fmt: skip
BODY = (
    '<text:h>Booking form</text:h><text:p>Police: <text:span text:style-name="T1">attend'
    '</text:span> <text:span text:style-name="T2">þ</text:span><text:s text:c="3"/>x</text:p>'
    "<table:table><table:table-row><table:table-cell><text:p>Child</text:p></table:table-cell>"
    "<table:table-cell><table:table><table:table-row><table:table-cell><text:p>Leo</text:p>"
    "</table:table-cell></table:table-row></table:table></table:table-cell></table:table-row>"
    f"</table:table><text:p>{ob.control('c')} Report<text:line-break/>"
    '<loext:content-control loext:checkbox="true" loext:checked="true"/>'
    "<draw:frame><draw:text-box><text:p>boxed</text:p></draw:text-box></draw:frame></text:p>"
)


def package(part: bytes) -> bytes:
    if PART == "styles.xml":
        return ob.package(ob.content_xml(BODY), styles=part)
    return ob.package(part, styles=ob.styles_xml(header="OFFICIAL", footer="Page 1"))


def test_one_input(data: bytes) -> None:
    if not STRICT:
        try:
            parsers.odt.read_odt(package(data), name="fuzz")
        except AttachmentError:
            return
        return
    try:
        parsers.odt._document_lines(package(data))
    except AttachmentError:
        return
    except BUGS:
        raise
    except Exception:  # lxml's XMLSyntaxError and the like: a damaged file, not a bug
        return


def write_seeds(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    forms = f"<form:form>{ob.checkbox('c', current='checked', label='Yes')}</form:form>"
    (directory / "content.xml").write_bytes(ob.content_xml(BODY, forms=forms))
    (directory / "styles.xml").write_bytes(ob.styles_xml(header="OFFICIAL", footer="Page 1"))


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--seeds":
        write_seeds(Path(sys.argv[2]))
        return
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
