"""POST /tasks/{id}/{verb}: decide, allocate, record progress, close, withdraw, escalate.

Every change goes through `TaskStore.record_transition`, which applies the Calderdale rules
(`tasks.lifecycle`: not attending and overriding need a reason, attend needs an officer),
writes the task's history and an s.62 alteration row. A refused rule re-shows the case page
with the rule's message (it names statuses, never case content). Escalation has no lifecycle
action yet, so its note is sealed into `desk_escalations` and audited here.
"""

from __future__ import annotations

from sqlalchemy import insert
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from desk.tables import desk_escalations
from desk.web.guard import desk_of, posted
from desk.web.lookup import task_ref
from desk.web.pages import error_page
from desk.web.permissions import ACTION_ROLES
from desk.web.views_case import allowed_ref, render_case
from tasks import audit
from tasks.audit import Operation
from tasks.lifecycle import Action, LifecycleError
from tasks.load import key_id_of
from tasks.sealing import Sealer

_PROGRESS = {
    "report_sent": Action.REPORT_SENT,
    "outcome_recorded": Action.OUTCOME_RECORDED,
    "minutes_received": Action.MINUTES_RECEIVED,
    "close": Action.CLOSE,
    "withdraw": Action.WITHDRAW,
}
MAX_TEXT = 2000


async def act(request: Request) -> Response:
    task_id, verb = request.path_params["task_id"], request.path_params["verb"]
    if verb not in ACTION_ROLES:
        return error_page(request, 404)
    caller, form = await posted(request, roles=ACTION_ROLES[verb], task_id=task_id, what=verb)
    allowed_ref(request, caller, task_id, what=verb)
    reason = form.get("reason", "").strip()[:MAX_TEXT] or None
    officer = form.get("officer", "").strip()[:120] or None
    if verb == "escalate":
        if reason is None:
            return render_case(request, caller, task_id, error="Escalating needs a note.")
        try:  # into the task's history (every change is), then the open-escalation marker
            desk_of(request).store.record_transition(
                task_id,
                action=Action.ESCALATE,
                actor=caller.actor,
                purpose="escalate: discuss with the chair / DI",
                reason=reason,
            )
        except LifecycleError as exc:
            return render_case(request, caller, task_id, error=_sentence(str(exc)))
        _escalate(request, actor=caller.actor, task_id=task_id, note=reason)
        return RedirectResponse(f"/tasks/{task_id}", status_code=303)
    if verb == "decide":
        choice = form.get("decision", "")
        if choice not in (Action.ATTEND.value, Action.NOT_ATTENDING.value):
            return render_case(request, caller, task_id, error="Choose attend or not attending.")
        action = Action(choice)
        purpose = "supervisor decision"
    elif verb == "allocate":
        action, purpose = Action.ALLOCATE, "allocate an officer"
    else:
        action, purpose = _PROGRESS[verb], f"record {verb.replace('_', ' ')}"
    try:
        desk_of(request).store.record_transition(
            task_id,
            action=action,
            actor=caller.actor,
            purpose=purpose,
            reason=reason,
            officer=officer if action in (Action.ATTEND, Action.ALLOCATE) else None,
        )
    except LifecycleError as exc:
        return render_case(request, caller, task_id, error=_sentence(str(exc)))
    return RedirectResponse(f"/tasks/{task_id}", status_code=303)


def _escalate(request: Request, *, actor: str, task_id: str, note: str) -> None:
    desk = desk_of(request)
    now = desk.clock()
    with desk.engine.begin() as conn:
        ref = task_ref(conn, task_id)
        key_id = key_id_of(conn, ref.occurrence_id) if ref else None
        if ref is None or key_id is None:
            return
        sealed = Sealer(desk.cipher, key_id).seal(note, where=f"desk_escalations:{task_id}")
        conn.execute(
            insert(desk_escalations).values(
                task_id=task_id, at=now, actor=actor, note_enc=sealed, resolved=False
            )
        )
        audit.append(
            conn,
            operation=Operation.ALTERATION,
            actor=actor,
            purpose="escalate: discuss with the chair / DI",
            record_ids=[ref.occurrence_id, task_id],
            at=now,
        )


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")
