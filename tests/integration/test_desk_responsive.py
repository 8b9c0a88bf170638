"""Issue 12 item 2: one heavy email must not freeze the desk for everyone.

- The case page shows the text the parsers read when the message was filed (kept sealed by
  `tasks.readtext`), not a fresh parse of the original: a message of six scanned pages cost
  21-26 s of OCR per view.
- Blocking work runs off the event loop: while one request waits on the database (here: a
  daemon holding SQLite's write lock), the server still answers another.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
import uvicorn

from parsers.records import Page
from tests.integration.daemon_fixtures import Backend
from tests.integration.desk_real import real_world
from tests.integration.test_desk_support import (
    ORIGIN,
    PASSWORD,
    World,
    build_world,
    csrf_of,
    desk_client,
    file_task,
    raw_invitation,
    read_as_filed,
    result_for,
    sign_in,
)
from tests.servers.oidc import free_port
from triage.records import TriageResult

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_the_case_page_shows_the_text_read_when_the_message_was_filed(
    tmp_path: Path,
) -> None:
    world = build_world(tmp_path)
    raw = raw_invitation("Kacey Ombersley", n=7)
    result = result_for("Kacey Ombersley", reference="LCS123123")
    # What the parsers read at filing, here with a line a fresh parse of `raw` would not give.
    page = Page("attachment 1 (scan, OCR)", ("READ AT FILING: Ombersley booking form p.1",))
    filed = _file_as_read(world, result, raw, extra=page)
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        case = await client.get(f"/tasks/{filed}")
    assert case.status_code == 200
    assert "READ AT FILING: Ombersley booking form p.1" in case.text
    assert "attachment 1 (scan, OCR)" in case.text


def _file_as_read(world: World, result: TriageResult, raw: bytes, *, extra: Page) -> str:
    """`file_task`, with one more page in what the parsers read."""

    def with_page(result: TriageResult, raw: bytes) -> TriageResult:
        read = read_as_filed(result, raw)
        invitation = replace(read.invitation, body=(*read.invitation.body, extra))
        return replace(read, invitation=invitation)

    return file_task(world, result, raw, n=7, read=with_page)


@pytest.fixture(name="served")
def served_fixture(tmp_path: Path) -> Iterator[tuple[World, str, uvicorn.Server]]:
    with real_world(Backend("sqlite", "", ""), tmp_path) as world:
        port = free_port()
        config = uvicorn.Config(
            world.app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        started = threading.Event()
        for _ in range(500):
            if server.started:
                started.set()
                break
            started.wait(0.02)
        assert started.is_set(), "uvicorn did not start"
        try:
            yield world, f"http://127.0.0.1:{port}", server
        finally:
            server.should_exit = True
            thread.join(timeout=10)


def test_the_desk_answers_others_while_one_request_waits_on_the_database(
    served: tuple[World, str, uvicorn.Server],
) -> None:
    world, base, server = served
    cookie = _signed_in_cookie(base)
    answers: dict[str, int] = {}

    def open_case() -> None:
        with httpx.Client(base_url=base, headers={"Cookie": cookie}, timeout=120) as client:
            answers["case"] = client.get(f"/tasks/{world.task_ids['rso']}").status_code

    daemon = world.engine.connect()
    daemon.begin()  # BEGIN IMMEDIATE: the daemon filing a batch holds the write lock
    waiting = threading.Thread(target=open_case)
    try:
        waiting.start()
        arrived = threading.Event()
        for _ in range(1000):  # until the server is handling the case request
            if server.server_state.tasks:  # the case request's ASGI task is running
                arrived.set()
                break
            arrived.wait(0.01)
        assert arrived.is_set()
        other = httpx.get(f"{base}/static/desk.css", timeout=30)
        assert other.status_code == 200
        assert waiting.is_alive(), "the case view should still be waiting for the lock"
    finally:
        daemon.rollback()
        daemon.close()
    waiting.join(timeout=120)
    assert answers == {"case": 200}


def _signed_in_cookie(base: str) -> str:
    """Sign in over plain HTTP on loopback, carrying the Secure cookie by hand as a browser
    does for 127.0.0.1 (a potentially trustworthy origin)."""
    with httpx.Client(base_url=base, timeout=60) as client:
        form = client.get("/login")
        anonymous = _cookie(form, "__Host-desk-pre")
        signed = client.post(
            "/login",
            data={"csrf": csrf_of(form.text), "username": "ds.smith", "password": PASSWORD},
            headers={"Cookie": anonymous, "Origin": ORIGIN},
        )
        assert signed.status_code == 303
        return _cookie(signed, "__Host-desk")


def _cookie(response: httpx.Response, name: str) -> str:
    found = re.search(rf"({name}=[^;]+)", response.headers["set-cookie"])
    assert found
    return found.group(1)
