"""KeyRing: envelope encryption, destruction, the keyring file's permissions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from sqlalchemy import Engine, select

from cpc_triage.db import make_engine
from intake.keys import KeyDestroyed, KeyRing, KeyringProblem, create_keyring, read_keyring
from intake.tables import data_keys, metadata


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    metadata.create_all(engine)
    return engine


@pytest.fixture
def ring(engine: Engine, tmp_path: Path) -> KeyRing:
    create_keyring(tmp_path / "keys" / "keyring")
    return KeyRing(engine, keyring_path=tmp_path / "keys" / "keyring")


def test_a_sealed_field_opens_with_its_key_and_aad(ring: KeyRing) -> None:
    key_id = ring.new_key()
    blob = ring.encrypt(key_id, b"Zebedee Canaryfield", aad=b"nominals.name_enc:1")
    assert b"Zebedee" not in blob
    assert ring.decrypt(key_id, blob, aad=b"nominals.name_enc:1") == b"Zebedee Canaryfield"
    with pytest.raises(InvalidTag):
        ring.decrypt(key_id, blob, aad=b"nominals.name_enc:2")


def test_a_destroyed_key_cannot_open_anything_even_in_a_fresh_process(
    ring: KeyRing, engine: Engine, tmp_path: Path
) -> None:
    key_id = ring.new_key()
    blob = ring.encrypt(key_id, b"secret", aad=b"a")
    ring.destroy(key_id)
    with pytest.raises(KeyDestroyed):
        ring.decrypt(key_id, blob, aad=b"a")
    fresh = KeyRing(engine, keyring_path=tmp_path / "keys" / "keyring")
    with pytest.raises(LookupError):
        fresh.decrypt(key_id, blob, aad=b"a")
    with engine.connect() as conn:
        row = conn.execute(select(data_keys).where(data_keys.c.id == key_id)).one()
    assert row.wrapped is None and row.destroyed_at is not None


def test_the_database_holds_data_keys_only_wrapped(ring: KeyRing, engine: Engine) -> None:
    key_id = ring.new_key()
    with engine.connect() as conn:
        wrapped = conn.execute(select(data_keys.c.wrapped).where(data_keys.c.id == key_id)).scalar()
    assert wrapped is not None and len(wrapped) == 12 + 32 + 16  # nonce, key, GCM tag


def test_a_keyring_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "keyring"
    create_keyring(path)
    assert os.stat(path).st_mode & 0o777 == 0o600
    path.chmod(0o644)
    with pytest.raises(KeyringProblem, match="readable by others"):
        read_keyring(path)


def test_a_malformed_keyring_is_refused_without_echoing_it(tmp_path: Path) -> None:
    path = tmp_path / "keyring"
    path.write_text("index c2VjcmV0c2VjcmV0\n")
    path.chmod(0o600)
    with pytest.raises(KeyringProblem) as caught:
        read_keyring(path)
    assert "c2VjcmV0" not in str(caught.value)


def test_an_existing_keyring_is_never_overwritten(tmp_path: Path) -> None:
    create_keyring(tmp_path / "keyring")
    with pytest.raises(KeyringProblem, match="already exists"):
        create_keyring(tmp_path / "keyring")


def test_the_blind_index_is_keyed_and_deterministic(ring: KeyRing, tmp_path: Path) -> None:
    assert ring.blind_index("firth yusuf") == ring.blind_index("firth yusuf")
    assert ring.blind_index("firth yusuf") != ring.blind_index("firth freya")
    other_dir = tmp_path / "other"
    create_keyring(other_dir / "keyring")
    other = KeyRing(
        make_engine(f"sqlite:///{other_dir / 'db.sqlite'}"), keyring_path=other_dir / "keyring"
    )
    assert other.blind_index("firth yusuf") != ring.blind_index("firth yusuf")
