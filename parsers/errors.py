"""Errors inside the parsers stage.

    ParserError                 base
    ├── AttachmentError         one attachment could not be read; carries an ErrorKind;
    │                           never escapes parse_email()
    └── PoolUnavailable         the parse workers could not start, or their pool closed:
                                not the message's fault, so not an unreadable attachment —
                                it escapes parse_email() and the message is tried again

An `AttachmentError` raised by a format reader (pdf, docx, ocr…) is caught at the sandbox
boundary and becomes data: an `Attachment` with role `unreadable`, its `error` sentence and its
`error_kind` (STYLE.md habit 5: bad input is data, not an exception).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from parsers.records import ErrorKind


class ParserError(Exception):
    """Base of the parsers' errors."""


class AttachmentError(ParserError):
    """One attachment could not be read, for a reason a person can act on."""

    def __init__(self, kind: ErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


class PoolUnavailable(ParserError):
    """The parse pool cannot read anything now (no worker would start, or it was closed).

    Not bad input: the daemon leaves the message at its source and retries it with back-off
    (issue 15 item 6, "a worker pool that restarts"), instead of filing its attachments as
    unreadable."""


@contextmanager
def reader_boundary(what: str) -> Iterator[None]:
    """A format reader's edge: its own refusals pass, anything else is "`what` could not be
    read", named by class — a reader's bug on hostile bytes is an unreadable attachment, not a
    crash (the Word, OpenDocument and RTF readers)."""
    try:
        yield
    except AttachmentError:
        raise
    except Exception as exc:
        raise AttachmentError(
            ErrorKind.PARSER_ERROR, f"{what} could not be read ({type(exc).__name__})"
        ) from exc
