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

from sqlalchemy import and_, or_, select, update

from intake.tables import ledger
from intake.vault import Stored
from tasks import audit
from tasks.audit import Operation
from tasks.records import SYSTEM_ACTOR
from tasks.tables import occurrences

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
    expired = or_(
        occurrences.c.conference_date < cutoff_day,
        and_(occurrences.c.conference_date.is_(None), occurrences.c.created_at < cutoff_at),
    )
    with app.engine.connect() as conn:
        ids = list(conn.execute(select(occurrences.c.id).where(expired)).scalars())
    for occurrence_id in ids:
        with app.engine.begin() as conn, app.keyring.using(conn):
            app.parts.store.delete_occurrence(
                occurrence_id, actor=SYSTEM_ACTOR, purpose=PURPOSE, connection=conn
            )
    return Erased(occurrences=len(ids), messages=_erase_messages(app, cutoff_at=cutoff_at))


def _erase_messages(app: App, *, cutoff_at: datetime) -> int:
    old = and_(ledger.c.received_at < cutoff_at, ledger.c.key_id.is_not(None))
    with app.engine.connect() as conn:
        rows = conn.execute(
            select(ledger.c.id, ledger.c.key_id, ledger.c.vault_name).where(old)
        ).all()
    for row in rows:
        stored = Stored(key_id=row.key_id, name=row.vault_name)
        with app.engine.begin() as conn, app.keyring.using(conn):
            app.parts.vault.erase(stored)
            conn.execute(
                update(ledger).where(ledger.c.id == row.id).values(key_id=None, vault_name=None)
            )
            audit.append(
                conn,
                operation=Operation.ERASURE,
                actor=SYSTEM_ACTOR,
                purpose=PURPOSE,
                record_ids=[f"ledger:{row.id}"],
                at=datetime.now(UTC),
            )
        app.parts.vault.discard(stored)
    return len(rows)
