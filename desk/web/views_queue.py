"""The queue (GET /) and the search (POST /search).

Filters are query parameters holding only enum values and district names, never case data;
a search term may be a child's name, so it travels in a POST body and is never echoed into a
URL (S10). Each id shown is audited as consulted (S5) — read and decrypted on a read transaction,
then the consultation row committed in a short write before the page is sent, so the write lock
is never held while decrypting: supervisors and clerks see
the store's queue; an officer sees only what is allocated to them, and nothing else is loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from desk.accounts import Role, mark_queue_seen, queue_seen
from desk.web.guard import TASK_ID, Caller, desk_of, posted, signed_in
from desk.web.pages import render
from desk.web.rows import Row, by_urgency, counts, row_of
from tasks.lookup import (
    SORTS,
    QueueFilter,
    allocated_task_ids,
    matching_task_ids,
    queue_counts,
    queue_page_ids,
)
from tasks.records import Occurrence, Task, TaskStatus
from triage.records import Flag, Suggestion

QUEUE_ROLES = (Role.SUPERVISOR, Role.CLERK, Role.OFFICER)
SEARCH_ROLES = (Role.SUPERVISOR, Role.CLERK)
OPEN = tuple(s for s in TaskStatus if s is not TaskStatus.CLOSED)
PAGE_SIZE = 50  # rows a screen shows; each row is decrypted, so a page is also CPU
SEARCH = "search by reference or child's name"
ALLOCATED = "officer's allocated cases"


def queue(request: Request) -> Response:
    """The session check and everything the page shows are one read transaction (`Desk.reading`
    joins it), closed before the one short write: a view holds one connection at a time."""
    desk = desk_of(request)
    today = desk.clock().date()
    order = _order(request)
    with desk.reading():
        caller = signed_in(request, roles=QUEUE_ROLES, what="queue")
        districts = [d for d in desk.districts() if caller.account.sees(d)]
        filters = _filters(request, districts=districts)
        officer = caller.account.role is Role.OFFICER
        listing = None if officer else _read_page(request, caller, filters, order, today=today)
    if listing is None:
        pairs = _allocated(request, caller)  # a short list: no filters, so all shown is all read
        filters = dict.fromkeys(filters, "")
        rows = by_urgency(
            [row_of(o, t, today=today, calendar=desk.calendar(o.district)) for o, t in pairs]
        )
        figures, page = counts(rows), 1
    else:
        with desk.writing() as conn:  # one short write: the s.62 row and "seen now"
            mark_queue_seen(conn, caller.actor, now=desk.clock())
            if listing.pairs:
                desk.store.record_consultation(
                    [t.id for _, t in listing.pairs],
                    actor=caller.actor,
                    purpose="review queue",
                    connection=conn,
                )
        rows = [
            row_of(o, t, today=today, calendar=desk.calendar(o.district), seen_at=listing.seen_at)
            for o, t in listing.pairs
        ]
        figures, page = listing.figures, listing.page
    first = (page - 1) * PAGE_SIZE + 1 if rows else 0
    return render(
        request,
        "queue.html",
        {
            "caller": caller,
            "rows": rows,
            "counts": figures,
            "paging": _paging(
                {**filters, **order}, page=page, first=first, shown=len(rows), of=figures["open"]
            ),
            "order": order,
            "sort_links": {
                key: "/?"
                + urlencode(
                    {k: v for k, v in filters.items() if v}
                    | {
                        "sort": key,
                        "dir": "desc" if order == {"sort": key, "dir": "asc"} else "asc",
                    }
                )
                for key in SORTS
            },
            "filters": filters,
            "districts": districts,
            "statuses": list(TaskStatus),
            "suggestions": list(Suggestion),
            "flags": list(Flag),
            "today": today,
            "can_search": caller.account.role in SEARCH_ROLES,
        },
    )


@dataclass(frozen=True, slots=True)
class _Listing:
    """One page of the queue as read: shown only after its consultation row is committed."""

    seen_at: datetime | None
    figures: dict[str, int]
    page: int
    pairs: list[tuple[Occurrence, Task]]


def _read_page(
    request: Request,
    caller: Caller,
    filters: dict[str, str],
    order: dict[str, str],
    *,
    today: date,
) -> _Listing:
    """Read and decrypt one page without the write lock (joins the view's read transaction)."""
    desk = desk_of(request)
    wanted = QueueFilter(
        statuses=[filters["status"]] if filters["status"] else [s.value for s in OPEN],
        district=filters["district"] or None,
        suggested=filters["suggested"] or None,
        flag=filters["flag"] or None,
        districts=caller.account.districts,
    )
    with desk.reading() as conn:
        seen_at = queue_seen(conn, caller.actor)
        figures = queue_counts(conn, wanted, today=today)
        page = min(_page_number(request), max(1, -(-figures["open"] // PAGE_SIZE)))
        ids = queue_page_ids(
            conn,
            wanted,
            today=today,
            offset=(page - 1) * PAGE_SIZE,
            limit=PAGE_SIZE,
            sort=order["sort"],
            descending=order["dir"] == "desc",
        )
        pairs = desk.store.get_tasks(
            ids,
            actor=caller.actor,
            purpose="review queue",
            connection=conn,
            audited=False,
            history=False,  # the queue shows no history, no reasons nor evidence:
            detail=False,  # decrypt the names, dates and states it shows, nothing more
        )
    return _Listing(seen_at, figures, page, pairs)


def search(request: Request) -> Response:
    caller, form = posted(request, roles=SEARCH_ROLES, what="search")
    desk = desk_of(request)
    text = form.get("q", "").strip()[:200]
    if TASK_ID.match(text.upper()):
        return RedirectResponse(f"/tasks/{text.upper()}", status_code=303)
    rows: list[Row] = []
    if text:
        with desk.reading() as conn:
            ids = matching_task_ids(
                conn, text, blind_index=desk.blind_index, districts=caller.account.districts
            )
            pairs = desk.store.get_tasks(
                ids, actor=caller.actor, purpose=SEARCH, connection=conn, audited=False
            )
        _consulted(request, caller, pairs, purpose=SEARCH)
        today = desk.clock().date()
        rows = [row_of(o, t, today=today, calendar=desk.calendar(o.district)) for o, t in pairs]
    return render(
        request,
        "search.html",
        {
            "caller": caller,
            "rows": rows,
            "searched": bool(text),
            "can_search": True,
            "today": desk.clock().date(),
        },
    )


def _allocated(request: Request, caller: Caller) -> list[tuple[Occurrence, Task]]:
    desk = desk_of(request)
    officer = caller.account.officer_id
    if not officer:
        return []
    with desk.reading() as conn:
        ids = allocated_task_ids(conn, officer)
        pairs = desk.store.get_tasks(
            ids, actor=caller.actor, purpose=ALLOCATED, connection=conn, audited=False
        )
    _consulted(request, caller, pairs, purpose=ALLOCATED)
    return pairs


def _consulted(
    request: Request, caller: Caller, pairs: list[tuple[Occurrence, Task]], *, purpose: str
) -> None:
    """The s.62 row for every id about to be shown, committed before the page is sent (S5)."""
    if not pairs:
        return
    desk = desk_of(request)
    with desk.writing() as conn:
        desk.store.record_consultation(
            [t.id for _, t in pairs], actor=caller.actor, purpose=purpose, connection=conn
        )


def _order(request: Request) -> dict[str, str]:
    sort = request.query_params.get("sort", "")
    direction = request.query_params.get("dir", "")
    return {
        "sort": sort if sort in SORTS else "urgency",
        "dir": direction if direction in ("asc", "desc") else "asc",
    }


def _page_number(request: Request) -> int:
    raw = request.query_params.get("page", "1")
    return max(1, min(int(raw), 100_000)) if raw.isdigit() else 1


def _paging(
    filters: dict[str, str], *, page: int, first: int, shown: int, of: int
) -> dict[str, object]:
    """ "Showing 101–200 of 221" and the links to the pages before and after."""
    kept = {k: v for k, v in filters.items() if v}

    def link(number: int) -> str:
        return "/?" + urlencode({**kept, "page": str(number)})

    return {
        "first": first,
        "last": first + shown - 1 if shown else 0,
        "of": of,
        "previous": link(page - 1) if page > 1 else None,
        "next": link(page + 1) if first + shown - 1 < of else None,
    }


def _filters(request: Request, *, districts: Sequence[str]) -> dict[str, str]:
    """Known values only; anything else is ignored (never reflected, never queried)."""
    allowed = {
        "district": set(districts),
        "status": {s.value for s in TaskStatus},
        "suggested": {s.value for s in Suggestion},
        "flag": {f.value for f in Flag},
    }
    return {
        name: value if (value := request.query_params.get(name, "")) in values else ""
        for name, values in allowed.items()
    }
