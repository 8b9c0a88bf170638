"""Mailbox settings: one `[[mailboxes]]` table per mailbox, its `kind` naming the source (issue 5).

- `dropfolder`: `.eml` files delivered into a folder (the embedded default);
- `imap`: IMAPS or STARTTLS (never clear text), password or XOAUTH2 (msal client credentials),
  IDLE push with `poll_seconds` as the safety-net poll;
- `graph`: Microsoft 365 through Graph (application permission scoped to the one mailbox,
  client credentials with a certificate, the delta query);
- `ews`: Exchange Server on-premises through EWS, NTLM or OAuth.

Credentials are given by reference only — `password_file` / `password_credential`,
`private_key_file` / `private_key_credential` — never the secret itself (RELIABILITY.md S7).
`district` maps the mailbox to a district: a message whose sender and content name none is
triaged under that district's policy (a district's own secure mailbox).
"""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

MailboxName = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Mailbox(_Model):
    name: MailboxName = "default"
    poll_seconds: float = Field(default=10.0, gt=0)
    batch: int = Field(default=500, ge=1)  # messages per poll before other jobs get a turn
    district: str = ""  # "" → the district comes from the sender or the content only


class AppIdentity(_Model):
    """An Entra ID app registration: client credentials with a certificate (msal)."""

    tenant_id: str = ""
    client_id: str = ""
    certificate_file: str = ""  # the public certificate registered on the app (PEM)
    private_key_file: str = ""  # its private key (PEM), a 0600 file …
    private_key_credential: str = ""  # … or a systemd credential name
    authority_host: str = "https://login.microsoftonline.com"

    def missing_identity(self) -> list[str]:
        needed = {
            "tenant_id": self.tenant_id,
            "client_id": self.client_id,
            "certificate_file": self.certificate_file,
            "private_key_file or private_key_credential": (
                self.private_key_file or self.private_key_credential
            ),
        }
        return [key for key, value in needed.items() if not value]


class DropFolderMailbox(_Mailbox):
    kind: Literal["dropfolder"] = "dropfolder"
    path: str = ""  # "" → <data>/mailbox


class ImapMailboxSettings(_Mailbox, AppIdentity):
    kind: Literal["imap"]
    host: str
    port: int = Field(default=993, ge=1, le=65535)
    security: Literal["tls", "starttls"] = "tls"
    username: str
    auth: Literal["password", "xoauth2"] = "password"
    password_file: str = ""
    password_credential: str = ""
    oauth_scope: str = "https://outlook.office365.com/.default"
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    failed_folder: str = "Failed"
    ca_file: str = ""  # an extra CA bundle (the force's internal CA); "" → the system's
    idle: bool = True  # push with IDLE; `poll_seconds` is then the safety-net poll
    poll_seconds: float = Field(default=300.0, gt=0)
    timeout_seconds: float = Field(default=60.0, gt=0)

    @model_validator(mode="after")
    def _credentials(self) -> Self:
        if self.auth == "password" and not (self.password_file or self.password_credential):
            raise ValueError(f"mailbox {self.name}: password_file or password_credential needed")
        if self.auth == "xoauth2" and (missing := self.missing_identity()):
            raise ValueError(f"mailbox {self.name}: XOAUTH2 needs {', '.join(missing)}")
        return self


class GraphMailboxSettings(_Mailbox, AppIdentity):
    kind: Literal["graph"]
    mailbox: str  # the shared mailbox's user principal name or id
    folder: str = "inbox"
    processed_folder: str = "Processed"
    failed_folder: str = "Failed"
    graph_root: str = "https://graph.microsoft.com/v1.0"
    ca_file: str = ""
    poll_seconds: float = Field(default=60.0, gt=0)

    @model_validator(mode="after")
    def _credentials(self) -> Self:
        if missing := self.missing_identity():
            raise ValueError(f"mailbox {self.name}: Graph needs {', '.join(missing)}")
        if not self.graph_root.startswith("https://"):
            raise ValueError(f"mailbox {self.name}: graph_root must be an https:// URL")
        return self


class EwsMailboxSettings(_Mailbox, AppIdentity):
    kind: Literal["ews"]
    service_endpoint: str  # https://mail.force.example/EWS/Exchange.asmx
    mailbox: str  # the shared mailbox's primary SMTP address
    auth: Literal["ntlm", "oauth"] = "ntlm"
    username: str = ""  # NTLM: DOMAIN\user or user@domain
    password_file: str = ""
    password_credential: str = ""
    oauth_scope: str = "https://outlook.office365.com/.default"
    folder: str = "inbox"
    processed_folder: str = "Processed"
    failed_folder: str = "Failed"
    ca_file: str = ""
    poll_seconds: float = Field(default=60.0, gt=0)
    timeout_seconds: float = Field(default=60.0, gt=0)

    @model_validator(mode="after")
    def _credentials(self) -> Self:
        if not self.service_endpoint.startswith("https://"):
            raise ValueError(f"mailbox {self.name}: service_endpoint must be an https:// URL")
        if self.auth == "ntlm" and not (
            self.username and (self.password_file or self.password_credential)
        ):
            raise ValueError(
                f"mailbox {self.name}: NTLM needs username and password_file or password_credential"
            )
        if self.auth == "oauth" and (missing := self.missing_identity()):
            raise ValueError(f"mailbox {self.name}: OAuth needs {', '.join(missing)}")
        return self


MailboxSettings = Annotated[
    DropFolderMailbox | ImapMailboxSettings | GraphMailboxSettings | EwsMailboxSettings,
    Field(discriminator="kind"),
]
