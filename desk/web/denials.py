"""Refusals of requests without a session, counted per source (issue 12 item 14).

A refusal names nobody when the request carried no live session: writing an s.62 row for each
let a script bury the real accesses to a case under hundreds of anonymous rows. So these are
counted per (source address, reason, hour) in `desk_denials`, shown to the auditor beside the
log; the refusal of a signed-in person is still a row of the log, under their name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from desk.tables import desk_denials


@dataclass(frozen=True, slots=True)
class DenialCount:
    source: str
    why: str
    hour: str
    count: int
    first_at: datetime
    last_at: datetime


def count_denial(conn: Connection, *, source: str, why: str, at: datetime) -> None:
    key = {
        "source": source[:64],
        "why": why[:200],
        "hour": at.astimezone(UTC).strftime("%Y-%m-%dT%H"),
    }
    where = [desk_denials.c[k] == v for k, v in key.items()]
    bump = update(desk_denials).where(*where).values(count=desk_denials.c.count + 1, last_at=at)
    if conn.execute(bump).rowcount:
        return
    try:
        with conn.begin_nested():
            conn.execute(insert(desk_denials).values(**key, count=1, first_at=at, last_at=at))
    except IntegrityError:  # another request counted the first one at the same moment
        conn.execute(bump)


def recent_denials(conn: Connection, *, limit: int = 50) -> list[DenialCount]:
    rows = conn.execute(select(desk_denials).order_by(desk_denials.c.last_at.desc()).limit(limit))
    return [DenialCount(**r._asdict()) for r in rows]
