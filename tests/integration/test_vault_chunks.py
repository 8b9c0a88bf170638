"""The vault seals a message in chunks straight to its file, and a dropped message is never
whole in the daemon's process (issue 15 item 4: a 150 MB message peaked the main process at
484 MB, its bytes and their ciphertext whole in memory at once).

Real parts: the key ring on a migrated SQLite database (the default set-up), the vault on disk,
the drop folder and the pipeline. The format's rules (`intake.sealed_stream`) are checked on
files the vault wrote: cut, reordered, altered or extended, each is refused; a file sealed whole
by an earlier version still opens.
"""

from __future__ import annotations

import dataclasses
import os
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from cpc_triage import migrations
from cpc_triage.db import make_engine
from cpc_triage.pipeline import process_one
from intake import ledger, sealed_stream
from intake.dropfolder import DropFolder
from intake.keys import KeyRing, create_keyring
from intake.rawmessage import RawMessage
from intake.vault import Stored, Vault
from parsers import Limits, MessageLimits, ParsePool
from tests.integration.daemon_app import fixed_triage, open_test_app
from tests.integration.daemon_fixtures import Backend

CHUNK = sealed_stream.CHUNK_BYTES
TAG = sealed_stream.TAG_BYTES
HEADER = sealed_stream.HEADER_BYTES


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    migrations.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def ring(engine: Engine, tmp_path: Path) -> KeyRing:
    create_keyring(tmp_path / "keyring")
    return KeyRing(engine, keyring_path=tmp_path / "keyring")


def _message(size: int) -> bytes:
    head = b"From: a@example.org\r\nSubject: chunks\r\n\r\n"
    body = bytes(i % 251 for i in range(max(0, size - len(head))))
    return (head + body)[:size] if size >= len(head) else head[:size]


def _file(vault: Vault, stored: Stored) -> Path:
    [path] = (vault.root / stored.name[:2]).glob(f"{stored.name}.msg")
    return path


def test_a_multi_chunk_message_is_sealed_in_chunks_and_reads_back(
    ring: KeyRing, tmp_path: Path
) -> None:
    vault = Vault(tmp_path / "vault", cipher=ring)
    raw = _message(3 * CHUNK + 12345)
    stored = vault.store(raw)
    sealed = _file(vault, stored).read_bytes()
    assert sealed.startswith(sealed_stream.MAGIC)
    assert len(sealed) == HEADER + len(raw) + 4 * TAG  # four chunks, each with its tag
    assert raw[100:200] not in sealed
    assert vault.load(stored) == raw
    assert b"".join(vault.open_chunks(stored)) == raw
    assert [len(c) for c in vault.open_chunks(stored)] == [CHUNK, CHUNK, CHUNK, 12345]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    pieces=st.lists(st.binary(max_size=40), max_size=12),
    chunk=st.integers(min_value=1, max_value=17),
)
def test_any_message_cut_any_way_round_trips(
    ring: KeyRing, pieces: list[bytes], chunk: int
) -> None:
    aead = ring.data_aead(ring.new_key())
    out: list[bytes] = []
    sealed_stream.seal(aead, pieces, out.append, aad=b"name", chunk_bytes=chunk)
    blob = b"".join(out)
    plain = b"".join(pieces)
    chunks = max(1, -(-len(plain) // chunk))  # an empty message is one empty chunk
    assert len(blob) == HEADER + len(plain) + chunks * TAG
    assert b"".join(sealed_stream.open_chunks(aead, _reader(blob), aad=b"name")) == plain
    with pytest.raises(sealed_stream.StreamCorrupt):  # another file's name does not open it
        b"".join(sealed_stream.open_chunks(aead, _reader(blob), aad=b"other"))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    size=st.integers(min_value=1, max_value=120),
    chunk=st.integers(min_value=1, max_value=9),
    data=st.data(),
)
def test_a_cut_reordered_altered_or_extended_stream_is_refused(
    ring: KeyRing, size: int, chunk: int, data: st.DataObject
) -> None:
    aead = ring.data_aead(ring.new_key())
    out: list[bytes] = []
    sealed_stream.seal(aead, [os.urandom(size)], out.append, aad=b"n", chunk_bytes=chunk)
    header, chunks = out[0], out[1:]
    damaged: list[bytes] = []
    if len(chunks) > 1:
        cut = data.draw(st.integers(min_value=1, max_value=len(chunks) - 1))
        damaged.append(header + b"".join(chunks[:cut]))  # cut after a whole chunk
        i = data.draw(st.integers(min_value=0, max_value=len(chunks) - 2))
        swapped = [*chunks]
        swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
        if swapped != chunks:
            damaged.append(header + b"".join(swapped))  # two chunks change places
    blob = header + b"".join(chunks)
    at = data.draw(st.integers(min_value=0, max_value=len(blob) - 1))
    damaged.append(blob[:at] + bytes([blob[at] ^ 0x01]) + blob[at + 1 :])  # one bit flipped
    damaged.append(blob + b"x")  # something after the last chunk
    damaged.append(blob[: data.draw(st.integers(min_value=0, max_value=len(blob) - 1))])
    for bad in damaged:
        with pytest.raises(sealed_stream.StreamCorrupt):
            b"".join(sealed_stream.open_chunks(aead, _reader(bad), aad=b"n"))


def test_the_vault_refuses_a_file_cut_reordered_or_tampered(ring: KeyRing, tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault", cipher=ring)
    raw = _message(3 * CHUNK + 10)
    stored = vault.store(raw)
    path = _file(vault, stored)
    sealed = path.read_bytes()
    step = CHUNK + TAG
    header, body = sealed[:HEADER], sealed[HEADER:]
    one, two, three, four = (body[i : i + step] for i in range(0, len(body), step))
    for bad in (
        header + one + two + three,  # the last chunk gone: three whole chunks are left
        header + two + one + three + four,  # reordered
        header + one + two + three + four[:-1] + bytes([four[-1] ^ 1]),  # tampered
        sealed + sealed[-TAG:],  # extended
    ):
        path.write_bytes(bad)
        with pytest.raises(sealed_stream.StreamCorrupt):
            vault.load(stored)
    path.write_bytes(sealed)
    assert vault.load(stored) == raw


def test_a_file_sealed_whole_by_an_earlier_version_still_opens(
    ring: KeyRing, tmp_path: Path
) -> None:
    vault = Vault(tmp_path / "vault", cipher=ring)
    raw = _message(2 * CHUNK + 7)
    name = "ab" * 16
    key_id = ring.new_key()
    path = vault.root / name[:2] / f"{name}.msg"
    path.parent.mkdir(parents=True)
    path.write_bytes(ring.encrypt(key_id, raw, aad=name.encode()))  # nonce + AES-GCM(whole)
    assert vault.load(Stored(key_id=key_id, name=name)) == raw
    vault.erase(Stored(key_id=key_id, name=name))
    with pytest.raises(LookupError):
        vault.load(Stored(key_id=key_id, name=name))


def test_sealing_a_file_holds_a_few_chunks_not_the_message(ring: KeyRing, tmp_path: Path) -> None:
    raw = _message(24 * CHUNK)
    source = tmp_path / "big.eml"
    source.write_bytes(raw)
    del raw
    vault = Vault(tmp_path / "vault", cipher=ring)
    message = RawMessage(path=source)
    tracemalloc.start()
    try:
        digest = message.sha256()
        stored = vault.store(message)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 6 * CHUNK, f"{peak / 2**20:.1f} MB held while sealing a 24 MB file"  # a quarter
    assert RawMessage(data=vault.load(stored)).sha256() == digest


def test_a_large_dropped_message_is_filed_without_being_read_whole(tmp_path: Path) -> None:
    app, _ = open_test_app(tmp_path, Backend("sqlite", "", ""), triage_fn=fixed_triage)
    try:
        # Over max_message_bytes: vaulted, checked and filed for a person from its headers.
        limits = MessageLimits(max_message_bytes=2 * CHUNK)
        _reader_with(app, message_limits=limits)
        folder = app.settings.mailbox_path(app.settings.mailboxes[0])
        source = DropFolder(folder)
        source.ensure()
        raw = _message(24 * CHUNK)
        (folder / "inbox" / "big.eml").write_bytes(raw)
        tracemalloc.start()
        try:
            assert process_one(app.parts, source)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < 24 * CHUNK / 4, f"{peak / 2**20:.1f} MB held for a 24 MB message"
        digest = RawMessage(data=raw).sha256()
        with app.engine.connect() as conn:
            entry = ledger.find(conn, source=source.name, source_id=f"{digest}.eml", sha256=digest)
        assert entry is not None and entry.state is ledger.State.DONE
        assert entry.key_id is not None and entry.vault_name is not None
        assert app.parts.vault.load(Stored(entry.key_id, entry.vault_name)) == raw
        assert not list((folder / "working").iterdir())
    finally:
        app.close()


def test_a_dropped_message_within_the_limit_is_read_by_a_worker_from_its_file(
    tmp_path: Path,
) -> None:
    app, _ = open_test_app(tmp_path, Backend("sqlite", "", ""), triage_fn=fixed_triage)
    try:
        with ParsePool(workers=1, limits=Limits()) as pool:
            _reader_with(app, pool=pool)
            folder = app.settings.mailbox_path(app.settings.mailboxes[0])
            source = DropFolder(folder)
            source.ensure()
            raw = _message(24 * CHUNK)  # under max_message_bytes: parsed, not set aside
            (folder / "inbox" / "m.eml").write_bytes(raw)
            tracemalloc.start()
            try:
                assert process_one(app.parts, source)
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
        assert peak < 24 * CHUNK / 4, f"{peak / 2**20:.1f} MB held for a 24 MB message"
        digest = RawMessage(data=raw).sha256()
        with app.engine.connect() as conn:
            entry = ledger.find(conn, source=source.name, source_id=f"{digest}.eml", sha256=digest)
        assert entry is not None and entry.state is ledger.State.DONE and entry.error is None
    finally:
        app.close()


def _reader_with(app: Any, **changes: Any) -> None:
    """The daemon's own message reader with `changes` (its limits, its parse pool)."""
    stand_in = app.parts.reader
    reader = dataclasses.replace(stand_in.reader, **changes)
    app.parts = dataclasses.replace(app.parts, reader=dataclasses.replace(stand_in, reader=reader))


def _reader(blob: bytes) -> Callable[[int], bytes]:
    at = 0

    def read(n: int) -> bytes:
        nonlocal at
        piece = blob[at : at + n]
        at += len(piece)
        return piece

    return read
