"""Header and MIME-structure bounds on the raw bytes (issue 15 item 2, CPython gh-136063).

The bombs are checked at the size the issue names: the scan is linear, so the test can afford
them, while the `email` package could not (minutes, or 22 GB). Real mail must pass untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from intake.rawmessage import RawMessage
from parsers.bounds import check_structure
from parsers.message import MessageLimits, open_message
from tests.builders import hostile_mime as hm
from tests.builders import mail_builder as mb

SAMPLES = Path(__file__).parents[1] / "corpus" / "samples"
CPYTHON_MAIL = Path("/usr/lib/python3.11/test/test_email/data")


@pytest.mark.parametrize(
    ("build", "kind"),
    [
        (hm.folded_header, "header_lines"),
        (hm.encoded_words, "encoded_words"),
        (hm.many_addresses, "header_size"),
        (hm.long_boundary, "boundary"),
        (hm.deep_nesting, "nesting"),
        (hm.many_parts, "parts"),
        (hm.long_header_line, "header_size"),
        (hm.forward_chain, "forwards"),
    ],
    ids=lambda v: getattr(v, "__name__", v),
)
def test_each_full_size_header_or_structure_bomb_is_refused_on_its_raw_bytes(
    build: Callable[[], bytes], kind: str
) -> None:
    refusal = check_structure(build())
    assert refusal is not None
    assert refusal.kind == kind


@pytest.mark.parametrize(
    ("build", "kind"),
    [
        (hm.folded_header, "header_lines"),
        (hm.encoded_words, "encoded_words"),
        (hm.long_boundary, "boundary"),
        (hm.many_parts, "parts"),
        (hm.long_header_line, "header_size"),
        (lambda: hm.text_attachment(8 * 2**20), None),  # 11 MB: a window ends mid-line
    ],
    ids=["folded_header", "encoded_words", "long_boundary", "many_parts", "long_line", "text"],
)
def test_a_message_in_a_file_is_judged_on_its_memory_map_as_on_its_bytes(
    build: Callable[[], bytes], kind: str | None, tmp_path: Path
) -> None:
    """The daemon scans a dropped message on a memory map, 8 MB windows at a time, dropping
    each window's pages (issue 15 item 4): the answer must be the one its bytes give."""
    raw = build()
    path = tmp_path / "m.eml"
    path.write_bytes(raw)
    with RawMessage(path=path).mapped() as mapped:
        on_map = check_structure(mapped)
    assert on_map == check_structure(raw)
    assert (on_map.kind if on_map is not None else None) == kind


def test_many_short_header_lines_are_refused_by_their_count() -> None:
    raw = hm.HEAD % 1 + b"".join(b"X-H%d: v\r\n" % i for i in range(6_000)) + b"\r\n" + hm.BODY
    refusal = check_structure(raw)
    assert refusal is not None and refusal.kind == "header_lines"


@pytest.mark.parametrize(
    "raw",
    [
        hm.encoded_words(2_000),
        hm.deep_nesting(100),
        hm.many_parts(600),
        hm.folded_header(20_000),
        hm.forward_chain(30),
    ],
    ids=["encoded_words", "deep_nesting", "many_parts", "folded_header", "forward_chain"],
)
def test_a_refused_message_is_never_handed_to_the_mime_parser_and_says_why(raw: bytes) -> None:
    opened = open_message(raw, message_limits=MessageLimits())
    assert opened.parts == []
    assert opened.refused == []
    assert any(p.startswith("the message could not be processed: ") for p in opened.problems)


def test_a_message_over_the_size_limit_keeps_its_headers_but_its_body_is_not_parsed() -> None:
    raw = hm.text_attachment(300_000)
    opened = open_message(raw, message_limits=MessageLimits(max_message_bytes=100_000))
    assert opened.mime.info.sender is not None
    assert opened.mime.info.sender.address == "sarah.moorhouse@leeds.gov.uk"
    assert opened.mime.body == ()
    assert opened.refused == []
    assert any("over the 0.1 MB limit" in p for p in opened.problems)


def test_real_mail_passes_the_bounds() -> None:
    """The public examples, the builders' mail and CPython's own odd test messages."""
    real = [p.read_bytes() for p in sorted(SAMPLES.glob("**/*.eml"))]
    real += [p.read_bytes() for p in sorted(CPYTHON_MAIL.glob("msg_*.txt"))]
    real += [mb.alternative("Plain words.", "<p>Rich words.</p>")]
    assert len(real) > 40
    refused = [n for n, raw in enumerate(real) if check_structure(raw) is not None]
    assert refused == []


def test_the_message_id_for_the_ledger_is_read_from_the_bounded_header_section_only() -> None:
    """The ledger's Message-ID is read before the bounds are checked: it must not hand a
    50 MB header to the parser (it cost 1.2 GB in the daemon's own process)."""
    import tracemalloc

    from cpc_triage.pipeline import message_id_of
    from parsers.bounds import MAX_HEADER_BYTES, header_section

    raw = hm.long_header_line(20 * 1024 * 1024)
    assert len(header_section(raw)) <= MAX_HEADER_BYTES
    tracemalloc.start()
    try:
        message_id_of(raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * 1024 * 1024
    assert message_id_of(hm.encoded_words(10)) == "<hostile-1@leeds.gov.uk>"
