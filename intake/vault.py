"""The vault: the raw bytes of every received message, encrypted, kept before anything else.

DESIGN.md step 1: intake stores the raw bytes *before* parsing, so a parser crash, a bad
policy or a lost task can always be re-run from what arrived. Each message is sealed with
AES-256-GCM under its own data key (`intake.keys.KeyRing`); the file name is random and the
associated data is that name, so a file renamed or swapped does not decrypt. Destroying the
data key erases the message even where a copy of the file survives (RELIABILITY.md S9).

A message is sealed in 1 MiB chunks straight into its file (`intake.sealed_stream`: per-chunk
AES-GCM, a counter and a last-chunk flag in each nonce), so a message of any size costs the main
process two chunks, not its size twice (issue 15 item 4). Files sealed whole by earlier versions
(`nonce + AES-GCM(message)`) still open.

Files are written with `intake.files.write_atomically_with` (tmp + fsync + rename + dir fsync)
under `<vault>/<2 hex>/<name>.msg`, 0600.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from intake import sealed_stream
from intake.crashpoints import crash_point
from intake.files import write_atomically_with
from intake.ports import FieldCipher
from intake.rawmessage import RawMessage


class Cipher(FieldCipher, Protocol):
    """The one cipher port (`intake.ports.FieldCipher`) and what only the vault needs of it:
    the data key's AEAD, to seal a message chunk by chunk (issue 15 item 4)."""

    def data_aead(self, key_id: str) -> AESGCM:
        """The AES-GCM of a data key; `KeyDestroyed` (a LookupError) once it is destroyed."""
        ...


@dataclass(frozen=True, slots=True)
class Stored:
    key_id: str
    name: str


class Vault:
    def __init__(self, root: Path, *, cipher: Cipher) -> None:
        self.root = root
        self._cipher = cipher

    def store(self, raw: bytes | RawMessage) -> Stored:
        """Seal and write `raw` a chunk at a time; return the data key id and the file name."""
        message = raw if isinstance(raw, RawMessage) else RawMessage(data=raw)
        key_id = self._cipher.new_key()
        name = secrets.token_hex(16)
        path = self._path(name)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        aead = self._cipher.data_aead(key_id)
        write_atomically_with(
            path,
            lambda handle: sealed_stream.seal(
                aead, message.chunks(sealed_stream.CHUNK_BYTES), handle.write, aad=name.encode()
            ),
            mode=0o600,
            before_fsync=lambda: crash_point("after_vault_write_before_fsync"),
        )
        crash_point("after_vault_rename")
        return Stored(key_id=key_id, name=name)

    def load(self, stored: Stored) -> bytes:
        """The raw bytes back; `KeyDestroyed` (a LookupError) once the record is erased."""
        return b"".join(self.open_chunks(stored))

    def open_chunks(self, stored: Stored) -> Iterator[bytes]:
        """The raw bytes back a chunk at a time (`sealed_stream.StreamCorrupt` at the first
        chunk cut, moved or altered); a file sealed whole by an earlier version in one piece."""
        aad = stored.name.encode()
        with self._path(stored.name).open("rb") as handle:
            head = handle.read(len(sealed_stream.MAGIC))
            if sealed_stream.is_stream(head):
                aead = self._cipher.data_aead(stored.key_id)
                handle.seek(0)
                opened = 0
                try:
                    for chunk in sealed_stream.open_chunks(aead, handle.read, aad=aad):
                        opened += 1
                        yield chunk
                    return
                except sealed_stream.StreamCorrupt:
                    if opened:
                        raise
                    # Not one chunk opened: perhaps a whole-sealed file whose random nonce began
                    # with MAGIC (2^-64). The whole form decides; otherwise the stream's error.
                    handle.seek(0)
                    whole = _open_whole(self._cipher, stored, handle.read())
                    if whole is None:
                        raise
                    yield whole
                    return
            yield self._cipher.decrypt(stored.key_id, head + handle.read(), aad=aad)

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


def _open_whole(cipher: Cipher, stored: Stored, blob: bytes) -> bytes | None:
    try:
        return cipher.decrypt(stored.key_id, blob, aad=stored.name.encode())
    except InvalidTag:
        return None
