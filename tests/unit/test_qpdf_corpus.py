"""qpdf's own broken PDFs (a sample, `tests/corpus/qpdf/README.md`) never crash or hang us.

RELIABILITY.md S1 / LIBRARIES.md "Bad-input corpora": every file gives pages or a recorded
error within the time limit. All files are submitted to one pool at once, as the daemon would,
and each result is then checked on its own.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path

import pytest

from parsers.attachment import AttachmentContent, Limits
from parsers.sandbox import ParsePool

CORPUS = Path(__file__).parents[1] / "corpus" / "qpdf"
FILES = sorted(CORPUS.glob("*.[pP][dD][fF]"))
TIMEOUT_S = 10.0


@pytest.fixture(scope="module")
def submitted() -> Iterator[dict[str, Future[AttachmentContent]]]:
    with ParsePool(workers=2, limits=Limits(timeout_s=TIMEOUT_S, ocr=False)) as pool:
        yield {
            path.name: pool.submit(path.read_bytes(), filename=path.name, declared_type=None)
            for path in FILES
        }


def test_the_sample_is_there_with_its_licence() -> None:
    assert len(FILES) >= 60
    assert "Apache License" in (CORPUS / "LICENSE.txt").read_text()


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_a_qpdf_test_file_gives_pages_or_a_recorded_error(
    submitted: dict[str, Future[AttachmentContent]], path: Path
) -> None:
    started = time.monotonic()
    # Queued behind at most every other file, each bounded by the timeout, on two workers.
    content = submitted[path.name].result(timeout=TIMEOUT_S * len(FILES))
    assert time.monotonic() - started <= TIMEOUT_S * len(FILES)
    assert (content.error is None) == (content.error_kind is None)
    if content.error is None:
        assert content.pages
        assert all(page.location.startswith(path.name) for page in content.pages)
    else:
        assert content.error.strip()
