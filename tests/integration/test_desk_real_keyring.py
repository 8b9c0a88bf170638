"""The desk on the default set-up: the real key ring, on SQLite (the README's) and PostgreSQL.

Issue 12 item 1: with the key ring's data keys in the same SQLite file, a case view that read
a data key on a second connection waited 60 s for the write lock its own transaction held,
then answered 500 ("database is locked"). The stand-in cipher of the other desk tests keeps
its keys in memory and never takes that path; these tests use `KeyRing` with its cache empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from cpc_triage.db import sqlite_files

from tasks.tables import read_texts
from tests.integration import daemon_fixtures
from tests.integration.daemon_fixtures import Backend
from tests.integration.desk_real import real_world
from tests.integration.test_desk_support import (
    CANARY_CHILD,
    World,
    desk_client,
    post_form,
    sign_in,
)

backend_fixture = daemon_fixtures.backend_fixture
pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(name="world")
def world_fixture(backend: Backend, tmp_path: Path) -> Iterator[World]:
    with real_world(backend, tmp_path) as world:
        yield world


async def test_a_supervisor_signs_in_reads_the_queue_opens_a_case_and_decides(
    world: World,
) -> None:
    rso = world.task_ids["rso"]
    async with desk_client(world) as client:
        assert (await sign_in(client, "ds.smith")).status_code == 303
        queue = await client.get("/")
        assert queue.status_code == 200
        assert CANARY_CHILD in queue.text and rso in queue.text
        case = await client.get(f"/tasks/{rso}")
        assert case.status_code == 200
        marked = re.findall(r'<mark class="met"[^>]*>(.*?)</mark>', case.text, re.S)
        assert any(" ".join(m.split()).endswith("registered sex offender") for m in marked)
        decided = await post_form(
            client,
            f"/tasks/{rso}/decide",
            {"decision": "attend", "officer": "PC1234", "reason": ""},
            page=f"/tasks/{rso}",
        )
        assert decided.status_code == 303
        assert "Decided" in (await client.get(f"/tasks/{rso}")).text
        original = await client.get(f"/tasks/{rso}/original")
        assert original.status_code == 200 and b"registered sex offender" in original.content


async def test_search_and_an_officers_allocated_list_read_their_keys_too(world: World) -> None:
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        found = await post_form(client, "/search", {"q": CANARY_CHILD})
        assert found.status_code == 200 and world.task_ids["rso"] in found.text


def test_the_text_read_at_filing_is_kept_sealed(world: World) -> None:
    """The case page's text is in the database only as ciphertext (S9)."""
    with world.engine.connect() as conn:
        blobs = [bytes(b) for b in conn.execute(select(read_texts.c.text_enc)).scalars()]
    assert len(blobs) == 2
    assert all(
        b"registered sex offender" not in b and CANARY_CHILD.encode() not in b for b in blobs
    )
    for path in sqlite_files(world.engine):  # the file and its write-ahead log
        assert b"registered sex offender" not in path.read_bytes()
