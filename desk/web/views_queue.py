"""The queue (GET /) and the search (POST /search).

Filters are query parameters holding only enum values and district names, never case data;
a search term may be a child's name, so it travels in a POST body and is never echoed into a
URL (S10). Each id shown is audited by the store as consulted (S5): supervisors and clerks see
the store's queue; an officer sees only what is allocated to them, and nothing else is loaded.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from desk.accounts import Role
from desk.web.guard import TASK_ID, Caller, desk_of, posted, signed_in
from desk.web.lookup import allocated_task_ids, matching_task_ids
from desk.web.pages import render
from desk.web.rows import Row, by_urgency, counts, row_of
from tasks.records import Occurrence, Task, TaskStatus
from triage.records import Flag, Suggestion

QUEUE_ROLES = (Role.SUPERVISOR, Role.CLERK, Role.OFFICER)
SEARCH_ROLES = (Role.SUPERVISOR, Role.CLERK)
OPEN = tuple(s for s in TaskStatus if s is not TaskStatus.CLOSED)


async def queue(request: Request) -> Response:
    caller = signed_in(request, roles=QUEUE_ROLES, what="queue")
    desk = desk_of(request)
    filters = _filters(request, districts=desk.districts())
    if caller.account.role is Role.OFFICER:
        pairs = _allocated(request, caller)  # a short list: no filters, so all shown is all read
        filters = dict.fromkeys(filters, "")
    else:
        statuses = [TaskStatus(filters["status"])] if filters["status"] else list(OPEN)
        pairs = []
        for status in statuses:
            pairs += desk.store.list_queue(
                actor=caller.actor,
                purpose="review queue",
                district=filters["district"] or None,
                suggested=filters["suggested"] or None,
                flag=filters["flag"] or None,
                status=status.value,
            )
    today = desk.clock().date()
    rows = by_urgency([row_of(o, t, today=today) for o, t in pairs])
    return render(
        request,
        "queue.html",
        {
            "caller": caller,
            "rows": rows,
            "counts": counts(rows),
            "filters": filters,
            "districts": desk.districts(),
            "statuses": list(TaskStatus),
            "suggestions": list(Suggestion),
            "flags": list(Flag),
            "today": today,
            "can_search": caller.account.role in SEARCH_ROLES,
        },
    )


async def search(request: Request) -> Response:
    caller, form = await posted(request, roles=SEARCH_ROLES, what="search")
    desk = desk_of(request)
    text = form.get("q", "").strip()[:200]
    if TASK_ID.match(text.upper()):
        return RedirectResponse(f"/tasks/{text.upper()}", status_code=303)
    rows: list[Row] = []
    if text:
        with desk.engine.connect() as conn:
            ids = matching_task_ids(conn, text, blind_index=desk.blind_index)
        today = desk.clock().date()
        for task_id in ids:
            occurrence, task = desk.store.get_task(
                task_id, actor=caller.actor, purpose="search by reference or child's name"
            )
            rows.append(row_of(occurrence, task, today=today))
    return render(
        request,
        "search.html",
        {"caller": caller, "rows": rows, "searched": bool(text), "can_search": True},
    )


def _allocated(request: Request, caller: Caller) -> list[tuple[Occurrence, Task]]:
    desk = desk_of(request)
    officer = caller.account.officer_id
    if not officer:
        return []
    with desk.engine.connect() as conn:
        ids = allocated_task_ids(conn, officer)
    return [
        desk.store.get_task(i, actor=caller.actor, purpose="officer's allocated cases") for i in ids
    ]


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
