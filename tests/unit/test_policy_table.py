"""Every rule of POLICY.md "Decision" in every district: criteria × kind × tick box → decision.

The expected decisions are written here from POLICY.md's text, independently of the policy
files; the test runs the real files through `triage.decide.decide` (pure).
"""

from __future__ import annotations

import itertools

import pytest

from parsers.fields_tick import police_question_asked
from parsers.records import ConferenceKind, Page, PoliceTick
from tests.unit.test_triage_helpers import invitation, loaded, run
from triage.decide import Case, decide
from triage.records import Criterion as C
from triage.records import Suggestion

WAKEFIELD_ATTEND = {
    C.CURRENT_INVESTIGATION, C.PREVIOUS_INVESTIGATION_ESCALATION, C.WILFUL_NEGLECT_INVESTIGATION,
    C.POLICE_PROTECTION, C.CHILD_SEXUAL_EXPLOITATION, C.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT,
    C.REGISTERED_SEX_OFFENDER, C.NEGOTIATED_ATTENDANCE,
}  # fmt: skip
INITIAL_ATTEND = {
    "wakefield": WAKEFIELD_ATTEND,
    "leeds": WAKEFIELD_ATTEND - {C.CHILD_SEXUAL_EXPLOITATION},
    "calderdale": {
        C.CURRENT_INVESTIGATION, C.WILFUL_NEGLECT_INVESTIGATION,
        C.PREVIOUS_INVESTIGATION_ESCALATION, C.PRIOR_UNIT_INVOLVEMENT,
        C.REGISTERED_SEX_OFFENDER, C.NEGOTIATED_ATTENDANCE,
    },
    "kirklees": WAKEFIELD_ATTEND,  # rule 4
    "bradford": WAKEFIELD_ATTEND,  # rule 4
}  # fmt: skip
INITIAL_DISCUSS = {
    "wakefield": set(),
    "leeds": {C.CHILD_SEXUAL_EXPLOITATION},
    "calderdale": {
        C.POLICE_PROTECTION, C.CHILD_SEXUAL_EXPLOITATION, C.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT,
    },
    "kirklees": set(),
    "bradford": set(),
}  # fmt: skip
REVIEW_DISCUSS = {
    C.CHILD_SEXUAL_EXPLOITATION, C.CURRENT_INVESTIGATION, C.REGISTERED_SEX_OFFENDER,
    C.POLICE_PROTECTION, C.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT, C.WILFUL_NEGLECT_INVESTIGATION,
}  # fmt: skip
ASKS = {PoliceTick.REQUIRED, PoliceTick.BOTH}


def expected(district: str, kind: ConferenceKind, found: set[C], tick: PoliceTick) -> Suggestion:
    if kind is ConferenceKind.REVIEW:  # rule 3
        if C.CORE_GROUP_MEMBER in found:
            return Suggestion.ATTEND
        if found & REVIEW_DISCUSS or tick in ASKS:
            return Suggestion.DISCUSS
        return Suggestion.REPORT_ONLY
    if found & INITIAL_ATTEND[district]:  # rule 2 (transfer-in and pre-birth initial too)
        return Suggestion.ATTEND
    if found & INITIAL_DISCUSS[district] or tick in ASKS:
        return Suggestion.DISCUSS
    return Suggestion.REPORT_ONLY


CRITERIA_SETS = [set(), *({c} for c in C), {C.PRIOR_UNIT_INVOLVEMENT, C.CHILD_SEXUAL_EXPLOITATION}]
KINDS = [
    (ConferenceKind.INITIAL, False),
    (ConferenceKind.INITIAL, True),
    (ConferenceKind.TRANSFER_IN, False),
    (ConferenceKind.REVIEW, False),
    (ConferenceKind.REVIEW, True),
]
CASES = list(
    itertools.product(sorted(INITIAL_ATTEND), KINDS, range(len(CRITERIA_SETS)), list(PoliceTick))
)


@pytest.mark.parametrize(("district", "kind", "index", "tick"), CASES)
def test_every_rule_in_every_district_gives_the_decision_policy_md_states(
    district: str, kind: tuple[ConferenceKind, bool], index: int, tick: PoliceTick
) -> None:
    config, _ = loaded()
    found = CRITERIA_SETS[index]
    case = Case(kind[0], kind[1], tick, frozenset(found))
    decision = decide(case, policy=config.policies[district], blockers=[])
    assert decision.suggested is expected(district, kind[0], found, tick)
    assert decision.reasons


def test_any_blocker_makes_manual_review_whatever_the_criteria() -> None:
    config, _ = loaded()
    case = Case(ConferenceKind.INITIAL, False, PoliceTick.REQUIRED, frozenset(C))
    decision = decide(case, policy=config.policies["wakefield"], blockers=["Manual review: x."])
    assert decision.suggested is Suggestion.MANUAL_REVIEW


@pytest.mark.parametrize("kind", [ConferenceKind.INITIAL, ConferenceKind.REVIEW])
def test_a_police_question_whose_answer_was_not_read_is_discussed_never_report_only(
    kind: ConferenceKind,
) -> None:
    config, _ = loaded()
    unread = Case(kind, False, PoliceTick.NOT_FOUND, frozenset(), police_question=True)
    decision = decide(unread, policy=config.policies["leeds"], blockers=[])
    assert decision.suggested is Suggestion.DISCUSS
    assert "could not be read" in decision.reasons[-1]
    absent = Case(kind, False, PoliceTick.NOT_FOUND, frozenset(), police_question=False)
    assert decide(absent, policy=config.policies["leeds"], blockers=[]).suggested is (
        Suggestion.REPORT_ONLY
    )


@pytest.mark.parametrize("tick", [PoliceTick.NEITHER, PoliceTick.NOT_FOUND])
def test_a_scanned_form_whose_boxes_read_unmarked_is_discussed(tick: PoliceTick) -> None:
    """On a scan, "neither marked" is no confident reading (a faint tick, a mark beside the box
    is not seen: issue 11, set e); one box clearly marked is, and lifts the scan rule."""
    config, _ = loaded()
    policy = config.policies["wakefield"]
    scanned = Case(ConferenceKind.INITIAL, False, tick, frozenset(), scanned=True)
    decision = decide(scanned, policy=policy, blockers=[])
    assert decision.suggested is Suggestion.DISCUSS
    assert "scanned" in decision.reasons[-1]
    typed = Case(ConferenceKind.INITIAL, False, tick, frozenset(), scanned=False)
    assert decide(typed, policy=policy, blockers=[]).suggested is Suggestion.REPORT_ONLY
    read = Case(
        ConferenceKind.INITIAL, False, PoliceTick.REPORT_SUFFICIENT, frozenset(), scanned=True
    )
    assert decide(read, policy=policy, blockers=[]).suggested is Suggestion.REPORT_ONLY


def test_a_form_asking_about_police_with_an_answer_in_no_known_shape_is_not_report_only() -> None:
    form = Page("form.pdf p1", ("Police attendance at conference\t(see section 9)",))
    covering = Page("body", ("Whether police attendance is required is indicated on the form.",))
    assert police_question_asked([form]) and not police_question_asked([covering])
    result = run(invitation("Neglect.", police_question=True))
    assert result.decision.suggested is Suggestion.DISCUSS


def test_reasons_name_the_district_rule_and_the_criterion() -> None:
    result = run(invitation("Police are currently investigating Mr Cole for the assault on Amy."))
    assert result.decision.suggested is Suggestion.ATTEND
    (reason,) = result.decision.reasons
    assert reason.startswith("Wakefield initial conference:") and "000 §4.5 item 1" in reason


def test_kirklees_says_it_used_wakefields_rules() -> None:
    result = run(
        invitation("Amy is at risk of CSE.", district="kirklees", sender="a@kirklees.gov.uk")
    )
    assert result.decision.suggested is Suggestion.ATTEND
    assert "Wakefield" in result.decision.reasons[0] and "rule 4" in result.decision.reasons[0]


def test_a_district_without_a_policy_file_uses_wakefields_rules_and_says_so() -> None:
    result = run(invitation("Amy is at risk of CSE.", district="selby"))
    assert result.policy_name == "wakefield"
    assert any("No policy file for Selby" in r for r in result.decision.reasons)


def test_an_unknown_district_is_flagged_and_decided_with_wakefields_rules() -> None:
    result = run(invitation("Amy is at risk of CSE.", district=None))
    assert result.decision.suggested is Suggestion.ATTEND
    assert "district_unknown" in {f.value for f in result.flags}
    assert result.decision.reasons[0].startswith("District unknown")
