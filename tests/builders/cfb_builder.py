"""Compound File Binary files for tests, written from [MS-CFB] (no library here writes them).

Version 3 only: 512-byte sectors, one FAT of at most 109 sectors listed in the header (no
DIFAT: files up to about 7 MB), streams under 4096 bytes in the mini stream (64-byte mini
sectors, MS-CFB 2.5) and the others in sectors of their own. Each storage's children form a
binary search tree in the directory's order (MS-CFB 2.6.4: shorter names first, then by upper
case), balanced and all black, which is a valid red-black tree's shape; olefile, the reader the
product uses, reads the result (tests/unit/test_msg.py checks it).

A tree is a dict: a name maps to bytes (a stream) or to a dict (a storage).
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Union

SECTOR = 512
MINI_SECTOR = 64
CUTOFF = 4096
FREESECT = 0xFFFFFFFF
ENDOFCHAIN = 0xFFFFFFFE
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_STORAGE, _STREAM, _ROOT = 1, 2, 5
_BLACK = 1

Tree = Mapping[str, Union[bytes, "Tree"]]


@dataclass
class _Entry:
    name: str
    kind: int
    data: bytes = b""
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM
    start: int = ENDOFCHAIN
    size: int = 0
    kids: list[int] = field(default_factory=list)


def compound_file(tree: Tree) -> bytes:
    """The tree as a version 3 compound file."""
    entries = [_Entry("Root Entry", _ROOT)]
    _add(entries, 0, tree)
    for entry in entries:
        entry.child = _balanced(entries, sorted(entry.kids, key=lambda i: _order(entries[i].name)))
    mini, minifat = bytearray(), []
    big: list[_Entry] = []
    for entry in entries:
        if entry.kind != _STREAM or not entry.data:
            continue
        if len(entry.data) < CUTOFF:
            first = len(mini) // MINI_SECTOR
            count = -(-len(entry.data) // MINI_SECTOR)
            minifat += [first + i + 1 for i in range(count - 1)] + [ENDOFCHAIN]
            mini += entry.data + b"\0" * (-len(entry.data) % MINI_SECTOR)
            entry.start, entry.size = first, len(entry.data)
        else:
            big.append(entry)
    directory = b"".join(_direntry(e) for e in entries)
    directory += _empty_entry() * (-len(entries) % (SECTOR // 128))
    minifat_bytes = struct.pack(f"<{len(minifat)}I", *minifat)
    minifat_bytes += b"\xff" * (-len(minifat_bytes) % SECTOR)
    blobs: list[bytes] = [directory, minifat_bytes, bytes(mini)]
    blobs += [e.data for e in big]
    counts = [-(-len(b) // SECTOR) for b in blobs]
    content = sum(counts)
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < content + fat_sectors:
        fat_sectors += 1
    if fat_sectors > 109:
        raise ValueError("too large for a header-only FAT")
    fat = [FATSECT] * fat_sectors
    starts = []
    for count in counts:
        start = len(fat) if count else ENDOFCHAIN
        starts.append(start)
        fat += [len(fat) + i + 1 for i in range(count - 1)] + ([ENDOFCHAIN] if count else [])
    fat += [FREESECT] * (fat_sectors * (SECTOR // 4) - len(fat))
    dir_start, minifat_start, mini_start, *big_starts = starts
    entries[0].start, entries[0].size = mini_start, len(mini)
    for entry, start in zip(big, big_starts, strict=True):
        entry.start, entry.size = start, len(entry.data)
    directory = b"".join(_direntry(e) for e in entries)
    directory += _empty_entry() * (-len(entries) % (SECTOR // 128))
    blobs[0] = directory
    header = _header(fat_sectors, dir_start, minifat_start, counts[1])
    body = struct.pack(f"<{len(fat)}I", *fat)
    for blob in blobs:
        body += blob + b"\0" * (-len(blob) % SECTOR)
    return header + body


def _add(entries: list[_Entry], parent: int, tree: Tree) -> None:
    for name, value in tree.items():
        index = len(entries)
        entries[parent].kids.append(index)
        if isinstance(value, bytes):
            entries.append(_Entry(name, _STREAM, data=value))
        else:
            entries.append(_Entry(name, _STORAGE))
            _add(entries, index, value)


def _order(name: str) -> tuple[int, str]:
    return (len(name), name.upper())


def _balanced(entries: list[_Entry], ordered: list[int]) -> int:
    if not ordered:
        return NOSTREAM
    middle = len(ordered) // 2
    node = entries[ordered[middle]]
    node.left = _balanced(entries, ordered[:middle])
    node.right = _balanced(entries, ordered[middle + 1 :])
    return ordered[middle]


def _direntry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le") + b"\0\0"
    return struct.pack(
        "<64sHBBIII16sIQQIII",
        name,
        len(name),
        entry.kind,
        _BLACK,
        entry.left,
        entry.right,
        entry.child,
        b"\0" * 16,
        0,
        0,
        0,
        entry.start if entry.size or entry.kind == _ROOT else ENDOFCHAIN,
        entry.size,
        0,
    )


def _empty_entry() -> bytes:
    return struct.pack(
        "<64sHBBIII16sIQQIII",
        b"",
        0,
        0,
        0,
        NOSTREAM,
        NOSTREAM,
        NOSTREAM,
        b"\0" * 16,
        0,
        0,
        0,
        0,
        0,
        0,
    )


def _header(fat_sectors: int, dir_start: int, minifat_start: int, minifat_count: int) -> bytes:
    difat = list(range(fat_sectors)) + [FREESECT] * (109 - fat_sectors)
    return (
        MAGIC
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack(
            "<IIIIIIIII",
            0,
            fat_sectors,
            dir_start,
            0,
            CUTOFF,
            minifat_start if minifat_count else ENDOFCHAIN,
            minifat_count,
            ENDOFCHAIN,
            0,
        )
        + struct.pack("<109I", *difat)
    )
