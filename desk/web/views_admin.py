"""The auditor's access log (GET /audit) and the admin's accounts page (GET/POST /accounts).

Account changes (POST /accounts, POST /accounts/change) go through `desk.account_admin`, which
writes each to the access log and ends a disabled account's sessions at once. An account may be
limited to some districts' cases (issue 12 item 13).

The access log shows the s.62 rows as stored — ids, operation, actor, purpose, recipients,
never case content (ICO logging guidance: logs are metadata) — newest first, a page at a time
through the whole log, filtered by person, case, operation or kind of action, and date range,
and exported as CSV (the export is logged). Walking the hash chain reads every row, so it is a
separate action (GET /audit/verify), not part of each page view (issue 12 item 14). Refusals
without a session are shown as counts per source (`desk.web.denials`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from desk import account_admin
from desk.accounts import AccountError, Role, list_accounts
from desk.web.denials import recent_denials
from desk.web.guard import desk_of, posted, signed_in
from desk.web.pages import render
from tasks import audit, audit_reader
from tasks.audit import Operation, verify_chain

_TOKEN = re.compile(r"^[A-Za-z0-9@:._/+-]{1,120}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LOG_PAGE = 100
#: The "action" filter beyond the s.62 operation: the purpose's prefix.
_KINDS = {
    "denied": "denied:",
    "account": "account:",
    "sign-in": "sign-in",
    "sign-out": "sign-out",
}


def audit_page(request: Request) -> Response:
    """One page of the log, newest first, with the filters; the chain is verified on demand."""
    caller = signed_in(request, roles=(Role.AUDITOR,), what="access log")
    return _audit(request, caller, chain=None)


def audit_verify(request: Request) -> Response:
    """Walk the whole hash chain (a separate action: it reads every row)."""
    caller = signed_in(request, roles=(Role.AUDITOR,), what="access log")
    with desk_of(request).reading() as conn:
        chain = verify_chain(conn)
    return _audit(request, caller, chain=chain)


def audit_csv(request: Request) -> Response:
    """Every row the filters match, as CSV; the export itself is logged."""
    caller = signed_in(request, roles=(Role.AUDITOR,), what="access log export")
    desk = desk_of(request)
    wanted = _log_filter(request)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "at", "operation", "actor", "purpose", "record_ids", "recipients"])
    with desk.reading() as conn:
        for r in audit_reader.entries(conn, _reading(wanted)):
            writer.writerow(
                [
                    r["id"],
                    r["at"],
                    r["operation"],
                    r["actor"],
                    _cell(r["purpose"]),
                    r["record_ids"],
                    r["recipients"],
                ]
            )
    with desk.writing() as conn:
        audit.append(
            conn,
            operation=Operation.CONSULTATION,
            actor=caller.actor,
            purpose="access log exported as CSV",
            record_ids=[],
            at=desk.clock(),
        )
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="access-log.csv"'},
    )


def _audit(request: Request, caller: object, *, chain: object) -> Response:
    desk = desk_of(request)
    wanted = _log_filter(request)
    page = _page(request)
    with desk.reading() as conn:
        reading = _reading(wanted)
        total = audit_reader.count(conn, reading)
        found = audit_reader.entries(
            conn, reading, newest_first=True, offset=(page - 1) * LOG_PAGE, limit=LOG_PAGE
        )
        rows = [
            {
                **r,
                "record_list": json.loads(r["record_ids"]),
                "recipient_list": json.loads(r["recipients"]),
                "denied": r["purpose"].startswith("denied:"),
            }
            for r in found
        ]
        denials = recent_denials(conn)
    kept = {k: v for k, v in wanted.items() if v}

    def link(number: int) -> str:
        return "?" + urlencode({**kept, "page": str(number)})

    return render(
        request,
        "audit.html",
        {
            "caller": caller,
            "rows": rows,
            "chain": chain,
            "filters": wanted,
            "operations": [o.value for o in Operation],
            "kinds": list(_KINDS),
            "total": total,
            "first": (page - 1) * LOG_PAGE + 1 if rows else 0,
            "last": (page - 1) * LOG_PAGE + len(rows),
            "previous": link(page - 1) if page > 1 else None,
            "next": link(page + 1) if page * LOG_PAGE < total else None,
            "csv": "/audit.csv?" + urlencode(kept),
            "denials": denials,
        },
    )


def _log_filter(request: Request) -> dict[str, str]:
    """Known shapes only: a token for person and case, an enum, ISO dates."""
    params = request.query_params
    found = {
        "actor": params.get("actor", ""),
        "record": params.get("record", ""),
        "operation": params.get("operation", ""),
        "kind": params.get("kind", ""),
        "from": params.get("from", ""),
        "to": params.get("to", ""),
    }
    ok = {
        "actor": bool(_TOKEN.match(found["actor"])),
        "record": bool(_TOKEN.match(found["record"])),
        "operation": found["operation"] in {o.value for o in Operation},
        "kind": found["kind"] in _KINDS,
        "from": bool(_DATE.match(found["from"])),
        "to": bool(_DATE.match(found["to"])),
    }
    return {k: v if ok[k] else "" for k, v in found.items()}


def _reading(wanted: dict[str, str]) -> audit_reader.LogFilter:
    """The page's checked filters as the access log's reader takes them."""
    return audit_reader.LogFilter(
        actor=wanted["actor"],
        record=wanted["record"],
        operation=wanted["operation"],
        purpose_prefix=_KINDS[wanted["kind"]] if wanted["kind"] else "",
        from_day=wanted["from"],
        to_day=wanted["to"],
    )


def _page(request: Request) -> int:
    raw = request.query_params.get("page", "1")
    return max(1, min(int(raw), 1_000_000)) if raw.isdigit() else 1


def _cell(text: str) -> str:
    """No spreadsheet formulas from a CSV cell (OWASP CSV injection)."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def accounts_page(request: Request) -> Response:
    caller = signed_in(request, roles=(Role.ADMIN,), what="accounts")
    return _accounts(request, caller_error=None, caller=caller)


def create_account(request: Request) -> Response:
    caller, form = posted(request, roles=(Role.ADMIN,), what="create account")
    desk = desk_of(request)
    try:
        role = Role(form.get("role", ""))
        with desk.writing() as conn:
            account_admin.create_account(
                conn,
                form.get("username", ""),
                password=form.get("password", ""),
                role=role,
                display_name=form.get("display_name", ""),
                officer_id=form.get("officer_id", "").strip() or None,
                by=caller.actor,
                at=desk.clock(),
            )
    except (AccountError, ValueError) as exc:
        message = str(exc) if isinstance(exc, AccountError) else "Choose a role."
        return _accounts(request, caller_error=message, caller=caller)
    return RedirectResponse("/accounts", status_code=303)


def change_account(request: Request) -> Response:
    """Disable, enable, change the role of, or reset the password of one account."""
    caller, form = posted(request, roles=(Role.ADMIN,), what="change account")
    desk = desk_of(request)
    account_id, change = form.get("account", ""), form.get("change", "")
    try:
        with desk.writing() as conn:
            if change in ("disable", "enable"):
                account_admin.set_disabled(
                    conn, account_id, disabled=change == "disable", by=caller.actor, at=desk.clock()
                )
            elif change == "role":
                account_admin.set_role(
                    conn,
                    account_id,
                    role=Role(form.get("role", "")),
                    by=caller.actor,
                    at=desk.clock(),
                )
            elif change == "districts":
                chosen = [d for d in desk.districts() if form.get(f"district_{d}") == "on"]
                account_admin.set_districts(
                    conn, account_id, districts=chosen, by=caller.actor, at=desk.clock()
                )
            elif change == "password":
                account_admin.reset_password(
                    conn,
                    account_id,
                    password=form.get("password", ""),
                    by=caller.actor,
                    at=desk.clock(),
                )
            else:
                raise AccountError("choose what to change")
    except (AccountError, ValueError) as exc:
        message = str(exc) if isinstance(exc, AccountError) else "Choose a role."
        return _accounts(request, caller_error=message, caller=caller)
    return RedirectResponse("/accounts", status_code=303)


def _accounts(request: Request, *, caller_error: str | None, caller: object) -> Response:
    desk = desk_of(request)
    with desk.reading() as conn:
        accounts = list_accounts(conn)
    return render(
        request,
        "accounts.html",
        {
            "caller": caller,
            "accounts": accounts,
            "roles": list(Role),
            "districts": desk.districts(),
            "error": caller_error,
        },
        status=400 if caller_error else 200,
    )
