"""A time and memory budget for what one message costs the daemon's own process (issue 15).

The parse workers have their limits (`parsers.sandbox`); what runs here — the MIME read when a
worker could not finish, field reading, spaCy and the criteria — had none, and one message once
held the main process for 300 s at 5.7 GB while every message behind it waited. This module
ends such a message without anyone killing anything:

    guard() ── a monitor thread, polling every 50 ms ──► over `seconds`, or the process's RSS
                                                          over `memory_mb`:
    the processing thread gets `BudgetExceeded`          PyThreadState_SetAsyncExc (the thread
    at its next bytecode; the pipeline counts a          is told, like Ctrl-C, at its next
    strike against the message and moves on             Python instruction)
                                                          still not back after `grace_s` (stuck
                                                          in C code): `on_stuck(kind)` counts the
                                                          strike durably, then the process
                                                          restarts itself in place (`restart`)

`BudgetExceeded` is a BaseException, so the parsers' and the triage's own "never raise"
guards (`except Exception`) do not swallow it. Restarting in place (`os.execv`, same pid) needs
no supervisor: `cpc-triage run --once` carries on, and the daemon under systemd is not seen to
die. The strike is what the message caused; a death for another reason counts nothing
(`cpc_triage.pipeline`).
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

#: The main process's resident-memory ceiling while it handles one message — the one place the
#: figure is set (`[parsing] main_memory_mb` defaults to it). The daemon sits at about 190 MB
#: with spaCy and the rules loaded (README "Benchmarks"); no message is whole in this process
#: (a drop-folder message is hashed and sealed in chunks and parsed by a worker from its
#: file, issue 15 item 4) and the text handed to the fields and the triage is capped
#: (`parsers.textcap`), so a message adds tens of MB: the eight largest hostile messages
#: peaked the process at 238 MB.
MAIN_MEMORY_MB = 300
#: What a message must have added itself before the memory ceiling counts against it.
GROWTH_MB = 64
#: The wall-clock budget of one message in this process (its parse, its triage).
MESSAGE_SECONDS = 120.0
#: The fork server (pdfplumber, pypdf, pypdfium2 and python-docx imported once), page cache and
#: slack, inside the service's ceiling beside the main process and the workers.
SERVICE_SLACK_MB = 512
_PAGE = os.sysconf("SC_PAGE_SIZE")


def workers_that_fit(*, wanted: int, service_mb: int, main_mb: int, worker_mb: int) -> int:
    """How many parse workers, each at its `worker_mb` address-space limit, fit in the
    service's ceiling beside the main process's budget (0: not even one — a bad setting).

    The one place the three figures meet: the unit's MemoryMax= is `service_mb`, so the cgroup
    never kills the whole service because two workers peaked at once (issue 15 item 8)."""
    room = service_mb - main_mb - SERVICE_SLACK_MB
    return max(0, min(wanted, room // worker_mb))


class BudgetExceeded(BaseException):
    """The message went over its time (`kind` "timeout") or memory ("memory") budget."""

    def __init__(self, kind: str = "timeout") -> None:
        super().__init__(kind)
        self.kind = kind


@dataclass(slots=True)
class _Watch:
    done: bool = False
    fired: str | None = None
    fired_at: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)
    # set when the body is over: the monitor wakes at once instead of finishing its nap, which
    # the guard's join waited for — 50 ms on every message (a batch of triage ran at half speed)
    settled: threading.Event = field(default_factory=threading.Event)


@dataclass(frozen=True, slots=True)
class MessageBudget:
    seconds: float = MESSAGE_SECONDS
    memory_mb: int = MAIN_MEMORY_MB
    grace_s: float = 10.0
    poll_s: float = 0.05

    @contextmanager
    def guard(self, *, on_stuck: Callable[[str], None]) -> Iterator[None]:
        """Run the body under the budget; raises `BudgetExceeded` when it is spent."""
        watch = _Watch()
        target = threading.get_ident()
        monitor = threading.Thread(
            target=self._monitor, args=(target, watch, on_stuck), name="budget", daemon=True
        )
        monitor.start()
        try:
            try:
                yield
            finally:
                _settle(watch)
        except BudgetExceeded:
            # The exception is raised at most once: if it landed in the `finally` before the
            # watch was settled, this settles it, so the monitor never takes it for stuck.
            _settle(watch)
            raise
        finally:
            monitor.join()

    def _monitor(self, target: int, watch: _Watch, on_stuck: Callable[[str], None]) -> None:
        started = time.monotonic()
        # Memory counts against the message only when it grew the process past the ceiling: a
        # process already over it (memory the allocator kept from an earlier message) is not
        # this message's doing.
        floor = resident_mb() + GROWTH_MB
        while True:
            watch.settled.wait(self.poll_s)
            with watch.lock:
                if watch.done:
                    return
                now = time.monotonic()
                if watch.fired is None:
                    kind = self._spent(now - started, floor=floor)
                    if kind is not None:
                        watch.fired, watch.fired_at = kind, now
                        _raise_in(target, kind)
                    continue
                if now - watch.fired_at < self.grace_s:
                    continue
                kind = watch.fired
            on_stuck(kind)  # counts the strike; restarts the process; returns only in tests
            return

    def _spent(self, elapsed: float, *, floor: float) -> str | None:
        if elapsed > self.seconds:
            return "timeout"
        if resident_mb() > max(self.memory_mb, floor):
            return "memory"
        return None


def _settle(watch: _Watch) -> None:
    with watch.lock:
        watch.done = True
    watch.settled.set()


def _raise_in(thread_id: int, kind: str) -> None:
    """Raise BudgetExceeded(kind) in that thread at its next Python instruction."""
    exc = MemoryBudgetExceeded if kind == "memory" else TimeBudgetExceeded
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc))


class TimeBudgetExceeded(BudgetExceeded):
    """Raised by class (SetAsyncExc takes a class): over the time budget."""

    def __init__(self) -> None:
        super().__init__("timeout")


class MemoryBudgetExceeded(BudgetExceeded):
    """Raised by class: over the memory budget."""

    def __init__(self) -> None:
        super().__init__("memory")


def resident_mb() -> float:
    """This process's resident set size in MB (from /proc; no third-party call per poll)."""
    try:
        with Path("/proc/self/statm").open("rb") as statm:
            return int(statm.read().split()[1]) * _PAGE / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def restart() -> None:
    """Replace this process with a fresh copy of itself (same pid, same arguments).

    File descriptors are close-on-exec (Python's default, SQLite's too), so locks and the parse
    workers' pipes go with the old image; the workers see their pipe close and exit.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])  # noqa: S606 — ourselves
