"""The tasks stage's public surface is pinned (STYLE.md habit 9)."""

from __future__ import annotations

import tasks


def test_the_tasks_stage_exports_exactly_its_public_surface() -> None:
    assert sorted(tasks.__all__) == [
        "Action",
        "AlreadyFiled",
        "Attendance",
        "Filing",
        "FilingAction",
        "FilingPlan",
        "HistoryEntry",
        "LifecycleError",
        "MessageKey",
        "Nominal",
        "NominalRole",
        "Occurrence",
        "OccurrenceStatus",
        "Task",
        "TaskStatus",
        "plan_filing",
        "transition",
    ]
    assert all(hasattr(tasks, name) for name in tasks.__all__)
