"""The daemon's jobs that are not polls: the export outbox, the digest, retention.

Each logs a database failure by its type and returns: the next firing tries again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from cpc_triage.retention import run_retention
from tasks.sinks.outbox import deliver_due

if TYPE_CHECKING:
    from cpc_triage.bootstrap import App


def deliver(app: App) -> None:
    """Send what the outbox holds to the configured sinks (at least once, after commit)."""
    if not app.sinks:
        return
    log = app.parts.log
    try:
        report = deliver_due(app.engine, app.parts.store, app.sinks, now=datetime.now(UTC))
    except SQLAlchemyError as exc:
        log.error("outbox_failed", error=type(exc).__name__)
        return
    if report.sent or report.failed:
        log.info("outbox_delivered", sent=report.sent, failed=report.failed)


def digest(app: App, now: datetime | None = None) -> None:
    """Send each district's daily digest when due; idempotent, so it runs every few minutes."""
    job = app.digest
    if job is None:
        return
    try:
        job.run(now or datetime.now(UTC))  # logs digest_sent / _retry / _failed itself
    except SQLAlchemyError as exc:
        app.parts.log.error("digest_job_failed", error=type(exc).__name__)


def retention(app: App) -> None:
    """Erase what is past its retention period (`cpc_triage.retention`)."""
    try:
        erased = run_retention(app, keep_days=app.settings.retention.keep_days)
    except SQLAlchemyError as exc:
        app.parts.log.error("retention_failed", error=type(exc).__name__)
        return
    app.parts.log.info("retention_done", occurrences=erased.occurrences, messages=erased.messages)
