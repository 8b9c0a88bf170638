"""The composition root's one error root, and where the stages' errors cross (issue 14 item 5).

Each stage has one root and draws its tree in its own module (STYLE.md habit 5, httpx's
`HTTPError`); an error is translated where it crosses into another stage, never passed up raw.

    intake.errors.IntakeError     parsers.errors.ParserError     triage.errors.TriageError
    tasks.errors.TasksError       desk.errors.DeskError          cpc_triage.errors.AppError

    AppError                      base of the composition root's errors
    ├── SettingsError             (cpc_triage.settings, also a ValueError) unusable settings
    ├── StartupError              (cpc_triage.startup, also a RuntimeError) cannot start
    │   └── SchemaNotCurrent      the database is not at this code's Alembic head
    ├── DatabaseError             (cpc_triage.db, also a RuntimeError)
    │   └── DurabilityRefused     a durability setting is off
    ├── BackupError               (cpc_triage.backup, also a RuntimeError)
    └── TransientFault            (cpc_triage.setaside) not the message's fault: try it later
    BudgetExceeded                (cpc_triage.budget; Time- and MemoryBudgetExceeded) a
                                  BaseException on purpose: no
                                  `except Exception` in the code it interrupts may swallow it

Where stages meet (from → to, and where):

- `intake.errors.RemoteMailboxError` (IMAP, Graph, EWS, token)
  → `intake.sources.SourceUnavailable`: the mailbox is polled again after a back-off
  (`intake.mailbox_sources`)
- `intake.keys.KeyDestroyed` (any `LookupError` from the cipher)
  → `tasks.sealing.RecordErased`
  (`tasks.sealing`)
- `triage.errors.TriageError` (a policy or vocabulary file)
  → `StartupError` naming the configuration folder
  (`cpc_triage.bootstrap`)
- `parsers.errors.AttachmentError`
  → data: an unreadable `Attachment` on the `Invitation`
  (`parsers.attachment`)
- `parsers.errors.PoolUnavailable`
  → `TransientFault("parse_pool")`: the message stays at its source
  (`cpc_triage.pipeline`)
- `tasks.errors.DuplicateFiling`, `ConcurrentChange`
  → the filing is planned again
  (`cpc_triage.pipeline`)
- `tasks.delivery.DeliveryError`
  → the outbox row is tried again (or given up, digest)
  (`tasks.sinks.outbox`, `desk.digest_outbox`)
- `tasks.sealing.RecordErased`, `ConcurrentChange`, `LifecycleError`
  → a page for the person
  (`desk.web.views_case`, `desk.web.views_actions`)
- `SettingsError`, `StartupError`, `BackupError`
  → the CLI's one-line message and exit status
  (`cpc_triage.cli.*`)
"""

from __future__ import annotations


class AppError(Exception):
    """Base of the composition root's errors."""
