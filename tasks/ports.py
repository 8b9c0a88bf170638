"""Ports the tasks stage needs from outside (STYLE.md habit 4: small Protocols, named by role).

`FieldCipher` is how personal fields (names, dates of birth, reason text, evidence quotes) are
encrypted at rest. One data key per occurrence, wrapped by the key-encryption key kept outside
the database; destroying the data key makes every field encrypted under it unreadable
(crypto-shredding, RELIABILITY.md S9). The adapter is `intake.keys.KeyRing`; `cpc_triage`
wires it in.
"""

from __future__ import annotations

from typing import Protocol


class FieldCipher(Protocol):
    def new_key(self) -> str:
        """Create a data key and return its id (a short opaque string safe to store clear)."""
        ...

    def encrypt(self, key_id: str, plaintext: bytes, *, aad: bytes) -> bytes:
        """AES-GCM under the data key; `aad` binds the ciphertext to its table/column/row."""
        ...

    def decrypt(self, key_id: str, blob: bytes, *, aad: bytes) -> bytes:
        """Raise `KeyDestroyed` (any exception subclassing LookupError) when the key is gone."""
        ...

    def destroy(self, key_id: str) -> None:
        """Forget the data key for ever."""
        ...
