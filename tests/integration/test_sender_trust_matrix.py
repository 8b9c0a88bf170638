"""RELIABILITY.md S11: sender trust on a matrix of messages — 0 false "verified".

Each message goes the daemon's way: S/MIME opening and signature check (`cpc_triage.reader`, with
`openssl cms -verify` against the configured CA), the parser, then triage. An unverified sender
must be flagged `unverified_sender` and sent to `manual_review` with its reason.

The rule (POLICY.md "Flags", config/senders.toml): the From domain is a council's on the
allow-list (sub-domains and CJSM count, look-alikes do not); an `Authentication-Results` header
is believed only from our gateway's authserv-id, and any DMARC/DKIM/SPF failure there makes the
sender unverified; ARC and other servers' results are not evidence; an S/MIME signature that
does not verify against the configured CAs makes the sender unverified. Our gateway removes
headers bearing its own authserv-id from incoming mail (RFC 8601 §5), so a header with that id
is the gateway's: a forged one only survives beside a real one, and a forged "pass" changes
nothing because only failures are read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from cpc_triage.reader import build_reader
from cpc_triage.settings import Settings
from tests.builders.smime import cert, key, make_pki
from triage.records import Suggestion

ROOT = Path(__file__).resolve().parents[2]
GATEWAY = "mx1.westyorkshire.police.uk"
BODY = (
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Invitation to an Initial Child Protection Conference on 12/03/2027 at 10:00.\r\n"
    b"Reason for conference: the child was taken into police protection.\r\n"
)


def _ar(verdict: str, *, server: str = GATEWAY, domain: str = "wakefield.gov.uk") -> str:
    return (
        f"Authentication-Results: {server}; dkim={verdict} header.d={domain}; "
        f"spf={verdict} smtp.mailfrom={domain}; dmarc={verdict} header.from={domain}\r\n"
    )


def _dkim_only_fail() -> str:
    return f"Authentication-Results: {GATEWAY}; dkim=fail header.d=wakefield.gov.uk; spf=pass\r\n"


def _spf_only_fail() -> str:
    return f"Authentication-Results: {GATEWAY}; spf=fail smtp.mailfrom=wakefield.gov.uk\r\n"


def _arc(sealer: str) -> str:
    return (
        f"ARC-Authentication-Results: i=1; {sealer}; dmarc=pass header.from=wakefield.gov.uk\r\n"
        f"ARC-Seal: i=1; a=rsa-sha256; cv=none; d={sealer}; s=arc; b=AAAA\r\n"
    )


def _mail(sender: str, *above: str, below: str = "", body: bytes = BODY) -> bytes:
    """`above`: headers our gateway put on top; `below`: what arrived inside the message."""
    return (
        "".join(above).encode()
        + b"Received: from mail1.example (198.51.100.7) by "
        + GATEWAY.encode()
        + b" with ESMTPS; Mon, 23 Nov 2026 09:00:00 +0000\r\n"
        + below.encode()
        + f"From: Conference Team <{sender}>\r\nTo: cppu@westyorkshire.police.uk\r\n".encode()
        + b"Subject: ICPC invitation\r\nMessage-ID: <m@example>\r\nMIME-Version: 1.0\r\n"
        + body
    )


def _signed(sender: str, signer: tuple[Any, Any], *above: str) -> bytes:
    certificate, private_key = signer
    blob = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(BODY)
        .add_signer(certificate, private_key, hashes.SHA256())
        .sign(serialization.Encoding.SMIME, [pkcs7.PKCS7Options.DetachedSignature])
    )
    return _mail(sender, *above, body=blob.split(b"MIME-Version: 1.0\r\n", 1)[-1])


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    made = make_pki(tmp_path_factory.mktemp("pki"))
    signer_key = key()  # chains to the trusted CA; only its dates are wrong (ended 12 h ago)
    issuer = (made["ca_cert"].subject, made["ca_key"])
    made["expired"] = (cert("clerk", signer_key, issuer=issuer, ca=False, days=-0.5), signer_key)
    return made


@pytest.fixture(scope="module")
def read(pki: dict[str, Any]) -> Iterator[Any]:
    settings = Settings(config_dir=str(ROOT / "config"), smime={"ca_file": str(pki["ca_file"])})
    with ExitStack() as stack:
        reader = build_reader(settings, stack, workers=0)

        def run(raw: bytes) -> Any:
            return reader.triage(reader.read(raw), dt.date(2026, 11, 23))

        yield run


WAKEFIELD = "conferences@wakefield.gov.uk"
COLLEAGUE = "ds.hirst@westyorkshire.police.uk"


def _forward_inline(inner_sender: str) -> bytes:
    """A colleague's note above an Outlook-style forwarded header block and the invitation."""
    return (
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"FYI - for the conference diary, thanks.\r\n\r\n"
        b"From: Conference Team <" + inner_sender.encode() + b">\r\n"
        b"Sent: 20 November 2026 16:02\r\nTo: Hirst, Dan\r\nSubject: ICPC invitation\r\n\r\n"
        + BODY.split(b"\r\n\r\n", 1)[1]
    )


def _forward_attached(inner_sender: str) -> bytes:
    """A colleague's note with the council's message attached whole (message/rfc822)."""
    inner = (
        f"From: Conference Team <{inner_sender}>\r\nTo: ds.hirst@westyorkshire.police.uk\r\n"
        "Subject: ICPC invitation\r\nMIME-Version: 1.0\r\n"
    ).encode() + BODY
    return (
        b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\n'
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nSee attached.\r\n--b1\r\n"
        b"Content-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--b1--\r\n"
    )


CASES: list[tuple[str, Any, bool]] = [
    ("gateway dmarc=pass, allowed domain", lambda p: _mail(WAKEFIELD, _ar("pass")), True),
    (
        "the same plus a forged pass shipped inside",
        lambda p: _mail(WAKEFIELD, _ar("pass"), below=_ar("pass")),
        True,
    ),
    (
        "gateway fail, a forged pass shipped inside",
        lambda p: _mail(WAKEFIELD, _ar("fail"), below=_ar("pass")),
        False,
    ),
    (
        "only a forged fail inside (no real one)",
        lambda p: _mail(WAKEFIELD, below=_ar("fail")),
        False,
    ),
    ("gateway dmarc=fail", lambda p: _mail(WAKEFIELD, _ar("fail")), False),
    ("gateway dkim=fail only", lambda p: _mail(WAKEFIELD, _dkim_only_fail()), False),
    ("gateway spf=fail only", lambda p: _mail(WAKEFIELD, _spf_only_fail()), False),
    ("no Authentication-Results, allowed domain", lambda p: _mail(WAKEFIELD), True),
    (
        "another server's fail is not evidence",
        lambda p: _mail(WAKEFIELD, _ar("fail", server="mx.other.example")),
        True,
    ),
    (
        "look-alike domain passing its own DMARC",
        lambda p: _mail("a@wakefield-gov.uk", _ar("pass", domain="wakefield-gov.uk")),
        False,
    ),
    (
        "look-alike domain with a sub-domain trick",
        lambda p: _mail("a@wakefield.gov.uk.example.com", _ar("pass")),
        False,
    ),
    (
        "ARC from an untrusted sealer on a look-alike",
        lambda p: _mail("a@wakefie1d.gov.uk", _arc("mx.attacker.example")),
        False,
    ),
    (
        "ARC from a trusted sealer, gateway fail",
        lambda p: _mail(WAKEFIELD, _ar("fail"), _arc(GATEWAY)),
        False,
    ),
    (
        "CJSM address of an allowed council",
        lambda p: _mail("a@leeds.gov.uk.cjsm.net", _ar("pass", domain="leeds.gov.uk.cjsm.net")),
        True,
    ),
    (
        "S/MIME signed under the configured CA",
        lambda p: _signed(WAKEFIELD, p["sender"], _ar("pass")),
        True,
    ),
    (
        "S/MIME signed under another CA",
        lambda p: _signed(WAKEFIELD, p["forged"], _ar("pass")),
        False,
    ),
    (
        "a colleague forwards the council's mail inline",
        lambda p: _mail(COLLEAGUE, body=_forward_inline(WAKEFIELD)),
        True,
    ),
    (
        "a colleague forwards the council's message attached",
        lambda p: _mail(COLLEAGUE, body=_forward_attached(WAKEFIELD)),
        True,
    ),
    (
        "a colleague forwards a look-alike's mail",
        lambda p: _mail(COLLEAGUE, body=_forward_inline("a@wakefield-gov.uk")),
        False,
    ),
    (
        "a colleague's forward with the gateway's dmarc=fail",
        lambda p: _mail(
            COLLEAGUE,
            _ar("fail", domain="westyorkshire.police.uk"),
            body=_forward_inline(WAKEFIELD),
        ),
        False,
    ),
    ("a colleague's own mail, nothing forwarded", lambda p: _mail(COLLEAGUE), False),
    (
        "an outside address forwards the council's mail",
        lambda p: _mail("someone@gmail.com", body=_forward_inline(WAKEFIELD)),
        False,
    ),
    (
        "a look-alike of the force forwards the council's mail",
        lambda p: _mail("ds@westyorkshire-police.uk", body=_forward_attached(WAKEFIELD)),
        False,
    ),
    (
        "S/MIME signed with an expired certificate",
        lambda p: _signed(WAKEFIELD, p["expired"], _ar("pass")),
        False,
    ),
]


@pytest.mark.parametrize(("case", "build", "trusted"), CASES, ids=[c[0] for c in CASES])
def test_no_false_verified_and_every_unverified_sender_goes_to_a_person(
    read: Any, pki: dict[str, Any], case: str, build: Any, trusted: bool
) -> None:
    result = read(build(pki))
    verified = "unverified_sender" not in {f.value for f in result.flags}
    assert verified == trusted, case
    if not trusted:
        assert result.decision.suggested is Suggestion.MANUAL_REVIEW
        assert any("not a verified council address" in r for r in result.decision.reasons)


def test_the_matrix_is_broad_enough() -> None:
    assert len(CASES) >= 12
    assert sum(not trusted for *_, trusted in CASES) >= 8
