"""The `[digest]` settings: who gets the daily digest, when, and through which mail-out (issue 7).

Off by default (`enabled = false`), so the embedded defaults still start a daemon that sends
nothing. Once enabled, everything the digest needs is checked when the settings are read, and
the message names the key:

- `recipients` is a table district → addresses (`unknown` for tasks whose district was not
  found); every address must be on `allow_list` (RELIABILITY S12) — refused at start rather
  than silently dropped at 07:30;
- `transport.kind` chooses the mail-out (LIBRARIES.md "Mail out": password SMTP AUTH ends on
  Exchange Online, so a relay, SMTP XOAUTH2 or Graph `sendMail`); secrets are given by
  reference only (`*_file` / `*_credential`, RELIABILITY S7), never as values;
- `include_names` is false by default: email leaves the system, so a digest carries references,
  conference dates and initials, not names (GDS e-mail guidance).

Errors name the key and a position, never an address: the start-up message goes to the journal.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from cpc_triage.settings.mailbox import AppIdentity
from desk.digest_recipients import UNKNOWN_DISTRICT, allowed_recipients
from desk.digest_schedule import DEFAULT_SEND_AT, LAST_HOUR

District = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]
_ADDRESS_FORBIDDEN = frozenset(" ,;<>\"'\r\n\t")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")  # as cpc_triage.settings


def is_address(value: str) -> bool:
    """One plain address, `local@domain.tld`: no display name, no list, no header injection."""
    local, at, domain = value.partition("@")
    return (
        bool(at and local and "." in domain.strip("."))
        and "@" not in domain
        and not _ADDRESS_FORBIDDEN.intersection(value)
    )


class DigestTransportSettings(AppIdentity):
    """How the digest leaves: the force's relay, SMTP with XOAUTH2, or Graph `sendMail`."""

    kind: Literal["relay", "xoauth2", "graph"] = "relay"
    # relay and xoauth2: the SMTP server; TLS is always verified (STARTTLS required, or "tls"
    # for implicit TLS on 465). ca_file: an extra CA bundle (the force's internal CA);
    # "" = the system's trust store. For graph, ca_file is the CA for graph_root.
    host: str = ""
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "tls"] = "starttls"
    ca_file: str = ""
    timeout_seconds: float = Field(default=30.0, gt=0)
    # relay: optional SMTP AUTH; xoauth2: the mailbox that logs in ("" = the sender)
    username: str = ""
    password_file: str = ""
    password_credential: str = ""
    # xoauth2 and graph: the Entra ID app registration (client credentials with a certificate):
    # tenant_id, client_id, certificate_file, private_key_file / private_key_credential and
    # authority_host, as for a mailbox (`AppIdentity`)
    authority_ca_file: str = ""  # "" = the system's trust store
    # graph: the mailbox that sends ("" = the sender) and the API root
    mailbox: str = ""
    graph_root: str = "https://graph.microsoft.com/v1.0"

    @field_validator("authority_host", "graph_root")
    @classmethod
    def _https(cls, value: str) -> str:
        if not value.startswith("https://"):
            raise ValueError("must be an https:// URL")
        return value

    def problems(self) -> list[str]:
        """What this transport lacks or has that it must not; empty when usable."""
        found: list[str] = []
        has_password = bool(self.password_file or self.password_credential)
        if self.kind in ("relay", "xoauth2") and not self.host:
            found.append(f'transport.host is needed for kind = "{self.kind}"')
        if self.kind == "relay" and has_password != bool(self.username):
            found.append(
                "transport.username and transport.password_file (or password_credential) go "
                "together: a relay logs in with both or neither"
            )
        if self.kind != "relay" and has_password:
            found.append(f'transport.kind = "{self.kind}" uses a token: no password')
        if self.kind in ("xoauth2", "graph"):
            missing = [f"transport.{key}" for key in self.missing_identity()]
            if missing:
                found.append(f'transport.kind = "{self.kind}" needs {", ".join(missing)}')
        if self.mailbox and not is_address(self.mailbox):
            found.append("transport.mailbox is not an e-mail address")
        return found


class DigestSettings(_Model):
    enabled: bool = False
    base_url: str = ""  # the review app, for each item's link: https://cpc-desk.force.example
    sender: str = ""  # From: cpc-triage@force.example
    send_at: time = DEFAULT_SEND_AT  # "HH:MM" (or a TOML time), Europe/London, working days
    include_names: bool = False  # children's names in the e-mail (off: initials only)
    recipients: Mapping[District, tuple[str, ...]] = Field(default_factory=dict)
    allow_list: tuple[str, ...] = ()  # exact addresses, or "@force.example" for a domain
    max_attempts: int = Field(default=6, ge=1, le=20)  # then reported as failed for the day
    transport: DigestTransportSettings = DigestTransportSettings()

    @field_validator("send_at", mode="before")
    @classmethod
    def _hh_mm(cls, value: Any) -> Any:
        if isinstance(value, str) and not (len(value) == 5 and value[2] == ":"):
            raise ValueError('must be "HH:MM" (Europe/London)')
        return value

    @field_validator("send_at")
    @classmethod
    def _sending_hours(cls, value: time) -> time:
        if value.tzinfo is not None:
            raise ValueError("is London time: give no offset")
        if value.hour > LAST_HOUR:
            raise ValueError(f"must be before {LAST_HOUR + 1:02d}:00")
        return value

    @field_validator("base_url")
    @classmethod
    def _https(cls, value: str) -> str:
        if value and not value.startswith("https://"):
            raise ValueError("must be an https:// URL (the review app)")
        return value.rstrip("/")

    @field_validator("sender")
    @classmethod
    def _sender(cls, value: str) -> str:
        if value and not is_address(value):
            raise ValueError("is not an e-mail address")
        return value

    @field_validator("allow_list")
    @classmethod
    def _allow_entries(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for n, entry in enumerate(value, 1):
            if not is_address(entry if not entry.startswith("@") else f"x{entry}"):
                raise ValueError(f'entry {n} is neither an address nor "@domain"')
        return value

    @field_validator("recipients")
    @classmethod
    def _addresses(cls, value: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
        for district, addresses in value.items():
            if not addresses:
                raise ValueError(f"{district}: no addresses")
            for n, address in enumerate(addresses, 1):
                if not is_address(address):
                    raise ValueError(f"{district}: address {n} is not an e-mail address")
        return value

    @model_validator(mode="after")
    def _complete_when_enabled(self) -> Self:
        if not self.enabled:
            return self
        problems = [f"{key} is needed" for key in ("base_url", "sender") if not getattr(self, key)]
        if not self.recipients:
            problems.append(f"recipients is needed (district or {UNKNOWN_DISTRICT!r} = [...])")
        if not self.allow_list:
            problems.append("allow_list is needed")
        problems += self._not_allowed()
        problems += self.transport.problems()
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _not_allowed(self) -> list[str]:
        """Recipients the allow-list would drop, by district and position (S12)."""
        found = []
        for district, addresses in self.recipients.items():
            allowed = {
                a.lower()
                for a in allowed_recipients(
                    addresses, allow_list=self.allow_list, district=district, log=_Silent()
                )
            }
            found += [
                f"recipients.{district}: address {n} is not on allow_list"
                for n, address in enumerate(addresses, 1)
                if address.strip().lower() not in allowed
            ]
        return found


class _Silent:
    """`allowed_recipients` logs each refusal; here the refusal becomes a settings error."""

    def info(self, event: str, **fields: Any) -> None:
        pass

    def warning(self, event: str, **fields: Any) -> None:
        pass

    def error(self, event: str, **fields: Any) -> None:
        pass
