"""One error root per stage (STYLE.md habit 5; issue 14 item 5).

Every exception class a stage defines derives from that stage's root, so the stage above can
catch it as a whole and a new family cannot appear beside the root unnoticed. The one exception
on purpose is `cpc_triage.budget.BudgetExceeded` (and its two kinds), a BaseException that no
`except Exception` in the code it interrupts may swallow.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

from cpc_triage.errors import AppError
from desk.errors import DeskError
from intake.errors import IntakeError
from parsers.errors import ParserError
from tasks.errors import TasksError
from triage.errors import TriageError

ROOTS: dict[str, type[BaseException]] = {
    "intake": IntakeError,
    "parsers": ParserError,
    "triage": TriageError,
    "tasks": TasksError,
    "desk": DeskError,
    "cpc_triage": AppError,
}
NOT_UNDER_A_ROOT = {
    "cpc_triage.budget.BudgetExceeded",
    "cpc_triage.budget.MemoryBudgetExceeded",
    "cpc_triage.budget.TimeBudgetExceeded",
}


def exceptions_defined_in(package: str) -> dict[str, type[BaseException]]:
    """Every exception class whose home is a module of `package` (migrations aside)."""
    root = importlib.import_module(package)
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
        if ".migrations" in info.name:
            continue
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, BaseException) and value.__module__ == info.name:
                found[f"{info.name}.{value.__qualname__}"] = value
    return found


@pytest.mark.parametrize("package", sorted(ROOTS))
def test_every_error_a_stage_defines_derives_from_its_root(package: str) -> None:
    defined = exceptions_defined_in(package)
    assert defined, f"{package} defines no exception at all"
    strays = sorted(
        name
        for name, cls in defined.items()
        if not issubclass(cls, ROOTS[package]) and name not in NOT_UNDER_A_ROOT
    )
    assert strays == []


def test_the_four_remote_mailbox_families_are_one_for_the_daemon() -> None:
    """What `intake.mailbox_sources` turns into `SourceUnavailable`, and `check-config` names."""
    from intake.errors import RemoteMailboxError
    from intake.ews import EwsRefused
    from intake.graph import GraphUnavailable
    from intake.imap import MailboxRefused
    from intake.oauth import TokenError

    for cls in (EwsRefused, GraphUnavailable, MailboxRefused, TokenError):
        assert issubclass(cls, RemoteMailboxError)
