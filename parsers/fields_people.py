"""The children and the adults of the family, from tables, lists and sentences on a form.

Leeds `001 §5.5–5.6` / Wakefield `000 §7.2`: the invitation must give full details of every
child and family member — the police need them to run checks. Forms give them as tables
("Name / Date of birth / Gender / School", "Name / Relationship / Date of birth"), as lists
("1. Jaxon Dyson  DOB: 11/11/2023", "- Chelsea Dyson (Mother), DOB 11/08/2002"), or in a line
("Child: Lola Rowley (d.o.b. 03/10/2012)", "Unborn baby Smith EDD 14/02/2027").

This module gathers the family over an email's pages: which pages count (the booking form
before the body, another family's form left out), one person seen twice kept once, the unborn
baby's mother an adult, the staff the message names taken out. The reading is in smaller
modules: one page's lines (`parsers.people_page`) with its headings and header rows
(`parsers.people_headings`), lines put back together (`parsers.people_joins`), several people
in one cell cut apart (`parsers.people_split`), one person (`parsers.person_cell`), child or
adult (`parsers.child_or_adult`), and sentences (`parsers.people_prose`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from parsers.fields_conference import looks_like_form, page_rank
from parsers.letter_people import addressed_family
from parsers.lower_case import with_names_capitalised
from parsers.people_page import page_people
from parsers.people_prose import birth_dates, prose_people, unborn_of, unborn_parents
from parsers.person_names import is_name, split_name
from parsers.records import Page, Person


@dataclass(frozen=True, slots=True)
class Family:
    children: tuple[Person, ...]
    adults: tuple[Person, ...]


def read_people(pages: Sequence[Page], *, reference: date | None) -> Family:
    """Children and adults of the first pages that list any, attachments before bodies."""
    ordered = sorted(pages, key=page_rank)  # booking forms, other attachments, then bodies
    children: list[Person] = []
    adults: list[Person] = []
    sides: dict[str, set[bool]] = {}  # per document, whether it gave children / adults
    for page in ordered:
        other_document = not page.is_body and any(
            len(seen) == 2 and doc != page.document for doc, seen in sides.items()
        )
        if other_document and not looks_like_form(page):
            continue  # another attachment (a sibling's old minutes, an agenda) once one
            # document gave the family: the booking form is the council's record (set h)
        page = with_names_capitalised(page)  # a phone's note typed all in lower case
        found = page_people(page, reference=reference) + prose_people(page, reference=reference)
        if other_document and not _same_family(found, children):
            continue  # another family's form (a case sent in error beside this one)
        # else one booking form a child, the family's other children on forms of their own
        # (set o: "one form per child" in a zip)
        for person, is_child in found:
            target = children if is_child else adults
            if not any(_same(p, person) for p in children + adults):
                target.append(person)
            elif _unsaid(children + adults, person):  # first read with nothing to tell
                # child from adult ("Kian Doyle, who is 2" in a sentence the lines reader cut);
                # a kin word this mention gives decides (set C, layout 141)
                children[:] = [p for p in children if not _same(p, person)]
                adults[:] = [p for p in adults if not _same(p, person)]
                target.append(person)
            else:  # seen before: a birth date only this mention gives is kept (set m, 64-05)
                _add_birth_date(children, person)
                _add_birth_date(adults, person)
        if not page.is_body:
            sides.setdefault(page.document, set()).update(c for _, c in found)
    for page in ordered:  # a letter to a parent names them only as its addressee (set v)
        adults += [
            person
            for person in addressed_family(page)
            if not any(_same(p, person) for p in children + adults)
        ]
    parents = {_key(n) for page in ordered for n in unborn_parents(page)}
    if parents:  # the unborn baby's mother is an adult of the conference, whatever her age
        adults += [c for c in children if _key(c.name) in parents and c not in adults]
        children = [c for c in children if _key(c.name) not in parents]
    if not children:  # a cancellation or a short note names the children only in prose
        children = [Person(name) for page in pages if page.is_body for name in _named(page)]
    if not any(c.expected for c in children):  # a memo about an unborn child names it after
        # its mother; a family told in sentences names it beside its born sibling ("expecting
        # her second baby, recorded as Unborn Firth, due on …"; set C, layout 141)
        names: dict[str, str] = {}
        for page in ordered:
            for name in unborn_of(page):
                kept = names.setdefault(_key(name), name)  # "Chloe HAIGH" in a heading is
                if sum(map(str.isupper, name)) < sum(map(str.isupper, kept)):  # Chloe Haigh
                    names[_key(name)] = name
        children += [Person(n, expected=True) for n in names.values()]
    children = _subjects_only(children)
    return Family(tuple(_born_by_name(children, ordered, reference)), tuple(adults))


def _unsaid(people: list[Person], seen_again: Person) -> bool:
    """Whether `seen_again` says what they are (a relationship) where the first reading of the
    same person said neither that nor a birth date: child or adult was then a default."""
    if seen_again.relationship is None:
        return False
    return any(
        _same(p, seen_again) and p.relationship is None and p.date_of_birth is None for p in people
    )


def _add_birth_date(people: list[Person], seen_again: Person) -> None:
    """The birth date of `seen_again` given to the same person listed without one."""
    if seen_again.date_of_birth is None:
        return
    for i, person in enumerate(people):
        if person.date_of_birth is None and _same(person, seen_again):
            people[i] = replace(person, date_of_birth=seen_again.date_of_birth)
            return


#: A relationship cell that names the conference's subject: "Subject child", "Subject".
_SUBJECT = re.compile(r"\bsubject\b", re.IGNORECASE)
#: A brother or sister of the subject, of whatever kind ("Step-sister", "half brother").
_SIBLING = re.compile(r"(?:sister|brother|sibling)s?\b", re.IGNORECASE)


def _subjects_only(children: list[Person]) -> list[Person]:
    """When the form marks its subjects ("Subject child" in the relationship column), a young
    sibling it lists with another relationship ("Step-sister (Mr Pollard's daughter)", living
    with her mother) is household context, not a child of this conference (issue 11, set k).
    Without such marks every child listed stays."""
    if not any(c.relationship and _SUBJECT.search(c.relationship) for c in children):
        return children
    return [
        c
        for c in children
        if c.relationship is None
        or _SUBJECT.search(c.relationship)
        or not _SIBLING.search(c.relationship)
    ]


def _born_by_name(
    children: list[Person], pages: Sequence[Page], reference: date | None
) -> list[Person]:
    """Children without a birth date given one where a sentence gives it by first name."""
    given = [c.name.split()[0] for c in children if c.date_of_birth is None and not c.expected]
    if not given or len(set(given)) != len(given):
        return children
    found: dict[str, date] = {}
    for page in pages:
        for name, born in birth_dates(page, given, reference=reference).items():
            found.setdefault(name, born)
    return [
        replace(c, date_of_birth=found.get(c.name.split()[0])) if c.date_of_birth is None else c
        for c in children
    ]


def _same_family(found: list[tuple[Person, bool]], children: list[Person]) -> bool:
    """Whether a second booking form's children share a surname with those already read."""
    surnames = {_key(c.name.split()[-1]) for c in children if c.name.split()}
    return any(
        is_child and person.name.split() and _key(person.name.split()[-1]) in surnames
        for person, is_child in found
    )


def without_staff(family: Family, staff: Sequence[str | None]) -> Family:
    """The family less anyone who is a professional the message names elsewhere: its
    sender, the social worker or the chair (a signature under a table of adults, a sender's
    name in a reply; issue 11, set g). A child goes too when no date of birth was read with
    the name (a minute-taker's signature under the family's table, set k). `staff` holds raw
    values; the name is read from each."""
    keys = {_key(name) for value in staff if value for name in [split_name(value)[0]] if name}
    if not keys:
        return family
    children = tuple(
        c for c in family.children if c.date_of_birth is not None or _key(c.name) not in keys
    )
    return Family(children, tuple(a for a in family.adults if _key(a.name) not in keys))


_NAMED = re.compile(
    r"\b(?i:conference|ICPC|RCPC|CPC|meeting)\s+(?i:for|regarding|concerning|about|in\s+respect\s+of)"
    r"\s+(?P<names>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)+(?:\s*(?:,|and|&)\s*[A-Z][\w'’\-]+"
    r"(?:\s+[A-Z][\w'’\-]+)+)*)"
)


def _named(page: Page) -> list[str]:
    """'The Initial Child Protection Conference for Reggie Nowak on …': the names, in order."""
    found = _NAMED.search(page.text)
    if found is None:
        return []
    names = [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", found["names"])]
    return [n for n in dict.fromkeys(names) if is_name(n.split())]


def _same(one: Person, other: Person) -> bool:
    """One person seen twice (form and body): the same name, and no two different birth dates
    (two children of one name, born apart, are two children)."""
    if one.expected and other.expected:  # "Unborn baby of Courtney Haigh" in a letter's
        # heading and "Unborn baby Haigh" on the form: one unborn child, unless due apart
        return (
            one.date_of_birth is None
            or other.date_of_birth is None
            or one.date_of_birth == other.date_of_birth
        )
    if _key(one.name) != _key(other.name):
        return False
    return (
        one.date_of_birth is None
        or other.date_of_birth is None
        or (one.date_of_birth == other.date_of_birth)
    )


def _key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.casefold())
