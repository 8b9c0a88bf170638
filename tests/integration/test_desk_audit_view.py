"""The auditor's view of the access log (issue 12 item 14)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.tables import desk_denials
from tasks.tables import audit_log
from tests.integration.test_desk_support import (
    World,
    audit_rows,
    build_world,
    desk_client,
    later,
    sign_in,
)

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def world(tmp_path: Path) -> World:
    return build_world(tmp_path)


def _ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r"<tr[^>]*><td>(\d+)</td><td>20", html)]


async def test_the_auditor_pages_through_the_whole_log(world: World) -> None:
    async with desk_client(world) as sergeant:
        await sign_in(sergeant, "ds.smith")
        for _ in range(130):
            await sergeant.get(f"/tasks/{world.task_ids['late']}")
    with world.engine.connect() as conn:
        every = set(conn.execute(select(audit_log.c.id)).scalars())
    seen: list[int] = []
    async with desk_client(world) as auditor:
        await sign_in(auditor, "auditor.ali")
        page = await auditor.get("/audit")
        assert f"of {len(every) + 1}" in page.text  # and the auditor's own sign-in
        while True:
            seen += _ids(page.text)
            older = re.search(r'href="(\?[^"]*)" rel="next"', page.text)
            if older is None:
                break
            page = await auditor.get("/audit" + older.group(1).replace("&amp;", "&"))
    assert every <= set(seen) and len(seen) == len(set(seen))


async def test_filters_by_person_case_action_and_date_and_the_csv_export(world: World) -> None:
    rso, late = world.task_ids["rso"], world.task_ids["late"]
    async with desk_client(world) as sergeant:
        await sign_in(sergeant, "ds.smith")
        await sergeant.get(f"/tasks/{rso}")
        later(world, days=2)
        await sign_in(sergeant, "ds.smith")
        assert (await sergeant.get(f"/tasks/{late}")).status_code == 200
    async with desk_client(world) as auditor:
        await sign_in(auditor, "auditor.ali")
        by_case = await auditor.get("/audit", params={"actor": "local:ds.smith", "record": late})
        on_day = await auditor.get(
            "/audit", params={"from": "2026-11-23", "to": "2026-11-23", "operation": "consultation"}
        )
        sign_ins = await auditor.get("/audit", params={"kind": "sign-in"})
        exported = await auditor.get(
            "/audit.csv", params={"actor": "local:ds.smith", "record": late}
        )
    assert by_case.status_code == 200 and "Rows 1–1 of 1" in by_case.text
    assert late in by_case.text and "review case" in by_case.text
    assert "2026-11-23T" in on_day.text and "2026-11-25T" not in on_day.text
    assert "sign-in: local password" in sign_ins.text and "review case" not in sign_ins.text
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(exported.text)))
    assert rows[0][:4] == ["id", "at", "operation", "actor"]
    assert len(rows) == 2 and rows[1][3] == "local:ds.smith" and late in rows[1][5]
    assert any(r["purpose"] == "access log exported as CSV" for r in audit_rows(world))


async def test_anonymous_refusals_are_counted_per_source_not_logged_row_by_row(
    world: World,
) -> None:
    """520 anonymous POSTs in 5 s pushed the real accesses to a case off the page."""
    task = world.task_ids["rso"]
    async with desk_client(world) as sergeant:
        await sign_in(sergeant, "ds.smith")
        await sergeant.get(f"/tasks/{task}")
    before = len(audit_rows(world))
    async with desk_client(world, address="203.0.113.9") as script:
        for _ in range(150):
            refused = await script.post(f"/tasks/{task}/close", data={"reason": "x"})
            assert refused.status_code == 403
    assert len(audit_rows(world)) == before
    with world.engine.connect() as conn:
        counted = conn.execute(
            select(desk_denials.c.source, func.sum(desk_denials.c.count)).group_by(
                desk_denials.c.source
            )
        ).all()
    assert [tuple(c) for c in counted] == [("203.0.113.9", 150)]
    async with desk_client(world) as auditor:
        await sign_in(auditor, "auditor.ali")
        page = (await auditor.get("/audit")).text
    assert f"{task}" in page and "review case" in page
    assert "203.0.113.9" in page and "<td>150</td>" in page


async def test_a_page_view_does_not_walk_the_chain_the_verify_action_does(world: World) -> None:
    async with desk_client(world) as auditor:
        await sign_in(auditor, "auditor.ali")
        page = await auditor.get("/audit")
        verified = await auditor.get("/audit/verify")
    assert "Hash chain:" not in page.text and 'href="/audit/verify"' in page.text
    assert "Hash chain: intact" in verified.text
