"""Id-only look-ups on the tasks tables: which task ids to load, never what they contain.

The tasks stage's answers to the desk, `status` and retention (issue 14 item 3: each stage owns
its tables; nobody else queries `tasks.tables`).

Case data is read only through `TaskStore`, which audits each read (RELIABILITY.md S5). Before
calling it the desk must know *which* ids a person may see, so that nothing is loaded (and
logged as consulted) that the person was not going to be shown: an officer's allocated tasks,
the tasks matched by a search. These queries touch clear columns only — ids, the allocated
officer, the keyed blind index and the folded council reference (`tasks.tables`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Connection, and_, case, func, or_, select

from tasks.names import name_key, reference_key
from tasks.records import TaskStatus
from tasks.tables import name_tokens, nominals, occurrences, tasks
from triage.records import Flag, Suggestion


@dataclass(frozen=True, slots=True)
class TaskRef:
    task_id: str
    occurrence_id: str
    source_sha256: str
    allocated_officer: str | None
    district: str | None = None


def task_ref(conn: Connection, task_id: str) -> TaskRef | None:
    row = conn.execute(
        select(
            tasks.c.id,
            tasks.c.occurrence_id,
            tasks.c.source_sha256,
            tasks.c.allocated_officer,
            occurrences.c.district,
        )
        .join(occurrences, occurrences.c.id == tasks.c.occurrence_id)
        .where(tasks.c.id == task_id)
    ).first()
    return TaskRef(*row) if row is not None else None


def allocated_task_ids(conn: Connection, officer_id: str) -> list[str]:
    return list(
        conn.execute(
            select(tasks.c.id)
            .where(
                tasks.c.allocated_officer == officer_id,
                tasks.c.status != TaskStatus.CLOSED.value,
            )
            .order_by(tasks.c.report_due, tasks.c.id)
        ).scalars()
    )


_DATE_FORMATS = ("%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d.%m.%Y")


def date_in(text: str) -> date | None:
    """The date a search term names, in the ways people write one (UK day-first)."""
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


def matching_task_ids(
    conn: Connection,
    text: str,
    *,
    blind_index: Callable[[str], str],
    districts: Sequence[str] = (),
) -> list[str]:
    """Tasks whose occurrence has this council reference (or part of it), a conference or
    report date on this day, or a child with this name or one word of it.

    The name goes through `tasks.names.name_key` and the keyed blind index (HMAC), exactly as
    filing indexed it — the whole name, and each word of it (`tasks.tables.name_tokens`) — so
    the search compares keyed hashes and never plaintext names (issue 12 item 19).
    """
    clauses: list[ColumnElement[bool]] = []
    key = name_key(text)
    if key:
        wanted = [blind_index(key)]
        wanted += [blind_index(f"token:{w}") for w in key.split() if len(w) >= 2]
        by_child = select(nominals.c.occurrence_id).where(nominals.c.name_index == wanted[0])
        by_part = select(name_tokens.c.occurrence_id).where(name_tokens.c.token_index.in_(wanted))
        clauses += [occurrences.c.id.in_(by_child), occurrences.c.id.in_(by_part)]
    ref = reference_key(text)
    if len(ref) >= 3:  # part of a council reference ("991421" finds "LCS991421")
        clauses.append(occurrences.c.reference_key.contains(ref, autoescape=True))
    day = date_in(text)
    if day is not None:
        clauses += [occurrences.c.conference_date == day, tasks.c.report_due == day]
    if not clauses:
        return []
    query = (
        select(tasks.c.id)
        .join(occurrences, occurrences.c.id == tasks.c.occurrence_id)
        .where(or_(*clauses), *_in_districts(districts))
        .order_by(occurrences.c.conference_date.desc(), tasks.c.id)
        .limit(50)
    )
    return list(conn.execute(query).scalars())


_JOINED = tasks.join(occurrences, occurrences.c.id == tasks.c.occurrence_id)


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """The queue's filters: enum values and district names only (never case data)."""

    statuses: Sequence[str]
    district: str | None = None
    districts: Sequence[str] = ()  # the account's scope (empty: every district)
    suggested: str | None = None
    flag: str | None = None


#: The queue's sortable columns (issue 12 item 17); "urgency" is the default order.
SORTS = {
    "due": tasks.c.report_due,
    "conference": occurrences.c.conference_date,
    "arrived": tasks.c.created_at,
    "district": occurrences.c.district,
    "suggested": tasks.c.suggested,
    "status": tasks.c.status,
}


def queue_page_ids(
    conn: Connection,
    wanted: QueueFilter,
    *,
    today: date,
    offset: int,
    limit: int,
    sort: str = "urgency",
    descending: bool = False,
) -> list[str]:
    """One page of the queue, most urgent first, in the database so paging is exact.

    Urgency as `desk.web.rows.by_urgency`: past deadline first, then report due, then
    conference date; tasks without a date come after the dated ones (NULLS LAST on both
    databases: PostgreSQL would otherwise put them first and SQLite last) and are never cut:
    every task is on some page, and the page says how many there are (issue 12 item 4).
    """
    query = (
        select(tasks.c.id)
        .select_from(_JOINED)
        .where(*_conditions(wanted))
        .order_by(*_order(sort, descending, today))
        .offset(offset)
        .limit(limit)
    )
    return list(conn.execute(query).scalars())


def _order(sort: str, descending: bool, today: date) -> list[ColumnElement[object]]:
    urgency: list[ColumnElement[object]] = [
        case((_past_deadline(today), 0), else_=1),
        tasks.c.report_due.asc().nulls_last(),
        occurrences.c.conference_date.asc().nulls_last(),
        tasks.c.id,
    ]
    column = SORTS.get(sort)
    if column is None:
        return urgency
    first = column.desc().nulls_last() if descending else column.asc().nulls_last()
    return [first, *urgency]


def queue_counts(conn: Connection, wanted: QueueFilter, *, today: date) -> dict[str, int]:
    """The figures at the top of the queue, over every task the filters match (not a page)."""

    def where(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    late = or_(_has_flag(Flag.LATE_NOTICE), tasks.c.notice_ok.is_(False))
    status = tasks.c.status
    row = conn.execute(
        select(
            func.count(tasks.c.id),
            where(status == TaskStatus.NEW.value),
            where(tasks.c.suggested == Suggestion.MANUAL_REVIEW.value),
            where(_past_deadline(today)),
            where(late),
            where(status == TaskStatus.DECIDED.value),
            where(status.in_((TaskStatus.REPORT_SENT.value, TaskStatus.OUTCOME_RECORDED.value))),
        )
        .select_from(_JOINED)
        .where(*_conditions(wanted))
    ).one()
    names = (
        "open",
        "to decide",
        "manual review",
        "past deadline",
        "late notice",
        "awaiting report",
        "awaiting minutes",
    )
    return {name: int(value) for name, value in zip(names, row, strict=True)}


def _conditions(wanted: QueueFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = [tasks.c.status.in_(list(wanted.statuses))]
    if wanted.district is not None:
        found.append(occurrences.c.district == wanted.district)
    found += _in_districts(wanted.districts)
    if wanted.suggested is not None:
        found.append(tasks.c.suggested == wanted.suggested)
    if wanted.flag is not None:
        found.append(tasks.c.flags.contains(f"|{wanted.flag}|", autoescape=True))
    return found


def _has_flag(flag: Flag) -> ColumnElement[bool]:
    return tasks.c.flags.contains(f"|{flag.value}|", autoescape=True)


def _past_deadline(today: date) -> ColumnElement[bool]:
    """As `desk.web.rows.row_of`: flagged, or due before today and the report not yet sent."""
    unsent = tasks.c.status.in_((TaskStatus.NEW.value, TaskStatus.DECIDED.value))
    return or_(_has_flag(Flag.DEADLINE_PASSED), and_(unsent, tasks.c.report_due < today))


def _in_districts(districts: Sequence[str]) -> list[ColumnElement[bool]]:
    """An account limited to some districts sees their cases only (issue 12 item 13)."""
    return [occurrences.c.district.in_(list(districts))] if districts else []


@dataclass(frozen=True, slots=True)
class QueueCount:
    district: str
    status: str
    suggested: str
    count: int


def queue_by_district(conn: Connection) -> list[QueueCount]:
    """How many tasks there are by district, status and suggestion (`status`'s queue)."""
    rows = conn.execute(
        select(occurrences.c.district, tasks.c.status, tasks.c.suggested, func.count(tasks.c.id))
        .join(occurrences, occurrences.c.id == tasks.c.occurrence_id)
        .group_by(occurrences.c.district, tasks.c.status, tasks.c.suggested)
        .order_by(occurrences.c.district, tasks.c.status, tasks.c.suggested)
    ).all()
    return [QueueCount(d or "unknown", s, g, int(n)) for d, s, g, n in rows]


def expired_occurrence_ids(conn: Connection, *, cutoff_day: date, cutoff_at: datetime) -> list[str]:
    """Occurrences past retention: the conference before `cutoff_day`, or, without a date,
    created before `cutoff_at` (`cpc_triage.retention`)."""
    expired = or_(
        occurrences.c.conference_date < cutoff_day,
        and_(occurrences.c.conference_date.is_(None), occurrences.c.created_at < cutoff_at),
    )
    return list(conn.execute(select(occurrences.c.id).where(expired)).scalars())
