"""The tables the intake stage owns (SQLAlchemy Core), portable between SQLite and PostgreSQL.

- `data_keys`: one AES-256 data key per message and per occurrence, stored only wrapped by the
  key-encryption key that lives outside the database (`intake.keys`). `wrapped` becomes NULL
  and `destroyed_at` is set when a record is erased: its data cannot be read again, not even
  from a backup taken afterwards (crypto-shredding, RELIABILITY.md S9).
- `ledger`: one row per received message, keyed on the source identity and the SHA-256 of the
  raw bytes (LIBRARIES.md "Mail in": a Message-ID is not unique, so it is kept, not trusted —
  and kept only as a keyed hash, `message_id_index`: senders choose it, issue 13 item 4). No
  source id carries a name either: the drop folder's is the SHA-256 of the bytes, IMAP's is
  UIDVALIDITY:UID, Graph's and EWS's are the server's opaque ids.
  The row moves received → filed → done (done at the source); `filed` is written in the same
  transaction as the task (DESIGN.md "Nothing is filed twice").
- `mailbox_polls`: the last poll of each mailbox and its last error, for `cpc-triage status`.
- `heartbeats`: one row per running daemon, refreshed by the health job.

Nothing here names a person: ids, hashes, states and error kinds only.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)

from intake.sqltypes import NAMING_CONVENTION, UtcDateTime

metadata = MetaData(naming_convention=NAMING_CONVENTION)


data_keys = Table(
    "data_keys",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("wrapped", LargeBinary),  # nonce ‖ AES-GCM(KEK, data key, aad=id); NULL once destroyed
    Column("kek_id", String(32), index=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("destroyed_at", UtcDateTime),
)

ledger = Table(
    "ledger",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(200), nullable=False),
    Column("source_id", String(400), nullable=False),
    Column("message_id_index", String(64), index=True),  # HMAC of the Message-ID (`ledger`)
    Column("sha256", String(64), nullable=False, index=True),
    Column("size", Integer, nullable=False),
    Column("key_id", String(64)),  # the vault's data key for the raw bytes
    Column("vault_name", String(80)),
    Column("state", String(16), nullable=False, index=True),
    Column("received_at", UtcDateTime, nullable=False),
    Column("filed_at", UtcDateTime),
    Column("done_at", UtcDateTime),
    Column("occurrence_id", String(32)),
    Column("task_id", String(40)),
    Column("attempts", Integer, nullable=False),
    Column("strikes", Integer, nullable=False, server_default="0"),  # budget overruns it caused
    Column("error", String(200)),  # an error kind and stage, never content
    Column("error_at", UtcDateTime),
    UniqueConstraint("source", "source_id", "sha256"),
)

mailbox_polls = Table(
    "mailbox_polls",
    metadata,
    Column("mailbox", String(200), primary_key=True),
    Column("last_poll_at", UtcDateTime),
    Column("last_ok_at", UtcDateTime),
    Column("last_error", String(200)),
    Column("last_error_at", UtcDateTime),
    Column("processed", Integer, nullable=False),
    Column("leader", String(120)),
)

heartbeats = Table(
    "heartbeats",
    metadata,
    Column("instance", String(120), primary_key=True),
    Column("at", UtcDateTime, nullable=False),
    Column("started_at", UtcDateTime, nullable=False),
    Index("ix_heartbeats_at", "at"),
)
