"""Drop-folder sink: the files parse back, and a crash mid-write leaves no partial file."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from intake.files import TEMP_PREFIX, write_atomically
from tasks.sinks.folder import FolderSink
from tests.unit.test_tasks_support import CANARY_CHILD, stored_occurrence

ROOT = Path(__file__).resolve().parents[2]


def test_an_occurrence_is_written_as_json_and_xml_that_parse_back(tmp_path: Path) -> None:
    occurrence = stored_occurrence()
    FolderSink(tmp_path).deliver(occurrence, event="new_occurrence", delivery_id="outbox-7")
    doc = json.loads((tmp_path / "CPC-2026-000001.json").read_text())
    assert doc["id"] == "CPC-2026-000001" and doc["delivery_id"] == "outbox-7"
    assert doc["conference"] == {
        "kind": "initial",
        "pre_birth": False,
        "date": "2026-12-03",
        "start": "10:00",
        "la_reference": "LCS991421",
        "venue": "Northgate House",
    }
    assert doc["nominals"][0]["name"] == CANARY_CHILD
    assert doc["tasks"][0]["criteria"][0]["id"] == "registered_sex_offender"
    root = etree.fromstring((tmp_path / "CPC-2026-000001.xml").read_bytes())
    assert root.tag == "occurrence" and root.findtext("id") == "CPC-2026-000001"
    assert root.findtext("conference/date") == "2026-12-03"
    assert root.findtext("nominals/nominal/name") == CANARY_CHILD
    assert root.find("tasks/task/decision").get("nil") == "true"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)] == []


def test_the_files_are_0640_whatever_the_umask(tmp_path: Path) -> None:
    """The clerk's import reads them as the service's group (one atomic write, its mode exact)."""
    old = os.umask(0o077)
    try:
        FolderSink(tmp_path).deliver(stored_occurrence(), event="new_occurrence", delivery_id="d")
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert modes == {"CPC-2026-000001.json": 0o640, "CPC-2026-000001.xml": 0o640}


def test_without_personal_data_the_files_carry_references_only(tmp_path: Path) -> None:
    FolderSink(tmp_path, include_personal=False).deliver(
        stored_occurrence(), event="new_occurrence", delivery_id="outbox-1"
    )
    for path in tmp_path.iterdir():
        data = path.read_bytes()
        assert b"Quillfeather" not in data and b"Northgate" not in data
        assert b"CPC-2026-000001" in data


def test_an_error_mid_write_keeps_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "CPC-2026-000001.json"
    write_atomically(target, [b'{"version": 1}'])

    def chunks() -> Iterator[bytes]:
        yield b'{"version": 2, "half'
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, chunks())
    assert json.loads(target.read_text()) == {"version": 1}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["CPC-2026-000001.json"]


def test_a_process_killed_mid_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "CPC-2026-000001.json"
    write_atomically(target, [b'{"version": 1}'])
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from intake.files import write_atomically

        def chunks():
            yield b'{{"version": 2, "half'
            os._exit(137)  # the power goes out half way

        write_atomically(Path({str(target)!r}), chunks())
        """
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, timeout=60)
    assert proc.returncode == 137
    assert json.loads(target.read_text()) == {"version": 1}
    finals = [p.name for p in tmp_path.iterdir() if not p.name.startswith(TEMP_PREFIX)]
    assert finals == ["CPC-2026-000001.json"]
