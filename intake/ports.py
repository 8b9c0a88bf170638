"""The two ports every stage shares, defined once here in the lowest stage (issue 14 item 5).

`FieldCipher` is how raw messages (the vault) and personal fields (`tasks`: names, dates of
birth, reason text, evidence quotes) are encrypted at rest. One data key per message or
occurrence, wrapped by the key-encryption key kept outside the database; destroying the data
key makes everything encrypted under it unreadable (crypto-shredding, RELIABILITY.md S9). The
adapter is `intake.keys.KeyRing`; `cpc_triage` wires it in. `tasks.ports` names it for the
tasks stage.

`EventLog` is structlog's bound logger as far as the stages use it: key/value events only, so a
log line carries references and counts, never a subject, a name or an allegation (STYLE.md
habit 10). The daemon's pipeline and the digest take it; tests hand in a recording fake.
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


class EventLog(Protocol):
    """structlog's bound logger: key/value events only."""

    def info(self, event: str, **fields: object) -> object: ...
    def warning(self, event: str, **fields: object) -> object: ...
    def error(self, event: str, **fields: object) -> object: ...
