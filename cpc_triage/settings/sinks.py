"""Sink settings: one `[[sinks]]` table per export, its `kind` naming the sink (docs/sinks.md).

A tagged union, like the mailbox settings (`cpc_triage.settings.mailbox`): each kind has the
keys it uses and no others, so a webhook's `url` written into a mail sink is an error, not a
silently ignored key (issue 14 item 5).

- `folder`: JSON and XML files in a drop folder (`tasks.sinks.folder`);
- `webhook`: an HTTPS POST signed with HMAC-SHA256 (`tasks.sinks.webhook`);
- `mail`: a mail to a tasking mailbox through the mail-out port (`tasks.sinks.mail`), over an
  SMTP relay with STARTTLS required and verified.

Secrets are given by reference only — `secret_file` / `secret_credential` — never the value
(RELIABILITY.md S7).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

SinkName = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]


class _Sink(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: SinkName
    include_personal: bool = True

    def problem(self) -> str | None:
        """What is missing for the sink to work, or None."""
        return None


class FolderSinkSettings(_Sink):
    kind: Literal["folder"]
    path: str = ""  # where the JSON and XML files go

    @property
    def target(self) -> str:
        return self.path

    def problem(self) -> str | None:
        return None if self.path else "a folder sink needs path"


class WebhookSinkSettings(_Sink):
    kind: Literal["webhook"]
    url: str = ""  # https only
    secret_file: str = ""  # the HMAC key, a 0600 file …
    secret_credential: str = ""  # … or a systemd credential name
    ca_file: str = ""  # an extra CA bundle (the force's internal CA)

    @field_validator("url")
    @classmethod
    def _https(cls, value: str) -> str:
        if value and not value.startswith("https://"):
            raise ValueError("must be an https:// URL")
        return value

    @property
    def target(self) -> str:
        return self.url

    def problem(self) -> str | None:
        if self.url and (self.secret_file or self.secret_credential):
            return None
        return "a webhook needs url and secret_file"


class MailSinkSettings(_Sink):
    kind: Literal["mail"]
    host: str = ""  # the SMTP relay (STARTTLS required, certificate verified)
    port: int = Field(default=587, ge=1, le=65535)
    sender: str = ""  # From
    to: str = ""  # the tasking mailbox
    username: str = ""  # optional SMTP AUTH user; the password by secret_file
    secret_file: str = ""  # the SMTP password, a 0600 file …
    secret_credential: str = ""  # … or a systemd credential name
    ca_file: str = ""  # an extra CA bundle (the force's internal CA)

    @property
    def target(self) -> str:
        return self.host

    def problem(self) -> str | None:
        if self.host and self.sender and self.to:
            return None
        return "a mail sink needs host, sender and to"


SinkSettings = Annotated[
    FolderSinkSettings | WebhookSinkSettings | MailSinkSettings, Field(discriminator="kind")
]
