"""A printed form answered with a viewer's annotation tools (`parsers.pdf_annots`,
`parsers.pdf_mark_over`): FreeText answers are read where they lie, and an Ink tick, a Stamp
or a FreeText "X" over a box marks it (issue 11, set s layout 91). Forms built with reportlab
and pypdf (`tests.builders.annot_builder`); every wording is invented."""

from __future__ import annotations

import io
import math
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfminer.pdfdocument import PDFDocument
from pdfminer.psparser import PSLiteral
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject

from parsers.fields_tick import police_tick
from parsers.pdf import read_pdf
from parsers.pdf_annots import page_annotations
from parsers.records import MARKED, UNMARKED, PoliceTick
from tests.builders.annot_builder import (
    REASON,
    REPORT,
    REQUIRED,
    free_text,
    printed_form,
    stamp,
    stamp_over,
    tick_over,
    value_at,
    with_annotations,
)
from tests.builders.annot_builder import _pdf as pdf_value
from tests.builders.pdf_builder import acroform_pdf

A4_BOX = (0.0, 0.0, 595.2756, 841.8898)


def lines_of(data: bytes) -> list[str]:
    return [line for page in read_pdf(data, name="form.pdf").pages for line in page.lines]


def tick_of(data: bytes) -> PoliceTick:
    return police_tick(read_pdf(data, name="form.pdf").pages)


def test_free_text_answers_are_read_beside_their_labels() -> None:
    form = printed_form()
    data = with_annotations(
        form.data,
        [
            value_at(form, "Type of conference", "Initial CPC"),
            value_at(form, "Child", "Harvey Quarmby 11/11/2016"),
            value_at(form, "Mother", "Tegan Quarmby"),
        ],
    )
    lines = lines_of(data)
    assert "Type of conference\tInitial CPC" in lines
    assert "Child\tHarvey Quarmby 11/11/2016" in lines
    assert "Mother\tTegan Quarmby" in lines


def test_a_free_text_paragraph_is_read_in_order_under_its_heading() -> None:
    form = printed_form()
    top = form.reason_top
    text = "Harvey told his teacher about a bruise.\nA section 47 enquiry has started."
    lines = lines_of(with_annotations(form.data, [free_text([58, top - 60, 500, top - 4], text)]))
    at = lines.index(REASON)
    assert lines[at + 1 : at + 3] == [
        "Harvey told his teacher about a bruise.",
        "A section 47 enquiry has started.",
    ]


def test_rich_text_is_read_as_plain_text_when_there_are_no_contents() -> None:
    form = printed_form()
    rich = (
        '<?xml version="1.0"?><body xmlns="http://www.w3.org/1999/xhtml">'
        '<p dir="ltr"><span style="font-weight:bold">Tegan</span> Quarmby</p></body>'
    )
    y = form.rows["Mother"] - 4
    data = with_annotations(form.data, [free_text([225, y, 360, y + 15], None, rich=rich)])
    assert "Mother\tTegan Quarmby" in lines_of(data)


def test_hidden_and_unseen_annotations_are_not_read() -> None:
    form = printed_form()
    y = form.rows["Father"] - 4
    hidden = free_text([225, y, 360, y + 15], "Hidden Name", flags=2)
    no_view = free_text([225, y, 360, y + 15], "Unseen Name", flags=32)
    shown = value_at(form, "Mother", "Tegan Quarmby")
    lines = lines_of(with_annotations(form.data, [hidden, no_view, shown]))
    assert "Mother\tTegan Quarmby" in lines
    assert "Father" in lines
    assert not any("Hidden" in line or "Unseen" in line for line in lines)


def test_an_ink_tick_over_a_box_marks_it() -> None:
    form = printed_form()
    data = with_annotations(form.data, [tick_over(form, REPORT)])
    assert f"{UNMARKED} {REQUIRED}\t{MARKED} {REPORT}" in lines_of(data)
    assert tick_of(data) is PoliceTick.REPORT_SUFFICIENT


def test_a_stamp_half_over_a_box_marks_it_and_two_stamps_mark_both() -> None:
    form = printed_form()
    one = with_annotations(form.data, [stamp_over(form, REQUIRED)])
    assert tick_of(one) is PoliceTick.REQUIRED
    both = with_annotations(form.data, [stamp_over(form, REQUIRED), stamp_over(form, REPORT)])
    assert tick_of(both) is PoliceTick.BOTH


def test_a_free_text_cross_in_a_box_marks_it() -> None:
    form = printed_form()
    x, y = form.boxes[REQUIRED]
    cross = free_text([x + 0.5, y - 2, x + 11.5, y + 12], "X", size=12)
    data = with_annotations(form.data, [cross])
    assert tick_of(data) is PoliceTick.REQUIRED


def test_a_signature_across_the_boxes_marks_none() -> None:
    """A mark much larger than a box (a signature, a "received" stamp) is no tick."""
    form = printed_form()
    x, y = form.boxes[REQUIRED]
    data = with_annotations(form.data, [stamp([x - 20, y - 20, x + 300, y + 40])])
    assert f"{UNMARKED} {REQUIRED}\t{UNMARKED} {REPORT}" in lines_of(data)


def test_a_free_text_cross_over_no_box_is_read_as_text() -> None:
    form = printed_form()
    y = form.rows["Venue"] - 4
    data = with_annotations(form.data, [free_text([230, y, 240, y + 15], "X")])
    assert "Venue\tX" in lines_of(data)


def test_annotations_with_bad_rectangles_are_skipped_and_the_page_is_still_read() -> None:
    form = printed_form()
    bad = [
        free_text([1, 2, 3], "Three numbers"),
        free_text([100, 100, 100, 120], "No width"),
        free_text([-900, -900, -800, -800], "Off the page"),
        {"/Subtype": "/FreeText", "/Rect": "/Nonsense", "/Contents": "Name rect"},
        {"/Subtype": "/Ink", "/Rect": [60, 60, 70, 70], "/InkList": [["/a", "/b"]]},
        value_at(form, "Mother", "Tegan Quarmby"),
    ]
    lines = lines_of(with_annotations(form.data, bad))
    assert "Mother\tTegan Quarmby" in lines
    assert not any(word in line for line in lines for word in ("Three", "width", "Off the"))


def test_the_text_of_one_annotation_is_capped() -> None:
    raw = [{"Subtype": PSLiteral("FreeText"), "Rect": [50, 50, 500, 700],
            "Contents": b"word " * 20_000}]  # fmt: skip
    words = page_annotations(raw, mediabox=A4_BOX).words
    assert len(words) == 1
    assert len(words[0].text) + sum(len(line) for line in words[0].after) <= 4000


def test_only_so_many_annotations_of_a_page_are_read() -> None:
    raw = [{"Subtype": PSLiteral("FreeText"), "Rect": [50, 700, 90, 715], "Contents": b"w"}] * 5000
    assert len(page_annotations(raw, mediabox=A4_BOX).words) <= 300


_VALUES: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.binary(max_size=40)
    | st.text(max_size=40)
    | st.sampled_from(["FreeText", "Ink", "Stamp", "Square", "Widget", "X", ""]).map(PSLiteral),
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
_KEYS = st.sampled_from(
    ["Subtype", "Rect", "F", "Contents", "RC", "DA", "InkList", "Vertices", "L", "Name"]
)
_ANNOTS = st.lists(st.dictionaries(_KEYS, _VALUES, max_size=8) | _VALUES, max_size=8)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    raw=_ANNOTS | _VALUES,
    mediabox=_VALUES | st.just(A4_BOX),
    turn=st.sampled_from([0, 90, 180, 270, 45]),
)
def test_random_annotation_dictionaries_never_raise(raw: Any, mediabox: Any, turn: int) -> None:
    found = page_annotations(raw, mediabox=mediabox, turn=turn)
    for word in (*found.words, *found.marks):
        coordinates = (word.x0, word.x1, word.top, word.bottom)
        assert all(math.isfinite(c) for c in coordinates)
        assert word.x0 <= word.x1 and word.top <= word.bottom


def test_a_forms_widgets_are_not_parsed_again_beside_its_other_annotations(
    monkeypatch: Any,
) -> None:
    """pypdf reads the widgets (`parsers.pdf_form`); pdfminer parses only the page's other
    annotations (issue 11: every widget was parsed a second time to be found a widget)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(acroform_pdf())))
    annots = writer.pages[0]["/Annots"]
    widgets = {ref.idnum for ref in annots}
    note = DictionaryObject({NameObject("/Type"): NameObject("/Annot")})
    typed = free_text([60, 60, 300, 80], "Typed")
    note.update({NameObject(k): pdf_value(v) for k, v in typed.items()})
    annots.append(writer._add_object(note))
    out = io.BytesIO()
    writer.write(out)
    resolved: list[int] = []
    getobj = PDFDocument.getobj

    def recording(self: PDFDocument, objid: int) -> object:
        resolved.append(objid)
        return getobj(self, objid)

    monkeypatch.setattr(PDFDocument, "getobj", recording)
    lines = lines_of(out.getvalue())
    assert any("Typed" in line for line in lines)  # the FreeText, read by pdfminer
    assert any(MARKED in line for line in lines)  # a widget, read by pypdf
    assert widgets and not widgets & set(resolved)
