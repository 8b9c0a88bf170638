"""Key management: the key-encryption key (KEK) outside the database, a data key per record.

Envelope encryption (NIST SP 800-57 §6.2.1.5's key-wrapping keys): each message and each
occurrence gets its own AES-256 data key; the database keeps it only wrapped by the KEK
(AES-GCM, the key id as associated data). The KEK lives in a keyring file that only the service
user can read — made 0600 by `cpc-triage keys init` (or by the first run on a database that has
never held a data key), or handed over by systemd as the credential `cpc-triage-kek`
(`LoadCredential=`, read from `$CREDENTIALS_DIRECTORY`). It is never made for a database that
holds data keys, and every start unwraps a stored data key with it (`check_opens_stored_keys`).

- Destroying a data key (`destroy`) wipes its wrapped copy: every field and vault file sealed
  under it is gone for good, backups included once they age out (crypto-shredding, S9).
- `rotate_kek` re-wraps every data key under a new KEK while the daemon runs: payloads are not
  re-encrypted. The keyring file lists the current KEK first and older ones after it until the
  rotation has swept them out; a running `KeyRing` re-reads the file when it changes or when it
  meets a KEK id it does not know.
- The blind-index key (HMAC-SHA256 for name search) is derived with HKDF from the keyring's
  `index` seed, which rotation keeps, so the index survives a KEK rotation.

`KeyRing` implements `intake.ports.FieldCipher` (the vault's and the tasks stage's port).

Keyring file format (text, one item a line; `#` starts a comment):

    index <base64 32 bytes>
    kek <kek id> <base64 32 bytes>      ← the first `kek` line is the current KEK

Errors:
    KeyError_            base (LookupError)
    ├── KeyDestroyed     the data key was destroyed: the record is erased
    └── KeyringProblem   the keyring file is missing, unreadable, malformed, too open, not a
                         regular file, or not the one the database's data keys are sealed with
"""

from __future__ import annotations

import base64
import contextlib
import contextvars
import hashlib
import hmac
import os
import secrets
import stat
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Connection, Engine, func, insert, inspect, select, update

from intake.errors import IntakeError
from intake.files import write_atomically
from intake.tables import data_keys

NONCE_BYTES = 12
_INDEX_INFO = b"cpc-triage blind index v1"


class KeyError_(IntakeError, LookupError):
    """Base of the key errors."""


class KeyDestroyed(KeyError_):
    """The data key was destroyed: what was sealed under it cannot be read."""


class KeyringProblem(KeyError_):
    """The keyring file cannot be used (missing, unreadable, malformed, readable by others)."""


@dataclass(frozen=True, slots=True)
class Keyring:
    """The parsed keyring file: the index seed and the KEKs, current first."""

    index_seed: bytes
    keks: tuple[tuple[str, bytes], ...]

    @property
    def current(self) -> tuple[str, bytes]:
        return self.keks[0]

    def render(self) -> str:
        lines = [
            "# cpc-triage keyring: keep secret. The first kek line is the current KEK.",
            f"index {_b64(self.index_seed)}",
            *(f"kek {kek_id} {_b64(key)}" for kek_id, key in self.keks),
        ]
        return "\n".join(lines) + "\n"


def new_kek() -> tuple[str, bytes]:
    key = secrets.token_bytes(32)
    return hashlib.sha256(b"kek-id" + key).hexdigest()[:16], key


def create_keyring(path: Path) -> Keyring:
    """Write a fresh keyring file (0600) at `path`; refuse to overwrite one."""
    if path.exists():
        raise KeyringProblem(f"keyring {path} already exists")
    keyring = Keyring(index_seed=secrets.token_bytes(32), keks=(new_kek(),))
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomically(path, keyring.render().encode(), mode=0o600)
    return keyring


def read_keyring(path: Path) -> Keyring:
    """Parse the keyring file; refuse one that group or others can read (S7).

    Opened without blocking and checked to be a regular file before it is read: a FIFO or a
    device put in its place would otherwise hang start-up and `check-config` for ever.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise KeyringProblem(f"keyring {path} cannot be read ({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise KeyringProblem(f"keyring {path} is not a regular file")
        if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            mode = info.st_mode & 0o777
            raise KeyringProblem(
                f"keyring {path} is readable by others (mode {mode:o}): chmod 600 it"
            )
        text = _read_all(fd).decode("ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyringProblem(f"keyring {path} cannot be read ({type(exc).__name__})") from None
    finally:
        os.close(fd)
    seed: bytes | None = None
    keks: list[tuple[str, bytes]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        words = line.split("#", 1)[0].split()
        try:
            if words and words[0] == "index" and len(words) == 2:
                seed = _unb64(words[1])
            elif words and words[0] == "kek" and len(words) == 3:
                keks.append((words[1], _unb64(words[2])))
            elif words:
                raise ValueError
        except ValueError:
            raise KeyringProblem(f"keyring {path} line {number} is malformed") from None
    if seed is None or not keks:
        raise KeyringProblem(f"keyring {path} has no index seed or no kek")
    return Keyring(index_seed=seed, keks=tuple(keks))


def blind_index_key(keyring: Keyring) -> bytes:
    """HKDF-SHA256 (RFC 5869) of the index seed: a key used for nothing else."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INDEX_INFO)
    return hkdf.derive(keyring.index_seed)


class KeyRing:
    """Data keys wrapped by the KEK; implements `intake.ports.FieldCipher`.

    Writes go through the connection bound with `using()` when there is one, so a data key
    commits in the same transaction as the record it protects (and SQLite, one writer at a time,
    is not asked for a second write transaction); otherwise through a short one of its own.
    """

    def __init__(self, engine: Engine, *, keyring_path: Path) -> None:
        self._engine = engine
        self._path = keyring_path
        self._lock = threading.Lock()
        self._keyring = read_keyring(keyring_path)
        self._stamp = _stamp(keyring_path)
        self._cache: dict[str, AESGCM] = {}
        self._bound: contextvars.ContextVar[Connection | None] = contextvars.ContextVar(
            "keyring_connection", default=None
        )
        self._index_key = blind_index_key(self._keyring)

    # -- FieldCipher ------------------------------------------------------------------------
    def new_key(self) -> str:
        self._reload_if_changed()
        key_id = secrets.token_hex(16)
        key = AESGCM.generate_key(bit_length=256)
        kek_id, kek = self._keyring.current
        wrapped = _seal(kek, key, aad=key_id.encode())
        with self._connection() as conn:
            conn.execute(
                insert(data_keys).values(
                    id=key_id, wrapped=wrapped, kek_id=kek_id, created_at=datetime.now(UTC)
                )
            )
        self._cache[key_id] = AESGCM(key)
        return key_id

    def encrypt(self, key_id: str, plaintext: bytes, *, aad: bytes) -> bytes:
        nonce = secrets.token_bytes(NONCE_BYTES)
        return nonce + self._aead(key_id).encrypt(nonce, plaintext, aad)

    def data_aead(self, key_id: str) -> AESGCM:
        """The data key's AES-GCM, for the vault to seal and open a message chunk by chunk
        (`intake.sealed_stream`); `KeyDestroyed` once the key is destroyed."""
        return self._aead(key_id)

    def decrypt(self, key_id: str, blob: bytes, *, aad: bytes) -> bytes:
        return self._aead(key_id).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)

    def destroy(self, key_id: str) -> None:
        self._cache.pop(key_id, None)
        with self._connection() as conn:
            conn.execute(
                update(data_keys)
                .where(data_keys.c.id == key_id)
                .values(wrapped=None, destroyed_at=datetime.now(UTC))
            )

    # -- the rest ---------------------------------------------------------------------------
    def blind_index(self, text: str) -> str:
        """HMAC-SHA256 of `text` under the blind-index key (hex): equal texts, equal index."""
        return hmac.new(self._index_key, text.encode(), hashlib.sha256).hexdigest()

    @contextlib.contextmanager
    def using(self, connection: Connection) -> Iterator[None]:
        """Route this thread's key writes through `connection` (the caller's transaction)."""
        token = self._bound.set(connection)
        try:
            yield
        finally:
            self._bound.reset(token)

    def check_opens_stored_keys(self) -> int:
        """Unwrap one live data key under each KEK the database uses; return how many.

        Parsing the keyring proves nothing about the database: a restore that brought back the
        keyring of another installation (or one with the right KEK id and other bytes) parses
        fine and then fails on every old record. One unwrap per KEK id proves the pairing.
        """
        with self._engine.connect() as conn:
            if not inspect(conn).has_table(data_keys.name, schema=data_keys.schema):
                return 0
            firsts = conn.execute(
                select(func.min(data_keys.c.id))
                .where(data_keys.c.wrapped.is_not(None))
                .group_by(data_keys.c.kek_id)
            ).scalars()
            rows = [
                conn.execute(select(data_keys).where(data_keys.c.id == key_id)).one()
                for key_id in firsts
            ]
        keks = dict(self._keyring.keks)
        for row in rows:
            if row.kek_id not in keks:
                raise KeyringProblem(_not_this_keyring(self._path, row.kek_id, "it is not in it"))
            try:
                _open(keks[row.kek_id], bytes(row.wrapped), aad=row.id.encode())
            except InvalidTag:
                raise KeyringProblem(
                    _not_this_keyring(self._path, row.kek_id, "other key bytes")
                ) from None
        return len(rows)

    def forget_cached(self) -> None:
        """Drop unwrapped keys from memory (after a rotation or in tests)."""
        self._cache.clear()

    def _aead(self, key_id: str) -> AESGCM:
        cached = self._cache.get(key_id)
        if cached is not None:
            return cached
        with self._connection() as conn:
            row = conn.execute(select(data_keys).where(data_keys.c.id == key_id)).first()
        if row is None or row.wrapped is None:
            raise KeyDestroyed(f"data key {key_id} destroyed or unknown")
        kek = self._kek(row.kek_id)
        try:
            aead = AESGCM(_open(kek, bytes(row.wrapped), aad=key_id.encode()))
        except InvalidTag:
            raise KeyringProblem(
                _not_this_keyring(self._path, row.kek_id, "other key bytes")
            ) from None
        if len(self._cache) > 4096:
            self._cache.clear()
        self._cache[key_id] = aead
        return aead

    def _kek(self, kek_id: str) -> bytes:
        for known, key in self._keyring.keks:
            if known == kek_id:
                return key
        self._reload()
        for known, key in self._keyring.keks:
            if known == kek_id:
                return key
        raise KeyringProblem(f"KEK {kek_id} is not in the keyring {self._path}")

    def _reload_if_changed(self) -> None:
        if _stamp(self._path) != self._stamp:
            self._reload()

    def _reload(self) -> None:
        with self._lock:
            self._keyring = read_keyring(self._path)
            self._stamp = _stamp(self._path)

    @contextlib.contextmanager
    def _connection(self) -> Iterator[Connection]:
        bound = self._bound.get()
        if bound is not None:
            yield bound
            return
        with self._engine.begin() as own:
            yield own


def rewrap_all(engine: Engine, *, keyring: Keyring, batch: int = 500) -> int:
    """Re-wrap every live data key not under the current KEK; return how many were re-wrapped."""
    current_id, current = keyring.current
    older = dict(keyring.keks[1:])
    done = 0
    while True:
        with engine.begin() as conn:
            rows = conn.execute(
                select(data_keys.c.id, data_keys.c.kek_id, data_keys.c.wrapped)
                .where(data_keys.c.kek_id != current_id, data_keys.c.wrapped.is_not(None))
                .limit(batch)
            ).all()
            for row in rows:
                if row.kek_id not in older:
                    raise KeyringProblem(f"data key {row.id} is under unknown KEK {row.kek_id}")
                key = _open(older[row.kek_id], bytes(row.wrapped), aad=row.id.encode())
                conn.execute(
                    update(data_keys)
                    .where(data_keys.c.id == row.id, data_keys.c.kek_id == row.kek_id)
                    .values(wrapped=_seal(current, key, aad=row.id.encode()), kek_id=current_id)
                )
        done += len(rows)
        if len(rows) < batch:
            return done


def stored_data_keys(engine: Engine) -> int:
    """How many data keys the database has ever held (destroyed ones too; 0 without the table).

    A database that has held any is sealed under some keyring: a new one must never be made
    for it (issue 13.1), only the old one restored.
    """
    with engine.connect() as conn:
        if not inspect(conn).has_table(data_keys.name, schema=data_keys.schema):
            return 0
        return int(conn.execute(select(func.count()).select_from(data_keys)).scalar_one())


def kek_ids_in_use(conn: Connection) -> tuple[str, ...]:
    """The key-encryption keys that wrap a live data key (a backup must keep each of them)."""
    query = select(data_keys.c.kek_id).where(data_keys.c.wrapped.is_not(None)).distinct()
    return tuple(sorted(conn.execute(query).scalars()))


def missing_keyring(path: Path, held: int) -> str:
    """The refusal when the keyring is gone but the database holds data keys sealed under it."""
    return (
        f"keyring {path} is missing, but the database holds {held} data keys sealed under "
        "a keyring: restore the keyring that was backed up with this database (a new one "
        "would not open them, so none is made)"
    )


def _not_this_keyring(path: Path, kek_id: str, why: str) -> str:
    return (
        f"keyring {path} does not open this database's data keys (KEK {kek_id}: {why}): "
        "it is not the keyring this database was sealed with; restore the one backed up with it"
    )


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _seal(key: bytes, plaintext: bytes, *, aad: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def _open(key: bytes, blob: bytes, *, aad: bytes) -> bytes:
    return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)


def _stamp(path: Path) -> tuple[int, int, int]:
    try:
        info = path.stat()
    except OSError:
        return (0, 0, 0)
    return (info.st_ino, info.st_mtime_ns, info.st_size)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    data = base64.b64decode(text, validate=True)
    if len(data) != 32:
        raise ValueError("key must be 32 bytes")
    return data
