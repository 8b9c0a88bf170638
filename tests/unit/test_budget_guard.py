"""The per-message budget's guard hands control back as soon as its body is done (issue 15's
guard cost every message the rest of the monitor's nap: a batch of triage ran at half speed)."""

from __future__ import annotations

import threading

from cpc_triage.budget import BudgetExceeded, MessageBudget


def test_a_finished_body_is_not_held_until_the_monitor_wakes() -> None:
    budget = MessageBudget(seconds=600, poll_s=60.0)  # a nap far longer than the wait below
    done = threading.Event()

    def guarded() -> None:
        with budget.guard(on_stuck=lambda kind: None):
            pass
        done.set()

    worker = threading.Thread(target=guarded, daemon=True)
    worker.start()
    assert done.wait(timeout=10.0), "the guard waited for the monitor's nap to end"


def test_the_guard_still_ends_a_body_over_its_time() -> None:
    budget = MessageBudget(seconds=0.2, poll_s=0.05)
    ended = ""
    try:
        with budget.guard(on_stuck=lambda kind: None):
            while True:
                pass
    except BudgetExceeded as exc:  # raised into this thread by the monitor
        ended = type(exc).__name__
    assert ended == "TimeBudgetExceeded"
