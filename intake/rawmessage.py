"""A received message's bytes, in memory or in a file, read only as far as each step needs.

Why: the drop folder used to hand the pipeline `path.read_bytes()`, and every step then worked
on the whole message — the hash, the bounds checks, the vault's ciphertext. A 150 MB message
was whole in the daemon's main process two or three times over (issue 15 item 4: 484 MB at the
peak against a 400 MB budget). A message in a file is now hashed and sealed a chunk at a time,
its headers read from its first bytes, its structure checked on a memory map
(`parsers.bounds.check_structure` drops each window's pages as it goes), and it is read whole
only to be parsed, which `max_message_mb` bounds. Mailbox sources (IMAP, Graph, EWS) receive a
message as bytes and hand those over unchanged.
"""

from __future__ import annotations

import contextlib
import hashlib
import mmap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Read size for hashing and sealing: the vault's chunk, so one read is one sealed chunk.
READ_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class RawMessage:
    """Exactly one of `data` (the bytes) or `path` (a file holding them, not to change)."""

    data: bytes | None = None
    path: Path | None = None

    def __post_init__(self) -> None:
        if (self.data is None) == (self.path is None):
            raise ValueError("a RawMessage is either bytes or a file")

    @property
    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        assert self.path is not None
        return self.path.stat().st_size

    def chunks(self, size: int = READ_BYTES) -> Iterator[bytes]:
        """The bytes in pieces of at most `size` (none for an empty message)."""
        if self.data is not None:
            view = memoryview(self.data)
            for start in range(0, len(view), size):
                yield bytes(view[start : start + size])
            return
        assert self.path is not None
        with self.path.open("rb") as handle:
            while piece := handle.read(size):
                yield piece

    def sha256(self) -> str:
        """The SHA-256 (hex) of the bytes, a chunk at a time."""
        digest = hashlib.sha256()
        for piece in self.chunks():
            digest.update(piece)
        return digest.hexdigest()

    def head(self, size: int) -> bytes:
        """The first `size` bytes (fewer when the message is shorter)."""
        if self.data is not None:
            return self.data[:size]
        assert self.path is not None
        with self.path.open("rb") as handle:
            return handle.read(size)

    def read(self) -> bytes:
        """The whole message: only for a step that needs it whole and has bounded its size."""
        if self.data is not None:
            return self.data
        assert self.path is not None
        return self.path.read_bytes()

    @contextlib.contextmanager
    def mapped(self) -> Iterator[bytes | mmap.mmap]:
        """The bytes as a buffer to scan: the bytes themselves, or a read-only memory map of
        the file (an empty file, which cannot be mapped, as b"")."""
        if self.data is not None:
            yield self.data
            return
        assert self.path is not None
        with self.path.open("rb") as handle:
            if self.size == 0:
                yield b""
                return
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                yield mapped


def file_sha256(path: Path) -> str:
    """The SHA-256 (hex) of a file's bytes, a chunk at a time."""
    return RawMessage(path=path).sha256()
