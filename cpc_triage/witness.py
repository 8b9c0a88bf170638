"""Which death was a message's fault: a crash witness in the state directory (issue 15 item 8).

The ledger counts an attempt before it starts (`intake.ledger.mark_attempt`), so a message that
kills the daemon's process every time cannot crash-loop it for ever. But a start cannot tell,
from the ledger alone, a crash the message caused from a SIGKILL, a SIGTERM or a power cut from
outside: in the kill soak a slow scanned form was in flight at every kill and would have been
filed `repeated_crash` unread. So each death leaves evidence for the next start:

    <state>/witness/<pid>-<thread>   written before a message is read, removed after: the
                                      ledger row that thread is reading
    <state>/witness/fault-<pid>      `faulthandler`'s report, written only when the process
                                      dies of a fatal signal it raised itself (SIGSEGV, SIGBUS,
                                      SIGILL, SIGFPE, SIGABRT), naming the thread that crashed
    <state>/witness/exit             how the service ended, as systemd says it (the unit's
                                      ExecStopPost= writes $SERVICE_RESULT): `oom-kill`, `signal`,
                                      `success`…

At the next start (`settle`), for each process that left markers and is gone:
- the thread that crashed was reading a message: that message caused it. A **strike**
  (`crash:SIGSEGV`…) is counted, as for its own time or memory budget, and after
  `setaside.MAX_STRIKES` it is set aside as "could not be processed";
- the service ended `oom-kill` (the cgroup's or the kernel's OOM killer, a SIGKILL the process
  cannot report itself): every message in flight caused it (`crash:oom`; with one message in
  flight, as usual, that one);
- any other marker is a death from outside (SIGKILL, SIGTERM past its grace, the machine):
  the attempt is given back (`intake.ledger.refund_attempt`) and counts nothing.

A restart in place (`cpc_triage.budget.restart`, same pid) leaves markers with this very pid:
they are settled the same way (the strike for the stuck message was committed before the
restart). Markers of a process still alive (a `run --once` beside the daemon) are left alone.

Without systemd's `exit` (a daemon run by hand), an OOM kill is a SIGKILL like any other and
counts nothing; the main process's memory budget (`cpc_triage.budget`) is what ends a message
that grows it. The reports hold file and function names only, never message content.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy import Engine

from intake import ledger

_MARKER = re.compile(r"^(\d+)-([0-9a-f]+)$")
_FAULT = re.compile(r"^fault-(\d+)$")
_CRASHED = re.compile(r"Current thread (0x[0-9a-fA-F]+)")
_FATAL = re.compile(r"Fatal Python error: ([A-Za-z ]+)")
_EXIT = "exit"
#: systemd's $SERVICE_RESULT when an OOM killer ended the service (systemd.exec(5)).
_OOM = "oom-kill"
#: faulthandler's words for the signals it reports, as short kinds for the ledger.
_SIGNALS = {
    "Segmentation fault": "SIGSEGV",
    "Bus error": "SIGBUS",
    "Illegal instruction": "SIGILL",
    "Floating point exception": "SIGFPE",
    "Aborted": "SIGABRT",
}


@dataclass(frozen=True, slots=True)
class Deaths:
    """What the previous processes' evidence says: ledger ids and why."""

    caused: tuple[tuple[int, str], ...] = ()  # (entry id, "crash:SIGSEGV") the message's fault
    interrupted: tuple[int, ...] = ()  # entry ids in flight at a death from outside


class Witness:
    """The markers and fault reports of this state directory (one per daemon's data dir)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._fault: IO[str] | None = None

    @contextlib.contextmanager
    def reading(self, entry_id: int) -> Iterator[None]:
        """Mark this thread as reading the ledger row `entry_id` while the body runs."""
        marker = self.directory / f"{os.getpid()}-{threading.get_ident():x}"
        _write_private(marker, str(entry_id))
        try:
            yield
        finally:
            with contextlib.suppress(FileNotFoundError):
                marker.unlink()

    def arm(self) -> None:
        """Have `faulthandler` write this process's fatal-signal report where `read` finds it."""
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self.directory / f"fault-{os.getpid()}"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        self._fault = os.fdopen(descriptor, "w")
        faulthandler.enable(file=self._fault, all_threads=True)

    def read(self) -> Deaths:
        """The evidence of processes that are gone (or this pid's previous image)."""
        if not self.directory.is_dir():
            return Deaths()
        markers: dict[int, dict[int, int]] = {}  # pid → thread → entry id
        faults: dict[int, str] = {}
        for path in self.directory.iterdir():
            if (found := _MARKER.match(path.name)) is not None:
                pid, thread = int(found.group(1)), int(found.group(2), 16)
                entry = _read_int(path)
                if entry is not None:
                    markers.setdefault(pid, {})[thread] = entry
            elif (found := _FAULT.match(path.name)) is not None:
                faults[int(found.group(1))] = path.read_text(errors="replace")
        caused: list[tuple[int, str]] = []
        interrupted: list[int] = []
        oom = _read_text(self.directory / _EXIT) == _OOM
        for pid, threads in markers.items():
            if _alive(pid):
                continue
            crashed, kind = _crash(faults.get(pid, ""))
            for thread, entry in threads.items():
                if thread == crashed:
                    caused.append((entry, f"crash:{kind}"))
                elif crashed is None and oom:
                    caused.append((entry, "crash:oom"))
                else:
                    interrupted.append(entry)
        return Deaths(tuple(caused), tuple(interrupted))

    def clear(self) -> None:
        """Remove the evidence of processes that are gone, once it has been counted."""
        if not self.directory.is_dir():
            return
        for path in self.directory.iterdir():
            found = _MARKER.match(path.name) or _FAULT.match(path.name)
            if path.name == _EXIT or (found is not None and not _alive(int(found.group(1)))):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()


def settle(engine: Engine, witness: Witness) -> Deaths:
    """Count the previous deaths against the messages that caused them, give the other attempts
    back, then clear the evidence (in that order: a failure here leaves it for the next start).
    Call before the fault handler is armed, which truncates this pid's report."""
    deaths = witness.read()
    if deaths.caused or deaths.interrupted:
        with engine.begin() as conn:
            for entry_id, kind in deaths.caused:
                ledger.mark_strike(conn, entry_id, error=kind)
            for entry_id in deaths.interrupted:
                ledger.refund_attempt(conn, entry_id)
    witness.clear()
    return deaths


def _crash(report: str) -> tuple[int | None, str]:
    """The thread that crashed and the signal's kind, from a faulthandler report."""
    thread = _CRASHED.search(report)
    if thread is None:
        return None, ""
    fatal = _FATAL.search(report)
    kind = _SIGNALS.get(fatal.group(1).strip(), "fatal") if fatal is not None else "fatal"
    return int(thread.group(1), 16), kind


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own image before a restart in place (`os.execv`)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read_text(path: Path) -> str:
    try:
        return path.read_text().strip()
    except (OSError, ValueError):
        return ""


def _read_int(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def _write_private(path: Path, text: str) -> None:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(text)
