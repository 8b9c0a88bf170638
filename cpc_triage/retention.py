"""Retention: erase what is past its retention period by destroying its keys (S9).

An occurrence whose conference (or, without a date, whose creation) is older than `keep_days`
is deleted through `TaskStore.delete_occurrence`, which destroys its data key and writes the
s.62 `erasure` row. Each received message older than that is erased from the vault the same
way (data key destroyed, file removed) with an `erasure` row naming only ledger ids. The
ledger row itself stays — ids, hashes and states, no content — so the same message arriving
again is still recognised.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from intake import ledger
from tasks import audit
from tasks.audit import Operation
from tasks.lookup import expired_occurrence_ids
from tasks.records import SYSTEM_ACTOR

if TYPE_CHECKING:
    from cpc_triage.bootstrap import App

PURPOSE = "retention period ended"


@dataclass(frozen=True, slots=True)
class Erased:
    occurrences: int
    messages: int


def run_retention(app: App, *, keep_days: int, today: date | None = None) -> Erased:
    today = today or datetime.now(UTC).date()
    cutoff_day = today - timedelta(days=keep_days)
    cutoff_at = datetime.combine(cutoff_day, datetime.min.time(), tzinfo=UTC)
    with app.engine.connect() as conn:
        ids = expired_occurrence_ids(conn, cutoff_day=cutoff_day, cutoff_at=cutoff_at)
    for occurrence_id in ids:
        with app.engine.begin() as conn, app.keyring.using(conn):
            app.parts.store.delete_occurrence(
                occurrence_id, actor=SYSTEM_ACTOR, purpose=PURPOSE, connection=conn
            )
    return Erased(occurrences=len(ids), messages=_erase_messages(app, cutoff_at=cutoff_at))


def _erase_messages(app: App, *, cutoff_at: datetime) -> int:
    with app.engine.connect() as conn:
        rows = ledger.vaulted_before(conn, cutoff_at)
    for entry_id, stored in rows:
        with app.engine.begin() as conn, app.keyring.using(conn):
            app.parts.vault.erase(stored)
            ledger.forget_vaulted(conn, entry_id)
            audit.append(
                conn,
                operation=Operation.ERASURE,
                actor=SYSTEM_ACTOR,
                purpose=PURPOSE,
                record_ids=[f"ledger:{entry_id}"],
                at=datetime.now(UTC),
            )
        app.parts.vault.discard(stored)
    return len(rows)
