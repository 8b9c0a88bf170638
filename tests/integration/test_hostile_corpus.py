"""The hostile corpus through the daemon, in the reduced form CI affords (issue 15).

Every kind of the corpus once (PDF, Word, RTF, ODT, image and MIME bombs and oddities, huge
text, at 2 % of their size) and eight of the repository's own qpdf test PDFs attached to
invitations: every input becomes a task, nothing is left in inbox/, working/ or failed/, and
the main process and the whole tree stay under their stated ceilings. The full corpus (about
1,100 messages, the issue's sizes) is `benchmarks/bench_hostile.py`; its figures are in the
README. Times are printed, never asserted (speed belongs to the benchmark).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks.bench_hostile import run_corpus
from benchmarks.hostile_corpus import MIME, build
from benchmarks.hostile_files import FILES
from cpc_triage.settings import ParsingSettings

QPDF = Path(__file__).resolve().parents[1] / "corpus" / "qpdf"


@pytest.mark.slow
def test_every_hostile_input_becomes_a_task_and_memory_stays_under_its_ceilings(
    tmp_path: Path,
) -> None:
    qpdf = tmp_path / "qpdf"
    qpdf.mkdir()
    for path in sorted(QPDF.glob("*.pdf"))[:8]:
        shutil.copyfile(path, qpdf / path.name)
    paths = build(tmp_path / "corpus", qpdf=qpdf, scale=0.02, variants=1)
    assert len(paths) >= 8 + len(FILES) + len(MIME)
    report = run_corpus(paths, tmp_path / "run", batch=100, within=float("inf"))
    print(
        f"hostile (reduced): {report.inputs} inputs, main peak {report.main_peak_mb:.0f} MB, "
        f"tree peak {report.tree_peak_mb:.0f} MB, slowest {report.slowest} "
        f"{report.slowest_s:.1f} s"
    )
    parsing = ParsingSettings()
    assert report.tasks == report.inputs
    assert report.left == []
    assert report.main_peak_mb < parsing.main_memory_mb
    assert report.tree_peak_mb < parsing.service_memory_mb
