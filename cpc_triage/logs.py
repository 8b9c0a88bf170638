"""Logging: structlog JSON lines on stdout (journald keeps them under systemd).

Events carry references — a ledger ref (`dropfolder:default#42`), a task id, a hash prefix, an
error *kind* — never a subject, a name, a date of birth or an allegation (STYLE.md habit 10,
RELIABILITY.md S8). So nothing here renders exception text or tracebacks: an exception's
message can quote the input. Library loggers (APScheduler) go through the same JSON renderer
with their tracebacks reduced to the exception's type.

Where the lines go decides their form: to journald (systemd sets `$JOURNAL_STREAM` to the
device and inode of the stream it reads) each JSON line starts with its syslog priority, `<3>`
error, `<4>` warning, `<6>` info, `<7>` debug (sd-daemon(3)), so `journalctl -p warning` shows
warnings and worse; to a terminal, a line a person reads; anywhere else, plain JSON lines.
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
from collections.abc import MutableMapping
from datetime import UTC, datetime
from typing import Any, TextIO

import structlog

_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}


_PRIORITY = {"debug": 7, "info": 6, "warning": 4, "warn": 4, "error": 3, "critical": 2}


def to_journald(stream: TextIO) -> bool:
    """True when `stream` is the one journald reads ($JOURNAL_STREAM is "device:inode")."""
    expected = os.environ.get("JOURNAL_STREAM", "")
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return False
    return bool(expected) and expected == f"{info.st_dev}:{info.st_ino}"


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (ValueError, io.UnsupportedOperation):
        return False


class _Line:
    """The last structlog processor: the event dict as the stream's reader wants it."""

    def __init__(self, *, journald: bool, terminal: bool) -> None:
        self._journald = journald
        self._terminal = terminal

    def __call__(self, _logger: object, _name: str, event: MutableMapping[str, Any]) -> str:
        return render(dict(event), journald=self._journald, terminal=self._terminal)


def render(event: dict[str, Any], *, journald: bool, terminal: bool) -> str:
    level = str(event.get("level", "info"))
    if terminal and not journald:
        rest = " ".join(
            f"{k}={v}" for k, v in event.items() if k not in ("timestamp", "level", "event")
        )
        when = str(event.get("timestamp", ""))[:19].replace("T", " ")
        return f"{when} {level.upper():7} {event.get('event', '')} {rest}".rstrip()
    line = json.dumps(event, default=str)
    return f"<{_PRIORITY.get(level, 6)}>{line}" if journald else line


class _JsonNoContent(logging.Formatter):
    """Stdlib records as JSON; an exception shows as its type only, never its text."""

    def __init__(self, *, journald: bool = False, terminal: bool = False) -> None:
        super().__init__()
        self._journald = journald
        self._terminal = terminal

    def format(self, record: logging.LogRecord) -> str:
        document: dict[str, Any] = {
            "timestamp": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage() if record.name.startswith("apscheduler") else record.msg,
        }
        if record.exc_info and record.exc_info[0] is not None:
            document["error"] = record.exc_info[0].__name__
        return render(document, journald=self._journald, terminal=self._terminal)


def configure_logging(level: str = "info", *, stream: TextIO | None = None) -> None:
    """Route structlog and the standard library's logging to `stream`, in its reader's form."""
    out = stream or sys.stdout
    numeric = _LEVELS[level]
    journald, terminal = to_journald(out), _is_terminal(out)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _Line(journald=journald, terminal=terminal),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(file=out),
        cache_logger_on_first_use=False,
    )
    handler = logging.StreamHandler(out)
    handler.setFormatter(_JsonNoContent(journald=journald, terminal=terminal))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(max(numeric, logging.WARNING))
    # "skipped: maximum number of running instances reached" is how a long poll looks to
    # APScheduler: expected, not a warning worth a journal line every poll interval.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    # uvicorn's own handlers print tracebacks; without them its records reach the handler above.
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True


def get_logger(**context: object) -> Any:
    return structlog.get_logger("cpc-triage").bind(**context)
