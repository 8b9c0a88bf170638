"""The sample-mail generator: deterministic, parseable, labelled by POLICY.md, and covering
every criterion, trap, format and kind of message the corpus promises."""

from __future__ import annotations

import email
import email.policy
import io
import json
import re
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest

from cpc_demo import generate
from cpc_demo.labels import deadlines
from cpc_demo.workdays import working_days_between

CRITERIA = (
    "current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
    "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
    "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement",
    "core_group_member",
)  # fmt: skip
TRAPS = (
    "negated", "historical", "hypothetical", "out_of_household", "cce", "category_neglect",
    "da_no_police", "strategy_discussion", "ppo_nominal", "epo", "schedule1",
    "would_be_helpful", "mother_alleges", "unticked_list",
)  # fmt: skip
FORMATS = (
    "text-colon", "text-lines", "text-numbered", "html-alt", "html-only", "pdf-acroform",
    "pdf-glyph", "pdf-drawn", "pdf-circled", "pdf-scanned", "docx-content-control",
    "docx-legacy", "docx-glyph",
)  # fmt: skip

# POLICY.md "Decision", written out again as a table: (district group, kind) -> rule.
WAKEFIELD = set(CRITERIA) - {"prior_unit_involvement", "core_group_member"}
ATTEND_INITIAL = {
    "wakefield": WAKEFIELD,
    "leeds": WAKEFIELD - {"child_sexual_exploitation"},
    "calderdale": {"current_investigation", "wilful_neglect_investigation",
                   "previous_investigation_escalation", "prior_unit_involvement",
                   "registered_sex_offender", "negotiated_attendance"},
}  # fmt: skip
DISCUSS_INITIAL = {
    "wakefield": set(),
    "leeds": {"child_sexual_exploitation"},
    "calderdale": {"police_protection", "child_sexual_exploitation",
                   "domestic_abuse_current_involvement"},
}  # fmt: skip
DISCUSS_REVIEW = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                  "police_protection", "domestic_abuse_current_involvement",
                  "wilful_neglect_investigation"}  # fmt: skip


def expected_decision(label: dict[str, Any]) -> str:
    tags = set(label["tags"])
    if (
        "unverified_sender" in label["flags_required"]
        or not {"message-invitation", "message-reschedule"} & tags
    ):
        return "manual_review"  # fmt: skip
    criteria = set(label["criteria"])
    tick = next(t for t in tags if t.startswith("tick-"))
    if label["kind"] == "review":
        if "core_group_member" in criteria:
            return "attend"
        return "discuss" if criteria & DISCUSS_REVIEW or tick == "tick-required" else "report_only"
    group = label["district"] if label["district"] in ATTEND_INITIAL else "wakefield"
    if criteria & ATTEND_INITIAL[group]:
        return "attend"
    if criteria & DISCUSS_INITIAL[group] or tick in ("tick-required", "tick-both"):
        return "discuss"
    return "report_only"


def load(directory: Path) -> list[tuple[Path, dict[str, Any]]]:
    return [
        (p, json.loads(p.with_suffix(".json").read_text())) for p in sorted(directory.glob("*.eml"))
    ]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, dict[str, Any]]]:
    out = tmp_path_factory.mktemp("corpus")
    generate(out, count=160, seed=20261123, mix="corpus")
    return load(out)


def test_the_same_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", count=14, seed=7)
    second = generate(tmp_path / "b", count=14, seed=7)
    for one, two in zip(first, second, strict=True):
        assert one.read_bytes() == two.read_bytes()
        assert one.with_suffix(".json").read_bytes() == two.with_suffix(".json").read_bytes()
    other = generate(tmp_path / "c", count=14, seed=8)
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]


def test_every_email_parses_and_has_a_gateway_received_header(corpus: Any) -> None:
    for path, _ in corpus:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert "mx1.westyorkshire.police.uk" in str((msg.get_all("Received") or [""])[0])
        assert msg["From"] and msg["Subject"]
        assert not msg.defects, (path.name, msg.defects)


def test_every_decision_agrees_with_the_policy_table(corpus: Any) -> None:
    for path, label in corpus:
        assert label["decision"] == expected_decision(label), (path.name, label["notes"])


def test_deadlines_count_working_days_around_christmas() -> None:
    # Conference Wed 30 Dec 2026: 3 working days back skips 28 (Boxing Day observed) and 25 Dec.
    due, notice, ok = deadlines("wakefield", "initial", date(2026, 12, 30), date(2026, 12, 21))
    assert (due, notice, ok) == (date(2026, 12, 23), 5, True)
    # Mon 22 Mar 2027 to Tue 30 Mar: Good Friday and Easter Monday are not counted.
    assert deadlines("leeds", "review", date(2027, 3, 30), date(2027, 3, 22))[1:] == (4, False)
    assert working_days_between(date(2026, 11, 2), date(2026, 11, 9)) == 5


def test_the_labels_flags_follow_from_their_fields(corpus: Any) -> None:
    for path, label in corpus:
        required, forbidden = set(label["flags_required"]), set(label["flags_forbidden"])
        assert not required & forbidden, path.name
        if label["notice_ok"] is False:
            assert "late_notice" in required
        if label["police_attendance_requested"] is False and label["decision"] == "attend":
            assert "tickbox_conflict" in required
        if label["report_due"]:
            received = _received_day(path)
            assert ("deadline_passed" in required) == (label["report_due"] < received)


def _received_day(path: Path) -> str:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    stamp = email.utils.parsedate_to_datetime(
        str((msg.get_all("Received") or [""])[0]).rsplit(";", 1)[1]
    )
    from zoneinfo import ZoneInfo

    return stamp.astimezone(ZoneInfo("Europe/London")).date().isoformat()


def test_every_criterion_is_affirmed_at_least_four_times(corpus: Any) -> None:
    seen = Counter(c for _, label in corpus for c in label["criteria"] or [])
    assert all(seen[c] >= 4 for c in CRITERIA), seen


def test_every_trap_appears_at_least_three_times(corpus: Any) -> None:
    seen = Counter(t[5:] for _, label in corpus for t in label["tags"] if t.startswith("trap-"))
    assert all(seen[t] >= 3 for t in TRAPS), seen


def test_every_format_message_and_sender_appears(corpus: Any) -> None:
    tags = Counter(t for _, label in corpus for t in label["tags"])
    for name in (
        *FORMATS,
        "forward-rfc822",
        "forward-inline",
        "encoding-latin1",
        "encoding-base64",
        "encoding-qp",
        "sender-cjsm",
        "sender-dmarc_fail",
        "sender-lookalike_dash",
        "sender-lookalike_suffix",
        "pre-birth",
        "transfer-in",
        "timing-christmas",
        "timing-easter",
        "timing-late",
        "tick-both",
        "tick-neither",
    ):
        assert tags[name] >= 1, name  # fmt: skip
    for message in (
        "minutes",
        "cp_plan",
        "chair_letter",
        "report_request",
        "reply",
        "portal",
        "cancellation",
        "reschedule",
    ):
        assert tags[f"message-{message}"] >= 1, message  # fmt: skip


def test_a_plain_text_body_is_listed_verbatim_in_the_source_texts(corpus: Any) -> None:
    for path, label in corpus:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if msg.get_content_type() != "text/plain" or "forward-inline" in label["tags"]:
            continue
        body = re.sub(r"\s+", " ", msg.get_content()).strip()
        sources = [re.sub(r"\s+", " ", t).strip() for t in label["source_texts"]]
        assert body in sources, path.name


def _attachment(path: Path, suffix: str) -> bytes | None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in msg.walk():
        if (part.get_filename() or "").endswith(suffix):
            data = part.get_payload(decode=True)
            return data if isinstance(data, bytes) else None
    return None


def test_acroform_check_boxes_hold_the_labelled_tick(corpus: Any) -> None:
    checked = 0
    for path, label in corpus:
        if "pdf-acroform" not in label["tags"] or "forward-rfc822" in label["tags"]:
            continue
        fields = pypdf.PdfReader(io.BytesIO(_attachment(path, ".pdf") or b"")).get_fields() or {}
        attend = fields["police_attend"].get("/V") == "/Yes"
        report = fields["police_report"].get("/V") == "/Yes"
        want = label["police_attendance_requested"]
        assert want is None or (attend, report) == (want, not want), path.name
        checked += 1
    assert checked >= 3


def test_content_control_check_boxes_hold_the_labelled_tick(corpus: Any) -> None:
    checked = 0
    for path, label in corpus:
        if "docx-content-control" not in label["tags"] or "tick-absent" in label["tags"]:
            continue
        data = _attachment(path, ".docx")
        if data is None:
            continue
        xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
        states = re.findall(r'w14:checked w14:val="(\d)"', xml)
        want = label["police_attendance_requested"]
        if want is not None:
            assert states == (["1", "0"] if want else ["0", "1"]), path.name
        checked += 1
    assert checked >= 3


def test_the_demo_mix_is_a_friendly_dozen(tmp_path: Path) -> None:
    written = generate(tmp_path, count=12, seed=0, mix="demo")
    labels = [json.loads(p.with_suffix(".json").read_text()) for p in written]
    assert len(written) == 12
    assert {lb["decision"] for lb in labels} >= {"attend", "report_only", "manual_review"}


@pytest.mark.slow
def test_the_benchmark_mix_mostly_carries_a_booking_form_attachment(tmp_path: Path) -> None:
    # its speed is measured in benchmarks/, not asserted here (a timed test fails on a busy machine)
    written = generate(tmp_path, count=100, seed=1, mix="bench")
    attached = sum(_attachment(p, ".pdf") is not None or _attachment(p, ".docx") is not None
                   for p in written)  # fmt: skip
    assert attached >= 90
