"""Zip packages of XML (Word's OOXML, OpenDocument) opened under the hostile-file guards.

RELIABILITY.md S2: a zip is refused from its own directory before anything is inflated when it
declares more than `MAX_MEMBER_BYTES` in all, more than `MAX_MEMBERS` members, or one large
member compressed past `MAX_RATIO`:1 (a bomb); a member is never read past the cap whatever
its header claims. XML that declares a DOCTYPE is refused (neither format ever writes one: one
is a billion-laughs bomb or an XXE attempt), and lxml is told to resolve no entities, load no
DTD and touch no network. Shared by `parsers.docx`, `parsers.odt`, `parsers.ods` and (before
openpyxl parses) `parsers.xlsx`: one set of guards.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from parsers.errors import AttachmentError
from parsers.records import ErrorKind

MB = 1024 * 1024
MAX_MEMBER_BYTES = 50 * MB  # a package declaring more is a bomb (RELIABILITY.md S2)
MAX_RATIO = 100  # compression ratio over which a member larger than `_RATIO_FLOOR` is a bomb
MAX_MEMBERS = 10_000
_RATIO_FLOOR = MB  # small members may compress well (styles.xml does); only big ones matter


def refuse_bombs(infos: dict[str, zipfile.ZipInfo]) -> None:
    """`AttachmentError(BOMB)` when the directory declares more than S2 allows."""
    if len(infos) > MAX_MEMBERS:
        raise AttachmentError(ErrorKind.BOMB, f"it holds over {MAX_MEMBERS:,} files (a bomb)")
    if sum(info.file_size for info in infos.values()) > MAX_MEMBER_BYTES:
        raise AttachmentError(ErrorKind.BOMB, bomb_sentence())
    for info in infos.values():
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
            raise AttachmentError(ErrorKind.BOMB, bomb_sentence())


def bomb_sentence() -> str:
    return f"it expands to more than {MAX_MEMBER_BYTES // MB} MB when decompressed (a bomb)"


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, never more than the cap whatever its header claims."""
    with archive.open(info) as member:
        data = member.read(MAX_MEMBER_BYTES + 1)
    if len(data) > MAX_MEMBER_BYTES:
        raise AttachmentError(ErrorKind.BOMB, bomb_sentence())
    return data


def refuse_entities(data: bytes) -> None:
    """`AttachmentError(BOMB)` when a part declares a DOCTYPE or entities (billion laughs, XXE):
    for readers whose XML parser is a library's own (openpyxl), checked before it parses."""
    if b"<!doctype" in data[:4096].lower() or b"<!entity" in data.lower():
        raise AttachmentError(ErrorKind.BOMB, "it declares XML entities (a DOCTYPE): not opened")


def parse_xml(data: bytes) -> etree._Element:
    """The root of a package part; a DOCTYPE or entity declaration is refused as a bomb."""
    refuse_entities(data)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
    )
    root = etree.fromstring(data, parser=parser)
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise AttachmentError(ErrorKind.BOMB, "it declares XML entities (a DOCTYPE): not opened")
    return root


def odf_parts(data: bytes, *, what: str, names: tuple[str, ...]) -> dict[str, etree._Element]:
    """The named parts of an OpenDocument package (OASIS ODF 1.3 Part 2 §3), parsed under the
    guards above; `content.xml` must be there. A password-protected package (its manifest
    carries `encryption-data`) is refused as encrypted; `what` names the format in sentences."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise AttachmentError(ErrorKind.PARSER_ERROR, f"it is not an {what} file: not a zip")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = {info.filename: info for info in archive.infolist()}
        refuse_bombs(infos)
        manifest = infos.get("META-INF/manifest.xml")
        if manifest is not None and b"encryption-data" in read_member(archive, manifest):
            raise AttachmentError(ErrorKind.ENCRYPTED, f"it is a password-protected {what} file")
        if "content.xml" not in infos:
            raise AttachmentError(ErrorKind.PARSER_ERROR, f"the {what} file has no content")
        return {n: parse_xml(read_member(archive, infos[n])) for n in names if n in infos}
