"""Caps on the text handed to the field reading and the triage, per document and per message.

Why: both run in the daemon's own process, and their cost grows with the text (the triage about
2 ms a line: a 14 MB plain-text attachment of criterion words held the daemon for 300 s at
5.7 GB, issue 15). A booking form is a few pages: the generated and hand-written forms run to
40–250 lines, the longest real layout we hold (a six-page Calderdale form) about 400, the
covering email 10–80. So a document (the body with its forwards, or one attachment) keeps its
first 1,500 lines — four to six times the longest form — and a message its first 3,000 lines
and 300,000 characters in all; a line longer than 2,000 characters (no form has one) keeps its
first 2,000. At the measured 2 ms a line that bounds the triage to about 6 s.

What is cut is not silently lost: `cap_text` says so, the Invitation carries `text_cut`, and
the triage flags `text_truncated` and sends the message to a person (POLICY.md rule 1: the
suggestion would rest on part of the text). The raw message is in the vault, whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from parsers.records import Page

MAX_DOCUMENT_LINES = 1_500
MAX_MESSAGE_LINES = 3_000
MAX_MESSAGE_CHARS = 300_000
MAX_LINE_CHARS = 2_000


@dataclass(slots=True)
class TextBudget:
    """What is left of the message's allowance; `cut` once anything was left out."""

    lines: int = MAX_MESSAGE_LINES
    chars: int = MAX_MESSAGE_CHARS
    cut: bool = False

    def take(self, pages: Sequence[Page]) -> tuple[Page, ...]:
        """The pages of one document, cut to the document's and the message's allowance."""
        kept: list[Page] = []
        document = MAX_DOCUMENT_LINES
        for page in pages:
            lines: list[str] = []
            changed = False
            for line in page.lines:
                if document <= 0 or self.lines <= 0 or self.chars <= 0:
                    changed = True
                    break
                if len(line) > MAX_LINE_CHARS:
                    line = line[:MAX_LINE_CHARS]
                    changed = True
                lines.append(line)
                document -= 1
                self.lines -= 1
                self.chars -= len(line)
            if not changed:
                kept.append(page)
                continue
            self.cut = True
            if lines:
                kept.append(replace(page, lines=tuple(lines)))
        return tuple(kept)
