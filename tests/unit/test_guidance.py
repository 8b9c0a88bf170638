"""A form's guidance, help and examples are template context, never facts (set p, layout 76).

`parsers.guidance`: the text a form prints to help whoever fills it in — known by its words in
any format, and by its formatting in Word, HTML and PDF — is kept and shown, read by the
criteria as template context and by the field readers not at all. Facts written beside it
still count. The wordings here are this file's own, not any corpus form's.
"""

# ruff: noqa: E501 - the forms are test data; one line of a form a line reads best
from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.shared import RGBColor
from reportlab.pdfgen.canvas import Canvas

from parsers import parse_email
from parsers.guidance import mark_guidance, parts, said, said_page
from parsers.records import GUIDE_CLOSE, GUIDE_OPEN, Invitation, Page, PoliceTick
from tests.builders.mail_builder import DOCX_TYPE, html_only, plain
from tests.unit.test_triage_helpers import run

G = (GUIDE_OPEN, GUIDE_CLOSE)


def guidance_of(*lines: str) -> list[str]:
    """The guidance `mark_guidance` finds in a body of `lines`, piece by piece."""
    page = mark_guidance(Page("body", lines))
    return [piece for line in page.lines for piece, guide in parts(line) if guide]


def criteria(inv: Invitation) -> set[str]:
    return {c.criterion.value for c in run(inv).criteria}


def met(*lines: str) -> set[str]:
    """The criteria met by an email whose body is `lines`, read as the daemon reads it."""
    return criteria(parse_email(plain("\n".join(lines) + "\n")))


# -- known by its words, whatever the format ------------------------------------------------


def test_a_statement_of_when_police_attend_lists_criteria_in_the_abstract_and_is_no_fact() -> None:
    lines = (
        "Officers will generally attend a conference when: a child has been taken into police protection; a registered sex offender is part of the household; there is a live criminal investigation of abuse in the home.",
        "Ms Test's partner, Mr Cole, remains on police bail for assaulting Amy.",
    )
    assert guidance_of(*lines) == [lines[0]]
    assert met(*lines) == {"current_investigation"}  # the fact beside it still counts


def test_a_lead_in_and_its_list_on_the_lines_below_are_guidance_until_the_list_ends() -> None:
    lines = (
        "Police attendance is normally expected where:",
        "- the child is subject to a s47 enquiry led jointly with police;",
        "- sexual exploitation is a considered risk;",
        "- a registered sex offender has contact with the",
        "household.",
        "Amy is at high risk of CSE according to the exploitation team.",
    )
    assert guidance_of(*lines) == list(lines[:5])
    assert met(*lines) == {"child_sexual_exploitation"}


def test_bracketed_guidance_wrapped_onto_the_next_lines_runs_to_its_closing_bracket() -> None:
    """Issue 11, set w: "[Guidance: … e.g. "police to carry out welfare" / checks" …]" wrapped
    by a mailer; its second line starts in lower case with a quote mark, not a sentence's."""
    lines = (
        "Police involvement:",
        '[Guidance: say whether police are in the core group, e.g. "police to monitor',
        'curfew checks" or "police to attend core groups". Delete before sending.]',
        "Police are not part of the core group.",
    )
    assert guidance_of(*lines) == list(lines[1:3])
    assert "core_group_member" not in met(*lines)


def test_a_statement_wrapped_onto_lines_in_lower_case_goes_on_until_its_sentence_ends() -> None:
    lines = (
        "Officers do not usually attend review conferences. Attendance can be agreed where police hold",
        "actions in the plan or where there has been police protection or an arrest since the",
        "last review. Mr Cole was arrested on 18/11/2026 for assaulting Amy.",
    )
    found = guidance_of(*lines)
    assert found[-1] == "last review."
    assert "current_investigation" in met(*lines)
    assert "police_protection" not in met(*lines)


def test_a_question_of_when_police_attend_in_general_is_guidance_not_the_police_question() -> None:
    assert guidance_of("When do officers attend a review conference?") == [
        "When do officers attend a review conference?"
    ]
    assert guidance_of("Is police attendance requested?") == []


def test_examples_placeholders_and_merge_leftovers_are_guidance() -> None:
    lines = (
        "Dear «Agency_Name»,",
        "Reason for conference: {{reason_text}}",
        "[Insert the police reference here]",
        "Interpreter\tClick or tap here to enter text.",
        "Example: Dad was arrested for hitting the child and is on bail.",
        "Date of birth (e.g. 01/02/2019)",
    )
    assert guidance_of(*lines) == [
        "«Agency_Name»",
        "{{reason_text}}",
        "[Insert the police reference here]",
        "Click or tap here to enter text.",
        "Example: Dad was arrested for hitting the child and is on bail.",
    ]
    assert met(*lines) == set()


def test_an_instruction_to_whoever_fills_the_form_in_is_guidance_but_never_its_label() -> None:
    assert guidance_of(
        "If a registered sex offender is linked to the family give their name and address."
    ) == ["If a registered sex offender is linked to the family give their name and address."]
    assert guidance_of("Mark one box only. Complete every section.") == [
        "Mark one box only. Complete every section."
    ]
    # a lone prompt is the label of the answer below it; a colon or the police question too
    assert guidance_of("Describe the concerns") == []
    assert guidance_of("List the children: Amy Test") == []
    assert guidance_of("Please indicate whether police attendance is needed. ☐ Yes ☐ No") == []
    assert guidance_of("Mark was arrested for assaulting Amy. He is on bail.") == []


def test_a_sentence_that_names_this_case_is_said_whatever_its_shape() -> None:
    line = "Police will normally attend where there is an RSO, and Mr Cole is a registered sex offender who stays most weekends."
    assert guidance_of(line) == []
    assert "registered_sex_offender" in met(line)


def test_a_request_hedged_with_where_possible_is_still_the_request() -> None:
    raw = plain(
        "Please find details of the ICPC below.\n\nPolice attendance is requested where possible.\n"
    )
    assert guidance_of("Police attendance is requested where possible.") == []
    assert parse_email(raw).fields.police_tick is PoliceTick.REQUIRED


def test_guidance_is_kept_in_the_text_and_gone_from_what_the_fields_read() -> None:
    line = f"Date and time {GUIDE_OPEN}Example: Monday 2 February 2026{GUIDE_CLOSE}\tWednesday 16 December 2026"
    assert said(line) == "Date and time\tWednesday 16 December 2026"
    page = said_page(
        Page("form.docx", (f"{GUIDE_OPEN}Help: one child a row{GUIDE_CLOSE}", "Children"))
    )
    assert page.lines == ("Children",)


# -- known by its formatting: Word, HTML, PDF ------------------------------------------------

# help a form prints under its labels, in words that say nothing of what they are
HELP_DATE = "weekday, date and 24-hour time"
HELP_CHILD = "forename, surname and date of birth of each child"
HELP_POLICE = "police protection, bail, RSO status, CSE concerns"


def _word_form(*, grey: bool = True, style: bool = False) -> bytes:
    doc = docx.Document()
    if style:
        doc.styles.add_style("Form Hint", WD_STYLE_TYPE.PARAGRAPH)
    table = doc.add_table(rows=0, cols=2)
    for label, helptext, value in (
        ("Date and time", HELP_DATE, "Wednesday 16 December 2026, 10:00"),
        ("Child", HELP_CHILD, "Amy Test 01/03/2019"),
        ("Police involvement", HELP_POLICE, "None known to the social worker."),
    ):
        left, right = table.add_row().cells
        left.paragraphs[0].add_run(label)
        hint = left.add_paragraph(style="Form Hint" if style else None)
        run = hint.add_run(helptext)
        if grey:
            run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            run.italic = True
        right.paragraphs[0].add_run(value)
    doc.add_paragraph("☐ Police attendance required ☒ Written report sufficient")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _html_form(colour: str) -> str:
    rows = "".join(
        f"<tr><td><b>{label}</b><br><span style='color:{colour}'><i>{helptext}</i></span></td><td>{value}</td></tr>"
        for label, helptext, value in (
            ("Date and time", HELP_DATE, "Wednesday 16 December 2026, 10:00"),
            ("Child", HELP_CHILD, "Amy Test 01/03/2019"),
            ("Police involvement", HELP_POLICE, "None known to the social worker."),
        )
    )
    return (
        "<html><body><p>Initial child protection conference booking form</p>"
        f"<table>{rows}</table><p>☐ Police attendance required ☒ Written report sufficient</p></body></html>"
    )


def _pdf_form(grey: float) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    y = 780.0
    for label, helptext, value in (
        ("Initial child protection conference booking form", None, None),
        ("Date and time", HELP_DATE, "Wednesday 16 December 2026, 10:00"),
        ("Child", HELP_CHILD, "Amy Test 01/03/2019"),
        ("Police involvement", HELP_POLICE, "None known to the social worker."),
    ):
        canvas.setFillGray(0)
        canvas.drawString(60, y, label)
        if helptext:
            canvas.setFillGray(grey)
            canvas.setFont("Helvetica-Oblique", 9)
            canvas.drawString(60, y - 14, helptext)
            canvas.setFont("Helvetica", 12)
            canvas.setFillGray(0)
            canvas.drawString(60, y - 30, value or "")
        y -= 60
    canvas.drawString(60, y, "Written report sufficient: X")
    canvas.save()
    return out.getvalue()


def _read(raw: bytes) -> Invitation:
    return parse_email(raw)


def _with(name: str, data: bytes, media_type: str) -> bytes:
    return plain("Please see the attached booking form.", attachments=[(name, data, media_type)])


FORMS = {
    "word grey italic": lambda: _read(_with("form.docx", _word_form(), DOCX_TYPE)),
    "word help style": lambda: _read(
        _with("form.docx", _word_form(grey=False, style=True), DOCX_TYPE)
    ),
    "html grey italic": lambda: _read(html_only(_html_form("#595959"))),
    "html light grey": lambda: _read(html_only(_html_form("#999999"))),
    "pdf grey": lambda: _read(_with("form.pdf", _pdf_form(0.55), "application/pdf")),
}


@pytest.mark.parametrize("form", FORMS)
def test_help_text_set_apart_by_its_formatting_is_no_fact_no_date_and_no_child(form: str) -> None:
    inv = FORMS[form]()
    assert inv.fields.date == dt.date(2026, 12, 16)
    assert [c.name for c in inv.fields.children] == ["Amy Test"]
    assert criteria(inv) == set()
    text = "\n".join(p.text for p in inv.pages)
    assert HELP_POLICE in [
        piece for line in text.splitlines() for piece, guide in parts(line) if guide
    ]


def test_a_form_written_in_grey_throughout_keeps_its_words() -> None:
    doc = docx.Document()
    for line in (
        "Initial child protection conference on Wednesday 16 December 2026 at 10:00.",
        "Mr Cole, who stays most nights, is a registered sex offender.",
        "The family have been known to children's services since 2024 because of neglect and poor school attendance.",
        "Written report sufficient.",
    ):
        run = doc.add_paragraph().add_run(line)
        run.font.color.rgb = RGBColor(0x77, 0x77, 0x77)
    out = io.BytesIO()
    doc.save(out)
    inv = _read(_with("form.docx", out.getvalue(), DOCX_TYPE))
    assert "registered_sex_offender" in criteria(inv)


@pytest.mark.parametrize("colour", ["#808080", "#aaaaaa"])
def test_a_grey_label_or_tick_box_is_still_the_form_s_question(colour: str) -> None:
    html = (
        "<html><body><table>"
        f"<tr><td style='color:{colour}'>Date of conference</td><td>16/12/2026</td></tr>"
        "</table>"
        f"<p style='color:{colour}'>Is police attendance requested?</p>"
        f"<p><span style='color:{colour}'>☒ Yes</span> ☐ No</p></body></html>"
    )
    inv = _read(html_only(html))
    assert inv.fields.date == dt.date(2026, 12, 16)
    assert inv.fields.police_tick is PoliceTick.REQUIRED


@pytest.mark.parametrize(
    "line",
    [
        # this case's events in the shapes of a statement of practice
        "Police are investigating an incident where a teacher saw bruising on Amy's arm.",
        "Police will hold an ABE interview when Amy is well enough to be seen.",
        "Note for agencies: Amy's stepfather is on police bail and must not know the address.",
    ],
)
def test_this_case_s_events_are_never_taken_for_guidance(line: str) -> None:
    assert guidance_of(line) == []
    assert "current_investigation" in met(line)


def test_grey_quoted_mail_is_mail_not_help() -> None:
    reply = " ".join(
        ["Thank you, the conference is confirmed for 16/12/2026 at 10:00 in room 2."] * 6
    )
    html = (
        f"<html><body><p>{reply}</p><blockquote style='color:#888888'>"
        "<p>Mr Cole, who lives with Amy, is a registered sex offender.</p></blockquote></body></html>"
    )
    assert "registered_sex_offender" in criteria(_read(html_only(html)))


def test_an_answer_typed_into_a_grey_word_control_is_an_answer() -> None:
    doc = docx.Document()
    doc.add_paragraph("Reason for conference")
    paragraph = doc.add_paragraph()
    run = paragraph.add_run("Mr Cole, who stays most nights, is a registered sex offender.")
    run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    sdt = parse_xml(
        '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:sdtPr/><w:sdtContent/></w:sdt>"
    )
    paragraph._p.append(sdt)
    sdt[1].append(run._r)  # the run moved into the control's content
    doc.add_paragraph("Written report sufficient.")
    out = io.BytesIO()
    doc.save(out)
    assert "registered_sex_offender" in criteria(
        _read(_with("form.docx", out.getvalue(), DOCX_TYPE))
    )


def test_the_attendance_criteria_under_a_heading_of_their_own_are_guidance() -> None:
    lines = (
        "Criteria for police attendance",
        "1. A current police investigation of abuse of the child",
        "2. Sexual exploitation is a considered risk",
        "3. A registered sex offender is part of the household",
        "Amy's school attendance is poor and home conditions are neglectful.",
    )
    assert guidance_of(*lines) == list(lines[:4])
    assert met(*lines) == set()


def test_an_example_line_does_not_swallow_the_answer_listed_under_it() -> None:
    lines = (
        "Example: Jane Doe (mother)",
        "- Amy Test was taken into police protection on 14/12/2026 and is with foster carers",
    )
    assert guidance_of(*lines) == [lines[0]]
    assert "police_protection" in met(*lines)


def test_a_table_column_headed_guidance_and_an_instruction_in_a_middle_cell_are_guidance() -> None:
    lines = (
        "Question\tGuidance\tAnswer",
        "Police involvement\tsay if the child was in police protection or anyone is on bail\tNone known",
        "Reason\tDescribe the worries about the child\tPoor home conditions",
        "Summary of the worries",
    )
    assert guidance_of(*lines) == [
        "Guidance",
        "say if the child was in police protection or anyone is on bail",
        "Describe the worries about the child",
    ]
    assert met(*lines) == set()


def test_an_answer_typed_in_grey_is_an_answer() -> None:
    """Typed over a grey placeholder that was formatting, not a control, an answer stays grey."""
    doc = docx.Document()
    doc.add_paragraph("Initial child protection conference: Wednesday 16 December 2026 at 10:00")
    for words in ("Venue: Room 4, Civic Centre; the meeting is hybrid and a Teams link will follow.",
                  "Chair: the independent reviewing officer for the Wakefield East locality team.",
                  "Reports are due with the chair three working days before the conference."):  # fmt: skip
        doc.add_paragraph(words)
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run("Reason for conference")
    answer = right.paragraphs[0].add_run(
        "Amy's stepfather was arrested for hitting her and is on bail."
    )
    answer.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    line = doc.add_paragraph().add_run("Ms Test's partner, Mr Cole, is a registered sex offender.")
    line.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    out = io.BytesIO()
    doc.save(out)
    found = criteria(_read(_with("form.docx", out.getvalue(), DOCX_TYPE)))
    assert {"current_investigation", "registered_sex_offender"} <= found


def test_a_heading_that_calls_itself_guidance_and_a_statement_announcing_a_list_cover_the_list() -> (
    None
):
    lines = (
        "ATTENDANCE BY OFFICERS – GUIDANCE",
        "Officers will attend an ICPC where one or more of the following applies. Circle any that apply.",
        "1. A child has been taken into police protection.",
        "2. Sexual exploitation is a considered risk.",
        "Circled:\tnone",
        "Amy's home conditions are poor and she is often late for school.",
    )
    assert guidance_of(*lines) == list(lines[:4])
    assert met(*lines) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Attendance guidance: officers will attend where, for example, an RSO lives in the household or there is police protection.",
        "The Safeguarding Unit will consider attendance where (a) it investigated the incident; (b) a registered sex offender is linked to the family.",
    ],
)
def test_practice_said_with_a_label_an_example_or_the_unit_as_subject_is_guidance(
    line: str,
) -> None:
    assert guidance_of(line) == [line]
    assert met(line) == set()


@pytest.mark.parametrize("answer", ["None known", "Not known", "None identified"])
def test_a_question_answered_none_known_affirms_nothing(answer: str) -> None:
    assert met(f"Is any adult linked to the family a registered sex offender?\t{answer}") == set()


def test_an_example_cell_with_a_name_and_a_date_is_an_example_and_its_row_reads_without_it() -> (
    None
):
    lines = (
        "Field\tExample\tAnswer",
        "Mother\te.g. Sue Brown, 02/02/1990\tBeth Test, 01/02/1990",
        "Child\te.g. Kim Brown, 03/03/2019\tAmy Test, 01/03/2019",
    )
    assert guidance_of(*lines) == [
        "Example",
        "e.g. Sue Brown, 02/02/1990",
        "e.g. Kim Brown, 03/03/2019",
    ]
    page = said_page(mark_guidance(Page("form.docx", lines)))
    assert page.lines[1] == "Mother\tBeth Test, 01/02/1990"
