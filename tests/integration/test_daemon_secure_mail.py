"""The daemon with S/MIME, a district's own mailbox and message limits configured (issue 5).

Real parts: the daemon's own wiring (`open_app` from a settings file), the real parser and
triage, a drop folder, certificates the test makes and `openssl cms -verify` for signatures.
Each test files the same generated invitation in two forms and compares what was filed.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7
from sqlalchemy import select

from cpc_demo import generate
from cpc_triage.bootstrap import App, open_app
from cpc_triage.daemon import Daemon
from cpc_triage.logs import configure_logging, get_logger
from cpc_triage.settings import load_settings
from intake.dropfolder import source_id_of
from intake.tables import ledger
from intake.vault import Stored
from tasks.records import Occurrence, Task
from tasks.tables import filed_messages
from tests.builders.smime import make_pki
from tests.integration.daemon_fixtures import deliver

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def invitation(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A generated invitation from a council on the allow-list, with a booking form attached."""
    for path in generate(tmp_path_factory.mktemp("mail"), count=12, mix="demo", seed=7):
        raw = path.read_bytes()
        message = email.message_from_bytes(raw, policy=email.policy.compat32)
        if message.is_multipart() and "gov.uk" in str(message.get("From", "")):
            return raw
    raise AssertionError("the demo set has no multipart council invitation")


def _split(raw: bytes) -> tuple[bytes, bytes]:
    """(routing headers, the MIME entity): what S/MIME wraps is the entity, not the envelope."""
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    outer = b"".join(
        f"{name}: {value}\r\n".encode()
        for name, value in message.items()
        if not name.lower().startswith("content-") and name.lower() != "mime-version"
    )
    for name in list(message.keys()):
        if not name.lower().startswith("content-"):
            del message[name]
    return outer, message.as_bytes(policy=email.policy.compat32.clone(linesep="\r\n"))


def _encrypted(raw: bytes, pki: dict[str, Any]) -> bytes:
    outer, entity = _split(raw)
    blob = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(entity)
        .add_recipient(pki["unit_cert"])
        .encrypt(serialization.Encoding.SMIME, [])
    )
    return outer + blob


def _signed(raw: bytes, signer: tuple[Any, Any]) -> bytes:
    outer, entity = _split(raw)
    certificate, key = signer
    blob = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(entity)
        .add_signer(certificate, key, hashes.SHA256())
        .sign(serialization.Encoding.SMIME, [pkcs7.PKCS7Options.DetachedSignature])
    )
    return outer + blob


def _app(tmp_path: Path, extra: str = "", mailbox: str = "") -> App:
    configure_logging("info", stream=None)
    tmp_path.mkdir(parents=True, exist_ok=True)
    settings = tmp_path / "settings.toml"
    settings.write_text(
        f'data_dir = "{tmp_path / "var"}"\nconfig_dir = "{ROOT / "config"}"\n'
        f'[parsing]\nworkers = 1\n{extra}\n[[mailboxes]]\nname = "default"\n{mailbox}'
    )
    return open_app(load_settings(settings), log=get_logger())


@pytest.fixture
def filed(tmp_path: Path) -> Iterator[Any]:
    """`filed(raws, extra=…, mailbox=…)` → [(occurrence, task, vaulted bytes)] in delivery order."""
    apps: list[App] = []

    def run(
        raws: list[bytes], *, extra: str = "", mailbox: str = ""
    ) -> list[tuple[Occurrence, Task, bytes]]:
        app = _app(tmp_path / f"run{len(apps)}", extra, mailbox)
        apps.append(app)
        sources = []
        for n, raw in enumerate(raws):
            path = tmp_path / f"m{len(apps)}-{n:02d}.eml"
            path.write_bytes(raw)
            sources.append(path)
        deliver(app.settings.mailbox_path(app.settings.mailboxes[0]) / "inbox", sources)  # type: ignore[arg-type]
        assert Daemon(app).run_once() == len(raws)
        results = []
        with app.engine.connect() as conn, app.keyring.using(conn):
            for path in sources:
                source_id = source_id_of(path.read_bytes())  # drop-folder ids are content hashes
                row = conn.execute(
                    select(filed_messages.c.task_id).where(filed_messages.c.source_id == source_id)
                ).one()
                occurrence, task = app.parts.store.get_task(
                    row.task_id, actor="test", purpose="check", connection=conn
                )
                entry = conn.execute(select(ledger).where(ledger.c.source_id == source_id)).one()
                vaulted = app.parts.vault.load(Stored(entry.key_id, entry.vault_name))
                results.append((occurrence, task, vaulted))
        return results

    yield run
    for app in apps:
        app.close()


def _smime(pki: dict[str, Any], *, key: bool = True, ca: bool = True) -> str:
    lines = ["[smime]"]
    if key:
        lines += [
            f'certificate_file = "{pki["unit_cert_file"]}"',
            f'private_key_file = "{pki["unit_key_file"]}"',
        ]
    if ca:
        lines.append(f'ca_file = "{pki["ca_file"]}"')
    return "\n".join(lines) + "\n"


def test_mail_encrypted_for_the_unit_is_triaged_like_the_plain_mail_and_vaulted_as_it_came(
    filed: Any, pki: dict[str, Any], invitation: bytes
) -> None:
    encrypted = _encrypted(invitation, pki)
    [(plain_occ, plain_task, _)] = filed([invitation], extra=_smime(pki))
    [(occ, task, vaulted)] = filed([encrypted], extra=_smime(pki))
    assert vaulted == encrypted  # the vault keeps the message exactly as it came
    assert "encrypted_unreadable" not in {f.value for f in task.flags}
    assert (task.suggested, task.flags) == (plain_task.suggested, plain_task.flags)
    assert occ.district == plain_occ.district is not None


def test_without_the_unit_key_encrypted_mail_goes_to_a_person_flagged_unreadable(
    filed: Any, pki: dict[str, Any], invitation: bytes
) -> None:
    [(_, task, vaulted)] = filed([_encrypted(invitation, pki)], extra=_smime(pki, key=False))
    assert task.suggested.value == "manual_review"
    assert "encrypted_unreadable" in {f.value for f in task.flags}
    assert vaulted.startswith(_split(invitation)[0])  # raw bytes kept for the person


def test_a_signature_from_a_ca_we_trust_keeps_the_sender_verified_and_a_forged_one_does_not(
    filed: Any, pki: dict[str, Any], invitation: bytes
) -> None:
    [good] = filed([_signed(invitation, pki["sender"])], extra=_smime(pki, key=False))
    [forged] = filed([_signed(invitation, pki["forged"])], extra=_smime(pki, key=False))
    assert "unverified_sender" not in {f.value for f in good[1].flags}
    assert "unverified_sender" in {f.value for f in forged[1].flags}
    assert forged[1].suggested.value == "manual_review"


def test_a_districts_own_mailbox_names_the_district_when_the_mail_does_not(
    filed: Any, invitation: bytes
) -> None:
    anonymous = (
        b"From: someone@example.org\r\nSubject: Child protection conference\r\n"
        b"Message-ID: <anon@example.org>\r\n\r\nPlease see the attached.\r\n"
    )
    [(unknown, _, _), (council, _, _)] = filed([anonymous, invitation])
    [(mapped, _, _), (still, _, _)] = filed([anonymous, invitation], mailbox='district = "leeds"\n')
    assert unknown.district is None and mapped.district == "leeds"
    assert still.district == council.district is not None  # the sender's council still wins


def _with_attachments(count: int) -> bytes:
    message = EmailMessage()
    message["From"] = "cp.conferences@leeds.gov.uk"
    message["Subject"] = "Initial child protection conference"
    message["Message-ID"] = "<many@leeds.gov.uk>"
    message.set_content("Please find the papers attached.")
    for n in range(count):
        message.add_attachment(
            f"paper {n}".encode(), maintype="text", subtype="plain", filename=f"p{n}.txt"
        )
    return message.as_bytes()


def test_messages_over_the_size_or_attachment_limit_are_filed_for_a_person_unread(
    filed: Any, invitation: bytes
) -> None:
    [(_, small, _)] = filed([_with_attachments(3)], extra="max_attachments = 3\n")
    [(_, many, _)] = filed([_with_attachments(3)], extra="max_attachments = 2\n")
    [(_, large, _)] = filed([invitation], extra=f"max_message_mb = {len(invitation) / 2**21}\n")
    limit = "over the size or attachment limit: its attachments were not read"
    assert not any(limit in reason for reason in small.reasons)
    for task in (many, large):
        assert task.suggested.value == "manual_review"
        assert any(limit in reason for reason in task.reasons)
