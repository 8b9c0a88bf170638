"""RELIABILITY.md S5: every route and CLI verb that reads or changes case data is in the s.62 log.

Three parts:
1. every route of the review app and every `cpc-triage` command is classified below — a new
   one that is not fails this test until someone decides what it must log;
2. each case-data route is called as a signed-in user would call it (the real ASGI app through
   httpx, the real store, SQLite with the audit guards) and the audit rows it added are compared
   with what the route must write: the operation, the actor, a reason where the law asks for
   one (consultation, disclosure), every record id shown, the recipients of a disclosure;
3. the same check run against a store whose audit call is removed (a mutation) must fail — so
   this test would notice if the audit call went missing.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import typer
from starlette.routing import Mount, Route

from cpc_triage.cli import app as cli_app
from cpc_triage.cli import backup as cli_backup
from cpc_triage.cli import daemon as cli_daemon
from cpc_triage.cli import desk as cli_desk
from cpc_triage.cli import report as cli_report
from tasks.store import TaskStore
from tests.integration.test_desk_support import (
    World,
    audit_rows,
    build_world,
    desk_client,
    post_form,
    sign_in,
)

pytestmark = pytest.mark.anyio

CASE_DATA = "case data"
NO_CASE_DATA = "no case data"

#: Every route of the review app: what it must log. Static files, sign-in and accounts carry
#: no case data (sign-in failures are in the app's own log; accounts are staff, not cases).
ROUTES: dict[tuple[str, str], str] = {
    ("GET", "/login"): NO_CASE_DATA,
    ("POST", "/login"): NO_CASE_DATA,
    ("POST", "/logout"): NO_CASE_DATA,
    ("GET", "/auth/oidc/start"): NO_CASE_DATA,
    ("GET", "/auth/oidc/callback"): NO_CASE_DATA,
    ("GET", "/"): CASE_DATA,
    ("POST", "/search"): CASE_DATA,
    ("GET", "/tasks/{task_id}"): CASE_DATA,
    ("GET", "/cases/{task_id}"): NO_CASE_DATA,  # a redirect to /tasks/{task_id}
    ("GET", "/tasks/{task_id}/original"): CASE_DATA,
    ("GET", "/tasks/{task_id}/attachments/{index:int}"): CASE_DATA,
    ("POST", "/tasks/{task_id}/{verb}"): CASE_DATA,
    ("GET", "/audit"): NO_CASE_DATA,  # ids and hashes of the log itself, for the auditor
    ("GET", "/audit/verify"): NO_CASE_DATA,
    ("GET", "/audit.csv"): NO_CASE_DATA,  # the export is logged (test_desk_audit_view)
    ("GET", "/accounts"): NO_CASE_DATA,
    ("POST", "/accounts"): NO_CASE_DATA,  # account changes are logged (test_desk_accounts_log)
    ("POST", "/accounts/change"): NO_CASE_DATA,
    ("MOUNT", "/static"): NO_CASE_DATA,
}

#: Every CLI command: what touches case data, and where that is proved.
COMMANDS: dict[str, str] = {
    "triage": "no case data stored: reads the given files, prints, files nothing",
    "parse": "no case data stored: reads the given files, prints",
    "samples": "no case data: writes generated mail",
    "run": "collection/combination rows by TaskStore.apply "
    "(tests/integration/test_tasks_store.py, test_daemon_pipeline.py)",
    "status": "no case data: counts, states, ids and error classes",
    "check-config": "no case data: connections only",
    "db": "no case data: schema",
    "keys": "no case data read: data keys re-wrapped unopened",
    "digest": "disclosure rows naming the recipients (tests/integration/test_daemon_digest.py)",
    "report": "consultation row for the month's ids (tests/integration/test_report*.py)",
    "web": "serves the routes above",
    "web-account": "no case data: staff accounts (the change is logged, desk.account_admin)",
    "web-account-change": "no case data: staff accounts (the change is logged)",
    "audit": "no case data: verifies the log's chain",
    "backup": "no case data read: copies sealed files; verify opens one key and one vault file",
    "restore": "no case data read: verifies, then copies sealed files",
}


@dataclass(frozen=True)
class Call:
    """One case-data request and the audit row it must add."""

    name: str
    user: str
    request: Callable[[httpx.AsyncClient, World], Awaitable[httpx.Response]]
    operation: str
    ids: Callable[[World], set[str]]
    reason: bool = True  # a purpose is required (consultation, disclosure)
    recipients: bool = False


def _task(key: str) -> Callable[[World], set[str]]:
    return lambda world: {world.task_ids[key]}


def _verb(verb: str, data: dict[str, str]) -> Callable[[httpx.AsyncClient, World], Any]:
    async def call(client: httpx.AsyncClient, world: World) -> httpx.Response:
        page = f"/tasks/{world.task_ids['rso']}"
        return await post_form(client, f"{page}/{verb}", data, page=page)

    return call


YES = {"confirm": "yes"}  # the one-way steps' confirmation
CALLS = [
    Call("queue", "ds.smith", lambda c, w: c.get("/"), "consultation",
         lambda w: set(w.task_ids.values())),
    Call("search", "ds.smith", lambda c, w: post_form(c, "/search", {"q": "lcs 000777"}),
         "consultation", _task("late")),
    Call("case page", "ds.smith", lambda c, w: c.get(f"/tasks/{w.task_ids['rso']}"),
         "consultation", _task("rso")),
    Call("original", "ds.smith", lambda c, w: c.get(f"/tasks/{w.task_ids['rso']}/original"),
         "disclosure", _task("rso"), recipients=True),
    Call("attachment", "ds.smith",
         lambda c, w: c.get(f"/tasks/{w.task_ids['rso']}/attachments/1"),
         "disclosure", _task("rso"), recipients=True),
    Call("decide", "ds.smith", _verb("decide", {"decision": "attend", "officer": "PC1234"}),
         "alteration", _task("rso"), reason=False),
    Call("allocate", "ds.smith", _verb("allocate", {"officer": "PC5678"}), "alteration",
         _task("rso"), reason=False),
    Call("escalate", "ds.smith", _verb("escalate", {"reason": "Chair asks for the DI"}),
         "alteration", _task("rso"), reason=False),
    Call("report sent", "clerk.jones", _verb("report_sent", YES), "alteration", _task("rso"),
         reason=False),
    Call("outcome", "ds.smith", _verb("outcome_recorded", YES), "alteration", _task("rso"),
         reason=False),
    Call("minutes", "ds.smith", _verb("minutes_received", YES), "alteration", _task("rso"),
         reason=False),
    Call("close", "ds.smith", _verb("close", YES), "alteration", _task("rso"), reason=False),
]  # fmt: skip


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _route_keys(world: World) -> set[tuple[str, str]]:
    keys = set()
    for route in world.app.routes:
        if isinstance(route, Mount):
            keys.add(("MOUNT", route.path))
        elif isinstance(route, Route):
            keys |= {(m, route.path) for m in (route.methods or ()) if m != "HEAD"}
    return keys


def test_every_route_is_classified(tmp_path: Path) -> None:
    world = build_world(tmp_path)
    assert _route_keys(world) == set(ROUTES), "classify the new or removed route in ROUTES"


def test_every_cli_command_is_classified() -> None:
    app = typer.Typer()
    for module in (cli_backup, cli_daemon, cli_desk, cli_report):
        module.register(app)
    names = {c.name for c in cli_app.registered_commands + app.registered_commands}
    names |= {g.name for g in app.registered_groups}
    assert names == set(COMMANDS), "classify the new or removed command in COMMANDS"


async def _missing(world: World) -> list[str]:
    """What each case-data call failed to log, in words; empty when every row is there."""
    problems: list[str] = []
    for call in CALLS:
        async with desk_client(world) as client:
            await sign_in(client, call.user)
            before = len(audit_rows(world))
            response = await call.request(client, world)
        if response.status_code >= 400:
            problems.append(f"{call.name}: answered {response.status_code}")
            continue
        added = audit_rows(world)[before:]
        actor = f"local:{call.user}"
        wanted = call.ids(world)
        rows = [r for r in added if r["operation"] == call.operation and r["actor"] == actor]
        logged = {i for r in rows for i in r["ids"]}
        if not rows:
            problems.append(f"{call.name}: no {call.operation} row by {actor}")
            continue
        if not wanted <= logged:
            problems.append(f"{call.name}: ids {sorted(wanted - logged)} not logged")
        if call.reason and not all(r["purpose"] for r in rows):
            problems.append(f"{call.name}: a row without its reason")
        if call.recipients and not all(json.loads(r["recipients"]) for r in rows):
            problems.append(f"{call.name}: a disclosure without its recipients")
        if not all(r["at"] for r in rows):
            problems.append(f"{call.name}: a row without its time")
    return problems


async def test_every_case_data_route_writes_its_audit_row(tmp_path: Path) -> None:
    assert {c.name for c in CALLS} >= {"queue", "search", "case page", "original", "attachment"}
    assert await _missing(build_world(tmp_path)) == []


async def test_removing_the_audit_call_is_noticed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = build_world(tmp_path)
    monkeypatch.setattr(TaskStore, "_audit", lambda self, *args, **kwargs: None)
    problems = await _missing(world)
    assert len(problems) >= len(CALLS) // 2, problems
