"""Build the daemon's app in-process for tests: the real wiring, the real parser and triage.

`fixed_triage` is a stand-in the failure tests wrap (a triage that raises on one message);
every other test runs the real `triage.triage`.
"""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from pathlib import Path

from cpc_triage.bootstrap import App, open_app
from cpc_triage.logs import configure_logging, get_logger
from cpc_triage.pipeline import Reader, TriageFn
from cpc_triage.settings import load_settings
from intake.rawmessage import RawMessage
from parsers.records import Invitation
from tests.integration.daemon_fixtures import Backend, write_settings
from triage.records import Deadlines, Decision, Suggestion, TriageResult


def fixed_triage(invitation: Invitation, day: date | None) -> TriageResult:
    return TriageResult(
        invitation=invitation,
        district=invitation.fields.district,
        criteria=(),
        mentions=(),
        decision=Decision(Suggestion.DISCUSS, ("interim",), 0.5, "interim.rule"),
        deadlines=Deadlines(None, None, None),
        flags=(),
        received_on=day,
        policy_name="interim",
    )


def open_test_app(
    tmp: Path, backend: Backend, *, triage_fn: TriageFn | None = None
) -> tuple[App, io.StringIO]:
    """An app on a fresh data dir; logs go to the returned buffer as JSON lines."""
    buffer = io.StringIO()
    configure_logging("info", stream=buffer)
    settings = load_settings(write_settings(tmp, backend))
    app = open_app(settings, log=get_logger(), load_nlp=triage_fn is None)
    if triage_fn is not None:
        app.parts = dataclasses.replace(app.parts, reader=StandIn(app.parts.reader, triage_fn))
    return app, buffer


@dataclasses.dataclass(frozen=True)
class StandIn:
    """The daemon's own reader, with its triage replaced by `triage_fn` (a stand-in or a
    wrapper around the real one): the failure tests' way in."""

    reader: Reader
    triage_fn: TriageFn

    def read(self, raw: bytes | RawMessage, *, source: str | None = None) -> Invitation:
        return self.reader.read(raw, source=source)

    def triage(self, invitation: Invitation, day: date | None) -> TriageResult:
        return self.triage_fn(invitation, day)
