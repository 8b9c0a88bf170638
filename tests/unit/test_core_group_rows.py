"""Police in the core group said by a table row, not a sentence (000 §5.1, 001 §4.8; set p, 76-05).

A review form lists the core group as a table: who (an agency or a person) in one cell, their
part in the plan in another. An officer's row is the police's membership, whether a cell of the
row says so or the table stands under a core-group heading; a row that answers no, a table of
something else, or a police word inside another member's actions is not.
"""

# ruff: noqa: E501 - the rows are test data; one row a line reads best
from __future__ import annotations

import pytest

from tests.unit.test_triage_helpers import met

CORE = "core_group_member"


@pytest.mark.parametrize(
    "lines",
    [
        # the row's other cell says so
        ("Plan members and actions", "Who\tWhat they will do", "Kim Rhodes, social worker\tMonthly visits",
         "DC Asha Roe, Child Safeguarding Unit\tJoins each core group meeting and checks the bail address"),
        # the table stands under a core-group heading, behind its header row
        ("Core group members", "Name\tAgency", "Mo Patel\tSocial worker", "Ian Shaw\tWest Yorkshire Police"),
        ("Members of the core group", "Agency\tLead", "School\tMrs Kaye",
         "Police – neighbourhood team\tPCSO Lamb"),
    ],
)  # fmt: skip
def test_an_officer_s_row_in_a_table_of_the_core_group_is_police_membership(
    lines: tuple[str, ...],
) -> None:
    assert CORE in met(*lines)


@pytest.mark.parametrize(
    "lines",
    [
        # the row answers no
        ("Core group members", "Name\tAgency\tMember?", "Ian Shaw\tWest Yorkshire Police\tNo"),
        ("Agency\tIn the core group", "Police\tNot at present"),
        # a table of something else
        ("Conference invitees", "Agency\tInvited", "West Yorkshire Police\tYes", "School\tYes"),
        # the police named in another member's actions, or as the doer of an action
        ("Core group members", "Name\tActions", "Health visitor\tWeekly visits; to pass any new concerns to the police and children's services"),
        ("Core group actions", "Action\tBy when", "Disruption work by police and the youth team\tOngoing"),
        ("Core group actions", "What happened\tNext step", "On Friday officers found Amy asleep in a car park\tReview"),
    ],
)  # fmt: skip
def test_a_row_that_says_no_another_table_or_police_in_another_member_s_actions_is_not(
    lines: tuple[str, ...],
) -> None:
    assert CORE not in met(*lines)


@pytest.mark.parametrize(
    "status",
    [
        "no longer involved since the NFA decision; removed from core group 02/11/2026",
        "Removed from the group in November",
        "Inactive",
        "Stepped down after the review",
        "Not active since the case was closed",
    ],
)
def test_an_officers_row_that_says_they_left_the_group_is_no_membership(status: str) -> None:
    """Issue 11, set r: a review's core-group table kept the officer's row with "no longer
    involved … removed from core group", read as police in the core group (attend)."""
    lines = (
        "Core group",
        "Member\tStatus",
        "SW Hannah Cole\tactive",
        f"Police - PC Kemp\t{status}",
    )
    assert CORE not in met(*lines)


def test_an_officers_row_marked_active_is_still_membership() -> None:
    lines = ("Core group", "Member\tStatus", "SW Hannah Cole\tactive", "Police - PC Kemp\tactive")
    assert CORE in met(*lines)


def test_a_plans_police_actions_all_marked_over_are_no_active_involvement() -> None:
    """Issue 11, set x: a "Police actions | Status" table whose every row is complete or ended
    was read as police with actions in the plan; one action still open keeps them in."""
    done = ("Police actions\tStatus", "Share the PNC check with the SW\tCompleted in June",
            "Visit the home with the SW\tClosed - not needed since the move")  # fmt: skip
    assert CORE not in met(*done)
    assert CORE in met(*done, "Joint visit after the bail hearing\tOngoing")
