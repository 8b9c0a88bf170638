"""A list (the desk's queue) decrypts what it shows and nothing else (issue 12's load test).

The recording cipher is a fake of the `FieldCipher` port that keeps the associated data of
every field it opened; the AAD names the table, row and column (`tasks.sealing`).
"""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_digest_support import file_case, make_engine, make_store
from tests.unit.test_tasks_support import CANARY_CHILD, AesGcmCipher, make_result


class RecordingCipher(AesGcmCipher):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    def decrypt(self, key_id: str, blob: bytes, *, aad: bytes) -> bytes:
        self.opened.append(aad.decode())
        return super().decrypt(key_id, blob, aad=aad)


def test_a_list_opens_names_but_not_reasons_evidence_venue_or_history(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "cpc.db")
    cipher = RecordingCipher()
    store = make_store(engine, cipher)
    task_id = file_case(store, engine, make_result(), 1)

    cipher.opened.clear()
    [(occurrence, task)] = store.get_tasks(
        [task_id], actor="ds.1234", purpose="review queue", history=False, detail=False
    )
    assert [c.name for c in occurrence.children] == [CANARY_CHILD]
    assert task.reasons == () and task.criteria == () and occurrence.venue is None
    assert not [w for w in cipher.opened if w.endswith(("/detail", "/venue", "/reason"))]

    cipher.opened.clear()
    [(whole, full)] = store.get_tasks([task_id], actor="ds.1234", purpose="review case")
    assert full.reasons and whole.venue == "Northgate House"
    assert f"tasks:{task_id}/detail" in cipher.opened
