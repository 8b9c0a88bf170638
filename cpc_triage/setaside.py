"""What the pipeline does with a message it cannot finish: set aside, or retried (issue 15).

Two different failures, two different answers:

- **The message's fault** (it broke a structure bound, or went over its time or memory budget
  or crashed the daemon's process — `cpc_triage.witness` — `MAX_STRIKES` times in all): it can
  never become an ordinary task, so it becomes a `manual_review` task "could not be
  processed", its raw bytes kept in the vault, the reason in plain words.
- **Not the message's fault** (the database locked, read-only, full or unreachable; the vault's
  disk failing; the parse workers could not start or their pool closed): `TransientFault`.
  The message stays at its source and is retried with back-off until it is filed; it is
  never parked (paperless-ngx's FAILED-and-forgotten is the flaw).

The test hook: when `CPC_TEST_PIPELINE_HOOK` lists actions, a message carrying the header line
`X-CPC-Test-Hook: <action>` runs that action in the daemon's own process where the parse
would start — `spin` loops in Python, `sleep` blocks in C for an hour, `alloc` allocates until
stopped, `segv` reads address 0 (a segmentation fault in that thread, as from a broken C
extension). Without the variable the hook is inert (the daemon's tests prove the budget with
it).
"""

from __future__ import annotations

import ctypes
import os
import re
import time
from datetime import date

from cpc_triage.errors import AppError
from parsers.records import Invitation
from triage.records import Deadlines, Decision, Suggestion, TriageResult

#: Budget overruns and crashes the message caused that set it aside (RELIABILITY.md R6:
#: retried at most 3 times).
MAX_STRIKES = 3
#: Attempts that counted (a death from outside or a transient fault gives its attempt back,
#: `cpc_triage.witness`): the last guard, for a daemon wired without a witness.
MAX_ATTEMPTS = 10
HOOK_ENV = "CPC_TEST_PIPELINE_HOOK"
_HOOK = re.compile(rb"^X-CPC-Test-Hook: (\w+)\r?$", re.MULTILINE)

_WORDS = {
    "timeout": "it went over its processing time {times}",
    "memory": "it went over its memory budget {times}",
    "crash": "it crashed the daemon's process {times}",
}


class TransientFault(AppError):
    """Not the message's fault: leave it at the source and try again later (`kind` says why)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


#: What the database driver says (its own words, never the message's) when the fault clears by
#: itself: SQLite locked, read-only or full; PostgreSQL unreachable, restarting or out of space.
_TRANSIENT_WORDS = (
    "locked", "readonly", "read-only", "read only", "full", "unable to open", "connect",
    "connection", "server closed", "terminating", "shutting down", "timeout", "timed out",
    "no space", "starting up", "recovery",
)  # fmt: skip


def is_transient(exc: BaseException) -> bool:
    """A fault that clears by itself: the database or the disk, not the message.

    A driver error that says otherwise (SQLite's "disk I/O error" on one message's page, a
    constraint) is not retried for ever: the message goes the manual_review way, and only if
    even that cannot be filed, to the failed folder."""
    # asked only by the daemon, which has SQLAlchemy loaded; the `triage` command, which
    # imports this module for its words, opens no database (issue 11: its start-up)
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    if isinstance(exc, OSError | InterfaceError | PoolTimeout):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, OperationalError):
        said = str(exc.orig).lower()
        return any(words in said for words in _TRANSIENT_WORDS)
    return False


def strike_words(kind: str, strikes: int) -> str:
    times = "once" if strikes == 1 else f"{strikes} times"
    word = "crash" if kind.startswith("crash:") else kind.split(":")[-1]
    return _WORDS.get(word, "it could not be read ({kind})").format(times=times, kind=kind)


def could_not_be_processed(invitation: Invitation, *, words: str, day: date | None) -> TriageResult:
    """The set-aside task's result: a person reads the raw bytes kept in the vault."""
    return person_reads(
        invitation,
        reason=f"The message could not be processed: {words}. Its raw bytes are kept; "
        "read the original and decide.",
        rule="pipeline.could_not_be_processed",
        day=day,
    )


def person_reads(
    invitation: Invitation, *, reason: str, rule: str, day: date | None
) -> TriageResult:
    """A `manual_review` result with one reason and nothing read into it: every step that gives
    a message up (set aside, a failed step) files this, so a person always sees it."""
    return TriageResult(
        invitation=invitation,
        district=invitation.fields.district,
        criteria=(),
        mentions=(),
        decision=Decision(
            suggested=Suggestion.MANUAL_REVIEW, reasons=(reason,), confidence=0.0, rule=rule
        ),
        deadlines=Deadlines(report_due=None, notice_working_days=None, notice_ok=None),
        flags=(),
        received_on=day,
        policy_name="none",
    )


def test_hook(raw: bytes) -> None:
    """Run the action a test message asks for (see the module's docstring); inert by default."""
    allowed = os.environ.get(HOOK_ENV)
    if not allowed:
        return
    match = _HOOK.search(raw[:4096])
    if match is None or match.group(1).decode() not in allowed.split(","):
        return
    action = match.group(1)
    if action == b"spin":
        while True:
            pass
    if action == b"sleep":
        time.sleep(3600)
    if action == b"segv":
        ctypes.string_at(0)
    if action == b"alloc":
        hoard = []
        while True:
            hoard.append(bytearray(8 * 2**20))
