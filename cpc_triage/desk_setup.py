"""The desk, built from the daemon's settings (used by `cpc-triage web`; issue 14 item 2).

The composition root wires the desk as it wires the daemon: the engine, the key ring and the
vault it opened, the districts' closure days from the policy files, the message reader's S/MIME
opening (`cpc_triage.reader`: the case page lists the attachments of the message as the daemon
read it, not of the encrypted envelope) and the OIDC provider. The desk stage only receives them
(`desk.web.app.create_app`).

OIDC settings come from their own TOML file until the daemon's settings grow a `[web]` table:

    issuer = "https://login.microsoftonline.com/<tenant>/v2.0"
    client_id = "…"
    client_secret_file = "/run/credentials/cpc-triage.service/desk-oidc"   # never the value
    redirect_uri = "https://desk.cppu.example/auth/oidc/callback"
    officer_claim = "employee_id"      # optional
    groups_claim = "groups"            # optional: the claim holding group ids or names
    [district_map]                     # optional: a group → the district it limits to
    "CPPU-Leeds" = "leeds"
    [role_map]                         # optional: the provider's app roles → desk roles
    "CPPU.Supervisor" = "supervisor"
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.pool import QueuePool
from starlette.applications import Starlette

from cpc_triage.bootstrap import open_database, open_keyring
from cpc_triage.reader import build_reader
from cpc_triage.settings import Settings
from desk.accounts import Role
from desk.oidc import OidcConfig, OidcProvider
from desk.web.app import create_app
from desk.web.context import DeskConfig
from intake.files import shared_mode
from intake.keys import KeyRing
from intake.vault import Vault
from tasks.store import TaskStore
from triage.config import load_closures


def read_oidc_config(path: Path) -> OidcConfig:
    """The OIDC file; the client secret is read from the file it names (RELIABILITY.md S7)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if "client_secret" in data:
        raise ValueError(f"{path}: give client_secret_file, never the secret itself")
    secret_file = Path(data["client_secret_file"])
    if (mode := shared_mode(secret_file)) is not None:
        raise ValueError(f"{secret_file} is readable by group or others (mode {mode:o}): chmod 600")
    secret = secret_file.read_text(encoding="utf-8").strip()
    return OidcConfig(
        issuer=data["issuer"],
        client_id=data["client_id"],
        client_secret=secret,
        redirect_uri=data["redirect_uri"],
        role_map={k: Role(v) for k, v in data.get("role_map", {}).items()}
        or {r.value: r for r in Role},
        officer_claim=data.get("officer_claim"),
        ca_file=data.get("ca_file"),
        district_map=dict(data.get("district_map", {})),
        groups_claim=data.get("groups_claim", "groups"),
    )


@contextmanager
def open_desk(
    settings: Settings,
    *,
    origin: str = "",
    trusted_proxies: tuple[str, ...] = (),
    oidc_file: Path | None = None,
) -> Iterator[Starlette]:
    """The desk `cpc-triage web` serves, on the database and keys the settings name.

    Raises `StartupError` (or `OSError`, `ValueError`, `KeyError` for the OIDC file) before
    anything is served.
    """
    oidc = read_oidc_config(oidc_file) if oidc_file else None
    engine = open_database(settings)
    try:
        keyring = open_keyring(settings, engine, create_if_new=False)
        with ExitStack() as stack:
            reader = build_reader(settings, stack, workers=0)  # S/MIME opening only: no pool
            with desk_app(
                engine,
                keyring=keyring,
                vault_dir=settings.data_path() / "vault",
                origin=origin,
                trusted_proxies=trusted_proxies,
                oidc=oidc,
                closures=load_closures(settings.triage_config_dir()),
                open_message=reader.opened,
            ) as app:
                yield app
    finally:
        engine.dispose()


@contextmanager
def desk_app(
    engine: Engine,
    *,
    keyring: KeyRing,
    vault_dir: Path,
    origin: str = "",
    trusted_proxies: tuple[str, ...] = (),
    clock: Callable[[], datetime] | None = None,
    oidc: OidcConfig | None = None,
    closures: Mapping[str, frozenset[date]] | None = None,
    open_connections: int | None = None,
    open_message: Callable[[bytes], bytes] | None = None,
) -> Iterator[Starlette]:
    """The desk on the daemon's engine, key ring and vault.

    `closures` are the districts' closure days from the policy files (the days left before a
    report is due skip them). `open_message`: the reader's S/MIME opening, for the attachments
    a case page lists. `open_connections`: how many of the pool's connections to open now
    (`open_pool`); None, as `cpc-triage web` runs it, opens all it keeps. Tests on the shared
    PostgreSQL open fewer.
    """
    open_pool(engine, count=open_connections)
    clock = clock or (lambda: datetime.now(UTC))
    yield create_app(
        engine,
        store=TaskStore(engine, cipher=keyring, blind_index=keyring.blind_index),
        cipher=keyring,
        blind_index=keyring.blind_index,
        vault=Vault(vault_dir, cipher=keyring),
        bind_keys=keyring.using,
        oidc=OidcProvider(oidc, clock=clock) if oidc else None,
        config=DeskConfig(
            origin=origin, trusted_proxies=trusted_proxies, closures=dict(closures or {})
        ),
        clock=clock,
        open_message=open_message,
    )


def open_pool(engine: Engine, *, count: int | None = None) -> int:
    """Open the connections the pool keeps (or `count` of them), now; return how many.

    A morning starts with everyone opening the queue at once: on PostgreSQL each of those
    requests otherwise opens its own server session first (issue 12's load test: the first
    requests of a run took 1.3–1.7 s). Nothing else is done with them.
    """
    size = engine.pool.size() if isinstance(engine.pool, QueuePool) else 1
    size = size if count is None else min(count, size)
    with ExitStack() as held:
        for _ in range(size):
            held.enter_context(engine.connect())
    return size
