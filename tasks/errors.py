"""The store's errors (STYLE.md habit 5: a small documented hierarchy per boundary).

StoreError
 ├── DuplicateFiling    another transaction filed the same message first: roll back, re-plan
 ├── ConcurrentChange   a row changed since the plan read it: roll back, re-plan
 └── NotFound           no such task or occurrence (or it was erased)
RecordErased (LookupError, tasks.sealing): the occurrence's data key is destroyed
"""

from __future__ import annotations


class StoreError(RuntimeError):
    """Base of the store's errors."""


class DuplicateFiling(StoreError):
    """The message's key was filed by another transaction first."""


class ConcurrentChange(StoreError):
    """The row changed after it was read; roll back and plan again."""


class NotFound(StoreError, LookupError):
    """No such task or occurrence (or it was erased)."""
