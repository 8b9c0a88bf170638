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
