"""The vault and the keys on both backends: erase by key, rotate the KEK under a running reader."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from cpc_triage import migrations
from cpc_triage.db import make_engine
from intake.keys import KeyRing, create_keyring, read_keyring
from intake.rotation import rotate_kek
from intake.tables import data_keys
from intake.vault import Vault
from tests.integration import daemon_fixtures
from tests.integration.daemon_fixtures import Backend

backend_fixture = daemon_fixtures.backend_fixture


@pytest.fixture
def engine(backend: Backend, tmp_path: Path) -> Iterator[Engine]:
    if backend.name == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    else:
        engine = make_engine(backend.url, schema=backend.schema)
    migrations.upgrade(engine)
    yield engine
    engine.dispose()


def test_a_stored_message_reads_back_and_is_gone_once_erased(
    engine: Engine, tmp_path: Path
) -> None:
    create_keyring(tmp_path / "keyring")
    ring = KeyRing(engine, keyring_path=tmp_path / "keyring")
    vault = Vault(tmp_path / "vault", cipher=ring)
    stored = vault.store(b"From: a@b\r\n\r\nZebedee Canaryfield")
    files = list((tmp_path / "vault").rglob("*.msg"))
    assert len(files) == 1 and files[0].stat().st_mode & 0o777 == 0o600
    assert b"Canaryfield" not in files[0].read_bytes()
    assert vault.load(stored).endswith(b"Zebedee Canaryfield")
    vault.erase(stored)
    with pytest.raises(LookupError):
        vault.load(stored)
    KeyRing(engine, keyring_path=tmp_path / "keyring")  # a fresh process cannot either
    with pytest.raises(LookupError):
        Vault(tmp_path / "vault", cipher=KeyRing(engine, keyring_path=tmp_path / "keyring")).load(
            stored
        )


def test_rotation_rewraps_every_key_while_a_daemon_keeps_sealing_and_reading(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "keyring"
    create_keyring(path)
    old_kek = read_keyring(path).current[0]
    daemon = KeyRing(engine, keyring_path=path)
    sealed = []
    for n in range(50):
        key_id = daemon.new_key()
        sealed.append((key_id, daemon.encrypt(key_id, f"field {n}".encode(), aad=b"x")))
    index_before = daemon.blind_index("firth yusuf")
    stop = threading.Event()

    def keep_working() -> None:
        while not stop.is_set():
            key_id = daemon.new_key()
            sealed.append((key_id, daemon.encrypt(key_id, b"during", aad=b"x")))

    worker = threading.Thread(target=keep_working)
    worker.start()
    try:
        done = rotate_kek(engine, keyring_path=path, grace_s=0.3)
    finally:
        stop.set()
        worker.join()
    after = read_keyring(path)
    assert [k for k, _ in after.keks] == [done.new_kek_id] and done.old_kek_ids == (old_kek,)
    with engine.connect() as conn:
        keks = set(conn.execute(select(data_keys.c.kek_id)).scalars())
    assert keks == {done.new_kek_id}
    fresh = KeyRing(engine, keyring_path=path)  # knows only the new KEK
    for key_id, blob in sealed:
        assert fresh.decrypt(key_id, blob, aad=b"x") in (
            b"during",
            *(f"field {n}".encode() for n in range(50)),
        )
    daemon.forget_cached()
    assert daemon.decrypt(*sealed[0], aad=b"x") == b"field 0"
    assert fresh.blind_index("firth yusuf") == index_before
