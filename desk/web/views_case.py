"""The case page (GET /tasks/{id}) and the downloads of the original email and attachments.

An officer may open only what is allocated to them: that is checked on id-only columns
*before* anything is loaded, so a refused attempt reads nothing and leaves a "denied" row
(ASVS 8.2.2, IDOR). A view is a consultation audited by `TaskStore.get_task`; a download
takes the data out of the system onto a workstation, so it is audited as a disclosure whose
recipient is the person downloading (DPA 2018 s.62(3)).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from desk.accounts import Account, Role, list_accounts
from desk.web.casefile import Quote, mark_pages, raw_parts, stored_original
from desk.web.guard import TASK_ID, Caller, Refused, deny, desk_of, signed_in
from desk.web.lookup import TaskRef, task_ref
from desk.web.pages import error_page, render
from desk.web.permissions import allowed_actions
from desk.web.rows import row_of
from parsers.records import Invitation
from tasks import audit
from tasks.audit import Operation
from tasks.records import Task
from tasks.sealing import RecordErased

CASE_ROLES = (Role.SUPERVISOR, Role.CLERK, Role.OFFICER)


def allowed_ref(request: Request, caller: Caller, task_id: str, *, what: str) -> TaskRef:
    """The task's ids if it exists and this caller may touch it; else 404 or 403 + denied."""
    desk = desk_of(request)
    ref = None
    if TASK_ID.match(task_id):
        with desk.engine.connect() as conn:
            ref = task_ref(conn, task_id)
    if ref is None:
        raise Refused(error_page(request, 404))
    officer = caller.account.officer_id
    if caller.account.role is Role.OFFICER and (not officer or ref.allocated_officer != officer):
        deny(
            request, caller, op=Operation.CONSULTATION, why=f"not allocated {what}", task_id=task_id
        )
    return ref


async def case_page(request: Request) -> Response:
    task_id = request.path_params["task_id"]
    caller = signed_in(request, roles=CASE_ROLES, task_id=task_id, what="case")
    allowed_ref(request, caller, task_id, what="case")
    return render_case(request, caller, task_id)


def render_case(
    request: Request, caller: Caller, task_id: str, *, error: str | None = None
) -> Response:
    desk = desk_of(request)
    try:
        occurrence, task = desk.store.get_task(task_id, actor=caller.actor, purpose="review case")
    except RecordErased:
        return error_page(request, 404)
    invitation, parts = _original(request, task)
    quotes = _quotes(task)
    pages, unplaced = mark_pages(invitation.pages if invitation else (), quotes)
    context: dict[str, Any] = {
        "caller": caller,
        "row": row_of(occurrence, task, today=desk.clock().date()),
        "occurrence": occurrence,
        "task": task,
        "invitation": invitation,
        "fields": invitation.fields if invitation else None,
        "pages": pages,
        "unplaced": unplaced,
        "ignored": [q for q in quotes if q.kind == "ignored"],
        "attachments": parts,
        "escalations": _escalations(task),
        "actions": allowed_actions(caller.account.role, task),
        "officers": _officers(request),
        "error": error,
        "can_search": caller.account.role in (Role.SUPERVISOR, Role.CLERK),
    }
    return render(request, "case.html", context, status=400 if error else 200)


async def download_original(request: Request) -> Response:
    task_id = request.path_params["task_id"]
    caller = signed_in(request, roles=CASE_ROLES, task_id=task_id, what="download")
    ref = allowed_ref(request, caller, task_id, what="download")
    raw = _raw(request, ref.source_sha256)
    if raw is None:
        return error_page(request, 404)
    _disclosed(request, caller, ref, purpose="download original email")
    return _file(raw, filename=f"{task_id}.eml", media_type="message/rfc822")


async def download_attachment(request: Request) -> Response:
    task_id = request.path_params["task_id"]
    caller = signed_in(request, roles=CASE_ROLES, task_id=task_id, what="download")
    ref = allowed_ref(request, caller, task_id, what="download")
    raw = _raw(request, ref.source_sha256)
    index = request.path_params["index"]
    found = [p for p in raw_parts(raw) if p.index == index] if raw is not None else []
    if not found:
        return error_page(request, 404)
    _disclosed(request, caller, ref, purpose=f"download attachment {index}")
    suffix = _suffix(found[0].filename)
    return _file(found[0].data, filename=f"{task_id}-attachment-{index}{suffix}")


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


def _original(request: Request, task: Task) -> tuple[Invitation | None, list[Any]]:
    desk = desk_of(request)
    raw = _raw(request, task.source_sha256)
    if raw is None or desk.reader is None:
        return None, raw_parts(raw) if raw else []
    try:
        return desk.reader(raw), raw_parts(raw)
    except Exception:  # the reader's pool failed: show the stored evidence, not a 500
        return None, raw_parts(raw)


def _raw(request: Request, sha256: str) -> bytes | None:
    desk = desk_of(request)
    if desk.vault is None:
        return None
    with desk.engine.connect() as conn:
        stored = stored_original(conn, sha256)
    if stored is None:
        return None
    try:
        return desk.vault.load(stored)
    except (LookupError, OSError):
        return None  # erased (key destroyed) or the file is gone: say "not available"


def _disclosed(request: Request, caller: Caller, ref: TaskRef, *, purpose: str) -> None:
    desk = desk_of(request)
    with desk.engine.begin() as conn:
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
    with desk.engine.connect() as conn:
        return list_accounts(conn, role=Role.OFFICER)


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
