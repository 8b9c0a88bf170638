"""Zip archives of papers: every file is read or listed with its reason; hostile zips are refused.

Every archive is made here (`zipfile`, or `tests/builders/container_builder.py` for what
`zipfile` cannot write: password-protected entries).
"""

from __future__ import annotations

import io
import stat
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import sniff
from parsers.attachment import AttachmentContent, Limits, read_attachment
from parsers.records import ErrorKind
from parsers.unpack import MAX_FILES, MAX_NESTING, safe_path
from tests.builders.container_builder import a_zip, encrypted_zip

LIMITS = Limits(ocr=False)
MB = 1024 * 1024


def read(data: bytes, name: str = "papers.zip") -> AttachmentContent:
    return read_attachment(data, filename=name, declared_type=None, limits=LIMITS)


def paths(content: AttachmentContent) -> list[str]:
    return [m.path for m in content.members]


def test_files_in_sub_folders_are_read_and_keep_their_folder_in_the_name() -> None:
    content = read(
        a_zip(
            {
                "Kwame Asante-Brown/Agency reports/health.txt": b"Health visitor report",
                "Kwame Asante-Brown/notes.html": b"<html><body><p>Core group notes</p></body>",
            }
        )
    )
    assert content.error is None and content.media_type == sniff.ZIP
    assert paths(content) == [
        "papers.zip/Kwame Asante-Brown/Agency reports/health.txt",
        "papers.zip/Kwame Asante-Brown/notes.html",
    ]
    assert content.members[0].content.pages[0].location == paths(content)[0]
    assert content.members[1].content.media_type == sniff.HTML


def test_folders_and_the_archivers_own_files_are_not_papers() -> None:
    content = read(
        a_zip(
            {
                "pack/": b"",
                "pack/form.txt": b"Booking form",
                "__MACOSX/pack/._form.txt": b"\x00\x05\x16\x07",
                "pack/.DS_Store": b"\x00\x00\x00\x01Bud1",
                "pack/Thumbs.db": b"\xd0\xcf\x11\xe0",
            }
        )
    )
    assert paths(content) == ["papers.zip/pack/form.txt"]


def test_a_password_protected_entry_is_encrypted_unreadable_and_its_text_never_read() -> None:
    data = encrypted_zip({"Referral.txt": b"Secret referral text"}, password=b"Tuesday")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # the builder wrote real ZipCrypto
        assert archive.read("Referral.txt", pwd=b"Tuesday") == b"Secret referral text"
    content = read(data)
    [member] = content.members
    assert member.content.error_kind is ErrorKind.ENCRYPTED and member.content.encrypted
    assert member.content.error == "it is password-protected inside the zip archive"
    assert member.content.pages == ()


def test_an_entry_that_compresses_too_well_makes_the_archive_a_bomb() -> None:
    content = read(a_zip({"a.txt": b"x", "padding.txt": b"\x00" * (3 * MB)}))
    assert content.error_kind is ErrorKind.BOMB and content.members == ()


def test_more_files_than_an_attachment_may_hold_leaves_the_archive_unopened() -> None:
    files = {f"child {n}.txt": f"form {n}".encode() for n in range(MAX_FILES + 1)}
    content = read(a_zip(files))
    assert content.error_kind is ErrorKind.TOO_LARGE
    assert content.error == (
        f"it holds {MAX_FILES + 1} files, over the limit of {MAX_FILES} read from one "
        "attachment: it was not opened"
    )
    assert content.members == ()


def test_the_file_limit_is_shared_with_the_archives_inside_an_archive() -> None:
    inner = a_zip({f"inner {n}.txt": b"x" for n in range(8)})
    outer = {f"outer {n}.txt": b"y" for n in range(MAX_FILES - 5)} | {"more.zip": inner}
    content = read(a_zip(outer, method=zipfile.ZIP_STORED))
    inner_member = next(m for m in content.members if m.path == "papers.zip/more.zip")
    assert inner_member.content.error_kind is ErrorKind.TOO_LARGE
    assert "only 4 more here" in (inner_member.content.error or "")
    assert len(content.members) == MAX_FILES - 4


def test_archives_nested_deeper_than_the_limit_are_refused_and_the_outer_ones_listed() -> None:
    data = a_zip({"form.txt": b"deepest form"})
    for level in range(MAX_NESTING + 2):
        data = a_zip({f"level {level}.zip": data})
    content = read(data)
    refused = [m for m in content.members if m.content.error_kind is ErrorKind.BOMB]
    assert len(refused) == 1 and "deeper than" in (refused[0].content.error or "")
    assert all("deepest form" not in p.text for m in content.members for p in m.content.pages)


def test_names_that_climb_out_of_the_archive_are_only_labels() -> None:
    content = read(
        a_zip(
            {
                "../../../../etc/cron.d/x.txt": b"one",
                "/var/tmp/abs.txt": b"two",
                "C:\\Users\\Public\\win.txt": b"three",
                "./..\x07/bell.txt": b"four",
            }
        )
    )
    assert paths(content) == [
        "papers.zip/etc/cron.d/x.txt",
        "papers.zip/var/tmp/abs.txt",
        "papers.zip/C:/Users/Public/win.txt",
        "papers.zip/bell.txt",
    ]


def test_safe_path_never_keeps_a_parent_step_or_a_leading_slash() -> None:
    assert safe_path("/../a/./b/..", fallback="f") == "a/b"
    assert safe_path("../..", fallback="file 3") == "file 3"


def test_a_damaged_entry_is_listed_as_unreadable_and_the_others_are_still_read() -> None:
    data = bytearray(a_zip({"good.txt": b"Readable paper", "bad.txt": b"B" * 400}))
    at = data.rindex(b"bad.txt") + len(b"bad.txt")  # the local header's name ends, data starts
    at = data.index(b"bad.txt", 30) + len(b"bad.txt") + 2
    data[at] ^= 0xFF
    content = read(bytes(data))
    found = {m.path: m.content for m in content.members}
    assert found["papers.zip/good.txt"].pages[0].lines == ("Readable paper",)
    bad = found["papers.zip/bad.txt"]
    assert bad.error_kind is ErrorKind.PARSER_ERROR
    assert (bad.error or "").startswith("it is damaged inside the zip archive")


def test_a_symbolic_link_entry_is_not_followed() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        link = zipfile.ZipInfo("form.txt")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    [member] = read(buffer.getvalue()).members
    assert member.content.error_kind is ErrorKind.UNSUPPORTED
    assert "link" in (member.content.error or "")


def test_an_entry_in_a_compression_method_zipfile_cannot_undo_is_unsupported() -> None:
    data = bytearray(a_zip({"form.txt": b"Review conference"}, method=zipfile.ZIP_STORED))
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.index(signature) + offset
        data[at : at + 2] = (9).to_bytes(2, "little")  # Deflate64
    [member] = read(bytes(data)).members
    assert member.content.error_kind is ErrorKind.UNSUPPORTED
    assert "zip method 9" in (member.content.error or "")


def test_an_empty_archive_is_empty() -> None:
    content = read(a_zip({}))
    assert content.error_kind is ErrorKind.EMPTY


def test_a_damaged_directory_is_a_parser_error_naming_the_archive() -> None:
    data = a_zip({"form.txt": b"x" * 100})
    content = read(data[: len(data) - 30])
    assert content.error_kind is ErrorKind.PARSER_ERROR
    assert (content.error or "").startswith("the zip archive is damaged")


_NAMES = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="/\\\x00", exclude_categories=("Cs",)),
    min_size=1,
    max_size=20,
).filter(
    lambda n: (
        n.strip(". ")
        and n.lower() not in {".ds_store", "thumbs.db", "desktop.ini"}
        and not n.startswith("._")
    )
)


@given(
    st.dictionaries(
        st.tuples(st.sampled_from(["", "Forms/", "a/b/"]), _NAMES).map("".join),
        st.binary(max_size=200),
        min_size=1,
        max_size=8,
    ),
    st.sets(st.integers(0, 7), max_size=3),
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_nothing_in_an_archive_is_lost_every_file_is_read_or_listed_as_unreadable(
    files: dict[str, bytes], positions: set[int]
) -> None:
    locked = {name for i, name in enumerate(files) if i in positions}
    content = read(encrypted_zip(files, password=b"pw", locked=locked))
    expected = [
        "papers.zip/" + safe_path(name, fallback=f"file {n}") for n, name in enumerate(files, 1)
    ]
    assert content.error is None
    assert [m.path for m in content.members] == expected
    for member, name in zip(content.members, files, strict=True):
        assert member.content.error is not None or member.content.pages
        assert (member.content.error is None) == (member.content.error_kind is None)
        if name in locked:
            assert member.content.error_kind is ErrorKind.ENCRYPTED


def test_an_entry_with_no_name_is_still_a_file_and_the_others_are_read() -> None:
    data = encrypted_zip({"": b"nameless note", "b.txt": b"second"}, password=b"", locked=set())
    content = read(data)
    assert content.error is None
    assert [(m.path, m.content.pages[0].lines) for m in content.members] == [
        ("papers.zip/file 1", ("nameless note",)),
        ("papers.zip/b.txt", ("second",)),
    ]
