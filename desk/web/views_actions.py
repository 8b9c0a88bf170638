"""POST /tasks/{id}/{verb}: decide, allocate, record progress, close, withdraw, escalate.

Every change goes through `TaskStore.record_transition`, which applies the Calderdale rules
(`tasks.lifecycle`: not attending and overriding need a reason, attend needs an officer),
writes the task's history and an s.62 alteration row. Escalation ("discuss with the chair /
DI") is a lifecycle action too: a note in the history, no change of status.

Never lose or flip a decision (issue 12 items 5, 6, 8):

- a refused form is shown again with what the person typed and chose, never the suggestion
  in its place (a sergeant who chose Attend and resubmitted without looking recorded Not
  attending);
- each form carries the task's version: if another person changed the task since the page was
  opened, the save is refused with who and when, and nothing is written;
- an officer is one of the officer accounts, never an id typed in (item 12);
- the one-way steps (report sent, outcome recorded, minutes received, close, withdraw) ask
  for confirmation on a page of their own first: the desk runs no script, so no dialog box.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from desk.accounts import Role, list_accounts
from desk.web.guard import Caller, desk_of, posted
from desk.web.pages import error_page, render
from desk.web.permissions import ACTION_ROLES
from desk.web.views_case import allowed_ref, render_case
from parsers.records import LONDON
from tasks.errors import ChangedSinceRead, ConcurrentChange
from tasks.lifecycle import Action, LifecycleError

_PROGRESS = {
    "report_sent": Action.REPORT_SENT,
    "outcome_recorded": Action.OUTCOME_RECORDED,
    "minutes_received": Action.MINUTES_RECEIVED,
    "close": Action.CLOSE,
    "withdraw": Action.WITHDRAW,
}
#: What the confirmation page asks, for each step that cannot be undone.
ONE_WAY = {
    "report_sent": "Record that the written report has been sent?",
    "outcome_recorded": "Record that the conference outcome has been recorded?",
    "minutes_received": "Record that the minutes have been received?",
    "close": "Close this task?",
    "withdraw": "Withdraw this task?",
}
MAX_TEXT = 2000


def act(request: Request) -> Response:
    task_id, verb = request.path_params["task_id"], request.path_params["verb"]
    if verb not in ACTION_ROLES:
        return error_page(request, 404)
    caller, form = posted(request, roles=ACTION_ROLES[verb], task_id=task_id, what=verb)
    allowed_ref(request, caller, task_id, what=verb)
    typed = {k: v[:MAX_TEXT] for k, v in form.items() if k != "csrf"} | {"verb": verb}
    reason = form.get("reason", "").strip()[:MAX_TEXT] or None
    officer = form.get("officer", "").strip()[:120] or None
    version = int(form["version"]) if form.get("version", "").isdigit() else None
    if verb in ONE_WAY and form.get("confirm") != "yes":
        return _confirm(request, caller, task_id, verb=verb, typed=typed)
    if verb == "escalate":
        if reason is None:
            return _refused(request, caller, task_id, "Escalating needs a note.", typed)
        action, purpose = Action.ESCALATE, "escalate: discuss with the chair / DI"
    elif verb == "decide":
        choice = form.get("decision", "")
        if choice not in (Action.ATTEND.value, Action.NOT_ATTENDING.value):
            return _refused(request, caller, task_id, "Choose attend or not attending.", typed)
        action, purpose = Action(choice), "supervisor decision"
    elif verb == "allocate":
        action, purpose = Action.ALLOCATE, "allocate an officer"
    else:
        action, purpose = _PROGRESS[verb], f"record {verb.replace('_', ' ')}"
    desk = desk_of(request)
    allocating = officer is not None and action in (Action.ATTEND, Action.ALLOCATE)
    if allocating and officer not in _officer_ids(request):
        message = "Choose the officer from the list of officer accounts."
        return _refused(request, caller, task_id, message, typed)
    try:
        with desk.writing() as conn:
            desk.store.record_transition(
                task_id,
                action=action,
                actor=caller.actor,
                purpose=purpose,
                reason=reason,
                officer=officer if action in (Action.ATTEND, Action.ALLOCATE) else None,
                expected_version=version,
                connection=conn,
            )
    except ChangedSinceRead as exc:
        return _refused(request, caller, task_id, _changed(exc), typed, status=409)
    except ConcurrentChange:
        message = "Another change to this task was saved at the same moment: check and try again."
        return _refused(request, caller, task_id, message, typed, status=409)
    except LifecycleError as exc:
        return _refused(request, caller, task_id, _sentence(str(exc)), typed)
    return RedirectResponse(f"/tasks/{task_id}", status_code=303)


def _officer_ids(request: Request) -> set[str]:
    """The officer ids of the enabled officer accounts: what may be allocated (item 12)."""
    with desk_of(request).reading() as conn:
        officers = list_accounts(conn, role=Role.OFFICER)
    return {o.officer_id for o in officers if o.officer_id and not o.disabled}


def _refused(
    request: Request,
    caller: Caller,
    task_id: str,
    message: str,
    typed: dict[str, str],
    *,
    status: int = 400,
) -> Response:
    return render_case(request, caller, task_id, error=message, typed=typed, status=status)


def _confirm(
    request: Request, caller: Caller, task_id: str, *, verb: str, typed: dict[str, str]
) -> Response:
    """The question, and the same form again with confirm=yes (no change is made yet)."""
    return render(
        request,
        "confirm.html",
        {
            "caller": caller,
            "task_id": task_id,
            "verb": verb,
            "question": ONE_WAY[verb],
            "csrf": caller.session.csrf_token,
            "typed": typed,
            "can_search": False,
        },
    )


def _changed(exc: ChangedSinceRead) -> str:
    who = exc.by or "someone else"
    when = f" at {exc.at.astimezone(LONDON).strftime('%H:%M')}" if exc.at else ""
    return (
        f"Not saved: this task was changed by {who}{when} since you opened it. "
        "Check the page as it is now, then save again."
    )


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")
