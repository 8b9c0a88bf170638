"""Which faults are retried (transient) and which go the manual_review way (issue 15 item 6)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from cpc_triage.setaside import is_transient


def _sqlite(words: str) -> OperationalError:
    return OperationalError("INSERT", {}, sqlite3.OperationalError(words))


@pytest.mark.parametrize(
    "words",
    [
        "database is locked",
        "attempt to write a readonly database",
        "database or disk is full",
        "unable to open database file",
    ],
)
def test_a_locked_read_only_full_or_missing_database_is_retried(words: str) -> None:
    assert is_transient(_sqlite(words))


def test_a_vault_write_that_fails_is_retried() -> None:
    assert is_transient(OSError(28, "No space left on device"))


def test_a_fault_of_this_message_alone_is_not_retried_for_ever() -> None:
    assert not is_transient(_sqlite("disk I/O error"))
    assert not is_transient(IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE")))
    assert not is_transient(ValueError("bad value"))
