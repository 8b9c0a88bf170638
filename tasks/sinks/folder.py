"""Drop folder sink: `<occurrence id>.json` and `<occurrence id>.xml`, each written atomically.

Atomic replace (the same recipe as Maildir and SQLite's journal, written once in
`intake.files.write_atomically`): write a temporary file in the same folder, flush and fsync
it, `os.replace` it over the final name, then fsync the folder so the rename survives a power
cut. A reader (the clerk's import) sees the old file or the new one, never half of one;
temporary files start with `.tmp-` and importers must skip them. A newer event for the same
occurrence overwrites its files, so a redelivery is harmless. The files are 0640: the clerk's
import may read them as the service's group.
"""

from __future__ import annotations

import json
from pathlib import Path

from intake.files import write_atomically
from tasks.delivery import DeliveryError
from tasks.records import Occurrence
from tasks.sinks.document import occurrence_document, occurrence_xml


class FolderSink:
    def __init__(
        self, folder: Path, *, name: str = "folder", include_personal: bool = True
    ) -> None:
        self._folder = folder
        self._name = name
        self._include_personal = include_personal

    @property
    def name(self) -> str:
        return self._name

    @property
    def recipient(self) -> str:
        return f"folder:{self._folder}"

    def deliver(self, occurrence: Occurrence, *, event: str, delivery_id: str) -> None:
        doc = occurrence_document(occurrence, include_personal=self._include_personal)
        doc["event"] = event
        doc["delivery_id"] = delivery_id
        data = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True).encode()
        xml = occurrence_xml(occurrence, include_personal=self._include_personal)
        try:
            write_atomically(self._folder / f"{occurrence.id}.json", data, mode=0o640)
            write_atomically(self._folder / f"{occurrence.id}.xml", xml, mode=0o640)
        except OSError as exc:
            raise DeliveryError(f"cannot write to the drop folder: {exc.strerror}") from exc
