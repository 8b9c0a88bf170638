"""Seal and open personal fields with the occurrence's data key (`FieldCipher`, RELIABILITY S9).

The associated data names the table, the column and the row, so a sealed value copied into
another row or column does not open (AES-GCM authenticates the AAD).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from tasks.errors import TasksError
from tasks.ports import FieldCipher


class RecordErased(TasksError, LookupError):
    """The occurrence's data key is destroyed: its personal fields are gone for good."""


@dataclass(frozen=True, slots=True)
class Sealer:
    cipher: FieldCipher
    key_id: str

    def seal(self, value: str | None, *, where: str) -> bytes | None:
        if value is None:
            return None
        return self.cipher.encrypt(self.key_id, value.encode(), aad=where.encode())

    def open(self, blob: bytes | None, *, where: str) -> str | None:
        if blob is None:
            return None
        try:
            return self.cipher.decrypt(self.key_id, bytes(blob), aad=where.encode()).decode()
        except LookupError as exc:
            raise RecordErased(f"data key {self.key_id} destroyed") from exc

    def seal_json(self, value: Any, *, where: str) -> bytes:
        sealed = self.seal(json.dumps(value, ensure_ascii=False, sort_keys=True), where=where)
        assert sealed is not None
        return sealed

    def open_json(self, blob: bytes, *, where: str) -> Any:
        return json.loads(self.open(blob, where=where) or "null")

    def seal_date(self, value: date | None, *, where: str) -> bytes | None:
        return self.seal(value.isoformat() if value else None, where=where)

    def open_date(self, blob: bytes | None, *, where: str) -> date | None:
        opened = self.open(blob, where=where)
        return date.fromisoformat(opened) if opened else None
