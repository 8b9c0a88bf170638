"""Settings: one TOML file, read once at the edge into a validated, frozen object (STYLE.md 7).

Where the file comes from: `--config FILE`, else `$CPC_TRIAGE_CONFIG`, else the service's
`/etc/cpc-triage/settings.toml` if there is one, else none at all — every key has an embedded
default so `cpc-triage run` works with no configuration. Relative paths in a file are relative
to the file's folder.

- data directory: `$STATE_DIRECTORY` under systemd (`StateDirectory=`), else `./var`;
- database: SQLite `<data>/cpc-triage.db` (WAL, synchronous=FULL);
- keyring (the KEK): `$CREDENTIALS_DIRECTORY/cpc-triage-kek` when systemd passes it
  (`LoadCredential=`), else `<data>/keys/keyring` (`cpc-triage keys init`);
- one mailbox: the drop folder `<data>/mailbox/`;
- triage configuration: the project's `config/` ($CPC_TRIAGE_CONFIG_DIR, the checkout, or
  where an installed package put it).

Secrets are given by reference only — a file path (`*_file`) or a systemd credential name
(`*_credential`) — never as values (RELIABILITY.md S7): a database URL with a password in it
is refused, and so is any unknown key.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from cpc_triage.budget import MAIN_MEMORY_MB
from cpc_triage.errors import AppError
from cpc_triage.settings.digest import DigestSettings
from cpc_triage.settings.mailbox import DropFolderMailbox, MailboxSettings
from cpc_triage.settings.sinks import SinkSettings

ENV_CONFIG = "CPC_TRIAGE_CONFIG"
SYSTEM_CONFIG = Path("/etc/cpc-triage/settings.toml")  # where the install puts the service's
KEK_CREDENTIAL = "cpc-triage-kek"


class SettingsError(AppError, ValueError):
    """The configuration is unusable; the message names the file and the key."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DatabaseSettings(_Model):
    url: str = ""  # "" → sqlite in the data directory
    schema_name: str = Field(default="", alias="schema")  # PostgreSQL search_path
    password_file: str = ""
    password_credential: str = ""
    upgrade_on_start: bool = True
    #: SQLite only: how long a write waits for another process's lock before the message is
    #: left at its source and retried with back-off (a transient fault, issue 15 item 6).
    busy_timeout_seconds: float = Field(default=60.0, gt=0, le=3600)

    @field_validator("url")
    @classmethod
    def _no_secret_in_url(cls, value: str) -> str:
        if not value:
            return value
        # SQLAlchemy only for a URL given: the `triage` and `parse` commands read the
        # settings and open no database (24 MB and 0.15 s of their start-up, issue 11)
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(value)
        except ArgumentError:
            raise ValueError("is not a database URL") from None
        if url.password is not None:
            raise ValueError("holds a password: use password_file or password_credential")
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise ValueError("must be sqlite or postgresql (postgresql+psycopg://…)")
        return value


class KeySettings(_Model):
    keyring_file: str = ""  # "" → the credential if systemd passed it, else <data>/keys/keyring
    keyring_credential: str = KEK_CREDENTIAL
    rotation_grace_seconds: float = Field(default=5.0, ge=0)


class ParsingSettings(_Model):
    attachment_timeout_seconds: float = Field(default=20.0, gt=0)
    workers: int = Field(default=0, ge=0)  # 0 → one per core
    # Over either limit a message is filed for manual_review without its attachments read.
    max_message_mb: float = Field(default=40.0, gt=0)
    max_attachments: int = Field(default=20, ge=1)
    # One message's budget in the daemon's own process (cpc_triage.budget): over either, the
    # attempt ends and counts against the message; after 3 it is set aside for a person.
    message_timeout_seconds: float = Field(default=120.0, gt=0)
    # How long a message over its budget may stay stuck in C code before its strike is committed
    # and the process restarts itself in place (cpc_triage.budget.MessageBudget.grace_s).
    message_grace_seconds: float = Field(default=10.0, gt=0, le=300)
    main_memory_mb: int = Field(default=MAIN_MEMORY_MB, ge=64)  # cpc_triage.budget says why
    # The whole service's ceiling: the unit's MemoryMax= (systemd/cpc-triage.service) says the
    # same. Only as many parse workers start as fit in it (cpc_triage.budget.workers_that_fit).
    service_memory_mb: int = Field(default=3072, ge=512)


class SmimeSettings(_Model):
    """The unit's S/MIME key (decryption) and the CAs that signatures must chain to."""

    certificate_file: str = ""  # the unit's certificate (PEM); "" → S/MIME mail is not opened
    private_key_file: str = ""  # its RSA private key (PEM), a 0600 file …
    private_key_credential: str = ""  # … or a systemd credential name
    ca_file: str = ""  # CA certificates (PEM) for signatures; "" → no signature is trusted


class ScheduleSettings(_Model):
    retention_hour: int = Field(default=2, ge=0, le=23)
    health_seconds: float = Field(default=10.0, gt=0)
    timezone: str = "Europe/London"


class HealthSettings(_Model):
    """The daemon's HTTP listener for `/healthz` and Prometheus `/metrics` (off when "")."""

    listen: str = ""  # "127.0.0.1:9464": keep it on loopback or behind the firewall

    @field_validator("listen")
    @classmethod
    def _host_port(cls, value: str) -> str:
        if value:
            host, _, port = value.rpartition(":")
            if not host or not port.isdigit() or not 0 < int(port) < 65536:
                raise ValueError("must be host:port, e.g. 127.0.0.1:9464")
        return value


class RetentionSettings(_Model):
    keep_days: int = Field(default=2190, ge=1)  # six years after the conference, then erase


class Settings(_Model):
    data_dir: str = ""  # "" → $STATE_DIRECTORY, else ./var
    config_dir: str = ""  # "" → the project's config/
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    database: DatabaseSettings = DatabaseSettings()
    keys: KeySettings = KeySettings()
    mailboxes: tuple[MailboxSettings, ...] = (DropFolderMailbox(),)
    parsing: ParsingSettings = ParsingSettings()
    smime: SmimeSettings = SmimeSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    retention: RetentionSettings = RetentionSettings()
    health: HealthSettings = HealthSettings()
    sinks: tuple[SinkSettings, ...] = ()
    digest: DigestSettings = DigestSettings()

    @field_validator("sinks")
    @classmethod
    def _complete_sinks(cls, value: tuple[SinkSettings, ...]) -> tuple[SinkSettings, ...]:
        names = [s.name for s in value]
        if len(set(names)) != len(names):
            raise ValueError("two sinks share a name")
        for sink in value:
            if problem := sink.problem():
                raise ValueError(f"sink {sink.name}: {problem}")
        return value

    @field_validator("mailboxes", mode="before")
    @classmethod
    def _dropfolder_by_default(cls, value: object) -> object:
        """A `[[mailboxes]]` table without `kind` is a drop folder (the embedded default)."""
        if isinstance(value, list | tuple):
            return tuple(
                {"kind": "dropfolder", **m} if isinstance(m, dict) and "kind" not in m else m
                for m in value
            )
        return value

    @field_validator("mailboxes")
    @classmethod
    def _distinct_names(cls, value: tuple[MailboxSettings, ...]) -> tuple[MailboxSettings, ...]:
        names = [m.name for m in value]
        if len(set(names)) != len(names):
            raise ValueError("two mailboxes share a name")
        if not value:
            raise ValueError("at least one mailbox is needed")
        return value

    # -- resolved paths (the environment is read here, once, by the caller's choice) -----
    def data_path(self) -> Path:
        if self.data_dir:
            return Path(self.data_dir)
        state = os.environ.get("STATE_DIRECTORY", "").split(":")[0]
        return Path(state) if state else Path("var")

    def database_url(self) -> str:
        return self.database.url or f"sqlite:///{self.data_path() / 'cpc-triage.db'}"

    def keyring_path(self) -> Path:
        """The systemd credential when the service runs with it, else `keyring_file`, else the
        data directory's: so one settings file serves the unit (LoadCredential= from
        /etc/cpc-triage/keyring, which its dynamic user cannot read directly) and root's admin
        commands (`keyring_file = "/etc/cpc-triage/keyring"`)."""
        credential = credential_path(self.keys.keyring_credential)
        if credential is not None and credential.exists():
            return credential
        if self.keys.keyring_file:
            return Path(self.keys.keyring_file)
        return self.data_path() / "keys" / "keyring"

    def mailbox_path(self, mailbox: DropFolderMailbox) -> Path:
        if mailbox.path:
            return Path(mailbox.path)
        suffix = "" if mailbox.name == "default" else f"-{mailbox.name}"
        return self.data_path() / f"mailbox{suffix}"

    def triage_config_dir(self) -> Path:
        if self.config_dir:
            return Path(self.config_dir)
        return find_config_dir()


def credential_path(name: str) -> Path | None:
    """`$CREDENTIALS_DIRECTORY/<name>` (systemd.exec "Credentials"), or None outside systemd."""
    directory = os.environ.get("CREDENTIALS_DIRECTORY")
    return Path(directory) / name if directory and name else None


ENV_CONFIG_DIR = "CPC_TRIAGE_CONFIG_DIR"


def find_config_dir() -> Path:
    """The project's `config/`: from a checkout, or where an installed package put it.

    A wheel cannot carry a top-level `config/` inside a package, so an installation ships it as
    data files (`<prefix>/share/cpc-triage/config`); `/etc/cpc-triage/config` is the operator's.
    """
    if env := os.environ.get(ENV_CONFIG_DIR):
        return Path(env)
    found = Path(__file__).resolve().parents[2] / "config"  # a checkout
    if (found / "policies").is_dir():
        return found
    for candidate in (
        Path(sys.prefix) / "share" / "cpc-triage" / "config",
        Path("/etc/cpc-triage/config"),
    ):
        if (candidate / "policies").is_dir():
            return candidate
    return Path.cwd() / "config"


def find_settings(path: Path | None = None) -> Path | None:
    """The settings file: `path` (--config), else `$CPC_TRIAGE_CONFIG`, else the service's own
    (`/etc/cpc-triage/settings.toml`) when it exists — so an admin command run by a person on
    the server reads what the daemon reads — else None (the embedded defaults)."""
    if path is not None:
        return path
    if env := os.environ.get(ENV_CONFIG):
        return Path(env)
    return SYSTEM_CONFIG if SYSTEM_CONFIG.is_file() else None


def load_settings(path: Path | None = None) -> Settings:
    """Read and validate the settings; `SettingsError` names the file and the bad key.

    Relative paths in the file are relative to the file's folder, not to wherever the command
    happens to run.
    """
    path = find_settings(path)
    if path is None:
        return Settings()
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SettingsError(f"{path}: cannot be read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from None
    document = _anchored(document, path.absolute().parent)
    if "mailboxes" in document and isinstance(document["mailboxes"], list):
        document["mailboxes"] = tuple(document["mailboxes"])
    try:
        return Settings.model_validate(document)
    except ValidationError as exc:
        raise SettingsError(f"{path}: {_describe(exc)}") from None


def _anchored(value: object, base: Path, key: str = "") -> Any:
    """`value` with every relative path (keys `path`, `*_file`, `*_dir`, a SQLite URL) made
    relative to `base`, the settings file's folder."""
    if isinstance(value, dict):
        return {k: _anchored(v, base, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_anchored(v, base, key) for v in value]
    if not isinstance(value, str) or not value:
        return value
    if key == "url" and (sqlite := re.fullmatch(r"(sqlite[+\w]*:///)(.+)", value)):
        scheme, database = sqlite.groups()
        if database == ":memory:" or Path(database).is_absolute():
            return value
        return f"{scheme}{base / database}"
    if key == "path" or key.endswith(("_file", "_dir")):
        return value if Path(value).is_absolute() else str(base / value)
    return value


def _describe(exc: ValidationError) -> str:
    """One line per problem, naming the key, never echoing the value (it may be a secret)."""
    problems = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"]) or "(top level)"
        problems.append(f"{where}: {error['msg']}")
    return "; ".join(problems)
