"""POST /tasks/{id}/{verb}: decide, allocate, record progress, close, withdraw, escalate.

Every change goes through `TaskStore.record_transition`, which applies the Calderdale rules
(`tasks.lifecycle`: not attending and overriding need a reason, attend needs an officer),
writes the task's history and an s.62 alteration row. A refused rule re-shows the case page
with the rule's message (it names statuses, never case content). Escalation ("discuss with the
chair / DI") is a lifecycle action too: a note in the history, no change of status.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from desk.web.guard import desk_of, posted
from desk.web.pages import error_page
from desk.web.permissions import ACTION_ROLES
from desk.web.views_case import allowed_ref, render_case
from tasks.lifecycle import Action, LifecycleError

_PROGRESS = {
    "report_sent": Action.REPORT_SENT,
    "outcome_recorded": Action.OUTCOME_RECORDED,
    "minutes_received": Action.MINUTES_RECEIVED,
    "close": Action.CLOSE,
    "withdraw": Action.WITHDRAW,
}
MAX_TEXT = 2000


def act(request: Request) -> Response:
    task_id, verb = request.path_params["task_id"], request.path_params["verb"]
    if verb not in ACTION_ROLES:
        return error_page(request, 404)
    caller, form = posted(request, roles=ACTION_ROLES[verb], task_id=task_id, what=verb)
    allowed_ref(request, caller, task_id, what=verb)
    reason = form.get("reason", "").strip()[:MAX_TEXT] or None
    officer = form.get("officer", "").strip()[:120] or None
    if verb == "escalate":
        if reason is None:
            return render_case(request, caller, task_id, error="Escalating needs a note.")
        try:  # into the task's history, like every change
            with desk_of(request).writing() as conn:
                desk_of(request).store.record_transition(
                    task_id,
                    action=Action.ESCALATE,
                    actor=caller.actor,
                    purpose="escalate: discuss with the chair / DI",
                    reason=reason,
                    connection=conn,
                )
        except LifecycleError as exc:
            return render_case(request, caller, task_id, error=_sentence(str(exc)))
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
        with desk_of(request).writing() as conn:
            desk_of(request).store.record_transition(
                task_id,
                action=action,
                actor=caller.actor,
                purpose=purpose,
                reason=reason,
                officer=officer if action in (Action.ATTEND, Action.ALLOCATE) else None,
                connection=conn,
            )
    except LifecycleError as exc:
        return render_case(request, caller, task_id, error=_sentence(str(exc)))
    return RedirectResponse(f"/tasks/{task_id}", status_code=303)


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")
