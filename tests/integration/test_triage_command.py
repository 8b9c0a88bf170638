"""`cpc-triage triage` as the contract (config/contracts/README.md) describes it, run for real."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests" / "corpus" / "samples"
CLI = str(Path(sys.executable).parent / "cpc-triage")
SCHEMA = json.loads((ROOT / "config" / "contracts" / "triage-result.schema.json").read_text())


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, "triage", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def _sample(prefix: str) -> Path:
    return next(SAMPLES.glob(f"{prefix}-*.eml"))


def test_one_path_prints_one_pretty_schema_valid_object() -> None:
    proc = _run(str(_sample("01")))
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)
    jsonschema.validate(document, SCHEMA)
    assert proc.stdout.startswith("{\n")
    assert document["input"] == str(_sample("01"))


def test_several_paths_print_one_line_each_in_the_order_given() -> None:
    paths = [_sample("03"), _sample("01"), _sample("11")]
    proc = _run(*map(str, paths))
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert [d["input"] for d in lines] == [str(p) for p in paths]
    for document in lines:
        jsonschema.validate(document, SCHEMA)


def test_a_missing_path_is_a_usage_error_with_exit_2() -> None:
    proc = _run(str(_sample("01")), "/nonexistent/mail.eml")
    assert proc.returncode == 2
    assert "/nonexistent/mail.eml" in proc.stderr
    assert proc.stdout == ""


def test_received_overrides_the_day_received_for_the_deadlines(tmp_path: Path) -> None:
    early = json.loads(_run("--received", "2026-11-02", str(_sample("01"))).stdout)
    late = json.loads(_run("--received", "2026-12-02T10:00:00+00:00", str(_sample("01"))).stdout)
    assert early["deadlines"]["notice_working_days"] > late["deadlines"]["notice_working_days"]
    assert late["deadlines"]["notice_working_days"] == 1  # Wed 2 Dec → Thu 3 Dec
    assert "deadline_passed" in late["flags"]


def test_bad_received_value_is_a_usage_error() -> None:
    proc = _run("--received", "next tuesday", str(_sample("01")))
    assert proc.returncode == 2


def test_bytes_that_are_not_an_email_still_give_a_manual_review_result(tmp_path: Path) -> None:
    junk = tmp_path / "junk.eml"
    junk.write_bytes(bytes(range(256)) * 40)
    proc = _run(str(junk))
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)
    jsonschema.validate(document, SCHEMA)
    assert document["decision"]["suggested"] == "manual_review"


def test_text_format_is_for_a_person(tmp_path: Path) -> None:
    proc = _run("--format", "text", str(_sample("01")))
    assert proc.returncode == 0, proc.stderr
    assert "attend" in proc.stdout.lower()
    assert not proc.stdout.lstrip().startswith("{")


def test_the_command_runs_from_another_directory_with_the_default_config(tmp_path: Path) -> None:
    proc = _run(str(_sample("06")), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["decision"]["suggested"] == "discuss"


def test_a_sender_domain_added_to_a_policy_file_is_read_as_that_district(tmp_path: Path) -> None:
    """Issue 14 item 1: the parser reads districts from the same policy files triage trusts."""
    import shutil

    config = tmp_path / "config"
    shutil.copytree(ROOT / "config", config)
    leeds = config / "policies" / "leeds.toml"
    leeds.write_text(
        leeds.read_text().replace(
            'domains = ["leeds.gov.uk"]', 'domains = ["leeds.gov.uk", "leedscp.example.org"]'
        )
    )
    sample = _sample("03").read_bytes()
    moved = sample.replace(b"@calderdale.gov.uk", b"@leedscp.example.org")
    eml = tmp_path / "moved.eml"
    eml.write_bytes(moved)
    ran = _run("--config", str(config), str(eml))
    assert ran.returncode == 0, ran.stderr
    result = json.loads(ran.stdout)
    assert result["district"] == "leeds"
    assert "district_unknown" not in result["flags"]


def test_an_invitation_forwarded_as_an_outlook_item_is_triaged_from_the_form_inside(
    tmp_path: Path,
) -> None:
    from tests.builders import mail_builder as mail
    from tests.builders.msg_builder import File, Item, outlook_item
    from tests.unit.test_msg import form_pdf

    item = Item(
        subject="RCPC - booking",
        body="Hello, please find the booking form for the review conference attached.",
        files=(File("Booking form.pdf", form_pdf()),),
    )
    raw = mail.plain(
        "Forwarding the invitation below.",
        attachments=[("RCPC - booking.msg", outlook_item(item), "application/octet-stream")],
        sender="Child Protection Admin <cp.admin@wakefield.gov.uk>",
        subject="FW: RCPC - booking",
    )
    (tmp_path / "fwd.eml").write_bytes(raw)
    (tmp_path / "cut.eml").write_bytes(raw[: len(raw) // 2] + b"\n")
    proc = _run(str(tmp_path / "fwd.eml"), str(tmp_path / "cut.eml"))
    assert proc.returncode == 0, proc.stderr
    whole, cut = (json.loads(line) for line in proc.stdout.splitlines() if line.strip())
    jsonschema.validate(whole, SCHEMA)
    assert [(a["filename"], a["role"]) for a in whole["message"]["attachments"]] == [
        ("RCPC - booking.msg", "other"),
        ("RCPC - booking.msg/Booking form.pdf", "booking_form"),
    ]
    assert (whole["conference"]["kind"], whole["conference"]["date"]) == ("review", "2027-02-17")
    assert [c["name"] for c in whole["children"]] == ["Rosalind Okonkwo-Barr"]
    assert whole["decision"]["suggested"] != "manual_review"
    assert cut["decision"]["suggested"] == "manual_review"
