"""Errors inside the parsers stage.

    ParserError                 base; never escapes parse_email()
    └── AttachmentError         one attachment could not be read; carries an ErrorKind

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
