"""Whether a person read from a form goes to the children or to the adults of the conference.

Split from `parsers.fields_people` so the rule has one home: every reader of people (table rows,
label cells, rows under relationship columns) asks it. A relationship word decides (a mother is
an adult), then the section heading, then the age at the `reference` date (under 18 is a child)
— with the exceptions the corpus taught, each documented beside its constant.
"""

from __future__ import annotations

from datetime import date

from parsers.label_meaning import MIXED, kin_label, relationship_side
from parsers.labels import ADULT_RELATIONSHIPS, CHILD_RELATIONSHIPS, fold
from parsers.records import Person


def counts_as_child(person: Person, *, section: str | None, reference: date | None) -> bool:
    """Whether `person` is one of the conference's children; `section` is the heading it was
    listed under ("child", "adult", `MIXED`, or None)."""
    if person.expected:
        return True
    age = _years(person.date_of_birth, reference) if person.date_of_birth and reference else None
    if age is not None and section == "child" and 18 <= age < _YOUNG_ADULT_UNTIL:
        age = None  # the eldest of a sibling group just turned 18, listed with the others
    if age is not None and (age >= 18 or 0 <= age < _NO_PARENT_UNDER):
        # a conference is about children: a grandmother born 1968 in the family grid under
        # "Children and young people" is an adult, and a child of 6 is a child whatever a
        # "Lives with: Mother …" column says (issue 11, set h); a mother of 17 is a parent
        return age < 18
    if person.relationship:
        folded = fold(person.relationship)
        if folded in ADULT_RELATIONSHIPS:
            return False
        if folded in CHILD_RELATIONSHIPS:
            return True
        side = relationship_side(folded) or kin_label(folded)  # "(grandmother, carer …)"
        if side is not None:
            return side == "child"
    if section is not None and section != MIXED:
        return section == "child"
    if person.date_of_birth and reference:
        return _years(person.date_of_birth, reference) < 18
    return False


#: Below this age a person is a child whatever relationship word stands beside them.
_NO_PARENT_UNDER = 12


#: Under this age a person the form lists under its children's heading stays a child unless a
#: relationship word says otherwise: the eldest of a sibling group who has just turned 18 is
#: still one of "the children" of the family (set l, l-59-06: Connor, 18 years and 11 days,
#: first of six under "Child(ren)"), while a grandmother in the children's grid is an adult by
#: her age (issue 11, set h). 21 is where the Children Act 1989 s23C support of a young person
#: leaving care ends: past it, no form means a child.
_YOUNG_ADULT_UNTIL = 21


def _years(born: date, on: date) -> float:
    return (on - born).days / 365.25
