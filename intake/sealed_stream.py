"""A message sealed in chunks: AES-256-GCM per chunk, written and read a chunk at a time.

Why: the vault used to seal a message whole (`nonce + AES-GCM(message)`), so while a message
was vaulted the daemon's main process held the raw bytes and their ciphertext at once — a
150 MB message cost 300 MB over the idle process (issue 15 item 4). Sealed in chunks, a message
of any size costs one chunk of plaintext and one of ciphertext.

The format follows the STREAM construction (Hoang, Reyhanitabar, Rogaway and Vizár, "Online
authenticated-encryption and its nonce-reuse misuse-resistance", 2015) as `age` and Tink's
streaming AEAD use it:

    header   MAGIC (8) | version (1) | chunk size (4, big-endian) | nonce prefix (7)
    chunk i  AES-GCM(data key, nonce = prefix | i (4, big-endian) | last (1: 0 or 1),
                     plaintext chunk, aad = header | the caller's aad) = ciphertext | tag (16)

Every chunk but the last holds exactly `chunk size` bytes of plaintext; the last holds 0 to
`chunk size` (an empty message is one empty last chunk). What each rule refuses:

- a chunk moved to another place: its counter is in its nonce, so it does not open there;
- the file cut after a whole chunk: the chunk now last was sealed with `last = 0`;
- bytes added after the last chunk: refused (anything after a `last = 1` chunk);
- a header changed (chunk size, prefix): it is in every chunk's associated data;
- a file of another vault name: the caller's aad (the name) is in every chunk's too.

Each vault file has its own data key (`intake.keys.KeyRing.new_key`), so the random 7-byte
prefix only has to keep chunks of one file apart, which the counter already does.

Files sealed whole by earlier versions start with a random 12-byte nonce instead of MAGIC;
`is_stream` tells the two apart (a random nonce begins with MAGIC with probability 2^-64, and
`intake.vault` then still tries the whole-message form).
"""

from __future__ import annotations

import secrets
import struct
from collections.abc import Callable, Iterable, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from intake.errors import IntakeError

MAGIC = b"\x00cpcSTRM"
VERSION = 1
#: Plaintext per chunk: large enough that the per-chunk cost (a tag, a call) is noise, small
#: enough that two of them are nothing beside the main process's budget.
CHUNK_BYTES = 1024 * 1024
PREFIX_BYTES = 7
TAG_BYTES = 16
_HEADER = struct.Struct(f">{len(MAGIC)}sBI{PREFIX_BYTES}s")
HEADER_BYTES = _HEADER.size
#: The counter is 4 bytes: 2^32 chunks of 1 MiB is 4 PiB, far past any message.
_MAX_CHUNKS = 2**32


class StreamCorrupt(IntakeError, ValueError):
    """The sealed file was cut, reordered, extended or altered, or is not in this format."""


def is_stream(head: bytes) -> bool:
    """Whether a vault file's first bytes are this format's header (not a whole-sealed file)."""
    return head[: len(MAGIC)] == MAGIC


def seal(
    aead: AESGCM,
    chunks: Iterable[bytes],
    write: Callable[[bytes], object],
    *,
    aad: bytes,
    chunk_bytes: int = CHUNK_BYTES,
) -> int:
    """Seal the plaintext `chunks` (any sizes) into `write`, chunk by chunk; the bytes written.

    The plaintext is re-cut into `chunk_bytes` pieces; one piece is held back so the last can
    be sealed with `last = 1` without knowing the total size in advance.
    """
    prefix = secrets.token_bytes(PREFIX_BYTES)
    header = _HEADER.pack(MAGIC, VERSION, chunk_bytes, prefix)
    write(header)
    written = len(header)
    associated = header + aad
    for counter, (piece, last) in enumerate(_recut(chunks, chunk_bytes)):
        if counter >= _MAX_CHUNKS:
            raise ValueError("message too large for the sealed-stream format")
        sealed = aead.encrypt(_nonce(prefix, counter, last=last), piece, associated)
        write(sealed)
        written += len(sealed)
    return written


def open_chunks(aead: AESGCM, read: Callable[[int], bytes], *, aad: bytes) -> Iterator[bytes]:
    """The plaintext chunks of a sealed stream read through `read(n)`; `StreamCorrupt` at the
    first chunk that does not open where it stands (nothing after it is yielded)."""
    header = read(HEADER_BYTES)
    if len(header) != HEADER_BYTES:
        raise StreamCorrupt("sealed stream: header cut short")
    magic, version, chunk_bytes, prefix = _HEADER.unpack(header)
    if magic != MAGIC or version != VERSION or not 0 < chunk_bytes <= 64 * CHUNK_BYTES:
        raise StreamCorrupt("sealed stream: not this format")
    associated = header + aad
    sealed_bytes = chunk_bytes + TAG_BYTES
    counter = 0
    sealed = read(sealed_bytes)
    while True:
        if len(sealed) < TAG_BYTES:
            raise StreamCorrupt("sealed stream: cut short (no last chunk)")
        following = read(sealed_bytes) if len(sealed) == sealed_bytes else b""
        last = not following
        try:
            plain = aead.decrypt(_nonce(prefix, counter, last=last), sealed, associated)
        except InvalidTag:
            raise StreamCorrupt(f"sealed stream: chunk {counter} does not open") from None
        yield plain
        if last:
            if read(1):
                raise StreamCorrupt("sealed stream: bytes after the last chunk")
            return
        sealed = following
        counter += 1


def _recut(chunks: Iterable[bytes], size: int) -> Iterator[tuple[bytes, bool]]:
    """`chunks` as pieces of `size` bytes, each with `last`: a piece is known not to be the
    last only once the next one has come, so one is held back (the last holds 0..size)."""
    held: bytes | None = None
    for piece in _pieces(chunks, size):
        if held is not None:
            yield held, False
        held = piece
    yield (b"" if held is None else held), True


def _pieces(chunks: Iterable[bytes], size: int) -> Iterator[bytes]:
    """Pieces of exactly `size` bytes and a shorter rest; a chunk of the right size (what
    `intake.rawmessage` reads) passes through uncopied."""
    rest = b""
    for chunk in chunks:
        if not rest and len(chunk) == size:
            yield chunk
            continue
        rest += chunk
        while len(rest) >= size:
            yield rest[:size]
            rest = rest[size:]
    if rest:
        yield rest


def _nonce(prefix: bytes, counter: int, *, last: bool) -> bytes:
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")
