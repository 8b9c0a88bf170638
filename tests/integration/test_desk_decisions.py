"""Never lose or flip a decision (issue 12 items 5, 6, 8)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tasks.records import Task, TaskStatus
from tests.integration.test_desk_support import (
    PASSWORD,
    World,
    audit_rows,
    build_world,
    csrf_of,
    desk_client,
    later,
    post_form,
    sign_in,
)

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def world(tmp_path: Path) -> World:
    return build_world(tmp_path)


def _task(world: World, task_id: str) -> Task:
    return world.store.get_task(task_id, actor="test", purpose="check")[1]


def _checked(html: str) -> list[str]:
    return re.findall(r'name="decision" value="(\w+)" checked', html)


async def test_a_refused_decision_shows_again_what_was_chosen_not_the_suggestion(
    world: World,
) -> None:
    """The suggestion is "report only"; the sergeant chose Attend and forgot the reason."""
    task = world.task_ids["late"]
    page = f"/tasks/{task}"
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        assert _checked((await client.get(page)).text) == ["not_attending"]
        refused = await post_form(
            client, f"{page}/decide", {"decision": "attend", "officer": "PC5678"}, page=page
        )
        assert refused.status_code == 400
        assert "Overriding the suggestion needs a reason" in refused.text
        assert _checked(refused.text) == ["attend"]
        assert re.search(r'<option value="PC5678" selected>', refused.text)
        typed = "Known to the unit: attend"
        no_officer = await post_form(
            client, f"{page}/decide", {"decision": "attend", "reason": typed}, page=page
        )
        assert no_officer.status_code == 400
        assert _checked(no_officer.text) == ["attend"]
        assert f">{typed}</textarea>" in no_officer.text
    assert _task(world, task).decision is None


async def test_the_second_supervisor_to_save_is_told_who_changed_it_and_when(
    world: World,
) -> None:
    task = world.task_ids["rso"]
    page = f"/tasks/{task}"
    async with desk_client(world) as first, desk_client(world) as second:
        await sign_in(first, "ds.smith")
        await sign_in(second, "ds.patel")
        opened_first = (await first.get(page)).text
        opened_second = (await second.get(page)).text
        saved = await first.post(
            f"{page}/decide",
            data={
                "csrf": csrf_of(opened_first),
                "version": _version(opened_first),
                "decision": "attend",
                "officer": "PC1234",
            },
        )
        assert saved.status_code == 303
        later(world, minutes=3)
        refused = await second.post(
            f"{page}/decide",
            data={
                "csrf": csrf_of(opened_second),
                "version": _version(opened_second),
                "decision": "not_attending",
                "reason": "Report is enough",
            },
        )
    assert refused.status_code == 409
    assert "changed by local:ds.smith at 09:30 since you opened it" in refused.text
    assert _checked(refused.text) == ["not_attending"]  # what the second one chose, kept
    stored = _task(world, task)
    assert stored.decided_by == "local:ds.smith" and stored.allocated_officer == "PC1234"
    assert [h.action for h in stored.history].count("not_attending") == 0


def _version(html: str) -> str:
    found = re.search(r'name="version" value="(\d+)"', html)
    assert found, "the form carries no version"
    return found.group(1)


async def test_closing_and_the_other_one_way_steps_ask_for_confirmation(world: World) -> None:
    task = world.task_ids["rso"]
    page = f"/tasks/{task}"
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        await post_form(
            client, f"{page}/decide", {"decision": "attend", "officer": "PC1234"}, page=page
        )
        asked = await post_form(client, f"{page}/report_sent", {}, page=page)
        assert asked.status_code == 200 and "cannot be undone" in asked.text
        assert _task(world, task).status is TaskStatus.DECIDED
        confirmed = await client.post(
            f"{page}/report_sent", data={"csrf": csrf_of(asked.text), "confirm": "yes"}
        )
        assert confirmed.status_code == 303
        assert _task(world, task).status is TaskStatus.REPORT_SENT
        withdraw = await post_form(
            client, f"{page}/withdraw", {"reason": "Duplicate of LCS000777"}, page=page
        )
        assert "Withdraw this task?" in withdraw.text and "Duplicate of LCS000777" in withdraw.text
        assert _task(world, task).status is TaskStatus.REPORT_SENT


async def test_an_officer_is_chosen_from_the_officer_accounts_not_typed(world: World) -> None:
    """Issue 12 item 12: a typed id ("PC 1234", a name) put work on nobody's list."""
    task = world.task_ids["rso"]
    page = f"/tasks/{task}"
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        typed = await post_form(
            client, f"{page}/decide", {"decision": "attend", "officer": "PC 1234"}, page=page
        )
        assert typed.status_code == 400 and "Choose the officer from the list" in typed.text
        assert _task(world, task).decision is None
        chosen = await post_form(
            client, f"{page}/decide", {"decision": "attend", "officer": "PC1234"}, page=page
        )
        assert chosen.status_code == 303
        nobody = await post_form(client, f"{page}/allocate", {"officer": "DS Smith"}, page=page)
        assert nobody.status_code == 400
    assert _task(world, task).allocated_officer == "PC1234"


def _hidden(html: str) -> dict[str, str]:
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', html))


async def test_work_typed_before_the_session_expired_is_carried_through_signing_in(
    world: World,
) -> None:
    """Issue 12 item 7: the decision and reason typed survive the idle timeout."""
    task = world.task_ids["late"]
    page = f"/tasks/{task}"
    typed = "Stepfather known to the unit, attend"
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        opened = (await client.get(page)).text
        later(world, minutes=16)  # a phone call
        expired = await client.post(
            f"{page}/decide",
            data={
                "csrf": csrf_of(opened),
                "version": _version(opened),
                "decision": "attend",
                "officer": "PC1234",
                "reason": typed,
            },
        )
        assert expired.status_code == 200
        assert "session ended" in expired.text and "This attempt is logged" not in expired.text
        carried = _hidden(expired.text)
        assert carried["carry_reason"] == typed and carried["carry_decision"] == "attend"
        back = await client.post(
            "/login", data={**carried, "username": "ds.smith", "password": PASSWORD}
        )
        assert back.status_code == 200 and typed in back.text
        assert _task(world, task).decision is None  # nothing saved without the person
        saved = await client.post(page + "/decide", data=_hidden(back.text))
    assert saved.status_code == 303
    stored = _task(world, task)
    assert stored.decided_by == "local:ds.smith" and stored.decision_reason == typed
    expiry = [r for r in audit_rows(world) if "session expired" in r["purpose"]]
    assert expiry and expiry[0]["actor"] == "local:ds.smith" and expiry[0]["ids"] == [task]
