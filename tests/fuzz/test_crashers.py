"""Every input the fuzzers found (`tests/fuzz/crashers/`) is replayed as a regression test.

`email-*` files go to `read_message`: it must not raise, and must not have had to rescue the
message at its boundary (which loses the body). Every other file is an attachment: it is read
in a parse pool, because a crasher may be a hang or a bomb, and must give pages or an error
(a container: its files, each with pages or an error).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from parsers.attachment import Limits
from parsers.mime import read_message
from parsers.sandbox import ParsePool

CRASHERS = Path(__file__).parent / "crashers"
EMAILS = sorted(CRASHERS.glob("email-*"))
ATTACHMENTS = sorted(p for p in CRASHERS.iterdir() if p.is_file() and p not in EMAILS)


@pytest.fixture(scope="module")
def pool() -> Iterator[ParsePool]:
    with ParsePool(workers=2, limits=Limits(timeout_s=10)) as parse_pool:
        yield parse_pool


@pytest.mark.parametrize("path", EMAILS, ids=[p.name for p in EMAILS])
def test_a_message_the_fuzzer_found_is_read_without_rescue(path: Path) -> None:
    message = read_message(path.read_bytes())
    assert not any("could not be read as MIME" in problem for problem in message.problems)


@pytest.mark.parametrize("path", ATTACHMENTS, ids=[p.name for p in ATTACHMENTS])
def test_an_attachment_the_fuzzer_found_gives_pages_or_an_error(
    pool: ParsePool, path: Path
) -> None:
    content = pool.submit(path.read_bytes(), filename=path.name, declared_type=None).result(60)
    assert (content.error is None) == (content.error_kind is None)
    assert content.error is not None or content.pages or content.members  # a container's files
    for member in content.members:
        assert member.content.error is not None or member.content.pages
