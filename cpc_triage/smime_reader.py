"""S/MIME before parsing: open what the unit's key opens, check signatures (issue 5).

The vault keeps the message exactly as it came; only what the parsers read is the opened
form. A message the key cannot open is parsed as it is: the parsers see the encrypted blob
(`Invitation.encrypted`), so triage flags it `encrypted_unreadable` and sends it to a person.
A signature is checked only when CA certificates are configured; one that fails there marks the
message's sender unverified (`MessageInfo.signature_valid`, `triage.senders`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from cpc_triage.pipeline import ParseFn
from cpc_triage.settings import SmimeSettings
from cpc_triage.startup import StartupError, secret_path
from intake.rawmessage import RawMessage
from intake.smime import UnitKey, open_message
from parsers.message import MAX_MESSAGE_BYTES
from parsers.records import Invitation


def smime_parse(
    parse: ParseFn, settings: SmimeSettings, *, max_bytes: int = MAX_MESSAGE_BYTES
) -> ParseFn:
    """`parse` behind S/MIME opening, or `parse` itself when S/MIME is not configured.

    Opening needs the message whole in this process: one over `max_bytes` (whose headers alone
    are read) is handed on unopened, as a file, never read whole (issue 15 item 4)."""
    key = _unit_key(settings)
    ca_file = Path(settings.ca_file) if settings.ca_file else None
    if ca_file is not None and not ca_file.is_file():
        raise StartupError(f"smime.ca_file {ca_file} not found")
    if key is None and ca_file is None:
        return parse

    def read(raw: bytes | RawMessage) -> Invitation:
        if isinstance(raw, RawMessage):
            if raw.size > max_bytes:
                return parse(raw)
            raw = raw.read()
        opened = open_message(raw, key=key, ca_file=ca_file)
        invitation = parse(opened.raw)
        if opened.signed and ca_file is not None:
            message = replace(invitation.message, signature_valid=bool(opened.signature_valid))
            invitation = replace(invitation, message=message)
        return invitation

    return read


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
