"""Builders for the desk tests: a real SQLite store, vault, accounts and filed tasks (no tests).

Everything is real: the tables from each stage's metadata, the audit guards, AES-GCM fields,
the vault on disk, the ledger row that points at it, argon2id accounts, and the ASGI app served
through httpx's ASGI transport (`desk_client`) or by uvicorn (the e2e tests).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, create_engine, insert, select
from starlette.applications import Starlette

from desk.accounts import Role, create_local_account
from desk.digest_load import KeyBinder, unbound
from desk.tables import desk_accounts
from desk.tables import metadata as desk_metadata
from desk.web import DeskConfig, create_app
from intake import ledger
from intake.tables import metadata as intake_metadata
from intake.vault import Vault
from parsers import parse_email
from tasks.audit import install_audit_guards
from tasks.filing import plan_filing
from tasks.ports import FieldCipher
from tasks.records import MessageKey
from tasks.store import TaskStore
from tasks.tables import audit_log
from tasks.tables import metadata as tasks_metadata
from tests.unit.test_tasks_support import (
    CANARY_CHILD,
    AesGcmCipher,
    blind_index,
    make_result,
    sqlite_engine,
)
from triage.records import Context, Criterion, Evidence, Flag, Mention, Suggestion, TriageResult

PASSWORD = "correct horse battery staple"
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
ORIGIN = "https://desk.test"
RSO_QUOTE = f"{CANARY_CHILD}'s stepfather is a registered sex offender"
NEGATED_QUOTE = "There is no current domestic abuse in the household"
ACCOUNTS = (
    ("ds.smith", Role.SUPERVISOR, None),
    ("ds.patel", Role.SUPERVISOR, None),
    ("clerk.jones", Role.CLERK, None),
    ("pc.brown", Role.OFFICER, "PC1234"),
    ("pc.green", Role.OFFICER, "PC5678"),
    ("auditor.ali", Role.AUDITOR, None),
    ("admin.ada", Role.ADMIN, None),
)


class Clock:
    """A clock the test moves by hand (`clock.now += timedelta(minutes=16)`)."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class World:
    engine: Engine
    store: TaskStore
    cipher: FieldCipher
    vault: Vault
    clock: Clock
    app: Starlette
    task_ids: dict[str, str] = field(default_factory=dict)
    bind_keys: KeyBinder = unbound


def raw_invitation(child: str = CANARY_CHILD, *, n: int = 1) -> bytes:
    msg = EmailMessage()
    msg["From"] = "CP Admin <cp.admin@calderdale.gov.uk>"
    msg["To"] = "cppu@westyorkshire.police.uk"
    msg["Subject"] = "Initial Child Protection Conference"
    msg["Date"] = "Mon, 23 Nov 2026 08:10:00 +0000"
    msg["Message-ID"] = f"<desk-{n}@calderdale.gov.uk>"
    msg.set_content(
        "Dear CPPU,\n\n"
        f"An Initial Child Protection Conference is arranged for {child} (DOB 01/05/2019)\n"
        "on 3 December 2026 at 10:00, Northgate House, Halifax.\n\n"
        f"Reason for conference: {child}'s   stepfather is a\nregistered sex offender "
        "and has moved into the family home.\n"
        "There is no current domestic abuse in the household.\n\n"
        "Police attendance: \u2612 Required \u2610 Report sufficient\n"
    )
    msg.add_attachment(
        b"Booking form (text copy)\nPolice attendance required.\n",
        maintype="text",
        subtype="plain",
        filename="booking-form.txt",
    )
    return msg.as_bytes()


def result_for(
    child: str = CANARY_CHILD,
    *,
    reference: str = "LCS991421",
    suggested: Suggestion = Suggestion.ATTEND,
    report_due: date | None = date(2026, 11, 30),
    flags: tuple[Flag, ...] = (),
    district: str = "calderdale",
) -> TriageResult:
    from parsers.records import Person

    base = make_result(
        children=(Person(child, date(2019, 5, 1)),),
        reference=reference,
        suggested=suggested,
        report_due=report_due,
        flags=flags,
        district=district,
    )
    rso = Evidence(quote=f"{child}'s stepfather is a registered sex offender", location="body")
    negated = Mention(
        Criterion.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT,
        Context.NEGATED,
        Evidence(NEGATED_QUOTE, "body"),
        trigger="no",
    )
    criteria = tuple(replace(c, evidence=(rso,)) for c in base.criteria)
    mentions = (Mention(Criterion.REGISTERED_SEX_OFFENDER, Context.AFFIRMED, rso), negated)
    return replace(base, criteria=criteria, mentions=mentions)


def read_as_filed(result: TriageResult, raw: bytes) -> TriageResult:
    """The result with the pages and headers the parsers read from `raw` (fields kept)."""
    parsed = parse_email(raw)
    return replace(result, invitation=replace(parsed, fields=result.invitation.fields))


def file_task(
    world: World,
    result: TriageResult,
    raw: bytes,
    *,
    n: int,
    bind_keys: KeyBinder = unbound,
    read: Callable[[TriageResult, bytes], TriageResult] = read_as_filed,
) -> str:
    """What the daemon does: vault the bytes, ledger row, plan and apply the filing."""
    sha = hashlib.sha256(raw).hexdigest()
    result = read(result, raw)
    stored = world.vault.store(raw)
    message_id_index = hashlib.sha256(f"<desk-{n}@calderdale.gov.uk>".encode()).hexdigest()
    key = MessageKey("dropfolder", f"msg-{n}.eml", message_id_index, sha)
    with world.engine.begin() as conn, bind_keys(conn):
        ledger.record_received(
            conn,
            source=key.source,
            source_id=key.source_id,
            message_id_index=key.message_id_index,
            sha256=sha,
            size=len(raw),
            key_id=stored.key_id,
            vault_name=stored.name,
        )
        plan = plan_filing(result, key=key, existing=(), filed_keys=(), at=world.clock())
        filed = world.store.apply(plan, connection=conn)
    assert filed.task_id is not None
    return filed.task_id


def build_world(tmp_path: Path, *, clock: Clock | None = None, **config: Any) -> World:
    clock = clock or Clock()
    engine = sqlite_engine(tmp_path / "desk.db")
    for metadata in (intake_metadata, tasks_metadata, desk_metadata):
        metadata.create_all(engine)
    with engine.begin() as conn:
        install_audit_guards(conn)
        conn.execute(insert(desk_accounts), _account_rows())
    cipher = AesGcmCipher()
    store = TaskStore(engine, cipher=cipher, blind_index=blind_index, clock=clock)
    vault = Vault(tmp_path / "vault", cipher=cipher)
    app = create_app(
        engine,
        store=store,
        cipher=cipher,
        blind_index=blind_index,
        vault=vault,
        config=DeskConfig(**{"origin": ORIGIN, **config}),
        clock=clock,
    )
    world = World(engine, store, cipher, vault, clock, app)
    world.task_ids["rso"] = file_task(world, result_for(), raw_invitation(), n=1)
    late = result_for(
        "Yusuf Barraclough",
        reference="LCS000777",
        suggested=Suggestion.REPORT_ONLY,
        report_due=date(2026, 11, 20),
        flags=(Flag.LATE_NOTICE,),
    )
    world.task_ids["late"] = file_task(world, late, raw_invitation("Yusuf Barraclough", n=2), n=2)
    return world


@functools.cache
def _account_rows() -> list[dict[str, Any]]:
    """The test accounts, hashed once per run (argon2id is slow on purpose)."""
    engine = create_engine("sqlite://")
    desk_metadata.create_all(engine)
    with engine.begin() as conn:
        for username, role, officer in ACCOUNTS:
            create_local_account(
                conn,
                username,
                password=PASSWORD,
                role=role,
                display_name=username.replace(".", " ").title(),
                officer_id=officer,
                at=NOW,
            )
        rows = [r._asdict() for r in conn.execute(select(desk_accounts))]
    engine.dispose()
    return rows


@asynccontextmanager
async def desk_client(
    world: World, *, address: str = "198.51.100.7"
) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=world.app, client=(address, 50000))
    async with httpx.AsyncClient(
        transport=transport, base_url=ORIGIN, headers={"Origin": ORIGIN}
    ) as client:
        yield client


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field in the page"
    return found.group(1)


async def sign_in(
    client: httpx.AsyncClient, username: str, password: str = PASSWORD
) -> httpx.Response:
    page = await client.get("/login")
    return await client.post(
        "/login", data={"csrf": csrf_of(page.text), "username": username, "password": password}
    )


async def post_form(
    client: httpx.AsyncClient, path: str, data: dict[str, str], *, page: str = "/"
) -> httpx.Response:
    """POST a form with the CSRF token taken from `page`, as a browser would."""
    token = csrf_of((await client.get(page)).text)
    return await client.post(path, data={"csrf": token, **data})


def audit_rows(world: World) -> list[dict[str, Any]]:
    with world.engine.connect() as conn:
        return [
            {**r._asdict(), "ids": json.loads(r.record_ids)}
            for r in conn.execute(select(audit_log).order_by(audit_log.c.id))
        ]


def later(world: World, **delta: float) -> None:
    world.clock.now += timedelta(**delta)
