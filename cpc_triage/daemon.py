"""The daemon: APScheduler 3.11 in one process runs the jobs (LIBRARIES.md "Scheduling").

Jobs: poll each mailbox on its own interval, the digest (cron), retention (daily), health
(heartbeat row + systemd watchdog). APScheduler 3.x cannot share a job store between processes,
so several daemons on one PostgreSQL database coordinate through the database instead: a poll
runs only while its daemon holds the mailbox's lease (`cpc_triage.db.Lease`: an advisory lock),
and filing is idempotent anyway.

A poll processes messages one at a time (`pipeline.process_one`) and checks the stop flag
between them, so SIGTERM finishes the current message and stops (healthchecks' sendalerts
loop). The watchdog is fed only while no poll has been stuck on one message for longer than
`stall_s`, so a wedged worker gets the daemon restarted by systemd (RELIABILITY.md R7).
"""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from types import FrameType
from typing import Protocol
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Connection, Table, insert, update
from sqlalchemy.exc import SQLAlchemyError

from cpc_triage.bootstrap import App
from cpc_triage.db import Lease
from cpc_triage.diagnose import why
from cpc_triage.notify import notify, watchdog_interval_s
from cpc_triage.pipeline import process_one, reconcile
from cpc_triage.retention import run_retention
from cpc_triage.setaside import TransientFault
from cpc_triage.settings.mailbox import ImapMailboxSettings, MailboxSettings
from cpc_triage.witness import settle
from intake.sources import Source
from intake.tables import heartbeats, mailbox_polls
from tasks.sinks.outbox import deliver_due

BACKOFF_S = 2.0  # after a failed poll: 2, 4, 8 … seconds, up to MAX_BACKOFF_S
MAX_BACKOFF_S = 300.0
ONCE_PATIENCE_S = 900.0  # how long `run --once` waits out a transient fault
MAX_ONCE_BACKOFF_S = 15.0


class WaitForMail(Protocol):
    """A push source's wait (`intake.mailbox_sources.ImapSource.wait_for_mail`)."""

    def __call__(self, seconds: float, *, interrupted: Callable[[], bool]) -> bool: ...


class Daemon:
    def __init__(self, app: App) -> None:
        self.app = app
        self.instance = f"{socket.gethostname()}:{os.getpid()}"
        self.stopping = threading.Event()
        self.started_at = datetime.now(UTC)
        self._leases = {
            s.name: Lease(app.engine, name=s.name, lock_dir=app.settings.data_path() / "locks")
            for s in app.sources
        }
        self._batch = {
            s.name: m.batch for s, m in zip(app.sources, app.settings.mailboxes, strict=True)
        }
        self._busy_since: dict[str, float] = {}
        self._failures: dict[str, int] = {}
        self._retry_at: dict[str, float] = {}
        self._watchers: list[threading.Thread] = []
        parsing = app.settings.parsing
        # Longer than a message's own budget and its grace (cpc_triage.budget), which end a
        # stuck message without systemd's help.
        self._stall_s = max(
            120.0, 4 * parsing.attachment_timeout_seconds, parsing.message_timeout_seconds + 60
        )
        self._log = app.parts.log

    # -- modes ------------------------------------------------------------------------------
    def run_once(self) -> int:
        """Process what is waiting in every mailbox this daemon leads, then return the count."""
        total = 0
        for source in self.app.sources:
            if not self._leases[source.name].try_acquire():
                self._log.warning("mailbox_led_elsewhere", mailbox=source.name)
                continue
            try:
                processed = self._drain_patiently(source)
            except Exception as exc:  # one mailbox failing does not stop the others
                self._poll_failed(source.name, exc, leader=True)
                continue
            self._record_poll(source.name, processed=processed, error=None, leader=True)
            total += processed
        self.deliver()
        self._release()
        return total

    def run_forever(self) -> None:
        """Schedule the jobs and block until SIGTERM/SIGINT; then finish the message and stop."""
        self._install_signals()
        scheduler = self._scheduler()
        scheduler.start()
        self._start_watchers()
        notify("READY=1", f"STATUS=polling {len(self.app.sources)} mailbox(es)")
        self._log.info("daemon_ready", instance=self.instance)
        while not self.stopping.wait(1.0):
            pass
        notify("STOPPING=1")
        self._log.info("daemon_stopping", instance=self.instance)
        scheduler.shutdown(wait=True)
        for watcher in self._watchers:
            watcher.join()
        self._release()
        self._log.info("daemon_stopped", instance=self.instance)

    # -- jobs -------------------------------------------------------------------------------
    def poll(self, source: Source) -> int | None:
        """Drain up to a batch from `source`; the count, or None when it did not poll (another
        daemon leads the mailbox, it is backing off after an error, or the poll failed)."""
        if self.stopping.is_set() or time.monotonic() < self._retry_at.get(source.name, 0.0):
            return None
        lease = self._leases[source.name]
        try:
            if not lease.held:
                if not lease.try_acquire():
                    self._record_poll(source.name, processed=0, error=None, leader=False)
                    return None
                self._log.info(
                    "mailbox_lease_acquired", mailbox=source.name, instance=self.instance
                )
                reconcile(self.app.parts, source)
            elif not lease.try_acquire():
                self._log.warning("mailbox_lease_lost", mailbox=source.name)
                return None
            elif source.name in self._failures:
                # Back after a failure: a move the server made but never confirmed (the
                # connection died first) left a `filed` row no listing will offer again.
                reconcile(self.app.parts, source)
            processed = self._drain(source, limit=self._batch[source.name])
        except Exception as exc:  # the daemon outlives any one mailbox's failure (R5)
            self._poll_failed(source.name, exc, leader=lease.held)
            return None
        self._failures.pop(source.name, None)
        self._record_poll(source.name, processed=processed, error=None, leader=True)
        return processed

    def watch(self, source: Source, *, wait: WaitForMail, poll_s: float) -> None:
        """A push mailbox's thread: drain, then wait in IDLE until mail comes or `poll_s`
        passes (the safety-net poll), and again, until the daemon stops."""
        batch = self._batch[source.name]
        while not self.stopping.is_set():
            processed = self.poll(source)
            if self.stopping.is_set():
                return
            if processed is None:  # not ours, failing, or backing off: wait, then try again
                pause = max(0.0, self._retry_at.get(source.name, 0.0) - time.monotonic())
                self.stopping.wait(pause or poll_s)
                continue
            if processed >= batch:
                continue  # more is waiting: let the health job see us between batches
            try:
                wait(poll_s, interrupted=self.stopping.is_set)
            except Exception as exc:
                self._poll_failed(source.name, exc, leader=True)

    def health(self) -> None:
        now = datetime.now(UTC)
        stalled = [n for n, t in self._busy_since.items() if time.monotonic() - t > self._stall_s]
        try:
            with self.app.engine.begin() as conn:
                _upsert(
                    conn,
                    heartbeats,
                    key={"instance": self.instance},
                    values={"at": now},
                    extra={"started_at": self.started_at},
                )
        except SQLAlchemyError as exc:
            self._log.error("heartbeat_failed", error=type(exc).__name__)
            return
        if stalled:
            self._log.error("poll_stalled", mailboxes=stalled)
            return  # no WATCHDOG=1: systemd restarts us after WatchdogSec
        notify("WATCHDOG=1")

    def deliver(self) -> None:
        """Send what the outbox holds to the configured sinks (at least once, after commit)."""
        if not self.app.sinks:
            return
        try:
            report = deliver_due(
                self.app.engine, self.app.parts.store, self.app.sinks, now=datetime.now(UTC)
            )
        except SQLAlchemyError as exc:
            self._log.error("outbox_failed", error=type(exc).__name__)
            return
        if report.sent or report.failed:
            self._log.info("outbox_delivered", sent=report.sent, failed=report.failed)

    def digest(self, now: datetime | None = None) -> None:
        """Send each district's daily digest when due; idempotent, so it runs every few minutes.

        Not part of `run_once`: a one-shot run files what is waiting and exits, and sending
        e-mail is left to the schedule or to `cpc-triage digest`, asked for explicitly.
        """
        job = self.app.digest
        if job is None or self.stopping.is_set():
            return
        try:
            job.run(now or datetime.now(UTC))  # logs digest_sent / _retry / _failed itself
        except SQLAlchemyError as exc:
            self._log.error("digest_job_failed", error=type(exc).__name__)

    def retention(self) -> None:
        try:
            erased = run_retention(self.app, keep_days=self.app.settings.retention.keep_days)
        except SQLAlchemyError as exc:
            self._log.error("retention_failed", error=type(exc).__name__)
            return
        self._log.info("retention_done", occurrences=erased.occurrences, messages=erased.messages)

    # -- internals --------------------------------------------------------------------------
    def _poll_failed(self, mailbox: str, exc: Exception, *, leader: bool) -> None:
        """Log the error class (never its text: it may quote a message), back off, record."""
        failures = self._failures.get(mailbox, 0) + 1
        self._failures[mailbox] = failures
        delay = min(MAX_BACKOFF_S, BACKOFF_S * 2 ** (failures - 1))
        self._retry_at[mailbox] = time.monotonic() + delay
        kind = type(exc).__name__
        reason = why(exc)  # from codes and types only: no message text (cpc_triage.diagnose)
        self._log.error("poll_failed", mailbox=mailbox, error=kind, reason=reason, retry_in_s=delay)
        error = f"{kind}: {reason}"[:200] if reason else kind
        self._record_poll(mailbox, processed=0, error=error, leader=leader)

    def _start_watchers(self) -> None:
        for source, mailbox in self._pushed():
            wait = getattr(source, "wait_for_mail")  # noqa: B009 — checked by _pushed()
            thread = threading.Thread(
                target=self.watch,
                args=(source,),
                kwargs={"wait": wait, "poll_s": mailbox.poll_seconds},
                name=f"watch:{mailbox.name}",
                daemon=True,
            )
            thread.start()
            self._watchers.append(thread)

    def _pushed(self) -> list[tuple[Source, MailboxSettings]]:
        """Mailboxes that push (IMAP IDLE): watched by a thread of their own, not polled."""
        return [
            (source, mailbox)
            for source, mailbox in zip(self.app.sources, self.app.settings.mailboxes, strict=True)
            if isinstance(mailbox, ImapMailboxSettings)
            and mailbox.idle
            and hasattr(source, "wait_for_mail")
        ]

    def _drain_patiently(self, source: Source) -> int:
        """`run --once`'s drain: a transient fault (the database locked or gone, the disk) is
        waited out with back-off, up to ONCE_PATIENCE_S, so the run files every message
        instead of leaving one behind (issue 15 item 6); longer, and the next run carries on."""
        processed, failures = 0, 0
        give_up = time.monotonic() + ONCE_PATIENCE_S
        while True:
            try:
                reconcile(self.app.parts, source)
                return processed + self._drain(source, limit=None)
            except (TransientFault, SQLAlchemyError) as exc:
                failures += 1
                delay = min(MAX_ONCE_BACKOFF_S, BACKOFF_S * 2 ** (failures - 1))
                if time.monotonic() + delay > give_up:
                    raise
                kind = exc.kind if isinstance(exc, TransientFault) else type(exc).__name__
                self._log.warning(
                    "transient_fault_retrying", mailbox=source.name, error=kind, retry_in_s=delay
                )
                if self.stopping.wait(delay):
                    return processed

    def _drain(self, source: Source, *, limit: int | None) -> int:
        processed = 0
        while not self.stopping.is_set() and (limit is None or processed < limit):
            self._busy_since[source.name] = time.monotonic()
            try:
                if not process_one(self.app.parts, source):
                    break
            finally:
                self._busy_since.pop(source.name, None)
            processed += 1
        return processed

    def _scheduler(self) -> BackgroundScheduler:
        settings = self.app.settings
        zone = ZoneInfo(settings.schedule.timezone)
        scheduler = BackgroundScheduler(
            timezone=zone,
            executors={"default": ThreadPoolExecutor(max_workers=len(self.app.sources) + 4)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60},
        )
        now = datetime.now(zone)
        pushed = {source.name for source, _ in self._pushed()}
        for source, mailbox in zip(self.app.sources, settings.mailboxes, strict=True):
            if source.name in pushed:
                continue
            scheduler.add_job(
                self.poll,
                "interval",
                args=[source],
                seconds=mailbox.poll_seconds,
                id=f"poll:{mailbox.name}",
                next_run_time=now,
            )
        health_s = min(settings.schedule.health_seconds, watchdog_interval_s() or 3600.0)
        scheduler.add_job(self.health, "interval", seconds=health_s, id="health", next_run_time=now)
        scheduler.add_job(self.deliver, "interval", seconds=30, id="outbox", next_run_time=now)
        if self.app.digest is not None:  # [digest] enabled; at once on start to catch up
            scheduler.add_job(
                self.digest, self.app.digest.trigger(), id="digest", next_run_time=now
            )
        scheduler.add_job(
            self.retention, "cron", hour=settings.schedule.retention_hour, minute=17, id="retention"
        )
        return scheduler

    def _install_signals(self) -> None:
        def stop(signum: int, _frame: FrameType | None) -> None:
            self.stopping.set()

        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, stop)

    def _record_poll(
        self, mailbox: str, *, processed: int, error: str | None, leader: bool
    ) -> None:
        now = datetime.now(UTC)
        values: dict[str, object] = {
            "last_poll_at": now,
            "leader": self.instance if leader else None,
        }
        if error is None:
            values["last_ok_at"] = now
        else:
            values.update(last_error=error, last_error_at=now)
        try:
            with self.app.engine.begin() as conn:
                _upsert(
                    conn,
                    mailbox_polls,
                    key={"mailbox": mailbox},
                    values=values,
                    extra={"processed": 0},
                    increment=("processed", processed),
                )
        except SQLAlchemyError as exc:
            self._log.error("poll_record_failed", mailbox=mailbox, error=type(exc).__name__)

    def _release(self) -> None:
        for lease in self._leases.values():
            lease.release()


def _upsert(
    conn: Connection,
    table: Table,
    *,
    key: dict[str, object],
    values: dict[str, object],
    extra: dict[str, object],
    increment: tuple[str, int] | None = None,
) -> None:
    """UPDATE, else INSERT (portable; the rows are per instance or per mailbox)."""
    where = [table.c[k] == v for k, v in key.items()]
    changes = dict(values)
    if increment is not None:
        column, by = increment
        changes[column] = table.c[column] + by
    if conn.execute(update(table).where(*where).values(**changes)).rowcount == 0:
        initial = {**extra, **values}
        if increment is not None:
            initial[increment[0]] = increment[1]
        conn.execute(insert(table).values(**key, **initial))


def run(app: App, *, once: bool) -> int:
    _settle_deaths(app)
    daemon = Daemon(app)
    if once:
        return daemon.run_once()
    daemon.run_forever()
    return 0


def _settle_deaths(app: App) -> None:
    """Before the first message: count the previous process's death against the message that
    caused it, give back the attempts a kill from outside interrupted (`cpc_triage.witness`),
    then arm the fault handler for this process."""
    witness = app.parts.witness
    if witness is None:
        return
    try:
        deaths = settle(app.engine, witness)
    except (SQLAlchemyError, OSError) as exc:  # kept for the next start; nothing is lost
        app.parts.log.error("deaths_not_settled", error=type(exc).__name__)
    else:
        if deaths.caused or deaths.interrupted:
            app.parts.log.warning(
                "deaths_settled",
                caused=[entry for entry, _ in deaths.caused],
                interrupted=list(deaths.interrupted),
            )
    witness.arm()
