"""Quality over the first-sight sets (`tests/corpus/firstsight/`, issue 11).

Thirty sets of 35 emails each, written by outside authors who were given only POLICY.md,
DOMAIN.md and the label format — never the code or its vocabulary — in 150 layouts new to
the project (`firstsight/*/README.md`). Each set was scored *before* any change was made for
it; those first-sight figures are in the README beside the figures after the fixes. The floors
here are what the build reaches now, so a change that loses ground fails; the known misses are
named. No expected `attend` or `discuss` may come out `report_only`, ever, and no expected
`manual_review` may come out `report_only` either (issue 11's "unsafe answer").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.corpus.scoring import Score, load_cases, score
from tests.corpus.test_corpus_quality import SCHEMA, _triage_all

HERE = Path(__file__).resolve().parent / "firstsight"

#: set → (decision accuracy, criteria recall, criteria precision, field accuracy) floors.
FLOORS = {
    "a": (1.00, 1.00, 1.00, 0.99),
    "b": (1.00, 1.00, 1.00, 0.99),
    "c": (1.00, 1.00, 1.00, 0.99),
    "d": (0.97, 0.90, 1.00, 0.98),
    "e": (1.00, 1.00, 0.90, 0.94),
    "f": (1.00, 1.00, 1.00, 0.99),
    "g": (1.00, 1.00, 0.95, 0.98),
    "h": (1.00, 1.00, 1.00, 0.99),
    "i": (1.00, 1.00, 1.00, 0.99),
    "j": (0.97, 1.00, 0.96, 0.98),
    "k": (1.00, 1.00, 0.88, 0.96),
    "l": (1.00, 1.00, 0.96, 0.96),
    "m": (1.00, 0.90, 0.94, 0.97),
    "n": (1.00, 0.94, 1.00, 0.95),
    "o": (1.00, 1.00, 0.95, 0.99),
    # p-80-06 (a chair's outcome letter, no invitation) is labelled with no criteria although
    # its core-group line says "while the investigation remains open": read as a current
    # investigation since the eighth wave (a sentence naming the core group is no plan action)
    "p": (1.00, 1.00, 0.92, 0.97),
    "q": (0.97, 0.85, 0.91, 0.99),
    "r": (1.00, 1.00, 0.91, 0.95),
    "s": (1.00, 1.00, 0.87, 0.97),
    "t": (1.00, 0.96, 0.92, 0.95),
    "u": (0.97, 0.93, 0.83, 0.95),
    "v": (0.91, 1.00, 0.86, 0.92),
    "w": (0.94, 1.00, 0.83, 0.96),
    "x": (1.00, 0.78, 0.96, 0.94),
    "y": (1.00, 0.96, 0.92, 0.94),
    "z": (0.94, 0.89, 0.92, 0.95),
    # the eighth wave (layouts 131-150): the sets' own capitals
    "A": (1.00, 0.97, 1.00, 0.96),
    "B": (1.00, 1.00, 1.00, 0.93),
    "C": (1.00, 1.00, 1.00, 0.98),
    "D": (1.00, 0.97, 0.97, 0.98),
}
#: Decisions still wrong, each in the safe direction.
KNOWN_WRONG = {
    # set v: a parent's letter with an agency page asking for a report, read with an arrest the
    # letter tells of (attend; the author says report_only); a screenshot whose reading is
    # incomplete (discuss); Polish answers the criteria cannot read (discuss)
    "v-106-02-",
    "v-108-01-",
    "v-109-04-",
    # set w: a template's police box left over from another family (the covering note says to
    # ignore it) and a bare "Police involvement / core group:" label read as said (attend; the
    # author says report_only)
    "w-112-02-",
    "w-112-03-",
    # set z: bail over the partner's sons in another household read as this family's (attend;
    # the author says discuss); "on the register since 2020 and still is" with no "sex
    # offender" in the text (discuss; the author says attend)
    "z-128-04-",
    "z-129-05-",
    # police checks name domestic abuse at the maternal aunt's address, the victim the aunt, the
    # children never there: read as the family's DA (attend; the author says report_only)
    "u-103-02-leeds-icpc-mash-checks-da-at-aunts-address",
    # "(write YES or NO in the box)" left blank: read as a question whose answer was not read,
    # so discuss (issue 11: report only on a complete reading); the author says report_only
    "d-18-kirklees-icpc-grid-unticked-checklist-blank-box",
    # Q:/A: pairs in a plain-text reply: "Any arrests? Dad was arrested … NFA" still reads as
    # an investigation, so a person looks (discuss; the author says report_only)
    "q-85-04-kirklees-rcpc-text-qa-pairs-report-only",
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any], Score, list[Any]]:
    cases = load_cases(HERE / request.param)
    assert len(cases) == 35, f"{request.param}: {len(cases)} cases"
    outputs = _triage_all(cases)
    return request.param, outputs, score(cases, outputs), cases


def test_no_answer_is_report_only_where_a_person_should_have_looked(scored: Any) -> None:
    _, outputs, s, cases = scored
    assert s.dangerous == []
    unsafe = [
        eml.stem
        for eml, label in cases
        if label.get("decision") == "manual_review"
        and outputs[str(eml)]["decision"]["suggested"] == "report_only"
    ]
    assert unsafe == []


def test_decisions_criteria_fields_and_quotes_hold_their_floors(scored: Any) -> None:
    folder, _, s, _ = scored
    decisions, recall, precision, fields = FLOORS[folder]
    print(f"{folder}: {s.summary()}")
    assert s.decision_accuracy >= decisions, s.wrong
    assert s.recall >= recall, s.missed
    assert s.precision >= precision, s.spurious
    assert s.field_accuracy >= fields, s.field_misses
    assert s.quotes_ok == s.quotes_scored, s.bad_quotes


def test_only_the_known_decisions_are_wrong(scored: Any) -> None:
    _, _, s, _ = scored
    unexpected = [w for w in s.wrong if not any(w.startswith(k) for k in KNOWN_WRONG)]
    assert unexpected == []


def test_every_result_validates_against_the_contract_schema(scored: Any) -> None:
    import jsonschema

    _, outputs, _, _ = scored
    for output in outputs.values():
        jsonschema.validate(output, SCHEMA)
