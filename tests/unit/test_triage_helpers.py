"""Builders for triage tests (Invitations by hand), and the pinned public surface of `triage`."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import triage
from parsers.records import (
    Attachment,
    AttachmentRole,
    BookingFields,
    ConferenceKind,
    Invitation,
    Mailbox,
    MessageInfo,
    MessageKind,
    Page,
    Person,
    PoliceTick,
)
from triage import Nlp, TriageConfig, build_nlp, load_config
from triage.records import Criterion, TriageResult

ROOT = Path(__file__).resolve().parents[2]
CONFIG_DIR = ROOT / "config"
LONDON = dt.timezone(dt.timedelta(0))
RECEIVED = dt.date(2026, 11, 23)  # a Monday


@cache
def loaded() -> tuple[TriageConfig, Nlp]:
    config = load_config(CONFIG_DIR)
    return config, build_nlp(config)


def invitation(
    *lines: str,
    sender: str = "cp.admin@wakefield.gov.uk",
    district: str | None = "wakefield",
    kind: ConferenceKind | None = ConferenceKind.INITIAL,
    day: dt.date | None = dt.date(2026, 12, 3),
    tick: PoliceTick = PoliceTick.NOT_FOUND,
    message_kind: MessageKind = MessageKind.INVITATION,
    auth: tuple[str, ...] = (),
    attachments: tuple[Attachment, ...] = (),
    encrypted: bool = False,
    **fields: object,
) -> Invitation:
    """An invitation whose body is `lines` and whose booking fields are complete by default."""
    defaults: dict[str, object] = {
        "district": district,
        "district_source": "sender" if district else None,
        "kind": kind,
        "date": day,
        "time": dt.time(10, 0),
        "reason": "Physical abuse.",
        "police_tick": tick,
        "children": (Person("Amy Test", dt.date(2019, 3, 1)),),
        "adults": (Person("Beth Test", dt.date(1990, 1, 2), "Mother"),),
        "message_kind": message_kind,
        "booking_form_found": True,
    }
    defaults.update(fields)
    info = MessageInfo(
        message_id="<m1@example.test>",
        sender=Mailbox(sender.lower(), None),
        to=("cppu@westyorkshire.police.uk",),
        subject="Initial Child Protection Conference",
        date_header=dt.datetime(2026, 11, 23, 9, 0, tzinfo=LONDON),
        received_at=dt.datetime(2026, 11, 23, 9, 1, tzinfo=LONDON),
        authentication_results=auth,
    )
    body = (Page("body", tuple(lines)),) if lines else ()
    return Invitation(
        message=info,
        body=body,
        attachments=attachments,
        fields=BookingFields(**defaults),  # type: ignore[arg-type]
        encrypted=encrypted,
    )


def attachment(*lines: str, name: str = "form.pdf", error: str | None = None) -> Attachment:
    pages = (Page(f"{name} p1", tuple(lines), 1),) if lines else ()
    return Attachment(
        filename=name,
        declared_type="application/pdf",
        media_type="application/pdf",
        size=100,
        sha256="0" * 64,
        role=AttachmentRole.UNREADABLE if error else AttachmentRole.BOOKING_FORM,
        pages=pages,
        error=error,
    )


def run(inv: Invitation, *, received: dt.date | None = RECEIVED) -> TriageResult:
    config, nlp = loaded()
    return triage.triage(inv, config=config, nlp=nlp, received=received)


def met(*lines: str, received: dt.date | None = RECEIVED) -> set[str]:
    """The criteria met by a body of `lines`."""
    return {c.criterion.value for c in run(invitation(*lines), received=received).criteria}


def test_the_public_surface_of_triage_is_pinned() -> None:
    assert sorted(triage.__all__) == sorted(
        [
            "Nlp",
            "PolicyError",
            "TriageConfig",
            "build_nlp",
            "load_config",
            "render_text",
            "to_contract",
            "triage",
        ]
    )


def test_every_criterion_has_words_for_a_supervisor() -> None:
    from triage.decide import WORDS

    assert set(WORDS) == set(Criterion)
