r"""`read_rtf`: RTF forms as the Word reader's lines — table rows TAB-joined, FORMCHECKBOX fields,
symbol fields, glyphs and Wingdings letters as ☒/☐, \strike as ~~…~~, \uN and code pages decoded —
and hostile files ended with a clear error, never a hang."""

from __future__ import annotations

import time

import pytest

from parsers import sniff
from parsers.attachment import Limits, read_attachment
from parsers.errors import AttachmentError
from parsers.records import CELL, ErrorKind
from parsers.rtf import MAX_DEPTH, read_rtf

HEAD = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}"
    r"{\f1\fnil\fcharset128 MS Gothic;}{\f2\fnil\fcharset2 Wingdings;}"
    r"{\f3\fswiss\fcharset204{\*\panose 020b0604020202020204}Arial Cyr;}}"
    r"{\colortbl ;\red0\green0\blue0;}{\info{\author Business Support}}"
    "\n\\viewkind4\\uc1\\pard\\f0\\fs20 "
)


def lines_of(body: str) -> tuple[str, ...]:
    pages = read_rtf((HEAD + body + "}").encode("ascii"), name="form.rtf")
    assert [page.location for page in pages] == ["form.rtf"]
    return pages[0].lines


def checkbox_field(*, ffres: int, ffdefres: int) -> str:
    """A Word 2003 legacy check box, as Word writes it."""
    return (
        r"{\field{\*\fldinst {FORMCHECKBOX }{\*\formfield{\fftype1\ffres"
        f"{ffres}"
        r"\fftypetxt0\ffhps20\ffdefres"
        f"{ffdefres}"
        r"{\*\ffname Check1}}}}{\fldrslt }}"
    )


def test_paragraphs_tabs_and_a_table_read_as_the_word_reader_reads_them() -> None:
    body = (
        r"Initial Child Protection Conference\par Date:\tab Tuesday 12 January 2027\par "
        r"\trowd\cellx3000\cellx6000\pard\intbl Child's name\cell Leo Hall\par DOB 02/03/2019"
        r"\cell\row\trowd\cellx3000\cellx6000\pard\intbl Venue\cell Civic    Centre\cell\cell"
        r"\row\pard After the table\line second line\par"
    )
    assert lines_of(body) == (
        "Initial Child Protection Conference",
        f"Date:{CELL}Tuesday 12 January 2027",
        f"Child's name{CELL}Leo Hall DOB 02/03/2019",
        f"Venue{CELL}Civic Centre",
        "After the table",
        "second line",
    )


@pytest.mark.parametrize(
    ("ffres", "ffdefres", "expected"),
    [(1, 0, "☒"), (0, 1, "☐"), (25, 1, "☒"), (25, 0, "☐")],  # 25: the default applies
)
def test_a_legacy_form_check_box_is_a_box_before_its_label(
    ffres: int, ffdefres: int, expected: str
) -> None:
    body = checkbox_field(ffres=ffres, ffdefres=ffdefres) + r" Police attendance required\par"
    assert lines_of(body) == (f"{expected} Police attendance required",)


def test_glyph_boxes_wingdings_letters_and_symbol_fields_are_boxes() -> None:
    body = (
        r"{\f1\u9746?} Attend {\f1\u9744?} Report\par "  # a content control saved as RTF
        r"{\f2\'fe} Signed {\f2\'a8} Unsigned\par "  # Wingdings bytes
        r"{\f2\u-3842?} Yes\par "  # Wingdings in Unicode's private range (F0FE)
        r"{\field{\*\fldinst SYMBOL 254 \\f "
        '"Wingdings"'
        r" \\s 10}{\fldrslt\f2\'fe}} Required\par"
    )
    assert lines_of(body) == (
        "☒ Attend ☐ Report",
        "☒ Signed ☐ Unsigned",
        "☒ Yes",
        "☒ Required",
    )


def test_struck_text_is_marked_and_switched_off_and_reset_by_plain() -> None:
    body = (
        r"Police: {\strike attend} / written report\par "
        r"\strike Whole line deleted \strike0 but not this\par "
        r"\striked1 double\plain  plain again\par"
    )
    assert lines_of(body) == (
        "Police: ~~attend~~ / written report",
        "~~Whole line deleted~~ but not this",
        "~~double~~ plain again",
    )


def test_unicode_escapes_code_pages_and_fallbacks_are_decoded() -> None:
    body = (
        r"Zo\'eb \u321?awrence\par "  # cp1252 byte and \uN with its fallback skipped
        r"{\uc2\u1046\'c6\'c6 done}\par "  # \uc2: two fallback bytes skipped
        r"{\f3 \'c8\'e2\'e0\'ed}\par "  # the Cyrillic font's \fcharset204 (cp1251)
        r"\u-10179?\u-8694? emoji\par "  # a surrogate pair: one character
        r"caf\u233\'e9 \{braces\} back\\slash\par"
    )
    assert lines_of(body) == (
        "Zoë Ławrence",
        "Ж done",
        "Иван",
        "😊 emoji",
        "café {braces} back\\slash",
    )


def test_destinations_hidden_text_and_pictures_are_not_read() -> None:
    body = (
        r"{\*\generator Riched20;}{\pict\pngblip\bin3 }{}}{\v hidden words}Shown"
        r"{\*\bkmkstart b1}{\annotation a note} text\par"
    )
    assert lines_of(body) == ("Shown text",)


def test_an_rtf_attachment_is_sniffed_by_content_and_read_whatever_its_name_says() -> None:
    data = (HEAD + r"{\f1\u9746?} Attend\par}").encode("ascii")
    limits = Limits(ocr=False)
    content = read_attachment(data, filename="form.doc", declared_type="application/msword",
                              limits=limits)  # fmt: skip
    assert (content.media_type, content.error) == (sniff.RTF, None)
    assert content.pages[0].lines == ("☒ Attend",)


def test_absurd_nesting_ends_in_a_clear_error_quickly() -> None:
    data = b"{\\rtf1 " + b"{" * 1_000_000 + b"x" + b"}" * 1_000_000 + b"}"
    started = time.perf_counter()
    with pytest.raises(AttachmentError) as caught:
        read_rtf(data, name="form.rtf")
    assert time.perf_counter() - started < 5
    assert (caught.value.kind, caught.value.message) == (
        ErrorKind.PARSER_ERROR, f"it nests groups more than {MAX_DEPTH} deep",
    )  # fmt: skip
    content = read_attachment(data, filename="x.rtf", declared_type=None, limits=Limits())
    assert content.error_kind is ErrorKind.PARSER_ERROR


def test_a_huge_bin_blob_is_skipped_and_one_longer_than_the_file_is_refused() -> None:
    blob = b"\x00{}\\" * (2 * 1024 * 1024)  # braces and backslashes that must not be read
    data = HEAD.encode() + rb"{\pict\bin" + str(len(blob)).encode() + b" " + blob + rb"}Form\par}"
    assert read_rtf(data, name="form.rtf")[0].lines == ("Form",)
    lying = HEAD.encode() + rb"{\pict\bin999999999 " + b"\x00" * 10 + b"}}"
    with pytest.raises(AttachmentError) as caught:
        read_rtf(lying, name="form.rtf")
    assert caught.value.message == "it declares a binary block longer than the file"


def test_a_truncated_or_unbalanced_file_still_gives_what_it_holds() -> None:
    assert read_rtf(HEAD.encode() + rb"Cut off mid\par sentence", name="f")[0].lines == (
        "Cut off mid",
        "sentence",
    )
    assert read_rtf(HEAD.encode() + rb"Closed\par}} trailing junk", name="f")[0].lines == (
        "Closed",
    )


def test_a_footnote_or_skipped_field_neither_breaks_the_line_nor_adds_a_box() -> None:
    body = (
        r"Reason{\footnote \pard note one\par note two} continues\par "
        r"{\*\unknowndest " + checkbox_field(ffres=1, ffdefres=1) + r"}Only text\par"
    )
    assert lines_of(body) == ("Reason continues", "Only text")


def test_a_font_without_a_charset_takes_the_documents_code_page() -> None:
    data = rb"{\rtf1\ansi\ansicpg1251{\fonttbl{\f0 Times;}}\f0 \'c8\'e2\'e0\'ed\par}"
    assert read_rtf(data, name="f.rtf")[0].lines == ("Иван",)


def test_a_nested_table_keeps_every_cells_text() -> None:
    body = (
        r"\trowd\cellx3000\cellx6000\pard\intbl Adults\cell "
        r"\pard\intbl\itap2 Name\nestcell Role\nestcell{\*\nesttableprops\trowd\nestrow}"
        r"\pard\intbl\cell\row\pard After\par"
    )
    assert lines_of(body) == (f"Adults{CELL}Name{CELL}Role", "After")
