"""Hostile MIME, built by hand: the header and structure bombs of issue 15.

Each function returns the raw bytes of one message; `scale` shrinks a bomb for a quick test
(1.0 is the size the issue names). The bytes are written by hand because the standard library
refuses to write most of these, and because building them with it would cost what they cost to
read.
"""

from __future__ import annotations

import base64

HEAD = (
    b"From: Sarah Moorhouse <Sarah.Moorhouse@leeds.gov.uk>\r\n"
    b"To: CPPU Conferences <leeds.cppu.conferences@westyorkshire.police.uk>\r\n"
    b"Date: Tue, 24 Nov 2026 13:40:48 +0000\r\n"
    b"Message-ID: <hostile-%d@leeds.gov.uk>\r\n"
    b"MIME-Version: 1.0\r\n"
)
BODY = b"Initial child protection conference on 18 December 2026 at 10:00.\r\n"


def _head(n: int) -> bytes:
    return HEAD % n


def folded_header(lines: int = 1_000_000, n: int = 1) -> bytes:
    """A Subject of `lines` folded lines."""
    folded = b"Subject: Conference" + b"\r\n x" * lines + b"\r\n"
    return _head(n) + folded + b"Content-Type: text/plain\r\n\r\n" + BODY


def encoded_words(words: int = 100_000, n: int = 1) -> bytes:
    """A Subject of `words` RFC 2047 encoded words (CPython gh-136063)."""
    subject = b"Subject: " + b" ".join(b"=?utf-8?q?a?=" for _ in range(words)) + b"\r\n"
    return _head(n) + subject + b"Content-Type: text/plain\r\n\r\n" + BODY


def many_addresses(count: int = 100_000, n: int = 1) -> bytes:
    """A Cc: of `count` addresses, folded one a line."""
    cc = b"Cc: " + b",\r\n ".join(b"a%d@example.org" % i for i in range(count)) + b"\r\n"
    return _head(n) + cc + b"Subject: Conference\r\nContent-Type: text/plain\r\n\r\n" + BODY


def long_boundary(length: int = 50 * 1024 * 1024, n: int = 1) -> bytes:
    boundary = b"b" * length
    return (
        _head(n)
        + b'Subject: Conference\r\nContent-Type: multipart/mixed; boundary="'
        + boundary
        + b'"\r\n\r\n--'
        + boundary
        + b"\r\nContent-Type: text/plain\r\n\r\n"
        + BODY
        + b"--"
        + boundary
        + b"--\r\n"
    )


def deep_nesting(depth: int = 2_000, n: int = 1) -> bytes:
    """Multiparts nested `depth` deep, each with its own boundary."""
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(depth)
    )
    closing = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth)))
    return (
        _head(n)
        + b"Subject: Conference\r\n"
        + opening
        + b"Content-Type: text/plain\r\n\r\n"
        + BODY
        + closing
    )


def many_parts(parts: int = 10_000, n: int = 1) -> bytes:
    each = b"--p\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    return (
        _head(n)
        + b'Subject: Conference\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n'
        + b"--p\r\nContent-Type: text/plain\r\n\r\n"
        + BODY
        + each * parts
        + b"--p--\r\n"
    )


def long_header_line(size: int = 50 * 1024 * 1024, n: int = 1) -> bytes:
    return _head(n) + b"Subject: " + b"x" * size + b"\r\nContent-Type: text/plain\r\n\r\n" + BODY


def forward_chain(depth: int = 200, n: int = 1) -> bytes:
    """message/rfc822 inside message/rfc822, `depth` deep (the 'loop' a parser must not follow)."""
    inner = b"Subject: inner\r\nContent-Type: text/plain\r\n\r\n" + BODY
    for _ in range(depth):
        inner = b"Subject: fwd\r\nContent-Type: message/rfc822\r\n\r\n" + inner
    return _head(n) + inner


def text_attachment(size: int, n: int = 1, *, line: bytes = b"") -> bytes:
    """A plain-text attachment of about `size` bytes of criterion words (the 14 MB one)."""
    line = line or b"Mr Cole is a registered sex offender and police are investigating.\r\n"
    text = line * max(1, size // len(line))
    encoded = base64.encodebytes(text).replace(b"\n", b"\r\n")
    return (
        _head(n)
        + b'Subject: Conference\r\nContent-Type: multipart/mixed; boundary="t"\r\n\r\n'
        + b"--t\r\nContent-Type: text/plain\r\n\r\n"
        + BODY
        + b"--t\r\nContent-Type: text/plain\r\n"
        + b'Content-Disposition: attachment; filename="notes.txt"\r\n'
        + b"Content-Transfer-Encoding: base64\r\n\r\n"
        + encoded
        + b"--t--\r\n"
    )


#: The bombs at the issue's size, each a function of the message number.
FULL_SIZE = {
    "folded_header": folded_header,
    "encoded_words": encoded_words,
    "many_addresses": many_addresses,
    "long_boundary": long_boundary,
    "deep_nesting": deep_nesting,
    "many_parts": many_parts,
    "long_header_line": long_header_line,
    "forward_chain": forward_chain,
}
