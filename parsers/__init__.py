"""Parsers: raw bytes of one email → `Invitation` (DESIGN.md step 2).

`parse_email()` never raises: what cannot be read becomes a recorded error on the Invitation.
"""

from parsers.attachment import Limits
from parsers.parse import MessageLimits, parse_email, parse_emails
from parsers.records import Invitation
from parsers.sandbox import ParsePool

__all__ = ["Invitation", "Limits", "MessageLimits", "ParsePool", "parse_email", "parse_emails"]
