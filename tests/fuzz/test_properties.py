"""Property tests on untrusted input (RELIABILITY.md S3, CI form): nothing escapes the boundary.

`read_attachment` is called inline (in this process) on small random and mutated PDFs and
Word files; `sniff_media_type` on any bytes at all. The long atheris runs are `fuzz_*.py`.
"""

from __future__ import annotations

import functools
import io
import zipfile

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from parsers import sniff
from parsers.attachment import AttachmentContent, Limits, read_attachment
from parsers.sniff import sniff_media_type

LIMITS = Limits(timeout_s=5, ocr=False, max_pages=5)
SIGNATURES = [
    b"%PDF-1.7\n",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"{\\rtf1",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF89a",
    b"II*\x00",
    b"<html>",
    b"\xff\xfe",
]
KNOWN_TYPES = sniff.ALL_TYPES
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@functools.cache
def a_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pageCompression=0)
    page.drawString(72, 720, "Initial child protection conference")
    page.acroForm.checkbox(name="police", x=72, y=680, checked=True)
    page.save()
    return buffer.getvalue()


@functools.cache
def a_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Review child protection conference")
    document.add_table(rows=1, cols=2).cell(0, 1).text = "\u2612 Police"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def is_consistent(content: AttachmentContent) -> bool:
    """An error and its kind come together; a success has no error."""
    return (content.error is None) == (content.error_kind is None) and bool(content.media_type)


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """The original with a few byte ranges overwritten, deleted or duplicated, maybe cut."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, max(0, len(data) - 1)))
        action = draw(st.sampled_from(["overwrite", "delete", "duplicate"]))
        size = draw(st.integers(1, 64))
        if action == "overwrite":
            data[at : at + size] = draw(st.binary(min_size=size, max_size=size))
        elif action == "delete":
            del data[at : at + size]
        else:
            data[at:at] = data[at : at + size]
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


@given(st.binary(max_size=4096))
@FAST
def test_sniffing_any_bytes_gives_one_of_the_known_media_types(data: bytes) -> None:
    assert sniff_media_type(data) in KNOWN_TYPES


@given(st.sampled_from(SIGNATURES), st.binary(max_size=2048), st.none() | st.text(max_size=20))
@FAST
def test_sniffing_junk_behind_a_real_signature_never_raises(
    signature: bytes, rest: bytes, filename: str | None
) -> None:
    assert sniff_media_type(signature + rest, filename=filename) in KNOWN_TYPES


@given(st.binary(max_size=4096), st.none() | st.text(max_size=30))
@FAST
def test_reading_random_bytes_never_raises(data: bytes, filename: str | None) -> None:
    content = read_attachment(data, filename=filename, declared_type=None, limits=LIMITS)
    assert is_consistent(content)


@given(mutated(a_pdf()))
@FAST
def test_reading_a_mutated_pdf_never_raises(data: bytes) -> None:
    content = read_attachment(data, filename="form.pdf", declared_type=None, limits=LIMITS)
    assert is_consistent(content)


@given(mutated(a_docx()))
@FAST
def test_reading_a_mutated_word_file_never_raises(data: bytes) -> None:
    content = read_attachment(data, filename="form.docx", declared_type=None, limits=LIMITS)
    assert is_consistent(content)


@st.composite
def docx_with_mutated_xml(draw: st.DrawFn) -> bytes:
    """A well-formed zip whose document.xml is mutated: the XML reader, not the unzip, is hit."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(a_docx())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = draw(mutated(data))
            target.writestr(info.filename, data)
    return out.getvalue()


@given(docx_with_mutated_xml())
@FAST
def test_reading_a_word_file_with_damaged_xml_never_raises(data: bytes) -> None:
    content = read_attachment(data, filename="form.docx", declared_type=None, limits=LIMITS)
    assert is_consistent(content)
    assert content.media_type == sniff.DOCX


# --- RTF and OpenDocument (issue 11) ---------------------------------------------------------

RTF_HEAD = r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}{\f1\fcharset2 Wingdings;}}"
#: Tokens an RTF writer uses, for token soup: groups, destinations, fields, tables, \bin, \u.
RTF_TOKENS = [
    "{", "}", r"\par ", r"\tab ", r"\cell ", r"\row ", r"\trowd ", r"\intbl ", r"\pard ",
    r"\strike ", r"\strike0 ", r"\plain ", r"\f1 ", r"\f9 ", r"\u9746?", r"\u-10179?",
    r"\uc0 ", r"\uc5 ", r"\'fe", r"\'8", r"{\*\fldinst FORMCHECKBOX ", r"{\*\formfield",
    r"\ffres1 ", r"\ffdefres1 ", r"{\field", r"{\fldrslt ", r"{\fonttbl", r"{\pict\bin2 ",
    r"\bin-5 ", r"{\*\generator ", r"\v ", r"\line ", "\\", "Police attend ", "é", "\r\n",
]  # fmt: skip


def rtf_escaped(text: str) -> str:
    """`text` as RTF: ASCII as itself (specials escaped), everything else as \\uN?."""
    out = []
    for char in text:
        code = ord(char)
        if char in "\\{}":
            out.append("\\" + char)
        elif 32 <= code < 127:
            out.append(char)
        else:
            for unit in char.encode("utf-16-le").hex(" ", 2).split():
                value = int.from_bytes(bytes.fromhex(unit), "little")
                out.append(f"\\u{value - 65536 if value > 32767 else value}?")
    return "".join(out)


WORDS = st.text(
    st.characters(blacklist_categories=["Cc", "Cs", "Zl", "Zp"], blacklist_characters="☒☑☐~"),
    min_size=1,
    max_size=40,
).filter(lambda text: text.strip() != "" and "\u00a0" not in text)


@given(st.lists(WORDS, min_size=1, max_size=5))
@FAST
def test_any_unicode_paragraphs_written_as_rtf_read_back_as_the_same_lines(
    paragraphs: list[str],
) -> None:
    from parsers.rtf import read_rtf
    from parsers.word_lines import fold

    body = "".join(rtf_escaped(p) + r"\par " for p in paragraphs)
    (page,) = read_rtf(f"{RTF_HEAD}{body}}}".encode("ascii"), name="f.rtf")
    assert page.lines == tuple(line for line in (fold(p) for p in paragraphs) if line)


@given(st.lists(st.sampled_from(RTF_TOKENS), max_size=80))
@FAST
def test_rtf_token_soup_never_raises_past_the_boundary(tokens: list[str]) -> None:
    data = (RTF_HEAD + "".join(tokens)).encode("utf-8")
    content = read_attachment(data, filename="form.rtf", declared_type=None, limits=LIMITS)
    assert is_consistent(content)
    assert content.media_type == sniff.RTF


@functools.cache
def an_odt() -> bytes:
    from tests.builders import odt_builder as ob

    body = (
        '<text:p>Police: <text:span text:style-name="T1">attend</text:span></text:p>'
        "<table:table><table:table-row><table:table-cell><text:p>Child</text:p>"
        "</table:table-cell><table:table-cell><text:p>Leo Hall</text:p></table:table-cell>"
        f"</table:table-row></table:table><text:p>{ob.control('c')} Report</text:p>"
    )
    return ob.document(body, forms=ob.checkbox("c", current="checked"), header="OFFICIAL")


@given(mutated(an_odt()))
@FAST
def test_reading_a_mutated_odt_never_raises(data: bytes) -> None:
    content = read_attachment(data, filename="form.odt", declared_type=None, limits=LIMITS)
    assert is_consistent(content)


@st.composite
def odt_with_mutated_xml(draw: st.DrawFn) -> bytes:
    """A well-formed package whose content.xml or styles.xml is mutated."""
    target_name = draw(st.sampled_from(["content.xml", "styles.xml"]))
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(an_odt())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == target_name:
                data = draw(mutated(data))
            target.writestr(info, data)
    return out.getvalue()


@given(odt_with_mutated_xml())
@FAST
def test_reading_an_odt_with_damaged_xml_never_raises(data: bytes) -> None:
    content = read_attachment(data, filename="form.odt", declared_type=None, limits=LIMITS)
    assert is_consistent(content)
    assert content.media_type == sniff.ODT


@functools.cache
def a_winmail() -> bytes:
    from tests.builders.container_builder import Packed, a_zip, winmail

    papers = a_zip({"Forms/form.txt": b"Initial conference 12/01/2027", "minutes.docx": a_docx()})
    return winmail(
        rtf=rb"{\rtf1\ansi Date of conference:\tab 12/01/2027\par}",
        files=(Packed(b"FORM.DOC", a_docx(), "form.docx"), Packed(b"P.ZIP", papers, "p.zip")),
    )


def consistent_everywhere(content: AttachmentContent) -> bool:
    """The container and every file read out of it: an error with its kind, or neither."""
    return is_consistent(content) and all(is_consistent(m.content) for m in content.members)


@given(mutated(a_winmail()))
@FAST
def test_reading_a_mutated_winmail_dat_never_raises(data: bytes) -> None:
    content = read_attachment(data, filename="winmail.dat", declared_type=None, limits=LIMITS)
    assert consistent_everywhere(content)


@given(mutated(a_winmail()[a_winmail().index(b"PK\x03\x04") :]))
@FAST
def test_reading_a_mutated_zip_of_papers_never_raises(data: bytes) -> None:
    content = read_attachment(data, filename="papers.zip", declared_type=None, limits=LIMITS)
    assert consistent_everywhere(content)


@functools.cache
def a_portfolio() -> bytes:
    from tests.builders.embedded_builder import Embedded, portfolio

    files = [Embedded("form.docx", a_docx()), Embedded("a.txt", b"x", size=None)]
    return portfolio(["Open the paperclip"], files)


@given(mutated(a_portfolio()))
@FAST
def test_reading_a_mutated_pdf_portfolio_never_raises(data: bytes) -> None:
    content = read_attachment(data, filename="pack.pdf", declared_type=None, limits=LIMITS)
    assert consistent_everywhere(content)
