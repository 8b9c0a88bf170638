"""Mailbox settings → `Source` adapters (the one place that picks the technology per mailbox).

Secrets are checked at start-up (a missing password or private-key file stops the daemon with
the file's name) and then read again at each login, so a rotated password file needs no restart.
The technology's own classes stay in `intake` (no settings there); this module only translates.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cpc_triage.settings import Settings
from cpc_triage.settings.mailbox import (
    AppIdentity,
    DropFolderMailbox,
    EwsMailboxSettings,
    GraphMailboxSettings,
    ImapMailboxSettings,
    MailboxSettings,
)
from cpc_triage.startup import StartupError, secret_path
from intake.dropfolder import DropFolder
from intake.ews import EwsMailbox, EwsSettings
from intake.graph import GraphMailbox, GraphSettings
from intake.imap import Authenticator, ImapMailbox, ImapSettings, password_login, xoauth2_login
from intake.mailbox_sources import EwsSource, GraphSource, ImapSource
from intake.oauth import GRAPH_SCOPE, AppCredentials, TokenProvider
from intake.sources import Source


def build_source(settings: Settings, mailbox: MailboxSettings) -> Source:
    """The `Source` for one `[[mailboxes]]` table; `StartupError` names what is missing."""
    if isinstance(mailbox, DropFolderMailbox):
        return DropFolder(settings.mailbox_path(mailbox), mailbox=mailbox.name)
    if isinstance(mailbox, ImapMailboxSettings):
        return ImapSource(mailbox.name, imap_mailbox(mailbox))
    if isinstance(mailbox, GraphMailboxSettings):
        return GraphSource(mailbox.name, graph_mailbox(mailbox))
    return EwsSource(mailbox.name, ews_mailbox(mailbox))


def imap_mailbox(mailbox: ImapMailboxSettings) -> ImapMailbox:
    authenticate: Authenticator
    if mailbox.auth == "password":
        read = _secret_reader(
            mailbox.password_file, mailbox.password_credential, f"mailbox {mailbox.name}"
        )
        authenticate = password_login(mailbox.username, read)
    else:
        provider = token_provider(mailbox, scope=mailbox.oauth_scope, ca_file=mailbox.ca_file)
        authenticate = xoauth2_login(mailbox.username, provider.token)
    return ImapMailbox(
        ImapSettings(
            host=mailbox.host,
            port=mailbox.port,
            username=mailbox.username,
            security=mailbox.security,
            folder=mailbox.folder,
            processed_folder=mailbox.processed_folder,
            failed_folder=mailbox.failed_folder,
            ca_file=mailbox.ca_file or None,
            timeout_s=mailbox.timeout_seconds,
        ),
        authenticate=authenticate,
    )


def graph_mailbox(mailbox: GraphMailboxSettings) -> GraphMailbox:
    provider = token_provider(mailbox, scope=GRAPH_SCOPE, ca_file=mailbox.ca_file)
    return GraphMailbox(
        GraphSettings(
            mailbox=mailbox.mailbox,
            folder=mailbox.folder,
            processed_folder=mailbox.processed_folder,
            failed_folder=mailbox.failed_folder,
            root=mailbox.graph_root.rstrip("/"),
            ca_file=mailbox.ca_file or None,
        ),
        token=provider.token,
    )


def ews_mailbox(mailbox: EwsMailboxSettings) -> EwsMailbox:
    settings = EwsSettings(
        service_endpoint=mailbox.service_endpoint,
        mailbox=mailbox.mailbox,
        auth=mailbox.auth,
        username=mailbox.username or None,
        folder=mailbox.folder,
        processed_folder=mailbox.processed_folder,
        failed_folder=mailbox.failed_folder,
        ca_file=mailbox.ca_file or None,
        timeout_s=mailbox.timeout_seconds,
    )
    if mailbox.auth == "ntlm":
        read = _secret_reader(
            mailbox.password_file, mailbox.password_credential, f"mailbox {mailbox.name}"
        )
        return EwsMailbox(settings, password=read)
    provider = token_provider(mailbox, scope=mailbox.oauth_scope, ca_file=mailbox.ca_file)
    return EwsMailbox(settings, token=provider.token)


def token_provider(identity: AppIdentity, *, scope: str, ca_file: str) -> TokenProvider:
    """msal client credentials with the app's certificate; the key file is checked now."""
    what = f"{getattr(identity, 'name', 'app')}: private key"
    key = secret_path(identity.private_key_file, identity.private_key_credential, what)
    certificate = Path(identity.certificate_file)
    for path, label in ((key, "private key"), (certificate, "certificate")):
        if path is None or not path.is_file():
            raise StartupError(f"{what.split(':')[0]}: {label} file {path} not found")
    assert key is not None
    return TokenProvider(
        AppCredentials(
            tenant_id=identity.tenant_id,
            client_id=identity.client_id,
            certificate_file=certificate,
            private_key_file=key,
            authority_host=identity.authority_host.rstrip("/"),
            ca_file=ca_file or None,
        ),
        scope=scope,
    )


def _secret_reader(path: str, credential: str, what: str) -> Callable[[], str]:
    """A reader of the secret at each login; the file must be readable now (fail fast)."""
    location = secret_path(path, credential, what)
    if location is None:
        raise StartupError(f"{what}: no password_file or password_credential")
    try:
        location.read_text(encoding="utf-8")
    except OSError as exc:
        raise StartupError(f"{what}: secret file {location} unreadable ({exc.strerror})") from None

    def read() -> str:
        return location.read_text(encoding="utf-8").strip()

    return read
