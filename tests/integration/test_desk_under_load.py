"""The mechanisms behind the desk's load test (issue 12 "Done when": 20 users, p95 < 300 ms).

Speed itself is measured in `benchmarks/bench_desk.py`, never here. These tests pin what made
it: a page is one read transaction and one short write, so a view holds one pooled connection
at a time and takes two; the pool's connections are open before the first user arrives; the
bank-holiday calendar and the templates are built before the first request; and every view
still writes its s.62 consultation row before the page is sent.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from cpc_triage.db import POOL_SIZE
from desk.web.pages import environment
from tasks.tables import audit_log
from tests.integration import daemon_fixtures
from tests.integration.daemon_fixtures import Backend
from tests.integration.desk_real import real_world
from tests.integration.test_desk_support import NOW, World, desk_client, sign_in
from triage.workdays import warm_calendar

backend_fixture = daemon_fixtures.backend_fixture
pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(name="world")
def world_fixture(backend: Backend, tmp_path: Path) -> Iterator[World]:
    with real_world(backend, tmp_path) as world:
        yield world


class Checkouts:
    """Counts the pool's checkouts, and the most held at once, on the engine's own events."""

    def __init__(self, world: World) -> None:
        self.taken = 0
        self.held = 0
        self.most_held = 0
        self.opened = 0
        pool = world.engine.pool
        event.listen(pool, "checkout", self._checkout)
        event.listen(pool, "checkin", self._checkin)
        event.listen(pool, "connect", self._connect)

    def _checkout(self, *_: Any) -> None:
        self.taken += 1
        self.held += 1
        self.most_held = max(self.most_held, self.held)

    def _checkin(self, *_: Any) -> None:
        self.held -= 1

    def _connect(self, *_: Any) -> None:
        self.opened += 1

    def reset(self) -> None:
        self.taken = self.most_held = self.opened = 0


def consultations(world: World, record_id: str) -> int:
    with world.engine.connect() as conn:
        rows = conn.execute(
            select(audit_log.c.record_ids).where(audit_log.c.operation == "consultation")
        ).scalars()
        return sum(1 for ids in rows if f'"{record_id}"' in ids)


async def test_a_case_view_is_one_read_transaction_and_one_write_on_one_connection_at_a_time(
    world: World,
) -> None:
    """Six transactions a view (session, ids, case, s.62 row, original, officers) were six
    checkouts, pings, BEGINs and ends; under 20 users on PostgreSQL that was the p95."""
    rso = world.task_ids["rso"]
    counted = Checkouts(world)
    async with desk_client(world) as client:
        assert (await sign_in(client, "ds.smith")).status_code == 303
        before = consultations(world, rso)
        counted.reset()
        page = await client.get(f"/tasks/{rso}")
        assert page.status_code == 200 and rso in page.text
        assert (counted.taken, counted.most_held) == (2, 1)
    assert consultations(world, rso) == before + 1  # the s.62 row is still written


async def test_the_queue_is_one_read_transaction_and_one_write(world: World) -> None:
    rso = world.task_ids["rso"]
    counted = Checkouts(world)
    async with desk_client(world) as client:
        assert (await sign_in(client, "ds.smith")).status_code == 303
        before = consultations(world, rso)
        counted.reset()
        queue = await client.get("/")
        assert queue.status_code == 200 and rso in queue.text
        assert (counted.taken, counted.most_held) == (2, 1)
    assert consultations(world, rso) == before + 1


async def test_twenty_people_opening_the_queue_at_once_find_their_connections_open(
    backend: Backend, tmp_path: Path
) -> None:
    """The desk opens the pool's connections when it starts; a burst opens none (a new
    PostgreSQL session per request past the fifth was the slowest second of the load test)."""
    with real_world(backend, tmp_path, open_connections=None) as world:  # as `cpc-triage web`
        assert world.engine.pool.checkedin() >= POOL_SIZE  # type: ignore[attr-defined]
        async with desk_client(world) as client:
            assert (await sign_in(client, "ds.smith")).status_code == 303
            counted = Checkouts(world)
            answers = await asyncio.gather(*(client.get("/") for _ in range(20)))
        assert [a.status_code for a in answers] == [200] * 20
        assert counted.opened == 0


def test_the_calendar_and_templates_are_built_before_the_first_request(world: World) -> None:
    """Built at start (`desk.web.app`): the first twenty requests each built them at once."""
    from triage import workdays

    assert {NOW.year - 1, NOW.year, NOW.year + 1, NOW.year + 2} <= set(workdays._CALENDAR)
    cached = {template.name for template in environment().cache.values()}  # type: ignore[union-attr]
    assert {"queue.html", "case.html", "login.html"} <= cached
    built = workdays._CALENDAR[NOW.year]
    warm_calendar([NOW.year])
    assert workdays._CALENDAR[NOW.year] is built  # once per year, not per request
