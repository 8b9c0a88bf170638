"""The tasks stage's one error root and the store's errors (STYLE.md habit 5; issue 14 item 5).

TasksError                  base of the tasks stage's errors
 ├── StoreError             (also a RuntimeError) the store's errors
 │    ├── DuplicateFiling   another transaction filed the same message first: roll back, re-plan
 │    ├── ConcurrentChange  a row changed since the plan read it: roll back, re-plan
 │    │    └── ChangedSinceRead   a person's form was for an older version of the task
 │    └── NotFound          no such task or occurrence (or it was erased)
 ├── RecordErased           (tasks.sealing, also a LookupError) the occurrence's data key is
 │                          destroyed — the cipher's `LookupError` translated at the crossing
 ├── LifecycleError         (tasks.lifecycle, also a ValueError) a transition not allowed
 └── DeliveryError          (tasks.delivery, also a RuntimeError) not delivered: retry later
      └── DeliveryRefused   refused: it will not go through until someone acts

Where the stage meets the ones above is tabled in `cpc_triage.errors`.
"""

from __future__ import annotations

from datetime import datetime


class TasksError(Exception):
    """Base of the tasks stage's errors."""


class StoreError(TasksError, RuntimeError):
    """Base of the store's errors."""


class DuplicateFiling(StoreError):
    """The message's key was filed by another transaction first."""


class ConcurrentChange(StoreError):
    """The row changed after it was read; roll back and plan again."""


class ChangedSinceRead(ConcurrentChange):
    """The task changed after the person opened it: who made the last change, and when."""

    def __init__(self, task_id: str, *, by: str | None, at: datetime | None) -> None:
        super().__init__(f"task {task_id} changed since it was read")
        self.by = by
        self.at = at


class NotFound(StoreError, LookupError):
    """No such task or occurrence (or it was erased)."""
