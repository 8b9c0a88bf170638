"""Quality over labelled corpora: the generated corpus (≥ 150 emails) and the public examples.

Thresholds come from the issues: field accuracy ≥ 98 % (parsers), decision accuracy ≥ 97 %,
no expected `attend`/`discuss` coming out `report_only`, criteria recall ≥ 95 % (triage).
Each test prints the figures it measured, so a run's log says where quality stands.
"""

from __future__ import annotations

import json
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from cpc_triage.batch import read_inputs, triage_batch
from cpc_triage.reader import build_reader
from cpc_triage.settings import Settings
from parsers import Limits
from tests.corpus.scoring import Score, load_cases, score, tally
from triage import to_contract

HERE = Path(__file__).resolve().parent
SCHEMA = json.loads(
    (HERE.parent.parent / "config" / "contracts" / "triage-result.schema.json").read_text()
)
CORPUS_SIZE = 160


def _triage_all(cases: list[tuple[Path, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    paths = [eml for eml, _ in cases]
    with ExitStack() as stack:
        reader = build_reader(Settings(), stack, limits=Limits(timeout_s=20.0), workers=2)
        items = triage_batch(paths, read_inputs(paths), reader=reader, received=None)
        return {str(i.path): to_contract(i.result, input_path=str(i.path)) for i in items}


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Any], dict[str, Any], Score]:
    from cpc_demo import generate

    out = tmp_path_factory.mktemp("corpus")
    generate(out, count=CORPUS_SIZE, seed=20261123, mix="corpus")
    cases = load_cases(out)
    outputs = _triage_all(cases)
    return cases, outputs, score(cases, outputs)


@pytest.fixture(scope="session")
def public_samples() -> tuple[list[Any], dict[str, Any], Score]:
    cases = load_cases(HERE / "samples")
    outputs = _triage_all(cases)
    return cases, outputs, score(cases, outputs)


def test_the_generated_corpus_is_big_enough(generated: Any) -> None:
    cases, _, _ = generated
    assert len(cases) >= 150


def test_every_result_validates_against_the_contract_schema(generated: Any) -> None:
    _, outputs, _ = generated
    validator = jsonschema.Draft202012Validator(SCHEMA)
    invalid = {k: [e.message for e in validator.iter_errors(v)] for k, v in outputs.items()}
    assert not {k: v for k, v in invalid.items() if v}


def test_field_accuracy_over_the_corpus_is_at_least_98_percent(generated: Any) -> None:
    _, _, s = generated
    print("generated corpus:", s.summary())
    assert s.field_accuracy >= 0.98, s.field_misses[:30]


def test_decision_accuracy_over_the_corpus_is_at_least_97_percent(generated: Any) -> None:
    _, _, s = generated
    assert s.decision_accuracy >= 0.97, s.wrong[:30]


def test_no_expected_attend_or_discuss_comes_out_report_only(generated: Any) -> None:
    _, _, s = generated
    assert s.dangerous == []


def test_criteria_recall_over_the_corpus_is_at_least_95_percent(generated: Any) -> None:
    _, _, s = generated
    assert s.recall >= 0.95, (tally(s.missed), s.missed[:30])


def test_criteria_precision_over_the_corpus_is_at_least_90_percent(generated: Any) -> None:
    _, _, s = generated
    assert s.precision >= 0.90, (tally(s.spurious), s.spurious[:30])


def test_every_evidence_quote_is_verbatim(generated: Any) -> None:
    _, _, s = generated
    assert s.bad_quotes == []


def test_required_flags_are_raised_and_forbidden_ones_are_not(generated: Any) -> None:
    """At least 95 % of the flags a label requires are raised, and no forbidden one is.

    Known misses (kept visible here, not hidden): an unanswered circled Yes/No is read as "no
    tick box" rather than `tickbox_ambiguous`, and some report requests pass as invitations.
    """
    cases, _, s = generated
    required = sum(len(label.get("flags_required") or []) for _, label in cases)
    assert s.flags_forbidden_present == [], s.flags_forbidden_present[:20]
    assert 1 - len(s.flags_missing) / max(required, 1) >= 0.95, s.flags_missing[:20]


def test_the_public_examples_are_triaged_as_labelled(public_samples: Any) -> None:
    _, _, s = public_samples
    print("public examples:", s.summary())
    assert s.dangerous == []
    assert s.decision_accuracy == 1.0, s.wrong
    assert s.recall == 1.0, s.missed
    assert s.bad_quotes == []
