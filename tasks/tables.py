"""The tables the tasks stage owns (SQLAlchemy Core), portable between SQLite and PostgreSQL.

What is clear and what is sealed (RELIABILITY.md S9):
- **clear**: what the queue sorts and filters on, and nothing that names a person — ids, the
  district, conference kind/date/time, the council reference (a case number, needed to match a
  reschedule), the protective marking, statuses, the suggested decision, rule, flags, deadlines,
  staff identities (supervisor, allocated officer: staff act in an official capacity), hashes.
- **sealed** with `FieldCipher` under the occurrence's own data key (`occurrences.key_id`):
  names, dates of birth and relationships of nominals; the venue (it can be the family home);
  reasons, criteria evidence quotes and every mention (verbatim case text); the decision reason
  (free text about the family); history details. Destroying the key shreds all of them.
- `nominals.name_index` is a keyed blind index (HMAC of `names.name_key`) for children only,
  so a reschedule can find its family without decrypting every row.

`filed_messages` is the idempotency key: UNIQUE(source, source_id) and UNIQUE(sha256). The
Message-ID is kept and indexed but not unique: one mail to two addresses shares it, and some
mail has none (LIBRARIES.md "Mail in"). It is kept as the intake ledger keeps it, a keyed hash
(`message_id_index`, `intake.ledger.message_id_index`), never in clear: a sender chooses it.
`audit_log` ids are given by the chain (see `audit`).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)

from intake.sqltypes import NAMING_CONVENTION, UtcDateTime

# One naming convention and one UTC column type for every stage's tables (`intake.sqltypes`),
# so constraint names are stable on both backends.
metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _sealed(name: str, *, nullable: bool = True) -> Column[bytes]:
    return Column(name, LargeBinary, nullable=nullable)


occurrences = Table(
    "occurrences",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("key_id", String(64), nullable=False),
    Column("type", String(40), nullable=False),
    Column("subtype", String(80), nullable=False),
    Column("district", String(40), index=True),
    Column("kind", String(20)),
    Column("pre_birth", Boolean, nullable=False),
    Column("conference_date", Date, index=True),
    Column("conference_time", Time),
    _sealed("venue_enc"),
    Column("local_reference", String(80)),
    Column("reference_key", String(80), index=True),  # names.reference_key(local_reference)
    Column("marking", String(40)),
    Column("status", String(16), nullable=False, index=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("version", Integer, nullable=False),
)

nominals = Table(
    "nominals",
    metadata,
    Column("occurrence_id", ForeignKey("occurrences.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("role", String(20), nullable=False),
    _sealed("name_enc", nullable=False),
    _sealed("date_of_birth_enc"),
    _sealed("relationship_enc"),
    Column("name_index", String(64), index=True),
)

occurrence_history = Table(
    "occurrence_history",
    metadata,
    Column("occurrence_id", ForeignKey("occurrences.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("at", UtcDateTime, nullable=False),
    Column("actor", String(120), nullable=False),
    Column("action", String(40), nullable=False),
    _sealed("detail_enc"),
)

tasks = Table(
    "tasks",
    metadata,
    Column("id", String(40), primary_key=True),
    Column(
        "occurrence_id",
        ForeignKey("occurrences.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("queue", String(80), nullable=False, index=True),
    Column("suggested", String(20), nullable=False, index=True),
    Column("rule", String(120), nullable=False),
    Column("flags", String(400), nullable=False),  # "|late_notice|cancelled|": LIKE '%|x|%'
    Column("status", String(20), nullable=False, index=True),
    Column("decision", String(20)),
    Column("decided_by", String(120)),
    Column("decided_at", UtcDateTime),
    Column("allocated_officer", String(120)),
    Column("report_due", Date, index=True),
    Column("notice_working_days", Integer),
    Column("notice_ok", Boolean),
    Column("source_sha256", String(64), nullable=False),
    _sealed("detail_enc", nullable=False),
    _sealed("decision_reason_enc"),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("version", Integer, nullable=False),
)

task_history = Table(
    "task_history",
    metadata,
    Column("task_id", ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("at", UtcDateTime, nullable=False),
    Column("actor", String(120), nullable=False),
    Column("action", String(40), nullable=False),
    _sealed("detail_enc"),
)

filed_messages = Table(
    "filed_messages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(200), nullable=False),
    Column("source_id", String(400), nullable=False),
    Column("message_id_index", String(64), index=True),  # HMAC of the Message-ID
    Column("sha256", String(64), nullable=False, unique=True),
    Column("occurrence_id", String(32)),  # no FK: the key outlives an erased occurrence
    Column("task_id", String(40)),
    Column("action", String(24), nullable=False),
    Column("filed_at", UtcDateTime, nullable=False),
    UniqueConstraint("source", "source_id"),
)

id_counters = Table(
    "id_counters",
    metadata,
    Column("name", String(40), primary_key=True),  # "occurrence:2026"
    Column("last", Integer, nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("at", String(32), nullable=False),  # ISO 8601 UTC text: hashed exactly as stored
    Column("operation", String(16), nullable=False, index=True),
    Column("actor", String(120), nullable=False),
    Column("purpose", String(200), nullable=False),
    Column("record_ids", Text, nullable=False),  # canonical JSON list
    Column("recipients", Text, nullable=False),  # canonical JSON list
    Column("prev_hash", String(64), nullable=False),
    Column("row_hash", String(64), nullable=False),
)

audit_head = Table(
    "audit_head",
    metadata,
    Column("name", String(16), primary_key=True),
    Column("last_id", Integer, nullable=False),
    Column("last_hash", String(64), nullable=False),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sink", String(40), nullable=False),
    Column("occurrence_id", String(32), nullable=False, index=True),
    Column("event", String(24), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", UtcDateTime, nullable=False),
    Column("sent_at", UtcDateTime),
    Column("last_error", String(200)),
    Index("ix_outbox_due", "sent_at", "next_attempt_at"),
)

read_texts = Table(
    "read_texts",
    metadata,
    # The text the parsers read from one filed message (body, attachments, OCR) and the
    # booking-form fields, kept so the desk shows what the triage saw without parsing again
    # (issue 12 item 2). One sealed JSON document under the occurrence's key: erased with it.
    Column("occurrence_id", ForeignKey("occurrences.id", ondelete="CASCADE"), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    _sealed("text_enc", nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
)

name_tokens = Table(
    # The keyed blind index (HMAC) of each word of each child's and adult's name, so the desk
    # finds "Quillfeather" without the whole name (issue 12 item 19). Word-level only: no
    # prefixes, so an index row says no more than "some nominal has this word".
    "name_tokens",
    metadata,
    Column("occurrence_id", ForeignKey("occurrences.id", ondelete="CASCADE"), primary_key=True),
    Column("token_index", String(64), primary_key=True, index=True),
)
