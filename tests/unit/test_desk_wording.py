"""Reasons in words a supervisor reads (issue 12 item 18): no file names, no rule ids."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desk.web.wording import plain, source_of, tick_conflict
from tests.unit.test_tasks_support import stored_occurrence
from triage.records import Flag


@pytest.mark.parametrize(
    ("triage_said", "desk_says"),
    [
        (
            "Wakefield initial conference: police are currently investigating abuse of the "
            "child (protocol 000 §4.5 item 1).",
            "Wakefield initial conference: police are currently investigating abuse of the "
            "child (Wakefield protocol §4.5 item 1).",
        ),
        (
            "Leeds initial conference: child sexual exploitation is a considered risk "
            "(POLICY.md choice: not in protocol 001 §4.6).",
            "Leeds initial conference: child sexual exploitation is a considered risk "
            "(the unit's attendance policy: not in Leeds protocol §4.6).",
        ),
        (
            "Calderdale initial conference: the police unit has had previous significant "
            "involvement (process 003: previous significant involvement).",
            "Calderdale initial conference: the police unit has had previous significant "
            "involvement (Calderdale protocol: previous significant involvement).",
        ),
        (
            "Manual review: the sender is not a verified council address (POLICY.md rule 1).",
            "Manual review: the sender is not a verified council address (the unit's "
            "attendance policy, rule 1).",
        ),
        (
            "Calderdale: RSO is a significant nominal (003)",
            "Calderdale: RSO is a significant nominal (Calderdale protocol)",
        ),
    ],
)
def test_reasons_name_the_protocol_and_paragraph_never_a_file(
    triage_said: str, desk_says: str
) -> None:
    assert plain(triage_said) == desk_says
    assert ".md" not in plain(triage_said) and "000" not in plain(triage_said)


def test_the_source_is_the_protocol_not_the_rule_id() -> None:
    task = stored_occurrence().tasks[0]
    assert source_of(task, "wakefield") == "Wakefield protocol"
    assert source_of(task, "kirklees").startswith("the unit's attendance policy")
    assert "." not in source_of(task, "calderdale")


def test_a_tick_box_conflict_is_one_sentence() -> None:
    task = stored_occurrence().tasks[0]
    assert tick_conflict(task) is None
    conflict = tick_conflict(replace(task, flags=(Flag.TICKBOX_CONFLICT,)))
    assert conflict is not None and conflict.count(". ") == 0 and conflict.endswith(".")
    assert "report sufficient" in conflict
