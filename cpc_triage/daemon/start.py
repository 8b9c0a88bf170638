"""`cpc-triage run`: settle the previous process's death, then run once or until stopped."""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError

from cpc_triage.bootstrap import App
from cpc_triage.daemon.loop import Daemon
from cpc_triage.witness import settle


def run(app: App, *, once: bool) -> int:
    _settle_deaths(app)
    daemon = Daemon(app)
    if once:
        return daemon.run_once()
    daemon.run_forever()
    return 0


def _settle_deaths(app: App) -> None:
    """Before the first message: count the previous process's death against the message that
    caused it, give back the attempts a kill from outside interrupted (`cpc_triage.witness`),
    then arm the fault handler for this process."""
    witness = app.parts.witness
    if witness is None:
        return
    try:
        deaths = settle(app.engine, witness)
    except (SQLAlchemyError, OSError) as exc:  # kept for the next start; nothing is lost
        app.parts.log.error("deaths_not_settled", error=type(exc).__name__)
    else:
        if deaths.caused or deaths.interrupted:
            app.parts.log.warning(
                "deaths_settled",
                caused=[entry for entry, _ in deaths.caused],
                interrupted=list(deaths.interrupted),
            )
    witness.arm()
