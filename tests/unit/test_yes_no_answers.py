"""A question's answer on its own row is bound to the question, in every format (issue 11, set y).

A form asks each risk question on a row of its own and answers it with a mark under a Yes, No
or Unknown column, or with a "Y" / "N" / emoji after the question. Only a Yes makes the question
an assertion (its words the evidence); a No or an Unknown leaves it the form's words; a Yes and
a No both marked is ambiguous. The police attendance question answered that way is the tick
box. The forms here are this file's own wordings (`parsers.question_grid`,
`parsers.answer_marks`, `triage.questions.answers_bound`).
"""

# ruff: noqa: E501 - the rows are test data; one row a line reads best
from __future__ import annotations

import io

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from parsers import parse_email
from parsers.answer_marks import answers_folded
from parsers.question_grid import question_grids
from parsers.records import PoliceTick
from tests.builders.mail_builder import DOCX_TYPE, html_only, plain
from tests.unit.test_triage_helpers import run
from triage.questions import answers_bound

OPENING = "Initial child protection conference for Jayden Ogden (DOB 04/05/2016) on 17/12/2026 at 13:30, Horbury Library."
REASON = "Reason: Jayden came to school with a burn to his forearm and said his stepfather held it against the oven door."

#: (question, answer column, notes): the risk questions of a grid, in this file's own words.
GRID = (
    (
        "Are officers currently investigating harm to the child?",
        "Yes",
        "DS Okafor (CPPU). Stepfather interviewed under caution on 03/12/2026 and released on bail.",
    ),
    (
        "Is a registered sex offender living at or visiting the home?",
        "Not known",
        "PNC checks requested 04/12",
    ),
    ("Is sexual exploitation of the child suspected?", "No", ""),
    ("Have police protection powers been used?", "No", ""),
    ("Is there domestic abuse with current police involvement?", "No", ""),
    (
        "Is police attendance requested at the conference?",
        "Yes",
        "Chair would like the OIC to attend",
    ),
)
ANSWERS = ("Yes", "No", "Not known")


def _facts(raw: bytes) -> tuple[set[str], PoliceTick]:
    invitation = parse_email(raw)
    return {c.criterion.value for c in run(invitation).criteria}, invitation.fields.police_tick


def _html_grid(
    rows: tuple[tuple[str, str, str], ...] = GRID, *, mark: str = "X", reason: str = REASON
) -> bytes:
    head = "".join(f"<th>{h}</th>" for h in ("Risk question", *ANSWERS, "Notes"))
    body = "".join(
        f"<tr><td>{question}</td>"
        + "".join(
            f"<td>{mark if answer == a or (answer == 'both' and a != 'Not known') else '&nbsp;'}</td>"
            for a in ANSWERS
        )
        + f"<td>{notes or '&nbsp;'}</td></tr>"
        for question, answer, notes in rows
    )
    return html_only(
        f"<html><body><p>{OPENING}</p><p>{reason}</p><table><tr>{head}</tr>{body}</table></body></html>"
    )


def _word_grid() -> bytes:
    doc = docx.Document()
    doc.add_paragraph(OPENING)
    doc.add_paragraph(REASON)
    table = doc.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ("Risk question", *ANSWERS, "Notes"), strict=True):
        cell.text = text
    for question, answer, notes in GRID:
        cells = table.add_row().cells
        cells[0].text, cells[4].text = question, notes
        for i, a in enumerate(ANSWERS, start=1):
            cells[i].text = "✓" if a == answer else ""
    out = io.BytesIO()
    doc.save(out)
    return plain("Booking attached.", attachments=[("booking.docx", out.getvalue(), DOCX_TYPE)])


def _pdf_grid() -> bytes:
    style = getSampleStyleSheet()["BodyText"]
    rows = [["Risk question", *ANSWERS, "Notes"]]
    rows += [
        [
            Paragraph(question, style),
            *("X" if a == answer else "" for a in ANSWERS),
            Paragraph(notes, style),
        ]
        for question, answer, notes in GRID
    ]
    table = Table(rows, colWidths=[190, 35, 35, 55, 190])
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(
        [Paragraph(OPENING, style), Paragraph(REASON, style), table]
    )
    return plain(
        "Booking attached.", attachments=[("booking.pdf", out.getvalue(), "application/pdf")]
    )


def _plain_answers() -> bytes:
    lines = [
        f"{q}  {dict(zip(ANSWERS, ('Y', 'N', 'Unknown'), strict=True))[a]}{' - ' + n if n else ''}"
        for q, a, n in GRID
    ]
    return plain("\n".join([OPENING, REASON, "", *lines]) + "\n")


@pytest.mark.parametrize(
    "raw", [_html_grid, _word_grid, _pdf_grid, _plain_answers], ids=["html", "word", "pdf", "text"]
)
def test_only_the_questions_answered_yes_are_asserted_and_the_police_row_is_the_tick(
    raw: object,
) -> None:
    criteria, tick = _facts(raw())  # type: ignore[operator]
    assert criteria == {"current_investigation"}
    assert tick is PoliceTick.REQUIRED


def test_a_no_on_the_police_row_is_a_written_report() -> None:
    rows = (*GRID[:-1], ("Is police attendance requested at the conference?", "No", ""))
    assert _facts(_html_grid(rows))[1] is PoliceTick.REPORT_SUFFICIENT


def test_yes_and_no_both_marked_on_the_police_row_is_ambiguous() -> None:
    rows = (*GRID[:-1], ("Police attendance at the conference", "both", "SW marked both"))
    assert _facts(_html_grid(rows))[1] is PoliceTick.BOTH


def test_a_risk_question_marked_yes_and_no_is_read_as_written_for_a_person_to_look_at() -> None:
    rows = (*GRID[:2], ("Is sexual exploitation of the child suspected?", "both", ""), *GRID[3:])
    assert "child_sexual_exploitation" in _facts(_html_grid(rows))[0]


def test_a_yes_whose_notes_name_an_offence_of_another_kind_is_no_investigation_of_abuse() -> None:
    rows = (
        (
            "Has the young person been arrested?",
            "Yes",
            "Arrested 20/11/2026 for shoplifting; released under investigation.",
        ),
        *GRID[1:],
    )
    reason = "Reason: Jayden has been missing from home six times since September."
    assert "current_investigation" not in _facts(_html_grid(rows, reason=reason))[0]


def test_an_option_row_of_a_yes_no_grid_is_its_one_box() -> None:
    lines = (
        "Concern\tYes\tNo\tUnknown",
        "Neglect\tX",
        "Sexual exploitation\t\tX",
        "Self-harm\t\t\tX",
    )
    assert question_grids(lines)[1:] == ["☒ Neglect", "☐ Sexual exploitation", "☐ Self-harm"]


@pytest.mark.parametrize(
    ("line", "bound"),
    [
        ("3. Any concern about exploitation?   N", "3. ☐ Any concern about exploitation?"),
        (
            "Is the meeting still on?  N - called off by the chair",
            "☐ Is the meeting still on?\tcalled off by the chair",
        ),
        (
            "Is an offender on the register linked to the family?\tUnknown\tchecks pending",
            "☐ Is an offender on the register linked to the family?\tchecks pending",
        ),
        ("Is anyone on bail?\t☐ Yes ☐ No ☒ Not known", "☐ Is anyone on bail?"),
        ("Is anyone on bail?\t☒ Yes ☐ No", "☒ Is anyone on bail?"),
        ("Is anyone on bail?\t☒ Yes ☒ No", "⍰ Is anyone on bail?"),
        ("Dad was arrested. Is he still on bail? No", "Dad was arrested. ☐ Is he still on bail?"),
        (
            "Police attendance required? Yes / No",
            "Police attendance required? Yes / No",
        ),  # not answered
        ("Is he coming? n then we left", "Is he coming? n then we left"),  # no answer
    ],
)
def test_an_answer_is_bound_to_its_question_as_a_box(line: str, bound: str) -> None:
    assert answers_bound([line]) == [bound]


@pytest.mark.parametrize(
    ("lines", "tick"),
    [
        (("Police attendance requested ✅", "Written report only ❌"), PoliceTick.REQUIRED),
        (
            ("Police attendance requested\t❌", "Written report only\t✅"),
            PoliceTick.REPORT_SUFFICIENT,
        ),
        (("Police — written report?\t👍",), PoliceTick.REPORT_SUFFICIENT),
        (("Police: ✅ attendance requested   ✅ written report sufficient",), PoliceTick.BOTH),
        (("Police attendance requested？ Ｎ",), PoliceTick.REPORT_SUFFICIENT),
        (("Police attendance requested？ Ｙ",), PoliceTick.REQUIRED),
        # a typed mark after each option: beside a tick, a cross is a no
        (("Police: report only ✓ / attendance ✗",), PoliceTick.REPORT_SUFFICIENT),
        (("Police: report only ✗ / attendance ✓",), PoliceTick.REQUIRED),
        # a social worker's shorthand for the question's words
        (("Pol to attend: Y",), PoliceTick.REQUIRED),
        (("Pol attendance req'd? N",), PoliceTick.REPORT_SUFFICIENT),
        (("WYP: written rpt only",), PoliceTick.REPORT_SUFFICIENT),
    ],
)
def test_emoji_full_width_crossed_and_shorthand_answers_are_the_police_tick(
    lines: tuple[str, ...], tick: PoliceTick
) -> None:
    assert _facts(plain("\n".join([OPENING, REASON, *lines]) + "\n"))[1] is tick


def test_a_question_answered_with_a_cross_emoji_or_a_full_width_n_is_no_assertion() -> None:
    lines = (
        "Is a registered sex offender linked to the household? ❌",
        "Is exploitation of the child by older men suspected？ Ｎ",
    )
    assert _facts(plain("\n".join([OPENING, REASON, *lines]) + "\n"))[0] == set()


def test_a_thumb_that_thanks_is_left_as_it_is() -> None:
    assert answers_folded(["Usual report please 👍", "👍 ok"]) == (
        "Usual report please 👍",
        "👍 ok",
    )


_TEXT = st.text(alphabet=st.sampled_from(list("ab ?:-\tXYN✅❌👍✔☒☐Ｎ？\u00a0\ufe0f")), max_size=40)


@given(st.lists(_TEXT, max_size=6))
def test_untrusted_lines_are_folded_gridded_and_bound_without_error(lines: list[str]) -> None:
    folded = answers_folded(lines)
    gridded = question_grids(folded)
    assert len(folded) == len(lines) == len(gridded) == len(answers_bound(gridded))


@given(st.lists(st.text(alphabet=st.sampled_from(list("abc .,;")), max_size=30), max_size=6))
def test_lines_with_nothing_to_fold_bind_or_grid_are_unchanged(lines: list[str]) -> None:
    assert answers_bound(question_grids(answers_folded(lines))) == lines
