"""`cpc-triage digest --preview` and `cpc-triage report` on a real data directory.

The database is created by the project's migrations (`open_database(upgrade=True)`) plus the
`digest_runs` table the migration is to gain; cases are filed through `TaskStore` under the
real keyring, so the commands read them back as they would in production.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cpc_triage.bootstrap import open_database, open_keyring
from cpc_triage.cli.report import register
from cpc_triage.settings import load_settings
from desk.digest_tables import metadata as digest_metadata
from parsers.records import Person
from tasks.store import TaskStore
from tests.unit.test_digest_support import file_case
from tests.unit.test_tasks_support import CANARY_CHILD, make_result


@pytest.fixture
def configured(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    data = tmp_path / "data"
    data.mkdir()
    settings_file = tmp_path / "settings.toml"
    settings_file.write_text(f'data_dir = "{data}"\n', encoding="utf-8")
    settings = load_settings(settings_file)
    engine = open_database(settings, upgrade=True)
    digest_metadata.create_all(engine)
    keyring = open_keyring(settings, engine)
    store = TaskStore(engine, cipher=keyring, blind_index=keyring.blind_index)
    arrived = datetime.now(UTC) - timedelta(hours=1)
    ids = [
        file_case(
            store,
            engine,
            make_result(district="wakefield", reference="WK-1"),
            1,
            at=arrived,
            bind=keyring.using,
        ),
        file_case(
            store,
            engine,
            make_result(
                district="wakefield", reference="WK-2", children=(Person("Amy Bee", None),)
            ),
            2,
            at=arrived,
            bind=keyring.using,
        ),
    ]
    engine.dispose()
    yield settings_file, ids


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


def test_the_digest_preview_prints_the_marked_subject_and_links_without_names(
    configured: tuple[Path, list[str]],
) -> None:
    settings_file, ids = configured
    result = CliRunner().invoke(
        _app(),
        [
            "digest",
            "--preview",
            "--district",
            "wakefield",
            "--config",
            str(settings_file),
            "--base-url",
            "https://desk.example",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Subject: OFFICIAL-SENSITIVE: CPC digest – Wakefield –" in result.output
    assert all(f"https://desk.example/tasks/{task_id}" in result.output for task_id in ids)
    assert CANARY_CHILD not in result.output and "Amy Bee" not in result.output


def test_the_digest_preview_writes_the_html_part_to_a_file(
    configured: tuple[Path, list[str]], tmp_path: Path
) -> None:
    settings_file, _ = configured
    out = tmp_path / "digest.html"
    result = CliRunner().invoke(
        _app(),
        [
            "digest",
            "--to-file",
            str(out),
            "--district",
            "wakefield",
            "--config",
            str(settings_file),
        ],
    )
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_the_digest_without_preview_is_refused_until_sending_is_configured(
    configured: tuple[Path, list[str]],
) -> None:
    settings_file, _ = configured
    result = CliRunner().invoke(_app(), ["digest", "--config", str(settings_file)])
    assert result.exit_code == 2


def test_the_report_command_writes_html_and_pdf(
    configured: tuple[Path, list[str]], tmp_path: Path
) -> None:
    settings_file, _ = configured
    month = (datetime.now(UTC) - timedelta(hours=1)).strftime("%Y-%m")
    for name in ("audit.html", "audit.pdf"):
        out = tmp_path / name
        result = CliRunner().invoke(
            _app(), ["report", "--month", month, "--out", str(out), "--config", str(settings_file)]
        )
        assert result.exit_code == 0, result.output
    html = (tmp_path / "audit.html").read_text(encoding="utf-8")
    assert "<tr><td>wakefield</td><td>2</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>" in html
    assert (tmp_path / "audit.pdf").read_bytes().startswith(b"%PDF-")


def test_a_malformed_month_is_a_usage_error(configured: tuple[Path, list[str]]) -> None:
    settings_file, _ = configured
    result = CliRunner().invoke(
        _app(), ["report", "--month", "Nov 2026", "--config", str(settings_file)]
    )
    assert result.exit_code == 2
