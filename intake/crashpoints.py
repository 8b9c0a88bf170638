"""Named crash points for the crash-safety tests (RELIABILITY.md R2, FoundationDB's "buggify").

`crash_point("after_task_commit")` ends the process at once with status 137 (as SIGKILL would)
when `CPC_CRASH_AT` names that point, and does nothing otherwise: production never sets the
variable, and a test proves the hook is inert without it. `os._exit` skips every `finally`
and flush, which is the point: the next start must cope with exactly what was on disk.
"""

from __future__ import annotations

import os

ENV = "CPC_CRASH_AT"

#: Every point the code defines, in the order one message meets them.
POINTS = (
    "after_fetch",
    "after_vault_write_before_fsync",
    "after_vault_rename",
    "after_ledger_insert",
    "before_task_commit",
    "after_task_commit",
    "before_mark_done",
    "after_mark_done",
)


def crash_point(name: str) -> None:
    """Exit with 137 here if `CPC_CRASH_AT` names this point."""
    if os.environ.get(ENV) == name:
        os._exit(137)
