"""The intake stage's one error root (STYLE.md habit 5; issue 14 item 5).

Every error the intake stage raises derives from `IntakeError`, so a caller above it can catch
the stage as a whole and a new error cannot escape as a family of its own. The families stay
beside the code that raises them; this is the tree:

    IntakeError                       base of the intake stage's errors
    ├── SourceUnavailable             (intake.sources) the `Source` port: cannot be read now,
    │                                 try again later — what the daemon sees from any source
    ├── RemoteMailboxError            a remote mailbox or its identity provider failed
    │   ├── MailboxError              (intake.imap)  ├── MailboxUnavailable  └── MailboxRefused
    │   ├── GraphError                (intake.graph) ├── GraphUnavailable    └── GraphRefused
    │   ├── EwsError                  (intake.ews)   ├── EwsUnavailable      └── EwsRefused
    │   └── TokenError                (intake.oauth) the token was refused or not fetched
    ├── StreamCorrupt                 (intake.sealed_stream, also a ValueError) a sealed file
    │                                 was cut, reordered, extended or altered
    └── KeyError_                     (intake.keys, also a LookupError)
        ├── KeyDestroyed              the data key was destroyed: the record is erased
        └── KeyringProblem            the keyring file cannot be used

Where it meets the stages above: `intake.mailbox_sources` turns every `RemoteMailboxError`
into `SourceUnavailable` (words kept) for the daemon's back-off; `tasks.sealing` turns a
destroyed key into `tasks.sealing.RecordErased`; `check-config` names a `RemoteMailboxError` in
plain words. The table of every crossing is in `cpc_triage.errors`.
"""

from __future__ import annotations


class IntakeError(Exception):
    """Base of the intake stage's errors."""


class RemoteMailboxError(IntakeError):
    """An IMAP, Graph or EWS mailbox, or the identity provider in front of it, failed or
    refused; each adapter's own base derives from it."""
