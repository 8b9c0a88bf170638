"""What the digest outbox says about its runs: the desk's answers to `status` and the CLI.

`digest_runs` (`desk.digest_tables`) is the desk's table; `cpc-triage status`, the metrics and
`cpc-triage digest` read it through these functions, never with their own SQL (issue 14 item 3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, select

from desk.digest_tables import digest_runs


@dataclass(frozen=True, slots=True)
class DigestRun:
    district: str
    day: date
    outcome: str  # sent | failed | pending
    attempts: int
    items: int | None
    last_error: str | None
    sent_at: datetime | None = None
    next_attempt_at: datetime | None = None


def recent_runs(conn: Connection, *, limit: int) -> list[DigestRun]:
    """The latest `limit` runs, the newest day first, then by district."""
    rows = conn.execute(
        select(digest_runs).order_by(digest_runs.c.day.desc(), digest_runs.c.district).limit(limit)
    )
    return [_run(row) for row in rows]


def run_for(conn: Connection, *, district: str, day: date) -> DigestRun | None:
    """The district's run for `day`, if one was started."""
    row = conn.execute(
        select(digest_runs).where(digest_runs.c.district == district, digest_runs.c.day == day)
    ).first()
    return None if row is None else _run(row)


def _run(row: object) -> DigestRun:
    r = row._mapping  # type: ignore[attr-defined]
    outcome = "sent" if r["sent_at"] else "failed" if r["failed_at"] else "pending"
    return DigestRun(
        r["district"],
        r["day"],
        outcome,
        r["attempts"],
        r["items"],
        r["last_error"],
        sent_at=r["sent_at"],
        next_attempt_at=r["next_attempt_at"],
    )
