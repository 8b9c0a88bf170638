"""`cpc-triage triage` and `cpc-triage parse` read a message as the daemon does (issue 14 item 2).

Real parts: the installed command run as a subprocess with a settings file, the daemon's own
wiring (`open_app`) on a drop folder, the desk as `cpc-triage web` builds it (`open_desk`), the
real parser and triage, certificates the test makes.
Before the one reader, the commands ignored the settings: an S/MIME-encrypted invitation came
out `encrypted_unreadable`, a district's own mailbox named no district, and a sender domain
added to a policy file was unknown to `parse`, and the desk listed an encrypted message's
envelope as its only attachment.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest

from cpc_triage.bootstrap import open_database
from cpc_triage.settings import load_settings
from desk.account_admin import create_account
from desk.accounts import Role
from tests.builders.smime import make_pki
from tests.integration.test_daemon_secure_mail import _encrypted, _smime, _split, filed, invitation
from tests.integration.test_desk_support import ORIGIN, PASSWORD, sign_in

ROOT = Path(__file__).resolve().parents[2]
CLI = str(Path(sys.executable).parent / "cpc-triage")
ANONYMOUS = (
    b"From: someone@example.org\r\nSubject: Child protection conference\r\n"
    b"Message-ID: <anon@example.org>\r\n\r\nPlease see the attached.\r\n"
)

__all__ = ["filed", "invitation"]  # the daemon's side of each comparison


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return make_pki(tmp_path_factory.mktemp("pki"))


def _settings(
    folder: Path, extra: str = "", mailbox: str = "", config: Path = ROOT / "config"
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "settings.toml"
    path.write_text(
        f'data_dir = "{folder / "var"}"\nconfig_dir = "{config}"\n{extra}\n'
        f'[[mailboxes]]\nname = "default"\n{mailbox}'
    )
    return path


def _run(command: str, *args: str, settings: Path) -> Any:
    """The command with the settings named as the service names them ($CPC_TRIAGE_CONFIG)."""
    proc = subprocess.run(
        [CLI, command, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "CPC_TRIAGE_CONFIG": str(settings)},
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _eml(folder: Path, name: str, raw: bytes) -> str:
    path = folder / name
    path.write_bytes(raw)
    return str(path)


def test_triage_opens_mail_encrypted_for_the_unit_as_the_daemon_does(
    tmp_path: Path, filed: Any, pki: dict[str, Any], invitation: bytes
) -> None:
    encrypted = _encrypted(invitation, pki)
    [(_, daemon_task, _)] = filed([encrypted], extra=_smime(pki))
    settings = _settings(tmp_path / "cli", _smime(pki))
    result = _run("triage", _eml(tmp_path, "enc.eml", encrypted), settings=settings)
    assert "encrypted_unreadable" not in result["flags"]
    assert result["decision"]["suggested"] == daemon_task.suggested.value
    assert set(result["flags"]) == {flag.value for flag in daemon_task.flags}


def test_triage_names_a_districts_own_mailbox_as_the_daemon_does(
    tmp_path: Path, filed: Any
) -> None:
    mailbox = 'district = "leeds"\n'
    [(daemon_occ, _, _)] = filed([ANONYMOUS], mailbox=mailbox)
    settings = _settings(tmp_path / "cli", mailbox=mailbox)
    path = _eml(tmp_path, "anon.eml", ANONYMOUS)
    result = _run("triage", "--mailbox", "default", path, settings=settings)
    assert daemon_occ.district == "leeds"
    assert result["district"] == "leeds"


def test_parse_trusts_a_sender_domain_added_to_a_districts_policy_file(
    tmp_path: Path, invitation: bytes
) -> None:
    config = tmp_path / "config"
    shutil.copytree(ROOT / "config", config)
    policy = config / "policies" / "kirklees.toml"
    policy.write_text(
        policy.read_text().replace("domains = [", 'domains = ["kirklees-cp.example.org", ', 1)
    )
    outer, entity = _split(invitation)
    sender = b"From: Conferences <cp@kirklees-cp.example.org>\r\n"
    headers = b"".join(
        line + b"\r\n"
        for line in outer.split(b"\r\n")
        if line and not line.lower().startswith(b"from:")
    )
    raw = sender + headers + entity
    settings = _settings(tmp_path / "cli", config=config)
    document = _run("parse", _eml(tmp_path, "k.eml", raw), settings=settings)
    assert document["fields"]["district"] == "kirklees"
    assert document["fields"]["district_source"] == "sender"


@pytest.mark.anyio
async def test_the_desk_lists_the_attachments_of_encrypted_mail_as_the_daemon_read_them(
    tmp_path: Path, filed: Any, pki: dict[str, Any], anyio_backend: str
) -> None:
    """The case page's attachments come from the original in the vault: of an S/MIME-encrypted
    message, the booking form inside, not the `smime.p7m` envelope."""
    from cpc_triage.desk_setup import open_desk  # the desk as `cpc-triage web` builds it

    message = EmailMessage()
    message["From"] = "cp.conferences@leeds.gov.uk"
    message["Subject"] = "Initial child protection conference"
    message["Message-ID"] = "<sealed-form@leeds.gov.uk>"
    message.set_content("Please find the booking form attached.")
    form = b"Booking form (text copy)\nConference date: 1 December 2026 at 10:00\n"
    message.add_attachment(form, maintype="text", subtype="plain", filename="booking-form.txt")
    invitation = message.as_bytes()
    [(_, task, _)] = filed([_encrypted(invitation, pki)], extra=_smime(pki))
    settings = load_settings(tmp_path / "run0" / "settings.toml")  # the daemon's, as filed
    engine = open_database(settings)
    with engine.begin() as conn:
        create_account(
            conn,
            "ds.reader",
            password=PASSWORD,
            role=Role.SUPERVISOR,
            display_name="DS Reader",
            by="test",
            at=datetime.now(UTC),
        )
    engine.dispose()
    with open_desk(settings, origin=ORIGIN) as app:
        transport = httpx.ASGITransport(app=app, client=("198.51.100.7", 50000))
        async with httpx.AsyncClient(
            transport=transport, base_url=ORIGIN, headers={"Origin": ORIGIN}
        ) as client:
            await sign_in(client, "ds.reader")
            page = (await client.get(f"/tasks/{task.id}")).text
            first = await client.get(f"/tasks/{task.id}/attachments/1")
    assert "smime.p7m" not in page and "booking-form.txt" in page
    assert first.status_code == 200 and first.content.startswith(b"Booking form (text copy)")
