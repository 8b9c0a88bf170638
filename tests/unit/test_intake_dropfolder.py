"""The drop folder: claim by rename, offer claimed work first after a crash, park idempotently."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from intake.dropfolder import DropFolder
from intake.sources import SourceRef


def _drop(folder: DropFolder, name: str, data: bytes) -> None:
    folder.ensure()
    tmp = folder.inbox / f".{name}.tmp"
    tmp.write_bytes(data)
    os.replace(tmp, folder.inbox / name)


def _id(name: str, data: bytes) -> str:
    return f"{name}#{hashlib.sha256(data).hexdigest()[:16]}"


def test_a_message_is_claimed_into_working_and_parked_in_processed(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    _drop(folder, "a.eml", b"A")
    fetched = folder.fetch_next()
    assert fetched is not None and fetched.raw == b"A"
    assert fetched.ref == SourceRef("dropfolder:default", _id("a.eml", b"A"))
    assert (tmp_path / "working" / "a.eml").exists() and not (tmp_path / "inbox" / "a.eml").exists()
    folder.mark_done(fetched.ref)
    folder.mark_done(fetched.ref)  # idempotent
    assert (tmp_path / "processed" / "a.eml").read_bytes() == b"A"
    assert folder.fetch_next() is None


def test_after_a_crash_the_claimed_message_is_offered_again_first(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    _drop(folder, "b.eml", b"B")
    _drop(folder, "a.eml", b"A")
    first = folder.fetch_next()
    assert first is not None and first.ref.source_id == _id("a.eml", b"A")
    restarted = DropFolder(tmp_path)
    again = restarted.fetch_next()
    assert again is not None and again.ref.source_id == _id("a.eml", b"A")


def test_half_written_and_foreign_files_are_not_messages(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    folder.ensure()
    (folder.inbox / ".c.eml.tmp").write_bytes(b"partial")
    (folder.inbox / "notes.json").write_bytes(b"{}")
    assert folder.fetch_next() is None
    assert folder.pending() == 0
    assert folder.untaken() == ["notes.json"]


def test_a_second_message_with_a_used_name_is_kept_beside_the_first(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    for data in (b"one", b"two"):
        _drop(folder, "same.eml", data)
        fetched = folder.fetch_next()
        assert fetched is not None
        folder.mark_done(fetched.ref)
    parked = sorted(p.read_bytes() for p in (tmp_path / "processed").iterdir())
    assert parked == [b"one", b"two"]


def test_a_reference_outside_the_folder_is_refused(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    with pytest.raises(ValueError, match="not a message"):
        folder.mark_done(SourceRef("dropfolder:default", "../../etc/passwd"))
    with pytest.raises(ValueError, match="not a message"):
        folder.mark_done(SourceRef("dropfolder:other", "a.eml"))


def test_two_different_messages_under_one_name_are_two_messages(tmp_path: Path) -> None:
    """Issue 15 item 7: the identity is the name and the content, not the name alone."""
    folder = DropFolder(tmp_path)
    ids = []
    for data in (b"one", b"two", b"two"):
        _drop(folder, "same.eml", data)
        fetched = folder.fetch_next()
        assert fetched is not None
        ids.append(fetched.ref.source_id)
        folder.mark_done(fetched.ref)
    assert ids == [_id("same.eml", b"one"), _id("same.eml", b"two"), _id("same.eml", b"two")]


@pytest.mark.parametrize("name", ["A.EML", "b.Eml"])
def test_a_message_named_in_any_case_is_taken(tmp_path: Path, name: str) -> None:
    folder = DropFolder(tmp_path)
    _drop(folder, name, b"X")
    fetched = folder.fetch_next()
    assert fetched is not None and fetched.raw == b"X"
    folder.mark_done(fetched.ref)
    assert (tmp_path / "processed" / name).exists()
    assert folder.untaken() == []


def test_a_deferred_message_waits_until_nothing_else_is_waiting(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    _drop(folder, "a.eml", b"slow")
    slow = folder.fetch_next()
    assert slow is not None
    folder.defer(slow.ref)
    _drop(folder, "b.eml", b"quick")
    quick = folder.fetch_next()
    assert quick is not None and quick.raw == b"quick" and not quick.retry
    folder.mark_done(quick.ref)
    again = folder.fetch_next()
    assert again is not None and again.raw == b"slow" and again.retry
