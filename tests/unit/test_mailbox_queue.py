"""The remote mailboxes' hand-out queue (`intake.mailbox_sources._Queue`): a message the
pipeline hands back is offered again by the same process (issue 15 item 6)."""

from __future__ import annotations

from intake.mailbox_sources import _Queue


def _queue(*ids: str) -> _Queue:
    queue = _Queue("imap:cppu")
    queue.fill((i, f"raw {i}".encode()) for i in ids)
    return queue


def test_a_message_released_after_a_transient_fault_is_offered_again_first() -> None:
    queue = _queue("7:1", "7:2")
    first = queue.pop()
    assert first is not None
    assert queue.wanted(["7:1"]) == []  # in flight: the next listing does not fetch it again
    queue.release(first)
    again = queue.pop()
    assert again is not None and again.ref == first.ref and again.raw == first.raw
    assert not again.retry


def test_a_message_deferred_over_its_budget_comes_back_once_nothing_else_waits() -> None:
    queue = _queue("7:1", "7:2")
    slow = queue.pop()
    assert slow is not None
    queue.defer(slow.ref)
    assert queue.wanted(["7:1", "7:3"]) == ["7:3"]  # held here, not fetched twice
    other = queue.pop()
    assert other is not None and other.ref.source_id == "7:2"
    queue.finish(other.ref)
    back = queue.pop()
    assert back is not None and back.ref == slow.ref and back.retry
    queue.finish(back.ref)
    assert queue.pop() is None and queue.wanted(["7:1"]) == ["7:1"]
