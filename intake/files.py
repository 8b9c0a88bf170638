"""Durable file writes: temporary file, fsync, rename, fsync of the directory.

A rename is atomic but not durable until the directory itself is synced (POSIX rename(2),
fsync(2); the ext4 "data=ordered" discussions): without the last fsync a power cut can bring
back the old name. `write_atomically` is the one way the code base writes a file it must not
lose: intake's vault and keyring, the backups, and the tasks stage's drop-folder sink.

The temporary file is `.tmp-<name>.<random>` in the same folder: a leading dot, which intake's
folders skip, and the prefix the drop-folder sink documents for importers to skip
(docs/sinks.md).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX = ".tmp-"


def write_atomically(
    path: Path,
    data: bytes | bytearray | Iterable[bytes],
    *,
    mode: int = 0o600,
    before_fsync: Callable[[], None] | None = None,
) -> None:
    """Write `data` (bytes, or chunks of them) to `path` with exactly `mode`, so that a crash
    leaves either the old file or the whole new one, never part of it."""
    chunks = [data] if isinstance(data, bytes | bytearray) else data

    def write(handle: BinaryIO) -> None:
        for chunk in chunks:
            handle.write(chunk)

    write_atomically_with(path, write, mode=mode, before_fsync=before_fsync)


def write_atomically_with(
    path: Path,
    write: Callable[[BinaryIO], object],
    *,
    mode: int = 0o600,
    before_fsync: Callable[[], None] | None = None,
) -> None:
    """`write_atomically`, the content written by `write(handle)` a piece at a time (the
    vault seals a message in chunks straight into the file, never whole in memory)."""
    tmp = path.with_name(f"{TEMP_PREFIX}{path.name}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        os.fchmod(fd, mode)  # the mode asked for, whatever the umask
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            if before_fsync is not None:
                before_fsync()
            os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def move_durably(source: Path, target: Path) -> None:
    """Rename within one file system and sync both directories."""
    source.replace(target)
    fsync_dir(target.parent)
    if source.parent != target.parent:
        fsync_dir(source.parent)


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def shared_mode(path: Path) -> int | None:
    """The file's mode when group or others have any access to it; None if private or missing.

    Secret files (passwords, private keys, client secrets) must be the owner's alone (S7).
    """
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None
    return mode if mode & 0o077 else None
