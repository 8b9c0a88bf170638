"""The drop folder: claim by rename, offer claimed work first after a crash, park idempotently."""

from __future__ import annotations

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


def test_a_message_is_claimed_into_working_and_parked_in_processed(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    _drop(folder, "a.eml", b"A")
    fetched = folder.fetch_next()
    assert fetched is not None and fetched.raw == b"A"
    assert fetched.ref == SourceRef("dropfolder:default", "a.eml")
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
    assert first is not None and first.ref.source_id == "a.eml"
    restarted = DropFolder(tmp_path)
    again = restarted.fetch_next()
    assert again is not None and again.ref.source_id == "a.eml"


def test_half_written_and_foreign_files_are_not_messages(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    folder.ensure()
    (folder.inbox / ".c.eml.tmp").write_bytes(b"partial")
    (folder.inbox / "notes.json").write_bytes(b"{}")
    assert folder.fetch_next() is None
    assert folder.pending() == 0


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
