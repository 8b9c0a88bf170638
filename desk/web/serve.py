"""Build the desk from the daemon's settings and serve it (used by `cpc-triage web`).

Lives in the desk stage so the CLI stays a thin shell; the composition root passes in the
engine, keyring and vault it opened (`cpc_triage.bootstrap`), and this module adds the parts
only the desk needs: the OIDC provider and the app, with the key ring bound to each request's
connection (`KeyRing.using`, as the daemon does). No parsing happens here: the case page shows
the text read at filing (`tasks.readtext`).

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
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import uvicorn
from sqlalchemy import Engine
from starlette.applications import Starlette

from desk.accounts import Role
from desk.oidc import OidcConfig, OidcProvider
from desk.tables import metadata as desk_metadata
from desk.web.app import create_app
from desk.web.context import DeskConfig
from intake.files import shared_mode
from intake.keys import KeyRing
from intake.vault import Vault
from tasks.store import TaskStore


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
) -> Iterator[Starlette]:
    """The desk on the daemon's engine, key ring and vault; `closures` are the districts'
    closure days from the policy files (the days left before a report is due skip them)."""
    desk_metadata.create_all(engine)  # until the migration includes desk.tables (see report)
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
    )


def serve(app: Starlette, *, host: str, port: int, trusted_proxy: str = "") -> None:
    """uvicorn on one process; behind the force's reverse proxy for TLS (docs).

    `trusted_proxy`: the proxy's address, the only peer whose X-Forwarded-For (the browser's
    address, which the sign-in rate limit keys on) is believed; "" believes no one.
    """
    # log_config=None: uvicorn keeps its hands off logging, so its records (and any traceback,
    # reduced to the exception's type) go through cpc_triage.logs like everything else.
    uvicorn.run(
        app,
        host=host,
        port=port,
        proxy_headers=bool(trusted_proxy),
        forwarded_allow_ips=trusted_proxy or None,
        server_header=False,
        log_config=None,
    )
