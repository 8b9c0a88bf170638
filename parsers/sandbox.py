"""Read attachments in worker processes under memory, CPU and wall-clock limits.

Attachments are hostile until proved otherwise: pdfminer.six before 20260107 could run code
from a PDF (CVE-2025-64512), pypdf and zip readers have had decompression bombs (pypdf #3429),
and any parser can loop. RELIABILITY.md S1 asks that a hostile file costs that attachment and
nothing else, so each attachment is read by `parsers.attachment.read_attachment` in a worker:

    ParsePool ── one supervising thread per worker ──Pipe──► worker process
                  sends one job, waits timeout_s;              RLIMIT_AS = memory_mb,
                  on silence kills and replaces the worker,    RLIMIT_CPU per job,
                  on a dead worker replaces it,                RLIMIT_CORE = 0,
                  completes the Future with a recorded error   read_attachment() → result

Jobs wait in one FIFO queue and go to whichever worker is free, so with two workers both cores
work. A job is one attachment (`submit`, the daemon's way) or one whole email (`submit_email`,
the batch's way: `parsers.sandbox_email` says how its limits still hold per attachment). A
container (a zip archive, a winmail.dat: `parsers.unpack`) is one job, and each file read out
of it is announced with a `STEP` frame: its time limit starts again, as if it were an
attachment of its own, for at most `_MAX_STEPS` files (a worker that announces more is
killed). Every
attachment's Future is completed with an `AttachmentContent`, never an exception, and never
hangs: TIMEOUT ("gave up after 20 s"), MEMORY ("exceeded the 1024 MB memory limit"),
PARSER_ERROR ("the parser process died"). The one exception: when no worker would start, or the
pool was closed before the attachment was read, the Future ends with `PoolUnavailable` (and
`submit` raises it on a closed pool) — the pool's fault, not the attachment's, so the daemon
retries the message rather than file it unreadable. `close()` kills what is left.

The worker's side lives in `parsers.sandbox_worker`. It answers in checked JSON, never a
pickle, so a worker taken over by a hostile file cannot run code in the daemon through its
answer.

Workers are started with the `forkserver` context: the pool's own threads make a plain `fork`
unsafe (a lock held by another thread at the moment of fork stays locked in the child), while
the fork server is a clean single-threaded process started once, which imports pdfplumber,
pypdf, pypdfium2 and python-docx (`PRELOAD`) so that each new worker is a cheap fork that
starts warm (about 20–50 ms here, against about 1 s for `spawn`).

Unlike other `spawn` or `forkserver` children, a worker does not import the program's main
module (`parsers.sandbox_process`): that import cost the `cpc-triage` command a second and
65 MB in every worker. A script that creates a pool should still keep its work under
`if __name__ == "__main__":`, as for any multiprocessing program.

Not done here: network isolation. Run the daemon under systemd with the hardening in
`systemd/` (RELIABILITY.md S4: `PrivateNetwork=yes` for a separate parse-worker unit).

Test hook: when the environment variable `CPC_TEST_SANDBOX_HOOK` holds a comma-separated list
of actions at the time a pool is created, a job whose bytes are exactly `CPC-TEST-HOOK:<action>`
runs that action in the worker instead of a parser: `alloc` allocates until memory runs out,
`sleep` sleeps for an hour, `slow_files` announces three files of a container each taking 0.6 of
the time limit, `endless_files` announces files without end; `no_start` (in the list, no job
needed) makes every worker exit before it is ready. Without the variable the hook is inert and
such bytes are read as any other text attachment.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import threading
from collections.abc import Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from multiprocessing.context import ForkServerContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from parsers.attachment import AttachmentContent, Limits, failed, read_attachment
from parsers.errors import PoolUnavailable
from parsers.message import MessageLimits
from parsers.records import ErrorKind
from parsers.sandbox_email import EmailOutcome, Step, Unread, read_frame
from parsers.sandbox_process import WorkerProcess
from parsers.sandbox_worker import (
    PRELOAD,
    READY,
    STEP,
    EmailJob,
    Job,
    decode_content,
    ran_out_of_memory,
    worker_main,
)
from parsers.sniff import sniff_media_type
from parsers.unpack import MAX_FILES

HOOK_ENV = "CPC_TEST_SANDBOX_HOOK"
_START_TIMEOUT_S = 30.0
#: A worker is replaced after this many jobs, so that a slow leak in a parser stays bounded.
_JOBS_PER_WORKER = 200
_UNKNOWN = "application/octet-stream"
#: The largest answer accepted from a worker (60 pages of text are well under 1 MB).
_MAX_ANSWER_BYTES = 64 * 1024 * 1024
_CLOSED = "the parse pool closed before reading it"
#: Files read out of one attachment's containers, each a step with its own time limit.
_MAX_STEPS = MAX_FILES
_ENDLESS = "the parser process announced more files than an attachment may hold"


@dataclass(frozen=True, slots=True)
class _Queued:
    job: Job | EmailJob
    future: Future[Any]  # Future[AttachmentContent] for a Job, Future[EmailOutcome] for an email


def parse_inline(
    data: bytes,
    *,
    filename: str | None,
    declared_type: str | None,
    index: int = 1,
    limits: Limits,
) -> AttachmentContent:
    """Read one attachment in this process, with no pool.

    Not a sandbox: only `max_bytes` and the never-raise promise hold. There is no memory,
    CPU or wall-clock limit, so a bomb or a looping parser takes this process with it. Use it
    for tests and tools on trusted files; the daemon reads mail through a `ParsePool`.
    """
    return read_attachment(
        data, filename=filename, declared_type=declared_type, limits=limits, index=index
    )


class ParsePool:
    """A fixed number of parse workers behind a FIFO queue; a context manager."""

    def __init__(self, *, workers: int | None = None, limits: Limits) -> None:
        self._limits = limits
        self._hook = tuple(a for a in os.environ.get(HOOK_ENV, "").split(",") if a)
        self._context: ForkServerContext = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(PRELOAD)
        self._jobs: queue.SimpleQueue[_Queued | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._closed = False
        self._workers: dict[int, _Worker] = {}
        count = max(1, workers if workers is not None else (os.cpu_count() or 1))
        self.size = count
        self._threads = [
            threading.Thread(target=self._serve, args=(slot,), name=f"parse-pool-{slot}")
            for slot in range(count)
        ]
        for thread in self._threads:
            thread.daemon = True
            thread.start()

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def submit(
        self, data: bytes, *, filename: str | None, declared_type: str | None, index: int = 1
    ) -> Future[AttachmentContent]:
        """Queue one attachment; the Future always ends with an `AttachmentContent`."""
        future: Future[AttachmentContent] = Future()
        with self._lock:
            if self._closed:
                raise PoolUnavailable(_CLOSED)
            self._jobs.put(_Queued(Job(data, filename, declared_type, index), future))
        return future

    def submit_email(
        self,
        raw: bytes,
        *,
        domains: Mapping[str, str],
        message_limits: MessageLimits,
        path: Path | None = None,
    ) -> Future[EmailOutcome]:
        """Queue one whole email — its bytes, or the file holding them (`path`, which the
        worker reads: the caller need not hold it); the Future always ends with an Invitation
        or `Unread`."""
        future: Future[EmailOutcome] = Future()
        job = EmailJob(raw, dict(domains), message_limits, None if path is None else str(path))
        with self._lock:
            if self._closed:
                raise PoolUnavailable(_CLOSED)
            self._jobs.put(_Queued(job, future))
        return future

    def failed_content(
        self, data: bytes, *, filename: str | None, kind: ErrorKind, sentence: str
    ) -> AttachmentContent:
        """The content the pool gives an attachment it could not finish (`Unread.at`'s)."""
        return self._failed(Job(data, filename, None, 1), kind, sentence)

    def worker_pids(self) -> tuple[int, ...]:
        """The process ids of the live workers (for monitoring and for tests)."""
        with self._lock:
            return tuple(w.pid for w in self._workers.values() if w.pid is not None)

    def close(self) -> None:
        """Stop: queued jobs end as errors, running workers are killed. Idempotent."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            workers = list(self._workers.values())
        _drain(self._jobs)
        for _ in self._threads:
            self._jobs.put(None)
        for worker in workers:
            worker.kill_process()
        for thread in self._threads:
            thread.join(timeout=10)

    def _serve(self, slot: int) -> None:
        """The supervising loop of one worker: one job at a time, in queue order.

        Every Future taken from the queue is completed, whatever happens, so a caller
        waiting on it never hangs.
        """
        self._replace_worker(slot)
        while (item := self._jobs.get()) is not None:
            if not item.future.set_running_or_notify_cancel():
                continue
            content: AttachmentContent | EmailOutcome | None
            try:
                if isinstance(item.job, EmailJob):
                    content = self._run_email(slot, item.job)
                else:
                    content = self._run(slot, item.job)
            except PoolUnavailable as exc:
                item.future.set_exception(exc)
                content = None
            except Exception as exc:  # the last guard: a bug here must not lose the job
                sentence = f"the parse pool failed ({type(exc).__name__})"
                content = (
                    Unread()
                    if isinstance(item.job, EmailJob)
                    else failed(_UNKNOWN, ErrorKind.PARSER_ERROR, sentence)
                )
            if content is not None:
                item.future.set_result(content)
            worker = self._workers.get(slot)
            if worker is None or not worker.healthy:
                self._replace_worker(slot)
        self._retire(slot)

    def _run(self, slot: int, job: Job) -> AttachmentContent:
        worker = self._workers.get(slot)
        if worker is None or not worker.idle_and_alive():
            worker = self._replace_worker(slot)  # it died while idle (the OOM killer, a kill)
        if worker is None:
            raise PoolUnavailable(_CLOSED if self._closed else "the parser process could not start")
        try:
            worker.conn.send(job)
            for _ in range(_MAX_STEPS + 1):  # each file of a container announces itself
                if not worker.conn.poll(self._limits.timeout_s):
                    worker.kill_process()
                    return self._failed(job, ErrorKind.TIMEOUT, self._gave_up())
                answer = worker.conn.recv_bytes(_MAX_ANSWER_BYTES)
                if not answer.startswith(STEP):
                    break
            else:
                worker.kill_process()
                return self._failed(job, ErrorKind.PARSER_ERROR, _ENDLESS)
        except (EOFError, OSError):
            worker.kill_process()
            return self._failed(job, *_death(worker.reap(), self._limits))
        try:
            content = decode_content(answer)
        except ValueError:  # also json's and ErrorKind's errors: a worker not to be trusted
            worker.kill_process()
            sentence = "the parser process gave an answer that could not be read"
            return self._failed(job, ErrorKind.PARSER_ERROR, sentence)
        worker.jobs += 1
        if ran_out_of_memory(content) or worker.jobs >= _JOBS_PER_WORKER:
            worker.kill_process()  # a worker that ran out of memory may be in a bad state
        return content

    def _run_email(self, slot: int, job: EmailJob) -> EmailOutcome:
        """One whole email: each step the worker announces gets `timeout_s` (see
        `parsers.sandbox_email`); anything but a clean Invitation is `Unread`."""
        worker = self._workers.get(slot)
        if worker is None or not worker.idle_and_alive():
            worker = self._replace_worker(slot)
        if worker is None:
            return Unread()
        step = Step(None)
        steps = 0
        try:
            worker.conn.send(job)
            while True:
                steps += 1
                if steps > _email_steps(job.message_limits):
                    worker.kill_process()
                    return Unread()
                if not worker.conn.poll(self._limits.timeout_s):
                    worker.kill_process()
                    return Unread(step.attachment, ErrorKind.TIMEOUT, self._gave_up())
                frame = read_frame(worker.conn.recv_bytes(_MAX_ANSWER_BYTES))
                if not isinstance(frame, Step):
                    break
                step = frame
        except (EOFError, OSError):
            worker.kill_process()
            kind, sentence = _death(worker.reap(), self._limits)
            if kind is not ErrorKind.TIMEOUT:  # a crash: the daemon's way says which attachment
                return Unread()
            return Unread(step.attachment, kind, sentence)
        except ValueError:  # a worker not to be trusted: the daemon's way reads the email
            worker.kill_process()
            return Unread()
        if isinstance(frame, Unread):
            worker.kill_process()  # it stops after a REDO, as after a MEMORY job
            return frame
        worker.jobs += max(1, len(frame.attachments))
        if worker.jobs >= _JOBS_PER_WORKER:
            worker.kill_process()
        return frame

    def _gave_up(self) -> str:
        return f"gave up after {self._limits.timeout_s:g} s"

    def _failed(self, job: Job, kind: ErrorKind, sentence: str) -> AttachmentContent:
        """The error for a job the worker could not finish, with the sniffed media type."""
        if self._closed:  # killed by close(), not by the attachment
            raise PoolUnavailable(_CLOSED)
        try:
            media_type = sniff_media_type(job.data, filename=job.filename)
        except Exception:  # sniffing does not raise; this guard keeps the promise if it did
            media_type = _UNKNOWN
        return failed(media_type, kind, sentence)

    def _replace_worker(self, slot: int) -> _Worker | None:
        """Retire this slot's worker and start a fresh one, unless the pool is closed.

        The fork server's first start takes a second: the lock is not held meanwhile, so
        `submit()` never waits for it.
        """
        self._retire(slot)
        if self._closed:
            return None
        try:
            worker = _Worker(self._context, limits=self._limits, hook=self._hook)
        except Exception:  # cannot fork: the job is told so, the next one tries again
            return None
        with self._lock:
            if not self._closed:
                self._workers[slot] = worker
        if not self._closed and worker.wait_ready(_START_TIMEOUT_S):
            return worker
        self._retire(slot)
        worker.kill_process()
        worker.reap()
        return None

    def _retire(self, slot: int) -> None:
        with self._lock:
            worker = self._workers.pop(slot, None)
        if worker is not None:
            worker.kill_process()
            worker.reap()


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, context: ForkServerContext, *, limits: Limits, hook: tuple[str, ...]):
        self.conn, child = context.Pipe(duplex=True)
        self.process: BaseProcess = WorkerProcess(
            target=worker_main, args=(child, limits, hook), name="cpc-parse-worker", daemon=True
        )
        self.process.start()
        child.close()  # so that the worker's death reads as EOF here
        self.pid = self.process.pid
        self.jobs = 0
        self.killed = False

    @property
    def healthy(self) -> bool:
        return not self.killed and not self.conn.closed and self.process.is_alive()

    def idle_and_alive(self) -> bool:
        """An idle worker has nothing to say: anything readable now is its EOF."""
        try:
            return self.healthy and not self.conn.poll(0)
        except (EOFError, OSError):
            return False

    def wait_ready(self, timeout_s: float) -> bool:
        try:
            return bool(self.conn.poll(timeout_s)) and self.conn.recv_bytes(64) == READY
        except (EOFError, OSError):
            return False

    def kill_process(self) -> None:
        """SIGKILL the worker; safe from any thread, the supervisor reaps it."""
        self.killed = True
        with contextlib.suppress(OSError, ValueError, AttributeError):  # gone, or never started
            self.process.kill()

    def reap(self) -> int | None:
        """Wait for the dead worker, close the pipe, and return its exit code."""
        self.process.join(timeout=5)
        if self.process.exitcode is None:
            self.kill_process()
            self.process.join(timeout=5)
        if not self.conn.closed:
            self.conn.close()
        return self.process.exitcode


def _email_steps(limits: MessageLimits) -> int:
    """The most frames a worker reading a whole email may send: the MIME, each attachment and
    each file read out of it, the fields, and the Invitation; past it the worker is not trusted
    (the email is read the daemon's way)."""
    return 3 + limits.max_attachments * (1 + MAX_FILES)


def _death(exitcode: int | None, limits: Limits) -> tuple[ErrorKind, str]:
    """Why a worker died, from its exit code: the CPU limit's SIGXCPU is a timeout."""
    if exitcode == -signal.SIGXCPU:
        return ErrorKind.TIMEOUT, f"gave up after {limits.timeout_s:g} s of processor time"
    return ErrorKind.PARSER_ERROR, "the parser process died"


def _drain(jobs: queue.SimpleQueue[_Queued | None]) -> None:
    while True:
        try:
            item = jobs.get_nowait()
        except queue.Empty:
            return
        if item is not None and item.future.set_running_or_notify_cancel():
            if isinstance(item.job, EmailJob):
                item.future.set_result(Unread())  # read again the daemon's way: submit() says
            else:
                item.future.set_exception(PoolUnavailable(_CLOSED))
