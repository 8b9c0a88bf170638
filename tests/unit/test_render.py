"""`to_contract` gives exactly the contract's schema; `render_text` is for people."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema  # type: ignore[import-untyped]  # no stubs; pyproject lists no override
import pytest

from parsers.records import ConferenceKind, MessageKind, PoliceTick
from tests.unit.test_triage_helpers import CONFIG_DIR, attachment, invitation, run
from triage import render_text, to_contract

SCHEMA = json.loads((CONFIG_DIR / "contracts" / "triage-result.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

INVITATIONS = {
    "attend": invitation(
        "Mr Cole was arrested on 18/11/2026 and released under investigation.",
        sender="Cp.Admin@Wakefield.GOV.uk",
        tick=PoliceTick.REQUIRED,
        harm_categories=("physical", "physical"),
        marking="OFFICIAL-SENSITIVE",
    ),
    "portal": invitation(
        "Click the link to read the secure message.",
        message_kind=MessageKind.PORTAL_NOTICE, kind=None, day=None, encrypted=True,
    ),
    "nothing": invitation(kind=None, day=None, district=None, children=(), adults=(), reason=None),
    "both": invitation("Review.", kind=ConferenceKind.REVIEW, tick=PoliceTick.BOTH,
                       attachments=(attachment(name="x.doc", error="The file is corrupt."),)),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(INVITATIONS))
def test_the_contract_document_validates_against_the_schema(name: str) -> None:
    document = to_contract(run(INVITATIONS[name]), input_path=f"/mail/{name}.eml")
    errors = [e.message for e in VALIDATOR.iter_errors(document)]
    assert not errors
    assert document["schema_version"] == 1 and document["input"] == f"/mail/{name}.eml"


def test_the_contract_carries_the_fields_as_the_schema_describes_them() -> None:
    document = to_contract(run(INVITATIONS["attend"]), input_path="a.eml")
    assert document["message"]["sender"] == "cp.admin@wakefield.gov.uk"
    assert dt.datetime.fromisoformat(document["message"]["received_at"]).utcoffset() is not None
    assert document["conference"]["time"] == "10:00"
    assert document["conference"]["date"] == "2026-12-03"
    assert document["police_attendance_requested"] is True
    assert document["harm_categories"] == ["physical"]
    assert document["marking"] == "OFFICIAL-SENSITIVE"
    assert document["children"] == [{"name": "Amy Test", "date_of_birth": "2019-03-01"}]
    (criterion,) = document["criteria"]
    assert criterion["id"] == "current_investigation"
    assert criterion["evidence"][0]["location"] == "body"
    assert document["decision"]["suggested"] == "attend"
    assert document["deadlines"] == {
        "report_due": "2026-11-30", "notice_working_days": 8, "notice_ok": True,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("tick", "value"),
    [
        (PoliceTick.REQUIRED, True),
        (PoliceTick.REPORT_SUFFICIENT, False),
        (PoliceTick.BOTH, None),
        (PoliceTick.NEITHER, None),
        (PoliceTick.NOT_FOUND, None),
    ],
)
def test_police_attendance_requested_is_null_unless_one_box_is_marked(
    tick: PoliceTick, value: bool | None
) -> None:
    document = to_contract(run(invitation("Text.", tick=tick)), input_path="a.eml")
    assert document["police_attendance_requested"] is value


def test_the_text_rendering_shows_decision_evidence_and_what_was_not_counted() -> None:
    result = run(
        invitation(
            "Mr Cole is a registered sex offender and lives at the home.",
            "There are no CSE concerns.",
        )
    )
    text = render_text(result)
    assert text.startswith("Suggested: ATTEND")
    assert '"Mr Cole is a registered sex offender and lives at the home." [body]' in text
    assert "child_sexual_exploitation (negated, 'no')" in text
