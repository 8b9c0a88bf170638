"""Wiring: settings → engine, keyring, vault, task store, sources, parser pool, NLP (STYLE.md 4).

The one place that chooses adapters. Everything is checked here, before the daemon says READY,
so a bad configuration fails at start with a message that names the problem (issue 4
"Start-up validates all configuration and fails fast"), instead of at the first message.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from cpc_triage import migrations
from cpc_triage.budget import MessageBudget
from cpc_triage.db import DatabaseError, check_durability, make_engine
from cpc_triage.diagnose import why
from cpc_triage.digest_job import DigestJob, build_digest_job
from cpc_triage.dropfolder_tidy import forget_filed_originals
from cpc_triage.mailboxes import build_source
from cpc_triage.pipeline import Parts
from cpc_triage.reader import build_reader, mailbox_districts
from cpc_triage.settings import Settings
from cpc_triage.settings.mailbox import DropFolderMailbox
from cpc_triage.settings.sinks import FolderSinkSettings, MailSinkSettings
from cpc_triage.startup import SchemaNotCurrent, make_data_dir
from cpc_triage.startup import StartupError as StartupError
from cpc_triage.startup import read_secret as _secret
from cpc_triage.witness import Witness
from intake.dropfolder import DropFolder
from intake.keys import (
    KeyRing,
    KeyringProblem,
    create_keyring,
    missing_keyring,
    stored_data_keys,
)
from intake.ports import EventLog
from intake.sources import Source
from intake.vault import Vault
from tasks.mailout import SmtpRelay
from tasks.sinks.base import Sink
from tasks.sinks.folder import FolderSink
from tasks.sinks.mail import MailSink
from tasks.sinks.webhook import WebhookSink
from tasks.store import TaskStore


@dataclass
class App:
    settings: Settings
    engine: Engine
    keyring: KeyRing
    parts: Parts
    sources: list[Source]
    _stack: ExitStack = field(default_factory=ExitStack)
    sinks: dict[str, Sink] = field(default_factory=dict)
    digest: DigestJob | None = None  # None: [digest] not enabled

    def close(self) -> None:
        self._stack.close()
        self.engine.dispose()


def open_database(
    settings: Settings, *, upgrade: bool | None = None, reader: bool = False
) -> Engine:
    """A durable engine with the schema at head (upgraded if configured, refused otherwise);
    `reader` for a command that only reads (`cpc_triage.db.make_engine`)."""
    password = _secret(
        settings.database.password_file, settings.database.password_credential, "database"
    )
    engine = make_engine(
        settings.database_url(),
        schema=settings.database.schema_name,
        password=password,
        reader=reader,
        busy_s=settings.database.busy_timeout_seconds,
    )
    try:
        check_durability(engine)
        if upgrade if upgrade is not None else settings.database.upgrade_on_start:
            migrations.upgrade(engine, blind_index=lambda: _migration_index(settings, engine))
        elif not migrations.schema_is_current(engine):
            engine.dispose()
            raise SchemaNotCurrent(
                "database schema is not at the current revision: run `cpc-triage db upgrade`"
            )
    except DatabaseError as exc:
        engine.dispose()
        raise StartupError(str(exc)) from None
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StartupError(_unusable(engine, exc)) from None
    return engine


def _migration_index(settings: Settings, engine: Engine) -> Callable[[str], str]:
    """The blind index for a migration that hashes stored identifiers, from the keyring proven
    to open this database's data keys (a wrong keyring would hash under the wrong key for good).

    It reads beside the migration's write transaction (`read_only`: a deferred BEGIN, which
    SQLite's WAL lets through), never waiting for the lock the migration holds.
    """
    try:
        keyring = KeyRing(
            engine.execution_options(read_only=True), keyring_path=settings.keyring_path()
        )
        keyring.check_opens_stored_keys()
    except KeyringProblem as exc:
        raise StartupError(f"cannot upgrade the database: {exc}") from None
    return keyring.blind_index


def open_keyring(settings: Settings, engine: Engine, *, create_if_new: bool = True) -> KeyRing:
    """The KeyRing, proven to open the database's data keys (issue 13.1).

    A keyring file is made here only for a database that has never held a data key (the first
    run of a fresh installation, in the data directory) and only when `create_if_new`; for a
    database that holds keys a missing keyring is refused — never silently replaced.
    """
    path = settings.keyring_path()
    try:
        if not path.exists() and not path.is_symlink():
            held = stored_data_keys(engine)
            if held:
                raise StartupError(missing_keyring(path, held))
            default = path.parent == settings.data_path() / "keys"
            if settings.keys.keyring_file or not default or not create_if_new:
                raise StartupError(
                    f"keyring {path} does not exist: make one with `cpc-triage keys init`"
                )
            create_keyring(path)
        keyring = KeyRing(engine, keyring_path=path)
        keyring.check_opens_stored_keys()
    except KeyringProblem as exc:
        raise StartupError(str(exc)) from None
    except SQLAlchemyError as exc:
        raise StartupError(_unusable(engine, exc)) from None
    return keyring


def stored_keys(settings: Settings) -> int:
    """How many data keys the configured database holds, without creating a database file."""
    if settings.database_url().startswith("sqlite"):
        database = make_url(settings.database_url()).database
        if database and not Path(database).exists():
            return 0
    password = _secret(
        settings.database.password_file, settings.database.password_credential, "database"
    )
    engine = make_engine(
        settings.database_url(), schema=settings.database.schema_name, password=password
    )
    try:
        return stored_data_keys(engine)
    except SQLAlchemyError as exc:
        raise StartupError(_unusable(engine, exc)) from None
    finally:
        engine.dispose()


def validate(settings: Settings) -> None:
    """Checks that need no database: folders, the schedule, the time zone."""
    try:
        make_data_dir(settings.data_path())
    except OSError as exc:
        raise StartupError(f"data directory {settings.data_path()} ({exc.strerror})") from None
    config_dir = settings.triage_config_dir()
    if not (config_dir / "policies").is_dir():
        raise StartupError(f"triage configuration {config_dir} has no policies/ folder")
    try:
        ZoneInfo(settings.schedule.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise StartupError(f"schedule.timezone {settings.schedule.timezone!r} unknown") from None
    districts = {path.stem for path in (config_dir / "policies").glob("*.toml")}
    for mailbox in settings.mailboxes:
        if mailbox.district and mailbox.district not in districts:
            raise StartupError(
                f"mailbox {mailbox.name}: district {mailbox.district!r} has no policy in "
                f"{config_dir / 'policies'} (known: {', '.join(sorted(districts))})"
            )
        if not isinstance(mailbox, DropFolderMailbox):
            continue
        folder = settings.mailbox_path(mailbox)
        try:
            DropFolder(folder, mailbox=mailbox.name).ensure()
        except OSError as exc:
            raise StartupError(
                f"mailbox {mailbox.name}: {folder} unusable ({exc.strerror})"
            ) from None


def build_sources(settings: Settings) -> list[Source]:
    """One `Source` per `[[mailboxes]]` table (`cpc_triage.mailboxes` picks the adapter)."""
    return [build_source(settings, mailbox) for mailbox in settings.mailboxes]


def open_app(settings: Settings, *, log: EventLog, load_nlp: bool = True) -> App:
    """Everything the daemon needs, checked; the NLP pipeline and parse pool load once here.

    `load_nlp=False` (tests, tools that file nothing): no parse pool and no NLP loaded now; the
    reader still reads and triages, parsing in this process and loading spaCy when first asked.
    """
    validate(settings)
    engine = open_database(settings)
    stack = ExitStack()
    try:
        keyring = open_keyring(settings, engine)
        sinks = build_sinks(settings)  # secrets read and folders made before the slow loads
        sources = build_sources(settings)
        for source in sources:
            if hasattr(source, "close"):
                stack.callback(source.close)
            if isinstance(source, DropFolder):
                _tidy(engine, source, log=log)
        reader = build_reader(
            settings,
            stack,
            districts=mailbox_districts(settings, [source.name for source in sources]),
            workers=None if load_nlp else 0,
        )
        if load_nlp:
            reader.load_nlp()  # before READY, not at the first message
        parts = Parts(
            engine=engine,
            keyring=keyring,
            vault=Vault(settings.data_path() / "vault", cipher=keyring),
            store=TaskStore(
                engine,
                cipher=keyring,
                blind_index=keyring.blind_index,
                sinks=[sink.name for sink in settings.sinks],
            ),
            reader=reader,
            log=log,
            budget=MessageBudget(
                seconds=settings.parsing.message_timeout_seconds,
                memory_mb=settings.parsing.main_memory_mb,
                grace_s=settings.parsing.message_grace_seconds,
            ),
            witness=Witness(settings.data_path() / "witness"),
        )
        digest = build_digest_job(
            settings, engine=engine, store=parts.store, bind_keys=keyring.using, log=log
        )
        if digest is not None:
            stack.callback(digest.close)
    except BaseException:
        stack.close()
        engine.dispose()
        raise
    return App(settings, engine, keyring, parts, sources, stack, sinks, digest)


def _tidy(engine: Engine, folder: DropFolder, *, log: EventLog) -> None:
    """Delete the plain originals an older version kept in `processed/` (issue 12 item 16)."""
    tidied = forget_filed_originals(engine, folder)
    if tidied.deleted or tidied.unknown:
        log.info(
            "drop_folder_originals_deleted",
            mailbox=folder.name,
            deleted=tidied.deleted,
            kept_not_in_ledger=tidied.unknown,
        )


def build_sinks(settings: Settings) -> dict[str, Sink]:
    """The configured export sinks, by name; secrets read from their files here, once."""
    sinks: dict[str, Sink] = {}
    for sink in settings.sinks:
        if isinstance(sink, FolderSinkSettings):
            try:
                Path(sink.path).mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                raise StartupError(
                    f"sink {sink.name}: cannot create {sink.path} ({exc.strerror})"
                ) from None
            sinks[sink.name] = FolderSink(
                Path(sink.path), name=sink.name, include_personal=sink.include_personal
            )
            continue
        secret = _secret(sink.secret_file, sink.secret_credential, f"sink {sink.name}")
        if isinstance(sink, MailSinkSettings):
            password = secret.strip() if secret else None
            relay = SmtpRelay(
                host=sink.host,
                port=sink.port,
                tls=ssl.create_default_context(cafile=sink.ca_file or None),
                name=f"smtp-relay:{sink.name}",
                login=(sink.username, password) if sink.username and password else None,
            )
            sinks[sink.name] = MailSink(
                mailout=relay, sender=sink.sender, to=sink.to, name=sink.name
            )
            continue
        if not secret:
            raise StartupError(f"sink {sink.name}: no webhook secret found")
        sinks[sink.name] = WebhookSink(
            sink.url,
            secret=secret.strip().encode(),
            verify=ssl.create_default_context(cafile=sink.ca_file or None),
            name=sink.name,
            include_personal=sink.include_personal,
        )
    return sinks


def _unusable(engine: Engine, exc: BaseException) -> str:
    reason = why(exc) or type(exc).__name__
    return f"database {_safe_url(engine)} unusable: {reason}"


def _safe_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)
