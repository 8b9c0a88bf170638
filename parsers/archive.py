"""`open_zip()`: a zip archive attached to an email → its files, for `parsers.unpack` to read.

Some councils zip a conference's papers (booking form, chronology, previous minutes, a report
template), in sub-folders, one form per child. Read with the standard library's `zipfile`,
which never inflates an entry past the size its directory declares: the directory is checked
against the caps (`parsers.zip_limits`: the bomb rule Word packages answer to;
`parsers.unpack.refuse_over`: files and bytes left for this attachment) before anything is
taken out.

Each entry is a file to read, or a recorded reason it is not: password-protected
(traditional ZipCrypto or AES: `encrypted_unreadable`, POLICY.md "password"), compressed with
a method `zipfile` cannot undo, a link rather than a file, damaged (a bad CRC or a broken
stream). Folders are not files, and what archivers add on their own — macOS's `__MACOSX/`
resource forks and `._` shadows, `.DS_Store`, Windows' `Thumbs.db` and `desktop.ini` — is not
a paper the sender chose, so it is passed over rather than listed as unreadable.
"""

from __future__ import annotations

import io
import stat
import zipfile

from parsers.errors import AttachmentError
from parsers.records import ErrorKind
from parsers.unpack import Opened, Packed, Spend, refuse_over, safe_path
from parsers.zip_limits import bomb_sentence, declares_a_bomb

#: Compression methods `zipfile` reads (APPNOTE 4.4.5): stored, deflate, bzip2, LZMA.
_READABLE_METHODS = frozenset({0, 8, 12, 14})
_ENCRYPTED_FLAG = 0x1
_ARCHIVER_FILES = frozenset({".ds_store", "thumbs.db", "desktop.ini"})


def open_zip(data: bytes, *, spend: Spend) -> Opened:
    """The archive's files; `AttachmentError` when the archive itself cannot be opened."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except MemoryError:
        raise
    except Exception as exc:  # BadZipFile, a broken ZIP64 record, an absurd entry count…
        raise AttachmentError(
            ErrorKind.PARSER_ERROR,
            f"the zip archive is damaged: its list of files cannot be read ({type(exc).__name__})",
        ) from exc
    with archive:
        entries = archive.infolist()
        if declares_a_bomb(entries, budget=spend.bytes):
            raise AttachmentError(ErrorKind.BOMB, bomb_sentence())
        papers = [info for info in entries if _is_paper(info)]
        refuse_over(len(papers), sum(info.file_size for info in papers), spend)
        files = tuple(_take(archive, info, number) for number, info in enumerate(papers, 1))
    return Opened(files)


def _is_paper(info: zipfile.ZipInfo) -> bool:
    """A file the sender put in the archive: not a folder, not the archiver's own leftovers.

    A name ending in a separator is a folder (`ZipInfo.is_dir` raises on an empty name: found
    by the fuzz target); a file with no usable name is still a file, listed as "file N"."""
    if info.filename.endswith(("/", "\\")):
        return False
    steps = [s for s in info.filename.replace("\\", "/").split("/") if s]
    if not steps:
        return True
    base = steps[-1].lower()
    return "__MACOSX" not in steps and base not in _ARCHIVER_FILES and not base.startswith("._")


def _take(archive: zipfile.ZipFile, info: zipfile.ZipInfo, number: int) -> Packed:
    path = safe_path(info.filename, fallback=f"file {number}")
    refused = _refusal(info)
    if refused is not None:
        return Packed(path, None, refused)
    try:
        data = archive.read(info)
    except MemoryError:
        raise
    except Exception as exc:  # a bad CRC, a broken deflate stream, a short entry
        sentence = f"it is damaged inside the zip archive ({type(exc).__name__})"
        return Packed(path, None, (ErrorKind.PARSER_ERROR, sentence))
    return Packed(path, data)


def _refusal(info: zipfile.ZipInfo) -> tuple[ErrorKind, str] | None:
    if info.flag_bits & _ENCRYPTED_FLAG:
        return ErrorKind.ENCRYPTED, "it is password-protected inside the zip archive"
    if stat.S_ISLNK(info.external_attr >> 16):
        return ErrorKind.UNSUPPORTED, "it is a link to another file, not a file: not followed"
    if info.compress_type not in _READABLE_METHODS:
        return (
            ErrorKind.UNSUPPORTED,
            f"it is compressed with a method that is not read (zip method {info.compress_type})",
        )
    return None
