"""S/MIME before parsing: open what the unit's key opens, check signatures (issue 5).

The vault keeps the message exactly as it came; only what the parsers read is the opened
form. A message the key cannot open is parsed as it is: the parsers see the encrypted blob
(`Invitation.encrypted`), so triage flags it `encrypted_unreadable` and sends it to a person.
A signature is checked only when CA certificates are configured; one that fails there marks the
message's sender unverified (`MessageInfo.signature_valid`, `triage.senders`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from cpc_triage.settings import SmimeSettings
from cpc_triage.startup import StartupError, secret_path
from intake.smime import Opened, UnitKey, open_message
from parsers.records import Invitation

#: Raw bytes → the message as the parsers should read it, with what S/MIME said about it.
Opener = Callable[[bytes], Opened]


def smime_opener(settings: SmimeSettings) -> Opener:
    """S/MIME opening as configured; a pass-through when S/MIME is not configured."""
    key = _unit_key(settings)
    ca_file = Path(settings.ca_file) if settings.ca_file else None
    if ca_file is not None and not ca_file.is_file():
        raise StartupError(f"smime.ca_file {ca_file} not found")
    if key is None and ca_file is None:
        return as_it_came

    def opened(raw: bytes) -> Opened:
        result = open_message(raw, key=key, ca_file=ca_file)
        if ca_file is None:  # no CA: a signature is neither trusted nor held against the sender
            return replace(result, signature_valid=None)
        return result

    return opened


def with_signature(invitation: Invitation, opened: Opened) -> Invitation:
    """The signature's verdict on the sender (`MessageInfo.signature_valid`), when checked."""
    if not opened.signed or opened.signature_valid is None:
        return invitation
    message = replace(invitation.message, signature_valid=opened.signature_valid)
    return replace(invitation, message=message)


def as_it_came(raw: bytes) -> Opened:
    """The opener when S/MIME is not configured: the message is read as it came."""
    return Opened(raw, encrypted=False, readable=True, signed=False, signature_valid=None)


def _unit_key(settings: SmimeSettings) -> UnitKey | None:
    key_path = secret_path(
        settings.private_key_file, settings.private_key_credential, "smime: private key"
    )
    if not settings.certificate_file and key_path is None:
        return None
    if not settings.certificate_file or key_path is None:
        raise StartupError("smime: certificate_file and a private key are needed together")
    try:
        return UnitKey.from_files(Path(settings.certificate_file), key_path)
    except OSError as exc:
        raise StartupError(f"smime: {exc.filename} unreadable ({exc.strerror})") from None
    except ValueError as exc:
        raise StartupError(f"smime: the unit key or certificate is not usable ({exc})") from None
