"""Inside a parse worker: confine the process, read jobs, answer in a plain format.

The other half of `parsers.sandbox` (which draws the picture). A worker is started by the fork
server, confines itself (`_confine`), imports the readers, then reads one job at a time from
its pipe: a `Job` (one attachment) is answered with `encode_content`; an `EmailJob` (a whole
email, the batch's way: `parsers.sandbox_email`) with a `STEP` frame as each step starts — the
MIME, each attachment in turn, the fields — and then the Invitation (`INVITATION` +
`parsers.records_codec`), or `REDO` when the email should be read the daemon's way instead.
Every step gets the same CPU budget that a single attachment gets.

The answer is JSON, never a pickle: the worker is where hostile files are opened, so a worker
taken over by one (CVE-2025-64512 was code execution in pdfminer) must not be able to run code
in the daemon by sending it a crafted pickle. `decode_content` checks every field's type.

Test hook (see `parsers.sandbox`): a job whose bytes are exactly `CPC-TEST-HOOK:<action>` runs
the action instead of a parser, only when the pool enabled that action.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import logging
import math
import multiprocessing.forkserver
import os
import resource
import signal
import time
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from parsers.attachment import AttachmentContent, Limits, Member, failed, read_attachment
from parsers.message import MessageLimits, assemble, open_message
from parsers.records import ErrorKind, Page
from parsers.records_codec import encode_invitation
from parsers.unpack import Spend, Unpacking
from parsers.worker_costs import debug_unasked, fewer_young_collections

HOOK_PREFIX = b"CPC-TEST-HOOK:"
READY = b"ready"
#: The first byte of each frame a worker sends for an `EmailJob`.
STEP = b"s"  # + the step starting: b"0" the MIME, b"<n>" attachment n, b"f" the fields
INVITATION = b"i"  # + the Invitation as JSON: the last frame
REDO = b"r"  # the last frame: read this email the daemon's way (an attachment ran out of memory…)
MIME_STEP = 0
FIELDS_STEP = b"f"
#: Imported once in the fork server so that workers start warm; a missing one is skipped.
#: What reads a scan — numpy (`parsers.ocr`, `parsers.scan_boxes`) and pypdfium2 (the page
#: renderer) — is not: a worker imports it at its first scan (about 0.1 s, once per worker).
#: Everything here is resident in the fork server and again in each worker's resident memory,
#: and the text-layer PDFs and Word files most mail carries never use them (21 MB in each of
#: the three processes). python-docx was listed and no reader uses it (`parsers.docx` reads
#: the package's XML with lxml). openpyxl is left to a worker's first workbook: it imports
#: numpy when it can, and workbooks are rare.
PRELOAD = [
    "parsers.attachment",
    "parsers.pdf",
    "parsers.docx",
    "parsers.odt",
    "parsers.xlsx",
    "parsers.ods",
    "parsers.rtf",
    "parsers.html_text",
    "pdfplumber",
    "pypdf",
    "lxml.etree",
    "lxml.html",  # `parsers.html_text` imports it where it reads HTML
    "parsers.preloaded_tables",  # built here, not by each worker (that module says why)
]
_UNKNOWN = "application/octet-stream"
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


@dataclass(frozen=True, slots=True)
class Job:
    """One attachment to read; sent from the daemon to the worker (the trusted direction)."""

    data: bytes
    filename: str | None
    declared_type: str | None
    index: int


@dataclass(frozen=True, slots=True)
class EmailJob:
    """One whole email to read (the trusted direction, as `Job`)."""

    raw: bytes
    domains: Mapping[str, str]
    message_limits: MessageLimits
    #: The file holding the email, read here instead of `raw` (the daemon's drop folder).
    path: str | None = None


def encode_content(content: AttachmentContent) -> bytes:
    """The worker's answer as JSON bytes."""
    return json.dumps(_content_object(content), ensure_ascii=False).encode("utf-8")


def _content_object(content: AttachmentContent) -> dict[str, Any]:
    return {
        "media_type": content.media_type,
        "pages": [
            {
                "location": p.location,
                "lines": list(p.lines),
                "number": p.number,
                "ocr": p.ocr,
                "paragraphs": p.paragraphs,
            }
            for p in content.pages
        ],
        "error": content.error,
        "error_kind": None if content.error_kind is None else content.error_kind.value,
        "ocr_used": content.ocr_used,
        "encrypted": content.encrypted,
        "members": [
            {
                "path": m.path,
                "size": m.size,
                "sha256": m.sha256,
                "body": m.body,
                "forwarded": m.forwarded,
                "content": _content_object(m.content),
            }
            for m in content.members
        ],
    }


def decode_content(raw: bytes) -> AttachmentContent:
    """A worker's answer, checked field by field; `ValueError` when it is not well formed."""
    return _content(json.loads(raw), members_allowed=True)


def _content(answer: object, *, members_allowed: bool) -> AttachmentContent:
    """One content object; a member's own `members` must be empty (the list is flat)."""
    if not isinstance(answer, dict):
        raise ValueError("the answer is not an object")
    pages = answer.get("pages")
    if not isinstance(pages, list):
        raise ValueError("pages is not a list")
    members = answer.get("members", [])
    if not isinstance(members, list) or (members and not members_allowed):
        raise ValueError("members is not a flat list")
    kind = _typed(answer, "error_kind", str, optional=True)
    return AttachmentContent(
        media_type=_typed(answer, "media_type", str),
        pages=tuple(_page(page) for page in pages),
        error=_typed(answer, "error", str, optional=True),
        error_kind=None if kind is None else ErrorKind(kind),
        ocr_used=_typed(answer, "ocr_used", bool),
        encrypted=_typed(answer, "encrypted", bool),
        members=tuple(_member(member) for member in members),
    )


def _member(member: object) -> Member:
    if not isinstance(member, dict):
        raise ValueError("a member is not an object")
    size = member.get("size")
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise ValueError("a member's size is not a count of bytes")
    return Member(
        path=_typed(member, "path", str),
        size=size,
        sha256=_typed(member, "sha256", str),
        content=_content(member.get("content"), members_allowed=False),
        body=_typed(member, "body", bool),
        forwarded=_typed(member, "forwarded", bool),
    )


def _page(page: object) -> Page:
    if not isinstance(page, dict):
        raise ValueError("a page is not an object")
    lines = page.get("lines")
    if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
        raise ValueError("a page's lines are not strings")
    number = page.get("number")
    if number is not None and (isinstance(number, bool) or not isinstance(number, int)):
        raise ValueError("a page number is not an integer")
    return Page(
        location=_typed(page, "location", str), lines=tuple(lines), number=number,
        ocr=_typed(page, "ocr", bool), paragraphs=_typed(page, "paragraphs", bool),
    )  # fmt: skip


def _typed(obj: dict[str, Any], key: str, kind: type, *, optional: bool = False) -> Any:
    value = obj.get(key)
    if (value is None and optional) or isinstance(value, kind):
        return value
    raise ValueError(f"{key} is not a {kind.__name__}")


def worker_main(conn: Connection, limits: Limits, hook: tuple[str, ...]) -> None:
    """Confine this process, import the parsers, then read jobs until told to stop."""
    _confine(limits)
    if "no_start" in hook:  # the test hook: a worker that dies before it is ready
        os._exit(1)
    _warm_up()
    debug_unasked()
    # What the fork server imported (about 50,000 tracked objects) lives as long as this
    # worker: frozen, no full collection walks it again (with the old given-name dictionaries
    # those collections were a seventh of a worker's time over 200 emails; cpc_triage.heap
    # says more). O(1): it touches no object, so no page shared with the fork server is copied.
    gc.freeze()
    fewer_young_collections()
    conn.send_bytes(READY)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if isinstance(job, EmailJob):
            if not _read_email(conn, job, limits=limits, hook=hook):
                return
            continue
        if not isinstance(job, Job):
            return
        _set_cpu_budget(limits.timeout_s)
        content = _read(job, limits=limits, hook=hook, step=_stepper(conn, job.index, limits))
        conn.send_bytes(encode_content(content))
        if ran_out_of_memory(content):
            return


def _read_email(conn: Connection, job: EmailJob, *, limits: Limits, hook: tuple[str, ...]) -> bool:
    """Read a whole email, announcing each step; False when this worker must stop after it.

    An attachment that ran out of memory, or any failure outside the readers' own boundary,
    answers `REDO`: the email is then read the daemon's way, one attachment per job, so that
    its result is exactly the one that way gives. Such a worker stops, as after a MEMORY job.
    """
    try:
        _step(conn, str(MIME_STEP).encode(), limits)
        raw = job.raw if job.path is None else Path(job.path).read_bytes()
        opened = open_message(raw, message_limits=job.message_limits)
        del raw
        contents = opened.refused
        if contents is None:
            contents = []
            for index, part in enumerate(opened.parts, start=1):
                _step(conn, str(index).encode(), limits)
                one = Job(part.data, part.filename, part.declared_type, index)
                content = _read(one, limits=limits, hook=hook, step=_stepper(conn, index, limits))
                if ran_out_of_memory(content):
                    conn.send_bytes(REDO)
                    return False
                contents.append(content)
        _step(conn, FIELDS_STEP, limits)
        answer = encode_invitation(assemble(opened, contents, domains=job.domains))
    except Exception:  # MemoryError too: the daemon's way reads it and says what happened
        conn.send_bytes(REDO)
        return False
    conn.send_bytes(INVITATION + answer)
    return True


def _step(conn: Connection, step: bytes, limits: Limits) -> None:
    """Tell the supervisor a step starts (its wall-clock limit restarts); renew the CPU budget."""
    _set_cpu_budget(limits.timeout_s)
    conn.send_bytes(STEP + step)


def _stepper(conn: Connection, index: int, limits: Limits) -> Callable[[], None]:
    """Each file read out of attachment `index` (`parsers.unpack`) is a step of its own: it
    gets the time and CPU an attachment gets (at most `unpack.MAX_FILES` such steps a job)."""
    return lambda: _step(conn, str(index).encode(), limits)


def ran_out_of_memory(content: AttachmentContent) -> bool:
    """The attachment, or a file read out of it, hit the memory limit: the worker may be in a
    bad state and is replaced after this job."""
    return any(
        c.error_kind is ErrorKind.MEMORY for c in (content, *(m.content for m in content.members))
    )


def _confine(limits: Limits) -> None:
    """Address space, no core files (they would hold case data), no output, quiet on Ctrl-C."""
    size = limits.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (size, size))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ["OMP_THREAD_LIMIT"] = "1"  # tesseract: one thread, the machine is shared
    _silence()
    _die_with_parent()


def _silence() -> None:
    """Write nothing: pdfminer's and pypdf's warnings quote objects from the document (a field
    value, a font name), and the worker's output would reach the daemon's journal (S8)."""
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)


def _die_with_parent() -> None:
    """SIGKILL this worker when the fork server (its parent) exits, as it does when the
    daemon dies: a worker stuck in a parser must not outlive a `kill -9` of the daemon
    (RELIABILITY.md R1). Linux `prctl(PR_SET_PDEATHSIG)`; elsewhere the CPU limit still ends it.

    The fork server exits when every copy of its "alive" pipe's write end is closed, and
    CPython hands each forked child a copy (`multiprocessing.forkserver._serve_one`), so a
    busy worker would keep the server, and so itself, alive: drop this worker's copy.
    """
    server = getattr(multiprocessing.forkserver, "_forkserver", None)
    alive_fd = getattr(server, "_forkserver_alive_fd", None)
    if isinstance(alive_fd, int):
        with contextlib.suppress(OSError):
            os.close(alive_fd)
        setattr(server, "_forkserver_alive_fd", None)  # noqa: B010 -- a private attribute
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return


def _set_cpu_budget(timeout_s: float) -> None:
    """RLIMIT_CPU counts a process's whole life: allow this job `timeout_s` more, plus 1 s.

    The supervisor's wall-clock timeout normally fires first; this is the backstop that
    stops a spinning worker even if its supervisor is stuck (RELIABILITY.md S1: ≤ 30 s CPU).
    """
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = math.ceil(usage.ru_utime + usage.ru_stime + timeout_s) + 1
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _warm_up() -> None:
    """Import the readers now, so the first job does not pay for it (no-op when preloaded)."""
    import importlib

    for module in PRELOAD:
        try:
            importlib.import_module(module)
        except ImportError:
            continue


def _read(
    job: Job, *, limits: Limits, hook: tuple[str, ...], step: Callable[[], None]
) -> AttachmentContent:
    if hook and job.data.startswith(HOOK_PREFIX):
        action = job.data[len(HOOK_PREFIX) :].decode("ascii", "replace")
        if action in hook:
            return _run_hook(action, limits=limits, step=step)
    return read_attachment(
        job.data,
        filename=job.filename,
        declared_type=job.declared_type,
        limits=limits,
        index=job.index,
        unpacking=Unpacking(spend=Spend(on_member=step)),
    )


def _run_hook(action: str, *, limits: Limits, step: Callable[[], None]) -> AttachmentContent:
    """Test-only misbehaviour (see the module docstring); inert unless the pool enabled it."""
    if action == "sleep":
        time.sleep(3600)
    if action == "slow_files":  # three files read out of a container, each 0.6 of the limit
        for _ in range(3):
            step()
            time.sleep(limits.timeout_s * 0.6)
        return AttachmentContent(_UNKNOWN, (Page("slow", ("read",)),), None, None, False, False)
    if action == "endless_files":  # a worker that announces file after file and never answers
        while True:
            step()
            time.sleep(0.001)
    if action == "alloc":
        hoard: list[bytearray] = []
        try:
            while True:
                hoard.append(bytearray(16 * 1024 * 1024))
        except MemoryError:
            hoard.clear()
            return failed(
                _UNKNOWN,
                ErrorKind.MEMORY,
                f"reading it exceeded the {limits.memory_mb} MB memory limit",
            )
    return failed(_UNKNOWN, ErrorKind.PARSER_ERROR, f"unknown test hook {action}")
