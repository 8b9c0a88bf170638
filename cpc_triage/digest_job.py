"""The daily digest's wiring: `[digest]` settings → `DigestConfig` + a `MailOut`, and the job.

Built once at start (`bootstrap.open_app`, `cpc-triage digest`): secrets read by reference,
the app certificate and key parsed, the CA bundle loaded, the districts checked against the
triage policies — so a wrong setting stops the start with a message naming the key (issue 4
"fails fast"), not a failed send at 07:30.

`DigestJob.run(now)` is `desk.digest_outbox.run_digests` with the mailbox health read from the
database (`mailbox_polls`) and the keyring bound to its transaction. It is idempotent — one
digest a day per district, however often it is called — so the daemon calls it every few
minutes in the sending hours (`digest_trigger`) and `cpc-triage digest` calls it once.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Literal

from apscheduler.triggers.base import BaseTrigger
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from sqlalchemy import Engine

from cpc_triage.settings import Settings
from cpc_triage.settings.digest import DigestSettings, DigestTransportSettings
from cpc_triage.startup import StartupError, read_secret, secret_path
from desk.digest import MailboxHealth
from desk.digest_load import DigestConfig, KeyBinder, unbound
from desk.digest_outbox import DigestOutcome, run_digests
from desk.digest_recipients import UNKNOWN_DISTRICT
from desk.digest_runs import run_for
from desk.digest_schedule import LAST_HOUR, digest_trigger
from intake import health
from intake.oauth import (
    GRAPH_SCOPE,
    OUTLOOK_SCOPE,
    AppCredentials,
    TokenProvider,
    certificate_thumbprint,
)
from intake.ports import EventLog
from parsers.records import LONDON
from tasks.mailout import GraphSendMail, MailOut, SmtpRelay, SmtpXoauth2
from tasks.records import SYSTEM_ACTOR
from tasks.store import TaskStore
from triage.config import load_closures
from triage.workdays import ENGLAND


@dataclass
class DigestJob:
    """Send the due digests through the configured transport; call as often as you like."""

    engine: Engine
    store: TaskStore
    mailout: MailOut
    config: DigestConfig
    bind_keys: KeyBinder = unbound
    log: EventLog | None = None

    def run(
        self,
        now: datetime | None = None,
        *,
        actor: str = SYSTEM_ACTOR,
        districts: Sequence[str] | None = None,
    ) -> tuple[DigestOutcome, ...]:
        """Each due district's outcome; () when no digest is due at `now` (see `not_due`)."""
        config = self.config
        if districts is not None:
            config = replace(config, recipients={d: config.recipients[d] for d in districts})
        return run_digests(
            self.engine,
            self.store,
            self.mailout,
            config=config,
            now=now or datetime.now(UTC),
            health=mailbox_health(self.engine),
            log=self.log,
            bind_keys=self.bind_keys,
            actor=actor,
        )

    def trigger(self) -> BaseTrigger:
        """Weekdays every five minutes from `send_at` (London): a missed or failed send is
        caught up by the next firing; `run` itself skips bank holidays and sent districts."""
        return digest_trigger(send_at=self.config.send_at)

    def close(self) -> None:
        if isinstance(self.mailout, GraphSendMail):
            self.mailout.close()


def build_digest_job(
    settings: Settings,
    *,
    engine: Engine,
    store: TaskStore,
    bind_keys: KeyBinder = unbound,
    log: EventLog | None = None,
) -> DigestJob | None:
    """The job from `[digest]`, checked; None when the digest is not enabled."""
    digest = settings.digest
    if not digest.enabled:
        return None
    check_districts(digest, settings.triage_config_dir() / "policies")
    return DigestJob(
        engine=engine,
        store=store,
        mailout=build_mailout(digest),
        config=digest_config(digest, closures=load_closures(settings.triage_config_dir())),
        bind_keys=bind_keys,
        log=log,
    )


def digest_config(
    digest: DigestSettings, *, closures: Mapping[str, frozenset[date]]
) -> DigestConfig:
    """The digest's settings, with each district's closure days from its policy file."""
    return DigestConfig(
        closures=closures,
        base_url=digest.base_url,
        sender=digest.sender,
        recipients=dict(digest.recipients),
        allow_list=digest.allow_list,
        include_names=digest.include_names,
        send_at=digest.send_at,
        message_domain=digest.sender.rpartition("@")[2] or "cpc-triage.invalid",
        max_attempts=digest.max_attempts,
    )


def check_districts(digest: DigestSettings, policies: Path) -> None:
    """Each recipients key names a district the triage knows, or `unknown` (a typo is silent)."""
    known = {p.stem for p in policies.glob("*.toml")} | {UNKNOWN_DISTRICT}
    for district in digest.recipients:
        if district not in known:
            raise StartupError(
                f"digest.recipients.{district}: no such district (known: "
                f"{', '.join(sorted(known))})"
            )


def build_mailout(digest: DigestSettings) -> MailOut:
    """The adapter `transport.kind` names, with its secrets and certificates loaded now."""
    t = digest.transport
    if t.kind == "graph":
        return GraphSendMail(
            mailbox=t.mailbox or digest.sender,
            token=TokenProvider(_app_credentials(t), scope=GRAPH_SCOPE).token,
            root=t.graph_root,
            ca_file=_readable(t.ca_file, "digest.transport.ca_file"),
            timeout=t.timeout_seconds,
        )
    tls = _tls_context(t.ca_file)
    security: Literal["starttls", "implicit"] = "implicit" if t.security == "tls" else "starttls"
    if t.kind == "xoauth2":
        return SmtpXoauth2(
            host=t.host,
            port=t.port,
            tls=tls,
            user=t.username or digest.sender,
            token=TokenProvider(_app_credentials(t), scope=OUTLOOK_SCOPE).token,
            security=security,
            timeout=t.timeout_seconds,
        )
    password = read_secret(t.password_file, t.password_credential, "digest.transport password")
    if password is not None and not password:
        raise StartupError("digest.transport: the password file is empty")
    return SmtpRelay(
        host=t.host,
        port=t.port,
        tls=tls,
        security=security,
        timeout=t.timeout_seconds,
        login=(t.username, password) if password else None,
    )


def _tls_context(ca_file: str) -> ssl.SSLContext:
    """Verifying the certificate and the host name; the force's CA when `ca_file` is given."""
    try:
        return ssl.create_default_context(cafile=ca_file or None)
    except (OSError, ssl.SSLError):
        raise StartupError(
            f"digest.transport.ca_file {ca_file} is not a readable PEM CA bundle"
        ) from None


def _readable(path: str, key: str) -> str | None:
    if path and not Path(path).is_file():
        raise StartupError(f"{key} {path} does not exist")
    return path or None


def _app_credentials(t: DigestTransportSettings) -> AppCredentials:
    """The app registration, its certificate and key checked now (msal reads them lazily)."""
    what = "digest.transport private key"
    key_path = secret_path(t.private_key_file, t.private_key_credential, what)
    if key_path is None:  # pragma: no cover - the settings already refuse this
        raise StartupError(f"{what}: none given")
    try:
        certificate_thumbprint(Path(t.certificate_file).read_bytes())
    except (OSError, ValueError):
        raise StartupError(
            f"digest.transport.certificate_file {t.certificate_file} is not a PEM certificate"
        ) from None
    try:
        load_pem_private_key((read_secret(str(key_path), "", what) or "").encode(), None)
    except (ValueError, TypeError):
        raise StartupError(f"{what} {key_path} is not an unencrypted PEM private key") from None
    return AppCredentials(
        tenant_id=t.tenant_id,
        client_id=t.client_id,
        certificate_file=Path(t.certificate_file),
        private_key_file=key_path,
        authority_host=t.authority_host,
        ca_file=_readable(t.authority_ca_file, "digest.transport.authority_ca_file"),
    )


def mailbox_health(engine: Engine) -> tuple[MailboxHealth, ...]:
    """Each mailbox's last good poll and last error kind (`intake.health`)."""
    with engine.connect() as conn:
        rows = health.polls(conn)
    return tuple(
        MailboxHealth(
            mailbox=r.mailbox,
            last_ok_at=r.last_ok_at,
            recent_errors=((r.last_error_at, r.last_error),)
            if r.last_error and r.last_error_at
            else (),
        )
        for r in rows
    )


def not_due(now: datetime, *, config: DigestConfig) -> str:
    """Why no digest is due at `now` (for the command line); "" when one is."""
    local = now.astimezone(LONDON)
    if not ENGLAND.is_working_day(local.date()):
        return f"{local:%a %d %b %Y} is not a working day in England"
    if local.time().replace(tzinfo=None) < config.send_at:
        return f"it is before {config.send_at:%H:%M} (Europe/London)"
    if local.hour > LAST_HOUR:
        return f"the sending hours end at {LAST_HOUR + 1:02d}:00 (Europe/London)"
    return ""


def outcome_line(engine: Engine, outcome: DigestOutcome) -> str:
    """`district: outcome — why`, for the command line; a skip explained from `digest_runs`."""
    if outcome.outcome == "sent":
        return f"{outcome.district}: sent"
    if outcome.outcome == "retrying":
        detail = f"{outcome.error}; retried later (by the daemon, or run this again)"
    elif outcome.outcome == "failed":
        detail = f"{outcome.error}; reported, not retried today"
    else:
        detail = _why_skipped(engine, outcome)
    return f"{outcome.district}: {outcome.outcome} — {detail}"


def _why_skipped(engine: Engine, outcome: DigestOutcome) -> str:
    """What `digest_runs` says about a district that was not sent this time."""
    with engine.connect() as conn:
        run = run_for(conn, district=outcome.district, day=outcome.day)
    if run is None:  # pragma: no cover - run_digests creates it before it can skip
        return "no record"
    if run.sent_at is not None:
        return f"already sent today at {run.sent_at.astimezone(LONDON):%H:%M}"
    if run.outcome == "failed":
        return f"failed today after {run.attempts} attempt(s) ({run.last_error}); not retried"
    waiting = run.next_attempt_at
    return "being sent elsewhere or waiting to retry at " + (
        f"{waiting.astimezone(LONDON):%H:%M}" if waiting else "once"
    )
