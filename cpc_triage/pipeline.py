"""`process_one()`: one message from its source to a committed task, then done at the source.

DESIGN.md "The way data flows", one message per call (STYLE.md habit 6, healthchecks'
`process_one_flip`):

    fetch → vault.store + ledger received (commit) → parse → triage → plan_filing →
    store.apply + ledger filed (ONE commit) → source.mark_done → ledger done

At-least-once with an idempotent key: a crash at any point leaves the message at the source and
the ledger in a state the next call carries on from, and `filed_messages` (tasks) plus the
ledger key (source identity + SHA-256) make a second filing impossible. A failure while parsing
or triaging files a `manual_review` task that names the stage and the exception type — never
the exception's text, which may quote the message — and the loop goes on. Only when even that
task cannot be committed is the message parked in the source's failed place.

Crash points (`intake.crashpoints`, RELIABILITY.md R2) mark every step for the tests.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Engine

from cpc_triage.budget import BudgetExceeded, MessageBudget, restart
from cpc_triage.reader import day_received
from cpc_triage.setaside import (
    MAX_ATTEMPTS,
    MAX_STRIKES,
    TransientFault,
    could_not_be_processed,
    is_transient,
    person_reads,
    strike_words,
    test_hook,
)
from intake import ledger
from intake.crashpoints import crash_point
from intake.keys import KeyRing
from intake.ports import EventLog
from intake.rawmessage import RawMessage
from intake.sources import Fetched, Source, SourceRef
from intake.vault import Vault
from parsers.bounds import MAX_HEADER_BYTES, check_structure, header_section
from parsers.errors import PoolUnavailable
from parsers.records import LONDON, BookingFields, Invitation, MessageInfo
from tasks.build import district_of
from tasks.filing import plan_filing
from tasks.records import MessageKey
from tasks.store import ConcurrentChange, DuplicateFiling, Filed, TaskStore
from triage.records import TriageResult

if TYPE_CHECKING:
    from cpc_triage.witness import Witness

FILING_RETRIES = 3

TriageFn = Callable[[Invitation, date | None], TriageResult]


class Reader(Protocol):
    """Reads and triages one message (`cpc_triage.reader.MessageReader`, built from Settings)."""

    def read(self, raw: bytes | RawMessage, *, source: str | None = None) -> Invitation: ...

    def triage(self, invitation: Invitation, day: date | None) -> TriageResult: ...


@dataclass(frozen=True, slots=True)
class Parts:
    """What one message needs, wired once by `cpc_triage.bootstrap`."""

    engine: Engine
    keyring: KeyRing
    vault: Vault
    store: TaskStore
    reader: Reader
    log: EventLog
    budget: MessageBudget = field(default_factory=MessageBudget)
    #: Called when a message is stuck past its budget in C code: the strike is already
    #: committed; the default restarts the process in place (`cpc_triage.budget.restart`).
    on_stuck: Callable[[], None] = restart
    #: Leaves the evidence that tells a crash the message caused from a kill from outside
    #: (`cpc_triage.witness`); None: every attempt counts (tests that wire no state directory).
    witness: Witness | None = None


def process_one(parts: Parts, source: Source) -> bool:
    """Process the next message of `source`; False when none was waiting.

    Raises `TransientFault` when the database or the vault failed for a reason that is not the
    message's: it stays at the source, and the caller retries with back-off.
    """
    fetched = source.fetch_next()
    if fetched is None:
        return False
    crash_point("after_fetch")
    try:
        return _process(parts, source, fetched)
    except TransientFault as fault:
        parts.log.warning("transient_fault", ref=fetched.ref.source, error=fault.kind)
        _release(source, fetched)
        raise
    except Exception as exc:
        if is_transient(exc):
            parts.log.warning("transient_fault", ref=fetched.ref.source, error=type(exc).__name__)
            _release(source, fetched)
            raise TransientFault(type(exc).__name__) from exc
        raise


def _release(source: Source, fetched: Fetched) -> None:
    """Offer the message again after a transient fault: a mailbox source would otherwise hold
    it as in flight until the process restarts (the drop folder offers working/ first anyway)."""
    release = getattr(source, "release", None)
    if release is not None:
        release(fetched)


def _process(parts: Parts, source: Source, fetched: Fetched) -> bool:
    entry = _received(parts, fetched)
    if entry.state is ledger.State.FILED or entry.state is ledger.State.DONE:
        finish(parts, source, entry)  # filed before a crash: only the source is left to tell
        return True
    if _defer(parts, source, fetched, entry):
        return True
    with _reading(parts, entry.id):  # the witness first: a kill in between gives it back
        attempts = _count_attempt(parts, entry)  # committed before the attempt starts
        try:
            result = _result(parts, fetched.message, entry, attempts=attempts)
            if result is None:  # over its budget, not yet set aside: the others go first
                defer = getattr(source, "defer", None)
                if defer is not None:
                    defer(fetched.ref)
                return True
            filed = _file(parts, entry, result)
        except Exception as exc:
            if isinstance(exc, TransientFault) or is_transient(exc):
                _refund(parts, entry)
            raise
    if filed is None:
        _park_failed(parts, source, entry)
        return True
    crash_point("after_task_commit")
    parts.log.info(
        "message_filed",
        ref=entry.ref,
        task_id=filed.task_id,
        occurrence_id=filed.occurrence_id,
        action=filed.action,
        suggested=result.decision.suggested.value,
    )
    finish(parts, source, entry)
    return True


def finish(parts: Parts, source: Source, entry: ledger.Entry) -> None:
    """Tell the source, then the ledger (a crash between the two: `mark_done` is idempotent)."""
    crash_point("before_mark_done")
    source.mark_done(SourceRef(entry.source, entry.source_id))
    crash_point("after_mark_done")
    with parts.engine.begin() as conn:
        ledger.mark_done(conn, entry.id)
    parts.log.info("message_done", ref=entry.ref)


def reconcile(parts: Parts, source: Source) -> int:
    """At start-up: finish messages whose task was committed but whose source was not told."""
    with parts.engine.connect() as conn:
        waiting = ledger.filed_not_done(conn, source=source.name)
    for entry in waiting:
        finish(parts, source, entry)
    return len(waiting)


def _received(parts: Parts, fetched: Fetched) -> ledger.Entry:
    """The ledger row for this message, vaulting the raw bytes first if it is new.

    Hashed and sealed a chunk at a time, the Message-ID read from the first bytes: a message
    in a file (the drop folder's) is never whole in this process here (issue 15 item 4)."""
    message = fetched.message
    sha256 = message.sha256()
    size = message.size
    ref = fetched.ref
    with parts.engine.begin() as conn, parts.keyring.using(conn):
        known = ledger.find(conn, source=ref.source, source_id=ref.source_id, sha256=sha256)
        if known is not None:
            return known
        stored = parts.vault.store(message)
        entry = ledger.record_received(
            conn,
            source=ref.source,
            source_id=ref.source_id,
            message_id_index=ledger.message_id_index(
                message_id_of(message.head(MAX_HEADER_BYTES)), index=parts.keyring.blind_index
            ),
            sha256=sha256,
            size=size,
            key_id=stored.key_id,
            vault_name=stored.name,
        )
    crash_point("after_ledger_insert")
    parts.log.info("message_received", ref=entry.ref, sha256=sha256[:16], size=size)
    return entry


def _reading(parts: Parts, entry_id: int) -> contextlib.AbstractContextManager[None]:
    if parts.witness is None:
        return contextlib.nullcontext()
    return parts.witness.reading(entry_id)


def _refund(parts: Parts, entry: ledger.Entry) -> None:
    """A transient fault is not the message's: its attempt does not count (issue 15 item 8)."""
    try:
        with parts.engine.begin() as conn:
            ledger.refund_attempt(conn, entry.id)
    except Exception as exc:  # the database is what failed: the attempt stays counted
        parts.log.warning("attempt_not_refunded", ref=entry.ref, error=type(exc).__name__)


def _count_attempt(parts: Parts, entry: ledger.Entry) -> int:
    with parts.engine.begin() as conn:
        return ledger.mark_attempt(conn, entry.id)


def _defer(parts: Parts, source: Source, fetched: Fetched, entry: ledger.Entry) -> bool:
    """A message that went over its budget waits its turn behind the others (back-off), unless
    nothing else is waiting (`Fetched.retry`) or the source cannot reorder."""
    defer = getattr(source, "defer", None)
    if entry.strikes == 0 or entry.error_at is None or fetched.retry or defer is None:
        return False
    due = entry.error_at.timestamp() + parts.budget.seconds * entry.strikes
    if datetime.now(UTC).timestamp() >= due:
        return False
    defer(fetched.ref)
    return True


def _result(
    parts: Parts, message: RawMessage, entry: ledger.Entry, *, attempts: int
) -> TriageResult | None:
    """Parse and triage under the message's budget; any failure becomes a manual_review result
    naming the stage. None: over its budget this time, to be tried again later."""
    today = datetime.now(LONDON).date()
    if entry.strikes >= MAX_STRIKES:
        words = strike_words(entry.error or "timeout", entry.strikes)
        return _set_aside(parts, entry, kind=entry.error or "budget", words=words, day=today)
    if attempts > MAX_ATTEMPTS:
        return _failure(entry, parts, stage="repeated_crash", error=None, day=today)
    with message.mapped() as scanned:  # a file is scanned on a memory map, a window at a time
        refusal = check_structure(scanned)  # before anything reads the headers (gh-136063)
    if refusal is not None:
        kind, words = f"structure:{refusal.kind}", refusal.words
        return _set_aside(parts, entry, kind=kind, words=words, day=today)
    try:
        with parts.budget.guard(on_stuck=lambda kind: _stuck(parts, entry, kind)):
            return _read_and_triage(parts, message, entry, today)
    except BudgetExceeded as exc:
        with parts.engine.begin() as conn:
            strikes = ledger.mark_strike(conn, entry.id, error=f"budget:{exc.kind}")
        parts.log.warning("message_over_budget", ref=entry.ref, kind=exc.kind, strikes=strikes)
        if strikes < MAX_STRIKES:
            return None
        words = strike_words(exc.kind, strikes)
        return _set_aside(parts, entry, kind=f"budget:{exc.kind}", words=words, day=today)


def _read_and_triage(
    parts: Parts, message: RawMessage, entry: ledger.Entry, today: date
) -> TriageResult:
    test_hook(message.head(4096))
    try:
        invitation = parts.reader.read(message, source=entry.source)
    except PoolUnavailable as exc:  # the parse workers, not the message: retried
        raise TransientFault("parse_pool") from exc
    except Exception as exc:
        return _failure(entry, parts, stage="parse", error=exc, day=today)
    day = day_received(invitation) or today  # the day received, else the day it is read
    try:
        return parts.reader.triage(invitation, day)
    except Exception as exc:
        return _failure(entry, parts, stage="triage", error=exc, day=day, invitation=invitation)


def _stuck(parts: Parts, entry: ledger.Entry, kind: str) -> None:
    """The message is over its budget and its thread does not come back (C code): count the
    strike durably, then start afresh (the next start sets it aside after MAX_STRIKES)."""
    try:
        with parts.engine.begin() as conn:
            strikes = ledger.mark_strike(conn, entry.id, error=f"budget:{kind}")
    except Exception as exc:  # the database failing too: restart anyway, nothing is lost
        parts.log.error("strike_not_recorded", ref=entry.ref, error=type(exc).__name__)
        strikes = -1
    parts.log.error("message_stuck_restarting", ref=entry.ref, kind=kind, strikes=strikes)
    parts.on_stuck()


def _set_aside(
    parts: Parts, entry: ledger.Entry, *, kind: str, words: str, day: date
) -> TriageResult:
    parts.log.warning("message_set_aside", ref=entry.ref, error=kind)
    with parts.engine.begin() as conn:
        ledger.record_error(conn, entry.id, error=kind)
    return could_not_be_processed(bare_invitation(), words=words, day=day)


def _failure(
    entry: ledger.Entry,
    parts: Parts,
    *,
    stage: str,
    error: Exception | None,
    day: date,
    invitation: Invitation | None = None,
) -> TriageResult:
    kind = f"{stage}:{type(error).__name__}" if error is not None else stage
    parts.log.warning("message_needs_a_person", ref=entry.ref, error=kind)
    with parts.engine.begin() as conn:
        ledger.record_error(conn, entry.id, error=kind)
    return manual_review_result(invitation or bare_invitation(), reason=kind, day=day)


def manual_review_result(invitation: Invitation, *, reason: str, day: date | None) -> TriageResult:
    """A result that sends the message to a person, saying which step failed and how."""
    return person_reads(
        invitation,
        reason=f"processing failed ({reason}): read the message and decide",
        rule="pipeline.processing_failed",
        day=day,
    )


def bare_invitation() -> Invitation:
    """An Invitation with nothing read from the message (parsing itself failed). No Message-ID
    either: the ledger keeps only its keyed hash, and the person reads the original anyway."""
    info = MessageInfo.unknown(None)
    return Invitation(message=info, body=(), attachments=(), fields=BookingFields())


def _file(parts: Parts, entry: ledger.Entry, result: TriageResult) -> Filed | None:
    """Commit the task and the ledger's `filed` together; fall back to a manual_review task.

    A transient fault (the database locked, read-only, full or gone; the disk) is raised, not
    fallen back from: the message is retried later, never parked for it (issue 15 item 6).
    """
    try:
        return _file_with_retries(parts, entry, result)
    except Exception as exc:
        if is_transient(exc):
            raise
        kind = f"filing:{type(exc).__name__}"
        parts.log.error("filing_failed", ref=entry.ref, error=kind)
    fallback = manual_review_result(result.invitation, reason=kind, day=result.received_on)
    try:
        return _file_with_retries(parts, entry, fallback)
    except Exception as exc:
        if is_transient(exc):
            raise
        parts.log.error("manual_review_filing_failed", ref=entry.ref, error=type(exc).__name__)
        return None


def _file_with_retries(parts: Parts, entry: ledger.Entry, result: TriageResult) -> Filed:
    for attempt in range(FILING_RETRIES):
        try:
            return _file_once(parts, entry, result)
        except (DuplicateFiling, ConcurrentChange):
            if attempt == FILING_RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def _file_once(parts: Parts, entry: ledger.Entry, result: TriageResult) -> Filed:
    key = MessageKey(entry.source, entry.source_id, entry.message_id_index, entry.sha256)
    fields = result.invitation.fields
    with parts.engine.begin() as conn, parts.keyring.using(conn):
        filed_keys = parts.store.filed_keys_for(key, connection=conn)
        existing = parts.store.occurrences_for_matching(
            district=district_of(result),
            local_reference=fields.local_reference,
            child_names=[child.name for child in fields.children],
            connection=conn,
        )
        plan = plan_filing(
            result, key=key, existing=existing, filed_keys=filed_keys, at=datetime.now(UTC)
        )
        filed = parts.store.apply(plan, connection=conn)
        ledger.mark_filed(conn, entry.id, occurrence_id=filed.occurrence_id, task_id=filed.task_id)
        crash_point("before_task_commit")
    return filed


def _park_failed(parts: Parts, source: Source, entry: ledger.Entry) -> None:
    source.mark_failed(SourceRef(entry.source, entry.source_id))
    with parts.engine.begin() as conn:
        ledger.mark_failed(conn, entry.id, error="filing:manual_review_failed")


def message_id_of(raw: bytes) -> str | None:
    """The Message-ID header alone, from the bounded header section (`header_section`): the
    whole message handed to the header parser cost 1.2 GB for one 150 MB header (issue 15)."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(header_section(raw))
        value = headers.get("Message-ID")
    except Exception:
        return None
    return str(value).strip() or None if value is not None else None
