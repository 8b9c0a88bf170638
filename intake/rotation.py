"""`keys rotate`: a new key-encryption key for every data key, while the daemon runs.

Only the wrapped data keys change (`data_keys.wrapped`); vault files and sealed fields stay as
they are, so a rotation costs milliseconds per thousand records. The steps keep a running
daemon able to read everything at every moment:

1. write the keyring with the new KEK first and the old ones after it (atomically);
   a running `KeyRing` notices the file changed before its next `new_key()` and wraps new data
   keys under the new KEK from then on;
2. wait `grace_s` so that a transaction that picked the old KEK just before has committed;
3. re-wrap every data key still under an old KEK, in batches, until none is left;
4. write the keyring with the new KEK alone: the old KEK can now be destroyed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine, func, select

from intake.files import write_atomically
from intake.keys import Keyring, KeyringProblem, new_kek, read_keyring, rewrap_all
from intake.tables import data_keys


@dataclass(frozen=True, slots=True)
class Rotation:
    old_kek_ids: tuple[str, ...]
    new_kek_id: str
    rewrapped: int


def rotate_kek(engine: Engine, *, keyring_path: Path, grace_s: float = 5.0) -> Rotation:
    """Rotate the KEK of the keyring at `keyring_path`; return what was done."""
    before = read_keyring(keyring_path)
    kek_id, key = new_kek()
    both = replace(before, keks=((kek_id, key), *before.keks))
    _write(keyring_path, both)
    time.sleep(grace_s)
    rewrapped = rewrap_all(engine, keyring=both)
    for _ in range(3):
        if _left_under_old(engine, new_kek_id=kek_id) == 0:
            break
        rewrapped += rewrap_all(engine, keyring=both)
    else:
        raise KeyringProblem("data keys are still being wrapped under the old KEK; run again")
    _write(keyring_path, replace(both, keks=((kek_id, key),)))
    return Rotation(
        old_kek_ids=tuple(k for k, _ in before.keks), new_kek_id=kek_id, rewrapped=rewrapped
    )


def _left_under_old(engine: Engine, *, new_kek_id: str) -> int:
    with engine.connect() as conn:
        count = conn.execute(
            select(func.count())
            .select_from(data_keys)
            .where(data_keys.c.kek_id != new_kek_id, data_keys.c.wrapped.is_not(None))
        ).scalar_one()
    return int(count)


def _write(path: Path, keyring: Keyring) -> None:
    write_atomically(path, keyring.render().encode(), mode=0o600)
