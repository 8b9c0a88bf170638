"""Poison messages in one process: the per-message budget ends them, strikes are counted, and
after three the message is set aside as "could not be processed" while the others are filed
(issue 15 items 2, 3 and 7). The daemon-as-a-process forms are in `test_poison_daemon.py`.
"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from cpc_demo import generate
from cpc_triage.budget import MessageBudget, resident_mb
from cpc_triage.daemon import Daemon
from intake.tables import ledger
from parsers.records import Invitation
from tasks.tables import filed_messages, tasks
from tests.integration.daemon_app import fixed_triage, open_test_app
from tests.integration.daemon_fixtures import (
    Backend,
    deliver,
    left_in_drop_folder,
    names_by_source_id,
)

SQLITE = Backend("sqlite", "", "")


@pytest.fixture(scope="module")
def demo_mail(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return generate(tmp_path_factory.mktemp("demo"), count=4, mix="demo")


def _poisoned(invitation: Invitation) -> bool:
    return bool(invitation.message.subject and "FIRTH" in invitation.message.subject.upper())


def _filed(app, mail: list[Path]) -> dict[str, tuple[str, str, int, str | None]]:  # type: ignore[no-untyped-def]
    """file name → (suggested, rule, strikes, ledger error) for every filed message."""
    with app.engine.connect() as conn:
        rows = conn.execute(
            select(
                filed_messages.c.source_id,
                tasks.c.suggested,
                tasks.c.rule,
                ledger.c.strikes,
                ledger.c.error,
            )
            .join(tasks, tasks.c.id == filed_messages.c.task_id)
            .join(ledger, ledger.c.source_id == filed_messages.c.source_id)
        ).all()
    names = names_by_source_id(mail)
    return {names[r[0]]: (r[1], r[2], r[3], r[4]) for r in rows}


def _run(tmp_path: Path, mail: list[Path], triage_fn, budget: MessageBudget):  # type: ignore[no-untyped-def]
    app, logs = open_test_app(tmp_path, SQLITE, triage_fn=triage_fn)
    app.parts = dataclasses.replace(app.parts, budget=budget)
    folder = app.settings.mailbox_path(app.settings.mailboxes[0])
    try:
        deliver(folder / "inbox", mail)
        Daemon(app).run_once()
        filed = _filed(app, mail)
    finally:
        app.close()
    left = [p.name for f in ("inbox", "working", "failed") for p in (folder / f).iterdir()]
    return filed, left, logs.getvalue()


def test_a_message_that_spins_is_ended_by_its_budget_and_set_aside_after_three_strikes(
    tmp_path: Path, demo_mail: list[Path]
) -> None:
    poisoned = demo_mail[0].name

    def spinning(invitation: Invitation, day):  # type: ignore[no-untyped-def]
        until = time.monotonic() + 60  # "forever", for the budget; bounded, so the test can fail
        while _poisoned(invitation) and time.monotonic() < until:
            pass
        return fixed_triage(invitation, day)

    filed, left, logs = _run(tmp_path, demo_mail, spinning, MessageBudget(seconds=1.0))
    assert filed[poisoned] == (
        "manual_review",
        "pipeline.could_not_be_processed",
        3,
        "budget:timeout",
    )
    assert {v[0] for k, v in filed.items() if k != poisoned} == {"discuss"}
    assert len(filed) == len(demo_mail)
    assert left == []
    assert logs.count('"message_over_budget"') == 3
    assert "Firth" not in logs


def test_a_message_that_takes_too_much_memory_is_ended_by_its_budget(
    tmp_path: Path, demo_mail: list[Path]
) -> None:
    poisoned = demo_mail[0].name
    ceiling = int(resident_mb()) + 250

    def hoarding(invitation: Invitation, day):  # type: ignore[no-untyped-def]
        hoard = []
        while _poisoned(invitation) and len(hoard) < 100:  # up to 800 MB, then give up
            hoard.append(bytearray(8 * 2**20))
            time.sleep(0.01)
        return fixed_triage(invitation, day)

    budget = MessageBudget(seconds=60.0, memory_mb=ceiling)
    filed, left, _ = _run(tmp_path, demo_mail[:2], hoarding, budget)
    assert filed[poisoned] == (
        "manual_review",
        "pipeline.could_not_be_processed",
        3,
        "budget:memory",
    )
    assert filed[demo_mail[1].name][0] == "discuss"
    assert left == []


def test_the_others_are_filed_before_the_slow_one_is_tried_again(
    tmp_path: Path, demo_mail: list[Path]
) -> None:
    """One slow message does not hold up the rest: after its first overrun it goes last."""
    order: list[bool] = []

    def slow_first(invitation: Invitation, day):  # type: ignore[no-untyped-def]
        order.append(_poisoned(invitation))
        until = time.monotonic() + 60
        while _poisoned(invitation) and time.monotonic() < until:
            pass
        return fixed_triage(invitation, day)

    _run(tmp_path, demo_mail, slow_first, MessageBudget(seconds=1.0))
    assert order[0] is True  # the poisoned one is first in name order
    assert order[1 : len(demo_mail)] == [False] * (len(demo_mail) - 1)
    assert order[len(demo_mail) :] == [True, True]


def test_two_different_messages_under_one_file_name_are_two_tasks(
    tmp_path: Path, demo_mail: list[Path]
) -> None:
    """Issue 15 item 7: a second, different X.eml is a new message, not 'already filed'."""
    app, _ = open_test_app(tmp_path, SQLITE, triage_fn=fixed_triage)
    folder = app.settings.mailbox_path(app.settings.mailboxes[0])
    same = tmp_path / "same"
    try:
        for source in demo_mail[:2]:
            same.mkdir(exist_ok=True)
            (same / "X.EML").write_bytes(source.read_bytes())
            deliver(folder / "inbox", [same / "X.EML"])
            Daemon(app).run_once()
        with app.engine.connect() as conn:
            task_ids = conn.execute(select(filed_messages.c.task_id)).scalars().all()
            states = conn.execute(select(ledger.c.state)).scalars().all()
    finally:
        app.close()
    assert len(set(task_ids)) == 2
    assert states == ["done", "done"]
    assert left_in_drop_folder(folder) == []  # both filed, both gone: only the vault keeps them
