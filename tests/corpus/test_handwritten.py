"""Quality over the hand-written cases (`tests/corpus/handwritten/README.md`).

These were written to find what the generated corpus cannot: other councils' layouts and
wordings. The floors are what the build reaches now, so a change that loses ground fails; the
known misses are named so that each can be fixed and its floor raised. No expected `attend` or
`discuss` may come out `report_only`, ever.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.corpus.scoring import Score, load_cases, score
from tests.corpus.test_corpus_quality import SCHEMA, _triage_all

HERE = Path(__file__).resolve().parent / "handwritten"

#: folder → (decision accuracy floor, criteria recall floor, criteria precision floor).
#: Known criteria errors in bodies/: bail for assaulting the mother also read as
#: current_investigation beside domestic abuse (b05, b30).
FLOORS = {"bodies": (0.96, 0.95, 0.90), "forms": (1.00, 1.00, 1.00)}
#: Field accuracy floors.
FIELD_FLOORS = {"bodies": 0.99, "forms": 0.99}
#: Decisions still wrong, each in the safe direction (more police attendance than POLICY.md).
KNOWN_WRONG = {
    # escalation in a forwarded original message below the covering note: discuss, not attend
    "b09-wakefield-icpc-fwd-original-message-previous-investigation-escalation",
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any], Score]:
    cases = load_cases(HERE / request.param)
    assert len(cases) >= 25, f"{request.param}: {len(cases)} cases"
    outputs = _triage_all(cases)
    return request.param, outputs, score(cases, outputs)


def test_no_expected_attend_or_discuss_comes_out_report_only(scored: Any) -> None:
    _, _, s = scored
    assert s.dangerous == []


def test_decisions_criteria_and_quotes_hold_their_floors(scored: Any) -> None:
    folder, _, s = scored
    decisions, recall, precision = FLOORS[folder]
    print(f"{folder}: {s.summary()}")
    assert s.decision_accuracy >= decisions, s.wrong
    assert s.recall >= recall, s.missed
    assert s.precision >= precision, s.spurious
    assert s.quotes_ok == s.quotes_scored
    assert s.field_accuracy >= FIELD_FLOORS[folder], s.field_misses


def test_only_the_known_decisions_are_wrong(scored: Any) -> None:
    _, _, s = scored
    unexpected = [w for w in s.wrong if not any(w.startswith(k) for k in KNOWN_WRONG)]
    assert unexpected == []


def test_every_result_validates_against_the_contract_schema(scored: Any) -> None:
    import jsonschema

    _, outputs, _ = scored
    for output in outputs.values():
        jsonschema.validate(output, SCHEMA)
