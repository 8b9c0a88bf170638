"""The drop-folder source: `.eml` files in `inbox/`, the embedded default mailbox.

Layout under the folder (created on first use):

    inbox/       where mail is delivered; write elsewhere and rename in, so no half file shows
    working/     claimed messages: moved here before processing, left here by a crash
    processed/   done: the raw bytes, ledger row and task are committed (DESIGN.md)
    failed/      not even a manual_review task could be filed (should never happen)

Claiming is a hard link into `working/` then an unlink from `inbox/`: the link fails if the name
is taken, so two claimers cannot both win, and a crash between the two leaves the file in both
places — the ledger (source identity + SHA-256) recognises it and nothing is filed twice. After a
restart `working/` is offered first.

The identity of a message is its file name **and** its content: `name.eml#<first 16 hex of its
SHA-256>`. A file name says nothing about what is inside — a second, different `X.eml` delivered
after the first was filed is a new message, and was lost as "already filed" when the name alone
was the identity (issue 15 item 7). The same bytes under the same name stay one message. Names
are taken in any case (`.EML`); whatever else lands in `inbox/` is counted by `untaken()` for
`cpc-triage status`, never silently ignored.

A message the pipeline defers (over its budget, to be tried again: `defer`) is offered again only
when nothing else is waiting, so one slow message does not hold up the rest.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from intake.files import fsync_dir, move_durably
from intake.sources import Fetched, SourceRef, SourceUnavailable

SUFFIX = ".eml"
FOLDERS = ("inbox", "working", "processed", "failed")
_ID_SEP = "#"
_ID_HEX = 16


class DropFolder:
    def __init__(self, root: Path, *, mailbox: str = "default") -> None:
        self.root = root
        self._name = f"dropfolder:{mailbox}"
        self._deferred: set[str] = set()  # file names in working/ to offer last

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
            working = _waiting(self.root / "working")
            for path in working:
                if path.name not in self._deferred:
                    return self._read(path)
            for path in _waiting(self.inbox):
                claimed = self._claim(path)
                if claimed is not None:
                    return self._read(claimed)
            for path in working:  # only deferred ones are left: their turn has come
                return self._read(path, retry=True)
        except OSError as exc:
            raise SourceUnavailable(f"drop folder unreadable ({type(exc).__name__})") from exc
        return None

    def defer(self, ref: SourceRef) -> None:
        """Offer this message again only after everything else waiting (in this process)."""
        self._deferred.add(file_name(ref.source_id))

    def mark_done(self, ref: SourceRef) -> None:
        self._park(ref, folder="processed")

    def mark_failed(self, ref: SourceRef) -> None:
        self._park(ref, folder="failed")

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

    def _claim(self, path: Path) -> Path | None:
        target = self.root / "working" / path.name
        try:
            os.link(path, target)
        except (FileExistsError, FileNotFoundError):
            return None  # a message of that name is in progress, or another claimer won
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        fsync_dir(target.parent)
        fsync_dir(path.parent)
        return target

    def _read(self, path: Path, *, retry: bool = False) -> Fetched:
        raw = path.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()[:_ID_HEX]
        ref = SourceRef(self._name, f"{path.name}{_ID_SEP}{digest}")
        return Fetched(ref=ref, raw=raw, retry=retry)

    def _park(self, ref: SourceRef, *, folder: str) -> None:
        if ref.source != self._name or "/" in ref.source_id or ref.source_id.startswith("."):
            raise ValueError("not a message of this drop folder")
        name = file_name(ref.source_id)
        self._deferred.discard(name)
        source = self.root / "working" / name
        if not source.exists():
            return  # already parked: mark_done is idempotent
        self.ensure()
        move_durably(source, _free_name(self.root / folder / name))


def file_name(source_id: str) -> str:
    """The file name in a source id (`name.eml#<hex>`; a bare name from before the hash)."""
    name, sep, digest = source_id.rpartition(_ID_SEP)
    if sep and len(digest) == _ID_HEX and all(c in "0123456789abcdef" for c in digest):
        return name
    return source_id


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


def _free_name(path: Path) -> Path:
    """`path`, or `name.1.eml`, `name.2.eml`… when a message of that name was parked before."""
    candidate, n = path, 0
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.{n}{path.suffix}")
    return candidate
