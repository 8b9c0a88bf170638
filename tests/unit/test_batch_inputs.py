"""The batch's inputs: a bad path is reported before any output; bytes are read when reached."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpc_triage.batch import read_inputs


def test_a_missing_file_is_named_before_anything_is_read(tmp_path: Path) -> None:
    good = tmp_path / "a.eml"
    good.write_bytes(b"Subject: a\n\nbody")
    with pytest.raises(OSError) as raised:
        read_inputs([good, tmp_path / "missing.eml", good])
    assert raised.value.filename == str(tmp_path / "missing.eml")


def test_a_directory_is_not_an_input(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        read_inputs([tmp_path])


def test_each_file_is_read_when_the_batch_reaches_it(tmp_path: Path) -> None:
    """1,000 emails are 40 MB or more: they are not all held at once."""
    paths = [tmp_path / f"{n}.eml" for n in range(3)]
    for n, path in enumerate(paths):
        path.write_bytes(f"first {n}".encode())
    inputs = read_inputs(paths)
    paths[2].write_bytes(b"changed before it was reached")
    assert len(inputs) == 3
    assert list(inputs) == [b"first 0", b"first 1", b"changed before it was reached"]
    assert inputs[1] == b"first 1"
