"""The drop-folder source: `.eml` files in `inbox/`, the embedded default mailbox.

Layout under the folder (created on first use):

    inbox/       where mail is delivered; write elsewhere and rename in, so no half file shows
    working/     claimed messages, named by content: moved here before processing, left by a crash
    failed/      not even a manual_review task could be filed (should never happen): see below

Claiming hashes the file (a chunk at a time), then hard-links it into `working/` under
`<SHA-256 of its bytes>.eml` and unlinks it from `inbox/`: the link fails if that name is taken,
so two claimers cannot both win, and a crash between the two leaves the file in both places —
the ledger (source identity + SHA-256) recognises it and nothing is filed twice. After a
restart `working/` is offered first. The pipeline gets the claimed file's path (`Fetched.path`),
never its bytes read whole: a 150 MB message is hashed, sealed into the vault and checked a
chunk at a time (issue 15 item 4).

The identity of a message is its content: `<SHA-256 hex>.eml`. The file name a sender or a
script chose is never kept — not in the source id, not in the ledger, not in `working/` — for it
is personal data as much as the message (a child's name reached the database through it, issue
13 item 4). What the name used to tell is still told: a second, different `X.eml` delivered
after the first is a new message (issue 15 item 7: other bytes, another id), and the same bytes
delivered again are recognised as the same message. Names are taken in any case (`.EML`);
whatever else lands in `inbox/` is counted by `untaken()` for `cpc-triage status`, never
silently ignored.

Done means gone (issue 12 item 16): once the raw bytes are in the vault and the task is
committed, `mark_done` deletes the file. The original lives only in the vault, under its data
key, behind the desk's access log and retention; there was no reason to keep a plain copy
beside it (the old `processed/` kept every original forever). `failed/` keeps the original,
under its content name: a message there has NO task (even the manual_review filing failed), so
no person can reach its vault copy; it stays for the operator, who moves it back into `inbox/`
once the fault is fixed — the same bytes are the same ledger row, tried again.

A message the pipeline defers (over its budget, to be tried again: `defer`) is offered again only
when nothing else is waiting, so one slow message does not hold up the rest.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from intake.files import fsync_dir, move_durably
from intake.rawmessage import file_sha256
from intake.sources import Fetched, SourceRef, SourceUnavailable

SUFFIX = ".eml"
FOLDERS = ("inbox", "working", "failed")
LEGACY_PROCESSED = "processed"  # where done messages used to be kept: see `parked_originals`
_HEX = frozenset("0123456789abcdef")


class DropFolder:
    def __init__(self, root: Path, *, mailbox: str = "default") -> None:
        self.root = root
        self._name = f"dropfolder:{mailbox}"
        self._deferred: set[str] = set()  # source ids in working/ to offer last

    @property
    def name(self) -> str:
        return self._name

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    def ensure(self) -> None:
        for folder in FOLDERS:
            (self.root / folder).mkdir(parents=True, exist_ok=True, mode=0o700)

    def fetch_next(self) -> Fetched | None:
        try:
            self.ensure()
            working = self._working()
            for path in working:
                if path.name not in self._deferred:
                    return self._read(path)
            for path in _waiting(self.inbox):
                claimed = self._claim(path)
                if claimed is not None:
                    return claimed
            for path in working:  # only deferred ones are left: their turn has come
                return self._read(path, retry=True)
        except OSError as exc:
            raise SourceUnavailable(f"drop folder unreadable ({type(exc).__name__})") from exc
        return None

    def defer(self, ref: SourceRef) -> None:
        """Offer this message again only after everything else waiting (in this process)."""
        self._deferred.add(ref.source_id)

    def mark_done(self, ref: SourceRef) -> None:
        """Delete the claimed file: its bytes are in the vault and its task is committed."""
        path = self._claimed(ref)
        try:
            path.unlink()
        except FileNotFoundError:
            return  # already done: mark_done is idempotent
        fsync_dir(path.parent)

    def mark_failed(self, ref: SourceRef) -> None:
        """Keep the original in `failed/` for the operator (it has no task: see the module)."""
        path = self._claimed(ref)
        if not path.exists():
            return
        self.ensure()
        target = self.root / "failed" / path.name
        if target.exists():  # the same bytes failed before: one copy is enough
            path.unlink()
            fsync_dir(path.parent)
            return
        move_durably(path, target)

    def parked_originals(self) -> list[Path]:
        """Files left in the old `processed/` folder by versions that kept every original.

        The composition root deletes those whose bytes the ledger shows filed and vaulted
        (`cpc_triage.dropfolder_tidy`); the drop folder cannot ask the ledger itself."""
        folder = self.root / LEGACY_PROCESSED
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if p.is_file() and not p.is_symlink())

    def pending(self) -> int:
        """How many messages wait in inbox/ and working/."""
        return sum(len(_waiting(self.root / f)) for f in ("inbox", "working"))

    def census(self) -> dict[str, int]:
        """Messages in inbox/, working/ and failed/, for `status` (a wedged or parked one shows)."""
        return {folder: len(_waiting(self.root / folder)) for folder in _CENSUS}

    def untaken(self) -> list[str]:
        """Entries of inbox/ that will never be taken (not `.eml` files), for `status`.

        Dot-files are deliveries being written; they are not counted."""
        if not self.inbox.is_dir():
            return []
        taken = set(_waiting(self.inbox))
        return sorted(
            p.name for p in self.inbox.iterdir() if not p.name.startswith(".") and p not in taken
        )

    def _claim(self, path: Path) -> Fetched | None:
        target = self.root / "working" / file_source_id(path)
        try:
            os.link(path, target)
        except (FileExistsError, FileNotFoundError):
            return None  # the same bytes are in progress, or another claimer won
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        fsync_dir(target.parent)
        fsync_dir(path.parent)
        return Fetched(ref=SourceRef(self._name, target.name), path=target)

    def _working(self) -> list[Path]:
        """Claimed messages; one claimed under its file name by an older version is renamed
        to its content name first, so no sender's name stays on disk or reaches the ledger."""
        found = _waiting(self.root / "working")
        if all(is_source_id(p.name) for p in found):
            return found
        for path in found:
            if not is_source_id(path.name):
                target = path.with_name(file_source_id(path))
                if target.exists():
                    path.unlink()  # the same bytes are claimed under their content name
                else:
                    os.link(path, target)
                    path.unlink()
                fsync_dir(path.parent)
        return _waiting(self.root / "working")

    def _read(self, path: Path, *, retry: bool = False) -> Fetched:
        return Fetched(ref=SourceRef(self._name, path.name), path=path, retry=retry)

    def _claimed(self, ref: SourceRef) -> Path:
        if ref.source != self._name or not is_source_id(ref.source_id):
            raise ValueError("not a message of this drop folder")
        self._deferred.discard(ref.source_id)
        path = self.root / "working" / ref.source_id
        if not path.exists():
            self._working()  # claimed by an older version under its file name: rename it
        return path


def source_id_of(raw: bytes) -> str:
    """A drop-folder message's identity: the SHA-256 of its bytes (`<64 hex>.eml`)."""
    return f"{hashlib.sha256(raw).hexdigest()}{SUFFIX}"


def file_source_id(path: Path) -> str:
    """`source_id_of` the file's bytes, hashed a chunk at a time (never read whole)."""
    return f"{file_sha256(path)}{SUFFIX}"


def is_source_id(text: str) -> bool:
    """Whether `text` is a content name made by `source_id_of` (never a path, never a name)."""
    digest = text.removesuffix(SUFFIX)
    return text.endswith(SUFFIX) and len(digest) == 64 and set(digest) <= _HEX


_CENSUS = ("inbox", "working", "failed")


def _waiting(folder: Path) -> list[Path]:
    """Complete messages in name order (temporary dot-files are still being written)."""
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.iterdir()
        if p.name.lower().endswith(SUFFIX) and not p.name.startswith(".") and p.is_file()
    ]
    return sorted(found)
