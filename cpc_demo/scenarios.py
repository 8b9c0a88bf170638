"""What each generated email is: chosen first, then written, then labelled.

A `Scenario` fixes everything the label depends on (district, sender, kind, dates, tick box,
the criteria the text affirms and the traps it contains, the format). `plan()` walks fixed
cycles for the things the corpus must cover (every criterion, every trap, every format, every
kind of non-invitation) and draws the rest from the seeded generator, so a seed always gives the
same emails and 160 emails always cover everything.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from cpc_demo.people import Family, make_family
from cpc_demo.phrasing import AFFIRM, TRAP_CATEGORIES, TRAPS, Trap
from cpc_demo.workdays import is_working_day, working_days_after

LONDON = ZoneInfo("Europe/London")
DISTRICTS = ("wakefield", "leeds", "calderdale", "kirklees", "bradford")
NOT_INVITATIONS = ("minutes", "cp_plan", "chair_letter", "report_request", "reply", "portal")
FORMATS = (
    "text_colon", "text_lines", "text_numbered", "html_alt", "html_only", "pdf_acroform",
    "pdf_glyph", "pdf_drawn", "pdf_circled", "pdf_scanned", "docx_content_control",
    "docx_legacy", "docx_glyph",
)  # fmt: skip
BENCH_FORMATS = tuple(f for f in FORMATS if f.startswith(("pdf_", "docx_")) and f != "pdf_scanned")
CRITERIA = tuple(AFFIRM)
UNVERIFIED = ("lookalike_dash", "lookalike_suffix", "dmarc_fail")
TIMES = (time(9), time(9, 30), time(10), time(10, 30), time(11), time(13), time(13, 30),
         time(14), time(14, 30), time(15))  # fmt: skip
LIST_FORMATS = ("text_colon", "text_lines", "html_alt", "html_only", "pdf_glyph", "docx_glyph")


@dataclass(frozen=True, slots=True)
class Scenario:
    index: int
    message: str  # invitation, reschedule, cancellation or one of NOT_INVITATIONS
    district: str
    sender: str  # ok, cjsm or one of UNVERIFIED
    kind: str  # initial, review, transfer_in
    pre_birth: bool
    conference: datetime  # Europe/London wall time
    received: datetime  # UTC, the newest Received: header
    tick: str  # required, report, both, neither, absent
    affirmed: tuple[tuple[str, int], ...]  # (criterion, wording index)
    traps: tuple[Trap, ...]
    unticked_list: bool
    fmt: str
    wrapper: str  # none, rfc822, inline
    encoding: str  # qp, base64, latin1, 7bit
    family: Family
    harm: tuple[str, ...]
    old_conference: datetime | None = None
    tags: tuple[str, ...] = field(default=())

    @property
    def sender_verified(self) -> bool:
        return self.sender in ("ok", "cjsm")

    @property
    def criteria(self) -> tuple[str, ...]:
        found = {c for c, _ in self.affirmed}
        for trap in self.traps:
            found |= trap.affirms
        return tuple(c for c in CRITERIA if c in found)

    @property
    def received_day(self) -> date:
        return self.received.astimezone(LONDON).date()

    @property
    def has_form(self) -> bool:
        return self.message in ("invitation", "reschedule")


class Cycles:
    """Round-robin pointers so every criterion, trap and format comes up in turn."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def next(self, name: str, size: int) -> int:
        value = self.counts.get(name, 0)
        self.counts[name] = value + 1
        return value % size


def _message(index: int, mix: str, cycles: Cycles) -> tuple[str, str]:
    """(message kind, sender kind) from the slot the index falls in."""
    slot = index % 20
    if mix == "bench":
        return ("reschedule" if slot == 13 else "invitation", "ok")
    if slot == 0:
        return (NOT_INVITATIONS[cycles.next("notinv", 5)], "ok")
    if slot == 7:
        return (("portal", "cancellation")[cycles.next("p/c", 2)], "ok")
    if slot == 13:
        return ("reschedule", "ok")
    if slot == 17:
        return ("invitation", UNVERIFIED[cycles.next("unverified", 3)])
    return ("invitation", "cjsm" if index % 9 == 4 else "ok")


def _criteria(rng: random.Random, cycles: Cycles) -> list[str]:
    draw = rng.random()
    count = 0 if draw < 0.22 else (2 if draw > 0.9 else 1)
    chosen: list[str] = []
    for _ in range(count):
        crit = CRITERIA[cycles.next("criterion", len(CRITERIA))]
        if crit not in chosen and len(chosen) < 2:
            chosen.append(crit)
    if "core_group_member" in chosen and {
        "negotiated_attendance",
        "previous_investigation_escalation",
    } & set(chosen):
        chosen = ["core_group_member"]  # fmt: skip
    return chosen


def _kind(rng: random.Random, chosen: list[str]) -> tuple[str, bool]:
    if "core_group_member" in chosen:
        return ("review", rng.random() < 0.15)
    if {"negotiated_attendance", "previous_investigation_escalation"} & set(chosen):
        return (rng.choice(("initial", "initial", "transfer_in")), False)
    draw = rng.random()
    if draw < 0.55:
        return ("initial", False)
    if draw < 0.78:
        return ("review", False)
    if draw < 0.9:
        return ("transfer_in", False)
    pre = "child_sexual_exploitation" not in chosen
    return ("initial" if draw < 0.96 else "review", pre)


def _traps(rng: random.Random, cycles: Cycles, *, chosen: list[str], pre_birth: bool,
           fmt: str) -> tuple[list[Trap], bool]:  # fmt: skip
    """Up to two traps that do not contradict what the email affirms."""
    traps: list[Trap] = []
    unticked = False
    affirmed = set(chosen)
    for _ in range(rng.choice((0, 1, 1, 2, 2))):
        category = TRAP_CATEGORIES[cycles.next("trapcat", len(TRAP_CATEGORIES))]
        if category == "unticked_list":
            unticked = unticked or fmt in LIST_FORMATS
            continue
        options = [t for t in TRAPS if t.category == category]
        trap = options[cycles.next("trap:" + category, len(options))]
        blocked = set().union(*(t.blocks for t in [*traps, trap]))
        ok_needs = not trap.needs or (trap.needs == "pre_birth" and pre_birth)
        if ok_needs and not ((affirmed | trap.affirms) & blocked) and trap not in traps:
            traps.append(trap)
            affirmed |= trap.affirms
    return traps, unticked


def _tick(rng: random.Random, fmt: str, kind: str) -> str:
    if fmt == "pdf_scanned":
        return rng.choice(("absent", "required", "report"))
    states = ["absent", "absent", "required", "required", "report", "report", "report", "neither"]
    if kind != "review":
        states.append("both")
    if fmt in ("pdf_acroform", "pdf_circled", "pdf_drawn"):
        states = [s for s in states if s != "absent"]
    return rng.choice(states)


def _received(rng: random.Random, start: date, mode: str) -> datetime:
    if mode == "christmas":
        day = date(2026, 12, 14) + timedelta(days=rng.randint(0, 9))
    elif mode == "easter":
        day = date(2027, 3, 15) + timedelta(days=rng.randint(0, 10))
    else:
        day = start + timedelta(days=rng.randint(0, 35))
    while not is_working_day(day):
        day += timedelta(days=1)
    local = datetime.combine(day, time(8, 5), LONDON) + timedelta(minutes=rng.randint(0, 510))
    return local.astimezone(ZoneInfo("UTC"))


def _conference_day(rng: random.Random, received: date, kind: str, mode: str) -> date:
    if mode == "late":
        return working_days_after(received, rng.randint(1, 4))
    if mode in ("christmas", "easter"):
        return working_days_after(received, rng.randint(3, 12))
    low, high = (4, 22) if kind == "review" else (5, 14)
    return working_days_after(received, rng.randint(low, high))


def plan(index: int, *, rng: random.Random, cycles: Cycles, mix: str, start: date) -> Scenario:
    """The scenario of email number `index`."""
    message, sender = _message(index, mix, cycles)
    pool = BENCH_FORMATS if mix == "bench" else FORMATS
    fmt = pool[cycles.next("format", len(pool))] if message in ("invitation", "reschedule") else ""
    chosen = _criteria(rng, cycles) if message in ("invitation", "reschedule") else []
    plain = mix == "demo" and index % 20 in (3, 8)  # the demo shows a report_only case too
    if plain:
        chosen = []
    kind, pre_birth = _kind(rng, chosen)
    mode = rng.choices(("normal", "late", "christmas", "easter"), (70, 12, 9, 9))[0]
    received = _received(rng, start, mode)
    day = _conference_day(rng, received.astimezone(LONDON).date(), kind, mode)
    conference = datetime.combine(day, rng.choice(TIMES))
    old = None
    if message == "reschedule":
        old = conference - timedelta(days=rng.choice((7, 14, 2, 1)))
    teen = "child_sexual_exploitation" in chosen or rng.random() < 0.3
    family = make_family(rng, on=day, pre_birth=pre_birth, teen=teen and not pre_birth)
    traps, unticked = _traps(rng, cycles, chosen=chosen, pre_birth=pre_birth, fmt=fmt)
    affirmed = tuple((c, cycles.next("wording:" + c, len(AFFIRM[c]))) for c in chosen)
    return Scenario(
        index=index, message=message, district=rng.choice(DISTRICTS), sender=sender,
        kind=kind, pre_birth=pre_birth, conference=conference, received=received,
        tick="report" if plain else (_tick(rng, fmt, kind) if fmt else "absent"),
        affirmed=affirmed, traps=() if plain else tuple(traps), unticked_list=unticked, fmt=fmt,
        wrapper=rng.choices(("none", "rfc822", "inline"), (80, 10, 10))[0],
        encoding=rng.choices(("qp", "base64", "latin1", "7bit"), (55, 20, 15, 10))[0],
        family=family, harm=_harm(rng, chosen), old_conference=old,
        tags=(f"timing-{mode}",),
    )  # fmt: skip


def _harm(rng: random.Random, chosen: list[str]) -> tuple[str, ...]:
    from cpc_demo.phrasing import REASONS

    first = REASONS[chosen[0]][0] if chosen else rng.choice(
        ("neglect", "emotional", "physical", "sexual"))  # fmt: skip
    if rng.random() < 0.2:
        other = rng.choice([h for h in ("neglect", "emotional") if h != first])
        return (first, other)
    return (first,)
