"""A crash at every named point, then a restart: 0 lost, 0 filed twice (RELIABILITY.md R2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from cpc_demo import generate
from intake.crashpoints import POINTS
from intake.tables import ledger
from tasks.tables import filed_messages
from tests.integration.daemon_fixtures import (
    Backend,
    deliver,
    left_in_drop_folder,
    names_by_source_id,
    run_daemon,
    write_settings,
)


@pytest.fixture(scope="module")
def mail(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return generate(tmp_path_factory.mktemp("mail"), count=3, mix="demo")


@pytest.mark.slow
@pytest.mark.parametrize("point", POINTS)
def test_a_crash_at_this_point_loses_nothing_and_files_nothing_twice(
    point: str, tmp_path: Path, mail: list[Path]
) -> None:
    config = write_settings(tmp_path, Backend("sqlite", "", ""))
    deliver(tmp_path / "var" / "mailbox" / "inbox", mail)
    crashed = run_daemon("run", "--config", str(config), "--once", env={"CPC_CRASH_AT": point})
    assert crashed.returncode == 137, crashed.stderr[-2000:]
    again = run_daemon("run", "--config", str(config), "--once")
    assert again.returncode == 0, again.stderr[-2000:]
    engine = create_engine(f"sqlite:///{tmp_path / 'var' / 'cpc-triage.db'}")
    with engine.connect() as conn:
        filed = conn.execute(select(filed_messages.c.source_id)).scalars().all()
        states = dict(
            conn.execute(select(ledger.c.state, func.count()).group_by(ledger.c.state)).all()
        )
    engine.dispose()
    names = names_by_source_id(mail)
    assert sorted(names[f] for f in filed) == sorted(p.name for p in mail)
    assert states == {"done": 3}
    assert left_in_drop_folder(tmp_path / "var" / "mailbox") == []
