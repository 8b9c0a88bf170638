"""Builders and a real-crypto `FieldCipher` for the tasks tests (no tests in this module).

`AesGcmCipher` implements the `tasks.ports.FieldCipher` Protocol with AES-256-GCM from
`cryptography`, keys held in memory: it is a working cipher, not a mock.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import os
import ssl
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.x509.oid import NameOID
from sqlalchemy import Engine, create_engine, event

from parsers.records import (
    BookingFields,
    ConferenceKind,
    Invitation,
    Mailbox,
    MessageInfo,
    MessageKind,
    Person,
)
from tasks.filing import Filing, plan_filing
from tasks.records import MessageKey, Occurrence
from triage.records import (
    Context,
    Criterion,
    CriterionMet,
    Deadlines,
    Decision,
    Evidence,
    Flag,
    Mention,
    Suggestion,
    TriageResult,
)

CANARY_CHILD = "Zebedee Quillfeather"
CANARY_DOB = date(2019, 5, 1)
AT = datetime(2026, 11, 23, 9, 14, 2, tzinfo=UTC)
BLIND_KEY = b"test blind-index key"


class KeyDestroyed(LookupError):
    pass


class AesGcmCipher:
    """In-memory data keys; `destroy` forgets a key for ever (crypto-shredding)."""

    def __init__(self) -> None:
        self.keys: dict[str, bytes] = {}

    def new_key(self) -> str:
        key_id = os.urandom(8).hex()
        self.keys[key_id] = AESGCM.generate_key(bit_length=256)
        return key_id

    def encrypt(self, key_id: str, plaintext: bytes, *, aad: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + AESGCM(self.keys[key_id]).encrypt(nonce, plaintext, aad)

    def data_aead(self, key_id: str) -> AESGCM:
        key = self.keys.get(key_id)
        if key is None:
            raise KeyDestroyed(key_id)
        return AESGCM(key)

    def decrypt(self, key_id: str, blob: bytes, *, aad: bytes) -> bytes:
        key = self.keys.get(key_id)
        if key is None:
            raise KeyDestroyed(key_id)
        return AESGCM(key).decrypt(blob[:12], blob[12:], aad)

    def destroy(self, key_id: str) -> None:
        self.keys.pop(key_id, None)


def blind_index(normalised: str) -> str:
    return hmac.new(BLIND_KEY, normalised.encode(), hashlib.sha256).hexdigest()


def make_key(n: int, *, source: str = "imap:cppu", message_id: str | None = None) -> MessageKey:
    return MessageKey(
        source=source,
        source_id=f"1700000000:{n}",
        message_id_index=blind_index(f"message-id:{message_id or f'<m{n}@calderdale.gov.uk>'}"),
        sha256=hashlib.sha256(f"raw message {n}".encode()).hexdigest(),
    )


def make_result(
    *,
    district: str | None = "calderdale",
    kind: ConferenceKind | None = ConferenceKind.INITIAL,
    on: date | None = date(2026, 12, 3),
    at_time: time | None = time(10, 0),
    venue: str | None = "Northgate House",
    reference: str | None = "LCS991421",
    children: tuple[Person, ...] = (Person(CANARY_CHILD, CANARY_DOB),),
    adults: tuple[Person, ...] = (Person("Chelsea Quillfeather", None, "mother"),),
    message_kind: MessageKind = MessageKind.INVITATION,
    cancels: bool = False,
    reschedules: bool = False,
    previous_date: date | None = None,
    suggested: Suggestion = Suggestion.ATTEND,
    flags: tuple[Flag, ...] = (),
    report_due: date | None = date(2026, 11, 30),
    marking: str | None = "OFFICIAL-SENSITIVE",
) -> TriageResult:
    fields = BookingFields(
        district=district,
        kind=kind,
        date=on,
        time=at_time,
        venue=venue,
        local_reference=reference,
        children=children,
        adults=adults,
        message_kind=message_kind,
        cancels=cancels,
        reschedules=reschedules,
        previous_date=previous_date,
        marking=marking,
        booking_form_found=True,
    )
    info = MessageInfo(
        message_id="<x@calderdale.gov.uk>",
        sender=Mailbox("cp.admin@calderdale.gov.uk", None),
        to=("cppu@westyorkshire.police.uk",),
        subject="Conference invitation",
        date_header=AT,
        received_at=AT,
        authentication_results=(),
    )
    evidence = Evidence(
        quote=f"{CANARY_CHILD}'s stepfather is a registered sex offender", location="body"
    )
    criteria = (CriterionMet(Criterion.REGISTERED_SEX_OFFENDER, (evidence,)),)
    mentions = (Mention(Criterion.REGISTERED_SEX_OFFENDER, Context.AFFIRMED, evidence),)
    return TriageResult(
        invitation=Invitation(message=info, body=(), attachments=(), fields=fields),
        district=district,
        criteria=criteria if suggested is Suggestion.ATTEND else (),
        mentions=mentions,
        decision=Decision(
            suggested=suggested,
            reasons=("Calderdale: RSO is a significant nominal (003)",),
            confidence=0.9,
            rule=f"{district}.initial.criteria",
        ),
        deadlines=Deadlines(report_due=report_due, notice_working_days=8, notice_ok=None),
        flags=flags,
        received_on=AT.date(),
        policy_name=district or "wakefield",
    )


def sqlite_engine(path: Path) -> Engine:
    """WAL, synchronous=FULL, and pysqlite's own transaction handling off so SAVEPOINT works."""
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # As `cpc_triage.db`: a connection marked read_only (the desk's look-ups) begins
        # deferred, so a view's read transaction never holds the write lock its own audit
        # write then waits for.
        read_only = conn.get_execution_options().get("read_only")
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def stored_occurrence(result: TriageResult | None = None) -> Occurrence:
    """A filed occurrence numbered as the store numbers it (for sink tests)."""
    plan = plan_filing(result or make_result(), key=make_key(1), existing=(), filed_keys=(), at=AT)
    assert isinstance(plan, Filing)
    occurrence_id = "CPC-2026-000001"
    tasks = tuple(
        replace(t, id=f"{occurrence_id}-T{i + 1}", occurrence_id=occurrence_id)
        for i, t in enumerate(plan.occurrence.tasks)
    )
    return replace(plan.occurrence, id=occurrence_id, tasks=tasks)


@dataclass(frozen=True)
class Tls:
    server: ssl.SSLContext
    client: ssl.SSLContext  # trusts only the test CA
    ca_file: Path


def make_tls(folder: Path) -> Tls:
    """A throw-away CA and a certificate for 127.0.0.1 / localhost signed by it."""
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "cpc-triage test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert_file, key_file)
    client = ssl.create_default_context(cafile=str(ca_file))
    return Tls(server=server, client=client, ca_file=ca_file)
