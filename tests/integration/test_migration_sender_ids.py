"""Migration 0005 replaces the identifiers senders chose with keyed hashes (issue 13 item 4).

A database at 0004 holds what the old code wrote: Message-IDs in clear and drop-folder source
ids made of file names, a canary child's name in both. After `db upgrade`'s path
(`bootstrap.open_database`, which hands the migration the keyring) the canary is nowhere in the
SQLite files or the pg_dump; the hashes equal what the live code computes (so a message that
arrives again, or a reply naming it, still matches); a drop folder's ids are content hashes;
IMAP's are untouched. Without the keyring, a database with ids to hash is refused, unchanged.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from cpc_triage import migrations
from cpc_triage.bootstrap import open_database
from cpc_triage.db import make_engine, sqlite_files
from cpc_triage.settings import load_settings
from intake import ledger
from intake.keys import KeyRing, create_keyring
from intake.tables import ledger as ledger_table
from tasks.tables import filed_messages
from tests.integration import daemon_fixtures
from tests.integration.daemon_fixtures import Backend, pg_dump_data, write_settings

backend_fixture = daemon_fixtures.backend_fixture

CANARY = "Quillfeather"
MESSAGE_ID = "<Zebedee.Quillfeather.ICPC@mx-out.calderdale.gov.uk>"
SHA = hashlib.sha256(b"the canary message").hexdigest()
OTHER_SHA = hashlib.sha256(b"another message").hexdigest()


def _old_rows(engine: Engine, key_id: str) -> None:
    """What 0004's code wrote: three drop-folder rows (one message under two names, the second
    filed as 'already filed' and left `filed` by a stop) and one IMAP row."""
    now = datetime.now(UTC)
    rows = [
        ("dropfolder:default", f"Zebedee {CANARY}.eml#{SHA[:16]}", MESSAGE_ID, SHA, "done"),
        ("dropfolder:default", f"copy of {CANARY}.eml#{SHA[:16]}", MESSAGE_ID, SHA, "filed"),
        ("dropfolder:default", "plain-name.eml", None, OTHER_SHA, "done"),
        ("imap:cppu", "1700000000:7", f"<{CANARY}-2@leeds.gov.uk>", OTHER_SHA, "done"),
    ]
    with engine.begin() as conn:
        for source, source_id, message_id, sha, state in rows:
            conn.execute(
                text(
                    "INSERT INTO ledger (source, source_id, message_id, sha256, size, key_id, "
                    "vault_name, state, received_at, attempts, strikes) VALUES (:s, :sid, :mid, "
                    ":sha, 1, :k, NULL, :state, :at, 1, 0)"
                ),
                {"s": source, "sid": source_id, "mid": message_id, "sha": sha, "k": key_id}
                | {"state": state, "at": now},
            )
        conn.execute(
            text(
                "INSERT INTO filed_messages (source, source_id, message_id, sha256, action, "
                "filed_at) VALUES ('dropfolder:default', :sid, :mid, :sha, 'new_occurrence', :at)"
            ),
            {"sid": rows[0][1], "mid": MESSAGE_ID, "sha": SHA, "at": now},
        )


def test_the_upgrade_hashes_message_ids_and_names_drop_folder_messages_by_content(
    backend: Backend, tmp_path: Path
) -> None:
    settings = load_settings(write_settings(tmp_path, backend))
    engine = make_engine(settings.database_url(), schema=settings.database.schema_name)
    migrations.upgrade(engine, revision="0004_desk")
    create_keyring(settings.keyring_path())
    keyring = KeyRing(engine, keyring_path=settings.keyring_path())
    _old_rows(engine, keyring.new_key())

    with pytest.raises(RuntimeError, match="needs the keyring"):
        migrations.upgrade(engine)  # no keyring handed over: refused, nothing changed
    assert migrations.current_revision(engine) == "0004_desk"

    open_database(settings, upgrade=True).dispose()  # what `cpc-triage db upgrade` runs
    assert migrations.current_revision(engine) == migrations.head_revision(engine)
    with engine.connect() as conn:
        rows = conn.execute(select(ledger_table).order_by(ledger_table.c.id)).all()
        filed = conn.execute(select(filed_messages)).one()
    expected = ledger.message_id_index(MESSAGE_ID, index=keyring.blind_index)
    assert [r.message_id_index for r in rows[:2]] == [expected, expected]
    assert rows[2].message_id_index is None
    assert filed.message_id_index == expected
    assert [r.source_id for r in rows] == [
        f"{SHA}.eml",
        f"{SHA}.eml#dup{rows[1].id}",
        f"{OTHER_SHA}.eml",
        "1700000000:7",
    ]
    assert [r.state for r in rows] == ["done", "done", "done", "done"]
    assert filed.source_id == f"{SHA}.eml"

    at_rest = [p.read_bytes() for p in sqlite_files(engine)]
    engine.dispose()
    if backend.name == "postgresql":
        at_rest.append(pg_dump_data(backend.schema))
    assert at_rest
    for blob in at_rest:
        assert CANARY.encode() not in blob
        assert b"Zebedee" not in blob
