"""Bounds on a message's headers and MIME structure, checked on the raw bytes before any parser.

Why here and not in the parser: the standard library's `email` package has no limits of its own,
and some of its costs are worse than linear — its header parser needs quadratic time and memory
on a header of many RFC 2047 encoded words (CPython gh-136063, open upstream); a header of a
million folded lines, 100,000 addresses in `To:`, 10,000 parts or 2,000 nested multiparts each
took minutes or gigabytes in the daemon's own process (issue 15). `max_message_mb` cannot help,
because it is applied to what the parser already produced. So the raw bytes are scanned once,
in linear time and without decoding anything, and a message over any bound is never handed to
the `email` package at all: it goes to a person, raw bytes kept in the vault, with the bound it
broke in plain words.

The bounds are far above real mail (a council's invitation has one header section of 2–8 KB,
under 10 encoded words, 2–4 MIME parts, nesting of at most 4) and far below what hurts.
"""

from __future__ import annotations

import contextlib
import mmap
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

#: The top-level header section; a real one is 2–8 KB, a long `Received:` chain maybe 40 KB.
MAX_HEADER_BYTES = 256 * 1024
#: A header section inside a part (a part's Content-Type and Content-Disposition).
MAX_PART_HEADER_BYTES = 64 * 1024
#: One header, folded lines joined: a `To:` of 64 KB holds about 2,000 addresses.
MAX_ONE_HEADER_BYTES = 64 * 1024
#: Physical lines in all header sections together (a folded header counts each line).
MAX_HEADER_LINES = 5_000
#: RFC 2047 encoded words anywhere in the message (gh-136063 is quadratic in them).
MAX_ENCODED_WORDS = 1_000
#: MIME parts (delimiter lines of declared boundaries).
MAX_PARTS = 500
#: Multipart boundaries declared: nesting depth is at most this.
MAX_BOUNDARIES = 60
#: RFC 2046 §5.1.1 allows 70 characters.
MAX_BOUNDARY_CHARS = 200
#: `message/rfc822` parts (forwards of forwards).
MAX_FORWARDS = 20

#: What the scans read: the message's bytes, or a read-only memory map of its file.
Scannable = bytes | mmap.mmap
#: The scans' window over a memory map (a multiple of the page size), and how far past it a
#: match that starts inside may be read (over MAX_BOUNDARY_CHARS, so a long boundary shows).
_WINDOW = 8 * 1024 * 1024
_OVERLAP = 4096
_PAGE = mmap.PAGESIZE

_ENCODED_WORD = re.compile(rb"=\?[^?\s]{1,80}\?[bBqQ]\?")
_BOUNDARY = re.compile(rb"""boundary\s*=\s*(?:"([^"\r\n]*)"?|([^\s;]*))""", re.IGNORECASE)
_FORWARD = re.compile(rb"content-type\s*:\s*message/rfc822", re.IGNORECASE)
_HEADER_NAME = re.compile(rb"^[!-9;-~]{1,76}:")


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a message is not read: `kind` for the ledger and logs, `words` for the person."""

    kind: str
    words: str


def header_section(raw: bytes) -> bytes:
    """The top-level header section, at most MAX_HEADER_BYTES of it: what a reader of the
    headers alone (the Message-ID for the ledger) may parse before the bounds were checked."""
    head = raw[:MAX_HEADER_BYTES]
    ends = [at for at in (head.find(b"\r\n\r\n"), head.find(b"\n\n")) if at >= 0]
    return head[: min(ends)] if ends else head


def check_structure(raw: Scannable) -> Refusal | None:
    """The first bound `raw` breaks, or None. Linear in `len(raw)`; never raises.

    `raw` may be a read-only memory map of the message's file (`intake.rawmessage`): it is
    scanned a window at a time and each window's pages are given back once scanned, so a
    150 MB message costs the process one window, not its size (issue 15 item 4)."""
    try:
        return _check(raw)
    except Exception as exc:  # a bug in the scan must not pass a hostile message
        return Refusal("structure_unreadable", f"its structure could not be checked ({exc!r:.40})")
    finally:
        _give_back(raw, 0, len(raw))


@dataclass(slots=True)
class _Tally:
    """What one pass over the windows found, judged afterwards in the bounds' order."""

    words: int = 0
    forwards: int = 0
    long_boundary: int = 0  # the first boundary over MAX_BOUNDARY_CHARS (its length seen)
    boundaries: set[bytes] = field(default_factory=set)
    too_many: bool = False


def _check(raw: Scannable) -> Refusal | None:
    tally = _Tally()
    ends = {_ENCODED_WORD: 0, _FORWARD: 0, _BOUNDARY: 0}  # non-overlapping across windows
    for start, stop, reach in _windows(raw):
        for pattern in ends:
            for match in pattern.finditer(raw, max(start, ends[pattern]), reach):
                if match.start() >= stop:
                    break
                ends[pattern] = match.end()
                _count(tally, pattern, match)
        _give_back(raw, start, stop - start)
    if tally.words > MAX_ENCODED_WORDS:
        return Refusal(
            "encoded_words", f"it has {tally.words:,} encoded words (limit {MAX_ENCODED_WORDS:,})"
        )
    if tally.forwards > MAX_FORWARDS:
        return Refusal(
            "forwards",
            f"it has {tally.forwards:,} forwarded messages inside (limit {MAX_FORWARDS})",
        )
    if tally.long_boundary:
        return Refusal(
            "boundary",
            f"a MIME boundary is {tally.long_boundary:,} characters long "
            f"(limit {MAX_BOUNDARY_CHARS})",
        )
    if tally.too_many:
        return Refusal(
            "nesting", f"it declares over {MAX_BOUNDARIES} MIME boundaries (nesting or parts)"
        )
    return _check_sections(raw, tally.boundaries)


def _count(tally: _Tally, pattern: re.Pattern[bytes], match: re.Match[bytes]) -> None:
    if pattern is _ENCODED_WORD:
        tally.words += 1
    elif pattern is _FORWARD:
        tally.forwards += 1
    elif not tally.long_boundary and not tally.too_many:
        value = (match.group(1) if match.group(1) is not None else match.group(2)) or b""
        if len(value) > MAX_BOUNDARY_CHARS:
            # A value cut at the window's reach is still over the limit (_OVERLAP > it).
            tally.long_boundary = len(value)
            return
        tally.boundaries.add(value.strip())
        tally.too_many = len(tally.boundaries) > MAX_BOUNDARIES


def _check_sections(raw: Scannable, boundaries: set[bytes]) -> Refusal | None:
    """Count the parts, then check each header section: the top one and the one after each
    delimiter line. Each line is found with a bounded `find` and measured before it is copied,
    so a 50 MB line costs a comparison, not a copy; the Python loop is bounded by
    MAX_HEADER_LINES."""
    starts = [0]
    named = sorted((b for b in boundaries if b), key=len, reverse=True)
    if named:
        alternatives = b"|".join(re.escape(b) for b in named)
        delimiter = re.compile(rb"^--(?:" + alternatives + rb")[^\n]*\n?", re.MULTILINE)
        after = 0
        for start, stop, reach in _windows(raw):
            for match in delimiter.finditer(raw, max(start, after), reach):
                if match.start() >= stop:
                    break
                after = match.end()
                if after == reach and reach < len(raw):  # the line runs past the window
                    newline = raw.find(b"\n", match.start(), match.start() + MAX_ONE_HEADER_BYTES)
                    if newline < 0:
                        return Refusal(
                            "header_size",
                            f"a MIME delimiter line is over {MAX_ONE_HEADER_BYTES // 1024} KB",
                        )
                    after = newline + 1
                starts.append(after)
                if len(starts) - 1 > MAX_PARTS:
                    return Refusal("parts", f"it has over {MAX_PARTS} MIME parts")
            _give_back(raw, start, stop - start)
    lines_left = MAX_HEADER_LINES
    for number, start in enumerate(starts):
        limit = MAX_HEADER_BYTES if number == 0 else MAX_PART_HEADER_BYTES
        outcome = _section(raw, start, limit=limit, lines_left=lines_left)
        if isinstance(outcome, Refusal):
            return outcome
        lines_left -= outcome
    return None


def _windows(raw: Scannable) -> Iterator[tuple[int, int, int]]:
    """(start, stop, reach) per window: matches starting in [start, stop) count there, and are
    read up to `reach`, `_OVERLAP` further, so one crossing the edge is still seen whole."""
    for start in range(0, max(1, len(raw)), _WINDOW):
        stop = min(len(raw), start + _WINDOW)
        yield start, stop, min(len(raw), stop + _OVERLAP)


def _give_back(raw: Scannable, start: int, length: int) -> None:
    """Drop a memory map's scanned pages from this process (the page cache keeps them): a
    file-backed page counts in the resident size the budget and the benchmarks measure."""
    if isinstance(raw, mmap.mmap) and length > 0:
        with contextlib.suppress(OSError, ValueError):
            raw.madvise(mmap.MADV_DONTNEED, start - start % _PAGE, length + start % _PAGE)


def _section(raw: Scannable, start: int, *, limit: int, lines_left: int) -> Refusal | int:
    """One header section from `start` to its blank line: the lines it used, or the bound broken."""
    pos, size, header, used = start, 0, 0, 0
    while pos < len(raw):
        reach = min(len(raw), pos + MAX_ONE_HEADER_BYTES + 1)  # a longer line is refused anyway
        end = raw.find(b"\n", pos, reach)
        end = reach if end < 0 else end + 1
        length = end - pos
        if length > MAX_ONE_HEADER_BYTES or size + length > limit:
            return Refusal("header_size", f"a header section is over {limit // 1024} KB")
        line = raw[pos:end]
        if not line.strip(b"\r\n"):
            break  # the blank line: the body starts
        folded = line[:1] in (b" ", b"\t")
        if not folded and not _HEADER_NAME.match(line):
            break  # not a header: the parser reads it as the start of the body
        used += 1
        if used > lines_left:
            return Refusal("header_lines", f"its headers run to over {MAX_HEADER_LINES:,} lines")
        size += length
        header = header + length if folded else length
        if header > MAX_ONE_HEADER_BYTES:
            return Refusal(
                "header_size", f"one header is over {MAX_ONE_HEADER_BYTES // 1024} KB long"
            )
        pos = end
    return used
