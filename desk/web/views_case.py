"""The case page (GET /tasks/{id}) and the downloads of the original email and attachments.

An officer may open only what is allocated to them: that is checked on id-only columns
*before* anything is loaded, so a refused attempt reads nothing and leaves a "denied" row
(ASVS 8.2.2, IDOR). A view is a consultation audited by `TaskStore.get_task`; a download
takes the data out of the system onto a workstation, so it is audited as a disclosure whose
recipient is the person downloading (DPA 2018 s.62(3)).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from desk.accounts import Account, Role, list_accounts
from desk.web import wording
from desk.web.casefile import Quote, mark_pages
from desk.web.guard import TASK_ID, Caller, Refused, deny, desk_of, signed_in
from desk.web.pages import error_page, render
from desk.web.permissions import allowed_actions
from desk.web.rows import row_of
from intake import ledger
from parsers.mime import attachments
from tasks import audit
from tasks.audit import Operation
from tasks.lookup import TaskRef, task_ref
from tasks.readtext import ReadText
from tasks.records import Occurrence, Task
from tasks.sealing import RecordErased

CASE_ROLES = (Role.SUPERVISOR, Role.CLERK, Role.OFFICER)


def allowed_ref(request: Request, caller: Caller, task_id: str, *, what: str) -> TaskRef:
    """The task's ids if it exists and this caller may touch it; else 404 or 403 + denied."""
    desk = desk_of(request)
    ref = None
    if TASK_ID.match(task_id):
        with desk.reading() as conn:
            ref = task_ref(conn, task_id)
    if ref is None:
        raise Refused(error_page(request, 404))
    if not caller.account.sees(ref.district):
        deny(
            request,
            caller,
            op=Operation.CONSULTATION,
            why=f"other district {what}",
            task_id=task_id,
        )
    officer = caller.account.officer_id
    if caller.account.role is Role.OFFICER and (not officer or ref.allocated_officer != officer):
        deny(
            request, caller, op=Operation.CONSULTATION, why=f"not allocated {what}", task_id=task_id
        )
    return ref


def case_page(request: Request) -> Response:
    """One read transaction for the checks and everything shown (`Desk.reading` joins it),
    closed before the one write, the s.62 row, which is committed before the page is built."""
    task_id = request.path_params["task_id"]
    with desk_of(request).reading():
        caller = signed_in(request, roles=CASE_ROLES, task_id=task_id, what="case")
        allowed_ref(request, caller, task_id, what="case")
        seen = _read_case(request, caller, task_id)
    return _show_case(request, caller, seen)


def case_link(request: Request) -> Response:
    """Digests mailed before the link was corrected point at /cases/<id>: send them on."""
    task_id = request.path_params["task_id"]
    if not TASK_ID.match(task_id):
        return error_page(request, 404)
    return RedirectResponse(f"/tasks/{task_id}", status_code=303)


def render_case(
    request: Request,
    caller: Caller,
    task_id: str,
    *,
    error: str | None = None,
    typed: dict[str, str] | None = None,
    status: int | None = None,
) -> Response:
    """The case page; `typed` is a refused form's input, shown again instead of the suggestion."""
    seen = _read_case(request, caller, task_id)
    return _show_case(request, caller, seen, error=error, typed=typed, status=status)


@dataclass(frozen=True, slots=True)
class _Seen:
    """What a case page shows, as read: shown only after its consultation row is committed."""

    occurrence: Occurrence
    task: Task
    text: ReadText | None
    raw: bytes | None
    officers: list[Account]


def _read_case(request: Request, caller: Caller, task_id: str) -> _Seen | None:
    """Read and decrypt without the write lock (None: the record is erased)."""
    desk = desk_of(request)
    try:
        with desk.reading() as conn:
            occurrence, task, text = desk.store.get_case(
                task_id, actor=caller.actor, purpose="review case", connection=conn, audited=False
            )
            raw = _raw(request, task.source_sha256)
            officers = _officers(request)
    except RecordErased:
        return None
    return _Seen(occurrence, task, text, raw, officers)


def _show_case(
    request: Request,
    caller: Caller,
    seen: _Seen | None,
    *,
    error: str | None = None,
    typed: dict[str, str] | None = None,
    status: int | None = None,
) -> Response:
    """Log the consultation (s.62), then build the page from what was read."""
    if seen is None:
        return error_page(request, 404)
    desk = desk_of(request)
    occurrence, task, text, raw = seen.occurrence, seen.task, seen.text, seen.raw
    with desk.writing() as conn:
        desk.store.record_consultation(
            [occurrence.id, task.id], actor=caller.actor, purpose="review case", connection=conn
        )
    quotes = _quotes(task)
    pages, unplaced = mark_pages(text.pages if text else (), quotes)
    context: dict[str, Any] = {
        "caller": caller,
        "row": row_of(
            occurrence,
            task,
            today=desk.clock().date(),
            calendar=desk.calendar(occurrence.district),
        ),
        "occurrence": occurrence,
        "task": task,
        "text": text,
        "fields": text,
        "pages": pages,
        "unplaced": unplaced,
        "ignored": [q for q in quotes if q.kind == "ignored"],
        "attachments": attachments(desk.open_message(raw)) if raw is not None else (),
        "original": raw is not None,
        "escalations": _escalations(task),
        "actions": allowed_actions(caller.account.role, task),
        "officers": seen.officers,
        "error": error,
        "typed": typed,
        "can_search": caller.account.role in (Role.SUPERVISOR, Role.CLERK),
        "reasons": [wording.plain(r) for r in task.reasons],
        "source": wording.source_of(task, occurrence.district),
        "tick_conflict": wording.tick_conflict(task),
    }
    return render(request, "case.html", context, status=status or (400 if error else 200))


def download_original(request: Request) -> Response:
    task_id = request.path_params["task_id"]
    caller = signed_in(request, roles=CASE_ROLES, task_id=task_id, what="download")
    ref = allowed_ref(request, caller, task_id, what="download")
    raw = _raw(request, ref.source_sha256)
    if raw is None:
        return error_page(request, 404)
    _disclosed(request, caller, ref, purpose="download original email")
    return _file(raw, filename=f"{task_id}.eml", media_type="message/rfc822")


def download_attachment(request: Request) -> Response:
    task_id = request.path_params["task_id"]
    caller = signed_in(request, roles=CASE_ROLES, task_id=task_id, what="download")
    ref = allowed_ref(request, caller, task_id, what="download")
    raw = _raw(request, ref.source_sha256)
    index = request.path_params["index"]
    parts = attachments(desk_of(request).open_message(raw)) if raw is not None else ()
    if not 1 <= index <= len(parts):  # numbered from 1, as the case page lists them
        return error_page(request, 404)
    part = parts[index - 1]
    _disclosed(request, caller, ref, purpose=f"download attachment {index}")
    return _file(part.data, filename=f"{task_id}-attachment-{index}{_suffix(part.filename)}")


def _quotes(task: Task) -> list[Quote]:
    met = [
        Quote(e.quote, e.location, "met", c.criterion.value)
        for c in task.criteria
        for e in c.evidence
    ]
    counted = {(q.text, q.location) for q in met}
    ignored = [
        Quote(
            m.evidence.quote,
            m.evidence.location,
            "ignored",
            f"{m.criterion.value} ({m.context.value})",
        )
        for m in task.mentions
        if (m.evidence.quote, m.evidence.location) not in counted
    ]
    return met + ignored


def _raw(request: Request, sha256: str) -> bytes | None:
    desk = desk_of(request)
    if desk.vault is None:
        return None
    with desk.reading() as conn:  # the key ring reads the message's data key on it
        stored = ledger.stored_original(conn, sha256)
        if stored is None:
            return None
        try:
            return desk.vault.load(stored)
        except (LookupError, OSError):
            return None  # erased (key destroyed) or the file is gone: say "not available"


def _disclosed(request: Request, caller: Caller, ref: TaskRef, *, purpose: str) -> None:
    desk = desk_of(request)
    with desk.writing() as conn:
        audit.append(
            conn,
            operation=Operation.DISCLOSURE,
            actor=caller.actor,
            purpose=purpose,
            record_ids=[ref.occurrence_id, ref.task_id],
            recipients=[caller.actor],
            at=desk.clock(),
        )


def _escalations(task: Task) -> list[dict[str, Any]]:
    """The "discuss with the chair / DI" notes: escalate entries of the task's history."""
    return [
        {"at": h.at, "actor": h.actor, "note": h.detail}
        for h in task.history
        if h.action == "escalate"
    ]


def _officers(request: Request) -> list[Account]:
    desk = desk_of(request)
    with desk.reading() as conn:
        return [a for a in list_accounts(conn, role=Role.OFFICER) if not a.disabled]


def _suffix(filename: str | None) -> str:
    if not filename or "." not in filename:
        return ""
    ext = filename.rsplit(".", 1)[1].lower()
    return f".{ext}" if ext.isalnum() and len(ext) <= 5 else ""


def _file(data: bytes, *, filename: str, media_type: str = "application/octet-stream") -> Response:
    return Response(
        data,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
