"""tasks stage: TriageResult → Occurrence + Task, once (plan, lifecycle, store, audit, sinks).

The public surface is listed here; the store, audit log and sinks are imported from their
modules (`tasks.store.TaskStore`, `tasks.audit`, `tasks.sinks.*`) by the composition root.
"""

from tasks.filing import AlreadyFiled, Filing, FilingAction, FilingPlan, plan_filing
from tasks.lifecycle import Action, LifecycleError, transition
from tasks.records import (
    Attendance,
    HistoryEntry,
    MessageKey,
    Nominal,
    NominalRole,
    Occurrence,
    OccurrenceStatus,
    Task,
    TaskStatus,
)

__all__ = [
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
