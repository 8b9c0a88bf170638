"""Which occurrence a new message is about, by natural keys only (STYLE.md: stages refer to rows
by natural keys).

Two keys identify the family (DOMAIN.md §4.2): the district with the council's own reference
(LCS / case number), or the subject children — name key plus date of birth where both sides
know it. A conference is that family plus its date. Pure functions over records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from parsers.records import BookingFields, ConferenceKind, Person
from tasks.names import name_key, reference_key
from tasks.records import Nominal, Occurrence, OccurrenceStatus


def same_family(occurrence: Occurrence, fields: BookingFields, *, district: str | None) -> bool:
    """True when the message names the occurrence's council reference or one of its children."""
    if _same_reference(occurrence, fields.local_reference, district=district):
        return True
    if district and occurrence.district and district != occurrence.district:
        return False
    return _share_a_child(occurrence.children, fields.children)


def same_conference(occurrence: Occurrence, fields: BookingFields, *, district: str | None) -> bool:
    """True when the message is about the same family's conference on the same date."""
    if fields.date is None or occurrence.date != fields.date:
        return False
    if not _kinds_agree(occurrence.kind, fields.kind):
        return False
    return same_family(occurrence, fields, district=district)


def live(occurrences: Iterable[Occurrence]) -> list[Occurrence]:
    """Occurrences a new message may still change (closed ones are settled police records)."""
    return [o for o in occurrences if o.status is not OccurrenceStatus.CLOSED]


def narrow_by_date(
    candidates: Sequence[Occurrence], dates: Iterable[date | None]
) -> list[Occurrence]:
    """Keep the candidates on one of `dates`; with no date known, keep them all."""
    wanted = {d for d in dates if d is not None}
    if not wanted:
        return list(candidates)
    return [o for o in candidates if o.date in wanted]


def _same_reference(occurrence: Occurrence, reference: str | None, *, district: str | None) -> bool:
    if not reference or not occurrence.local_reference or not district:
        return False
    return occurrence.district == district and reference_key(
        occurrence.local_reference
    ) == reference_key(reference)


def _share_a_child(known: Sequence[Nominal], named: Sequence[Person]) -> bool:
    for person in named:
        for child in known:
            if name_key(person.name) != name_key(child.name):
                continue
            both_dated = person.date_of_birth is not None and child.date_of_birth is not None
            if not both_dated or person.date_of_birth == child.date_of_birth:
                return True
    return False


def _kinds_agree(a: ConferenceKind | None, b: ConferenceKind | None) -> bool:
    return a is None or b is None or a == b
