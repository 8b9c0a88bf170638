"""Reading the s.62 access log: the tasks stage's answer to the desk's auditor pages.

`audit_log` (`tasks.tables`) is written only by `tasks.audit.append` and read only here (issue
14 item 3): the desk asks for a filtered page, a count or every row, never with its own SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, func, select

from tasks.tables import audit_log


@dataclass(frozen=True, slots=True)
class LogFilter:
    """Which rows: "" for any. `purpose_prefix` picks a kind of row ("denied:", "sign-in");
    `from_day` / `to_day` are ISO dates, both included."""

    actor: str = ""
    record: str = ""
    operation: str = ""
    purpose_prefix: str = ""
    from_day: str = ""
    to_day: str = ""


def count(conn: Connection, wanted: LogFilter) -> int:
    """How many rows the filter matches."""
    query = select(func.count()).select_from(_query(wanted).subquery())
    return int(conn.execute(query).scalar_one())


def entries(
    conn: Connection,
    wanted: LogFilter,
    *,
    newest_first: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """The matching rows, each as its columns, in id order (or newest first)."""
    order = audit_log.c.id.desc() if newest_first else audit_log.c.id
    query = _query(wanted).order_by(order).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return (dict(row._mapping) for row in conn.execute(query))


def _query(wanted: LogFilter) -> Select[Any]:
    query = select(audit_log)
    if wanted.actor:
        query = query.where(audit_log.c.actor == wanted.actor)
    if wanted.record:
        query = query.where(
            audit_log.c.record_ids.contains(json.dumps(wanted.record), autoescape=True)
        )
    if wanted.operation:
        query = query.where(audit_log.c.operation == wanted.operation)
    if wanted.purpose_prefix:
        query = query.where(audit_log.c.purpose.startswith(wanted.purpose_prefix, autoescape=True))
    if wanted.from_day:  # `at` is ISO 8601 UTC text: it sorts as it reads
        query = query.where(audit_log.c.at >= wanted.from_day)
    if wanted.to_day:
        query = query.where(audit_log.c.at < f"{wanted.to_day}T99")
    return query
