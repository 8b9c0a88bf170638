"""The drop folder: claim by rename, offer claimed work first after a crash, delete once done.

Identities are content hashes and filed originals are deleted: a file name (which can name a
child) reaches neither the ledger nor any folder (issue 13 item 4, issue 12 item 16)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from intake.dropfolder import DropFolder, source_id_of
from intake.sources import SourceRef


def _drop(folder: DropFolder, name: str, data: bytes) -> None:
    folder.ensure()
    tmp = folder.inbox / f".{name}.tmp"
    tmp.write_bytes(data)
    os.replace(tmp, folder.inbox / name)


def _id(data: bytes) -> str:
    return f"{hashlib.sha256(data).hexdigest()}.eml"


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_a_message_is_claimed_under_its_content_name_and_deleted_once_done(
    tmp_path: Path,
) -> None:
    folder = DropFolder(tmp_path)
    _drop(folder, "Zebedee Quillfeather.eml", b"A")
    fetched = folder.fetch_next()
    assert fetched is not None and fetched.message.read() == b"A"
    assert fetched.ref == SourceRef("dropfolder:default", _id(b"A"))
    assert _files(tmp_path) == [f"working/{_id(b'A')}"]  # the sender's name is gone already
    folder.mark_done(fetched.ref)
    folder.mark_done(fetched.ref)  # idempotent
    assert _files(tmp_path) == []  # the original lives only in the vault
    assert not (tmp_path / "processed").exists()
    assert folder.fetch_next() is None


def test_a_message_that_cannot_be_filed_is_kept_in_failed_under_its_content_name(
    tmp_path: Path,
) -> None:
    folder = DropFolder(tmp_path)
    _drop(folder, "Zebedee Quillfeather.eml", b"A")
    fetched = folder.fetch_next()
    assert fetched is not None
    folder.mark_failed(fetched.ref)
    folder.mark_failed(fetched.ref)  # idempotent
    assert _files(tmp_path) == [f"failed/{_id(b'A')}"]


def test_a_message_claimed_under_its_file_name_by_an_older_version_is_renamed_and_finished(
    tmp_path: Path,
) -> None:
    """A daemon stopped mid-message before the upgrade left `working/<name>.eml`; the ledger
    row was converted to the content id (migration 0005): both meet again."""
    folder = DropFolder(tmp_path)
    folder.ensure()
    (tmp_path / "working" / "Zebedee Quillfeather.eml").write_bytes(b"old")
    folder.mark_done(SourceRef("dropfolder:default", _id(b"old")))  # a `filed` row, reconciled
    assert _files(tmp_path) == []
    (tmp_path / "working" / "Marigold.eml").write_bytes(b"older")
    fetched = folder.fetch_next()
    assert fetched is not None and fetched.ref.source_id == _id(b"older")
    assert _files(tmp_path) == [f"working/{_id(b'older')}"]


def test_the_old_processed_folder_is_listed_for_the_start_up_tidy(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    assert folder.parked_originals() == []
    (tmp_path / "processed").mkdir()
    (tmp_path / "processed" / "a.eml").write_bytes(b"A")
    assert folder.parked_originals() == [tmp_path / "processed" / "a.eml"]


def test_after_a_crash_the_claimed_message_is_offered_again_first(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    _drop(folder, "b.eml", b"B")
    _drop(folder, "a.eml", b"A")
    first = folder.fetch_next()
    assert first is not None and first.ref.source_id == _id(b"A")
    restarted = DropFolder(tmp_path)
    again = restarted.fetch_next()
    assert again is not None and again.ref.source_id == _id(b"A")


def test_half_written_and_foreign_files_are_not_messages(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    folder.ensure()
    (folder.inbox / ".c.eml.tmp").write_bytes(b"partial")
    (folder.inbox / "notes.json").write_bytes(b"{}")
    assert folder.fetch_next() is None
    assert folder.pending() == 0
    assert folder.untaken() == ["notes.json"]


def test_two_files_under_two_names_with_the_same_bytes_are_one_message(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    _drop(folder, "a.eml", b"same")
    _drop(folder, "b.eml", b"same")
    first = folder.fetch_next()
    assert first is not None
    assert folder.fetch_next() == first  # b.eml cannot be claimed while a.eml is in working/
    folder.mark_done(first.ref)
    second = folder.fetch_next()
    assert second is not None and second.ref == first.ref  # the ledger finds it done
    folder.mark_done(second.ref)
    assert _files(tmp_path) == []


def test_a_reference_outside_the_folder_is_refused(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    with pytest.raises(ValueError, match="not a message"):
        folder.mark_done(SourceRef("dropfolder:default", "../../etc/passwd"))
    with pytest.raises(ValueError, match="not a message"):
        folder.mark_done(SourceRef("dropfolder:other", _id(b"A")))
    with pytest.raises(ValueError, match="not a message"):
        folder.mark_done(SourceRef("dropfolder:default", "a.eml"))  # a name is never an id


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
    assert ids == [_id(b"one"), _id(b"two"), _id(b"two")]
    assert source_id_of(b"two") == _id(b"two")


@pytest.mark.parametrize("name", ["A.EML", "b.Eml"])
def test_a_message_named_in_any_case_is_taken(tmp_path: Path, name: str) -> None:
    folder = DropFolder(tmp_path)
    _drop(folder, name, b"X")
    fetched = folder.fetch_next()
    assert fetched is not None and fetched.message.read() == b"X"
    folder.mark_done(fetched.ref)
    assert _files(tmp_path) == []
    assert folder.untaken() == []


def test_a_deferred_message_waits_until_nothing_else_is_waiting(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    _drop(folder, "a.eml", b"slow")
    slow = folder.fetch_next()
    assert slow is not None
    folder.defer(slow.ref)
    _drop(folder, "b.eml", b"quick")
    quick = folder.fetch_next()
    assert quick is not None and quick.message.read() == b"quick" and not quick.retry
    folder.mark_done(quick.ref)
    again = folder.fetch_next()
    assert again is not None and again.message.read() == b"slow" and again.retry
