"""The text read from a message at filing time, kept sealed so the desk never parses it again.

Why keep it: the supervisor must see each evidence quote in its place (DESIGN.md "Every
suggestion explains itself"), and the booking-form fields the task does not carry (the police
tick box, the chair, the reason given). Parsing the original again for every view ran OCR on
the web server — 21–26 s for six scanned pages, with every other user waiting (issue 12 item 2).
So filing stores what the parsers read, once, sealed under the occurrence's data key like the
rest of its personal data: erasing the occurrence destroys the key and the text with it (S9).

`ReadText` is plain data (strings, dates, tuples) so it survives a JSON round trip exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select

from parsers.records import Invitation, Person
from tasks.sealing import Sealer
from tasks.tables import read_texts


@dataclass(frozen=True, slots=True)
class ReadPage:
    location: str
    text: str


@dataclass(frozen=True, slots=True)
class ReadPerson:
    name: str
    date_of_birth: dt.date | None = None
    relationship: str | None = None
    expected: bool = False


@dataclass(frozen=True, slots=True)
class ReadText:
    """What a person needs from the parse to judge the suggestion, nothing the task lacks."""

    pages: tuple[ReadPage, ...]
    subject: str | None = None
    sender: str | None = None
    message_kind: str = "unknown"
    police_tick: str = "not_found"
    reason: str | None = None
    harm_categories: tuple[str, ...] = ()
    # no category stated: (category, the reason's sentence it was inferred from)
    harm_inferred: tuple[tuple[str, str], ...] = ()
    chair: str | None = None
    social_worker: str | None = None
    strategy_discussion_date: dt.date | None = None
    children: tuple[ReadPerson, ...] = ()
    adults: tuple[ReadPerson, ...] = ()
    # the form's answers under labels no reader understood (`parsers.unread_labels`)
    unread_labels: tuple[tuple[str, str], ...] = ()


def read_text_of(invitation: Invitation) -> ReadText:
    fields = invitation.fields
    return ReadText(
        pages=tuple(ReadPage(p.location, p.text) for p in invitation.pages),
        subject=invitation.message.subject,
        sender=invitation.message.sender.address,
        message_kind=fields.message_kind.value,
        police_tick=fields.police_tick.value,
        reason=fields.reason,
        harm_categories=tuple(fields.harm_categories),
        harm_inferred=tuple(fields.harm_inferred),
        chair=fields.chair,
        social_worker=fields.social_worker,
        strategy_discussion_date=fields.strategy_discussion_date,
        children=tuple(_person(p) for p in fields.children),
        adults=tuple(_person(p) for p in fields.adults),
        unread_labels=tuple(fields.unread_labels),
    )


def store_read_text(
    conn: Connection,
    text: ReadText,
    *,
    occurrence_id: str,
    sha256: str,
    sealer: Sealer,
    now: dt.datetime,
) -> None:
    """Keep `text` for this message on this occurrence (once: a refiling keeps the first)."""
    exists = conn.execute(
        select(read_texts.c.sha256).where(
            read_texts.c.occurrence_id == occurrence_id, read_texts.c.sha256 == sha256
        )
    ).first()
    if exists is not None:
        return
    sealed = sealer.seal_json(_to_json(text), where=_where(occurrence_id, sha256))
    conn.execute(
        insert(read_texts).values(
            occurrence_id=occurrence_id, sha256=sha256, text_enc=sealed, created_at=now
        )
    )


def load_read_text(
    conn: Connection, *, occurrence_id: str, sha256: str, sealer: Sealer
) -> ReadText | None:
    """The text kept at filing, or None for a message filed before it was kept."""
    blob = conn.execute(
        select(read_texts.c.text_enc).where(
            read_texts.c.occurrence_id == occurrence_id, read_texts.c.sha256 == sha256
        )
    ).scalar()
    if blob is None:
        return None
    return _from_json(sealer.open_json(bytes(blob), where=_where(occurrence_id, sha256)))


def _where(occurrence_id: str, sha256: str) -> str:
    """The AAD: a sealed text copied to another row does not open (`tasks.sealing`)."""
    return f"read_texts.text_enc:{occurrence_id}:{sha256}"


def _person(person: Person) -> ReadPerson:
    return ReadPerson(person.name, person.date_of_birth, person.relationship, person.expected)


def _to_json(text: ReadText) -> dict[str, Any]:
    def person(p: ReadPerson) -> dict[str, Any]:
        born = p.date_of_birth.isoformat() if p.date_of_birth else None
        return {"name": p.name, "born": born, "rel": p.relationship, "expected": p.expected}

    return {
        "pages": [[p.location, p.text] for p in text.pages],
        "subject": text.subject,
        "sender": text.sender,
        "message_kind": text.message_kind,
        "police_tick": text.police_tick,
        "reason": text.reason,
        "harm": list(text.harm_categories),
        "harm_inferred": [[category, quote] for category, quote in text.harm_inferred],
        "chair": text.chair,
        "social_worker": text.social_worker,
        "strategy": text.strategy_discussion_date.isoformat()
        if text.strategy_discussion_date
        else None,
        "children": [person(p) for p in text.children],
        "adults": [person(p) for p in text.adults],
        "unread": [[label, value] for label, value in text.unread_labels],
    }


def _from_json(data: dict[str, Any]) -> ReadText:
    def person(p: dict[str, Any]) -> ReadPerson:
        born = dt.date.fromisoformat(p["born"]) if p.get("born") else None
        return ReadPerson(p["name"], born, p.get("rel"), bool(p.get("expected")))

    return ReadText(
        pages=tuple(ReadPage(location, text) for location, text in data["pages"]),
        subject=data.get("subject"),
        sender=data.get("sender"),
        message_kind=data.get("message_kind", "unknown"),
        police_tick=data.get("police_tick", "not_found"),
        reason=data.get("reason"),
        harm_categories=tuple(data.get("harm", ())),
        harm_inferred=tuple((c, q) for c, q in data.get("harm_inferred", ())),
        chair=data.get("chair"),
        social_worker=data.get("social_worker"),
        strategy_discussion_date=dt.date.fromisoformat(data["strategy"])
        if data.get("strategy")
        else None,
        children=tuple(person(p) for p in data.get("children", ())),
        adults=tuple(person(p) for p in data.get("adults", ())),
        unread_labels=tuple((label, value) for label, value in data.get("unread", ())),
    )
