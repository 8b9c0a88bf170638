"""What a sergeant needs on the queue (issue 12 item 17): when each email arrived, "new since
you last looked", working days left until the report is due, years on dates not this year,
and sortable columns."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tests.integration.test_desk_support import (
    CANARY_CHILD,
    World,
    build_world,
    desk_client,
    file_task,
    later,
    post_form,
    raw_invitation,
    result_for,
    sign_in,
)

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def world(tmp_path: Path) -> World:
    return build_world(tmp_path)


def _row(html: str, task_id: str) -> str:
    found = re.search(rf"<tr[^>]*>(?:(?!</tr>).)*Open {task_id}</a></td>\s*</tr>", html, re.S)
    assert found, f"{task_id} is not on the page"
    return found.group(0)


def _order(html: str) -> list[str]:
    return re.findall(r'href="/tasks/(CPC-[0-9-]+T[0-9]+)"', html)


async def test_arrival_working_days_left_and_years_are_shown(world: World) -> None:
    later(world, hours=1)
    next_year = result_for("Harper Quenby", reference="LCS424242", report_due=date(2027, 1, 8))
    world.task_ids["2027"] = file_task(world, next_year, raw_invitation("Harper Quenby", n=4), n=4)
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        queue = (await client.get("/")).text
    rso, late, new_year = (_row(queue, world.task_ids[k]) for k in ("rso", "late", "2027"))
    assert "Mon 23 Nov 09:30" in rso  # arrived (filed), Europe/London
    assert "5 working days left" in rso  # Mon 23 → Mon 30 November
    assert "1 working day overdue" in late  # due Fri 20, today Mon 23
    assert "Fri 08 Jan 2027" in new_year and "Mon 30 Nov</td>" not in rso
    assert "Mon 30 Nov" in rso and "Mon 30 Nov 2026" not in rso


async def test_a_districts_closure_day_is_not_counted_in_the_working_days_left(
    tmp_path: Path,
) -> None:
    """Issue 14 item 5: the desk counted the days left on England's calendar alone, so a
    council closure day in the policy file showed one working day too many."""
    closed_wednesday = date(2026, 11, 25)
    world = build_world(tmp_path, closures={"calderdale": frozenset({closed_wednesday})})
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        queue = (await client.get("/")).text
    assert "4 working days left" in _row(queue, world.task_ids["rso"])  # Mon 23 → Mon 30 Nov


async def test_new_since_you_last_looked_marks_only_what_arrived_since(world: World) -> None:
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        first = (await client.get("/")).text
        assert "tag new" not in first
        later(world, minutes=5)
        newer = result_for("Rowan Ellerby", reference="LCS313131")
        world.task_ids["newer"] = file_task(world, newer, raw_invitation("Rowan Ellerby", n=5), n=5)
        second = (await client.get("/")).text
        third = (await client.get("/")).text
    assert "tag new" in _row(second, world.task_ids["newer"])
    assert "tag new" not in _row(second, world.task_ids["rso"])
    assert "tag new" not in third  # seen now


async def test_columns_sort_both_ways(world: World) -> None:
    leeds = result_for("Oakley Thistlewood", reference="LS556677", district="leeds")
    world.task_ids["leeds"] = file_task(world, leeds, raw_invitation("Oakley T", n=6), n=6)
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        default = (await client.get("/")).text
        by_district = (await client.get("/?sort=district&dir=asc")).text
        reversed_ = (await client.get("/?sort=district&dir=desc")).text
    assert 'href="/?sort=district&amp;dir=asc"' in default
    assert _order(by_district)[0] != world.task_ids["leeds"]
    assert _order(reversed_)[0] == world.task_ids["leeds"]
    assert 'href="/?sort=district&amp;dir=desc"' in by_district  # a second click reverses


async def test_the_case_page_names_the_protocol_not_a_file_or_rule_id(world: World) -> None:
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        case = (await client.get(f"/tasks/{world.task_ids['rso']}")).text
    assert "Calderdale protocol" in case
    assert "calderdale.initial.criteria" not in case and "(003)" not in case


async def test_search_finds_part_of_a_name_a_reference_or_a_date(world: World) -> None:
    """Issue 12 item 19: only a whole name or a whole reference was found."""
    rso, late = world.task_ids["rso"], world.task_ids["late"]
    surname = CANARY_CHILD.split()[-1]
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        by_surname = (await post_form(client, "/search", {"q": surname.lower()})).text
        by_first = (await post_form(client, "/search", {"q": "Yusuf"})).text
        by_part = (await post_form(client, "/search", {"q": "000777"})).text
        by_date = (await post_form(client, "/search", {"q": "30/11/2026"})).text
    assert rso in by_surname and late not in by_surname
    assert late in by_first and rso not in by_first
    assert late in by_part and rso not in by_part
    assert rso in by_date and late not in by_date  # the report due on Mon 30 November
