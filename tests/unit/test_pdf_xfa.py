"""XFA forms (LiveCycle / AEM Forms): the datasets read as the form model, dynamic and static.

The forms are built here (`tests/builders/xfa_builder.py`), in the shapes Designer writes: a
dynamic form whose page is Adobe's placeholder, a static one whose widgets hold a stale draft.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.attachment import Limits, read_attachment
from parsers.errors import AttachmentError
from parsers.pdf import read_pdf
from parsers.records import ErrorKind
from tests.builders import mail_builder as mail
from tests.builders import xfa_builder as xb

ROOT = Path(__file__).parents[2]
CLI = str(Path(sys.executable).parent / "cpc-triage")
MEETING = [
    ("MeetingKind", "Meeting", "text"),
    ("HeldOn", "Date of conference", "date"),
    ("StartsAt", "Start time", "text"),
    ("Room", "Venue", "text"),
]
YOUNG_PERSON = [("GivenNames", "GivenNames", "text"), ("FamilyName", "FamilyName", "text"),
                ("BornOn", "Date of birth", "date")]  # fmt: skip
POLICE = [("AttendWanted", "Police to attend conference", "checkon"),
          ("ReportEnough", "Police report will be enough", "checkon")]  # fmt: skip
TEMPLATE = xb.template_xml(
    xb.subform_xml("Meeting", MEETING)
    + xb.subform_xml("YoungPerson", YOUNG_PERSON, repeats=True)
    + xb.field_xml("Concerns", "Why is a conference needed", "text")
    + "".join(xb.field_xml(*f) for f in POLICE)
)
DATA = {
    "Meeting": {"MeetingKind": "Initial child protection conference", "HeldOn": "2027-02-23",
                "StartsAt": "10:00", "Room": "Castleford Civic Centre"},
    "YoungPerson": [
        {"GivenNames": "Tobias", "FamilyName": "Quarmby", "BornOn": "2016-04-11"},
        {"GivenNames": "Nell", "FamilyName": "Quarmby", "BornOn": "2020-09-30"},
    ],
    "Concerns": "Tobias arrived at school with bruising to both upper arms.",
    "AttendWanted": "on",
    "ReportEnough": "off",
}  # fmt: skip


def lines_of(data: bytes) -> list[str]:
    return [
        line for page in read_pdf(data, name="form.pdf", ocr=False).pages for line in page.lines
    ]


def test_a_dynamic_forms_placeholder_page_is_replaced_by_its_datasets() -> None:
    lines = lines_of(xb.dynamic_xfa_pdf(TEMPLATE, xb.datasets_xml(DATA)))
    assert not any("Please wait" in line for line in lines)
    assert "Date of conference\t23/02/2027" in lines
    assert "Venue\tCastleford Civic Centre" in lines
    assert "☒ Police to attend conference" in lines
    assert "☐ Police report will be enough" in lines


def test_a_repeated_subform_is_a_table_a_row_per_instance_under_captions_in_words() -> None:
    lines = lines_of(xb.dynamic_xfa_pdf(TEMPLATE, xb.datasets_xml(DATA)))
    header = lines.index("Given names\tFamily name\tDate of birth")
    assert lines[header + 1 : header + 3] == [
        "Tobias\tQuarmby\t11/04/2016",
        "Nell\tQuarmby\t30/09/2020",
    ]


def test_a_check_box_takes_its_on_value_from_the_templates_items() -> None:
    template = xb.template_xml("".join(xb.field_xml(n, c, "check10") for n, c, _ in POLICE))
    data = xb.datasets_xml({"AttendWanted": "0", "ReportEnough": "1"})
    lines = lines_of(xb.dynamic_xfa_pdf(template, data))
    assert lines == ["☐ Police to attend conference", "☒ Police report will be enough"]


def test_a_radio_group_and_a_lists_saved_code_read_as_the_form_shows_them() -> None:
    group = (
        '<exclGroup name="Police"><caption><value><text>Police</text></value></caption>'
        '<field name="Attend"><ui><checkButton/></ui><items><text>A</text></items>'
        "<caption><value><text>Attend</text></value></caption></field>"
        '<field name="Report"><ui><checkButton/></ui><items><text>R</text></items>'
        "<caption><value><text>Written report</text></value></caption></field></exclGroup>"
        '<field name="Kind"><ui><choiceList/></ui><items><text>Initial</text><text>Review</text>'
        '</items><items save="1"><text>I</text><text>R</text></items>'
        "<caption><value><text>Type of conference</text></value></caption></field>"
    )
    data = xb.datasets_xml({"Police": "R", "Kind": "R"})
    lines = lines_of(xb.dynamic_xfa_pdf(xb.template_xml(group), data))
    assert lines == ["Police\t☐ Attend ☒ Written report", "Type of conference\tReview"]


def test_a_field_bound_by_data_ref_finds_its_caption() -> None:
    template = xb.template_xml(
        '<field name="D1"><bind match="dataRef" ref="$record.Booking.When"/><ui><dateTimeEdit/>'
        "</ui><caption><value><text>Conference date</text></value></caption></field>"
    )
    data = xb.datasets_xml({"Booking": {"When": "2027-03-02"}})
    assert "Conference date\t02/03/2027" in lines_of(xb.dynamic_xfa_pdf(template, data))


ROWS = [("HeldOn", "Date of conference"), ("Room", "Venue")]
CHECKS = [("AttendWanted", "Police to attend conference"),
          ("ReportEnough", "Police report will be enough")]  # fmt: skip
STATIC_TEMPLATE = xb.template_xml(
    xb.subform_xml("Meeting", MEETING[1:]) + "".join(xb.field_xml(*f) for f in POLICE)
)
STATIC_DATA = {
    "Meeting": {"HeldOn": "2027-02-23", "StartsAt": "10:00", "Room": "Castleford Civic Centre"},
    "AttendWanted": "on",
    "ReportEnough": "off",
}


def test_a_static_forms_stale_widget_values_give_way_to_its_datasets() -> None:
    data = xb.static_xfa_pdf(
        STATIC_TEMPLATE, xb.datasets_xml(STATIC_DATA), rows=ROWS, checks=CHECKS,
        stale={"HeldOn": "16/02/2027", "Room": "TBC"}, stale_checked=("ReportEnough",),
    )  # fmt: skip
    text = "\n".join(lines_of(data))
    assert "Date of conference\t23/02/2027" in text
    assert "Venue\tCastleford Civic Centre" in text
    assert "☒ Police to attend conference" in text
    assert "☐ Police report will be enough" in text
    assert "16/02/2027" not in text and "TBC" not in text


def test_a_static_form_whose_page_prints_its_answers_reads_each_once() -> None:
    data = xb.static_xfa_pdf(
        STATIC_TEMPLATE, xb.datasets_xml(STATIC_DATA), rows=ROWS, checks=CHECKS,
        drawn={"HeldOn": "23/02/2027", "Room": "Castleford Civic Centre"},
        stale={"HeldOn": "16/02/2027"},
    )  # fmt: skip
    text = "\n".join(lines_of(data))
    assert "16/02/2027" not in text
    assert text.count("23/02/2027") == 1
    assert text.count("Castleford Civic Centre") == 1


def test_damaged_datasets_are_an_unreadable_attachment_with_a_sentence() -> None:
    data = xb.dynamic_xfa_pdf(TEMPLATE, "<xfa:datasets><unclosed>")
    with pytest.raises(AttachmentError) as caught:
        read_pdf(data, name="form.pdf", ocr=False)
    assert caught.value.kind is ErrorKind.PARSER_ERROR
    assert "XFA" in caught.value.message


def test_datasets_past_the_element_cap_are_refused_not_read() -> None:
    many = {"Rows": [{"Cell": "x"} for _ in range(30_000)]}
    with pytest.raises(AttachmentError) as caught:
        read_pdf(xb.dynamic_xfa_pdf(TEMPLATE, xb.datasets_xml(many)), name="f.pdf", ocr=False)
    assert caught.value.kind is ErrorKind.TOO_LARGE


def test_an_entity_declaration_in_the_datasets_is_refused() -> None:
    bomb = '<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'
    with pytest.raises(AttachmentError):
        read_pdf(xb.dynamic_xfa_pdf(TEMPLATE, bomb), name="form.pdf", ocr=False)


_XML = st.recursive(
    st.text(alphabet="<>/=\"'&;abcxfa:1 \n", max_size=30),
    lambda inner: st.builds(
        lambda tag, body: f"<{tag}>{''.join(body)}</{tag}>",
        st.sampled_from(["form1", "xfa:data", "Child", "Name", "a", "b:c", "p"]),
        st.lists(inner, max_size=4),
    ),
    max_leaves=12,
)


@given(_XML)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_random_xml_in_the_datasets_raises_nothing_but_attachment_error(body: str) -> None:
    datasets = (
        f'<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/">{body}</xfa:datasets>'
    )
    data = xb.dynamic_xfa_pdf(TEMPLATE, datasets.encode("utf-8", "replace"))
    with contextlib.suppress(AttachmentError):
        read_pdf(data, name="form.pdf", ocr=False)
    content = read_attachment(data, filename="form.pdf", declared_type=None,
                              limits=Limits(timeout_s=10, ocr=False, max_pages=5))  # fmt: skip
    assert (content.error is None) == (content.error_kind is None)


def test_cpc_triage_triage_reads_a_dynamic_xfa_booking_form(tmp_path: Path) -> None:
    form = xb.dynamic_xfa_pdf(TEMPLATE, xb.datasets_xml(DATA))
    eml = tmp_path / "xfa.eml"
    eml.write_bytes(
        mail.plain(
            "Booking form attached.",
            attachments=[("Booking QUARMBY.pdf", form, "application/pdf")],
            sender="CP Admin <cp.admin@wakefield.gov.uk>",
            subject="Conference booking - QUARMBY",
        )
    )
    ran = subprocess.run(
        [CLI, "triage", str(eml)], capture_output=True, text=True, timeout=300, check=False,
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    result = json.loads(ran.stdout)
    result = result[0] if isinstance(result, list) else result
    assert result["conference"]["date"] == "2027-02-23"
    assert result["police_attendance_requested"] is True
    assert {c["name"] for c in result["children"]} == {"Tobias Quarmby", "Nell Quarmby"}
