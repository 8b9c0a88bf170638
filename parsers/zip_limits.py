"""What a zip's own directory may declare before it counts as a bomb (RELIABILITY.md S2).

One rule for every zip the parsers open — a Word, OpenDocument or Excel package
(`parsers.attachment`) and a zip archive of papers (`parsers.archive`): at most
`MAX_UNZIPPED_BYTES` decompressed for one attachment, at most `MAX_ENTRIES` entries, and no
entry over 1 MB that compresses more than `MAX_RATIO`:1 (42.zip-style nesting, and the
overlapping-entry bombs whose entries share one compressed run).

Python's `zipfile` never inflates a member past its declared `file_size`, so the directory's
sizes bound what any reader can decompress: checking the directory is enough, and it costs no
decompression at all.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence

MB = 1024 * 1024
#: S2: at most 100 MB decompressed per attachment (an archive's nested archives included).
MAX_UNZIPPED_BYTES = 100 * MB
MAX_RATIO = 200
MAX_ENTRIES = 10_000


def declares_a_bomb(infos: Sequence[zipfile.ZipInfo], *, budget: int = MAX_UNZIPPED_BYTES) -> bool:
    """True when the directory declares more than S2 allows (`budget`: what is left to spend)."""
    if len(infos) > MAX_ENTRIES:
        return True
    if sum(info.file_size for info in infos) > budget:
        return True
    return any(
        info.file_size > MB and info.file_size > MAX_RATIO * max(1, info.compress_size)
        for info in infos
    )


def bomb_sentence() -> str:
    return f"it expands to more than {MAX_UNZIPPED_BYTES // MB} MB when decompressed (a bomb)"
