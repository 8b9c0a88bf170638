"""Start-up of the command line (issue 11: the batch's whole run under 3 s for one email).

`triage`, `parse` and `samples` register only themselves: the daemon's, the desk's, the
reports' and backup's modules are imported only for those commands, for none, or for --help
(`cpc_triage.cli._OWN_COMMANDS`). Start-up's long-lived objects are built with the cyclic
collector paused and then frozen (`cpc_triage.heap`).
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cpc_triage.cli import _command_named
from cpc_triage.heap import long_lived

CLI = str(Path(sys.executable).parent / "cpc-triage")
_OTHERS = ("cpc_triage.cli.backup", "cpc_triage.cli.daemon", "cpc_triage.cli.desk",
           "cpc_triage.cli.report")  # fmt: skip
_PROBE = """
import json, sys
sys.argv = ["cpc-triage", *sys.argv[1:]]
from cpc_triage.cli import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.startswith("cpc_triage.cli."))))
"""


def _modules_after(*args: str) -> tuple[list[str], str]:
    ran = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    *printed, last = ran.stdout.strip().splitlines()
    return json.loads(last), "\n".join(printed)


@pytest.mark.parametrize("command", ["triage", "parse", "samples"])
def test_the_modules_own_commands_import_no_other_command(command: str) -> None:
    loaded, _ = _modules_after(command, "--help")
    assert not set(loaded) & set(_OTHERS), loaded


def test_help_and_the_other_commands_still_see_every_command() -> None:
    loaded, shown = _modules_after("--help")
    assert set(_OTHERS) <= set(loaded)
    for name in ("triage", "run", "web", "digest", "backup"):
        assert name in shown, name
    loaded, _ = _modules_after("status", "--help")
    assert set(_OTHERS) <= set(loaded)


def test_the_command_named_is_the_first_argument_not_an_option() -> None:
    assert _command_named(["triage", "--format", "jsonl", "x.eml"]) == "triage"
    assert _command_named(["--version"]) is None
    assert _command_named([]) is None
    assert _command_named(["run", "--once"]) == "run"


def test_triage_runs_with_only_its_own_commands(tmp_path: Path) -> None:
    sample = Path("tests/corpus/samples").glob("*.eml")
    ran = subprocess.run(
        [CLI, "triage", "--format", "jsonl", "--workers", "0", str(next(iter(sample)))],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout)["decision"]["suggested"]


#: What the `triage` command's own process never uses: it opens no database, schedules
#: nothing, has no S/MIME key configured here, and reads no message itself (its parse workers
#: do). Together 60 MB and about 0.4 s of its start-up (issue 11).
_NOT_IN_THE_TRIAGE_PROCESS = ("sqlalchemy", "apscheduler", "cryptography", "icalendar", "lxml",
                              "tasks", "pdfplumber", "pypdf")  # fmt: skip
_LOADED = """
import json, sys
sys.argv = ["cpc-triage", *sys.argv[1:]]
from cpc_triage.cli import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def test_the_triage_command_loads_no_database_scheduler_crypto_or_reader(tmp_path: Path) -> None:
    from tests.builders import mail_builder, pdf_builder

    form = pdf_builder.text_pdf([["Review conference", "Venue: Hall 4, 10:00"]])
    path = tmp_path / "invitation.eml"
    path.write_bytes(
        mail_builder.alternative(
            "Please see the attached invitation.",
            "<p>Please see the <b>attached</b> invitation.</p>",
            attachments=[("invitation.pdf", form, "application/pdf")],
            subject="Review conference",
        )
    )
    ran = subprocess.run(
        [sys.executable, "-c", _LOADED, "triage", "--format", "jsonl", str(path)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    *printed, last = ran.stdout.strip().splitlines()
    assert json.loads(printed[0])["decision"]["suggested"], ran.stderr
    unwanted = set(json.loads(last)) & set(_NOT_IN_THE_TRIAGE_PROCESS)
    assert not unwanted, sorted(unwanted)


def test_long_lived_pauses_the_collector_then_freezes() -> None:
    assert gc.isenabled()
    before = gc.get_freeze_count()
    kept: list[list[int]] = [[] for _ in range(100)]
    with long_lived():
        assert not gc.isenabled()
        kept += [[] for _ in range(100)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + 200
    gc.unfreeze()  # leave the test process as it was


def test_long_lived_nested_leaves_a_paused_collector_paused() -> None:
    gc.disable()
    try:
        with long_lived():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_nlp_pipeline_is_built_frozen() -> None:
    from contextlib import ExitStack

    from cpc_triage.reader import build_reader
    from cpc_triage.settings import Settings

    with ExitStack() as stack:
        reader = build_reader(Settings(), stack, workers=0, service=False)
        before = gc.get_freeze_count()
        reader.load_nlp()
        try:
            assert gc.isenabled()
            assert gc.get_freeze_count() > before
        finally:
            gc.unfreeze()


def test_the_fork_server_preloads_no_scan_reader() -> None:
    """numpy and pypdfium2 read scans only: a worker imports them at its first scan, not the
    fork server for every worker (their memory counted in all three processes)."""
    probe = (
        "import importlib, sys\n"
        "from parsers.sandbox_worker import PRELOAD\n"
        "for name in PRELOAD: importlib.import_module(name)\n"
        "print(sorted({'numpy', 'pypdfium2', 'docx'} & set(sys.modules)))\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert ran.stdout.strip() == "[]"


def test_the_fork_server_builds_the_given_names_once_for_every_worker() -> None:
    """A worker built the set at its first use, and each replacement (every 200 jobs) again."""
    probe = (
        "import importlib\n"
        "from parsers.sandbox_worker import PRELOAD\n"
        "for name in PRELOAD: importlib.import_module(name)\n"
        "from parsers.given_names import given_names\n"
        "print(given_names.cache_info().currsize)\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert ran.stdout.strip() == "1"
