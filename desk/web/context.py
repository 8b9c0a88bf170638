"""What the desk's views share: the store, the vault reader, the clock, the configuration.

Built once by `desk.web.create_app` (the composition root hands in real adapters; tests hand
in the same classes on a temporary database). Nothing here touches I/O at import time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine

from desk.oidc import OidcProvider
from desk.web.ratelimit import RateLimiter
from intake.vault import Vault
from parsers.records import Invitation
from tasks.ports import FieldCipher
from tasks.store import TaskStore

Reader = Callable[[bytes], Invitation]

WEST_YORKSHIRE = ("bradford", "calderdale", "kirklees", "leeds", "wakefield")


@dataclass(frozen=True, slots=True)
class DeskConfig:
    """`origin` is the address users type ("https://desk.cppu.example"): POSTs must come from it.

    Empty means "the origin the request was addressed to" (direct loopback use); behind a
    reverse proxy set it, so a forged Host header cannot make a foreign origin look local.
    """

    origin: str = ""
    districts: tuple[str, ...] = WEST_YORKSHIRE
    sign_in_attempts: int = 5
    sign_in_window_seconds: int = 900


@dataclass(slots=True)
class Desk:
    engine: Engine
    store: TaskStore
    cipher: FieldCipher
    blind_index: Callable[[str], str]
    clock: Callable[[], datetime]
    vault: Vault | None = None
    reader: Reader | None = None
    oidc: OidcProvider | None = None
    config: DeskConfig = field(default_factory=DeskConfig)
    limiter: RateLimiter = field(default_factory=RateLimiter)

    def districts(self) -> Sequence[str]:
        return self.config.districts
