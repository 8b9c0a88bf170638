"""Identifiers a sender chooses are kept only as keyed hashes (issue 13 item 4).

- `ledger.message_id` and `filed_messages.message_id` (the Message-ID in clear) become
  `message_id_index`: the keyring's blind index (HMAC-SHA256) of `"message-id:" + the id`, the
  text `intake.ledger.message_id_text` gives at this revision. Equal ids still give equal
  indexes, so matching an In-Reply-To or References id keeps working; the id itself is gone.
- A drop folder's source id was the file name and a digest prefix (`Zebedee.eml#1a2b…`) or the
  bare name before that; it becomes the SHA-256 of the bytes (`<64 hex>.eml`,
  `intake.dropfolder.source_id_of`), computed from the row's own `sha256` column, so no key is
  needed for it. Two ledger rows of one drop folder with the same bytes under two names (the
  second was filed as "already filed") cannot share that id: the later ones get
  `<64 hex>.eml#dup<row id>`, and one left `filed` is marked `done` — its file is the first
  row's, which the drop folder finishes (a `filed` row the drop folder cannot name would stop
  every start at reconcile).

Hashing needs the key: `cpc_triage.migrations.upgrade(engine, blind_index=…)` hands the
migration a function that opens the keyring (proven against a stored data key) only when there
are Message-IDs to convert; without one, such a database is refused in plain words. A fresh
database converts nothing and needs no key.

On disk: SQLite rewrites both tables (batch mode) with `secure_delete` on, and
`cpc_triage.migrations.upgrade` truncates the WAL afterwards, so the old values leave the files.
PostgreSQL keeps dead row versions until they are vacuumed: docs/operations.md says to run
`VACUUM FULL ledger, filed_messages` after this upgrade. Downgrade restores the columns empty:
the ids cannot be recovered from their hashes.

Revision ID: 0005_sender_ids
Revises: 0004_desk
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import context, op

revision: str = "0005_sender_ids"
down_revision: str | None = "0004_desk"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE_ID_MAX = 998  # RFC 5322 §2.1.1, as the ledger cut it when it stored the id
_TABLES = ("ledger", "filed_messages")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("message_id_index", sa.String(length=64), nullable=True))
    conn = op.get_bind()
    _index_message_ids(conn)
    _name_drop_folder_messages_by_content(conn)
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_message_id")
            batch.drop_column("message_id")
            batch.create_index(f"ix_{table}_message_id_index", ["message_id_index"])


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_message_id_index")
            batch.drop_column("message_id_index")
            batch.add_column(sa.Column("message_id", sa.String(length=998), nullable=True))
            batch.create_index(f"ix_{table}_message_id", ["message_id"])


def _index_message_ids(conn: sa.Connection) -> None:
    tables = [_ids_of(name) for name in _TABLES]
    pending = {
        table: conn.execute(
            sa.select(table.c.id, table.c.message_id).where(table.c.message_id.is_not(None))
        ).all()
        for table in tables
    }
    if not any(pending.values()):
        return
    index = _blind_index()
    for table, rows in pending.items():
        for row_id, message_id in rows:
            value = str(message_id).strip()[:MESSAGE_ID_MAX]
            conn.execute(
                sa.update(table)
                .where(table.c.id == row_id)
                .values(message_id_index=index(f"message-id:{value}") if value else None)
            )
        conn.execute(sa.update(table).values(message_id=None))


def _ids_of(name: str) -> sa.TableClause:
    return sa.table(name, sa.column("id"), sa.column("message_id"), sa.column("message_id_index"))


def _blind_index() -> Callable[[str], str]:
    opener = context.config.attributes.get("blind_index")
    if opener is None:
        raise RuntimeError(
            "this database holds Message-IDs in clear that must be replaced by keyed hashes, "
            "which needs the keyring: run `cpc-triage db upgrade` with the service's settings"
        )
    index = opener()
    assert callable(index)
    return index  # type: ignore[no-any-return]


def _name_drop_folder_messages_by_content(conn: sa.Connection) -> None:
    seen: set[tuple[str, str]] = set()
    rows = conn.execute(
        sa.text(
            "SELECT id, source, sha256, state FROM ledger "
            "WHERE source LIKE 'dropfolder:%' ORDER BY id"
        )
    ).all()
    for row_id, source, sha256, state in rows:
        first = (source, sha256) not in seen
        seen.add((source, sha256))
        values = {
            "sid": f"{sha256}.eml" if first else f"{sha256}.eml#dup{row_id}",
            "state": state if first or state != "filed" else "done",
            "id": row_id,
        }
        conn.execute(
            sa.text("UPDATE ledger SET source_id = :sid, state = :state WHERE id = :id"), values
        )
    conn.execute(
        sa.text(
            "UPDATE filed_messages SET source_id = sha256 || '.eml' "
            "WHERE source LIKE 'dropfolder:%'"
        )
    )
