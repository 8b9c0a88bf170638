"""`cpc-triage check-config`: validate the settings and try every connection, in plain words.

An operator runs it after editing the settings and before restarting the daemon. Each check says
what it tried and, when it fails, what is wrong and what to change — "the server's certificate
is not trusted: set ca_file", "Entra ID accepted the app, but Graph refused the mailbox: check
the application access policy" — never a traceback and never a secret. No message is moved and
the database is not migrated; an IMAP login creates the processed and failed folders if they
are missing, as the daemon's first poll would.
"""

from __future__ import annotations

import functools
import shutil
import socket
import ssl
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from cpc_triage.bootstrap import build_sinks, open_database, validate
from cpc_triage.diagnose import why
from cpc_triage.digest_job import build_mailout, check_districts
from cpc_triage.mailboxes import ews_mailbox, graph_mailbox, imap_mailbox, token_provider
from cpc_triage.settings import Settings
from cpc_triage.settings.mailbox import (
    DropFolderMailbox,
    EwsMailboxSettings,
    GraphMailboxSettings,
    ImapMailboxSettings,
    MailboxSettings,
)
from cpc_triage.smime_reader import smime_opener
from cpc_triage.startup import SchemaNotCurrent, StartupError
from intake.errors import RemoteMailboxError
from intake.ews import EwsRefused
from intake.graph import GraphRefused
from intake.imap import MailboxRefused
from intake.keys import (
    KeyRing,
    KeyringProblem,
    missing_keyring,
    read_keyring,
    stored_data_keys,
)
from intake.oauth import GRAPH_SCOPE, TokenError
from intake.smime import OPENSSL
from parsers.ocr import TESSERACT
from tasks.delivery import DeliveryError
from tasks.mailout import GraphSendMail


@dataclass(frozen=True, slots=True)
class Check:
    what: str
    ok: bool
    detail: str


def run_checks(settings: Settings) -> Iterator[Check]:
    """Every check, in the order a person would fix them; later ones run even if one fails."""
    yield _check("configuration", lambda: _validated(settings))
    yield _check("tools", lambda: _tools(settings))
    yield _check("database", lambda: _database(settings))
    yield _check("keyring", lambda: _keyring(settings))
    yield _check("S/MIME", lambda: _smime(settings))
    yield _check("sinks", lambda: _sinks(settings))
    yield _check("digest", lambda: _digest(settings))
    for mailbox in settings.mailboxes:
        yield _check(
            f"mailbox {mailbox.name} ({mailbox.kind})",
            functools.partial(_mailbox, settings, mailbox),
        )


def _check(what: str, run: Callable[[], str]) -> Check:
    try:
        return Check(what, True, run())
    except StartupError as exc:
        return Check(what, False, str(exc))
    except RemoteMailboxError as exc:
        return Check(what, False, plain_words(exc))
    except Exception as exc:  # a check must report, never crash the command
        return Check(what, False, f"unexpected {type(exc).__name__}: {plain_words(exc)}")


def _validated(settings: Settings) -> str:
    validate(settings)
    return f"settings valid; triage configuration {settings.triage_config_dir()}"


def _tools(settings: Settings) -> str:
    """The programs the daemon runs: Tesseract (scanned pages), openssl (S/MIME signatures)."""
    missing = []
    tesseract = shutil.which(TESSERACT)
    if tesseract is None:
        missing.append("tesseract (scanned forms cannot be read: apt install tesseract-ocr)")
    else:
        languages = subprocess.run(
            [tesseract, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        ).stdout.split()
        if "eng" not in languages:
            missing.append("tesseract's English data (apt install tesseract-ocr-eng)")
    if shutil.which(OPENSSL) is None and settings.smime.ca_file:
        missing.append("openssl (S/MIME signatures cannot be checked: apt install openssl)")
    if missing:
        raise StartupError("missing: " + "; ".join(missing))
    found = [f"tesseract {tesseract} (eng)"]
    if openssl := shutil.which(OPENSSL):
        found.append(f"openssl {openssl}")
    return ", ".join(found)


def understood(settings: Settings, source: Path | None) -> Iterator[str]:
    """The configuration as the daemon reads it, paths resolved (like `doveconf -n`)."""
    yield f"settings file:        {source or '(none: the embedded defaults)'}"
    yield f"data directory:       {settings.data_path().absolute()}"
    yield f"database:             {_shown_url(settings.database_url())}"
    yield f"keyring:              {settings.keyring_path().absolute()}"
    yield f"triage configuration: {settings.triage_config_dir().absolute()}"
    for mailbox in settings.mailboxes:
        yield f"mailbox {mailbox.name}: {mailbox.kind}, {_where(settings, mailbox)}" + (
            f", district {mailbox.district}" if mailbox.district else ""
        )
    for sink in settings.sinks:
        yield f"sink {sink.name}: {sink.kind} {sink.target}"
    yield f"digest:               {'on' if settings.digest.enabled else 'off'}"


def _where(settings: Settings, mailbox: MailboxSettings) -> str:
    if isinstance(mailbox, DropFolderMailbox):
        return str(settings.mailbox_path(mailbox).absolute())
    if isinstance(mailbox, ImapMailboxSettings):
        return f"{mailbox.host}:{mailbox.port} {mailbox.folder} ({mailbox.security})"
    if isinstance(mailbox, GraphMailboxSettings):
        return f"{mailbox.mailbox} {mailbox.folder}"
    return f"{mailbox.service_endpoint} {mailbox.folder}"


def _shown_url(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return f"sqlite {Path(parsed.database).absolute()}"
    return parsed.render_as_string(hide_password=True)


def _database(settings: Settings) -> str:
    engine = _current_database(settings)
    if engine is None:
        return "reachable; the daemon will upgrade the schema when it starts"
    engine.dispose()
    return "reachable, schema current"


def _current_database(settings: Settings) -> Engine | None:
    """An engine on a current schema; None when start-up would upgrade it first.

    Whether the schema is current is Alembic's answer (`migrations.schema_is_current`, raised
    as `SchemaNotCurrent`), never the words of an error message."""
    try:
        return open_database(settings, upgrade=False)
    except SchemaNotCurrent:
        if settings.database.upgrade_on_start:
            return None
        raise


def _keyring(settings: Settings) -> str:
    """Not only that the file parses: that it unwraps the database's data keys (issue 13.1)."""
    path = settings.keyring_path()
    present = path.exists() or path.is_symlink()
    if present:
        try:
            read_keyring(path)  # the file itself: readable, private, well formed
        except KeyringProblem as exc:
            raise StartupError(str(exc)) from None
    engine = _current_database(settings)
    if engine is None:
        return f"{path}: checked against the data keys once the schema is upgraded"
    try:
        if not present:
            if held := stored_data_keys(engine):
                raise StartupError(missing_keyring(path, held))
            return f"{path} does not exist yet: `cpc-triage keys init` makes it (0600)"
        opened = KeyRing(engine, keyring_path=path).check_opens_stored_keys()
    except KeyringProblem as exc:
        raise StartupError(str(exc)) from None
    except SQLAlchemyError as exc:
        raise StartupError(f"keyring {path}: the database could not be read ({exc})") from None
    finally:
        engine.dispose()
    if not opened:
        return f"{path} readable (0600); the database holds no data key yet"
    return f"{path} unwrapped a stored data key under each of the database's {opened} KEK(s)"


def _smime(settings: Settings) -> str:
    smime_opener(settings.smime)  # raises StartupError for a key or CA file it cannot use
    if not (settings.smime.certificate_file or settings.smime.ca_file):
        return "not configured: encrypted mail goes to a person as encrypted_unreadable"
    parts = []
    if settings.smime.certificate_file:
        parts.append("the unit key loads")
    if settings.smime.ca_file:
        parts.append("signatures are checked against the configured CAs")
    return "; ".join(parts)


def _sinks(settings: Settings) -> str:
    sinks = build_sinks(settings)
    return f"{len(sinks)} configured, secrets readable" if sinks else "none configured"


def _digest(settings: Settings) -> str:
    digest = settings.digest
    if not digest.enabled:
        return "off ([digest] enabled = false)"
    check_districts(digest, settings.triage_config_dir() / "policies")
    mailout = build_mailout(digest)
    try:
        reached = mailout.probe()
    except DeliveryError as exc:
        raise StartupError(f"digest transport {digest.transport.kind}: {exc}") from None
    finally:
        if isinstance(mailout, GraphSendMail):
            mailout.close()
    districts = ", ".join(sorted(digest.recipients)) or "no district"
    return f"{digest.transport.kind}: {reached}; recipients for {districts}"


def _mailbox(settings: Settings, mailbox: MailboxSettings) -> str:
    if isinstance(mailbox, DropFolderMailbox):
        folder = settings.mailbox_path(mailbox)
        return f"drop folder {folder / 'inbox'} ready"
    if isinstance(mailbox, ImapMailboxSettings):
        return _imap(mailbox)
    if isinstance(mailbox, GraphMailboxSettings):
        return _graph(mailbox)
    return _ews(mailbox)


def _imap(mailbox: ImapMailboxSettings) -> str:
    where = f"{mailbox.host}:{mailbox.port}"
    with imap_mailbox(mailbox) as box:
        pending = len(box.pending_uids())
    return (
        f"connected to {where} ({mailbox.security}, certificate verified), logged in as "
        f"{mailbox.username}, {pending} message(s) waiting in {mailbox.folder}"
    )


def _graph(mailbox: GraphMailboxSettings) -> str:
    provider = token_provider(mailbox, scope=GRAPH_SCOPE, ca_file=mailbox.ca_file)
    try:
        provider.token()
    except TokenError as exc:
        raise StartupError(f"Entra ID did not give the app a token: {exc}") from None
    box = graph_mailbox(mailbox)
    try:
        waiting = len(box.changed_ids())
        for folder in (mailbox.processed_folder, mailbox.failed_folder):
            box._folder_id(folder)
    except GraphRefused as exc:
        raise StartupError(
            f"authenticated with Entra ID, but Graph refused mailbox {mailbox.mailbox}: "
            f"{exc} (check Mail.ReadWrite and the application access policy)"
        ) from None
    finally:
        box.close()
    return f"token obtained; {waiting} message(s) in {mailbox.folder}; folders found"


def _ews(mailbox: EwsMailboxSettings) -> str:
    with ews_mailbox(mailbox) as box:
        try:
            waiting = len(box.pending_ids())
        except EwsRefused as exc:
            raise StartupError(f"logged in, but {exc}") from None
    return (
        f"connected to {mailbox.service_endpoint} ({mailbox.auth}); folders found; "
        f"{waiting} message(s) in {mailbox.folder}"
    )


def plain_words(exc: BaseException) -> str:
    """What went wrong, from the innermost cause a person can act on."""
    causes: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(causes) < 10:
        causes.append(current)
        current = current.__cause__ or current.__context__
    for cause in causes:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return (
                f"the server's certificate is not trusted ({cause.verify_message}): "
                "set ca_file to the CA that signed it"
            )
        if isinstance(cause, ssl.SSLError):
            return f"TLS failed ({cause.reason or type(cause).__name__})"
        if isinstance(cause, ConnectionRefusedError):
            return f"nothing accepts connections there ({exc}): check host and port"
        if isinstance(cause, socket.gaierror):
            return "the host name is not known: check host"
        if isinstance(cause, TimeoutError | socket.timeout):
            return "no answer in time: check the host, the port and the firewall"
        if isinstance(cause, MailboxRefused):
            return f"{cause}: check username and the password file"
    if storage := next((why(c) for c in causes if isinstance(c, OSError) and why(c)), None):
        return storage
    text = str(exc)
    if "STARTTLS" in text.upper() or any("STARTTLS" in str(c).upper() for c in causes):
        return 'the server does not offer STARTTLS: use security = "tls" (port 993)'
    return text or type(exc).__name__


def report_lines(checks: list[Check]) -> Iterator[str]:
    for check in checks:
        yield f"{'ok  ' if check.ok else 'FAIL'}  {check.what}: {check.detail}"
