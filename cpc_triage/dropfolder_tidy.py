"""Delete the plain originals older versions kept in a drop folder's `processed/` (issue 12.16).

Until this version every filed message stayed in `processed/` as a plain `.eml`, for ever:
outside the vault, the access log and retention. The drop folder now deletes a message once
it is filed; this removes what earlier versions left, at start-up. A file goes only when the
ledger shows a message with the same bytes (SHA-256) filed or done — its task is committed and
its raw bytes were vaulted (or already erased by retention, which this copy escaped). A file
the ledger does not know (a database restored from before it arrived) is left, and counted.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass

from sqlalchemy import Engine

from intake import ledger
from intake.dropfolder import DropFolder
from intake.files import fsync_dir


@dataclass(frozen=True, slots=True)
class Tidied:
    deleted: int
    unknown: int  # files the ledger has no filed message for: kept


def forget_filed_originals(engine: Engine, folder: DropFolder) -> Tidied:
    """Delete each file in the old `processed/` whose message the ledger shows filed."""
    deleted = unknown = 0
    parked = folder.parked_originals()
    for path in parked:
        sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
        with engine.connect().execution_options(read_only=True) as conn:
            filed = ledger.filed_before(conn, sha256=sha256)
        if filed:
            path.unlink()
            deleted += 1
        else:
            unknown += 1
    if deleted:
        fsync_dir(parked[0].parent)
    if not unknown and parked:
        with contextlib.suppress(OSError):  # no folder that suggests it still keeps mail
            parked[0].parent.rmdir()
    return Tidied(deleted=deleted, unknown=unknown)
