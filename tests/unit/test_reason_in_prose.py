"""A booking without a "Reason" label still says why the conference is held: a calendar
invitation's description, a letter or a short reply gives it in sentences (issue 11, set l).
`missing_reason` is raised only when neither a labelled reason, nor a criterion the text affirms,
nor the plan's category was found; and a sentence headed by a category and a dash states the
category as a form's value would."""

from __future__ import annotations

import pytest

from parsers.harm_prose import harm_in_prose
from tests.unit.test_triage_helpers import invitation, run


def _flags(*lines: str, **fields: object) -> set[str]:
    return {flag.value for flag in run(invitation(*lines, **fields)).flags}


def test_a_criterion_the_prose_affirms_is_the_reason_a_letter_gives() -> None:
    line = "Mr Varley is a MAPPA category 1 offender and intends to live with Ms Crossley."
    assert "missing_reason" not in _flags(line, reason=None)


def test_the_plans_category_is_a_reason_for_a_review() -> None:
    line = "Plan progressing well; parents engaging with the Family Group Conference service."
    assert "missing_reason" not in _flags(line, reason=None, harm_categories=("emotional",))


def test_prose_that_gives_no_reason_still_raises_it() -> None:
    line = "Please find attached the invitation; reports to the chair three days before."
    assert "missing_reason" in _flags(line, reason=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ICPC for Ava (03/03/2019), Thursday 7th Jan 10am on Teams. Neglect - home "
            "conditions and missed health appointments. No police involvement.",
            {"neglect"},
        ),
        ("> Physical abuse: Logan has a fractured arm.", {"physical"}),
        ("Neglect: none identified.", set()),
        ("Neglect - N/A", set()),
        ("We discussed neglect - at length - with the family.", set()),
    ],
)
def test_a_sentence_headed_by_a_category_and_a_dash_states_it(
    text: str, expected: set[str]
) -> None:
    assert harm_in_prose([text]) == expected
