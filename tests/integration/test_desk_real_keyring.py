"""The desk on the default set-up: the real key ring, on SQLite (the README's) and PostgreSQL.

Issue 12 item 1: with the key ring's data keys in the same SQLite file, a case view that read
a data key on a second connection waited 60 s for the write lock its own transaction held,
then answered 500 ("database is locked"). The stand-in cipher of the other desk tests keeps
its keys in memory and never takes that path; these tests use `KeyRing` with its cache empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from cpc_triage.db import sqlite_files
from desk.digest_load import DigestConfig
from desk.digest_outbox import preview_digest
from tasks.tables import read_texts
from tests.integration import daemon_fixtures
from tests.integration.daemon_fixtures import Backend
from tests.integration.desk_real import real_world
from tests.integration.test_desk_support import (
    CANARY_CHILD,
    NOW,
    ORIGIN,
    World,
    desk_client,
    file_task,
    post_form,
    raw_invitation,
    result_for,
    sign_in,
)
from triage.records import Suggestion, TriageResult

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


async def test_a_link_in_the_rendered_digest_opens_the_case_in_the_desk(world: World) -> None:
    """Issue 12 item 3: the digest linked /cases/<id>, the desk serves /tasks/<id> (404)."""
    config = DigestConfig(
        base_url=ORIGIN,
        sender="cppu-desk@westyorkshire.police.uk",
        recipients={"calderdale": ("ds.smith@westyorkshire.police.uk",)},
        allow_list=("@westyorkshire.police.uk",),
    )
    rendered = preview_digest(
        world.store,
        engine=world.engine,
        district="calderdale",
        config=config,
        now=NOW + timedelta(hours=1),
        bind_keys=world.bind_keys,
    )
    links = re.findall(rf'href="({re.escape(ORIGIN)}/[^"]+)"', rendered.html)
    assert links, "the digest links no case"
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        for link in links:
            task = link.rsplit("/", 1)[1]
            page = await client.get(link.removeprefix(ORIGIN), follow_redirects=True)
            assert page.status_code == 200
            assert f"<title>{task} – CPPU conference desk</title>" in page.text


def _undated(result: TriageResult) -> TriageResult:
    fields = replace(result.invitation.fields, date=None, time=None)
    return replace(result, invitation=replace(result.invitation, fields=fields))


async def test_the_queue_pages_through_every_open_task_undated_ones_included(world: World) -> None:
    """Issue 12 item 4: past 200 a status the queue dropped tasks, undated ones first."""
    for n in range(3, 224):
        undated = n % 11 == 0  # 20 undated manual-review tasks among 221
        result = result_for(
            f"Child Number{n}",
            reference=f"LCS{n:06d}",
            suggested=Suggestion.MANUAL_REVIEW if undated else Suggestion.ATTEND,
            report_due=None if undated else date(2026, 12, 1) + timedelta(days=n % 30),
        )
        raw = raw_invitation(f"Child Number{n}", n=n)
        world.task_ids[f"t{n}"] = file_task(
            world, _undated(result) if undated else result, raw, n=n, bind_keys=world.bind_keys
        )
    expected = set(world.task_ids.values())
    seen: list[str] = []
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        page = await client.get("/")
        assert f"of {len(expected)}" in page.text
        assert re.search(rf"<strong>{len(expected)}</strong> open", page.text)
        assert re.search(r"<strong>20</strong> manual review", page.text)
        while True:
            assert page.status_code == 200
            seen += re.findall(r'href="/tasks/(CPC-[0-9-]+T[0-9]+)"', page.text)
            following = re.search(r'href="(/\?[^"]*page=[0-9]+)" rel="next"', page.text)
            if following is None:
                break
            page = await client.get(following.group(1).replace("&amp;", "&"))
        assert len(seen) == len(set(seen)) == len(expected)
        assert set(seen) == expected
        manual = await client.get("/?suggested=manual_review")
        shown = set(re.findall(r'href="/tasks/(CPC-[0-9-]+T[0-9]+)"', manual.text))
        undated = {world.task_ids[f"t{n}"] for n in range(3, 224) if n % 11 == 0}
        assert shown == undated
