"""The daemon's polls: each mailbox drained one message at a time while its lease is held.

A poll processes messages one at a time (`pipeline.process_one`) and checks the stop flag
between them, so SIGTERM finishes the current message and stops (healthchecks' sendalerts
loop). A failed poll backs off (`backoff`) and is recorded (`intake.health`); a push mailbox
(IMAP IDLE) has a watch thread that drains, then waits for mail or the safety-net poll.
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

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy.exc import SQLAlchemyError

from cpc_triage.bootstrap import App
from cpc_triage.daemon import jobs
from cpc_triage.daemon.backoff import Backoff, once_delay
from cpc_triage.daemon.schedule import build_scheduler, pushed
from cpc_triage.daemon.watchdog import Watchdog, stall_seconds
from cpc_triage.db import Lease
from cpc_triage.diagnose import why
from cpc_triage.notify import notify
from cpc_triage.pipeline import process_one, reconcile
from cpc_triage.setaside import TransientFault
from intake import health
from intake.sources import Source

ONCE_PATIENCE_S = 900.0  # how long `run --once` waits out a transient fault


class WaitForMail(Protocol):
    """A push source's wait (`intake.mailbox_sources.ImapSource.wait_for_mail`)."""

    def __call__(self, seconds: float, *, interrupted: Callable[[], bool]) -> bool: ...


class Daemon:
    def __init__(self, app: App) -> None:
        self.app = app
        self.instance = f"{socket.gethostname()}:{os.getpid()}"
        self.stopping = threading.Event()
        self._leases = {
            s.name: Lease(app.engine, name=s.name, lock_dir=app.settings.data_path() / "locks")
            for s in app.sources
        }
        self._batch = {
            s.name: m.batch for s, m in zip(app.sources, app.settings.mailboxes, strict=True)
        }
        self.backoff = Backoff()
        self.watchdog = Watchdog(
            app.engine,
            instance=self.instance,
            stall_s=stall_seconds(app.settings.parsing),
            log=app.parts.log,
        )
        self._watchers: list[threading.Thread] = []
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
        if self.stopping.is_set() or self.backoff.remaining(source.name) > 0:
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
            elif self.backoff.failing(source.name):
                # Back after a failure: a move the server made but never confirmed (the
                # connection died first) left a `filed` row no listing will offer again.
                reconcile(self.app.parts, source)
            processed = self._drain(source, limit=self._batch[source.name])
        except Exception as exc:  # the daemon outlives any one mailbox's failure (R5)
            self._poll_failed(source.name, exc, leader=lease.held)
            return None
        self.backoff.recovered(source.name)
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
                self.stopping.wait(self.backoff.remaining(source.name) or poll_s)
                continue
            if processed >= batch:
                continue  # more is waiting: let the health job see us between batches
            try:
                wait(poll_s, interrupted=self.stopping.is_set)
            except Exception as exc:
                self._poll_failed(source.name, exc, leader=True)

    def health(self) -> None:
        self.watchdog.beat()

    def deliver(self) -> None:
        jobs.deliver(self.app)

    def digest(self, now: datetime | None = None) -> None:
        """Not part of `run_once`: a one-shot run files what is waiting and exits, and sending
        e-mail is left to the schedule or to `cpc-triage digest`, asked for explicitly."""
        if not self.stopping.is_set():
            jobs.digest(self.app, now)

    def retention(self) -> None:
        jobs.retention(self.app)

    # -- internals --------------------------------------------------------------------------
    def _poll_failed(self, mailbox: str, exc: Exception, *, leader: bool) -> None:
        """Log the error class (never its text: it may quote a message), back off, record."""
        delay = self.backoff.failed(mailbox)
        kind = type(exc).__name__
        reason = why(exc)  # from codes and types only: no message text (cpc_triage.diagnose)
        self._log.error("poll_failed", mailbox=mailbox, error=kind, reason=reason, retry_in_s=delay)
        error = f"{kind}: {reason}"[:200] if reason else kind
        self._record_poll(mailbox, processed=0, error=error, leader=leader)

    def _start_watchers(self) -> None:
        for source, mailbox in pushed(self.app):
            wait = getattr(source, "wait_for_mail")  # noqa: B009 — checked by pushed()
            thread = threading.Thread(
                target=self.watch,
                args=(source,),
                kwargs={"wait": wait, "poll_s": mailbox.poll_seconds},
                name=f"watch:{mailbox.name}",
                daemon=True,
            )
            thread.start()
            self._watchers.append(thread)

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
                delay = once_delay(failures)
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
            with self.watchdog.busy(source.name):
                if not process_one(self.app.parts, source):
                    break
            processed += 1
        return processed

    def _scheduler(self) -> BackgroundScheduler:
        return build_scheduler(self)

    def _install_signals(self) -> None:
        def stop(signum: int, _frame: FrameType | None) -> None:
            self.stopping.set()

        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, stop)

    def _record_poll(
        self, mailbox: str, *, processed: int, error: str | None, leader: bool
    ) -> None:
        try:
            with self.app.engine.begin() as conn:
                health.record_poll(
                    conn,
                    mailbox,
                    at=datetime.now(UTC),
                    processed=processed,
                    error=error,
                    leader=self.instance if leader else None,
                )
        except SQLAlchemyError as exc:
            self._log.error("poll_record_failed", mailbox=mailbox, error=type(exc).__name__)

    def _release(self) -> None:
        for lease in self._leases.values():
            lease.release()
