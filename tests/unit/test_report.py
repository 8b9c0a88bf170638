"""The monthly audit report on generated data: cases filed and decided through `TaskStore`."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import lxml.html  # type: ignore[import-untyped]
import pypdf
import pytest
from sqlalchemy import Engine

from desk.report import load_month, month_bounds, month_figures
from desk.report_render import render_pdf, render_report_html
from parsers.records import ConferenceKind, Person
from tasks.lifecycle import Action
from tasks.store import TaskStore
from tests.unit.test_digest_support import file_case, make_engine
from tests.unit.test_tasks_support import AesGcmCipher, blind_index, make_result
from triage.records import Deadlines, Flag, Suggestion

AS_OF = datetime(2026, 12, 10, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = AS_OF

    def __call__(self) -> datetime:
        return self.now


def _at(day: int, hour: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


def _file(
    store: TaskStore,
    engine: Engine,
    n: int,
    *,
    district: str,
    at: datetime,
    notice_ok: bool | None,
    report_due: date | None,
    **changes: object,
) -> str:
    result = make_result(
        district=district,
        reference=f"REF-{n}",
        children=(Person(f"Child{n} Example{n}", None),),
        report_due=report_due,
        **changes,  # type: ignore[arg-type]
    )
    result = replace(result, deadlines=Deadlines(report_due, 6, notice_ok))
    return file_case(store, engine, result, n, at=at)


def _act(
    store: TaskStore, clock: Clock, task_id: str, at: datetime, action: Action, **kw: Any
) -> None:
    clock.now = at
    store.record_transition(task_id, action=action, actor="ds.1234", purpose="decision", **kw)


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[TaskStore, Clock]:
    engine = make_engine(tmp_path / "cpc.db")
    clock = Clock()
    store = TaskStore(engine, cipher=AesGcmCipher(), blind_index=blind_index, clock=clock)
    w1 = _file(
        store,
        engine,
        1,
        district="wakefield",
        at=_at(2, 9),
        notice_ok=True,
        report_due=date(2026, 11, 10),
    )
    w2 = _file(
        store,
        engine,
        2,
        district="wakefield",
        at=_at(3, 9),
        notice_ok=False,
        report_due=date(2026, 11, 12),
        kind=ConferenceKind.REVIEW,
    )
    _file(
        store,
        engine,
        3,
        district="wakefield",
        at=_at(20, 9),
        notice_ok=None,
        report_due=date(2026, 11, 25),
        suggested=Suggestion.REPORT_ONLY,
    )
    l1 = _file(
        store,
        engine,
        4,
        district="leeds",
        at=_at(5, 9),
        notice_ok=True,
        report_due=date(2026, 12, 20),
        suggested=Suggestion.REPORT_ONLY,
    )
    _file(
        store,
        engine,
        5,
        district="leeds",
        at=_at(30, 9, month=10),
        notice_ok=True,
        report_due=date(2026, 11, 4),
    )
    _file(
        store,
        engine,
        6,
        district="leeds",
        at=_at(6, 9),
        notice_ok=None,
        report_due=None,
        on=None,
        suggested=Suggestion.MANUAL_REVIEW,
        flags=(Flag.MISSING_CONFERENCE_DATE,),
    )
    _act(store, clock, w1, _at(2, 11), Action.ATTEND, officer="PC 1001")
    _act(store, clock, w1, _at(9, 16), Action.REPORT_SENT)
    _act(store, clock, w2, _at(4, 15), Action.NOT_ATTENDING, reason="no current police involvement")
    _act(store, clock, w2, _at(13, 10), Action.REPORT_SENT)
    _act(store, clock, l1, _at(5, 10), Action.ATTEND, officer="PC 2002", reason="chair asked")
    clock.now = AS_OF
    return store, clock


def _table(html: str, table_id: str) -> dict[str, list[str]]:
    tree = lxml.html.fromstring(html)
    rows = tree.xpath(f'//table[@id="{table_id}"]/tbody/tr')
    return {
        r.xpath("./td")[0].text_content(): [td.text_content() for td in r.xpath("./td")[1:]]
        for r in rows
    }


@pytest.fixture
def html(seeded: tuple[TaskStore, Clock]) -> str:
    store, _ = seeded
    pairs = load_month(store, month="2026-11")
    return render_report_html(
        month_figures(pairs, month="2026-11", as_of=AS_OF), generated_at=AS_OF
    )


def test_invitations_are_counted_by_district_and_kind_for_the_month_of_arrival(html: str) -> None:
    table = _table(html, "invitations")  # initial, review, transfer in, unknown, total
    assert table["wakefield"] == ["2", "1", "0", "0", "3"]
    assert table["leeds"] == ["2", "0", "0", "0", "2"]  # the October one is left out
    assert table["all districts"][-1] == "5"


def test_notice_compliance_counts_enough_late_and_unknown(html: str) -> None:
    table = _table(html, "notice")
    assert table["wakefield"] == ["1", "1", "1", "50%"]
    assert table["leeds"] == ["1", "0", "1", "100%"]
    assert table["all districts"] == ["2", "1", "2", "67%"]


def test_written_reports_are_on_time_late_overdue_or_not_yet_due(html: str) -> None:
    table = _table(html, "reports")
    assert table["wakefield"] == ["1", "1", "1", "0", "33%"]
    assert table["leeds"] == ["0", "0", "0", "1", "–"]


def test_decisions_and_overrides_by_district_and_criterion(html: str) -> None:
    decisions = _table(html, "decisions")
    assert decisions["wakefield"] == ["1", "1", "1", "1"]
    assert decisions["leeds"] == ["1", "0", "1", "1"]
    overrides = _table(html, "overrides")
    assert overrides["registered sex offender"] == ["1", "2", "50%"]
    assert overrides["no criterion met"] == ["1", "1", "100%"]
    versus = _table(html, "suggestion-vs-decision")
    assert versus["attend"] == ["1", "1", "0"] and versus["report only"] == ["1", "0", "1"]


def test_time_from_arrival_to_decision_has_median_and_90th_percentile(html: str) -> None:
    delay = _table(html, "delay")
    assert delay["wakefield"] == ["2", "16.0", "30.0"]  # 2 h and 30 h
    assert delay["leeds"] == ["1", "1.0", "1.0"]


def test_the_report_has_inline_svg_charts_and_no_script_or_case_data(html: str) -> None:
    tree = lxml.html.fromstring(html)
    assert len(tree.xpath("//svg")) == 3 and not tree.xpath("//script")
    for personal in ("Child1", "Example", "REF-1", "CPC-2026", "PC 1001"):
        assert personal not in html


def test_the_report_renders_to_pdf_offline(html: str) -> None:
    pdf = render_pdf(html)
    assert pdf.startswith(b"%PDF-")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Invitations by district and kind" in text


def test_a_month_is_given_as_year_dash_month() -> None:
    assert month_bounds("2026-12") == (date(2026, 12, 1), date(2027, 1, 1))
    with pytest.raises(ValueError):
        month_bounds("November")
