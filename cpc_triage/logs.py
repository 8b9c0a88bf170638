"""Logging: structlog JSON lines on stdout (journald keeps them under systemd).

Events carry references — a ledger ref (`dropfolder:default#42`), a task id, a hash prefix, an
error *kind* — never a subject, a name, a date of birth or an allegation (STYLE.md habit 10,
RELIABILITY.md S8). So nothing here renders exception text or tracebacks: an exception's
message can quote the input. Library loggers (APScheduler) go through the same JSON renderer
with their tracebacks reduced to the exception's type.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

import structlog

_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}


class _JsonNoContent(logging.Formatter):
    """Stdlib records as JSON; an exception shows as its type only, never its text."""

    def format(self, record: logging.LogRecord) -> str:
        document: dict[str, Any] = {
            "timestamp": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage() if record.name.startswith("apscheduler") else record.msg,
        }
        if record.exc_info and record.exc_info[0] is not None:
            document["error"] = record.exc_info[0].__name__
        return json.dumps(document, default=str)


def configure_logging(level: str = "info", *, stream: TextIO | None = None) -> None:
    """Route structlog and the standard library's logging to JSON lines on `stream`."""
    out = stream or sys.stdout
    numeric = _LEVELS[level]
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(file=out),
        cache_logger_on_first_use=False,
    )
    handler = logging.StreamHandler(out)
    handler.setFormatter(_JsonNoContent())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(max(numeric, logging.WARNING))
    # "skipped: maximum number of running instances reached" is how a long poll looks to
    # APScheduler: expected, not a warning worth a journal line every poll interval.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)


def get_logger(**context: object) -> Any:
    return structlog.get_logger("cpc-triage").bind(**context)
