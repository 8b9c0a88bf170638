"""Ports the tasks stage needs from outside (STYLE.md habit 4: small Protocols, named by role).

`FieldCipher` encrypts personal fields at rest (RELIABILITY.md S9). It is defined once, in
`intake.ports` — the vault seals raw messages with the same port and the same adapter
(`intake.keys.KeyRing`) — and named here for the tasks stage and the desk.
"""

from __future__ import annotations

from intake.ports import FieldCipher

__all__ = ["FieldCipher"]
