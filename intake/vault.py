"""The vault: the raw bytes of every received message, encrypted, kept before anything else.

DESIGN.md step 1: intake stores the raw bytes *before* parsing, so a parser crash, a bad
policy or a lost task can always be re-run from what arrived. Each message is sealed with
AES-256-GCM under its own data key (`intake.keys.KeyRing`); the file name is random and the
associated data is that name, so a file renamed or swapped does not decrypt. Destroying the
data key erases the message even where a copy of the file survives (RELIABILITY.md S9).

Files are written with `intake.files.write_atomically` (tmp + fsync + rename + dir fsync) under
`<vault>/<2 hex>/<name>.msg`, 0600.
"""

from __future__ import annotations

import contextlib
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from intake.crashpoints import crash_point
from intake.files import write_atomically
from intake.ports import FieldCipher


class Cipher(FieldCipher, Protocol):
    """The one cipher port (`intake.ports.FieldCipher`) and what only the vault needs of it:
    sealing into a buffer it can drop at once (issue 15 item 4)."""

    def encrypt_buffer(self, key_id: str, plaintext: bytes, *, aad: bytes) -> bytearray: ...


@dataclass(frozen=True, slots=True)
class Stored:
    key_id: str
    name: str


class Vault:
    def __init__(self, root: Path, *, cipher: Cipher) -> None:
        self.root = root
        self._cipher = cipher

    def store(self, raw: bytes) -> Stored:
        """Seal and write `raw`; return the data key id and the file name to record."""
        key_id = self._cipher.new_key()
        name = secrets.token_hex(16)
        path = self._path(name)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # One buffer for the sealed bytes, written and dropped here: the raw message and its
        # ciphertext are the only two copies the main process holds (issue 15 item 4).
        blob = self._cipher.encrypt_buffer(key_id, raw, aad=name.encode())
        write_atomically(
            path,
            blob,
            mode=0o600,
            before_fsync=lambda: crash_point("after_vault_write_before_fsync"),
        )
        del blob
        crash_point("after_vault_rename")
        return Stored(key_id=key_id, name=name)

    def load(self, stored: Stored) -> bytes:
        """The raw bytes back; `KeyDestroyed` (a LookupError) once the record is erased."""
        blob = self._path(stored.name).read_bytes()
        return self._cipher.decrypt(stored.key_id, blob, aad=stored.name.encode())

    def erase(self, stored: Stored) -> None:
        """Destroy the data key: that alone erases. Call `discard` once that is committed."""
        self._cipher.destroy(stored.key_id)

    def discard(self, stored: Stored) -> None:
        """Remove the (already unreadable) file."""
        with contextlib.suppress(FileNotFoundError):
            self._path(stored.name).unlink()

    def _path(self, name: str) -> Path:
        if len(name) != 32 or not all(c in "0123456789abcdef" for c in name):
            raise ValueError("not a vault name")
        return self.root / name[:2] / f"{name}.msg"
