"""The triage stage's one error root (STYLE.md habit 5; issue 14 item 5).

Triage itself is pure and does not raise on bad input (an unreadable invitation is a
`manual_review` result). What can fail is reading its configuration:

    TriageError            base of the triage stage's errors
    └── PolicyError        (triage.config, also a ValueError) a policy or vocabulary file is
                           missing, unreadable or invalid; the message names file and key

Where it meets the composition root: start-up and `check-config` report a `PolicyError` as a
configuration fault (`cpc_triage.errors` has the table of every crossing).
"""

from __future__ import annotations


class TriageError(Exception):
    """Base of the triage stage's errors."""
