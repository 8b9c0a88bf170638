"""The pure parts of the leave-one-layout-out measure (`scripts/held-out`, issue 11): which layout
a first-sight case belongs to, which code/set cells are held out, and what the tables say."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.held_out import (
    FIRST_SIGHT,
    Case,
    Cell,
    Layout,
    Row,
    Sight,
    cell,
    group_by_layout,
    layout_of,
    sight,
    unsafe_cases,
)
from tests.corpus.held_out_tables import carried, leave_one_out, marked, per_layout

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "firstsight"


def _label(decision: str) -> dict[str, Any]:
    return {"decision": decision, "criteria": [], "adults": ["Ann Lee"]}


def _output(decision: str, *, adults: tuple[str, ...] = ("Ann Lee",)) -> dict[str, Any]:
    return {
        "decision": {"suggested": decision},
        "criteria": [],
        "district": None,
        "conference": {"kind": None, "date": None, "time": None},
        "police_attendance_requested": None,
        "harm_categories": [],
        "children": [],
        "adults": [{"name": n} for n in adults],
        "flags": [],
    }


def test_set_a_numbers_its_cases_so_its_layouts_are_runs_of_seven() -> None:
    assert layout_of("a-07-leeds-icpc-docx") == Layout("a", 1)
    assert layout_of("a-08-wakefield-icpc-pdf") == Layout("a", 2)
    assert layout_of("a-35-leeds-forwarded") == Layout("a", 5)


def test_the_other_sets_name_the_layout_before_a_case_letter_or_number() -> None:
    assert layout_of("b-06c-calderdale-icpc-memo") == Layout("b", 6)
    assert layout_of("d-16-kirklees-icpc-request-info") == Layout("d", 16)
    assert layout_of("e-21-07-leeds-icpc-textbox") == Layout("e", 21)
    assert layout_of("J-46-01-wakefield-icpc-wordpdf") == Layout("j", 46)  # capital set letter
    # the eighth wave's sets are capitals of their own, told by their folder
    assert layout_of("A-131-01-leeds-icpc-sw-plain", "A") == Layout("A", 131)
    with pytest.raises(ValueError, match="not a first-sight case"):
        layout_of("bradford-icpc-001")


def test_every_first_sight_set_falls_into_five_layouts_of_seven_numbered_on_from_one() -> None:
    layouts: list[Layout] = []
    for name in sorted(FIRST_SIGHT):
        stems: list[Case] = [(eml, {}) for eml in sorted((CORPUS / name).glob("*.eml"))]
        groups = group_by_layout(stems)
        assert [len(g) for g in groups.values()] == [7] * 5, name
        layouts += groups
    assert sorted(layout.number for layout in layouts) == list(range(1, 5 * len(FIRST_SIGHT) + 1))


def test_a_set_is_held_out_from_its_first_sight_code_and_older_code_and_seen_after() -> None:
    rows = ["8266e0d", "56fbe57", "ebcba5e", "HEAD"]
    assert [sight(rows, i, "56fbe57") for i in range(4)] == [
        Sight.HELD_OUT,
        Sight.FIRST_SIGHT,
        Sight.SEEN,
        Sight.SEEN,
    ]
    assert [sight(rows, i, "ebcba5e").held_out for i in range(4)] == [True, True, True, False]
    with pytest.raises(ValueError, match="not among the rows"):
        sight(rows, 0, "9ad053b")


def test_manual_review_answered_report_only_is_unsafe_like_the_scorers_dangerous_answers() -> None:
    cases: list[Case] = [
        (Path("/x/h-36-01.eml"), _label("manual_review")),
        (Path("/x/h-36-02.eml"), _label("attend")),
        (Path("/x/h-36-03.eml"), _label("report_only")),
        (Path("/x/h-36-04.eml"), _label("discuss")),
    ]
    outputs = {
        "/x/h-36-01.eml": _output("report_only"),
        "/x/h-36-02.eml": _output("report_only"),
        "/x/h-36-03.eml": _output("report_only"),
        "/x/h-36-04.eml": _output("manual_review"),
    }
    assert unsafe_cases(cases, outputs) == ["h-36-01", "h-36-02"]
    rows = [Row("7c0e2fd", "7c0e2fd" + "0" * 33), Row("HEAD", "f" * 40)]
    scored = cell(rows, 0, "h", cases, outputs)
    assert scored.sight is Sight.FIRST_SIGHT
    assert (scored.figures.dangerous, scored.figures.unsafe) == (1, 2)
    assert list(scored.layouts) == [36]


def _two_rows_over_set_c() -> tuple[list[Row], dict[tuple[int, str], Any]]:
    """Set c's layout 11 at the oldest code (one name read), its first sight (both) and HEAD."""
    rows = [Row("56fbe57", "56fbe57" + "0" * 33), Row("ebcba5e", "ebcba5e" + "0" * 33)]
    rows.append(Row("HEAD", "f" * 40))
    cases: list[Case] = [
        (Path("/x/c-11a-wakefield.eml"), _label("attend") | {"adults": ["Ann Lee", "Bo Tan"]}),
    ]
    got = {
        0: _output("report_only", adults=("Ann Lee",)),
        1: _output("attend", adults=("Ann Lee", "Bo Tan")),
        2: _output("attend", adults=("Ann Lee", "Bo Tan")),
    }
    cells = {
        (i, "c"): cell(rows, i, "c", cases, {"/x/c-11a-wakefield.eml": got[i]}) for i in range(3)
    }
    return rows, cells


def test_a_cell_is_marked_by_what_its_code_knew_of_the_set() -> None:
    assert marked("0.943", Sight.FIRST_SIGHT) == "**0.943**"
    assert marked("0.857", Sight.HELD_OUT) == "*0.857*"
    assert marked("1.000", Sight.SEEN) == "1.000"


def test_a_layout_row_shows_what_other_layouts_fixes_carried_before_its_first_sight() -> None:
    rows, cells = _two_rows_over_set_c()
    assert carried(cells[(0, "c")].figures, cells[(1, "c")].figures) == (
        "decisions 0→1, unsafe 1→0, names 0→1"
    )
    table = per_layout(rows, ["c"], cells)
    assert "| 11 | c | ebcba5e | 0/1 → 1/1 → 1/1 | 0 → 0 |" in table
    assert table.rstrip().endswith("| decisions 0→1, unsafe 1→0, names 0→1 |")


def test_the_pooled_figures_read_every_set_at_its_own_first_sight() -> None:
    rows, cells = _two_rows_over_set_c()
    table = leave_one_out(rows, ["c"], cells).splitlines()
    assert "| sets c | 56fbe57, held out | 1 | 0.000 / 1 |" in table[2]
    assert "| sets c | first sight, held out | 1 | 1.000 / 0 |" in table[3]
    assert "| sets c | HEAD, seen | 1 | 1.000 / 0 |" in table[4]
    assert len(table) == 5  # no set first seen after another: no second block


def test_sets_first_seen_later_are_pooled_again_from_the_earliest_first_sight_code() -> None:
    rows = [Row(c, c + "0" * 33) for c in ("8266e0d", "56fbe57", "ebcba5e")]
    rows.append(Row("HEAD", "f" * 40))
    right, wrong = _output("attend"), _output("report_only")
    cells = {}
    for name, stem, answers in (
        ("a", "/x/a-01-leeds.eml", (wrong, right, right, right)),
        ("c", "/x/c-11a-leeds.eml", (wrong, wrong, right, right)),
    ):
        cases: list[Case] = [(Path(stem), _label("attend"))]
        for i, answer in enumerate(answers):
            cells[(i, name)] = cell(rows, i, name, cases, {stem: answer})
    table = leave_one_out(rows, ["a", "c"], cells).splitlines()
    assert table[2].startswith("| sets a, c | 8266e0d, held out | 2 | 0.000 / 2 |")
    assert table[3].startswith("| sets a, c | first sight, held out | 2 | 1.000 / 0 |")
    assert table[5].startswith("| sets c | 56fbe57, held out | 1 | 0.000 / 1 |")
    assert table[6].startswith("| sets c | first sight, held out | 1 | 1.000 / 0 |")


def test_a_run_written_as_json_reads_back_to_the_same_cells() -> None:
    _, cells = _two_rows_over_set_c()
    for scored in cells.values():
        assert Cell.from_json(json.loads(json.dumps(scored.as_json()))) == scored
