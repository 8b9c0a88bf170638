"""The words of one booking form, before any layout: every renderer draws the same `Form`.

Keeping the words apart from the layout is what makes `source_texts` complete: the label lists
`texts(form)` and each renderer adds only its own fixed strings.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from cpc_demo.dates import uk_date, uk_time
from cpc_demo.people import Member, first_name, staff, title_of
from cpc_demo.phrasing import AFFIRM, REASONS, UNTICKED_LIST
from cpc_demo.scenarios import Scenario

ORGS = {
    "wakefield": ("Wakefield Council - Children and Young People's Service - Safeguarding and "
                  "Review Unit", "CareDirector ID", "CD"),
    "leeds": ("Leeds City Council - Children and Families - Integrated Safeguarding Unit",
              "Mosaic ID", "MOS"),
    "calderdale": ("Calderdale Council - Children and Young People's Services - Child "
                   "Protection Administration", "LCS number", "LCS"),
    "kirklees": ("Kirklees Council - Children's Services - Safeguarding and Quality Assurance",
                 "Liquidlogic ID", "LL"),
    "bradford": ("City of Bradford MDC - Children's Services - Conference and Review Team",
                 "Case number", "BCS"),
}  # fmt: skip
VENUES = {
    "wakefield": ("Wakefield One, Burton Street, Wakefield", "Microsoft Teams"),
    "leeds": ("Virtual - Microsoft Teams", "Merrion House, Leeds (hybrid)"),
    "calderdale": ("Hybrid - Northgate House and MS Teams", "MS Teams"),
    "kirklees": ("Civic Centre 1, Huddersfield", "Microsoft Teams"),
    "bradford": ("Britannia House, Bradford", "Microsoft Teams (virtual)"),
}
KIND_NAMES = {
    ("initial", False): ("Initial Child Protection Conference", "ICPC", "Initial CPC"),
    ("review", False): ("Review Child Protection Conference", "RCPC", "Review CPC"),
    ("transfer_in", False): ("Transfer In Child Protection Conference", "Transfer In CPC",
                             "Transfer-in Conference"),
    ("initial", True): ("Pre-birth Initial Child Protection Conference", "Pre-Birth ICPC"),
    ("review", True): ("Pre-birth Review Child Protection Conference", "Pre-Birth RCPC"),
}  # fmt: skip
STRENGTHS = (
    "{mother} has engaged with the social worker and agreed a safety plan.",
    "The children are well presented and attend school regularly.",
    "The maternal grandmother is supportive and lives nearby.",
    "{mother} acted protectively once concerns were raised.",
)
FILLER = {
    "neglect": "The home conditions have been poor on three visits and health appointments "
    "have been missed.",
    "emotional": "The children have witnessed frequent arguments between the adults.",
    "physical": "{child} was seen by the paediatrician, who found bruising that needs explaining.",
    "sexual": "{child} has shown sexualised behaviour at school.",
}
TICK_WORDS = (
    ("West Yorkshire Police (please tick one):", "Police attendance required",
     "Written report sufficient"),
    ("Police involvement", "Attendance at conference required",
     "Written report only"),
    ("Police (tick as appropriate)", "Police to attend conference",
     "Police report sufficient"),
)  # fmt: skip


@dataclass
class Form:
    marking: str | None
    title: str
    org: str
    details: list[tuple[str, str]]
    children_head: tuple[str, ...]
    children: list[tuple[str, ...]]
    adults_head: tuple[str, ...]
    adults: list[tuple[str, ...]]
    tick: str
    tick_words: tuple[str, str, str]
    risk_list: bool
    sections: list[tuple[str, list[str]]]
    completed: list[tuple[str, str]]
    notice: str | None = None
    kind_name: str = ""
    date_text: str = ""
    time_text: str = ""
    extra: list[str] = field(default_factory=list)


def fill(text: str, s: Scenario, rng: random.Random) -> str:
    fam = s.family
    recent = s.received_day.toordinal() - rng.randint(3, 12)
    from datetime import date

    return text.format(
        child=first_name(fam.child) if fam.child.dob else first_name(fam.children[-1]),
        mother=title_of(fam.mother), man=title_of(fam.man),
        date=f"{date.fromordinal(recent):%d/%m/%Y}", officer=staff(rng),
        year=rng.randint(2015, 2023),
    )  # fmt: skip


def _dob(member: Member) -> str:
    if member.expected is not None:
        return f"EDD {member.expected:%d/%m/%Y}"
    return f"{member.dob:%d/%m/%Y}" if member.dob else ""


def _reason(s: Scenario, rng: random.Random) -> str:
    if s.kind == "review":
        return "Review of the child protection plan made at the last conference."
    if s.pre_birth:
        return f"Pre-birth assessment - {title_of(s.family.mother)} is expecting a baby."
    crits = [c for c, _ in s.affirmed]
    line = REASONS[crits[0]][1] if crits else {
        "neglect": "Neglect - poor home conditions and missed health appointments.",
        "emotional": "Emotional harm - ongoing parental conflict and alcohol use.",
        "physical": "Physical abuse - unexplained bruising.",
        "sexual": "Sexual abuse - concerns about sexualised behaviour.",
    }[s.harm[0]]  # fmt: skip
    if s.kind == "transfer_in":
        line = f"Transfer in - the family moved here from North Yorkshire. {line}"
    return line


def worries(s: Scenario, rng: random.Random) -> list[str]:
    """The free-text paragraphs: filler, each affirmation, each trap, in a shuffled order."""
    sentences = [fill(AFFIRM[c][i], s, rng) for c, i in s.affirmed]
    sentences += [fill(t.text, s, rng) for t in s.traps]
    rng.shuffle(sentences)
    first = fill(FILLER[s.harm[0]], s, rng)
    paragraphs = [first + " " + sentences[0] if sentences else first]
    paragraphs += sentences[1:]
    return paragraphs


def build(s: Scenario, rng: random.Random) -> Form:
    org, ref_label, prefix = ORGS[s.district]
    kind_name = rng.choice(KIND_NAMES[(s.kind, s.pre_birth)])
    date_text = uk_date(s.conference.date(), rng.randrange(7))
    time_text = uk_time(s.conference.time(), rng.randrange(6))
    details = [
        ("Type of conference", kind_name), ("Date of conference", date_text),
        ("Time", time_text), ("Venue", rng.choice(VENUES[s.district])),
        (ref_label, f"{prefix}{rng.randint(100000, 999999)}"), ("Conference Chair", staff(rng)),
        ("Allocated social worker", staff(rng)),
        ("Category of concern", " and ".join(h.capitalize() for h in s.harm)),
    ]  # fmt: skip
    kids: list[tuple[str, ...]] = [
        (c.name, _dob(c), c.gender, c.setting or "N/A") for c in s.family.children
    ]
    adults: list[tuple[str, ...]] = [(a.name, a.relationship, _dob(a)) for a in s.family.adults]
    progress = "Progress since the last conference" if s.kind == "review" else None
    sections = [
        ("Reason for conference", [_reason(s, rng)]),
        (progress or "What are we worried about?", worries(s, rng)),
        ("What's working well?", [fill(rng.choice(STRENGTHS), s, rng)]),
    ]
    marking = rng.choice(("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE", "OFFICIAL", None))
    return Form(
        marking=marking, title=rng.choice(("CHILD PROTECTION CONFERENCE BOOKING FORM",
                                           "Request for Child Protection Conference",
                                           "Child Protection Conference Notification")),
        org=org, details=details,
        children_head=("Name", "Date of birth", "Gender", "School / setting"), children=kids,
        adults_head=("Name", "Relationship", "Date of birth"), adults=adults,
        tick=s.tick, tick_words=rng.choice(TICK_WORDS), risk_list=s.unticked_list,
        sections=sections,
        completed=[("Completed by", details[6][1]),
                   ("Date completed", f"{s.received_day:%d/%m/%Y}")],
        kind_name=kind_name, date_text=date_text, time_text=time_text,
    )  # fmt: skip


def texts(form: Form) -> list[str]:
    """Every string the form carries, for `source_texts`."""
    out = [t for t in (form.marking, form.title, form.org, form.notice) if t]
    for label, value in form.details + form.completed:
        out += [label, value, f"{label}: {value}"]
    out += list(form.children_head) + list(form.adults_head)
    for row in form.children + form.adults:
        out += [*row, " ".join(row)]
    out += list(form.tick_words)
    if form.risk_list:
        out += ["Known risk factors (tick all that apply)", *UNTICKED_LIST]
    for heading, paragraphs in form.sections:
        out += [heading, *paragraphs]
    return out + form.extra
