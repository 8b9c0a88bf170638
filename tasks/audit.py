"""The s.62 audit log: who collected, altered, consulted, disclosed, combined or erased what, when.

Data Protection Act 2018 s.62 (DOMAIN.md §2.6) asks for logs of those six operations, with the
date and time, the person, and for disclosures the recipients; the justification is recorded
whichever version of s.62 is in force (DUAA 2025 s.82 may have removed the duty). ICO guidance:
logs are metadata — no personal data, not even in erasure rows — and users must not be able to
alter them. So a row holds ids and a coded purpose, never a name; and the log is tamper-evident:

- each row's `row_hash` = SHA-256(previous row's hash ‖ canonical row) (Schneier–Kelsey style);
  ids are handed out gaplessly by the one-row `audit_head`, whose row lock also serialises
  writers on PostgreSQL so two daemons cannot fork the chain;
- `verify_chain()` walks the log and names the first edited, deleted, reordered or inserted
  row (RELIABILITY.md S6). A plain hash chain can be rebuilt from scratch by someone with write
  access; publishing `chain_head()` (journald, the anchor file, each digest) and passing it as
  `anchor` catches that too;
- `install_audit_guards()` makes UPDATE, DELETE (and TRUNCATE on PostgreSQL) of `audit_log`
  abort with a trigger. The migration calls it. On PostgreSQL also run the app as a role with
  only INSERT and SELECT on `audit_log` (`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM
  cpc_app`), since a table owner can drop a trigger.
"""

from __future__ import annotations

import enum
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Row, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from tasks.tables import audit_head, audit_log

GENESIS = "0" * 64
_HEAD = "main"
_TOKEN = re.compile(r"^[A-Za-z0-9@:._/+-]{1,120}$")  # ids and collar numbers: no spaces, no names


class Operation(enum.StrEnum):
    COLLECTION = "collection"
    ALTERATION = "alteration"
    CONSULTATION = "consultation"
    DISCLOSURE = "disclosure"
    COMBINATION = "combination"
    ERASURE = "erasure"


@dataclass(frozen=True, slots=True)
class ChainHead:
    last_id: int
    last_hash: str


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    first_bad_id: int | None = None
    checked: int = 0
    problem: str | None = None


def append(
    connection: Connection,
    *,
    operation: Operation,
    actor: str,
    purpose: str,
    record_ids: Sequence[str],
    at: datetime,
    recipients: Sequence[str] = (),
) -> ChainHead:
    """Add one row to the chain inside the caller's transaction and return the new head."""
    _check(
        actor=actor,
        purpose=purpose,
        record_ids=record_ids,
        operation=operation,
        recipients=recipients,
    )
    row_id, prev_hash = _claim_next_id(connection)
    values = {
        "id": row_id,
        "at": at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "operation": operation.value,
        "actor": actor,
        "purpose": purpose,
        "record_ids": _canonical_list(record_ids),
        "recipients": _canonical_list(recipients),
        "prev_hash": prev_hash,
    }
    values["row_hash"] = row_hash(prev_hash, values)
    connection.execute(insert(audit_log).values(**values))
    connection.execute(
        update(audit_head).where(audit_head.c.name == _HEAD).values(last_hash=values["row_hash"])
    )
    return ChainHead(last_id=row_id, last_hash=str(values["row_hash"]))


def row_hash(prev_hash: str, values: dict[str, object]) -> str:
    """SHA-256 over the previous hash and the row as stored (canonical JSON array)."""
    fields = [
        values[k] for k in ("id", "at", "operation", "actor", "purpose", "record_ids", "recipients")
    ]
    canonical = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


def chain_head(connection: Connection) -> ChainHead:
    row = connection.execute(select(audit_head).where(audit_head.c.name == _HEAD)).first()
    if row is None:
        return ChainHead(last_id=0, last_hash=GENESIS)
    return ChainHead(last_id=row.last_id, last_hash=row.last_hash)


def verify_chain(connection: Connection, *, anchor: ChainHead | None = None) -> VerifyResult:
    """Walk the log in id order; name the first row that is missing, edited or out of place."""
    prev, expected_id, seen = GENESIS, 1, {0: GENESIS}
    for row in connection.execute(select(audit_log).order_by(audit_log.c.id)):
        bad = _check_row(row, expected_id=expected_id, prev=prev)
        if bad is not None:
            return VerifyResult(
                ok=False, first_bad_id=bad[0], checked=expected_id - 1, problem=bad[1]
            )
        prev, seen[row.id] = row.row_hash, row.row_hash
        expected_id += 1
    last = expected_id - 1
    for head, source in ((chain_head(connection), "audit_head"), (anchor, "the anchor")):
        if head is None or head.last_id == 0:
            continue
        if head.last_id > last:
            return VerifyResult(
                ok=False,
                first_bad_id=last + 1,
                checked=last,
                problem=f"rows missing at the end (per {source})",
            )
        if seen[head.last_id] != head.last_hash:
            return VerifyResult(
                ok=False,
                first_bad_id=head.last_id,
                checked=last,
                problem=f"chain rewritten (does not match {source})",
            )
    return VerifyResult(ok=True, checked=last)


def install_audit_guards(connection: Connection) -> None:
    """Create the triggers that refuse UPDATE and DELETE of audit rows (called by migrations)."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            connection.execute(
                text(
                    f"CREATE TRIGGER IF NOT EXISTS audit_log_no_{verb.lower()} BEFORE {verb} "
                    "ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
                )
            )
    elif dialect == "postgresql":
        connection.execute(
            text(
                "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger "
                "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$"
            )
        )
        connection.execute(text("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log"))
        connection.execute(
            text(
                "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
                "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
            )
        )
        connection.execute(text("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log"))
        connection.execute(
            text(
                "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
            )
        )
    else:
        raise NotImplementedError(f"no audit guard for {dialect}")


def _check_row(row: Row[object], *, expected_id: int, prev: str) -> tuple[int, str] | None:
    values = row._asdict()
    if values["id"] != expected_id:
        return (min(expected_id, values["id"]), "row missing or out of order")
    if values["prev_hash"] != prev:
        return (expected_id, "chain broken: row deleted, inserted or moved before it")
    if row_hash(prev, values) != values["row_hash"]:
        return (expected_id, "row edited")
    return None


def _claim_next_id(connection: Connection) -> tuple[int, str]:
    """Lock the head row and take the next id; the first writer ever creates the head."""
    statement = (
        update(audit_head)
        .where(audit_head.c.name == _HEAD)
        .values(last_id=audit_head.c.last_id + 1)
        .returning(audit_head.c.last_id, audit_head.c.last_hash)
    )
    row = connection.execute(statement).first()
    if row is None:
        try:
            with connection.begin_nested():
                connection.execute(
                    insert(audit_head).values(name=_HEAD, last_id=0, last_hash=GENESIS)
                )
        except IntegrityError:
            pass  # another writer created it first
        row = connection.execute(statement).one()
    return int(row.last_id), str(row.last_hash)


def _canonical_list(items: Sequence[str]) -> str:
    return json.dumps(list(items), ensure_ascii=False, separators=(",", ":"))


def _check(
    *,
    actor: str,
    purpose: str,
    record_ids: Sequence[str],
    operation: Operation,
    recipients: Sequence[str],
) -> None:
    if not _TOKEN.match(actor):
        raise ValueError("audit actor must be an account id (no spaces)")
    if not purpose.strip() or len(purpose) > 200:
        raise ValueError("audit purpose is required (at most 200 characters, no personal data)")
    if any(not _TOKEN.match(r) for r in record_ids):
        raise ValueError("audit record ids must be ids, not text")
    if operation is Operation.DISCLOSURE and not recipients:
        raise ValueError("a disclosure names its recipients (s.62(3))")
