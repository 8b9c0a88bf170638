"""Invented people, places and references (no real person is meant).

Common Yorkshire forenames and surnames, with double-barrelled names and apostrophes so the
name readers meet "O'Neill" and "Lloyd-Jones" as they will in real mail.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

GIRLS = (
    "Amelia", "Olivia", "Isla", "Ava", "Freya", "Lily", "Poppy", "Esme", "Harper", "Evie",
    "Ruby", "Maisie", "Aisha", "Zara", "Maryam", "Alicja", "Lola", "Millie", "Niamh", "Ellie-Mae",
    "Grace", "Sophia", "Hafsa", "Skye", "Darcie",
)  # fmt: skip
BOYS = (
    "Oliver", "Jack", "Harry", "Noah", "Leo", "Alfie", "Charlie", "Jaxon", "Mason", "Archie",
    "Ibrahim", "Yusuf", "Musa", "Kacper", "Riley", "Tyler", "Kai", "Jayden", "Oscar", "Reggie",
    "Theo", "Callum", "Rhys", "Ethan", "Finley",
)  # fmt: skip
WOMEN = (
    "Sharon", "Kirsty", "Chelsea", "Lauren", "Gemma", "Michelle", "Tracey", "Shazia", "Agnieszka",
    "Bernadette", "Danielle", "Jade", "Leanne", "Samantha", "Stacey", "Nadia", "Rebecca", "Amy",
    "Kelly", "Saima", "Joanne", "Natalie",
)  # fmt: skip
MEN = (
    "Stuart", "Kyle", "Ryan", "Dean", "Adam", "Brandon", "Craig", "Lee", "Wayne", "Imran",
    "Shane", "Darren", "Jamie", "Liam", "Tomasz", "Gary", "Jordan", "Scott", "Bilal", "Connor",
)  # fmt: skip
SURNAMES = (
    "Wormald", "Hinchliffe", "Naylor", "Brear", "Dyson", "Rowley", "Mellor", "Thewlis", "Ackroyd",
    "Sutcliffe", "Haigh", "Hussain", "Patel", "Akhtar", "Kaur", "Murphy", "O'Neill", "O'Brien",
    "Lloyd-Jones", "Firth", "Priestley", "Barraclough", "Oldroyd", "Greenwood", "Pickles",
    "Holroyd", "Wadsworth", "Crowther", "Lumb", "Kowalski", "Iqbal", "Shaw", "Broadbent",
    "Hirst", "Ramsden", "Stead", "Ackroyd-Smith", "Dobson", "Pearson", "D'Souza", "Fitzgerald",
    "Mahmood", "Nowak", "Heaton-Brook",
)  # fmt: skip
STAFF_FIRST = (
    "Gillian", "Simon", "Andrew", "Helen", "David", "Karen", "Marcus", "Imogen", "Yvonne",
    "Graham", "Rachel", "Owen", "Farhana", "Nadia", "Philippa", "Elaine", "Trevor", "Julie",
    "Claire", "Ruth", "Bethan", "Richard", "Sarah", "Paul", "Anita", "Martin", "Joanne",
)  # fmt: skip
STAFF_LAST = (
    "Ingham", "Outhwaite", "Emmott", "Heaton", "Ogden", "Pollard", "Jowett", "Riley", "Norcliffe",
    "Calvert", "Fawcett", "Ellison", "Bramley", "Tetley", "Moorhouse", "Goodall", "Binns",
    "Varley", "Gaunt", "Dobson", "Stansfield", "Ashworth", "Wilby", "Nuttall", "Lumb", "Whiteley",
)  # fmt: skip
SCHOOLS = (
    "Moorside Academy", "Springhill Academy", "Low Moor Primary", "Hollybank Primary",
    "Ashgrove Primary School", "Castlegate Academy", "Oakwood Community Primary",
    "Sandal Rise Academy", "St Mary's RC Primary", "Calder High School", "Parkside Nursery",
    "Holme Valley Primary", "Thornhill Academy", "Beckfoot Upper Heaton",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Member:
    """A child or adult named in an invitation."""

    name: str
    relationship: str
    dob: date | None
    gender: str
    setting: str = ""
    expected: date | None = None  # expected date of delivery for an unborn child


@dataclass(frozen=True, slots=True)
class Family:
    surname: str
    children: tuple[Member, ...]
    adults: tuple[Member, ...]

    @property
    def mother(self) -> Member:
        return self.adults[0]

    @property
    def man(self) -> Member:
        """The male adult the concerns are about (father, stepfather or partner)."""
        return self.adults[1]

    @property
    def child(self) -> Member:
        return self.children[0]


def _dob(rng: random.Random, on: date, low: int, high: int) -> date:
    return on - timedelta(days=rng.randint(low * 365 + 30, high * 365 + 300))


def _child(rng: random.Random, surname: str, on: date, low: int, high: int) -> Member:
    girl = rng.random() < 0.5
    name = rng.choice(GIRLS if girl else BOYS)
    setting = rng.choice(SCHOOLS) if high > 3 else rng.choice(("N/A", "Parkside Nursery"))
    return Member(
        f"{name} {surname}",
        "Child",
        _dob(rng, on, low, high),
        "Female" if girl else "Male",
        setting,
    )


def make_family(rng: random.Random, *, on: date, pre_birth: bool, teen: bool) -> Family:
    """Children (an unborn baby with an EDD when `pre_birth`), the mother and a male adult."""
    surname = rng.choice(SURNAMES)
    children: list[Member] = []
    if pre_birth:
        edd = on + timedelta(days=rng.randint(40, 120))
        children.append(Member(f"Baby {surname}", "Unborn", None, "Unknown", "N/A", edd))
        if rng.random() < 0.4:
            children.append(_child(rng, surname, on, 2, 9))
    else:
        low, high = (12, 16) if teen else (0, 14)
        children.append(_child(rng, surname, on, low, high))
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            children.append(_child(rng, surname, on, 0, 14))
    oldest = min((c.dob for c in children if c.dob), default=on)
    youngest = (on - oldest).days // 365
    mother_age = (youngest + 19, youngest + 32)
    mother = Member(
        f"{rng.choice(WOMEN)} {surname}", "Mother", _dob(rng, on, *mother_age), "Female"
    )
    role = rng.choice(("Father", "Stepfather", "Mother's partner", "Father"))
    last = surname if role == "Father" else rng.choice(SURNAMES)
    man_age = (mother_age[0], mother_age[1] + 8)
    man = Member(f"{rng.choice(MEN)} {last}", role, _dob(rng, on, *man_age), "Male")
    adults = [mother, man]
    if rng.random() < 0.15:
        gran = f"{rng.choice(WOMEN)} {rng.choice(SURNAMES)}"
        adults.append(Member(gran, "Maternal grandmother", _dob(rng, on, 45, 65), "Female"))
    return Family(surname, tuple(children), tuple(adults))


def staff(rng: random.Random) -> str:
    return f"{rng.choice(STAFF_FIRST)} {rng.choice(STAFF_LAST)}"


def title_of(member: Member) -> str:
    """ "Ms Wormald" / "Mr Thewlis" as a report writes it."""
    surname = member.name.split(" ", 1)[1]
    return f"{'Ms' if member.gender == 'Female' else 'Mr'} {surname}"


def first_name(member: Member) -> str:
    return member.name.split(" ", 1)[0]
