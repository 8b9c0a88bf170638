"""One message parses each header value once (parsers.mime.OnceParsedHeaders), and reads
exactly as `email.policy.default` reads it."""

from __future__ import annotations

from email import policy
from email.headerregistry import HeaderRegistry
from email.message import Message
from email.parser import BytesParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import mime
from parsers.mime import OnceParsedHeaders, read_message

_CORPUS = Path("tests/corpus")
_EMAILS = sorted(
    [*_CORPUS.glob("samples/*.eml"), *_CORPUS.glob("firstsight/?/*.eml"),
     *_CORPUS.glob("handwritten/*/*.eml")]
)  # fmt: skip


def _default_parse(raw: bytes) -> Message:
    return BytesParser(policy=policy.default).parsebytes(raw)


def test_every_labelled_email_reads_as_with_the_default_policy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert len(_EMAILS) > 400
    ours = [read_message(path.read_bytes()) for path in _EMAILS]
    monkeypatch.setattr(mime, "parse_bytes", _default_parse)
    theirs = [read_message(path.read_bytes()) for path in _EMAILS]
    for path, a, b in zip(_EMAILS, ours, theirs, strict=True):
        assert a == b, path


def test_a_content_type_is_parsed_once_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = HeaderRegistry.__call__

    def counting(self: HeaderRegistry, name: str, value: str) -> object:
        calls.append(name.lower())
        return real(self, name, value)

    monkeypatch.setattr(HeaderRegistry, "__call__", counting)
    raw = (
        b"From: a@b.gov.uk\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
        b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello\r\n"
        b'--B\r\nContent-Type: application/pdf; name="f.pdf"\r\n'
        b'Content-Disposition: attachment; filename="f.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--B--\r\n"
    )
    read = read_message(raw)
    assert [p.filename for p in read.parts] == ["f.pdf"]
    assert calls.count("content-type") == 3  # one per distinct value, however often asked


_VALUES = st.one_of(
    st.text(max_size=60),
    st.builds(
        lambda kind, key, value: f"{kind}; {key}={value}",
        st.sampled_from(["text/plain", "application/pdf", "multipart/mixed", "x/y", ""]),
        st.sampled_from(["name", "charset", "boundary", "filename*", "name*0"]),
        st.text(max_size=20),
    ),
)


@settings(max_examples=200, deadline=None)
@given(content_type=_VALUES, disposition=_VALUES)
def test_any_header_value_reads_as_with_the_default_policy(
    content_type: str, disposition: str
) -> None:
    head = f"Content-Type: {content_type}\nContent-Disposition: {disposition}\n\nbody\n"
    raw = head.encode("utf-8", "surrogateescape")
    ours = BytesParser(policy=OnceParsedHeaders()).parsebytes(raw)
    theirs = _default_parse(raw)
    for msg in (ours, ours):  # asked twice: the kept parse answers the second time
        assert msg.get_content_type() == theirs.get_content_type()
        assert msg.get_filename() == theirs.get_filename()
        assert msg.get_content_charset() == theirs.get_content_charset()
        assert msg.get_boundary() == theirs.get_boundary()
        assert str(msg["content-type"]) == str(theirs["content-type"])
