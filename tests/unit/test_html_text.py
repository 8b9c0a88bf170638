"""`html_to_lines`: HTML bodies as lines, table rows kept with their cells apart."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.html_text import html_to_lines
from parsers.records import CELL


def test_a_table_row_is_one_line_with_its_cells_apart() -> None:
    html = (
        "<table><tr><th>Name</th><th>Date of birth</th></tr>"
        "<tr><td>Esme Brear</td><td>13/09/2022</td></tr></table>"
    )
    assert html_to_lines(html) == (f"Name{CELL}Date of birth", f"Esme Brear{CELL}13/09/2022")


def test_line_breaks_paragraphs_divs_and_list_items_end_lines() -> None:
    html = "<p>One<br>Two</p><div>Three</div><ul><li>Four</li><li>Five</li></ul>Six"
    assert html_to_lines(html) == ("One", "Two", "Three", "Four", "Five", "Six")


def test_scripts_styles_and_comments_are_dropped() -> None:
    html = (
        "<html><head><title>T</title><style>p {color: red}</style></head><body>"
        "<script>alert('x')</script><!-- hidden --><p>Visible</p></body></html>"
    )
    assert html_to_lines(html) == ("Visible",)


def test_entities_are_decoded_and_whitespace_folded_within_a_line() -> None:
    html = "<p>Fish &amp;\n   chips&nbsp;&nbsp;at&#160;1pm &lt;today&gt;</p>"
    assert html_to_lines(html) == ("Fish & chips at 1pm <today>",)


def test_inline_elements_do_not_split_a_line() -> None:
    html = "<p>Police <b>attendance</b> <span>required</span></p>"
    assert html_to_lines(html) == ("Police attendance required",)


def test_a_cells_own_paragraphs_join_with_a_space() -> None:
    html = "<table><tr><td>Reason</td><td><p>Neglect.</p><p>Second visit.</p></td></tr></table>"
    assert html_to_lines(html) == (f"Reason{CELL}Neglect. Second visit.",)


def test_a_layout_table_holding_a_table_is_read_block_by_block() -> None:
    html = (
        "<table><tr><td><p>Good morning,</p>"
        "<table><tr><td>Time</td><td>1pm</td></tr></table></td></tr></table>"
    )
    assert html_to_lines(html) == ("Good morning,", f"Time{CELL}1pm")


def test_an_empty_middle_cell_keeps_the_columns_in_place() -> None:
    html = "<table><tr><td>A</td><td></td><td>C</td><td> </td></tr></table>"
    assert html_to_lines(html) == (f"A{CELL}{CELL}C",)


def test_an_xml_declaration_and_outlook_namespaces_do_not_stop_the_parser() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?><html xmlns:o="urn:x"><p>Hi<o:p></o:p></p></html>'
    assert html_to_lines(html) == ("Hi",)


def test_empty_and_broken_html_give_no_lines_or_what_can_be_read() -> None:
    assert html_to_lines("") == ()
    assert html_to_lines("   ") == ()
    assert html_to_lines("<table><tr><td>Open<td>cells") == (f"Open{CELL}cells",)


def test_an_external_entity_is_never_fetched_or_expanded() -> None:
    html = (
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>&xxe;</p></body></html>"
    )
    assert "root:" not in "\n".join(html_to_lines(html))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' &;#abtrdlipx\n")), max_size=300))
def test_html_to_lines_never_raises_and_never_returns_blank_lines(html: str) -> None:
    lines = html_to_lines(html)
    assert all(line.strip() for line in lines)


@pytest.mark.parametrize(
    "html_text",
    [
        "<ul><li>☐ Police protection</li><li>Zoë Brontë</li></ul>",  # no <meta> at all
        '<html><head><meta charset="windows-1252"></head><body><li>☐ Police protection</li>'
        "<li>Zoë Brontë</li></body></html>",  # a <meta> that no longer describes the text
    ],
)
def test_decoded_text_stays_as_it_is_whatever_the_html_claims(html_text: str) -> None:
    # regression: lxml guessed Latin-1 for UTF-8 bytes without a <meta>: "â\x98\x90", "ZoÃ«"
    assert html_to_lines(html_text) == ("☐ Police protection", "Zoë Brontë")


def test_a_web_form_s_check_boxes_and_radio_buttons_are_marks_before_their_labels() -> None:
    html = (
        '<p>Category of concern</p><p><input type="checkbox" disabled> Physical<br>'
        '<input type="checkbox" checked disabled> Neglect</p>'
        '<p><input type="radio" name="p" checked="checked"> Yes '
        '<input type="radio" name="p"> No <input type="text" value="x"></p>'
    )
    assert html_to_lines(html) == (
        "Category of concern",
        "☐ Physical",
        "☒ Neglect",
        "☒ Yes ☐ No",
    )


def test_a_column_padded_with_spaces_keeps_its_gap_and_its_people() -> None:
    """A plain-text form pasted into HTML (an Outlook item's HTML body, set t 96-02): the
    spaces that pad its columns are kept, so the parents' rows are rows; a gap that breaks a
    source line is the HTML's own layout and folds."""
    from parsers.fields import read_fields
    from parsers.records import Page
    from tests.unit.test_fields import _info

    html = (
        "<p>Children</p><p>  Rhys Akande     DOB 04/05/2019   Holme Primary</p>"
        "<p>Parents / carers</p>"
        "<p>  Tanya Akande    Mother    lives with the child</p>"
        "<p>  Femi Akande&nbsp;&nbsp;&nbsp; Father&nbsp; &nbsp; lives in Otley</p>"
        "<p>Summary\n        from the worker</p>"
    )
    lines = html_to_lines(html)
    assert "Tanya Akande   Mother   lives with the child" in lines
    assert lines[-1] == "Summary from the worker"
    fields = read_fields(info=_info(), pages=[Page("item.msg", lines)])
    assert [adult.name for adult in fields.adults] == ["Tanya Akande", "Femi Akande"]
