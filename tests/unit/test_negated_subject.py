"""A negated subject negates what its clause says: "Nobody thinks there is any risk of CSE"
(issue 11, set l: read as CSE, a review suggested `discuss` instead of `report_only`). The
negation ends where its clause does, like every other (`config/vocabulary/context.toml`)."""

from __future__ import annotations

import pytest

from tests.unit.test_triage_helpers import met


@pytest.mark.parametrize(
    ("criterion", "text"),
    [
        ("child_sexual_exploitation", "Nobody thinks there is any risk of CSE."),
        ("child_sexual_exploitation", "No one has raised concerns about CSE."),
        ("registered_sex_offender", "No-one in the household is a registered sex offender."),
    ],
)
def test_a_negated_subject_negates_its_clause(criterion: str, text: str) -> None:
    assert criterion not in met(text)


@pytest.mark.parametrize(
    ("criterion", "text"),
    [
        ("child_sexual_exploitation", "Nobody answered the door, and Amy is at high risk of CSE."),
        (
            "registered_sex_offender",
            "No one else lives there; Mr Cole is a registered sex offender.",
        ),
        (
            "child_sexual_exploitation",
            "No one knows where Amy goes but she is being sexually exploited by adult males.",
        ),
    ],
)
def test_the_negation_of_a_subject_ends_with_its_clause(criterion: str, text: str) -> None:
    assert criterion in met(text)
